"""Parse the Phoenix (PETRARCH2) actor and agent dictionaries into plain rows (used at build time only).

The format (``../shared/resources/README.md``): a block starts with a name line (``VLADIMIR_PUTIN_``; ``_`` joins
words), ``+ALIAS`` lines follow, and ``[CODE DATES]`` codes sit on their own lines or at the end of a name line.
CODE is a CAMEO actor code: three letters of country (mostly ISO-3) or of an international type (IGO, NGO, MNC,
IMG), then sector triples (GOV, MIL, ELI, OPP, REB, ...). DATES is ``YYMMDD-YYMMDD``, ``>YYMMDD`` (from) or
``<YYMMDD`` (until). ``#`` starts a comment.

Rules kept here, not at run time: a person's one-word name or alias is a bare surname and never becomes a key
(``+MERKEL``); country blocks (``AFGHANISTAN_ [AFG]``, capitals and provinces as aliases) are the gazetteer's
job and are skipped; an organisation's one-word name is kept unless it is some person's surname.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date

import pycountry

from sitrep.extract.actor_dictionary import INTERNATIONAL_TYPES, SECTORS
from sitrep.extract.gazetteer import fold

# CAMEO country codes that are not (or no longer) the ISO-3 code of the state the gazetteer uses.
CAMEO_TO_ISO3 = {
    "KSV": "XKX",  # Kosovo (the geonames code the gazetteer uses)
    "TMP": "TLS",  # East Timor
    "USR": "RUS",  # Soviet Union -> its successor state, as the gazetteer reads "Soviet"
    "SUN": "RUS",
    "DDR": "DEU",
    "YUG": "SRB",
    "FRY": "SRB",
    "SCG": "SRB",
    "CSK": "CZE",
    "ROM": "ROU",
    "ZAR": "COD",
    "ANG": "AGO",  # Angola (CAMEO's code)
}
_CODE = re.compile(r"\[\s*(~?[A-Z-]*)\s*([<>]?\s*\d{5,8}(?:\s*-\s*\d{5,8})?)?\s*\]")
_PERSON_SOURCES = re.compile(r"CountryInfo|rulers", re.I)
_PAREN = re.compile(r"\(([^)]*)\)")


@dataclass
class Code:
    """One ``[CODE DATES]`` reading: country (ISO-3 or None), sector, the raw code and its date range."""

    code: str
    country: str | None
    sector: str | None
    start: date | None = None
    end: date | None = None


@dataclass
class Block:
    """One dictionary entry: its name, aliases, codes, and whether it names a person."""

    name: str
    aliases: list[str] = field(default_factory=list)
    codes: list[Code] = field(default_factory=list)
    person: bool = False


def parse_date(text: str) -> date | None:
    """``YYMMDD`` (00-30 are 2000s) or ``YYYYMMDD`` to a date; None for a malformed date."""
    text = text.strip()
    try:
        if len(text) == 6:
            yy = int(text[:2])
            return date((2000 if yy <= 30 else 1900) + yy, int(text[2:4]), int(text[4:6]))
        if len(text) == 8:
            return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None
    return None


def parse_code(code: str, dates: str | None) -> Code | None:
    """``RUSGOV``, ``>991231`` -> Code(RUSGOV, RUS, GOV, 1999-12-31, None); None for an empty code. A code with
    ``~`` (the agents file) opens with a sector."""
    agent = code.startswith("~")  # an agents-file code: its first triple is a sector ('~MUS' Muslim)
    code = code.lstrip("~")
    if not code or set(code) == {"-"}:
        return None
    head, rest = code[:3], code[3:]
    country = CAMEO_TO_ISO3.get(head) or (head if pycountry.countries.get(alpha_3=head) else None)
    if head in INTERNATIONAL_TYPES or (head in SECTORS and (agent or country is None)):
        # (an actor code that opens with a country stays that country: 'CRIGOV' Costa Rica, 'MUSELI' Mauritius)
        country, sector = None, head
    else:
        sector = rest[:3] or None
    out = Code(code, country, sector)
    if dates:
        dates = dates.replace(" ", "")
        if dates.startswith(">"):
            out.start = parse_date(dates[1:])
        elif dates.startswith("<"):
            out.end = parse_date(dates[1:])
        elif "-" in dates:
            a, b = dates.split("-", 1)
            out.start, out.end = parse_date(a), parse_date(b)
    return out


def words(name: str) -> str:
    """``RUSSIAN_PRESIDENT_VLADIMIR_V._PUTIN_`` -> ``russian president vladimir v putin`` (a gazetteer key)."""
    return fold(_PAREN.sub(" ", name.replace("_", " ")))


def _codes_in(text: str) -> list[Code]:
    return [c for c in (parse_code(m.group(1), m.group(2)) for m in _CODE.finditer(text)) if c]


def parse_blocks(lines: Iterable[str]) -> Iterator[Block]:
    """Blocks of an actors file, in order."""
    block: Block | None = None
    for raw in lines:
        comment = raw.split("#", 1)[1] if "#" in raw else ""
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        body = line.strip()
        if body.startswith("["):
            if block:
                block.codes += _codes_in(body)
            continue
        text = body.split("[", 1)[0].strip()
        if body.startswith("+"):
            if block:
                block.aliases.append(text[1:])
                block.codes += _codes_in(body)
            continue
        if block and not block.codes:  # consecutive names share the codes that follow them (BORIS_YELTSIN_,
            block.aliases.append(text)  # then BORIS_N._YELTSIN, then the [RUSGOV ...] lines)
            block.codes += _codes_in(body)
            continue
        if block:
            yield block
        block = Block(text.replace(" ", "_"), codes=_codes_in(body), person=bool(_PERSON_SOURCES.search(comment)))
    if block:
        yield block


def is_country_block(block: Block) -> bool:
    """A country's own block (``AFGHANISTAN_ [AFG]``): bare three-letter codes that are no sector or type."""
    return bool(block.codes) and all(
        len(c.code) == 3 and c.code not in SECTORS | INTERNATIONAL_TYPES for c in block.codes
    )


