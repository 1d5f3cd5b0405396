"""An organisation name's tokens with a leading country written with stops ('U.S.', 'U.K.') as one word ('us',
'uk'), as it is written without them: the gazetteer knows 'US' for the USA, not the tokens 'u' and 's', so that
'U.S. Department of Justice', 'US Department of Justice' and 'Department of Justice' key alike in organisation
resolution (the leading country only says whose the organisation is)."""

from __future__ import annotations

from sitrep.extract import actors
from sitrep.extract.entity_names import name_tokens


def undotted(name: str, tokens: tuple[str, ...] | list[str]) -> list[str]:
    """``tokens`` (the name's tokens) with a dotted leading country abbreviation as one word."""
    first = name.split()[0] if name.split() else ""
    if "." not in first or not actors.country_iso3(first):
        return list(tokens)
    dotted = name_tokens(first)
    if tuple(tokens[: len(dotted)]) != tuple(dotted):
        return list(tokens)
    return ["".join(dotted), *tokens[len(dotted) :]]
