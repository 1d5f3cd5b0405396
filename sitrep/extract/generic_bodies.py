"""The country of a body every state has, named by its common noun alone ("the Senate", "Parliament", "the
Cabinet": ``data/generic_bodies.tsv``): the story's, not one dictionary's. A row's default country (the Phoenix
tables read "Senate" as the United States') stands when the article names that country anywhere; else the mention
takes the article's home country (``article_setting.home_country``: the one country it names, or its dateline's
named most), and none when the article names several (a sentence's own country may be the other side's: "X told
Parliament that Ruritania ..."). Given to the mention, the country also keeps one state's Senate apart from
another's in corpus resolution."""

from __future__ import annotations

from functools import lru_cache

from sitrep.extract.article_setting import home_country
from sitrep.extract.data_files import read_tsv
from sitrep.extract.gazetteer import fold
from sitrep.extract.mention_span import Span

FILE = "generic_bodies.tsv"


@lru_cache(maxsize=1)
def body_rows() -> dict[str, str]:
    """Folded name (no leading article) -> its default ISO-3 or "*"."""
    return {row["name"]: row["default"] for row in read_tsv(FILE)}


def _key(name: str) -> str:
    key = " ".join(fold(name).split())
    return key[4:] if key.startswith("the ") else key


def generic_body(name: str) -> str | None:
    """The default ("*" or an ISO-3) of a body named by a listed common noun, else None."""
    return body_rows().get(_key(name))


def body_country(name: str, home: str | None, article_countries: set[str]) -> str | None:
    """The country of a mention of a listed body: its default when ``article_countries`` (every country the
    article names) holds it, else ``home`` (the article's home country); None for a name the file does not
    list."""
    default = generic_body(name)
    if default is None:
        return None
    if default != "*" and default in article_countries:
        return default
    return home


def article_countries(spans: list[Span]) -> set[str]:
    """The countries an article's place and people mentions name."""
    return {sp.country for sp in spans if sp.label in ("GPE", "NORP") and sp.country}


def article_home(text: str, spans: list[Span]) -> str | None:
    """The article's home country (``article_setting.home_country``) from its place, people and office mentions."""
    named = [(sp.start, sp.country) for sp in spans if sp.label in ("GPE", "NORP", "ROLE") and sp.country]
    return home_country(text, named)
