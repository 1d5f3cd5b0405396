"""A merged event's acting state is the state its reports vote the source (``merged_roles``), not any state one
report names as a doer: 'Norway condemned Chile' and a one-sided report that names Chile alone as the one who
condemned tell one act of Norway's, done in Norway (``merged_places``)."""

from __future__ import annotations

from sitrep.extract.event_merge import merge_events
from tests.sitrep.extract.merge_inputs import analysis, cand, entities, mention

ARTS = {"a1": {"outlet": "X", "story_id": "s"}, "a2": {"outlet": "Y", "story_id": "s"}}
MENTS = [mention(0, "Norway"), mention(1, "Chile"), mention(2, "Peru")]


def _places(*reports: list[tuple[int, str]], etype: str = "ACCUSE") -> list[tuple[str | None, str | None]]:
    analyses = [
        analysis(aid, MENTS, [cand(etype, parts, "2024-03-04", "expression")])
        for aid, parts in zip(("a1", "a2"), reports, strict=False)
    ]
    events, _, _ = merge_events(analyses, ARTS, entities(analyses))
    assert len(events) == 1  # the reports are one happening
    return [(e["location_name"], e["location_country_iso3"]) for e in events]


def test_a_state_one_report_names_as_a_doer_but_the_event_as_its_target_does_not_act():
    assert _places([(0, "source"), (1, "target")], [(1, "source")]) == [("Oslo", "NOR")]


def test_a_target_state_one_report_names_as_a_doer_does_not_move_an_attack_off_its_ground():
    got = _places([(0, "source"), (1, "target")], [(1, "source")], etype="ASSAULT")
    assert got == [("Chile", "CHL")]


def test_two_states_the_reports_name_as_doers_leave_the_act_unplaced():
    # contrast: both are sources of the merged event ('Norway and Peru condemned Chile'): no one acting state
    assert _places([(0, "source"), (2, "source"), (1, "target")]) == [(None, None)]
