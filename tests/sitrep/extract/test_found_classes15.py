"""Event recall classes of round 15, each checked on sentences of our own written several ways.

- the same preposition coordinated under itself ('spoke with X and with Y', 'was welcomed by X and by Y'): the
  parser hangs the second as a conjunct of the first, and its object is a party too
  (``event_syntax.same_preps``);
- overseeing or supervising a weapons test or launch is a show of force of the overseer (``triggers_curated.tsv``
  oversee / supervise rows); a test of something else is no event;
- an attack on several towns of one state hits that state, as an attack on one town does: a second town the
  gazetteer puts in the same state (whatever the tagger took it for) or a place name it does not know, and the
  plural settlement noun ('the ports of X and Y') names the place hit (``event_struck._town_of``);
- a gerund in an 'in' phrase on a verb's object is done by that verb's subject ('claimed success in testing
  missiles', 'played a part in organising the march'; ``event_arg_clauses.ACHIEVEMENT_PREPS``);
- one actor under several names splits its events: a dotted acronym ('U.N.') and a name opening with an acronym
  ('UN Security Council') join the spelled-out name (``resolution._merge_acronym_heads``), headline short forms
  of countries are the country (``gazetteer.tsv``), and an honorific with a given name ('Mr Najib') joins the
  person named in full elsewhere, and is a person's name whatever the tagger called it
  (``mention_repair._honorific_name``);
- a bare 'the council', 'the commission', 'the party' stands for the last organisation named whose name ends in
  that noun, when the last two such names agree (``org_anaphora.HEAD_NOUNS``);
- a subject's companion ('X, along with Y, attended'; 'X, together with Y, proposed') acts with it
  (``event_syntax.companions``);
- an amount 'in' aid is the aid ('announced $10 million in emergency aid for X': ``event_triggers.object_side``).
"""

import pytest

from sitrep.extract import entities
from tests.sitrep.extract.coding import type_list


@pytest.mark.parametrize(
    ("text", "etype", "parties"),
    [
        ("Chancellor Olaf Scholz spoke with Emmanuel Macron and with Giorgia Meloni on Friday.", "CONSULT",
         {"Emmanuel Macron", "Giorgia Meloni"}),
        ("The envoy met with President William Ruto and with President Yoweri Museveni in Nairobi.", "CONSULT",
         {"William Ruto", "Yoweri Museveni"}),
        ("Prime Minister Anthony Albanese has talked with Rishi Sunak and with Justin Trudeau this week.", "CONSULT",
         {"Rishi Sunak", "Justin Trudeau"}),
    ],
)  # fmt: skip
def test_a_second_coordinated_preposition_adds_its_party(event_roles, text, etype, parties):
    got = {name for role, name in event_roles(text, etype) if role in {"target", "participant"}}
    assert parties <= got, got


def test_a_single_preposition_keeps_its_one_party(event_roles):
    got = {name for role, name in event_roles("Olaf Scholz spoke with Emmanuel Macron on Friday.", "CONSULT")}
    assert "Emmanuel Macron" in got and "Friday" not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un, the North Korean leader, oversaw a nuclear test in the mountains.",
        "Kim Jong Un supervised the launch of four ballistic missiles, state media said.",
        "President Ivo Tarn oversaw a missile test on the eastern coast.",
    ],
)
def test_overseeing_a_weapons_test_is_a_show_of_force(nlp, text):
    assert type_list(nlp, text) == ["MOBILIZE"]


@pytest.mark.parametrize(
    "text",
    [
        "The health minister oversaw the test of a new vaccine.",
        "The head of the agency supervised the launch of the new website.",
    ],
)
def test_overseeing_a_test_of_something_else_is_no_event(nlp, text):
    assert "MOBILIZE" not in type_list(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Russian missiles hit the towns of Odesa and Kherson before dawn.",
        "Russian drones struck Kharkiv and Kupiansk overnight.",
        "Russian artillery shelled the cities of Kharkiv and Kupiansk on Tuesday.",
    ],
)
def test_an_attack_on_several_towns_hits_their_state(event_roles, text):
    assert ("target", "UKR") in event_roles(text, "ASSAULT")


def test_an_attack_on_a_town_and_a_named_force_keeps_the_force_as_target(event_roles):
    got = event_roles("Russian troops attacked Kharkiv and the Ukrainian army.", "ASSAULT")
    assert ("target", "UKR") not in got, got


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        ("Iran claimed success in testing its newest ballistic missile on Sunday.", "MOBILIZE", "Iran"),
        ("Pakistan claimed success in testing its new cruise missile.", "MOBILIZE", "Pakistan"),
        (
            "The opposition played a key role in organising the protests against President Ruto.",
            "PROTEST",
            "opposition",
        ),
    ],
)
def test_a_gerund_on_a_claimed_object_is_done_by_the_claimer(event_roles, text, etype, source):
    assert ("source", source) in event_roles(text, etype)


