"""Actor classes of the late round-21 lane (development samples 2020, 2222, 2323), each checked on sentences of our
own.

- a past participle's clause with no subject of its own, fronted or naming its doer in a 'by' agent, is passive:
  the clause's borrowed subject is the one acted on and the 'by' agent the doer ('Backed by Turkish jets, the
  rebels advanced': Turkey backs the rebels; ``event_syntax.participle_clause``);
- the attacker of an act whose subject is always someone (a verb of harm, the event noun a light verb takes),
  named by a common noun no group list holds, is the unnamed attackers ('the guards tortured a student', 'the
  boy launched the attack', 'a teenager opened fire'; ``event_arg_doers``, ``data/harm_doers.tsv``); a thing as
  subject ('the blast killed') names none;
- people named only as whom an act is aimed at by a noun the Phoenix agents file does not list ('urged the
  candidates', 'asked a panel of experts') are Phoenix's people in general, a target only
  (``event_arg_groups.recipient_group``, ``data/recipient_people.tsv``): as a subject they make no event.
"""

import pytest

from sitrep.extract import event_triggers
from tests.sitrep.extract.coding import role_words


@pytest.mark.parametrize(
    ("text", "backer", "backed", "etype"),
    [
        # (backing by warplanes is military aid: round 23's military_backing)
        ("Backed by Turkish jets, the rebels advanced on Tarsia.", "Turkish", "rebels", "AID"),
        ("The rebels advanced on Tarsia, backed by Turkish jets.", "Turkish", "rebels", "AID"),
        ("Backed by Russia, the separatists advanced on Tarsia.", "Russia", "separatists", "SUPPORT"),
    ],
)
def test_a_participle_clause_is_done_to_the_clause_subject(nlp, text, backer, backed, etype):
    sources = role_words(nlp, text, etype, "source")
    targets = role_words(nlp, text, etype, "target")
    assert backer in sources and backed not in sources, (sources, targets)
    assert any(backed in t for t in targets), targets


def test_an_active_participle_clause_keeps_its_subject(event_roles):
    # 'Backing the rebels, Turkey sent jets': a present participle is active, Turkey backs
    assert ("source", "Turkey") in event_roles("Backing the rebels, Turkey sent jets to Tarsia.", "SUPPORT")


@pytest.mark.parametrize("row", event_triggers.read_tsv("harm_doers.tsv"), ids=lambda r: r["lemma"])
def test_each_act_of_someone_codes_its_common_noun_attacker(event_roles, row):
    assert ("source", "attackers") in event_roles(row["example"], "ASSAULT")


def test_the_victim_stays_the_target_beside_the_attacker(event_roles):
    roles = event_roles("The guards tortured a student in Tarsia.", "ASSAULT")
    assert ("source", "attackers") in roles and ("target", "students") in roles, roles
    assert ("target", "attackers") not in roles, roles


@pytest.mark.parametrize(
    "text",
    [
        "The blast killed two people in Tarsia.",  # a thing, and 'kill' is not listed
        "Two students were tortured in Tarsia.",  # a passive names no attacker
        "Police tortured a student in Tarsia.",  # a group noun codes its own group
    ],
)
def test_no_common_noun_attacker_without_someone_as_subject(event_roles, text):
    assert ("source", "attackers") not in event_roles(text, "ASSAULT")


@pytest.mark.parametrize("row", event_triggers.read_tsv("recipient_people.tsv"), ids=lambda r: r["lemma"])
def test_each_people_noun_is_a_recipient(event_roles, row):
    assert ("target", "civilians") in event_roles(row["example"], row["type"])


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Experts urged the government to cut taxes.", "REQUEST"),
        ("The candidates criticised the electoral commission.", "ACCUSE"),
    ],
)
def test_a_people_noun_is_no_actor(event_roles, text, etype):
    assert not any(role == "source" and who == "civilians" for role, who in event_roles(text, etype))
