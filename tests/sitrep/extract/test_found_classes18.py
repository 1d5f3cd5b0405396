"""Event recall classes of round 18, each checked on sentences of our own written several ways.

- a stance told with a passive form ('X was opposed to Y', as 'X is committed to Y'): the parser reads the
  subject as acted on, but the subject holds the stance, so it is the actor; a real passive with its 'by' agent
  keeps the agent as the actor (``event_frames.json`` stative_passives, ``frame_clauses.stative_passive``);
- handing in, tendering or submitting one's resignation is the resignation (``triggers_curated.tsv``); the same
  verbs with other objects are no resignation;
- an island is territory: ceding one is a retreat (``trigger_objects.tsv`` @territory);
- a relative clause on a noun whose object is that noun ('the aid that X will provide to Y', 'the talks X held
  with Y', zero relative 'the aid X will provide') reads as the plain clause, so its event is found
  (``relative_objects.relative_object``); an event noun told by such a clause and subject of a consequence ('the
  attack that X launched on Y killed six') takes the clause's subject and target phrase as its parties;
- an arrest, a detention, a seizure or a confiscation told as the subject of its own clause is the act
  (``triggers_curated.tsv`` NOUN rows of COERCE 171/173; deportations, mostly a policy's, are left out), its
  'by' phrase or possessive the doer; a figure of such acts that doubles or triples is a statistic
  (``event_frames.json`` quantity_verbs); a person told by the possessive of an act done to people ('Vance's
  arrest', 'Ruiz's release by the rebels') is its target, not its doer (``trigger_objects.tsv`` @done_to,
  ``event_arg_nouns.patient_possessives``);
- a headline's 'launches offensive' / 'begins offensive' (no article: the tagger reads the noun as an adjective)
  is the offensive (``triggers_curated.tsv`` verb + word rows); 'offensive' as an adjective elsewhere is none.
"""

import pytest

from tests.sitrep.extract.coding import readings, types


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Brazil was opposed to the new sanctions against Venezuela.", "Brazil", "Venezuela"),
        ("Argentina's foreign ministry said that his country was strongly opposed to the British plan.", "Argentina",
         None),
        ("Egypt has long been opposed to the dam project of Ethiopia, officials said.", "Egypt", None),
    ],
)  # fmt: skip
def test_a_stance_told_in_the_passive_is_its_subjects(event_roles, text, source, target):
    roles = event_roles(text, "REJECT")
    assert ("source", source) in roles
    if target:
        assert ("target", target) in roles
    assert ("target", source) not in roles


def test_a_passive_with_its_agent_keeps_the_agent_as_actor(event_roles):
    roles = event_roles("The tariff plan of Peru was opposed by Chile on Monday.", "REJECT")
    assert ("source", "Chile") in roles


@pytest.mark.parametrize(
    "text",
    [
        "Interior Minister Karl Vance handed in his resignation on Monday.",
        "Defence Minister Ana Ruiz tendered her resignation after the scandal.",
        "The governor, Tomas Ferreira, submitted his resignation to the assembly on Friday.",
    ],
)
def test_a_resignation_handed_in_is_a_resignation(nlp, text):
    assert ("RETREAT", "resign") in readings(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The builder Karl Vance tendered a bid for the bridge contract.",
        "Ana Ruiz handed in her homework on Monday.",
        "Tomas Ferreira submitted his thesis to the university.",
    ],
)
def test_the_same_verbs_with_other_objects_are_no_resignation(nlp, text):
    assert "RETREAT" not in types(nlp, text)


