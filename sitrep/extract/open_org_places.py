"""An organisation still without a country after the text, the dictionaries and its own name have had their say:
the country its articles' places name most ("the Maury County school board", "the Workers' Federation", an
acronym the reports never spell out, in reports set in one country).

Only an organisation none of whose names the dictionaries know (a listed one has the reading it has: an
international body of ``data/international_bodies.tsv`` or the Phoenix IGO/NGO codes stays of no state), with no
transnational or regional word in its name ("International", "Pan-African"), and only when one country leads
the vote of the place mentions (countries and cities) of all its articles.

The reading is weak, so it is the organisation's country on record only: it is set after the events are merged,
placed and given their participants (``settle``), which read only the countries the text, the dictionaries and
the organisation's name gave.
"""

from __future__ import annotations

from collections import Counter

from sitrep.extract.actor_dictionary import lookup
from sitrep.extract.entity_vocab import TRANSNATIONAL_WORDS
from sitrep.extract.gazetteer import fold, regional_demonym


def _unknown(names: list[str]) -> bool:
    """No name of the organisation is in the dictionaries, and none says it spans states."""
    if any(lookup(n) is not None for n in names):
        return False
    for name in names:
        words = fold(name).replace("-", " ").split()
        if TRANSNATIONAL_WORDS & set(words):
            return False
        if any(regional_demonym(" ".join(words[i : i + 2])) for i in range(len(words))):
            return False
    return True


def open_org_country(row: dict, members: list, places: dict[str, list[str]]) -> str | None:
    """The country the place mentions of the articles of an open organisation ``row`` name most (``members``:
    its mentions; ``places``: per article, the country of each place mention); None when tied or none."""
    if row["entity_type"] != "ORG" or row.get("country_iso3") or row.get("_international"):
        return None
    names = [row["canonical_name"].split(" (")[0], *(row.get("aliases") or [])]
    if not _unknown(names):
        return None
    votes = Counter(c for aid in {it.article_id for it in members} for c in places.get(aid, [])).most_common(2)
    if not votes or (len(votes) == 2 and votes[0][1] == votes[1][1]):
        return None
    return votes[0][0]


def settle(rows: list[dict]) -> list[dict]:
    """The entity rows with each open organisation's place reading (``_open_country``) as its country, unless a
    later step gave it one; the working key dropped."""
    out = []
    for row in rows:
        if "_open_country" in row:
            rest = {k: v for k, v in row.items() if k != "_open_country"}
            rest["country_iso3"] = rest.get("country_iso3") or row["_open_country"]
            row = rest
        out.append(row)
    return out
