"""Corpus-wide entity resolution: persons by name variants, organisations by content words and country,
places by gazetteer id; canonical names and countries by vote."""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from sitrep.extract import actors
from sitrep.extract.actor_countries import complete_countries
from sitrep.extract.actor_cues import role_key
from sitrep.extract.actor_dictionary import actor_table, given_names, is_international, known_person, lookup
from sitrep.extract.clipped_acronyms import clipped_form, clipped_keys, start_index
from sitrep.extract.entity_names import (
    TITLE_WORDS,
    diacritic_count,
    fold,
    is_name_part_of,
    is_titlecase_name,
    name_key,
    name_tokens,
    names_equal,
    skeleton,
)
from sitrep.extract.entity_vocab import (
    FAMILY_NAMES_FIRST,
    HONORIFICS,
    NOT_ACTOR_WORDS,
    OFFICE_HEADS,
    ORG_STOPWORDS,
    ORG_WORDS,
    PERSONLIKE_RELABEL,
    PLACE_WORDS,
    PLATFORM_OR_AGENCY,
)
from sitrep.extract.listed_forms import merge_listed, relabel_listed
from sitrep.extract.listed_persons import listed_person
from sitrep.extract.mention_span import (
    NAME_SHAPE,
)
from sitrep.extract.org_country_prefix import undotted
from sitrep.extract.surname_referents import referent_chooser


# ------------------------------------------------------------------------------------------- resolution
@dataclass
class Item:
    """A mention during resolution."""

    article_id: str
    m: dict
    label: str
    tokens: tuple[str, ...]


def entity_id_for(canonical_name: str, entity_type: str, qualifier: str = "") -> str:
    """Stable id: hash of type, folded canonical name and (for organisations) country."""
    raw = f"{entity_type}|{fold(canonical_name)}|{qualifier}"
    return "ent_" + hashlib.sha256(raw.encode()).hexdigest()[:16]


def _relabel_persons(items: list[Item]) -> None:
    """Corpus-wide: names the model mislabelled as ORG/GPE/... but that match a known person become PERSON."""
    person_names: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    votes: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    opening: set[tuple[str, str]] = set()  # (article, family name) of 'Wang Yi' written family name first
    part_of_person: dict[tuple[str, ...], bool] = {}  # name form -> part of a known person's name
    blocked = ORG_WORDS | PLACE_WORDS | PLATFORM_OR_AGENCY | NOT_ACTOR_WORDS  # words no person's name holds
    for it in items:
        votes[it.tokens][it.label] += 1
        if it.label == "PERSON" and len(it.tokens) >= 2:
            for tok in it.tokens:
                person_names[skeleton(tok)[:2]].add(it.tokens)
            if fold(it.tokens[0]) in FAMILY_NAMES_FIRST:
                opening.add((it.article_id, fold(it.tokens[0])))
    for it in items:
        if it.label not in PERSONLIKE_RELABEL or it.m.get("kind") or not it.tokens:
            continue
        if it.label in ("NORP", "LOC") or not is_titlecase_name(it.m["name"]):
            continue
        if it.m["name"].isupper() and len(it.m["name"]) <= 6:
            continue  # acronyms are organisations ("TASS", "WHO")
        if not blocked.isdisjoint(it.tokens):
            continue
        if not NAME_SHAPE.match(it.m["name"]):
            continue
        if len(it.tokens) == 1 and (it.article_id, fold(it.tokens[0])) in opening:
            it.label = "PERSON"  # 'Wang said' after 'Foreign Minister Wang Yi': the family name, not a firm
            continue
        v = votes[it.tokens]
        if listed_person(it.m["name"]) or (v["PERSON"] and v["PERSON"] * 2 >= sum(v.values()) - v["PERSON"]):
            it.label = "PERSON"
            continue
        if it.tokens not in part_of_person:  # asked once per name form, not once per mention
            cands = person_names.get(skeleton(it.tokens[-1])[:2], set())
            part_of_person[it.tokens] = any(is_name_part_of(it.tokens, p, strict=True) for p in cands)
        if part_of_person[it.tokens]:
            it.label = "PERSON"