def test_ceding_islands_is_a_retreat(event_roles):
    roles = event_roles("Japan ceded two disputed islands to Russia under the accord.", "RETREAT")
    assert ("source", "Japan") in roles


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        ("The military aid that Germany will provide to Ukraine includes tanks.", "AID", "Germany", "Ukraine"),
        ("The aid Japan delivered to Turkey after the quake included tents.", "AID", "Japan", "Turkey"),
        ("The talks that Joe Biden held with Xi Jinping in Bali lasted three hours.", "CONSULT", "Joe Biden",
         "Xi Jinping"),
        ("The sanctions that the European Union imposed on Belarus hurt its potash exports.", "SANCTION",
         "European Union", "Belarus"),
    ],
)  # fmt: skip
def test_a_relative_clause_on_its_object_noun_is_found(event_roles, text, etype, source, target):
    roles = event_roles(text, etype)
    assert ("source", source) in roles
    assert ("target", target) in roles


def test_an_event_noun_told_by_a_relative_clause_takes_its_parties(event_roles):
    roles = event_roles("The missile attack that Russia launched on Kharkiv killed six people.", "ASSAULT")
    assert ("source", "Russia") in roles
    assert ("target", "Kharkiv") in roles


@pytest.mark.parametrize(
    "text",
    [
        "The day Russia attacked Ukraine, the markets in Moscow fell.",
        "The group that attacked the convoy in Mali was never named.",
        "The report that Amnesty said was false named no officials in Peru.",
    ],
)
def test_a_relative_clause_with_another_shape_keeps_its_own_object(nlp, text):
    doc = nlp(text)
    from sitrep.extract.relative_objects import relative_object

    assert not any(relative_object(t) for t in doc)


@pytest.mark.parametrize(
    ("text", "mode", "source", "target"),
    [
        ("The arrest of opposition leader Ana Ruiz by police in Caracas drew condemnation.", "arrest", "police",
         "Ana Ruiz"),
        ("The detention of two Canadians by China soured relations with Ottawa.", "arrest", "China", "Canadians"),
        ("Iran's seizure of a Greek tanker in the Gulf raised tensions with Athens.", "seize", "Iran", "Greek"),
    ],
)  # fmt: skip
def test_a_coercive_act_told_as_a_noun_is_found(nlp, event_roles, text, mode, source, target):
    assert ("COERCE", mode) in readings(nlp, text)
    roles = event_roles(text, "COERCE")
    assert ("source", source) in roles
    assert ("target", target) in roles


@pytest.mark.parametrize(
    "text",
    [
        "Drug seizures by the Mexican navy doubled in 2022.",
        "Arrests of protesters in Iran tripled last month.",
        "The arrest warrant for the former mayor of Lima remains valid.",
    ],
)
def test_a_figure_or_a_modifier_of_such_acts_is_no_act(nlp, text):
    assert "COERCE" not in types(nlp, text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Syrian army launches offensive on Idlib", "military", "Idlib"),
        ("Turkey begins offensive on Afrin", "Turkey", "Afrin"),
    ],
)
def test_a_headline_offensive_is_an_attack(event_roles, text, source, target):
    roles = event_roles(text, "ASSAULT")
    assert ("source", source) in roles
    assert ("target", target) in roles


def test_offensive_as_an_adjective_is_no_attack(nlp):
    assert "ASSAULT" not in types(nlp, "Critics in Peru said the minister's remarks were offensive to farmers.")


@pytest.mark.parametrize(
    ("text", "etype", "person", "doer"),
    [
        (
            "Tomas Ferreira's detention by the secret police in Minsk drew protests.",
            "COERCE",
            "Tomas Ferreira",
            "police",
        ),
        ("Karl Vance's release by the rebels came on Monday.", "RETREAT", "Karl Vance", "rebels"),
        ("Karl Vance's assassination shocked Peru.", "ASSAULT", "Karl Vance", None),
    ],
)
def test_a_person_told_by_the_possessive_of_an_act_done_to_people_is_its_target(event_roles, text, etype, person, doer):
    roles = event_roles(text, etype)
    assert ("target", person) in roles
    assert ("source", person) not in roles
    if doer:
        assert ("source", doer) in roles


def test_a_state_told_by_the_possessive_is_still_the_doer(event_roles):
    roles = event_roles("Turkey's release of the pastor Andrew Brunson eased tensions with Washington.", "RETREAT")
    assert ("source", "Turkey") in roles
