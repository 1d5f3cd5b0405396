"""A bare verb the parser reads as a noun object ('help Brown win', 'helping start her bakery') is the act help is
lent to (``misread_verbs``): help to a person's act is no aid, as when the parser reads the verb as one."""

from spacy.tokens import Doc

from sitrep.extract import entities, misread_verbs
from sitrep.extract.event_candidates import doc_event_candidates


def _codes(nlp, text: str, trigger: str, etype: str) -> bool:
    doc = nlp(text)
    cands = doc_event_candidates(doc, entities.doc_mentions(doc), None)
    return any(c["event_type"] == etype and trigger in c["trigger"] for c in cands)


def _doc(nlp, words, heads, deps, tags, pos):
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_help_to_a_persons_act_read_as_a_noun_is_no_aid(nlp):
    text = "Peru's intelligence services were quietly trying to help Brown win by leaking files on his opponent."
    doc = nlp(text)
    help_ = next(t for t in doc if t.text == "help")
    assert [t.text for t in misread_verbs.misread_verbs(help_)] == ["win"]
    assert not _codes(nlp, text, "help", "AID")


def test_help_to_a_state_stays_aid(nlp):
    assert _codes(nlp, "Chile helped Peru rebuild its ports after the earthquake.", "helped", "AID")
    assert _codes(nlp, "Chilean troops helped the Peruvian flood victims on Monday.", "helped", "AID")


def test_a_name_read_as_a_determiner_is_the_doer_of_the_misread_verb(nlp):
    words = ["agents", "help", "Garcia", "win"]
    doc = _doc(
        nlp,
        words,
        [1, 1, 3, 1],
        ["nsubj", "ROOT", "det", "dobj"],
        ["NNS", "VB", "NNP", "NN"],
        ["NOUN", "VERB", "PROPN", "NOUN"],
    )
    assert [t.text for t in misread_verbs.misread_verbs(doc[1])] == ["win"]
    assert [t.text for t in misread_verbs.named_doers(doc[3])] == ["Garcia"]


def test_a_bare_noun_before_a_second_object_is_a_verb(nlp):
    words = ["helping", "launch", "his", "career"]
    doc = _doc(
        nlp,
        words,
        [0, 0, 3, 0],
        ["ROOT", "dobj", "poss", "dobj"],
        ["VBG", "NN", "PRP$", "NN"],
        ["VERB", "NOUN", "PRON", "NOUN"],
    )
    assert [t.text for t in misread_verbs.misread_verbs(doc[0])] == ["launch"]


def test_a_plain_object_is_no_verb(nlp):
    words = ["helped", "the", "victims"]
    doc = _doc(nlp, words, [0, 2, 0], ["ROOT", "det", "dobj"], ["VBD", "DT", "NNS"], ["VERB", "DET", "NOUN"])
    assert misread_verbs.misread_verbs(doc[0]) == []
