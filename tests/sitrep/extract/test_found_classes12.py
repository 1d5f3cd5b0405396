"""Event recall classes of round 12: calling an actor a pejorative epithet is criticism (ACCUSE disapprove, the
CAMEO 'CALL: * LIAR' patterns widened to the @epithet class of data/trigger_objects.tsv), and a person's name the
model ran on into a description ('... Long-time ... critic') ends before the describer (data/entity_words.json
name_enders), so a surname after it is not taken for that person."""

from __future__ import annotations

import json

import pytest

from sitrep.extract import entities, entity_vocab, events, mention_repair
from sitrep.extract.mention_span import Span

VOCAB = json.loads(entity_vocab.VOCAB_FILE.read_text(encoding="utf-8"))


def _accusations(nlp, text: str) -> list[tuple[str | None, str | None]]:
    """(source surface, target surface) of the ACCUSE events coded in the text."""
    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    out = []
    for c in events.doc_event_candidates(doc, ments, None):
        if c["event_type"] != "ACCUSE":
            continue
        side = {p["role"]: ments[p["mention_idx"]]["surface"] for p in c["participants"]
                if p.get("mention_idx") is not None}  # fmt: skip
        out.append((side.get("source"), side.get("target")))
    return out


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ('Senator Ana Morel called President Tomas Brandt a "ruthless murderer" and demanded his resignation.',
         "Ana Morel", "Tomas Brandt"),
        ("Rebel spokesman Omar Haddad labelled General Ivo Petrov a war criminal.", "Omar Haddad", "Ivo Petrov"),
        ("Lena Varga, the opposition leader, has repeatedly described President Karl Odum as a dangerous demagogue.",
         "Lena Varga", "Karl Odum"),
    ],
)  # fmt: skip
def test_calling_an_actor_an_epithet_is_an_accusation(nlp, text, source, target):
    found = _accusations(nlp, text)
    assert any(s and t and source in s and target in t for s, t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Lena Varga called her rival Karl Odum a friend.",
        "Ana Morel called Tomas Brandt on Monday to discuss the killer storm.",
    ],
)
def test_calling_an_actor_a_neutral_name_or_phoning_is_no_accusation(nlp, text):
    assert _accusations(nlp, text) == []


def _cut(nlp, word: str) -> str:
    """The surface left of the model's run-on span 'Ana Ruiz <word> Vega' after the repair."""
    text = f"A photo showed Senator Ana Ruiz {word} Vega critic at the rally."
    start = text.index("Ana")
    span = Span(start, text.index(" critic"), "PERSON")
    mention_repair._finish_span(nlp(text), span, True)
    return text[span.start : span.end]


@pytest.mark.parametrize("word", sorted(VOCAB["name_enders"]["words"]))
def test_a_name_run_on_into_a_description_ends_before_the_describer(nlp, word):
    assert _cut(nlp, word[:1].upper() + word[1:]) == "Ana Ruiz"


def test_a_name_with_no_describer_keeps_its_words(nlp):
    assert _cut(nlp, "Vale") == "Ana Ruiz Vale Vega"
