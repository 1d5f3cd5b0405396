"""Event types of classes of sentences from the round-nine review of wrong and missing types: speaking out
against (ACCUSE, not a meeting), votes for or against (SUPPORT / REJECT), passive expulsions of diplomats
(SANCTION expel), weapons tests (MOBILIZE weapons), namings that judge
('called the move unacceptable': ACCUSE)."""

from __future__ import annotations

import pytest

from sitrep.extract import entities, events


def _coded(nlp, text: str) -> list[dict]:
    doc = nlp(text)
    return events.doc_event_candidates(doc, entities.doc_mentions(doc), None)


def _types(nlp, text: str) -> set[str]:
    return {c["event_type"] for c in _coded(nlp, text)}


@pytest.mark.parametrize(
    ("text", "etype"),
    [
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
    ],
)
def test_class_is_coded_as_its_plover_type(nlp, text, etype):
    assert etype in _types(nlp, text), (text, _coded(nlp, text))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Portugal's foreign ministry spoke out against the border closure on Monday.", "CONSULT"),
        ("A Peruvian diplomat was expelled from Bolivia on Friday.", "COERCE"),
        ("Iran test-fired a ballistic missile.", "ASSAULT"),
        # 'called X on <day>' is a phone call, not 'call on' (a request)
        ("Chile's president called his Peruvian counterpart on Monday.", "REQUEST"),
        ("The Bolivian senator launched her presidential bid in June.", "SANCTION"),
        ("Thousands of Malian villagers took refuge in Niger.", "AID"),
    ],
)
def test_class_is_not_coded_as_the_old_type(nlp, text, wrong):
    assert wrong not in _types(nlp, text), (text, _coded(nlp, text))
