"""Dashes standing for a lost space or line break in scraped news texts (``lost_spaces``): a dash glued to a
paragraph's last stop opens the next sentence; a dash glued to a comma is read as the comma, so a fronted phrase
before the clause's subject ends there. Abbreviations ('U.S.-led') and hyphenated words stay whole, and the text
and its offsets stay the body's own."""

from tests.sitrep.extract.coding import coded, dyads


def test_a_stop_dash_ends_the_sentence_and_keeps_the_next_name_whole(nlp):
    text = "He was sentenced to six weeks in prison.- Both cases were closely watched by Amnesty International."
    doc = nlp(text)
    assert doc.text == text
    sents = [s.text for s in doc.sents]
    assert sents[0] == "He was sentenced to six weeks in prison."
    assert sents[1].startswith("- Both cases")
    words = [t.text for t in doc]
    assert words[words.index("prison") : words.index("prison") + 3] == ["prison", ".", "-"]


def test_a_stop_dash_glued_to_the_next_word_is_split(nlp):
    doc = nlp("The summit will be held in Hamburg in July.-Germany holds the presidency this year.")
    assert [s.text for s in doc.sents][1].startswith("-Germany holds")
    assert "Germany" in [e.text for e in doc.ents]


def test_abbreviations_and_hyphenated_words_stay_whole(nlp):
    words = [t.text for t in nlp("The U.S.-led coalition and a well-known envoy met in St. Petersburg.")]
    assert "U.S.-led" in words
    assert "well" in words and "known" in words


def test_a_fronted_phrase_closed_by_a_comma_dash_keeps_the_speaker_as_source(nlp):
    text = (
        "In response to Trump's threats on trade,-Mexican Economy Minister Ildefonso Guajardo said on Thursday "
        "that his country could slap tariffs on US goods if talks fail."
    )
    assert any("Ildefonso Guajardo" in src for src, _ in dyads(nlp, text, "THREATEN")), coded(nlp, text)


def test_the_person_after_a_stop_dash_is_the_accuser(nlp):
    text = (
        "She led an inquiry into the killings by police.- Senator Paolo Aquino condemned the arrest of "
        "Senator Leila de Lima on Friday."
    )
    assert any("Paolo Aquino" in src for src, _ in dyads(nlp, text, "ACCUSE")), coded(nlp, text)
