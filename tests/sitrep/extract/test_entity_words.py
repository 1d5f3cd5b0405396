"""Every entry of the lists of ``data/entity_words.json`` that carry an ``example`` does its job on it (the
sentence of our own with ``{word}`` / ``{Word}`` standing for the entry), through the real code: the model's
parse, the mention repair or the whole mention extraction. The same sentence with a word outside the list must
not act (the counterfactual)."""

import json

import pytest

from sitrep.extract import entities, entity_vocab, mention_repair, person_cues
from sitrep.extract.mention_span import Span

VOCAB = json.loads(entity_vocab.VOCAB_FILE.read_text(encoding="utf-8"))
#: a word in no list, put in the entry's place for the counterfactual
NEUTRAL = "vale"
#: lists a model's PERSON span is repaired by, and the label (None: the span is dropped) each entry gives it
REPAIRED = {"org_words": "ORG", "place_words": "LOC", "platforms": "ORG", "news_agencies": "ORG",
            "not_actor_words": None}  # fmt: skip


def _fill(template: str, word: str) -> str:
    return template.replace("{word}", word).replace("{Word}", word[:1].upper() + word[1:])


def _cases(keys) -> list[tuple[str, str]]:
    return [(k, w) for k in keys for w in sorted(VOCAB[k]["words"])]


def test_every_example_names_its_word():
    with_example = [k for k, v in VOCAB.items() if isinstance(v, dict) and "example" in v]
    named = {"office_heads", "spouse", "first_names_in_stopwords", "honorifics", "list_cues", "delegation_words"}
    assert set(REPAIRED) | named <= set(with_example)
    for k in with_example:
        assert ("{word}" in VOCAB[k]["example"] or "{Word}" in VOCAB[k]["example"]) and VOCAB[k]["name"], k


def _repaired(nlp, key: str, word: str) -> tuple[bool, str, str]:
    """(kept, label, surface) of the example's name taken by the model for a person, after the repair."""
    text, name = _fill(VOCAB[key]["example"], word), _fill(VOCAB[key]["name"], word)
    start = text.index(name)
    span = Span(start, start + len(name), "PERSON")
    kept = mention_repair._finish_span(nlp(text), span, True)
    return kept, span.label, text[span.start : span.end]


@pytest.mark.parametrize("key,word", _cases(REPAIRED))
def test_each_word_repairs_a_name_taken_for_a_person(nlp, key, word):
    kept, label, surface = _repaired(nlp, key, word)
    if REPAIRED[key] is None:
        assert not kept, (key, word, surface)
    else:
        assert kept and label == REPAIRED[key], (key, word, label, surface)
    assert _repaired(nlp, key, NEUTRAL)[:2] == (True, "PERSON")


def _mentions(nlp, text: str) -> list[dict]:
    return entities.doc_mentions(nlp(text))


@pytest.mark.parametrize("word", sorted(VOCAB["office_heads"]["words"]))
def test_each_office_head_names_one_office_holder(nlp, word):
    text = _fill(VOCAB["office_heads"]["example"], word)
    name = _fill(VOCAB["office_heads"]["name"], word)
    roles = [m for m in _mentions(nlp, text) if m["label"] == "ROLE"]
    assert [m["surface"] for m in roles] == [name] and roles[0]["country_iso3"] == "PER", roles
    assert not [m for m in _mentions(nlp, _fill(VOCAB["office_heads"]["example"], "farmer")) if m["label"] == "ROLE"]


@pytest.mark.parametrize("word", sorted(VOCAB["spouse"]["words"]))
def test_each_spouse_word_gives_the_spouse_the_country(nlp, word):
    text = _fill(VOCAB["spouse"]["example"], word)
    spouse = [m for m in _mentions(nlp, text) if m["surface"] == VOCAB["spouse"]["name"]]
    assert spouse and spouse[0]["country_iso3"] == "PER", spouse
    other = [m for m in _mentions(nlp, _fill(VOCAB["spouse"]["example"], "guest")) if m["surface"] == "Ana Vega"]
    assert other and other[0]["country_iso3"] != "PER", other


@pytest.mark.parametrize("word", sorted(VOCAB["first_names_in_stopwords"]["words"]))
def test_each_first_name_among_stop_words_stays_in_the_name(word):
    for first, kept in ((word, True), ("before", False)):  # 'Before Cordova': a stop word is peeled off
        text = _fill(VOCAB["first_names_in_stopwords"]["example"], first)
        name = _fill(VOCAB["first_names_in_stopwords"]["name"], first)
        span = Span(0, len(name), "PERSON")
        mention_repair.peel_person(text, span)
        assert (text[span.start : span.end] == name) is kept, (first, text[span.start : span.end])


@pytest.mark.parametrize("word", sorted(VOCAB["honorifics"]["words"]))
def test_each_honorific_makes_the_name_after_it_a_person(nlp, word):
    for before, person in ((word, True), ("the", False)):
        text = _fill(VOCAB["honorifics"]["example"], before)
        name = VOCAB["honorifics"]["name"]
        start = text.index(name)
        span = Span(start, start + len(name), "ORG")
        person_cues.title_cue(nlp(text), [span])
        assert (span.label == "PERSON") is person, (before, span.label)


