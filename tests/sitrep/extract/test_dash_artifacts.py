"""A comma glued to a dash and the next word ('the UN,-who said'), a lost space in some scraped news texts, is
split by the tokenizer (``dash_artifacts``), so the clause after it parses as after a plain comma; hyphenated
words and numbers stay whole."""

from tests.sitrep.extract.coding import coded, dyads


def test_a_comma_dash_is_split_from_the_words_around_it(nlp):
    doc = nlp("Laura Pike, the envoy to the OAS,-who spoke on Monday, left early.")
    words = [t.text for t in doc]
    assert words[words.index("OAS") : words.index("who") + 1] == ["OAS", ",", "-", "who"]
    assert doc.text == "Laura Pike, the envoy to the OAS,-who spoke on Monday, left early."


def test_hyphenated_words_and_numbers_stay_whole(nlp):
    words = [t.text for t in nlp("A well-known plan, rated 3,-2 in the poll, was dropped.")]
    assert "3,-2" in words
    assert "well" in words and "known" in words


def test_the_rejection_after_a_comma_dash_keeps_its_target(nlp):
    text = (
        "Ortega said Peru could end its border patrols in exchange for a halt to Chilean naval drills, a proposal "
        "quickly dismissed by Ana Ruiz, Chile's envoy to the UN,-who said Peru had to show good faith first."
    )
    assert any("Ortega" in tgt for _, tgt in dyads(nlp, text, "REJECT")), coded(nlp, text)
