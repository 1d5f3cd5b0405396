"""Acts demanded in the mandative subjunctive or a call's 'for' infinitive are no acts done (sentences of our own,
through the real pipeline)."""

from __future__ import annotations

import pytest

from sitrep.extract import entities, events
from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("mandate_verbs.tsv")


@pytest.fixture(scope="module")
def coded(nlp):
    """text -> [(trigger lemma, event type, status)] of the coded events."""

    def run(text: str) -> list[tuple[str, str, str]]:
        doc = nlp(text)
        ments = entities.doc_mentions(doc)
        out = []
        for cand in events.doc_event_candidates(doc, ments, None):
            trig = doc.char_span(*cand["trigger_span"]) if cand.get("trigger_span") else None
            words = (cand.get("trigger") or "").split()
            lemma = trig.root.lemma_.lower() if trig is not None else (words[0].lower() if words else "")
            out.append((lemma, cand["event_type"], cand["event_status"]))
        return out

    return run


def _act_coded(coded_events, act: str) -> bool:
    return any(lemma.startswith(act[:5]) and status == "occurred" for lemma, _, status in coded_events)


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['lemma']}-{r['frame']}" for r in ROWS])
def test_the_demanded_act_is_no_act_done(coded, row):
    assert not _act_coded(coded(row["example"]), row["act"])


@pytest.mark.parametrize(
    "text,act",
    [
        ("The council said that Ruritania withdrew its troops from the valley.", "withdraw"),
        ("Freedonia insisted that the rebels released the hostages.", "release"),
        ("The court said that the prisoners were released on Monday.", "release"),
    ],
)
def test_an_act_reported_as_done_stays(coded, text, act):
    assert _act_coded(coded(text), act)


def test_the_demand_itself_is_coded(event_roles):
    roles = event_roles("Freedonia demanded that the rebels release the hostages.", "REQUEST")
    assert ("source", "Freedonia") in roles
