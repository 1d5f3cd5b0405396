"""Not-an-event and wrong-type classes of the development sample of seed 3838, each checked on sentences of our own
through the real extraction.

- four verb-block headers of CAMEO.2.0.txt have no space after their code ('---  DELAY   [120]---  ---'); the
  builder read them as verbs, so their verbs ('defer', 'postpone', 'obstruct', 'override') took the block before
  (BLAME 112: criticism) and that block took their patterns ('DELAY: * VOTE' read for 'condemn')
  (``scripts/build_triggers.py`` HEADER, ``trigger_verbs.tsv``, ``trigger_patterns.tsv``);
- found 'not guilty' or 'not liable' is an acquittal (CONCEDE, as 'acquit'), not a conviction: the 'not' on the
  predicate adjective negates the finding (``event_triggers.negated``, the ``negated`` cell of 'find guilty');
- an adverb of degree right before a participle or an adjective makes it a manner or a state ('has been fairly
  restrained in its comments', 'was very guarded'), no act (``frame_clauses.graded``, ``degree_adverbs`` of
  ``event_frames.json``);
- offering resistance, opposition or a fight is no offer of anything (``trigger_senses.tsv``);
- a participle of a stance held after its noun describes the noun ('a rebel group opposed to the regime'), as a
  relative clause in the present does; with a 'by' agent it tells the agent's stance
  (``frame_clauses.describing_relative`` with ``stative_passives``).
"""

import pytest

from sitrep.extract.event_triggers import lexicon
from tests.sitrep.extract.coding import coded, dyads, types


@pytest.mark.parametrize(("verb", "block"), [("defer", "delay"), ("postpone", "delay"), ("override", "overrule")])
def test_a_header_without_a_space_opens_its_block(verb, block):
    got, reading = lexicon().verbs[verb]
    assert (got, reading.plover) == (block, "REJECT")


def test_the_header_is_no_verb_and_its_patterns_stay_in_its_block():
    lex = lexicon()
    assert not [v for v in lex.verbs if v.startswith("-")]
    assert ("blame", "", "vote") not in lex.patterns
    assert ("delay", "", "vote") in lex.patterns


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean senate postponed the vote on the Peruvian treaty.",
        "Chile obstructed the Peruvian investigation into the border incident.",
        "The Chilean court deferred the hearing of the Peruvian fishermen.",
    ],
)
def test_delaying_is_no_accusation(nlp, text):
    assert "ACCUSE" not in types(nlp, text)


def test_condemning_a_vote_stays_criticism(nlp):
    assert types(nlp, "Chile condemned the Peruvian vote on the border treaty.") == {"ACCUSE"}


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian general was found not guilty of treason.",
        "A Chilean court found the Peruvian general not guilty of treason.",
        "The Peruvian general was not found guilty of treason.",
        "The Chilean mining company was found not liable for the spill in Peru.",
    ],
)
def test_found_not_guilty_is_an_acquittal(nlp, text):
    assert types(nlp, text) == {"CONCEDE"}


def test_found_guilty_stays_a_conviction(nlp):
    cands = coded(nlp, "A Chilean court found the Peruvian general guilty of treason.")
    assert [(c["event_type"], c["event_mode"]) for c in cands] == [("SANCTION", "convict")]


def test_an_acquittal_names_the_acquitted_as_target(nlp):
    assert any(
        "Peruvian" in tar for _, tar in dyads(nlp, "The Peruvian general was found not guilty of treason.", "CONCEDE")
    )


@pytest.mark.parametrize(
    "text",
    [
        "Chile has been fairly restrained in its remarks about Peru.",
        "The Chilean army was quite restrained during the Peruvian protests.",
        "The Chilean government was very guarded in its response to Peru.",
    ],
)
def test_a_graded_participle_is_a_state(nlp, text):
    assert not types(nlp, text) & {"COERCE", "AID"}


@pytest.mark.parametrize(
    "text",
    [
        "Chilean police restrained the Peruvian protesters outside the embassy.",
        "Chilean police quickly restrained the Peruvian protesters outside the embassy.",
        "The Peruvian protesters were restrained by Chilean police.",
    ],
)
def test_a_restraint_done_stays_coercion(nlp, text):
    assert "COERCE" in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile said it would offer tough opposition to the Peruvian plan.",
        "The Chilean opposition said it would offer tough resistance to the Peruvian trade plan.",
    ],
)
def test_offered_resistance_is_no_offer(nlp, text):
    assert "AGREE" not in types(nlp, text)


def test_offered_talks_stay_an_offer(nlp):
    assert "AGREE" in types(nlp, "Chile offered Peru talks on the border.")


@pytest.mark.parametrize(
    "text",
    [
        "Mr Ruiz was alleged to have been involved with a Peruvian rebel group opposed to the regime.",
        "The Chilean senator leads a party opposed to the Peruvian treaty.",
    ],
)
def test_a_stance_participle_after_its_noun_describes_it(nlp, text):
    assert "REJECT" not in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile was opposed to the new tariffs on Peru.",
        "The Peruvian treaty, opposed by the Chilean senate, was signed on Monday.",
    ],
)
def test_a_stance_told_of_its_holder_stays(nlp, text):
    assert "REJECT" in types(nlp, text)