@pytest.mark.parametrize(
    "key,word,other", [(k, w, o) for k, o in (("list_cues", "met"), ("delegation_words", "crowd")) for w in
                       sorted(VOCAB[k]["words"])]
)  # fmt: skip
def test_each_delegation_and_list_word_gives_the_members_the_country(nlp, key, word, other):
    for filler, country in ((word, "PER"), (other, None)):  # 'a delegation met X', 'a crowd led by X': no cue
        text = _fill(VOCAB[key]["example"], filler)
        member = [m for m in _mentions(nlp, text) if m["surface"] == VOCAB[key]["name"]]
        assert member and member[0]["country_iso3"] == country, (filler, member)


# --- lists whose effect the parse or the corpus decides: run with the entry, then with it removed -------------
#: lists with a `check`; each is the constant of entity_vocab named in capitals
CHECKED_LISTS = ("keep_labels", "loose_labels", "personlike_relabel", "determiners", "org_stopwords", "state_words",
                 "not_role", "generic_qualifiers", "non_person_nouns")  # fmt: skip


def _checked_cases() -> list[tuple[str, str, tuple[str, ...], str]]:
    """(list, entry, article texts, name) for every entry of the lists with a `check`."""
    out = []
    for key in CHECKED_LISTS:
        spec = VOCAB[key]
        for word in sorted(set(spec["words"]) - set(spec.get("no_effect", {}))):
            own = spec.get("examples", {}).get(word)
            if own:
                texts = tuple(own.get("articles") or [own["text"]])
                out.append((key, word, texts, own["name"]))
            else:
                out.append((key, word, (_fill(spec["example"], word),), _fill(spec["name"], word)))
    return out


CHECKED = _checked_cases()


@pytest.fixture(scope="module")
def parsed(nlp):
    """Every example article parsed once (one nlp.pipe)."""
    texts = sorted({t for _, _, texts, _ in CHECKED for t in texts})
    return dict(zip(texts, nlp.pipe(texts), strict=True))


def _observe(check: str, docs: list, name: str):
    """What the entry acts on: the named mention's label and country, the label a title gives a name taken for
    an organisation, the unnamed office holders found, or the entities the corpus resolves for the name."""
    if check == "mention":
        return [(m["label"], m["country_iso3"]) for m in entities.doc_mentions(docs[0]) if m["surface"] == name]
    if check == "role":
        return [m["surface"] for m in entities.doc_mentions(docs[0]) if m["label"] == "ROLE"]
    if check == "title_cue":
        start = docs[0].text.index(name)
        span = Span(start, start + len(name), "ORG")
        person_cues.title_cue(docs[0], [span])
        return span.label
    analyses = [{"article_id": f"a{i}", "mentions": entities.doc_mentions(d)} for i, d in enumerate(docs)]
    rows, _ = entities.resolve_entities(analyses)
    return sorted((r["canonical_name"], r["entity_type"]) for r in rows if name in r["canonical_name"])


def _without(monkeypatch, key: str, word: str) -> None:
    """The list without ``word`` in every extraction module that imported it."""
    import sys

    full = getattr(entity_vocab, key.upper())
    for mod in [m for n, m in sys.modules.items() if n.startswith("sitrep.extract")]:
        for attr, value in list(vars(mod).items()):
            if value is full:
                monkeypatch.setattr(mod, attr, full - {word})


def test_every_checked_list_has_examples_or_says_why_not():
    for key in CHECKED_LISTS:
        spec = VOCAB[key]
        assert spec["check"] in {"mention", "title_cue", "role", "entities"} and spec["effect"] in {"keeps", "blocks"}
        assert set(spec.get("no_effect", {})) <= set(spec["words"]), key
        for word in set(spec["words"]) - set(spec.get("no_effect", {})):
            assert word in spec.get("examples", {}) or "{word}" in spec.get("example", ""), (key, word)
    assert len(CHECKED) >= 35


@pytest.mark.parametrize(("key", "word", "texts", "name"), CHECKED, ids=lambda x: str(x)[:24])
def test_each_checked_entry_acts_and_its_removal_undoes_it(parsed, monkeypatch, key, word, texts, name):
    spec = VOCAB[key]
    docs = [parsed[t] for t in texts]
    with_entry = _observe(spec["check"], docs, name)
    _without(monkeypatch, key, word)
    without = _observe(spec["check"], docs, name)
    assert with_entry != without, (key, word, with_entry)
    if spec["effect"] == "keeps":  # the entry makes the mention, the person, the role or the one merged entity
        made = len(without) > len(with_entry) if spec["check"] == "entities" else without in ([], "ORG")
        assert made, (key, word, with_entry, without)
    else:  # the entry withholds the country, the person label or the role
        assert with_entry in ([], "ORG") or with_entry[0][1] is None, (key, word, with_entry, without)
