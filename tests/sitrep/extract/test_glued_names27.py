"""An organisation's name glued to the words before it by stray punctuation ('reporters,"-Ministry of Interior') is
kept after the glue (``mention_repair._clean_piece``), a name before the glue still before it, through the real
pipeline."""

from sitrep.extract import entities


def test_a_name_glued_after_a_lower_case_word_is_kept(nlp):
    doc = nlp('The spokesman told reporters,"-Ministry of Interior forces arrested ten protesters on Monday.')
    got = {m["surface"]: m["label"] for m in entities.doc_mentions(doc)}
    assert got.get("Ministry of Interior") == "ORG", got


def test_a_name_before_the_glue_is_still_kept(nlp):
    doc = nlp("The Lisbon Treaty,-officially signed by Kenya and Chile in 2007, took effect.")
    got = {m["surface"] for m in entities.doc_mentions(doc)}
    assert not any("officially" in s for s in got), got
