"""Names an editor completed in square brackets ('[Jean-Claude] Juncker'), on texts of our own."""

from __future__ import annotations

from sitrep.extract.entities import doc_mentions
from sitrep.extract.resolution import resolve_entities


def _resolved(nlp, text: str) -> list[tuple[str, str, str]]:
    ments = doc_mentions(nlp(text))
    rows, ment_ent = resolve_entities([{"article_id": "a", "mentions": ments}])
    names = {r["entity_id"]: r["canonical_name"] for r in rows}
    return [(m["surface"], m["label"], names[ment_ent[("a", m["idx"])]]) for m in ments]


def test_a_surname_after_bracketed_given_names_is_the_full_name(nlp):
    got = _resolved(
        nlp,
        'The minister said: "Commission Head [Ana Maria] Lindqvist and Commissioner for Trade [Pavel] Horak '
        'are making hostile statements."',
    )
    assert ("Lindqvist", "PERSON", "Ana Maria Lindqvist") in got, got
    assert ("Horak", "PERSON", "Pavel Horak") in got, got
    assert not [g for g in got if "]" in g[0] or "[" in g[0]], got


def test_a_possessive_after_the_bracket_is_left_out(nlp):
    got = _resolved(nlp, '"We reject [Vladimir] Putin\'s claims," she said.')
    assert ("Putin", "PERSON", "Vladimir Putin") in got, got


def test_a_bracketed_title_only_tells_a_person(nlp):
    got = _resolved(nlp, '"We will not allow it," [President] Okafor said on Monday.')
    assert ("Okafor", "PERSON", "Okafor") in got, got