class _Clusters:
    """Global person clusters with a token-prefix index for candidate lookup."""

    def __init__(self) -> None:
        self.names: list[set[tuple[str, ...]]] = []
        self.index: dict[str, set[int]] = defaultdict(set)

    def candidates(self, tokens: tuple[str, ...]) -> set[int]:
        return set(self.index.get(skeleton(tokens[-1])[:2], set()))

    def add(self, cid: int | None, names: set[tuple[str, ...]]) -> int:
        if cid is None:
            self.names.append(set())
            cid = len(self.names) - 1
        self.names[cid] |= names
        for n in names:
            for tok in n:
                self.index[skeleton(tok)[:2]].add(cid)
        return cid

    def matching(self, tokens: tuple[str, ...], honorific: bool = False) -> list[int]:
        """Clusters with a name that ``tokens`` is a form of (or equal to). A lone word never joins another
        article's person by a given name: not by a one-word name that article's cluster took as a first-name
        reference ("Ahmed" of "Ahmed Salah"), and by a first word only when it is short and the full name is
        a person the dictionary knows (an East Asian surname first: "Xi" of "Xi Jinping"), or when an honorific
        goes before it ("Mr Najib" of "Najib Razak": the name a person is called by, whatever its place)."""
        out = []
        for cid in sorted(self.candidates(tokens)):
            names = self.names[cid]
            if len(tokens) == 1:
                names = {n for n in names if not _given_name_form(n, names)}
            if any(
                is_name_part_of(tokens, n, first_ok=honorific or (len(tokens[0]) <= 3 and known_person(" ".join(n))))
                for n in names
            ):
                out.append(cid)
        return out


def _given_name_form(name: tuple[str, ...], names: set[tuple[str, ...]]) -> bool:
    """A one-word name that only ever opens the cluster's longer names, never ends one: a first name."""
    if len(name) != 1:
        return False
    word = skeleton(name[0])
    longer = [n for n in names if len(n) >= 2]
    return any(skeleton(n[0]) == word for n in longer) and not any(skeleton(n[-1]) == word for n in longer)


def _local_person_groups(mentions: list[Item], choose: Callable[[list[dict], int], dict]) -> list[list[Item]]:
    """Within one article: surname-only and partial names join the full name seen there.

    Full names cluster first (longest first); a shorter form joins the one full name it fits, or - when
    several fit (Raúl Castro / Fidel Castro) - the one ``choose`` picks of those named before it
    (``surname_referents.likely_referent``), else the nearest following one.
    """
    groups: list[dict] = []  # {"longest": tokens, "names": set, "members": [...]}
    by_len = sorted({m.tokens for m in mentions}, key=lambda t: (-len(t), t))
    for toks in by_len:
        fits = [g for g in groups if any(is_name_part_of(toks, n) for n in g["names"])]
        if not fits and len(toks) == 1:  # a first-name or East Asian surname reference: "Xi" for "Xi Jinping"
            fits = [g for g in groups if any(is_name_part_of(toks, n, first_ok=True) for n in g["names"])]
            fits = fits if len(fits) == 1 else []
        if len(fits) == 1 or (fits and len(toks) >= 2 and len({id(g) for g in fits}) == 1):
            fits[0]["names"].add(toks)
        elif not fits:
            groups.append({"longest": toks, "names": {toks}, "members": []})
        # several fits: decided per mention below
    name_to_group = {}
    for g in groups:
        for n in g["names"]:
            name_to_group[n] = g
    for m in sorted(mentions, key=lambda x: x.m["start_char"]):
        g = name_to_group.get(m.tokens)
        if g is None:
            fits = [g2 for g2 in groups if any(is_name_part_of(m.tokens, n) for n in g2["names"])]
            before = [g2 for g2 in fits if g2["members"]]
            if before:
                g = choose(before, m.m["start_char"])
            else:
                g = min(
                    fits,
                    key=lambda g2: min(
                        (x.m["start_char"] for x in mentions if x.tokens in g2["names"]), default=10**12
                    ),
                )
        g["members"].append(m)
    return [g["members"] for g in groups if g["members"]]


