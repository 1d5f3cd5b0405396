"""Round 39: senses of ordinary verbs that are no event. A message sent to no one is no consultation
(``unaddressed_messages``); approving projects, financial instruments or reparations approves no party's act
(``trigger_senses.tsv`` approve row); a message with an addressee, a treaty, a decision or sanctions approved stay
what they code."""

import pytest

from sitrep.extract import event_senses, event_triggers
from sitrep.extract.data_files import read_tsv
from sitrep.extract.unaddressed_messages import unaddressed_message

NO_EVENT = [
    ("Freedonia tried to send a message by arresting some Ruritanian activists.", "CONSULT"),
    ("Ivan Petrov even sent a message just before the attack.", "CONSULT"),
    ("Chile's planning ministry approved 140 road projects worth 9 billion pesos last year.", "SUPPORT"),
    ("Freedonian banks may now trade bonds and other instruments approved by Ruritanian regulators.", "SUPPORT"),
    ('In May, judges of the Ruritanian court approved "collective reparations" for the victims.', "SUPPORT"),
]

STAYS = [
    ("Freedonian President Ivan Petrov sent the Ruritanian president a congratulatory message.", "CONSULT"),
    ("Freedonia sent a message to Ruritania on Monday.", "CONSULT"),
    ("Ivan Petrov sent a letter to the Ruritanian president.", "CONSULT"),
    ("The Freedonian senate approved the trade treaty with Ruritania on Tuesday.", "SUPPORT"),
    ("Freedonia's constitutional court approved the decision of the parliament.", "SUPPORT"),
    ("Freedonia approved Ruritania's plan for the border.", "SUPPORT"),
    ("The Freedonian parliament approved sanctions against Ruritania.", "SANCTION"),
]


@pytest.mark.parametrize(("text", "etype"), NO_EVENT)
def test_the_other_sense_codes_no_event(event_roles, text, etype):
    assert event_roles(text, etype) == set()


@pytest.mark.parametrize(("text", "etype"), STAYS)
def test_the_event_sense_stays(event_roles, text, etype):
    assert event_roles(text, etype)


def test_every_row_example_sends_a_message_to_no_one(nlp):
    rows = read_tsv("unaddressed_messages.tsv")
    assert rows
    for row in rows:
        doc = nlp(row["example"])
        trig = next(t for t in doc if t.lemma_.lower() == row["lemma"])
        assert unaddressed_message(trig, row["plover"]), row["example"]
        assert event_senses.sense_type(trig, None, row["plover"]) is None, row["example"]


def test_an_addressee_loose_in_the_parse_still_counts(nlp):
    doc = nlp("Freedonia has been firm in sending out a clear message to Ruritania that it will not yield.")
    trig = next(t for t in doc if t.lemma_.lower() == "send")
    assert not unaddressed_message(trig, "CONSULT")


def test_approving_a_treaty_is_still_support(nlp):
    doc = nlp("The Freedonian senate approved the treaty on Tuesday.")
    trig = next(t for t in doc if t.lemma_.lower() == "approve")
    found = event_triggers.read_verb(trig)
    assert event_senses.sense_type(trig, found.object if found else None, "SUPPORT") == "SUPPORT"
