"""The country of a body every state has, named by its common noun alone ("the Senate": ``data/generic_bodies.tsv``)
in a report from another state. The Phoenix tables read such a name as one state's (the United States'); a report
whose home country (``article_setting.home_country``: the one country it names, or its dateline's when named most)
is another, and which names not the row's own state anywhere, gives the mention its home country instead. Else the
dictionary's reading stands, set on the mention so that it does not join another state's body of the same name in
corpus resolution. A report naming only the other side ("the Senate voted to sanction Ruritania", with no place,
person or demonym of the United States in it) is read as Ruritania's: rare in real reports, which name a senator's
state or Washington, and the price of reading a Philippine or Bolivian report's Senate as its own."""

from __future__ import annotations

from functools import lru_cache

from sitrep.extract.article_setting import home_country
from sitrep.extract.data_files import read_tsv
from sitrep.extract.gazetteer import fold
from sitrep.extract.mention_span import Span

FILE = "generic_bodies.tsv"


@lru_cache(maxsize=1)
def body_rows() -> dict[str, str]:
    """Folded name (no leading article) -> the ISO-3 of the state the dictionary reads it as."""
    return {row["name"]: row["default"] for row in read_tsv(FILE)}


def _key(name: str) -> str:
    key = " ".join(fold(name).split())
    return key[4:] if key.startswith("the ") else key


def generic_body(name: str) -> str | None:
    """The default ISO-3 of a body named by a listed common noun, else None."""
    return body_rows().get(_key(name))


def body_country(name: str, home: str | None, article_countries: set[str]) -> str | None:
    """The country of a mention of a listed body in a report whose datelined home country is ``home``
    (``article_countries``: every country the article names): ``home`` when it is not the row's default state and
    the article does not name that state either; else the default, the dictionary's reading, given to the mention
    so that it does not join another state's body of the same name in corpus resolution."""
    default = generic_body(name)
    if default is None:
        return None
    if home is not None and home != default and default not in article_countries:
        return home
    return default


def article_countries(spans: list[Span]) -> set[str]:
    """The countries an article's place and people mentions name."""
    return {sp.country for sp in spans if sp.label in ("GPE", "NORP") and sp.country}


def article_home(text: str, spans: list[Span]) -> str | None:
    """The article's home country (``article_setting.home_country``) from its place, people and office mentions."""
    named = [(sp.start, sp.country) for sp in spans if sp.label in ("GPE", "NORP", "ROLE") and sp.country]
    return home_country(text, named)
