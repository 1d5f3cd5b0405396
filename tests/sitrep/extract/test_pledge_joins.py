"""An undated announced cooperation joins the dated agreement of its story and parties (``pledge_joins``)."""

from __future__ import annotations

from sitrep.extract.event_merge import merge_events
from tests.sitrep.extract.merge_inputs import analysis, cand, entities, mention


def _pledge(etype, participants, start=0):
    c = cand(etype, participants, start=start)
    c["event_status"] = "planned"
    return c


def _articles_of(evidence):
    out = {}
    for row in evidence:
        out.setdefault(row["event_id"], set()).add(row["article_id"])
    return out


def test_an_undated_pledge_to_work_together_joins_the_agreement_told_in_another_report():
    # 'Norway agreed on Monday to work with Chile' and, in another report, 'the two vowed to cooperate'
    ments = [mention(0, "Norway"), mention(1, "Chile")]
    agreed = analysis("a1", ments, [cand("AGREE", [(0, "source"), (1, "target")], "2024-03-04", "expression")])
    vowed = analysis("a2", ments, [_pledge("COOPERATE", [(0, "source"), (1, "source")])])
    arts = {"a1": {"outlet": "X", "story_id": "s"}, "a2": {"outlet": "Y", "story_id": "s"}}
    events, _, evidence = merge_events([agreed, vowed], arts, entities([agreed, vowed]))
    assert [(e["event_type"], e["event_date"], e["event_status"]) for e in events] == [
        ("AGREE", "2024-03-04", "occurred")
    ]
    assert _articles_of(evidence) == {events[0]["event_id"]: {"a1", "a2"}}


def test_a_pledge_of_another_story_or_other_parties_or_a_dated_one_stays_apart():
    ments = [mention(0, "Norway"), mention(1, "Chile"), mention(2, "Peru")]
    agreed = analysis("a1", ments, [cand("AGREE", [(0, "source"), (1, "target")], "2024-03-04", "expression")])
    elsewhere = analysis("a2", ments, [_pledge("AID", [(0, "source"), (1, "target")])])
    others = analysis("a3", ments, [_pledge("COOPERATE", [(0, "source"), (2, "source")])])
    dated = _pledge("CONSULT", [(0, "source"), (1, "source")])
    dated.update(event_date="2024-04-10", date_precision="day", date_source="expression")
    later = analysis("a4", ments, [dated])
    arts = {
        "a1": {"outlet": "X", "story_id": "s"},
        "a2": {"outlet": "Y", "story_id": "t"},
        "a3": {"outlet": "Z", "story_id": "s"},
        "a4": {"outlet": "W", "story_id": "s"},
    }
    analyses = [agreed, elsewhere, others, later]
    events, _, evidence = merge_events(analyses, arts, entities(analyses))
    assert sorted(e["event_type"] for e in events) == ["AGREE", "AID", "CONSULT", "COOPERATE"]
    assert all(len(aids) == 1 for aids in _articles_of(evidence).values())


def test_a_pledge_fitting_two_agreements_of_its_story_joins_neither():
    ments = [mention(0, "Norway"), mention(1, "Chile")]
    first = analysis("a1", ments, [cand("AGREE", [(0, "source"), (1, "target")], "2024-03-04", "expression")])
    second = analysis("a2", ments, [cand("AGREE", [(1, "source"), (0, "target")], "2024-03-20", "expression")])
    vowed = analysis("a3", ments, [_pledge("SUPPORT", [(0, "source"), (1, "target")])])
    arts = {a: {"outlet": a, "story_id": "s"} for a in ("a1", "a2", "a3")}
    analyses = [first, second, vowed]
    events, _, _ = merge_events(analyses, arts, entities(analyses))
    assert sorted((e["event_type"], e["event_date"]) for e in events) == [
        ("AGREE", "2024-03-04"),
        ("AGREE", "2024-03-20"),
        ("SUPPORT", None),
    ]
