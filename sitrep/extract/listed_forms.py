"""Organisations known by several names that neither initials nor shared words join ('ISIL', 'Daesh' and 'IS' for
the Islamic State; 'FSB' for the Federal Security Service; 'Houthi' and 'Houthis'; 'GOP' and 'Republicans'): the
rows of ``data/org_forms.tsv``, ``data/armed_groups.tsv`` and ``data/party_names.tsv`` list each one's forms.
Corpus-wide, a mention named by a listed form is an organisation whatever the model labelled it ('Daesh/GPE',
'Republicans/NORP'), and the organisations named by the forms of one row are one entity."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.acronym_mentions import add_org_matches
from sitrep.extract.data_files import read_tsv
from sitrep.extract.doc_text import doc_text
from sitrep.extract.gazetteer import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: the data files whose rows list the forms of one organisation in their ``names`` column
FORM_FILES = ("org_forms.tsv", "armed_groups.tsv", "party_names.tsv")


@lru_cache(maxsize=1)
def form_rows() -> dict[str, str]:
    """Folded form -> the row's first form (the organisation's key)."""
    out: dict[str, str] = {}
    for name in FORM_FILES:
        for row in read_tsv(name):
            forms = row["names"].split("|")
            for form in forms:
                out.setdefault(fold(form), fold(forms[0]))
    return out


def listed_key(name: str) -> str | None:
    """The organisation a name is a listed form of, or None."""
    return form_rows().get(fold(name))


def relabel_listed(items: list) -> None:
    """Mentions named by a listed form (not a place of the gazetteer) are organisations."""
    for it in items:
        if it.label != "ORG" and not it.m.get("kind") and not it.m.get("nominal") and listed_key(it.m["name"]):
            it.label = "ORG"


def merge_listed(groups: list[list]) -> list[list]:
    """Organisation groups (of ``resolution._cluster_orgs``) whose names are forms of one listed organisation
    become one group, when their countries agree (a group of no country joins the one of a country when there is
    one only: 'Democrats' of two countries stay two); the others are kept as they are."""
    listed: dict[str, list[tuple[str | None, list]]] = defaultdict(list)
    out: list[list] = []
    for group in groups:
        key = next((k for it in group if (k := listed_key(it.m["name"]))), None)
        if key is None:
            out.append(group)
            continue
        countries = {it.m.get("country_iso3") for it in group} - {None}
        listed[key].append((next(iter(countries)) if len(countries) == 1 else None, group))
    for key in sorted(listed):
        by_country: dict[str | None, list] = defaultdict(list)
        for country, group in listed[key]:
            by_country[country].extend(group)
        if None in by_country and len(by_country) == 2:
            loose = by_country.pop(None)
            next(iter(by_country.values())).extend(loose)
        out.extend(by_country.values())
    return out


@lru_cache(maxsize=1)
def _form_pattern() -> re.Pattern:
    """The listed forms as written (capitalised), longest first, matched as whole words."""
    forms = {f for name in FORM_FILES for row in read_tsv(name) for f in row["names"].split("|") if f[:1].isupper()}
    alts = "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))
    return re.compile(r"(?<![\w\-’'])(?:" + alts + r")(?![\w\-])")


def add_listed_mentions(doc: Doc, spans: list) -> list:
    """``spans`` plus an ORG mention for each listed form of an organisation the model left untagged ('Daesh fled',
    'Houthi rebels'), where no mention covers any of its characters; an all-capital form next to another
    all-capital word (a shouted headline: 'WHAT IS NEXT') is none."""
    text = doc_text(doc)
    taken = [(sp.start, sp.end) for sp in spans]
    return add_org_matches(text, _form_pattern().finditer(text), spans, taken)