def is_person(block: Block) -> bool:
    return block.person or any(c.sector == "ELI" for c in block.codes)


def keys_of(block: Block, surnames: Mapping[str, int]) -> list[str]:
    """The look-up keys a block gives: full names and aliases; a person's one-word names only when the
    dictionary lists the word itself as the person's alias and no other person of the file has it as a surname
    ('+PUTIN_'), an organisation's one-word name only when it is nobody's surname."""
    names = [block.name, *block.aliases]
    for n in list(names):
        names += [m.strip("_ ") for m in _PAREN.findall(n) if m.strip("_ ")]  # "(AAIA)" -> an acronym alias
    listed = {words(a) for a in block.aliases}
    keys = []
    for n in names:
        key = words(n)
        if not key or key in keys:
            continue
        if " " not in key and len(key) < 3:
            continue
        if " " not in key and is_person(block):
            own = int(key in _surnames_of_block(block))
            if key not in listed or surnames.get(key, 0) > own:
                continue
        elif " " not in key and key in surnames:
            continue
        keys.append(key)
    return keys


def _surnames_of_block(block: Block) -> set[str]:
    return {words(n).split()[-1] for n in [block.name, *block.aliases] if len(words(n).split()) > 1}


def surnames_of(blocks: Iterable[Block]) -> dict[str, int]:
    """Last word of every person's multi-word name and alias -> how many persons have it."""
    out: dict[str, int] = {}
    for b in blocks:
        if is_person(b):
            for surname in _surnames_of_block(b):
                out[surname] = out.get(surname, 0) + 1
    return out


def actor_rows(blocks: list[Block], source: str) -> Iterator[tuple[str, ...]]:
    """(key, kind, country, sector, code, start, end, source) rows of the blocks, country blocks skipped."""
    surnames = surnames_of(blocks)
    for block in blocks:
        if is_country_block(block) or not block.codes:
            continue
        kind = "person" if is_person(block) else "org"
        for key in keys_of(block, surnames):
            for c in block.codes:
                yield (
                    key,
                    kind,
                    c.country or "",
                    c.sector or "",
                    c.code,
                    c.start.isoformat() if c.start else "",
                    c.end.isoformat() if c.end else "",
                    source,
                )


_AGENT = re.compile(r"^([^\[{]+?)\s*(?:\{([^}]*)\})?\s*\[~?([A-Z]+)\]")
_SUBSTITUTION = re.compile(r"^!([A-Z]+)!\s*=\s*(.+)$")


def agent_rows(lines: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(folded role phrase, sector code) from the agents file: ``FOREIGN_!MINIST! [~GOV]`` gives "foreign
    minister", "foreign ministers", "foreign ministry", ...; plural forms in ``{ }`` are listed too."""
    subs: dict[str, list[str]] = {}
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        m = _SUBSTITUTION.match(line)
        if m:
            subs[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        m = _AGENT.match(line)
        if not m:
            continue
        phrases = [m.group(1).strip(), *(m.group(2) or "").split()]
        for phrase in phrases:
            for expanded in _expand(phrase, subs):
                key = words(expanded)
                if key:
                    yield key, m.group(3)


def _expand(phrase: str, subs: dict[str, list[str]]) -> list[str]:
    m = re.search(r"!([A-Z]+)!", phrase)
    if not m or m.group(1) not in subs:
        return [phrase]
    out = []
    for word in subs[m.group(1)]:
        out += _expand(phrase[: m.start()] + word + phrase[m.end() :], subs)  # CATTLE!PERSON! -> CATTLEMAN
    return out