def _dominant(fits: list[int], members: dict[int, list[Item]]) -> list[int]:
    """Of several people a surname fits, the one the corpus is overwhelmingly about ("Trump" -> Donald Trump
    when other Trumps are rare); otherwise all of them (ambiguous: the surname stays its own entity)."""
    sizes = sorted(((len({m.article_id for m in members[c]}), c) for c in fits), reverse=True)
    top, rest = sizes[0][0], sum(n for n, _ in sizes[1:])
    return [sizes[0][1]] if top >= 3 and top >= 4 * rest else fits


def _cluster_persons(items: list[Item]) -> list[list[Item]]:
    """Corpus-wide person clusters (see module doc)."""
    by_article: dict[str, list[Item]] = defaultdict(list)
    for it in items:
        by_article[it.article_id].append(it)
    local_groups = []
    choose = referent_chooser(items)
    for aid in sorted(by_article):
        local_groups += _local_person_groups(by_article[aid], choose)

    def longest(group: list[Item]) -> tuple[str, ...]:
        return max((m.tokens for m in group), key=lambda t: (len(t), t))

    local_groups.sort(key=lambda g: (-len(longest(g)), longest(g), g[0].article_id))
    clusters = _Clusters()
    members: dict[int, list[Item]] = defaultdict(list)
    for group in local_groups:
        names = {m.tokens for m in group}
        top = longest(group)
        # a bare given name the article never completes ("Miguel said") names no one the corpus knows
        honorific = len(top) == 1 and any(fold(it.m.get("title") or "").rstrip(".") in HONORIFICS for it in group)
        fits = [] if len(top) == 1 and fold(top[0]) in given_names() else clusters.matching(top, honorific)
        if len(fits) > 1:
            exact = [c for c in fits if any(names_equal(top, n) for n in clusters.names[c])]
            if exact:  # the same full name: the person most written about under it
                fits = [max(exact, key=lambda c: (len({m.article_id for m in members[c]}), -c))]
            else:
                fits = _dominant(fits, members)
        cid = clusters.add(fits[0] if len(fits) == 1 else None, names)
        members[cid] += group
    return [members[c] for c in sorted(members)]


def _attach_nominals(persons: list[list[Item]], nominals: list[Item]) -> list[list[Item]]:
    """An unnamed office-holder joins the one named person with that office and country - in the same
    article if there is one there, else in the corpus; otherwise it is its own entity ("foreign minister
    of Russia")."""
    offices: dict[tuple[str, frozenset], set[int]] = defaultdict(set)
    in_article: dict[tuple[str, str, frozenset], set[int]] = defaultdict(set)
    for n, group in enumerate(persons):
        country = vote([it.m.get("country_iso3") for it in group])
        for it in group:
            key = role_key(it.m.get("role"))
            if country and key & OFFICE_HEADS:
                offices[(country, key)].add(n)
                in_article[(it.article_id, country, key)].add(n)
    alone: dict[tuple, list[Item]] = defaultdict(list)
    for it in nominals:
        key = (it.m.get("country_iso3"), role_key(it.m.get("role")))
        local = in_article.get((it.article_id, *key), set())
        cands = local if local else offices.get(key, set())
        if len(cands) == 1:
            persons[next(iter(cands))].append(it)
        else:
            alone[(key[0], tuple(sorted(key[1])))].append(it)
    return persons + [alone[k] for k in sorted(alone)]


