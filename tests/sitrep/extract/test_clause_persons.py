"""A person who acts in a clause of its own after an event ('the first since President X took office', 'after
Prime Minister Y resigned') is no counterpart of that event (``event_participants.OWN_CLAUSE_DEPS``): the
fallback that takes persons after a trigger skips them; a person named in the event's own phrase still counts, and
so do the persons of a clause of the same moment ('while Presidents X and Y looked on': they were there)."""

from __future__ import annotations

import pytest

from sitrep.extract import entities, events


def _parties(nlp, text: str) -> list[set[str]]:
    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    out = []
    for cand in events.doc_event_candidates(doc, ments, None):
        out.append(
            {ments[p["mention_idx"]]["surface"] for p in cand["participants"] if p.get("mention_idx") is not None}
        )
    return out


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "The Arbel Council will hold an urgent meeting today on the crisis, the first since President Tom Hale "
            "took office.",
            "Tom Hale",
        ),
        (
            "The Varnian minister held a meeting with President Ana Lind, after Prime Minister Jon Berg resigned.",
            "Jon Berg",
        ),
    ],
)
def test_clause_subject_is_no_counterpart(nlp, text, absent):
    parties = _parties(nlp, text)
    assert parties, text
    assert all(absent not in p for p in parties)


def test_person_of_the_event_phrase_still_counts(nlp):
    parties = _parties(
        nlp, "The Varnian minister held a meeting with President Ana Lind, after Prime Minister Jon Berg resigned."
    )
    assert any("Ana Lind" in p for p in parties)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (
            "Varnian and Arbelian officials signed four accords on Monday while Presidents Ana Lind and Tom Hale "
            "looked on.",
            "Tom Hale",
        ),
        (
            "Varnia and Arbelia have signed nine agreements as Varnian President Ana Lind wrapped up a two-day tour.",
            "Ana Lind",
        ),
    ],
)
def test_same_moment_clause_persons_stay(nlp, text, present):
    assert any(present in p for p in _parties(nlp, text))
