"""A heading's passive whose auxiliary was dropped acts on its subject even without a line of its own (round 24).

'Duterte accused of paying police to kill' glued to the next sentence (no full stop ends the heading), or read as a
past tense ('Russia accused of meddling'): a verb that names whom it acts on before its phrase ('accused Y of',
'charged Y with') followed right away by that phrase has no object, so its subject is the one accused, charged or
convicted, never the accuser (``event_syntax.reduced_passive``, ``data/headline_passives.tsv``).
"""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv

HEADINGS = [(r["example"], r["subject"]) for r in read_tsv("headline_passives.tsv")]
HEADINGS += [
    ("Rodrigo Duterte accused of paying police to kill. President Duterte's role makes him responsible.", "Duterte"),
    ("Russia accused of meddling in the election.", "Russia"),
]

ACTIVE = [
    ("Pakistan accused India of violating the ceasefire.", "ACCUSE", "Pakistan"),
    ("Russia accused the United States of meddling.", "ACCUSE", "Russia"),
    ("The diplomat Russia accused of spying left Moscow on Monday.", "ACCUSE", "Russia"),
    ("Rodrigo Duterte is the man Leila de Lima accused of ordering the killings.", "ACCUSE", "Leila de Lima"),
]


@pytest.mark.parametrize(("text", "subject"), HEADINGS)
def test_a_heading_s_subject_is_never_the_doer(nlp, text, subject):
    from sitrep.extract import entities, events

    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    by_idx = {m["idx"]: m for m in ments}
    for cand in events.doc_event_candidates(doc, ments, None):
        for p in cand["participants"]:
            m = by_idx.get(p["mention_idx"]) if p["mention_idx"] is not None else None
            if m and subject.split()[-1] in m["surface"]:
                assert p["role"] != "source", (text, cand["event_type"], cand["participants"])


@pytest.mark.parametrize(("text", "etype", "source"), ACTIVE)
def test_an_active_accusation_keeps_its_accuser(event_roles, text, etype, source):
    assert ("source", source) in event_roles(text, etype)
