"""A subject raised to a passive infinitive is the one acted on (round 28): 'X is to be freed', 'X is due to be
deported', 'X is to be expelled by Y' tell what is done to X, whatever the voice of the governing verb ('is',
'due', 'set'), so X is never the act's source. Invented sentences through the real spaCy pipeline."""

from __future__ import annotations

import pytest

from sitrep.extract import entities, events


def _roles(nlp, text: str) -> set[tuple[str, str, str]]:
    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    by_idx = {m["idx"]: m for m in ments}
    out = set()
    for cand in events.doc_event_candidates(doc, ments, None):
        for p in cand["participants"]:
            m = by_idx.get(p["mention_idx"]) if p["mention_idx"] is not None else None
            out.add((cand["event_type"], p["role"], m["surface"] if m else p.get("group") or ""))
    return out


@pytest.mark.parametrize(
    ("text", "undergoer"),
    [
        ("The Ruritanian journalist Ana Ruiz is to be freed on Friday, the Borduria government said.", "Ana Ruiz"),
        ("Opposition leader Ana Ruiz is due to be deported to Chile next week.", "Ana Ruiz"),
        ("The Chilean ambassador is to be expelled by Peru.", "government"),
        ("The detained fishermen are to be released on Monday.", "fishermen"),
    ],
)
def test_a_subject_raised_to_a_passive_infinitive_is_no_source(nlp, text, undergoer):
    roles = _roles(nlp, text)
    assert not any(role == "source" and who.endswith(undergoer) for _, role, who in roles), roles


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        ("The Chilean ambassador is to be expelled by Peru.", "THREATEN", "Peru", "government"),
        ("Peru is set to be sanctioned by the European Union.", "THREATEN", "European Union", "Peru"),
    ],
)
def test_the_by_agent_of_a_raised_passive_acts_on_the_subject(nlp, text, etype, source, target):
    roles = _roles(nlp, text)
    assert (etype, "source", source) in roles and (etype, "target", target) in roles, roles


def test_an_active_infinitive_keeps_its_raised_subject_as_source(nlp):
    roles = _roles(nlp, "Chilean President Ana Ruiz is expected to meet Peruvian President Luis Vega on Friday.")
    assert ("CONSULT", "source", "Ana Ruiz") in roles, roles
