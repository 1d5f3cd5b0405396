"""Round 32's per-Doc look-ups for the workers' extraction (``doc_text.token_texts``, ``verb_index.verb_tokens``,
``clause_readings.clause_words``) and the readings that now ask them first: the same answers as a scan of every
token, kept per Doc and never carried with a Doc sent as bytes."""

from spacy.tokens import Doc

from sitrep.extract import clause_readings, event_triggers, frame_clauses
from sitrep.extract.doc_bytes import DOC_BYTES_EXCLUDE
from sitrep.extract.doc_text import token_texts
from sitrep.extract.verb_index import verb_tokens

TEXT = (
    "The foreign minister of Ruritania said on Monday that the seizure of the fishing boats was illegal. "
    "The rebel leaders held Freedonia responsible for the deaths of two soldiers, and its army will face sanctions."
)


def test_token_texts_are_every_tokens_text_kept_per_doc(nlp):
    doc = nlp(TEXT)
    words = token_texts(doc)
    assert words == [t.text for t in doc]
    assert token_texts(doc) is words  # read once per Doc


def test_verb_tokens_are_the_verbs_and_auxiliaries_in_text_order(nlp):
    doc = nlp(TEXT)
    verbs = verb_tokens(doc)
    assert [t.i for t in verbs] == [t.i for t in doc if t.pos_ in {"VERB", "AUX"}]
    assert {"said", "held", "face"} <= {t.text for t in verbs}
    assert verb_tokens(doc) is verbs


def test_a_doc_from_bytes_finds_its_own_verbs(nlp):
    doc = nlp(TEXT)
    verb_tokens(doc)
    token_texts(doc)
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes(exclude=DOC_BYTES_EXCLUDE), exclude=DOC_BYTES_EXCLUDE)
    assert not again.user_data  # the look-ups stay with the Doc that made them
    assert [t.i for t in verb_tokens(again)] == [t.i for t in verb_tokens(doc)]
    assert verb_tokens(again)[0].doc is again


def test_clause_words_hold_every_word_a_clause_reading_can_read(nlp):
    doc = nlp(TEXT)
    verbs, nouns = clause_words = clause_readings.clause_words(doc)
    assert clause_words
    assert {t.i for t in verb_tokens(doc)} <= {t.i for t in verbs}
    assert [t.i for t in nouns] == [t.i for t in doc if t.pos_ == "NOUN"]


def test_the_clause_readings_read_from_those_words_as_from_every_token(nlp):
    doc = nlp(TEXT)
    fast: dict = {}
    clause_readings.add_clause_readings(doc, fast)
    slow: dict = {}
    verbs, nouns = clause_readings.clause_words(doc)
    for tok in doc:  # the readings asked of every token give nothing more
        if (trig := clause_readings.told_reading(tok)) is not None:
            assert tok in verbs
            slow[tok.i] = trig
    assert {i: t.reading.plover for i, t in fast.items()} == {i: t.reading.plover for i, t in slow.items()}
    assert {doc[i].text for i in fast} >= {"said", "held"}


def test_a_fact_box_needs_its_colons_and_a_sentence_without_one_is_none(nlp):
    box = nlp("Two men were wounded in a bomb attack ATTACKER: Juan Ortiz TARGET: a police station in Lima.")
    trig = next(t for t in box if t.text == "attack")
    assert frame_clauses.fact_box(trig)
    plain = nlp("Two men were wounded in a bomb attack near a police station in Lima on Monday.")
    assert not frame_clauses.fact_box(next(t for t in plain if t.text == "attack"))


def test_the_triggers_of_an_article_are_found_as_before(nlp):
    doc = nlp(TEXT)
    found = event_triggers.find_triggers(doc, event_triggers.build_matcher(nlp.vocab))
    kinds = {t.token.text: t.reading.plover for t in found}
    assert kinds.get("said") == "ACCUSE"  # the seizure judged illegal
    assert kinds.get("held") == "ACCUSE"  # held responsible
