"""Trigger entries constrained by round 31's trigger audit (``bench/trigger_audit.py`` on the development samples):
each constrained entry's wrong reading (a sense outside politics: sport, markets, commerce, weather) codes
nothing, its right reading still codes the event. Invented sentences, run through the real pipeline."""

import pytest

# (sentence, the entry's category): another sense of the trigger, no event of that category
WRONG = [
    ("Italian striker Ciro Immobile smashed Lorenzo Insigne's pass past the keeper.", "ASSAULT"),
    ("German goalkeeper Manuel Neuer blocked a shot from Italy's Ciro Immobile.", "COERCE"),
    ("Italian Prime Minister Paolo Gentiloni promised growth and prosperity.", "AGREE"),
    ("Italian striker Ciro Immobile pulled Italy out of trouble.", "RETREAT"),
    ("Japanese stocks gave back their early gains after Prime Minister Shinzo Abe spoke.", "RETREAT"),
    ("Chad's President Idriss Deby handed over the chairmanship to Guinea's President Alpha Conde.", "COOPERATE"),
    ("Qatar Airways said it would offer wi-fi at no charge to passengers on flights to Germany.", "AGREE"),
    ("Russia's National Guard will monitor rallies and football matches in Moscow.", "ACCUSE"),
    ("Turkish opposition leader Kemal Kilicdaroglu attended a rally against President Erdogan in Istanbul.", "CONSULT"),
    (
        "The Japanese Meteorological Agency issued typhoon warnings for Okinawa, the Japanese government said.",
        "THREATEN",
    ),
]

# (sentence, category, source, target): the same trigger in its political sense
RIGHT = [
    ("Protesters smashed the windows of the Turkish embassy in Berlin.", "PROTEST", "protesters", None),
    ("Turkish police blocked the road to the Kurdish town of Cizre.", "COERCE", "police", None),
    ("Italian Prime Minister Paolo Gentiloni promised aid to Libya.", "AGREE", "Paolo Gentiloni", "Libya"),
    ("Israeli troops pulled out of two villages in southern Lebanon on Tuesday.", "RETREAT", None, "Lebanon"),
    ("Israel gave back the captured territory to Egypt.", "RETREAT", "Israel", "Egypt"),
    ("Turkey handed over two suspects to Germany.", "COOPERATE", "Turkey", "Germany"),
    ("Sudanese rebels offered a truce to the government in Khartoum.", "AGREE", "rebels", None),
    ("Turkish police monitored the phones of the opposition leaders.", "ACCUSE", "police", None),
    ("Turkish President Erdogan attended a summit in Brussels with NATO leaders.", "CONSULT", "Erdogan", "NATO"),
    ("North Korea issued a warning to the United States over the drills.", "THREATEN", "North Korea", "United States"),
]


@pytest.mark.parametrize(("text", "etype"), WRONG, ids=[t[:40] for t, _ in WRONG])
def test_the_other_sense_codes_no_event_of_the_category(event_roles, text, etype):
    assert event_roles(text, etype) == set()


@pytest.mark.parametrize(("text", "etype", "source", "target"), RIGHT, ids=[t[:40] for t, *_ in RIGHT])
def test_the_political_sense_still_codes_the_event(event_roles, text, etype, source, target):
    roles = event_roles(text, etype)
    assert roles
    if source:
        assert ("source", source) in roles
    if target:
        assert ("target", target) in roles
