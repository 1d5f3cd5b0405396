"""Two outlets' reports of one act join whichever of them the cross-article merge takes first: a sparse report
(the ministry and the state against the agency) and a fuller one whose article also tells the act between the
states alone ('the first time Norway has charged Chilean officials'). Hand-made candidates through merge_events."""

from __future__ import annotations

from sitrep.extract.event_merge import merge_events
from tests.sitrep.extract.merge_inputs import analysis, cand, entities, mention

STATE, MINISTRY, AGENCY, OTHER = (
    mention(0, "Norway"),
    mention(1, "Justice Ministry", "ORG", "NOR"),
    mention(2, "Guard Corps", "ORG", "CHL"),
    mention(3, "Chile"),
)


def _cand(participants, day="2024-05-08", start=0):
    return cand("ACCUSE", participants, day, "expression", start)


def _events(sparse_day="2024-05-08"):
    sparse = analysis(
        "a1", [STATE, MINISTRY, AGENCY], [_cand([(0, "source"), (1, "source"), (2, "target")], sparse_day)]
    )
    fuller = analysis(
        "a2",
        [STATE, MINISTRY, AGENCY, OTHER],
        [
            _cand([(0, "source"), (1, "source"), (2, "target"), (3, "target")]),
            _cand([(0, "source"), (3, "target")], start=200),
        ],
    )
    arts = {"a1": {"outlet": "a1", "story_id": "s"}, "a2": {"outlet": "a2", "story_id": "s"}}
    return merge_events([sparse, fuller], arts, entities([sparse, fuller]))[0]


def test_a_sparse_report_taken_first_still_joins_the_fuller_report_of_the_act():
    assert len(_events()) == 1


def test_a_sparse_report_of_another_day_stays_apart():
    assert len(_events("2024-05-02")) == 2
