"""Round 24 duplicates: a threat told as the act threatened ('"We may cancel the agreement"') is a threat made,
not a planned one, so it joins the report of the same threat in its article instead of standing apart."""

from datetime import date

from sitrep.extract import entities, events
from sitrep.extract.event_merge import merge_events
from tests.sitrep.extract.coding import coded


def _statuses(nlp, text, etype="THREATEN"):
    return [c["event_status"] for c in coded(nlp, text) if c["event_type"] == etype]


def _merged(nlp, text, etype="THREATEN"):
    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    cands = events.doc_event_candidates(doc, ments, date(2024, 5, 16))
    found = {"article_id": "a1", "mentions": ments, "event_candidates": cands, "quotes": []}
    ids = {("a1", m["idx"]): "ent_" + m["surface"].split()[-1] for m in ments}
    merged, _, _ = merge_events([found], {"a1": {"outlet": "X", "story_id": "s"}}, ids)
    return [(e["event_status"], e["event_date"]) for e in merged if e["event_type"] == etype]


def test_a_quoted_act_threatened_is_a_threat_made(nlp):
    assert _statuses(nlp, 'The minister said: "We may cancel the trade agreement with Ruritania."') == ["occurred"]


def test_a_future_act_threatened_is_a_threat_made(nlp):
    assert _statuses(nlp, "The minister said Ankara will cancel the trade agreement with Ruritania.") == ["occurred"]


def test_a_threat_word_in_the_future_stays_planned(nlp):
    assert _statuses(nlp, "The president will warn Ruritania in his speech on Friday.") == ["planned"]


def test_the_threat_and_its_quoted_act_are_one_event(nlp):
    text = (
        "Bordurian Foreign Minister Ivan Petrov on Wednesday threatened to suspend the trade deal with Ruritania."
        ' "We may cancel the trade agreement," Petrov said.'
    )
    got = _merged(nlp, text)
    assert len(got) == 1 and got[0][0] == "occurred", got
