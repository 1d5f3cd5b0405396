"""own_side_groups: a non-state group acted on by a named actor of its own country keeps its own entity (invented
candidates, merged by merge_events with no spaCy)."""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_merge import merge_events
from sitrep.extract.group_rows import group_entity_id
from sitrep.extract.own_side_groups import own_side_groups
from tests.sitrep.extract.merge_inputs import analysis, cand, entities, mention

ARTS = {"a1": {"outlet": "X", "story_id": "s"}}


def _group(group: str, iso3: str) -> dict:
    return {"mention_idx": None, "role": "target", "country_iso3": iso3, "group": group, "group_type": "ORG"}


def _targets(group: str, source_iso3: str | None, label: str = "PERSON") -> set[str]:
    """The target entities of 'Senator Ana Ruiz briefed <group of Peru>' with her entity of ``source_iso3``."""
    ments = [mention(0, "Peru"), mention(1, "Ana Ruiz", label)]
    c = cand("CONSULT", [(1, "source")], "2024-03-04", "expression")
    c["participants"].append(_group(group, "PER"))
    a = analysis("a1", ments, [c])
    homes = {"ent_Ana Ruiz": source_iso3} if source_iso3 else {}
    _, parts, _ = merge_events([a], ARTS, entities([a]), homes)
    return {p["entity_id"] for p in parts if p["role"] == "target"}


@pytest.mark.parametrize("row", read_tsv("own_side_groups.tsv"), ids=lambda r: r["group"])
def test_each_listed_group_acted_on_by_a_named_compatriot_stays_apart_from_its_state(row: dict) -> None:
    assert row["example"]  # (an invented sentence of the kind, for the reader)
    assert _targets(row["group"], "PER") == {group_entity_id(row["group"], "PER")}


@pytest.mark.parametrize("group", ["militants", "criminals", "religious"])
def test_armed_groups_criminals_and_worshippers_still_credit_their_state(group: str) -> None:
    assert "ent_Peru" in _targets(group, "PER")  # 'pirates in X', an attack on a mosque: coded on the state


def test_a_people_acting_on_its_own_lawmakers_is_left_to_the_clash_rule():
    assert _targets("legislators", "PER", label="NORP") == {"ent_Peru"}  # 'Ruritanians ...': no named person


def test_lawmakers_briefed_by_a_senator_of_their_own_country_stay_lawmakers():
    assert _targets("legislators", "PER") == {group_entity_id("legislators", "PER")}  # not Peru itself


def test_lawmakers_briefed_by_a_foreign_senator_are_credited_to_their_state():
    assert _targets("legislators", "CHL") == {"ent_Peru"}  # 'a Chilean senator briefed Peruvian lawmakers'


def test_a_states_own_organ_still_credits_the_state_against_its_own_official():
    assert _targets("government", "PER") == {"ent_Peru"}  # 'the opposition leader denounced the government'


def test_only_target_groups_of_a_named_sources_country_are_kept_apart():
    parts = [
        {"mention_idx": 1, "role": "source"},
        _group("media", "PER"),
        _group("judiciary", "CHL"),
        _group("government", "PER"),
    ]
    homes = {1: "PER"}
    assert own_side_groups(parts, lambda p: homes.get(p["mention_idx"])) == {("PER", "media")}
    assert own_side_groups(parts, lambda p: None) == set()  # a source of no known country
