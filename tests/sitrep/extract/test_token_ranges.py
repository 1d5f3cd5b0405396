"""Token look-ups by character range that replaced walks over the whole document give the same tokens."""

from __future__ import annotations

import itertools

import spacy

from sitrep.extract.actor_cues import _countries_named
from sitrep.extract.mention_span import Span
from sitrep.extract.speakers import _tokens_starting_in


def test_tokens_starting_in_matches_a_walk_over_the_doc():
    doc = spacy.blank("en")("The Velorian envoy said, “we will  return”\n\nsoon. Talks   resume on Friday.")
    for start, end in itertools.product(range(-1, len(doc.text) + 2), repeat=2):
        walked = [t.i for t in doc if start <= t.idx < end]
        assert [t.i for t in _tokens_starting_in(doc, start, end)] == walked, (start, end)


def test_countries_named_reads_the_cover_of_the_token_range():
    place = Span(0, 7, "GPE", kind="country", country="XVA", model_label="GPE")
    people = Span(20, 27, "NORP", kind=None, country="XVB", model_label="NORP")
    person = Span(40, 45, "PERSON", kind=None, country="XVC", model_label="PERSON")
    cover = {0: place, 4: people, 5: people, 9: person}
    assert _countries_named(0, 10, cover) == {"XVA", "XVB"}
    assert _countries_named(1, 5, cover) == {"XVB"}
    assert _countries_named(6, 10, cover) == set()
