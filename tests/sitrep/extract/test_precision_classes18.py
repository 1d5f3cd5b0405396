"""Classes of general-news sentences coded as events they do not report (precision, round 18), run through the
real extraction on sentences of our own, with controls that stay coded: the run-on cells of a table or fact box
(two or more distinct field labels such as 'TARGET:' and 'ATTACKER:'; a run of one repeated teaser label is no
table); competing (a rivalry, a race or a game: no criticism); ruining, tarnishing or destroying a reputation, an
image or a career (no attack); an infinitive hung on a negated 'be' ('is not in a position right now to
cooperate': not done); pulling out a gun (no withdrawal); conceding a goal (a game, no concession); attending a
funeral or a wedding (no visit); people named with their home place ("a Connecticut man", "Ohio police officers":
the people, with the country, not the place); a plan told in the past perfect ("had been expected to visit":
overtaken, neither done nor still planned)."""

from __future__ import annotations

import pytest

from tests.sitrep.extract.coding import coded as _coded
from tests.sitrep.extract.coding import types as _types


def _occurred(nlp, text: str) -> set[str]:
    return {c["event_type"] for c in _coded(nlp, text) if c["event_status"] == "occurred"}


@pytest.mark.parametrize(
    "text",
    [
        "Four guards wounded in a bomb attack at a bank ATTACKER: Juan Ortiz 52 stories LIMA, PERU March, 2016 "
        "TARGET: Two police officers shot at a checkpoint ATTACKERS:",
        "VICTIMS: Six soldiers killed in an ambush near Tacna SUSPECTS: Unknown gunmen 14 stories",
    ],
)
def test_the_cells_of_a_fact_box_are_no_events(nlp, text):
    assert "ASSAULT" not in _types(nlp, text), text


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("UPDATE: Police arrested two men in Lima. Peru's army shelled the rebel camp on Monday.", "ASSAULT"),
        ("EXCLUSIVE: Gunmen attacked a convoy of Peruvian soldiers near Tacna on Monday.", "ASSAULT"),
    ],
)
def test_one_label_is_no_fact_box(nlp, text, etype):
    assert etype in _types(nlp, text), text


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean swimmer will compete on the Peruvian national team next year.",
        "The Korean carmaker opened a plant in Ohio to compete with General Motors.",
        "Ruritania and Freedonia compete for investment from Gulf states.",
    ],
)
def test_competing_is_no_criticism(nlp, text):
    assert "ACCUSE" not in _types(nlp, text), text


def test_disagreeing_with_a_rival_stays_a_criticism(nlp):
    text = "The Chilean foreign minister sharply criticised Peru over the fishing ban on Monday."
    assert "ACCUSE" in _types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian mayor ruined the reputation of the charity Oxfam when he spoke.",
        "The bribery affair tarnished the Chilean navy's image abroad.",
        "The leaked tapes destroyed the Bolivian governor's credibility.",
    ],
)
def test_harm_to_a_reputation_is_no_attack(nlp, text):
    assert "ASSAULT" not in _types(nlp, text), text


def test_destroying_a_place_stays_an_attack(nlp):
    text = "Rebel fighters destroyed a Peruvian army base near the border on Sunday."
    assert "ASSAULT" in _types(nlp, text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Belgium is not in a position right now to cooperate with France on defence.", "COOPERATE"),
        ("Ghana was not there to attack the Togolese border posts, the minister said.", "ASSAULT"),
    ],
)
def test_an_act_hung_on_a_negated_be_is_not_done(nlp, text, etype):
    assert etype not in _occurred(nlp, text), text
    assert not any(c["event_type"] == etype and c["event_status"] == "planned" for c in _coded(nlp, text)), text


def test_an_act_hung_on_a_plain_be_stays_coded(nlp):
    text = "Belgium is now ready to cooperate with France on defence."
    assert "COOPERATE" in _types(nlp, text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The Peruvian guard pulled out a pistol and waved it at the driver.", "RETREAT"),
        ("We conceded two goals in the first half, the Chilean coach said.", "CONCEDE"),
        ("Tom Doe, the brother of the victim, also attended the funerals in Kenya.", "CONSULT"),
        ("The Bolivian senator attended her niece's wedding in Lima on Saturday.", "CONSULT"),
    ],
)
def test_another_sense_of_a_trigger_is_no_event(nlp, text, etype):
    assert etype not in _types(nlp, text), text


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Uganda pulled out its troops from the border town.", "RETREAT"),
        ("The president of Chile conceded defeat in the runoff.", "CONCEDE"),
        ("The premier of Ruritania attended the summit in Freedonia.", "CONSULT"),
    ],
)
def test_the_political_sense_stays_coded(nlp, text, etype):
    assert etype in _types(nlp, text), text


def _groups(nlp, text: str, role: str) -> set[tuple[str | None, str | None]]:
    """(group, country) of the unnamed parties of ``role``, and (surface, None) of the named ones."""
    out = set()
    for c in _coded(nlp, text):
        for p in c["participants"]:
            if p["role"] == role:
                out.add((p.get("group"), p.get("country_iso3")) if p.get("group") else (p.get("surface"), None))
    return out


@pytest.mark.parametrize(
    ("text", "role", "group"),
    [
        ("A Texas man attacked his neighbour with an axe on Monday.", "source", ("civilians", "USA")),
        ("Two Ohio police officers were shot dead by a gunman on Friday.", "target", ("police", "USA")),
        ("Police in Kenya arrested two Nairobi students on Friday.", "target", ("students", "KEN")),
    ],
)
def test_people_named_with_their_home_place_are_the_actors(nlp, text, role, group):
    parties = _groups(nlp, text, role)
    assert group in parties, (text, parties)
    assert not any(name in {"Texas", "Ohio", "Nairobi"} for name, _ in parties), (text, parties)


def test_a_state_body_named_with_its_place_keeps_the_place(nlp):
    text = "The Ohio governor sharply criticised the federal government on Monday."
    assert not any(g == ("government", "USA") for g in _groups(nlp, text, "source"))


@pytest.mark.parametrize(
    "text",
    [
        "The Bolivian president had been expected to visit Santiago before the election.",
        "The Peruvian delegation had planned to meet the rebels in Havana in May.",
    ],
)
def test_a_plan_told_in_the_past_perfect_is_no_event(nlp, text):
    assert not _coded(nlp, text), text


@pytest.mark.parametrize(
    "text",
    [
        "The Bolivian president is expected to visit Santiago before the election.",
        "The Peruvian delegation plans to meet the rebels in Havana in May.",
    ],
)
def test_a_plan_still_ahead_stays_planned(nlp, text):
    assert any(c["event_type"] == "CONSULT" and c["event_status"] == "planned" for c in _coded(nlp, text)), text
