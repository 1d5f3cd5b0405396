"""Fixtures shared by the extraction tests."""

import pytest

KEEP = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}


@pytest.fixture(scope="module")
def analyse(nlp):
    """text -> (doc, mentions) with mentions shaped like entities.doc_mentions output (plain doc.ents)."""

    def run(text: str):
        doc = nlp(text)
        sent_of = {s.start: i for i, s in enumerate(doc.sents)}
        ents = [e for e in doc.ents if e.label_ in KEEP]
        mentions = [
            {
                "idx": i,
                "surface": e.text,
                "label": e.label_,
                "start_char": e.start_char,
                "end_char": e.end_char,
                "sent_idx": sent_of.get(e.sent.start, 0),
            }
            for i, e in enumerate(ents)
        ]
        return doc, mentions

    return run