def _org_key(it: Item) -> tuple[tuple[str, ...], str | None]:
    """Content words (sorted) and the organisation's country. Country words that only say whose it is
    ("Russian Security Council", "Ministry of the Interior of Cuba") are left out of the content when two
    or more words remain, so "Bank of Japan" keeps "japan" and "Reuters Taiwan" keeps "taiwan"."""
    country = it.m.get("country_iso3")
    name = it.m["name"]
    words = [w for w in undotted(name, it.tokens) if w not in ORG_STOPWORDS]  # 'U.S.' as 'us'
    leading = 0
    while leading < len(words) - 1 and (actors.demonym_iso3(words[leading]) or actors.country_iso3(words[leading])):
        leading += 1
    kept = words[leading:]
    trailing = re.search(r"\bof (?:the )?([\w .'’-]+)$", name)
    if trailing and (actors.country_iso3(trailing.group(1)) or actors.demonym_iso3(trailing.group(1))):
        n = len(name_tokens(trailing.group(1)))
        if len(kept) - n >= 2:
            kept = kept[:-n]
    if len(kept) < 2 and len(words) >= 2 and kept != words:
        kept = words
    return tuple(sorted(kept)), country


def _cluster_orgs(items: list[Item]) -> list[list[Item]]:
    """Organisations: same content words; one without a country joins the article's one with a country,
    else the corpus's, when the corpus gives that name one country only (not for a group the dictionary
    knows as international: "Iraq's al-Qaeda" does not make al-Qaeda Iraqi everywhere)."""
    keyed = [(it, *_org_key(it)) for it in items]
    in_article: dict[tuple[str, tuple[str, ...]], set[str]] = defaultdict(set)
    in_corpus: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for it, content, country in keyed:
        if country:
            in_article[(it.article_id, content)].add(country)
            in_corpus[content].add(country)
    groups: dict[tuple, list[Item]] = defaultdict(list)
    for it, content, country in keyed:
        known = in_article.get((it.article_id, content)) or (
            set() if is_international(lookup(it.m["name"])) else in_corpus.get(content, set())
        )
        if country is None and len(known) == 1:
            country = next(iter(known))
            it.m = {**it.m, "country_iso3": country}
        groups[(content, country or "")].append(it)
    _merge_acronyms(groups)
    _merge_acronym_heads(groups)
    _merge_acronyms(groups, clipped=True)  # after the heads: 'EU Naval Force' is one with its spelled-out name
    return [groups[k] for k in sorted(groups)]


@lru_cache(maxsize=65_536)
def _initials(name: str) -> frozenset[str]:
    """What an acronym of the name may spell: the initials of its content words, and of all its words when
    function words count too (ASEAN: Association of Southeast Asian Nations). Cached: the acronym merges ask it
    of every organisation's name twice per assembly."""
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    content = [w for w in words if w.lower() not in ORG_STOPWORDS]
    if len(content) < 2:
        return frozenset()
    return frozenset(("".join(w[0] for w in content).upper(), "".join(w[0] for w in words).upper()))


def _merge_acronyms(groups: dict[tuple, list[Item]], clipped: bool = False) -> None:
    """An acronym ("UN", "NATO", "AU") joins the one organisation in the corpus whose initials it spells (with
    ``clipped``, whose words' first syllables it spells: "NAVFOR", ``clipped_acronyms``)."""
    by_initials: dict[str, set[tuple]] = defaultdict(set)
    for key, members in groups.items():
        for name in {it.m["name"] for it in members}:  # each name once (a group holds it once per mention)
            for ini in _initials(name):
                by_initials[ini].add(key)
    index = start_index(groups) if clipped else None
    for key in sorted(groups):
        members = groups.get(key)
        if not members:
            continue
        name = members[0].m["name"]
        if not ((clipped_form(name) if clipped else _acronym(name)) and all(it.m["name"] == name for it in members)):
            continue
        found = clipped_keys(name, groups, key, index) if clipped else by_initials.get(name.replace(".", ""), set())
        targets = sorted(set(found) - {key})
        if not targets:
            continue
        sizes = sorted(((len({it.article_id for it in groups[t]}), t) for t in targets), reverse=True)
        dominant = len(sizes) == 1 or sizes[0][0] >= 3 * sum(n for n, _ in sizes[1:])
        if dominant and _acronym_supported(members, groups[sizes[0][1]]):
            groups[sizes[0][1]] += groups.pop(key)


