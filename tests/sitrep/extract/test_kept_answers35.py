"""Round 35's work found once per article for the workers' CPU: the date patterns tried only where their matches
can open (a month name, 'from' before one, a run of digits: ``text_openings.matches_at``), and an article's quotations
found once for its events and its analysis (``quotes.kept``). Both give the same answers as the whole search: the
same time expressions as ``finditer`` over every character, the same analysis with and without the kept
quotations, and quotations found again when the mentions change."""

import json
import random
from contextlib import nullcontext

import pytest

from sitrep.extract import dates, quotes, text_openings
from sitrep.extract.pipeline import analyze_doc

TEXTS = [
    "Talks ran from May 2 to 9, 2023 and again from Sept. 4-5 in Oslo.",
    "FROM MAY 4 TO 9 the envoys met; on 12 of March, 2023 they signed; on 3rd June they left.",
    "The rebels may 2 times attack the market in March of last year, said the mayor on May 29.",
    "Ministers met on 2023-06-17 and 17.06.2023 and 17/06/2023; 1999/12/31 too, and 312/06/2023 not.",
    "İstanbul hosted talks on March 3, 2024 and June 5.",  # lower-casing lengthens the text: the whole search
    "The ſeptember 4, 2022 accord and the Dec 1st 2021 truce ended in ١٢ March 2020.",
    "jan feb mar apr may jun jul aug sep oct nov dec janx 4 may, 2020 from  \n June 3",
]


def _whole_search(monkeypatch: pytest.MonkeyPatch, text: str) -> list[tuple]:
    dates._time_expressions.cache_clear()
    with monkeypatch.context() as m:
        m.setattr(dates, "_PATTERN_OPENINGS", [None] * len(dates.PATTERNS))
        return [(e.kind, e.start, e.end, e.groups) for e in dates.find_time_expressions(text, include_dateline=True)]


def _gated(text: str) -> list[tuple]:
    dates._time_expressions.cache_clear()
    return [(e.kind, e.start, e.end, e.groups) for e in dates.find_time_expressions(text, include_dateline=True)]


def test_month_and_digit_patterns_are_gated():
    kinds = {kind for (kind, _p), opening in zip(dates.PATTERNS, dates._PATTERN_OPENINGS, strict=True) if opening}
    assert {"full", "month_day", "full_num", "month_year", "month_rel"} <= kinds
    assert dates._PATTERN_OPENINGS[0] == "from_mon" and "weekday" not in kinds


@pytest.mark.parametrize("text", TEXTS)
def test_the_gated_search_finds_what_the_whole_search_finds(monkeypatch, text):
    found = _gated(text)
    assert found == _whole_search(monkeypatch, text)
    assert found  # each text states a date


def test_random_texts_give_the_same_matches_per_pattern():
    rng = random.Random(35)
    pieces = ["May", "march", "Mar.", "from", "FROM", " ", "  ", "\n", "12th", "3,", "2023", "ſep", "ı", "-", "–",
              "to", "of", "4", "17.06.", "٣", "/", "Sept.", "x"]  # fmt: skip
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        for (_kind, pat), opening in zip(dates.PATTERNS, dates._PATTERN_OPENINGS, strict=True):
            if opening == "digit":
                starts = text_openings.digit_runs(text)
            elif opening:
                starts = text_openings.word_positions(text, dates._OPENING_WORDS[opening])
            else:
                continue
            if starts is None:
                continue
            whole = [(m.span(), m.groupdict()) for m in pat.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in text_openings.matches_at(pat, text, starts)] == whole, text


QUOTED = (
    '"The soldiers attacked us in our homes," Ana Ruiz told reporters on Monday. '
    "Kenyan police arrested dozens of protesters in the capital. "
    '"Russia threatened us," Foreign Minister Ana Ruiz said.'
)


def test_quotations_are_found_once_and_the_analysis_is_the_same(nlp, monkeypatch):
    article = {"article_id": "q1", "published_at": "2026-03-02"}
    calls = []
    find = quotes._find_quotes
    monkeypatch.setattr(quotes, "_find_quotes", lambda doc, mentions: calls.append(1) or find(doc, mentions))
    doc = nlp(QUOTED)
    kept = analyze_doc(article, doc)
    assert kept["quotes"] and any(q["speaker_method"] for q in kept["quotes"])
    assert len(calls) == 1  # the events asked (a first-person word in a quotation), the analysis did not again
    assert quotes._KEPT not in doc.user_data  # nothing left on the Doc
    calls.clear()
    monkeypatch.setattr(quotes, "kept", lambda doc: nullcontext())
    fresh = analyze_doc(article, nlp(QUOTED))
    assert len(calls) == 2  # without it, found twice
    assert json.dumps(kept, sort_keys=True, default=str) == json.dumps(fresh, sort_keys=True, default=str)


def test_changed_mentions_find_the_quotations_again(nlp):
    from sitrep.extract import entities

    doc = nlp(QUOTED)
    mentions = entities.doc_mentions(doc)
    with quotes.kept(doc):
        first = quotes.doc_quotes(doc, mentions)
        assert quotes.doc_quotes(doc, mentions) is first  # kept
        speaker = next(q["speaker_mention_idx"] for q in first if q["speaker_mention_idx"] is not None)
        m = next(m for m in mentions if m["idx"] == speaker)
        m["idx"] = 99  # a mention changed after the quotations were found (the quotation names it so)
        again = quotes.doc_quotes(doc, mentions)
        assert again != first and again == quotes._find_quotes(doc, mentions)  # not the kept (stale) answer
        assert quotes.doc_quotes(doc, list(mentions)) is not again  # another list of mentions: found again
    assert quotes.doc_quotes(doc, mentions) is not quotes.doc_quotes(doc, mentions)  # outside: never kept
