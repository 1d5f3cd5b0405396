"""A report of an attack with no place and one target state (its ground) is no telling of an attack another
report places in another country (``target_grounds``); one placed on that ground still is."""

import pytest

from sitrep.extract.pipeline import analyze_articles, assemble


@pytest.fixture(scope="module")
def told(nlp):
    """texts (one article each, one day) -> [(place country, number of articles)] of the ASSAULT events."""

    def run(*texts: str) -> list[tuple[str | None, int]]:
        arts = [{"article_id": f"a{i}", "body": t, "published_at": "2024-05-13"} for i, t in enumerate(texts)]
        out = assemble(analyze_articles(arts, nlp), {a["article_id"]: a for a in arts})
        return sorted(
            (
                (
                    ev["location_country_iso3"],
                    len({m["article_id"] for m in out["event_mentions"] if m["event_id"] == ev["event_id"]}),
                )
                for ev in out["events"]
                if ev["event_type"] == "ASSAULT"
            ),
            key=str,
        )

    return run


def test_an_attack_on_a_state_elsewhere_is_another_attack(told):
    got = told(
        "Egyptian artillery shelled positions near Nablus on Monday, residents of the West Bank city said.",
        "Egyptian forces attacked Libyan troops on Monday.",
    )
    assert len(got) == 2
    assert ("PSE", 1) in got


def test_an_attack_placed_on_the_target_ground_is_the_same_attack(told):
    got = told(
        "Egyptian artillery shelled Libyan troops near Tobruk on Monday.",
        "Egyptian forces attacked Libyan troops on Monday.",
    )
    assert got == [("LBY", 2)]


def test_people_of_a_country_are_no_ground():
    """Students of a country may be attacked abroad: their country is no ground that keeps reports apart."""
    from sitrep.extract.report_clusters import Cand, Cluster
    from sitrep.extract.target_grounds import grounds_clash

    placed = {
        "event_type": "ASSAULT",
        "location_name": "Egypt",
        "location_country_iso3": "EGY",
        "place_source": "sentence",
        "participants": [],
    }
    bare = {
        "event_type": "ASSAULT",
        "location_country_iso3": None,
        "participants": [{"role": "target", "group": "students", "country_iso3": "LBY"}],
    }
    cluster = Cluster([Cand("a0", placed, frozenset(), frozenset({"e1"}), {"e1": "source"}, None, None)])
    students = Cand(
        "a1",
        bare,
        frozenset(),
        frozenset({"e1"}),
        {"e1": "source"},
        None,
        None,
        state_sides=(frozenset({"EGY"}), frozenset({"LBY"})),
    )
    assert not grounds_clash(cluster, students)
    troops = Cand(
        "a1",
        {**bare, "participants": [{"role": "target", "group": "military", "country_iso3": "LBY"}]},
        frozenset(),
        frozenset({"e1"}),
        {"e1": "source"},
        None,
        None,
        state_sides=(frozenset({"EGY"}), frozenset({"LBY"})),
    )
    assert grounds_clash(cluster, troops)
