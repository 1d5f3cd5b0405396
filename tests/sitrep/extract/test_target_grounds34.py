"""A report of an attack with no place whose target is a country (its ground) is no telling of an attack another
report places in another country (``target_grounds``); one placed on that ground still is, and people or forces
of a country give no ground (they may be hit abroad)."""

import pytest

from sitrep.extract.pipeline import analyze_articles, assemble
from sitrep.extract.report_clusters import Cand, Cluster
from sitrep.extract.target_grounds import grounds_clash, named_ground


@pytest.fixture(scope="module")
def told(nlp):
    """texts (one article each, one day) -> [(place country, number of articles)] of the ASSAULT events."""

    def run(*texts: str) -> list[tuple[str | None, int]]:
        arts = [{"article_id": f"a{i}", "body": t, "published_at": "2024-05-13"} for i, t in enumerate(texts)]
        out = assemble(analyze_articles(arts, nlp), {a["article_id"]: a for a in arts})
        events = [ev for ev in out["events"] if ev["event_type"] == "ASSAULT"]
        arts_of = {
            ev["event_id"]: {m["article_id"] for m in out["event_mentions"] if m["event_id"] == ev["event_id"]}
            for ev in events
        }
        return sorted(((ev["location_country_iso3"], len(arts_of[ev["event_id"]])) for ev in events), key=str)

    return run


def test_an_invasion_of_a_state_is_no_telling_of_a_shelling_elsewhere(told):
    got = told(
        "Israeli tanks shelled targets in Jericho on Monday, residents of the West Bank town said.",
        "Israel today launched an invasion of South Lebanon, pushing past United Nations positions on the coast.",
    )
    assert len(got) == 2
    assert ("PSE", 1) in got


def test_an_attack_placed_on_the_target_ground_is_the_same_attack(told):
    got = told(
        "Egyptian artillery shelled Libyan troops near Tobruk on Monday.",
        "Egyptian forces attacked Libyan troops on Monday.",
    )
    assert got == [("LBY", 2)]


MENTIONS = [
    {"idx": 0, "surface": "Libya", "label": "GPE"},
    {"idx": 1, "surface": "South Lebanon", "label": "GPE"},
    {"idx": 2, "surface": "Ahmed Saleh", "label": "PERSON"},
]


def test_a_ground_is_a_target_named_as_a_country_or_a_region_of_one():
    assert named_ground([{"role": "target", "mention_idx": 0}], MENTIONS) == {"LBY"}
    assert named_ground([{"role": "target", "mention_idx": 1}], MENTIONS) == {"LBN"}
    assert named_ground([{"role": "source", "mention_idx": 0}], MENTIONS) == frozenset()


def test_people_and_forces_give_no_ground():
    troops = {"role": "target", "mention_idx": None, "group": "military", "country_iso3": "LBY"}
    assert named_ground([troops], MENTIONS) == frozenset()
    assert named_ground([{"role": "target", "mention_idx": 2}], MENTIONS) == frozenset()
    assert named_ground([{"role": "target", "mention_idx": 0}, troops], MENTIONS) == frozenset()


def _cand(aid: str, cand: dict, ground: frozenset[str] = frozenset()) -> Cand:
    return Cand(aid, cand, frozenset(), frozenset({"e1"}), {"e1": "source"}, None, None, target_ground=ground)


PLACED = {
    "event_type": "ASSAULT",
    "location_name": "Nablus",
    "location_country_iso3": "PSE",
    "place_source": "sentence",
}
BARE = {"event_type": "ASSAULT", "location_country_iso3": None}


def test_a_placed_attack_and_a_placeless_one_on_another_country_clash():
    assert grounds_clash(Cluster([_cand("a0", PLACED)]), _cand("a1", BARE, frozenset({"LBY"})))
    assert grounds_clash(Cluster([_cand("a1", BARE, frozenset({"LBY"}))]), _cand("a0", PLACED))


def test_no_clash_on_the_same_ground_or_without_one():
    assert not grounds_clash(Cluster([_cand("a0", PLACED)]), _cand("a1", BARE, frozenset({"PSE"})))
    assert not grounds_clash(Cluster([_cand("a0", PLACED)]), _cand("a1", BARE))
    borrowed = {**PLACED, "place_source": "dateline"}
    assert not grounds_clash(Cluster([_cand("a0", borrowed)]), _cand("a1", BARE, frozenset({"LBY"})))
