"""Event types of classes of sentences that general news codes wrongly or not at all: gifts of equipment (AID to
the recipient), withdrawn privileges (SANCTION), troops taking up positions (MOBILIZE, not a seizure), courts and
prosecutors as actors (REJECT, ACCUSE allege, SANCTION convict); speaking out against (ACCUSE, not a meeting),
votes for or against (SUPPORT / REJECT), passive expulsions of diplomats (SANCTION expel), weapons tests
(MOBILIZE weapons), namings that judge ('called the move unacceptable': ACCUSE)."""

from __future__ import annotations

import pytest

from sitrep.extract import entities, events
from tests.sitrep.extract.coding import coded as _coded
from tests.sitrep.extract.coding import types as _types


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Norway gave Iceland four rescue boats last spring.", "AID"),
        ("Austria handed over six helicopters to the Slovenian border police.", "AID"),
        ("Portugal is scrapping visa-free travel for Moroccan citizens.", "SANCTION"),
        ("Kenya revoked the licences of two Ugandan airlines.", "SANCTION"),
        ("Hungarian soldiers took up positions along the Serbian border.", "MOBILIZE"),
        ("Ghanaian troops took positions around the Togolese embassy.", "MOBILIZE"),
        ("Ghanaian troops took rebel positions near the border.", "ASSAULT"),
        ("A Kenyan court rejected the appeal of the opposition leader.", "REJECT"),
        ("Nigerian prosecutors charged the former governor with fraud.", "ACCUSE"),
        ("A Tunisian court convicted the former minister of graft.", "SANCTION"),
        ("Portugal's foreign ministry spoke out against the border closure on Monday.", "ACCUSE"),
        ("Chile voted in favour of the fisheries resolution.", "SUPPORT"),
        ("Norway voted against the proposed whaling quota.", "REJECT"),
        ("A Peruvian diplomat was expelled from Bolivia on Friday.", "SANCTION"),
        ("A Chilean attache has been ejected from Argentina.", "SANCTION"),
        ("Iran test-fired a ballistic missile.", "MOBILIZE"),
        ("Pakistan fired a cruise missile into the sea during the drill.", "MOBILIZE"),
        ('Finland called the border closure "completely unacceptable".', "ACCUSE"),
        ("Chile called the referendum a sham.", "ACCUSE"),
        ("Peru called on Bolivia to reopen the border.", "REQUEST"),
        ("A Chilean court found the former mayor guilty of fraud.", "SANCTION"),
        ("Canada slapped tariffs on Chinese steel.", "SANCTION"),
        ("Turkey raised tariffs on American cars in retaliation.", "SANCTION"),
        ("Georgia handed over the bodies of three soldiers to Azerbaijan.", "RETREAT"),
        ("Poland sent forty tanks to Ukraine last year.", "AID"),
        ("Norway delivered anti-ship missiles to the Estonian navy.", "AID"),
    ],
)
def test_class_is_coded_as_its_plover_type(nlp, text, etype):
    assert etype in _types(nlp, text), (text, _coded(nlp, text))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Hungarian soldiers took up positions along the Serbian border.", "ASSAULT"),
        ("Nigerian prosecutors charged the former governor with fraud.", "COERCE"),
        ("Austria handed over six helicopters to the Slovenian border police.", "COOPERATE"),
        ("Portugal's foreign ministry spoke out against the border closure on Monday.", "CONSULT"),
        ("A Peruvian diplomat was expelled from Bolivia on Friday.", "COERCE"),
        ("Iran test-fired a ballistic missile.", "ASSAULT"),
        # 'called X on <day>' is a phone call, not 'call on' (a request)
        ("Chile's president called his Peruvian counterpart on Monday.", "REQUEST"),
        ("The Bolivian senator launched her presidential bid in June.", "SANCTION"),
        ("Thousands of Malian villagers took refuge in Niger.", "AID"),
        ("Police handed over the suspect to the Spanish authorities.", "RETREAT"),
        ("Russia sent tanks to the border.", "AID"),
    ],
)
def test_class_is_not_coded_as_the_old_type(nlp, text, wrong):
    assert wrong not in _types(nlp, text), (text, _coded(nlp, text))


def test_gift_of_equipment_has_the_recipient_as_target(nlp):
    doc = nlp("Norway gave Iceland four rescue boats last spring.")
    mentions = entities.doc_mentions(doc)
    (cand,) = [c for c in events.doc_event_candidates(doc, mentions, None) if c["event_type"] == "AID"]
    surface = {m["idx"]: m["surface"] for m in mentions}
    roles = {(p["role"], surface[p["mention_idx"]]) for p in cand["participants"]}
    assert roles == {("source", "Norway"), ("target", "Iceland")}, cand


def test_participle_on_a_group_is_its_own_event_under_another_trigger(nlp):
    types = _types(nlp, "Slovak police detained farmers protesting the grain quotas in Bratislava.")
    assert {"COERCE", "PROTEST"} <= types


def test_participle_on_a_thing_stays_part_of_the_governing_act(nlp):
    assert "REQUEST" not in _types(nlp, "Latvia rejected an Estonian plan calling for new border talks.")


@pytest.mark.parametrize(
    ("text", "etype", "wrong"),
    [
        ("Latvia vowed not to hand back the disputed islands to Estonia.", "REJECT", "AGREE"),
        ("The Slovak premier pledged never to recognise the Hungarian claim.", "REJECT", "AGREE"),
        ("Latvia promised not to attack Estonia.", "AGREE", "THREATEN"),
    ],
)
def test_negated_promise_is_a_refusal_or_a_promise_to_refrain(nlp, text, etype, wrong):
    types = _types(nlp, text)
    assert etype in types and wrong not in types, (text, _coded(nlp, text))
