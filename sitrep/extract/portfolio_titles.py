"""A title over two places joined by 'and' names the region a post covers, not the holder's state: "its Peru and
Chile director X", "the group's Ruritania and Vale programme head X" say where X works (an organisation's regional
director is often of a third state, and the text tells X's own state elsewhere: "X, a US citizen"). The title walk
(``actor_context``) passes both places and takes no country from them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.mention_span import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

PAIR_WORDS = frozenset({"and", "&"})


def paired_place_start(doc: Doc, start: int, cover: dict[int, Span], title: list[str]) -> int | None:
    """For a place whose mention opens at token ``start`` inside a title run (``title``: the title words already
    read right of it), preceded by 'and' and another place of a country: the first token of that other place;
    else None."""
    if not title or start < 2 or doc[start - 1].lower_ not in PAIR_WORDS:
        return None
    first = cover.get(start - 2)
    if first is None or first.label != "GPE" or not first.country:
        return None
    toks = doc.char_span(first.outer_start, first.end, alignment_mode="expand")
    return toks.start if toks is not None else None
