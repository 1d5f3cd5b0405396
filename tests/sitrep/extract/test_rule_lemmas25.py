"""The lemmas sitrep reads do not depend on the installed spaCy release (``rule_lemmas``: spaCy 3.8.18's rule)."""

import pytest
import spacy

from sitrep.config import DEFAULT_MODEL
from sitrep.extract.nlp import load_nlp
from sitrep.extract.rule_lemmas import rule_lemmas


@pytest.fixture(scope="module")
def nlp():
    return load_nlp(DEFAULT_MODEL)


def test_known_form_of_the_last_rule_wins(nlp):
    # our own sentence: each verb has two suffix rules making a known word ("hope"/"hop", "stage"/"stag"); spaCy
    # 3.8.18's rule keeps the last ("hop"), 3.8.2's the first ("hope"): sitrep reads 3.8.18's whatever is installed
    doc = nlp("She was hoping the rebels staged the raid while riding north, and he hoped it waned.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["hoping"] == "hop" and lemmas["hoped"] == "hop"
    assert lemmas["staged"] == "stag" and lemmas["riding"] == "rid" and lemmas["waned"] == "wan"


def test_same_as_the_stock_rule_of_this_release_order(nlp):
    # exceptions still come first ("ran" -> "run"), unknown words keep their own form
    doc = nlp("The troops ran towards the zorblaxed villages.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["ran"] == "run" and lemmas["villages"] == "village" and lemmas["troops"] == "troop"


def test_stock_component_agrees_on_other_words():
    stock = spacy.load(DEFAULT_MODEL)
    lemmatizer = stock.get_pipe("lemmatizer")
    doc = stock("Ministers were meeting in Geneva and signed accords after talks.")
    for tok in doc:
        if tok.lemma_ and tok.pos_ not in ("", "SPACE"):
            assert rule_lemmas(lemmatizer, tok)[0] == tok.lemma_ or tok.text.lower() in {"were"}
