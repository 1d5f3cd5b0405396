"""Text boilerplate rules: each pattern is removed and audited, body sentences always survive."""

from __future__ import annotations

import pytest

from sitrep.ingest.boilerplate import clean_lines

BODY = [
    "The foreign minister arrived in the capital on Monday for two days of talks with his counterpart.",
    "Both sides signed an agreement on energy cooperation, officials said after the meeting.",
    "The visit is the first by a minister from the country in more than a decade.",
]


def run(chrome_before: list[str], chrome_after: list[str], title: str = "Minister visits capital for talks"):
    text = "\n\n".join(chrome_before + BODY + chrome_after)
    out = clean_lines(text, title)
    for sentence in BODY:
        assert sentence in out.body  # never drops body sentences
    return out


def reasons(out) -> dict[str, str]:
    return {r["text"]: r["reason"] for r in out.removed}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("No time to read?", "summary widget"),
        ("Get a summary", "summary widget"),
        ("Previous Article", "navigation"),
        ("Continue reading HERE.", "continue-reading link"),
        ("Comments are closed.", "comments"),
        ("© Daily Planet 2024", "copyright footer"),
        ("Copyright 2021 Example Media Group. All rights reserved.", "copyright footer"),
        ("Share", "share widget"),
        ("Share on Facebook | Twitter | Email", "share widget"),
        ("3 min read", "reading time"),
        ("READ: Minister says diplomacy is the right channel", "related link"),
        ("Related Articles", "related link"),
        ("Tags: diplomacy, energy, Africa", "tags line"),
        ("Follow us on Telegram for more news", "follow prompt"),
        ("https://example.com/2023/05/01/story-slug", "url line"),
        ("news-photo-2023-05-01.jpg", "image file name"),
        ("PIPEnter fullscreenDownload", "media player controls"),
        ("00:00", "media player controls"),
        ("7 + 8 =", "comment captcha"),
        ("Source: Metro Gazette", "source credit"),
        ("contact@example.com +44 20 7946 0000 Example News Ltd", "contact footer"),
        ("Advertisement", "advertisement"),
        ("Story continues below advertisement", "advertisement"),
        ("Sign in", "site menu"),
        ("Updated 3 hours ago", "timestamp"),
    ],
)
def test_single_line_chrome_is_removed_with_its_reason(line, reason):
    out = run([], [line])
    assert line not in out.body
    assert reasons(out)[line] == reason


@pytest.mark.parametrize(
    "caption",
    [
        "Relations between the two countries (Reference image) - Image © Agency Press",
        "The minister at the airport on Monday. Photo: AFP",
        "President greets his guest at State House. PHOTO \\ PRESIDENCY / Others",
        "The two presidents look on during a ceremony at the palace. EFE/ Jane Photographer",
        "The minister poses for a photo with schoolchildren [Presidency/Handout via Reuters]",
        "Leaders announced they had signed 25 accords across sectors from education to mining. (AFP)",
        "AFP via Getty Images",
        "Jane Photographer for Reuters",
    ],
)
def test_image_captions_and_credits_are_removed(caption):
    out = run(["1 min read", caption], [])
    assert caption not in out.body
    assert reasons(out)[caption] == "image caption/credit"


def test_wire_paragraph_ending_with_agency_is_not_a_caption():
    para = "Trade union Verdi announced walkouts at both airports on Friday, citing pay and hours. is/ch (dpa)"
    out = clean_lines(para, "Berlin airports to be hit by strikes")
    assert out.body == para and not out.removed


def test_photo_word_inside_a_sentence_is_not_a_credit():
    para = "The photo by a local resident, widely shared online, showed the minister arriving at the palace."
    out = run([para], [])
    assert para in out.body


def test_repeated_title_and_outlet_free_body():
    out = run(["Minister visits capital for talks"], [])
    assert reasons(out)["Minister visits capital for talks"] == "repeated title"


def test_navigation_label_takes_the_linked_headline_with_it():
    out = run([], ["Previous Article", "Storm Closes Ports Across the Region", "Next Article", "No title provided"])
    r = reasons(out)
    assert r["Storm Closes Ports Across the Region"] == "navigation" and r["No title provided"] == "navigation"


def test_reader_comment_section_is_cut_to_the_end():
    comment = "1. Great article, these ministers should meet more often and sign more deals."
    out = run([], ["2 thoughts on “Minister visits capital for talks”", comment, "Comments are closed."])
    r = reasons(out)
    assert r[comment] == "reader comments"
    assert comment not in out.body


def test_comment_marker_early_in_text_does_not_cut_the_body():
    text = "Comments\n\n" + "\n\n".join(BODY)
    out = clean_lines(text, "T")
    for sentence in BODY:
        assert sentence in out.body


def test_faq_block_at_the_end_is_removed():
    faq = [
        "Exploring the Talks",
        "Why did the minister travel to the capital?",
        "To discuss energy cooperation and sign an agreement with his counterpart.",
        "What was signed during the visit?",
        "An agreement on energy cooperation, according to officials.",
    ]
    out = run([], faq)
    assert all(reasons(out).get(line) == "FAQ block" for line in faq)


def test_a_single_question_in_the_body_is_not_an_faq():
    text = "\n\n".join([*BODY, "Will the deal hold?", "Analysts said it depends on financing."])
    out = clean_lines(text, "T")
    assert "Will the deal hold?" in out.body and "Analysts said it depends on financing." in out.body


