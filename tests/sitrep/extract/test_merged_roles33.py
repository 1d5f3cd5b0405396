"""A merged event's party whose reports disagree on its role takes the role the reports naming both sides give it
(``merged_roles``): 'Norway imposed sanctions on Chile' tells who acted on whom, 'Chile's sanctions ...' told
alone does not; with no such report, or none naming the party, the most reports decide (the source on a tie)."""

from __future__ import annotations

from sitrep.extract.event_merge import merge_events
from tests.sitrep.extract.merge_inputs import analysis, cand, entities, mention

ARTS = {
    "a1": {"outlet": "X", "story_id": "s"},
    "a2": {"outlet": "Y", "story_id": "s"},
    "a3": {"outlet": "Z", "story_id": "s"},
}
MENTS = [mention(0, "Norway"), mention(1, "Chile"), mention(2, "Peru")]


def _roles(*reports: list[tuple[int, str]], etype: str = "SANCTION") -> dict[str, str]:
    analyses = [
        analysis(aid, MENTS, [cand(etype, parts, "2024-03-04", "expression")])
        for aid, parts in zip(("a1", "a2", "a3"), reports, strict=False)
    ]
    events, participants, _ = merge_events(analyses, ARTS, entities(analyses))
    assert len(events) == 1  # the reports are one happening
    return {p["entity_id"]: p["role"] for p in participants}


def test_a_report_naming_both_sides_outweighs_one_naming_a_side_only():
    roles = _roles([(0, "source"), (1, "target")], [(1, "source")])
    assert roles == {"ent_Norway": "source", "ent_Chile": "target"}


def test_two_reports_naming_both_sides_outweigh_several_naming_one():
    roles = _roles([(0, "source"), (1, "target")], [(1, "source"), (0, "source")], [(1, "source")])
    assert roles["ent_Chile"] == "target"


def test_without_a_report_naming_both_sides_the_most_reports_decide():
    roles = _roles([(1, "target"), (2, "target")], [(1, "source")], [(1, "target")])
    assert roles["ent_Chile"] == "target"
    assert _roles([(1, "target")], [(1, "source")])["ent_Chile"] == "source"  # (a tie: the source, as before)


def test_reports_naming_both_sides_that_disagree_vote_among_themselves():
    reports = [(0, "source"), (1, "target")], [(1, "source"), (0, "target")], [(0, "source")]
    roles = _roles(*reports, etype="ASSAULT")  # (a tit-for-tat act told both ways is two acts, not one)
    assert roles["ent_Norway"] == "source"  # (a tie among them: the source)
    assert roles["ent_Chile"] == "source"
