"""Every entry of ``data/event_frames.json`` does its job on its example (a sentence of our own), run through the
real extraction (the model's parse, the mentions, the event candidates): with the entry the example's trigger
codes (``keeps``) or does not code (``blocks``) its event, and with the entry removed from the vocabulary the
effect is gone (the counterfactual). Entries listed under ``no_effect`` say why no sentence shows one."""

from __future__ import annotations

import json

import pytest

from sitrep.extract import entities, event_frames, event_senses
from sitrep.extract.event_candidates import doc_event_candidates

RAW = json.loads((event_frames.DATA_DIR / "event_frames.json").read_text(encoding="utf-8"))
REQUIRED = RAW["required_arguments"]


def _fill(template: str, word: str) -> str:
    return template.replace("{word}", word).replace("{Word}", word[:1].upper() + word[1:])


def _list_cases() -> list[tuple[str, str, str, str, str | None, str]]:
    """(list, entry, text, trigger, type, effect) for every entry of a word list with an effect."""
    out = []
    for key, spec in RAW.items():
        if key.startswith("_") or "words" not in spec:
            continue
        for word in spec["words"]:
            if word in spec.get("no_effect", {}):
                continue
            own = spec.get("examples", {}).get(word, {})
            text = own.get("text") or _fill(spec["example"], word)
            trigger = own.get("trigger") or _fill(spec.get("trigger", ""), word)
            etype = _fill(spec["type"], word) if "type" in spec else None
            out.append((key, word, text, trigger, etype, spec["effect"]))
    return out


def _required_cases() -> list[tuple[str, str, str | None, str, str]]:
    """(lemma category, requirement, entry or None for a flag, text, trigger) of every required argument."""
    out = []
    for key, need in REQUIRED.items():
        if key.startswith("_"):
            continue
        for kind, value in need.items():
            if kind in event_senses.REQUIREMENT_NOTES:
                continue
            for word in value if isinstance(value, list) else [None]:
                if (f"{kind} {word}" if word else kind) in need.get("no_effect", {}):
                    continue
                example = need["examples"][kind]
                out.append((key, kind, word, example["text"].replace("{word}", word or ""), example["trigger"]))
    return out


LIST_CASES = _list_cases()
REQUIRED_CASES = _required_cases()


@pytest.fixture(scope="module")
def docs(nlp):
    """Every example parsed once (one nlp.pipe)."""
    texts = sorted({c[2] for c in LIST_CASES} | {c[3] for c in REQUIRED_CASES})
    return dict(zip(texts, nlp.pipe(texts), strict=True))


def _codes(doc, trigger: str, etype: str | None) -> bool:
    """The example's trigger codes an event (of ``etype`` when given) in the article's candidates."""
    cands = doc_event_candidates(doc, entities.doc_mentions(doc), None)
    return any((etype is None or c["event_type"] == etype) and trigger.lower() in c["trigger"].lower() for c in cands)


def test_every_entry_has_an_example_or_says_why_not():
    for key, spec in RAW.items():
        if key.startswith("_"):
            continue
        if "words" in spec:
            assert spec["effect"] in {"blocks", "keeps"} and ("example" in spec or "examples" in spec), key
            assert set(spec.get("no_effect", {})) <= set(spec["words"]), key
            for word in set(spec["words"]) - set(spec.get("no_effect", {})):
                assert word in spec.get("examples", {}) or "{" in spec["example"], (key, word)
    for key, need in REQUIRED.items():
        if not key.startswith("_"):
            assert set(need.get("examples", {})) <= set(need) - event_senses.REQUIREMENT_NOTES, key
    assert len(LIST_CASES) >= 150 and len(REQUIRED_CASES) >= 30


@pytest.mark.parametrize(("key", "word", "text", "trigger", "etype", "effect"), LIST_CASES, ids=lambda x: str(x)[:24])
def test_each_frame_word_acts_on_its_example(docs, monkeypatch, key, word, text, trigger, etype, effect):
    doc = docs[text]
    full = event_frames.vocab()
    with_entry = _codes(doc, trigger, etype)
    monkeypatch.setattr(event_frames, "vocab", lambda: {**full, key: full[key] - {word}})
    without = _codes(doc, trigger, etype)
    assert (with_entry, without) == ((False, True) if effect == "blocks" else (True, False)), (key, word, text)


@pytest.mark.parametrize(("key", "kind", "word", "text", "trigger"), REQUIRED_CASES, ids=lambda x: str(x)[:24])
def test_each_required_argument_lets_its_trigger_code(docs, monkeypatch, key, kind, word, text, trigger):
    lemma, etype = key.rsplit(" ", 1)
    full = event_senses.vocab_required()
    assert _codes(docs[text], trigger, etype), (key, kind, word, text)
    need = dict(full[(lemma, etype)])
    if word is None:
        need.pop(kind)
    else:
        need[kind] = need[kind] - {word}
    monkeypatch.setattr(event_senses, "vocab_required", lambda: {**full, (lemma, etype): need})
    assert not _codes(docs[text], trigger, etype), (key, kind, word, text)
