"""The trigger look-up gives what spaCy's ``Matcher`` with the same one-token patterns gives (same matches, same
order), so the triggers found, and every event after them, stay the same."""

from __future__ import annotations

from spacy.matcher import Matcher

from sitrep.extract import event_triggers, trigger_readings
from sitrep.extract.trigger_matcher import LemmaMatcher

TEXTS = [
    "The envoy threatened to expel the visiting delegation, and protesters rallied outside the ministry on Friday.",
    "A summit between the two leaders was held after the attack; the talks ended with a ceasefire agreement.",
    "Police arrested dozens of marchers. The minister condemned the arrests and demanded their release.",
    "Negotiators met again. They will meet and meet, the spokesman said, while aid convoys waited at the border.",
    "",
    "Nothing happened here at all.",
]


def _stock_matcher(vocab):
    lex = event_triggers.lexicon()
    matcher = Matcher(vocab)
    matcher.add("VERB", [[{"LEMMA": {"IN": sorted(lex.heads() | trigger_readings.COMPLEMENT_HEADS)}, "POS": "VERB"}]])
    matcher.add("NOUN", [[{"LEMMA": {"IN": sorted(lex.nouns)}, "POS": "NOUN"}]])
    return matcher


def test_same_matches_as_spacy_matcher(nlp):
    stock, ours = _stock_matcher(nlp.vocab), event_triggers.build_matcher(nlp.vocab)
    found = 0
    for doc in nlp.pipe(TEXTS):
        assert ours(doc) == stock(doc)
        found += len(ours(doc))
    assert found >= 10  # the sentences do hold triggers of both kinds


def test_token_order_and_list_order(nlp):
    doc = nlp("Rebels attacked the town and the army launched an attack.")
    matcher = LemmaMatcher(nlp.vocab)
    matcher.add("NOUN", "NOUN", ["attack", "town"])
    matcher.add("VERB", "VERB", ["attack", "launch"])
    kinds = [(nlp.vocab.strings[m], doc[s].text) for m, s, _e in matcher(doc)]
    assert kinds == [("VERB", "attacked"), ("NOUN", "town"), ("VERB", "launched"), ("NOUN", "attack")]