def _acronym(name: str) -> bool:
    """A name written as an acronym, with or without its dots ('UN', 'NATO', 'U.N.')."""
    bare = name.replace(".", "")
    return bare.isupper() and bare.isalpha() and 2 <= len(bare) <= 6 and (bare == name or name.endswith("."))


def _merge_acronym_heads(groups: dict[tuple, list[Item]]) -> None:
    """A name that opens with an acronym ("UN Security Council", "U.N. Human Rights Council") joins the one
    organisation in the corpus whose name is the acronym's words spelled out before the same words ("United
    Nations Security Council")."""
    spelled: dict[str, set[tuple]] = defaultdict(set)  # 'security council' -> keys of '<words> Security Council'
    for key, members in groups.items():
        words = members[0].m["name"].split()
        for k in range(2, len(words)):
            spelled[" ".join(words[k:]).lower()].add(key)
    for key in sorted(groups):
        members = groups.get(key)
        words = members[0].m["name"].split() if members else []
        if len(words) < 2 or not _acronym(words[0]) or any(it.m["name"] != members[0].m["name"] for it in members):
            continue
        rest = " ".join(words[1:]).lower()
        targets = [
            t
            for t in sorted(spelled.get(rest, set()) - {key})
            if t in groups
            and words[0].replace(".", "") in _initials(" ".join(groups[t][0].m["name"].split()[: -len(words) + 1]))
        ]
        if len(targets) == 1:
            groups[targets[0]] += groups.pop(key)


def _acronym_supported(acronym: list[Item], full: list[Item]) -> bool:
    """An acronym joins a full name only when some article uses both, or the full name is at least as common:
    a widely used acronym ("BBC", 16 articles) must not be swallowed by a rare name with the same initials
    ("Bank of British Columbia", one article)."""
    acr_articles = {it.article_id for it in acronym}
    full_articles = {it.article_id for it in full}
    return bool(acr_articles & full_articles) or len(full_articles) >= len(acr_articles)


def _place_key(it: Item) -> tuple:
    m = it.m
    if m.get("kind") == "country" and m.get("country_iso3"):
        return ("country", m["country_iso3"])
    if m.get("kind") == "city" and m.get("geonameid"):
        return ("city", m["geonameid"])
    return (it.label, it.tokens)


def _accent_words(canonical: str, surfaces: list[str]) -> str:
    """Restore accents word by word from any accented variant ("Diaz-Canel Bermudez" + "Díaz-Canel")."""
    best: dict[str, tuple[int, str]] = {}
    for s in surfaces:
        for w in s.split():
            k = fold(w)
            cand = (diacritic_count(w), w)
            if k not in best or cand > best[k]:
                best[k] = cand
    out = []
    for w in canonical.split():
        n, accented = best.get(fold(w), (0, w))
        out.append(accented if n > diacritic_count(w) else w)
    return " ".join(out)


_VOWELS = frozenset("AEIOU")


def _reads_as_word(acronym: str) -> bool:
    """An acronym said as a word ("NATO", "ASEAN", "UNESCO"), not letter by letter ("FSB", "IDF", "WSJ"):
    four letters or more, vowels in it and no three consonants in a row."""
    if len(acronym) < 4 or not _VOWELS & set(acronym[1:]):
        return False
    return not re.search(r"[^AEIOU]{3}", acronym)