def test_tag_lists_and_dates_lines_in_the_header():
    out = run(["WORLD", "Jane Reporter", "June 15, 2023"], ["", "africa", "", "energy", "", "diplomacy"])
    r = reasons(out)
    assert r["WORLD"] == "section label"
    assert r["June 15, 2023"] == "date line" and r["Jane Reporter"] == "byline"
    assert r["africa"] == r["energy"] == r["diplomacy"] == "tag list"
    assert out.header["authors"] == ["Jane Reporter"]
    assert out.header["date_lines"][0]["date"].isoformat() == "2023-06-15"


def test_summary_bullets_repeated_by_the_body_are_dropped_but_unique_bullets_stay():
    dek = "• The foreign minister arrived in the capital on Monday for talks with his counterpart"
    unique = "• Separately, the central bank cut interest rates by half a point on Tuesday"
    out = run([dek, unique], [])
    assert reasons(out)[dek] == "summary bullet repeated in body"
    assert unique in out.body


def test_repeated_paragraph_keeps_one_copy():
    text = "\n\n".join([BODY[0], BODY[1], BODY[2], "Some other paragraph here about the talks and the deal.", BODY[1]])
    out = clean_lines(text, "T")
    assert out.body.count(BODY[1]) == 1


def test_hard_wrapped_wire_text_is_left_alone():
    wire = (
        "Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought since early\n"
        "January and improving prospects for the coming temporao,\nalthough normal humidity levels have not been "
        "restored,\nComissaria Smith said in its weekly review.\n    The dry period means the temporao will be "
        "late this year.\n Reuter"
    )
    out = clean_lines(wire, "BAHIA COCOA REVIEW")
    assert [r["reason"] for r in out.removed] == ["wire sign-off"]
    assert out.body.startswith("Showers continued") and "late this year." in out.body
    # wrapped lines are joined back into paragraphs; the indented start opens a new one
    assert "throughout the week in the Bahia cocoa zone, alleviating" in out.body
    assert out.body.split("\n")[1] == "The dry period means the temporao will be late this year."


def test_wrapped_sentence_fragments_are_not_chrome():
    wire = (
        "The company said the unit, which it acquired\non December 5, 1987, was sold to a group\n"
        "managed by Shearson Lehman Brothers Inc for an undisclosed\nsum, subject to approval by regulators."
    )
    out = clean_lines(wire, "UNIT SOLD")
    assert not out.removed
    assert "acquired on December 5, 1987, was sold to a group managed by Shearson" in out.body


@pytest.mark.parametrize(
    ("line", "author", "date"),
    [
        ("By Jane Roe", "Jane Roe", None),
        ("By Jane Roe, Reuters", "Jane Roe", None),
        ("By Jane Roe | May 3, 2024", "Jane Roe", "2024-05-03"),
        ("Friday, May 30, 2025 by Aaron Delgado", "Aaron Delgado", "2025-05-30"),
    ],
)
def test_bylines(line, author, date):
    out = run([line], [])
    (b,) = out.header["bylines"]
    assert b["author"] == author and (b["date"].isoformat() if b["date"] else None) == date
    assert reasons(out)[line] == "byline"


@pytest.mark.parametrize(
    "line", ["By Monday, the ministers had agreed on a text.", "By the end of the week, talks had stalled."]
)
def test_sentences_starting_with_by_are_not_bylines(line):
    out = run([line], [])
    assert line in out.body and not out.header["bylines"]


def test_interview_qa_with_new_content_is_kept():
    qa = [
        "The interview",
        "Where did you grow up?",
        "In a fishing village near the northern border, where my grandmother sold bread every morning.",
        "What changed your mind about politics?",
        "Watching the floods destroy our harbour in nineteen ninety-eight convinced me.",
    ]
    out = run([], qa)
    assert all(line in out.body for line in qa[1:])


def test_wire_tables_keep_their_rows():
    table = (
        "Shr 18 cts vs 13 cts\n    Net 412,737 vs 388,000\n    Revs 605,321 vs 591,000\n    Year\n"
        "    Shr 51 cts vs 38 cts\n Reuter"
    )
    out = clean_lines(table, "ACME CORP <ACM> 1ST QTR NET")
    assert [r["reason"] for r in out.removed] == ["wire sign-off"]
    assert "Net 412,737 vs 388,000" in out.body and "Year" in out.body


def test_inline_share_run_is_cut_out_with_audit_and_prose_kept() -> None:
    text = (
        "The firm warned of a hefty write-down. Send Facebook Twitter Google+ Whatsapp Tumblr linkedin reddit "
        "Permalink http://example.org/p/2XWiQ Its shares have lost half their value since December.\n\n"
        "She shared the photo on Facebook and Twitter, her aide said."
    )
    c = clean_lines(text, "Firm warns")
    assert "Whatsapp" not in c.body and "Permalink" not in c.body
    assert "The firm warned of a hefty write-down." in c.body
    assert "Its shares have lost half their value since December." in c.body
    assert "She shared the photo on Facebook and Twitter, her aide said." in c.body
    assert [r["reason"] for r in c.removed] == ["share bar (inline)"]
    assert c.removed[0]["text"].startswith("Send Facebook") and c.removed[0]["text"].endswith("2XWiQ")
