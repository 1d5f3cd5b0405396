"""How many of an organisation name's content words only say whose it is: a leading country or demonym ('US
Department of Justice', 'Russian Security Council'), also written with stops ('U.S. Department of Justice', whose
tokens 'u' and 's' no gazetteer knows), so that 'U.S. Department of Justice', 'US Department of Justice' and
'Department of Justice' key alike in organisation resolution."""

from __future__ import annotations

from sitrep.extract import actors
from sitrep.extract.entity_names import name_tokens
from sitrep.extract.entity_vocab import ORG_STOPWORDS


def country_prefix(name: str, words: list[str]) -> int:
    """Number of leading words of ``words`` (the name's content tokens) that name a country; one word at least
    stays."""
    leading = 0
    while leading < len(words) - 1 and (actors.demonym_iso3(words[leading]) or actors.country_iso3(words[leading])):
        leading += 1
    first = name.split()[0] if name.split() else ""
    if leading == 0 and "." in first and actors.country_iso3(first):  # 'U.S.', 'U.K.'
        n = len([w for w in name_tokens(first) if w not in ORG_STOPWORDS])
        leading = n if n < len(words) - 1 else 0
    return leading