def _entity_names(nlp, texts: list[str]) -> list[str]:
    """Canonical names of the entities resolved over ``texts`` (one article each)."""
    analyses = [{"article_id": f"a{i}", "mentions": entities.doc_mentions(nlp(t))} for i, t in enumerate(texts)]
    rows, _ = entities.resolve_entities(analyses)
    return sorted(r["canonical_name"] for r in rows)


def test_a_dotted_acronym_joins_the_spelled_out_name(nlp):
    names = _entity_names(
        nlp,
        [
            "The United Nations said on Monday it would fly tents to the flooded valley.",
            "The U.N. warned that the valley was running short of water, the U.N. said.",
        ],
    )
    assert names == ["United Nations"], names


def test_a_name_opening_with_an_acronym_joins_the_spelled_out_name(nlp):
    names = _entity_names(
        nlp,
        [
            "United Nations Security Council members met behind closed doors on Friday.",
            "The UN Security Council condemned the shelling of the dam.",
            "Members of the U.N. Security Council voted on the draft.",
            "The Russian Security Council met in Moscow.",
        ],
    )
    assert names.count("United Nations Security Council") == 1 and "UN Security Council" not in names, names
    assert "Russian Security Council" in names, names


@pytest.mark.parametrize(("short", "full"), [("N Korea", "North Korea"), ("S. Korea", "South Korea")])
def test_a_headline_short_form_of_a_country_is_that_country(nlp, short, full):
    names = _entity_names(nlp, [f"Japan protests {short} launch", f"{full} fired a rocket on Monday, Japan said."])
    assert short not in names and full in names, names


def test_an_honorific_and_a_given_name_is_the_person_named_in_full_elsewhere(nlp):
    names = _entity_names(
        nlp,
        [
            "Prime Minister Najib Razak of Malaysia flew to Beijing to meet President Xi Jinping on Tuesday.",
            "Mr Najib said the talks on the railway had gone well.",
        ],
    )
    assert "Najib" not in names and "Najib Razak" in names, names


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        ("The UN Security Council met on Friday. The council condemned the shelling of the dam.", "council",
         "UN Security Council"),
        ("The European Commission proposed a ban on Monday. The commission said it would fine the ports.",
         "commission", "European Commission"),
        ("The Sudan People's Liberation Movement rejected the offer. The movement accused Khartoum of bad faith.",
         "movement", "Sudan People's Liberation Movement"),
    ],
)  # fmt: skip
def test_a_bare_head_noun_stands_for_the_organisation_it_ends(nlp, text, word, name):
    found = [(m["surface"], m["name"]) for m in entities.doc_mentions(nlp(text))]
    assert (word, name) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The council met on Monday to discuss the budget.",  # no organisation named before
        "The Security Council and the Human Rights Council met. The council adjourned.",  # two councils
    ],
)
def test_a_head_noun_without_one_antecedent_stays_no_mention(nlp, text):
    found = [m["surface"] for m in entities.doc_mentions(nlp(text))]
    assert "council" not in found, found


@pytest.mark.parametrize(
    ("text", "etype", "sources"),
    [
        ("President Vladimir Putin, along with Turkey's leader Recep Tayyip Erdogan, attended the summit in Sochi.",
         "CONSULT", {"Vladimir Putin", "Recep Tayyip Erdogan"}),
        ("Germany, together with France, condemned the shelling of the power plant.", "ACCUSE",
         {"Germany", "France"}),
    ],
)  # fmt: skip
def test_a_companion_of_the_subject_acts_with_it(event_roles, text, etype, sources):
    got = {name for role, name in event_roles(text, etype) if role == "source"}
    assert sources <= got, got


def test_a_companion_of_the_object_is_no_source(event_roles):
    got = event_roles("Police arrested the smuggler along with his two brothers.", "COERCE")
    assert not any(role == "source" and name != "police" for role, name in got), got


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Japan announced $10 million in emergency aid for Turkey on Tuesday.", "Turkey"),
        ("Canada pledged $40 million in humanitarian assistance to Chad.", "Chad"),
    ],
)
def test_an_amount_in_aid_is_the_aid(event_roles, text, target):
    got = event_roles(text, "AGREE") | event_roles(text, "AID")
    assert ("target", target) in got, got


@pytest.mark.parametrize(
    "text",
    [
        'Malaysia expelled the envoy for being "rude", but Mr Najib said afterwards that ties would not be cut.',
        "Prime Minister Najib Razak of Malaysia visited Jakarta, and Mr Najib flew home on Friday.",
    ],
)
def test_an_honorific_and_a_name_is_a_person_whatever_the_tagger_said(nlp, text):
    found = [(m["name"], m["label"]) for m in entities.doc_mentions(nlp(text)) if "Najib" in m["name"]]
    assert found and all(label == "PERSON" and not name.startswith("Mr") for name, label in found), found
