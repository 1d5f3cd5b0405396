"""Who performs a trigger, and scenes that are no political event (metaphors, standing rules, sports scores), on
sentences of our own."""

from __future__ import annotations

import pytest

from sitrep.extract import event_agency
from tests.sitrep.extract.coding import token as _token


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        ("The corruption scandal badly hurt the ruling party.", "hurt", "ASSAULT"),
        ("The ruling party was badly hurt by the corruption scandal.", "hurt", "ASSAULT"),
        ("The governor's announcement overshadowed the budget vote.", "overshadowed", "ASSAULT"),
        ("The state code prohibits judges from commenting on pending cases.", "prohibits", "COERCE"),
        ("Syldavian law does not prohibit officials from using private email.", "prohibit", "COERCE"),
        ("Questions surrounding the envoy's trip remain unanswered.", "surrounding", "ASSAULT"),
        ("The new tariffs will harm farmers across the valley.", "harm", "ASSAULT"),
        # a natural hazard, or a name it heads, is no actor
        ("Cyclone Mara, which struck the Syldavian coast on Friday, flattened the harbour.", "struck", "ASSAULT"),
        ("The quake destroyed most of the old town of Szohod.", "destroyed", "ASSAULT"),
    ],
)
def test_a_thing_that_cannot_act_codes_no_event(nlp, text, word, etype):
    assert event_agency.inanimate_doer(_token(nlp(text), word), etype)


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        ("The Syldavian army attacked the rebel camp on Monday.", "attacked", "ASSAULT"),
        ("A car bomb killed six soldiers in the capital.", "killed", "ASSAULT"),
        ("A series of drone attacks hit the port at dawn.", "hit", "ASSAULT"),
        ("Police arrested two men after the riot.", "arrested", "COERCE"),
        ("The rebels, who seized the town in May, freed the hostages.", "seized", "COERCE"),
        ("Gunmen stormed a hospital and battled security forces for hours.", "battled", "ASSAULT"),
        ("The parliament passed a law banning rallies near the palace.", "banning", "COERCE"),
        ("Two men were arrested in the capital.", "arrested", "COERCE"),
        ("The bloc imposed sanctions on the generals.", "imposed", "SANCTION"),
        ("Air defences shot down two drones over the bay.", "shot", "ASSAULT"),
        ("ECOWAS imposed sanctions on the junta.", "imposed", "SANCTION"),
    ],
)
def test_people_bodies_weapons_and_laws_passed_by_someone_can_act(nlp, text, word, etype):
    assert not event_agency.inanimate_doer(_token(nlp(text), word), etype)


def test_categories_of_speech_are_not_judged_by_their_doer(nlp):
    doc = nlp("The report accused the ministry of negligence.")
    assert not event_agency.inanimate_doer(_token(doc, "accused"), "ACCUSE")


@pytest.mark.parametrize(
    ("text", "word", "score"),
    [
        ("Syldavia beat Borduria 2-1 in the qualifier on Saturday.", "beat", True),
        ("The champion defeated her rival 6-3 6-0 in the final.", "defeated", True),
        ("The army defeated the rebels near the border.", "defeated", False),
        ("The summit will take place in Klow from July 26-29.", "take", False),
        ("The army defeated the rebels in the war of 1998-99.", "defeated", False),
        ("The ministry pledged 12,000-30,000 tonnes of grain.", "pledged", False),
    ],
)
def test_a_sports_score_is_a_game(nlp, text, word, score):
    assert event_agency.sports_score(_token(nlp(text), word), "ASSAULT") is score


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("The corruption scandal badly hurt the Syldavian ruling party.", []),
        ("Syldavia beat Borduria 2-1 in the qualifier on Saturday.", []),
        ("Syldavian troops attacked Borduria on Monday.", ["ASSAULT"]),
        ("The Syldavian embassy issued a statement condemning the raid on the consulate.", ["ACCUSE"]),
        ("The Syldavian president took the tourists to the coast.", []),
        ("Syldavian troops took the airport after a day of fighting.", ["ASSAULT"]),
        ("Senator Jones broke ranks with the Syldavian government over the budget.", []),
        ("Syldavia stepped up efforts to restructure its economy.", []),
        ("The Syldavian ministry said it would release more information later.", []),
        ("Borduria is concerned about Syldavia's decision to deploy missiles near the border.", ["MOBILIZE"]),
    ],
)
def test_candidates_of_an_article(nlp, text, coded):
    from sitrep.extract import entities
    from sitrep.extract.event_candidates import doc_event_candidates

    doc = nlp(text)
    cands = doc_event_candidates(doc, entities.doc_mentions(doc), None)
    assert [c["event_type"] for c in cands] == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("The Syldavian defence minister cautioned that the date of the pullout was still open.", []),
        ("Syldavia warned Borduria against blocking the referendum.", ["THREATEN"]),
        ("Syldavia warned that it would retaliate against any Bordurian incursion.", ["THREATEN"]),
        ("The Syldavian premier warned his country not to give in to the populists.", ["THREATEN"]),
        # a warning of or about something is a threat only when it is the warner's own answer
        ("Syldavia warned of retaliation over the seized trawlers.", ["THREATEN"]),
        ("The Syldavian interior minister warned of bomb attacks by separatist cells.", []),
        ("The Syldavian central bank cautioned about a slump in exports next year.", []),
        # a warning that something will happen is a threat only when someone will do it
        ("The Syldavian defence minister warned that the army would answer any incursion.", ["THREATEN"]),
        ("The Syldavian finance minister warned that fuel prices would climb before winter.", []),
    ],
)
def test_a_warning_is_a_threat_only_with_an_addressee_or_a_consequence(nlp, text, coded):
    from sitrep.extract import entities
    from sitrep.extract.event_candidates import doc_event_candidates

    doc = nlp(text)
    assert [c["event_type"] for c in doc_event_candidates(doc, entities.doc_mentions(doc), None)] == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("The Hughes Group recently purchased Westport House for ten million euros.", []),
        ("Intel said it would offer $63.54 in cash for each share in Mobileye.", []),
        ("Russia offered Egypt modern armament for its helicopter carriers.", ["AGREE"]),
        ("The Syldavian government will provide $20 million to Borduria for flood relief.", ["AID"]),
        # a nationality that says where a firm is from makes it no state party
        ("German carmaker Volkswagen bought a large stake in the Italian football club Juventus.", []),
        # a deal that names a sum, a stake, a takeover: trade whatever the verb
        ("Microsoft announced a $26 billion deal to acquire LinkedIn.", []),
        ("Syldavia announced a $3 billion deal to buy fighter jets from Borduria.", ["COOPERATE"]),
        # group actors other than a market are political parties
        ("Rebel units were cooperating with the militants near the border.", ["COOPERATE"]),
    ],
)
def test_trade_between_companies_is_business(nlp, text, coded):
    from sitrep.extract import entities
    from sitrep.extract.event_candidates import doc_event_candidates

    doc = nlp(text)
    assert [c["event_type"] for c in doc_event_candidates(doc, entities.doc_mentions(doc), None)] == coded
