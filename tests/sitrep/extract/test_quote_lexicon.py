"""Every entry of the quote word lists in ``data/quotes/`` does its job on the list's example (a sentence of our
own with ``{word}`` replaced by the entry), run through the real mention extraction and quote finding; and the
same sentence with a word outside the list does not (the counterfactual)."""

import re

import pytest

from sitrep.extract import entities, quote_lexicon
from sitrep.extract.quotes import doc_quotes

#: words outside every list, put in the entry's place for the counterfactual
NEUTRAL = {"noun": "dog", "verb": "slept"}


def _cases(name: str) -> list[tuple[str, str]]:
    example = quote_lexicon.examples(name)[""]
    return [(w, example.replace("{word}", w)) for w in quote_lexicon.words(name)]


def _verb_cases() -> list[tuple[str, str, str]]:
    examples = quote_lexicon.examples("speech_verbs.tsv")
    out = []
    for row in quote_lexicon._lines("speech_verbs.tsv"):
        lemma, forms, kind, *own = row.split("\t")
        out.append((lemma, kind, own[0] if own else examples[kind].replace("{word}", _form(forms, kind))))
    return out


def _form(forms: str, kind: str) -> str:
    """The form an example uses: the first inflected one, the -ing form for a source ('citing X')."""
    return next((f for f in forms.split() if f.endswith("ing")), "") if kind == "source" else forms.split()[0]


@pytest.fixture(scope="module")
def quotes_in(nlp):
    def run(text: str) -> list[dict]:
        doc = nlp(text)
        ments = entities.doc_mentions(doc)
        for q in doc_quotes(doc, ments):
            idx = q["speaker_mention_idx"]
            q["speaker"] = ments[idx]["surface"] if idx is not None else None
            yield q

    return lambda text: list(run(text))


def test_every_list_has_an_example():
    for name in ("naming_cues.txt", "speech_nouns.txt", "state_bodies.txt", "body_nouns.txt", "member_nouns.txt"):
        assert "{word}" in quote_lexicon.examples(name)[""], name
    kinds = {k for _, k, _ in _verb_cases()}
    assert kinds <= set(quote_lexicon.examples("speech_verbs.tsv")), kinds


@pytest.mark.parametrize("lemma,kind,text", _verb_cases(), ids=lambda x: x if isinstance(x, str) else "")
def test_each_verb_of_saying_gives_its_speaker(quotes_in, lemma, kind, text):
    found = quotes_in(text)
    assert found and found[0]["speaker"] == "Ana Ruiz", (lemma, text, found)
    row = next(r.split("\t") for r in quote_lexicon._lines("speech_verbs.tsv") if r.split("\t")[0] == lemma)
    other = quotes_in(re.sub(rf"\b{_form(row[1], kind)}\b", NEUTRAL["verb"], text, count=1))
    assert not other or other[0]["speaker"] != "Ana Ruiz", (lemma, other)


@pytest.mark.parametrize("word,text", _cases("naming_cues.txt"), ids=lambda x: x if len(x) < 20 else "")
def test_each_naming_cue_makes_the_quoted_phrase_a_name(quotes_in, word, text):
    assert not quotes_in(text), (word, text)
    assert quotes_in(text.replace(f" {word} ", " ", 1)), word


@pytest.mark.parametrize("word,text", _cases("speech_nouns.txt"), ids=lambda x: x if len(x) < 20 else "")
def test_each_speech_noun_gives_its_owner_as_speaker(quotes_in, word, text):
    found = quotes_in(text)
    assert found and found[0]["speaker"] == "Ana Ruiz", (word, found)
    other = quotes_in(text.replace(f"'s {word},", f"'s {NEUTRAL['noun']},", 1))
    assert not other or other[0]["speaker"] != "Ana Ruiz", (word, other)


@pytest.mark.parametrize("word,text", _cases("state_bodies.txt"), ids=lambda x: x if len(x) < 20 else "")
def test_each_state_body_speaks_for_its_country(quotes_in, word, text):
    found = quotes_in(text)
    assert found and found[0]["speaker_country_iso3"] == "PER", (word, found)
    other = quotes_in(text.replace(f" {word} ", f" {NEUTRAL['noun']} ", 1))
    assert not other or other[0]["speaker_country_iso3"] != "PER", (word, other)


@pytest.mark.parametrize(
    "word,text", _cases("body_nouns.txt") + _cases("member_nouns.txt"), ids=lambda x: x if len(x) < 20 else ""
)
def test_each_description_of_a_body_goes_to_the_body_named_before(quotes_in, word, text):
    found = quotes_in(text)
    assert found and found[0]["speaker"] == "Andean Fisheries Council", (word, found)
    other = quotes_in(text.replace(f" {word} ", f" {NEUTRAL['noun']} ", 1))
    assert not other or other[0]["speaker"] != "Andean Fisheries Council", (word, other)