def _spoken_acronym(group: list[Item]) -> str | None:
    """An organisation known by an acronym said as a word, which its full name in the group spells, and
    written so in as many articles as the full name: the acronym is its usual name (NATO, not North
    Atlantic Treaty Organization; but United Nations, not UN)."""
    articles: dict[str, set[str]] = defaultdict(set)
    for it in group:
        articles[it.m["name"]].add(it.article_id)
    for name in sorted(articles):
        if not (name.isupper() and name.isalpha() and _reads_as_word(name)):
            continue
        full = [other for other in articles if other != name and name in _initials(other)]
        if full and len(articles[name]) >= max(len(articles[f]) for f in full):
            return name
    return None


@lru_cache(maxsize=1)
def _leading_given_names() -> dict[tuple[str, ...], set[tuple[str, str | None]]]:
    """Dictionary person names of three words or more keyed by all but their first word: the given name a
    shorter form leaves out, with the name's country ("tayyip erdogan" -> recep, TUR)."""
    out: dict[tuple[str, ...], set[tuple[str, str | None]]] = defaultdict(set)
    for key, readings in actor_table().items():
        words = tuple(key.split())
        if len(words) < 3 or set(words) & TITLE_WORDS or not all(w.isalpha() and len(w) > 1 for w in words):
            continue
        for r in readings:
            if r.kind == "person":
                out[words[1:]].add((words[0], r.country))
    return out


def _full_given_names(form: str, country: str | None) -> str:
    """A person the article names by a second given name and surname ("Tayyip Erdogan", "Faki Mahamat") gets
    the first given name the dictionary writes before it, when it writes exactly one (of the same country)."""
    toks = name_tokens(form)
    if len(toks) < 2:
        return form
    firsts = {w for w, c in _leading_given_names().get(toks, set()) if not country or not c or c == country}
    if len(firsts) != 1:
        return form
    return f"{next(iter(firsts)).capitalize()} {form}"


def _canonical(group: list[Item], entity_type: str) -> str:
    """Most complete name form (most tokens, then most articles), properly accented."""
    if entity_type == "GPE" and group[0].m.get("kind") == "country":
        return actors.country_names().get(group[0].m["country_iso3"], group[0].m["name"])
    if entity_type == "PERSON" and all(it.m.get("nominal") for it in group):
        role = Counter(it.m["role"] for it in group).most_common(1)[0][0]
        country = actors.country_names().get(group[0].m.get("country_iso3") or "", "")
        return f"{role[:1].upper()}{role[1:]} of {country}" if country else role
    if entity_type == "GPE" and group[0].m.get("kind") == "city":
        city = actors.city_lookup(group[0].m["name"])
        if city:
            return city["name"]
    if entity_type == "ORG" and (acronym := _spoken_acronym(group)):
        return acronym
    articles: dict[str, set[str]] = defaultdict(set)
    surfaces: dict[str, Counter] = defaultdict(Counter)
    named = [it for it in group if not it.m.get("nominal")] or group
    for it in named:
        k = " ".join(it.tokens)
        articles[k].add(it.article_id)
        surfaces[k][it.m["name"]] += 1
    n_articles = len({it.article_id for it in named})
    multi = [k for k in articles if len(k.split()) > 1] or list(articles)
    common = [k for k in multi if 2 * len(articles[k]) >= n_articles] or multi
    key = max(  # ('United Nations' before 'U.N.': a dotted acronym has as many words)
        common,
        key=lambda k: (
            len(k.split()),
            not all(_acronym(s) for s in surfaces[k]),
            len(articles[k]),
            sum(surfaces[k].values()),
            k,
        ),
    )
    form = max(
        surfaces[key], key=lambda s: (diacritic_count(s), s[:1].isupper() and not s.isupper(), surfaces[key][s], s)
    )
    all_surfaces = [s for c in surfaces.values() for s in c]
    if entity_type == "PERSON":
        form = _full_given_names(form, vote([it.m.get("country_iso3") for it in group]))
    return _accent_words(form, all_surfaces)


