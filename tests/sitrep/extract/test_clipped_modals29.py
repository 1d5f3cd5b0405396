"""A contraction's clipped modal reads as its word ("can't" is 'ca' + "n't" to the tokenizer): a sentence with
"can't" or "won't" is coded as the one with "cannot" or "will not" is (``event_senses.aux``)."""

import pytest

from sitrep.extract import entities, events

PAIRS = [
    ("Peru can't attend the summit in Lima.", "Peru cannot attend the summit in Lima."),
    (
        "Peru can't accept the Chilean proposal, the minister said.",
        "Peru cannot accept the Chilean proposal, the minister said.",
    ),
    (
        "Chile won't impose sanctions on Peru, the minister said.",
        "Chile will not impose sanctions on Peru, the minister said.",
    ),
    ("Peru won't accept the Chilean proposal.", "Peru will not accept the Chilean proposal."),
]


def _coded(nlp, text: str) -> set[tuple[str, str]]:
    doc = nlp(text)
    return {
        (c["event_type"], c["event_status"]) for c in events.doc_event_candidates(doc, entities.doc_mentions(doc), None)
    }


@pytest.mark.parametrize(("clipped", "spelled"), PAIRS)
def test_a_contraction_codes_as_the_spelled_modal(nlp, clipped, spelled):
    assert _coded(nlp, clipped) == _coded(nlp, spelled)


def test_aux_reads_the_clipped_modal_as_its_word(nlp):
    from sitrep.extract.event_senses import aux

    doc = nlp("Peru can't attend the summit.")
    verb = next(t for t in doc if t.lemma_ == "attend")
    assert "can" in aux(verb) and "ca" not in aux(verb)
