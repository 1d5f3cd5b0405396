"""A country's name written before a thing's noun names whose the thing is, not where it is: 'tariffs on [US]
goods', 'attacks on [US] troops' place nothing in that country. Before a noun of a place (``data/owned_places.tsv``:
'on [US] soil', 'at a [Kenya] airport') it does, and so does a city's or a region's name before any noun ('at the
[Kabul] bureau') and a country's name before a proper name ('in the [US] Senate')."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Span

#: nouns of a place: a country's name before them places there
OWNED_PLACES = frozenset(r["noun"] for r in read_tsv("owned_places.tsv"))


def owner_state(span: Span, place: dict | None) -> bool:
    """The mention ``span``, resolved to the country-level ``place``, modifies a common noun after it that is no
    noun of a place."""
    if not place or place.get("level") != "country":
        return False
    root = span.root
    head = root.head
    return root.dep_ == "compound" and head.i >= span.end and head.pos_ == "NOUN" and head.lemma_ not in OWNED_PLACES
