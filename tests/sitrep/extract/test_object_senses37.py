"""Round 37: non-political senses read from the object's kind (``data/trigger_senses.tsv`` rows of round 37) and a
goal's frame struck (``goal_frames``), each beside the political event of the same verb, which stays coded."""

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = [
    r
    for r in read_tsv("trigger_senses.tsv")
    if r["example"].startswith(("The Ruritanian", "The new Freedonian", "The Freedonian striker"))
]

NO_EVENT = [
    ("The Ruritanian hotel charges 50 euros a night for its rooms.", "ACCUSE"),
    ("The Freedonian ferry company is charging only 20 dollars a day for parking.", "ACCUSE"),
    ("The new Freedonian cabinet arrested the decline of the fishing industry.", "COERCE"),
    ("The Ruritanian reforms have arrested the slide in exports.", "COERCE"),
    ("The Ruritanian ministers removed a pledge on climate from their joint statement.", "COERCE"),
    ("The Freedonian striker struck the crossbar in the second half.", "ASSAULT"),
    ("Ivan Petrov hit the post after great work by his teammate on the right.", "ASSAULT"),
    ("The Freedonian winger struck the post from close range before the break.", "ASSAULT"),
    ("Ruritania's Ivan Petrov struck the bar with a header in the first half.", "ASSAULT"),
    ("Ivan Petrov rattled the far post in the last minute.", "ASSAULT"),
]

STAYS = [
    ("Freedonian prosecutors charged the Ruritanian mayor with fraud.", "ACCUSE", "judiciary"),
    ("Freedonian police arrested twelve protesters in the capital.", "COERCE", "protesters"),
    ("Freedonia removed the Ruritanian refugees from the country.", "COERCE", "refugees"),
    ("Rebels hit a police post with rockets on Sunday.", "ASSAULT", "police"),
    ("Militants struck the post with mortars on Sunday.", "ASSAULT", "militants"),
    ("A suicide bomber struck a bar in the Freedonian capital.", "ASSAULT", "militants"),
    ("Freedonian police fired on protesters in the capital.", "ASSAULT", "protesters"),
    ("Freedonian soldiers shot two protesters in the capital.", "ASSAULT", "protesters"),
]


def test_the_round_37_rows_are_read():
    assert {r["lemma"] for r in ROWS} >= {"charge", "arrest", "remove", "strike"}


@pytest.mark.parametrize(("text", "etype"), NO_EVENT)
def test_the_other_sense_codes_no_event_of_the_verb(event_roles, text, etype):
    assert event_roles(text, etype) == set()


@pytest.mark.parametrize(("text", "etype", "party"), STAYS)
def test_the_political_sense_of_the_same_verb_stays(event_roles, text, etype, party):
    assert any(name == party or party in (name or "") for _role, name in event_roles(text, etype))