def vote(values: list[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    return max(counts, key=lambda v: (counts[v], v))


def _role(group: list[Item]) -> str | None:
    counts = Counter(it.m.get("role") for it in group if it.m.get("role"))
    if not counts:
        return None
    return max(counts, key=lambda r: (counts[r], len(r), r))


def resolve_entities(
    analyses: list[dict], article_dates: dict[str, date] | None = None
) -> tuple[list[dict], dict[tuple[str, int], str]]:
    """Group the corpus's mentions into entities; returns contract rows and (article_id, idx) -> entity_id.
    ``article_dates`` (article_id -> publication date) picks the dictionary reading of a name for its time."""
    items: list[Item] = []
    for a in sorted(analyses, key=lambda a: a["article_id"]):
        for m in a["mentions"]:
            name = m.get("name") or m["surface"]
            toks = name_tokens(name)
            if not toks:
                toks = (fold(name),)
            label = "PERSON" if m.get("nominal") else m["label"]
            items.append(Item(a["article_id"], {**m, "name": name}, label, toks))
    _relabel_persons(items)
    relabel_listed(items)  # 'Daesh/GPE', 'Republicans/NORP': listed forms of organisations
    groups: list[tuple[str, list[Item]]] = []
    persons = _cluster_persons([it for it in items if it.label == "PERSON" and not it.m.get("nominal")])
    groups += [("PERSON", g) for g in _attach_nominals(persons, [it for it in items if it.m.get("nominal")])]
    groups += [("ORG", g) for g in merge_listed(_cluster_orgs([it for it in items if it.label == "ORG"]))]
    other: dict[tuple, list[Item]] = defaultdict(list)
    for it in items:
        if it.label not in ("PERSON", "ORG"):
            label = "GPE" if it.m.get("kind") in ("country", "city") else it.label
            key = _place_key(it) if label in ("GPE", "LOC") else (label, name_key(it.m["name"]) or it.tokens)
            other[(label, key)].append(it)
    groups += [(label, g) for (label, _), g in sorted(other.items(), key=lambda kv: repr(kv[0]))]
    return _rows(groups, article_dates)


def _qualifier(etype: str, group: list[Item], country: str | None) -> str:
    """What besides the name tells entities apart: an organisation's country, a place's gazetteer id."""
    if etype == "ORG":
        return country or ""
    if etype in ("GPE", "LOC"):
        m = group[0].m
        return f"{m.get('kind') or ''}:{m.get('geonameid') or m.get('country_iso3') or ''}"
    return ""


def _rows(
    groups: list[tuple[str, list[Item]]], article_dates: dict[str, date] | None = None
) -> tuple[list[dict], dict[tuple[str, int], str]]:
    """Contract rows; groups that end up with the same id are merged."""
    by_id: dict[str, dict] = {}
    mention_entity: dict[tuple[str, int], str] = {}
    for etype, group in groups:
        canonical = _canonical(group, etype)
        country = vote([it.m.get("country_iso3") for it in group])
        eid = entity_id_for(canonical, etype, _qualifier(etype, group, country))
        row = by_id.setdefault(
            eid, {"entity_id": eid, "canonical_name": canonical, "entity_type": etype, "_members": []}
        )
        row["_members"] += group
        for it in group:
            mention_entity[(it.article_id, it.m["idx"])] = eid
    entities = []
    members: dict[str, list[Item]] = {}
    for eid in sorted(by_id):
        row = by_id[eid]
        group = members[eid] = row.pop("_members")
        row["country_iso3"] = vote([it.m.get("country_iso3") for it in group])
        row["role"] = _role(group) if row["entity_type"] in ("PERSON", "ORG") else None
        row["aliases"] = sorted({it.m["surface"] for it in group})
        row["num_articles"] = len({it.article_id for it in group})
        entities.append(row)
    complete_countries(entities, members, mention_entity, article_dates)
    return entities, mention_entity
