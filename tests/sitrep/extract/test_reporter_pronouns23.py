"""A 'he' or 'she' that is the passive subject of a reported clause is not its speaker when the speaker is a body,
a force, a country or a plural ('he was arrested on Monday, police said': the police arrest, they are not the one
arrested; ``reporter_pronouns``, ``data/quotes/body_speakers.txt``); an authority that tells an agentless
conviction is its doer ('she was found guilty, the court said'; ``event_authorities.CUSTODY_ACTS``). Sentences of
our own."""

import pytest

from sitrep.extract import quote_lexicon, reporter_pronouns


@pytest.mark.parametrize(
    ("text", "etype", "doer"),
    [
        ("He was arrested on Monday, police said.", "COERCE", "police"),
        ("Police said he was detained at the airport in Tarsia.", "COERCE", "police"),
        ("She was sentenced to five years in prison, the court said.", "COERCE", "judiciary"),
        ("He was found guilty of taking bribes, said the court.", "SANCTION", "judiciary"),
        ("She was convicted of fraud on Tuesday, the court said.", "SANCTION", "judiciary"),
        ("Officials said she was detained at the border.", "COERCE", "government"),
    ],
)
def test_the_body_that_tells_a_passive_act_is_its_doer_not_its_patient(event_roles, text, etype, doer):
    roles = event_roles(text, etype)
    assert ("source", doer) in roles, roles
    assert ("target", doer) not in roles, roles


def test_every_body_speaker_word_is_never_the_one_acted_on(event_roles):
    example = quote_lexicon.examples("body_speakers.txt")[""]
    for word in quote_lexicon.words("body_speakers.txt"):
        roles = event_roles(example.format(word=word), "COERCE")
        assert not any(role == "target" and word in name.lower() for role, name in roles), (word, roles)


def test_a_person_speaker_still_stands_for_his_pronoun(event_roles):
    # 'Switzerland said it had expelled the envoy': an active 'it' is still its speaker
    assert ("source", "Switzerland") in event_roles("Switzerland said it had expelled the envoy.", "SANCTION")
    # an active 'he' keeps a body speaker (mostly the same state's officer)
    roles = event_roles("He will visit Tarsia next week, the White House said.", "CONSULT")
    assert ("source", "White House") in roles, roles


def test_body_speaker_reads_the_word_lists(nlp):
    doc = nlp("The ministry said he was arrested.")
    assert reporter_pronouns.body_speaker(doc[1])
    doc = nlp("The minister said he was arrested.")
    assert not reporter_pronouns.body_speaker(doc[1])
