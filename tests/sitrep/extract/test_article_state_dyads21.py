"""One act told twice in one article: by the official who did it and by the state he acted for.
Hand-made candidates through merge_events (no spaCy needed)."""

from __future__ import annotations

from sitrep.extract.event_merge import merge_events
from tests.sitrep.extract.merge_inputs import analysis, cand, entities, mention

MENTIONS = [mention(0, "Norway"), mention(1, "Chile"), mention(2, "Tove Lind", "PERSON", "NOR"), mention(3, "Peru")]


def _cand(etype, participants, day="2024-05-08", start=0):
    return cand(etype, participants, day, "expression", start)


def _events(cands):
    a = analysis("a1", MENTIONS, cands)
    return merge_events([a], {"a1": {"outlet": "a1", "story_id": "s"}}, entities([a]))[0]


def test_an_officials_act_and_his_states_act_on_one_day_are_one_act():
    # '"I conveyed Norway's concern to the Chilean side," Lind said' beside 'Norway has voiced its concern over
    # Chile's military activity, Foreign Minister Tove Lind said on Monday'
    official = _cand("ACCUSE", [(2, "source"), (1, "target")])
    state = _cand("ACCUSE", [(0, "source"), (1, "target")], start=200)
    assert len(_events([official, state])) == 1


def test_an_officials_act_and_his_states_act_stay_apart_on_another_day_or_target():
    official = _cand("ACCUSE", [(2, "source"), (1, "target")])
    assert len(_events([official, _cand("ACCUSE", [(0, "source"), (1, "target")], "2024-05-02", 200)])) == 2
    assert len(_events([official, _cand("ACCUSE", [(0, "source"), (3, "target")], start=200)])) == 2
    # the minister's talks with Chile, and the later talks of Norway and Chile: two meetings
    talks = _cand("CONSULT", [(2, "source"), (1, "target")])
    later = _cand("CONSULT", [(0, "source"), (1, "target")], "2024-05-20", 200)
    assert len(_events([talks, later])) == 2


def test_two_states_accusing_one_target_on_one_day_stay_two_acts():
    official = _cand("ACCUSE", [(2, "source"), (1, "target")])
    peru = _cand("ACCUSE", [(3, "source"), (1, "target")], start=200)
    assert len(_events([official, peru])) == 2


def test_an_officials_act_and_his_states_act_dated_only_by_publication_stay_apart():
    # a state's act beside a background act of its leader at an earlier summit, both dated only by the article:
    # the day the article came out says nothing about when each happened
    official = cand("ACCUSE", [(2, "source"), (1, "target")], "2024-05-08", "publication")
    state = cand("ACCUSE", [(0, "source"), (1, "target")], "2024-05-08", "publication", 200)
    assert len(_events([official, state])) == 2
