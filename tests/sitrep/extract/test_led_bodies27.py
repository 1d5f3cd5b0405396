"""Bodies named by whoever leads them (``led_bodies``): each row of ``data/led_bodies.tsv`` has an invented sentence
whose '<Leader>-led ... <noun>' comes out as ONE organisation mention with the leading state's country, and the
body is the actor of its events and of 'the coalition' later on, through the real pipeline."""

import pytest

from sitrep.extract import entities
from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("led_bodies.tsv")


def _mentions(nlp, text: str) -> dict[str, dict]:
    return {m["surface"]: m for m in entities.doc_mentions(nlp(text))}


def test_each_row_example_is_one_organisation_of_its_leader(nlp):
    wrong = []
    for row in ROWS:
        text, name = row["example"].split(" => ")
        got = _mentions(nlp, text).get(name)
        if got is None or got["label"] != "ORG" or got["country_iso3"] != "RUR" and got["country_iso3"] is not None:
            wrong.append((name, sorted(_mentions(nlp, text))))
    assert not wrong, "\n".join(map(str, wrong))


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The Saudi-led coalition struck the port of Hodeidah on Monday.", "Saudi-led coalition", "SAU"),
        ("A French-led peacekeeping force left Bangui on Friday.", "French-led peacekeeping force", "FRA"),
        ("The NATO-led mission handed the base to Afghan troops on Tuesday.", "NATO-led mission", None),
        ("The African Union-led force attacked the militants on Monday.", "African Union-led force", None),
    ],
)
def test_a_led_body_is_one_organisation_with_its_leaders_country(nlp, text, name, country):
    got = _mentions(nlp, text)
    assert name in got and got[name]["label"] == "ORG", sorted(got)
    assert got[name]["country_iso3"] == country


def test_the_led_body_acts_and_the_coalition_later_stands_for_it(nlp, event_roles):
    text = (
        "The Ruritanian-led coalition launched air strikes on rebel positions near the port on Monday. "
        "On Tuesday the coalition accused Iran of arming the rebels."
    )
    assert ("source", "Ruritanian-led coalition") in event_roles(text, "ASSAULT")
    got = [m for m in entities.doc_mentions(nlp(text)) if m["surface"] == "coalition"]
    assert got and got[0]["name"] == "Ruritanian-led coalition", got


def test_a_group_noun_after_the_body_stays_a_group_of_its_own(nlp):
    got = _mentions(nlp, "Iran-backed militias attacked the base on Friday.")
    assert not any(m["label"] == "ORG" and "militias" in s for s, m in got.items()), sorted(got)
