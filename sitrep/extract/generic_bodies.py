"""The country of a body every state has, named by its common noun alone ("the Senate":
``data/generic_bodies.tsv``) in a report from another state. The Phoenix tables read such a name as one state's (the
United States'); a report datelined in another country that it names most (``article_setting.home_country``)
gives the mention that country instead, unless the article also names the row's own state. Without such a dateline
the dictionary's reading stands: "The Senate voted to sanction Ruritania" in a report naming only Ruritania is
still the United States' Senate, not Ruritania's. Given to the mention, the country also keeps one state's Senate
apart from another's in corpus resolution."""

from __future__ import annotations

from functools import lru_cache

from sitrep.extract import places
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
    """The article's home country (``article_setting.home_country``) from its place, people and office mentions,
    when its dateline stands in that country; else None."""
    named = [(sp.start, sp.country) for sp in spans if sp.label in ("GPE", "NORP", "ROLE") and sp.country]
    home = home_country(text, named)
    dateline = places.dateline_place(text)
    return home if dateline is not None and dateline["location_country_iso3"] == home else None
