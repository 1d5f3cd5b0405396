"""Actor classes of the late round-22 actor lane (issue 10), each checked on sentences of our own.

- the 'on' / 'against' phrase the parser hangs on the doer of a participle's 'by' phrase ('sanctions imposed by
  the EU on Russia') names on whom the act falls: the target, not a second doer (``agent_tails``);
"""

import pytest


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Sanctions imposed by the EU on Russia have hurt its economy.", "EU", "Russia"),
        ("The embargo imposed by the United States on Cuba remains in force.", "United States", "Cuba"),
        ("Sanctions imposed by the United Nations on North Korea have failed.", "United Nations", "North Korea"),
    ],
)
def test_an_on_phrase_under_the_by_phrase_is_the_target(event_roles, text, source, target):
    roles = event_roles(text, "SANCTION")
    assert ("source", source) in roles and ("target", target) in roles, roles
    assert ("source", target) not in roles, roles


def test_the_plain_order_keeps_its_roles(event_roles):
    roles = event_roles("Sanctions imposed on Russia by the EU have hurt its economy.", "SANCTION")
    assert roles == {("source", "EU"), ("target", "Russia")}, roles


def _events(nlp, text, etype):
    from sitrep.extract import entities, events

    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    return [c for c in events.doc_event_candidates(doc, ments, None) if c["event_type"] == etype]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Air strikes carried out by Russian jets killed 20 civilians in Idlib.", "Russian", "civilians"),
        ("An attack carried out by Boko Haram killed 30 villagers in Borno.", "Boko Haram", "villagers"),
        ("The offensive launched by the army killed dozens of rebels near Tarsia.", "military", "rebels"),
    ],
)
def test_a_light_participle_on_an_attack_subject_is_one_attack(nlp, event_roles, text, source, target):
    assert len(_events(nlp, text, "ASSAULT")) == 1, _events(nlp, text, "ASSAULT")
    roles = event_roles(text, "ASSAULT")
    assert ("source", source) in roles and ("target", target) in roles, roles
    assert not any(r == "source" and w == "attackers" for r, w in roles), roles


def test_a_light_participle_of_another_category_stays_an_event(event_roles):
    # 'the strike, called by the unions, shut the ports': the strike is still told, by the unions
    assert ("source", "unions") in event_roles("The strike, called by the unions, shut the ports.", "PROTEST")


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Gunmen, members of the Islamic State group, stormed a hotel in Kabul on Monday.", "Islamic State"),
        ("Militants, members of Boko Haram, killed 12 villagers in Borno.", "Boko Haram"),
    ],
)
def test_the_appositive_group_of_an_opening_group_noun_acts(event_roles, text, group):
    roles = event_roles(text, "ASSAULT")
    assert ("source", group) in roles, roles
    assert not any(r == "source" and w in {"Gunmen", "Militants"} for r, w in roles), roles


def test_an_opening_group_noun_is_no_name(analyse):
    doc, ments = analyse("Gunmen, members of the Islamic State group, stormed a hotel in Kabul on Monday.")
    from sitrep.extract import entities

    assert "Gunmen" not in {m["surface"] for m in entities.doc_mentions(doc)}


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        ("Sanctions against Iranian banks imposed by Washington in May have hurt trade.", "SANCTION", "Washington",
         "Iranian"),
        ("The embargo on Cuba imposed by the United States in 1962 remains in force.", "SANCTION", "United States",
         "Cuba"),
        ("Attacks on villages carried out by Boko Haram killed 30 people.", "ASSAULT", "Boko Haram", None),
    ],
)  # fmt: skip
def test_a_participle_on_an_event_noun_codes_it_once(nlp, event_roles, text, etype, source, target):
    assert len(_events(nlp, text, etype)) == 1, _events(nlp, text, etype)
    roles = event_roles(text, etype)
    assert ("source", source) in roles, roles
    assert target is None or ("target", target) in roles, roles


def test_a_participle_hung_under_an_object_event_noun_is_left_to_its_verb(nlp):
    # 'banned a march against the mine organised by farmers': the ban tells the march's fate, no march is coded
    assert not _events(nlp, "Police banned a march against the mine organised by farmers.", "PROTEST")
