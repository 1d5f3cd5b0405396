"""Direct quotations and their speakers."""

from sitrep.extract.quotes import doc_quotes


def speaker(q, mentions):
    return {m["idx"]: m["surface"] for m in mentions}.get(q["speaker_mention_idx"])


def test_said_after_and_pronoun_continuation(analyse):
    text = (
        "Nikolai Patrushev met Cuban officials in Havana.\n\n"
        "\u201cWe will support our friends in every possible way,\u201d Patrushev said.\n\n"
        "\u201cThe pressure on Cuba is unacceptable and it must end now,\u201d he added."
    )
    doc, ments = analyse(text)
    qs = doc_quotes(doc, ments)
    assert len(qs) == 2
    assert all(speaker(q, ments) in {"Patrushev", "Nikolai Patrushev"} for q in qs)
    q = qs[0]
    assert text[q["start_char"] : q["end_char"]] == q["text"] and q["text"].startswith("We will")


def test_speaker_before_colon_and_scare_quotes_skipped(analyse):
    text = (
        'Analyst Ryan C. Berg said: "Russia views the region as a buffer to provide it with space." '
        "The ties remain a \u201cstrategic relation\u201d for both."
    )
    doc, ments = analyse(text)
    qs = doc_quotes(doc, ments)
    assert len(qs) == 1 and speaker(qs[0], ments).endswith("Ryan C. Berg")


def test_second_quote_in_paragraph_keeps_speaker(analyse):
    text = (
        "\u201cRussia views the region as a buffer in the European theater,\u201d said Ryan C. Berg, director of "
        "the Americas Program. \u201cIt is almost like clockwork; Russia tends to visit the region.\u201d"
    )
    doc, ments = analyse(text)
    qs = doc_quotes(doc, ments)
    assert len(qs) == 2 and all(speaker(q, ments) == "Ryan C. Berg" for q in qs)
