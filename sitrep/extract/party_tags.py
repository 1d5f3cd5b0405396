"""A party-and-state tag after a legislator's name ('McConnell, R-Ky., said', 'Sen. Ana Ruiz (D-Calif.)') says
which party and state the person represents: the state's abbreviation is no actor of the person's act.

The parser hangs the tag as an appositive of the name (or as a parenthesis); the model often labels the state's
abbreviation a place ('Ky.', 'Calif.'), and a name resolver may even read it as a person ('Ky.' as a surname).
A tag is the party letter, a hyphen and the state: the party letters are those of the US Congress's own
listings (Republican, Democrat, Independent).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: party letters of a legislator's tag ('R-Ky.', 'D-N.J.', 'I-Vt.')
PARTY_LETTERS = {"R", "D", "I"}
#: the marks between the letter and the state
HYPHENS = {"-", "–", "‑"}


def party_tag(tok: Token) -> bool:
    """Whether ``tok`` heads a party-and-state tag ('Ky.' of 'R-Ky.', 'Calif' of 'D-Calif'), its letter and
    hyphen before it, or is a glued one ('R-Ky.' as one token)."""
    first = tok.left_edge
    head, _, rest = tok.text.partition("-")
    if first.i == tok.i:
        return head in PARTY_LETTERS and bool(rest) and rest[:1].isupper()
    words = [t.text for t in tok.doc[first.i : tok.i]]
    return len(words) >= 2 and words[0] in PARTY_LETTERS and words[1] in HYPHENS and tok.text[:1].isupper()
