"""Organisation names found again where the model left them untagged (``org_echoes``), on texts of our own."""

from __future__ import annotations

from sitrep.extract.doc_text import doc_text
from sitrep.extract.entities import doc_mentions
from sitrep.extract.mention_span import Span
from sitrep.extract.org_echoes import propagate_orgs


def _occurrences(text: str, name: str) -> list[int]:
    return [i for i in range(len(text)) if text.startswith(name, i)]


def _run(nlp, text: str, tagged: dict[str, tuple[int, str]]) -> list[tuple[str, str]]:
    """Mentions after propagation when the model tagged the ``tagged[name] = (n, label)`` first n occurrences."""
    doc = nlp(text)
    spans = [Span(s, s + len(name), label) for name, (n, label) in tagged.items() for s in _occurrences(text, name)[:n]]
    return [(doc_text(doc)[sp.start : sp.end], sp.label) for sp in propagate_orgs(doc, spans)]


def test_a_name_tagged_twice_an_organisation_is_one_everywhere(nlp):
    text = (
        "The Andean Rights Monitor said on Monday that the law was unjust. The Andean Rights Monitor "
        'added that it would appeal. "It is a political move,"?Andean Rights Monitor said in a statement.'
    )
    got = _run(nlp, text, {"Andean Rights Monitor": (2, "ORG")})
    assert got.count(("Andean Rights Monitor", "ORG")) == 3, got


def test_a_code_name_tagged_once_is_found_again(nlp):
    text = "The Northern Army (NRA) took the port on Monday. NRA forces then moved towards the town of Brega."
    got = _run(nlp, text, {"NRA": (1, "ORG")})
    assert got.count(("NRA", "ORG")) == 2, got


def test_a_person_s_name_the_model_called_an_organisation_once_is_not_spread(nlp):
    text = "Omer Celik told reporters on Monday that the deal was dead. Omer Celik later left for Brussels."
    got = _run(nlp, text, {"Omer Celik": (1, "ORG")})
    assert got == [("Omer Celik", "ORG")], got


def test_a_name_with_an_organisation_word_tagged_once_is_found_in_the_whole_pipeline(nlp):
    text = (
        "The Coastal Defence Brigades claimed the town on Monday. Fighters of the Coastal Defence Brigades "
        "then withdrew. Coastal Defence Brigades commanders denied it."
    )
    surfaces = [m["surface"] for m in doc_mentions(nlp(text)) if m["label"] == "ORG"]
    assert surfaces.count("Coastal Defence Brigades") == 3, surfaces


def test_a_code_name_after_a_sentence_ending_in_an_acronym_is_no_shouted_headline(nlp):
    text = "The Northern Army (NRA) took the port from the Coastal Brigades (CB). NRA forces then moved west."
    got = _run(nlp, text, {"NRA": (1, "ORG")})
    assert got.count(("NRA", "ORG")) == 2, got
    shouted = _run(nlp, "The Northern Army (NRA) took the port. WHAT NRA WANTS NOW", {"NRA": (1, "ORG")})
    assert shouted.count(("NRA", "ORG")) == 1, shouted
