"""Name normalisation and name-variant matching for entity resolution.

Why: the same person is written many ways (accents or not, transliterations such as Sergey/Sergei/Sergueï,
hyphens, middle names, titles). Names are compared as sequences of folded tokens: accents removed, case
folded, punctuation dropped, hyphenated parts split. Two tokens match when their transliteration skeletons
are equal or, for longer tokens, when rapidfuzz says they are near-identical. A shorter name matches a longer
one when its tokens appear in the same order inside it ("Alberto Álvarez" ~ "Lázaro Alberto Álvarez Casas").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

APOSTROPHES = "'’ʼ‘`´"
_POSSESSIVE = re.compile(r"[" + APOSTROPHES + r"]s?$", re.I)
_NON_WORD = re.compile(r"[^\w\s]", re.UNICODE)

# Leading words that are titles or honorifics rather than part of a name (lower-case, dots removed).
_TITLE_TEXT = """
    president presidents vice prime minister ministers deputy secretary secretaries general gen lt col colonel
    maj major capt captain cmdr commander admiral adm marshal brig brigadier sgt sergeant lieutenant
    mr mrs ms miss dr prof professor sir dame lord lady sen senator rep representative gov governor mayor
    speaker chairman chairwoman chairperson chair chancellor king queen prince princess emir sheikh sultan
    premier pope cardinal bishop ayatollah imam rabbi rev reverend father sister brother
    spokesman spokeswoman spokesperson ambassador envoy counterpart counterparts colleague aide adviser advisor
    director chief head leader officer official retired former late interim acting first supreme
    foreign interior defense defence finance economy trade justice oil energy health education agriculture
    security intelligence affairs international relations cooperation state treasury commerce labor labour
    transport transportation homeland industry environment culture information communications public national
    armed forces staff chiefs joint attorney assistant undersecretary parliamentary presidential executive
    commissioner high central opposition crown diplomat staffer home shadow
    taoiseach tánaiste tanaiste td mp mep fr judge detective inspector superintendent constable sheriff
    comedian journalist reporter economist analyst archbishop monsignor pastor
    honorable honourable excellency comrade dictator strongman ruler monarch autocrat
"""
TITLE_WORDS = frozenset(_TITLE_TEXT.split())
# Titles that name an office (used to decide that a left context really is a role, not just an adjective).
_CORE_TEXT = """
    president minister secretary general gen colonel col commander admiral marshal chairman chairwoman
    chairperson chair chancellor king queen prince emir sheikh sultan premier pope ayatollah spokesman
    spokeswoman spokesperson ambassador envoy counterpart colleague aide adviser advisor director chief head leader
    governor mayor speaker senator sen lieutenant lt major maj captain capt brigadier
    dictator strongman ruler monarch autocrat diplomat
"""
CORE_TITLES = frozenset(_CORE_TEXT.split())
GENERATIONAL = frozenset({"jr", "sr", "ii", "iii", "iv", "junior", "senior"})
NAME_PARTICLES = frozenset(
    {
        "van",
        "von",
        "der",
        "de",
        "del",
        "della",
        "di",
        "da",
        "dos",
        "das",
        "du",
        "la",
        "le",
        "bin",
        "ibn",
        "al",
        "el",
        "y",
        "e",
        "ben",
        "abu",
        "ter",
        "ten",
    }
)


def fold(text: str) -> str:
    """Accent-free, case-folded, whitespace-normalised text (hyphens and apostrophes kept)."""
    stripped = text or ""
    if not stripped.isascii():  # NFKD leaves ASCII as it is and it has no combining marks: the fast path
        decomposed = unicodedata.normalize("NFKD", stripped)
        stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def strip_possessive(text: str) -> str:
    """Drop a trailing possessive ("Patrushev's" -> "Patrushev", "Burundis'" -> "Burundis")."""
    return _POSSESSIVE.sub("", text.rstrip()) if re.search(r"[" + APOSTROPHES + r"]s?$", text) else text


@lru_cache(maxsize=65536)
def name_tokens(name: str) -> tuple[str, ...]:
    """Folded tokens of a name: possessive dropped, hyphens split, punctuation removed."""
    text = fold(strip_possessive(name))
    text = text.replace("-", " ").replace("‐", " ")
    for ch in APOSTROPHES:
        text = text.replace(ch, "")
    text = _NON_WORD.sub(" ", text)
    return tuple(text.split())


def name_key(name: str) -> str:
    """A hashable folded key for a name ("Díaz-Canel's" -> "diaz canel")."""
    return " ".join(name_tokens(name))


_SKELETON_RULES = [
    (re.compile(r"dzh"), "j"),
    (re.compile(r"zh"), "j"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"w"), "v"),
    (re.compile(r"gue"), "ge"),
    (re.compile(r"gui"), "gi"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"y"), "i"),
    (re.compile(r"(.)\1+"), r"\1"),
]


@lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """Transliteration-insensitive form of a folded token (Sergey/Sergei/Sergueï -> 'sergei')."""
    out = token
    for pattern, repl in _SKELETON_RULES:
        out = pattern.sub(repl, out)
    return out


@lru_cache(maxsize=262144)
def tokens_match(a: str, b: str) -> bool:
    """Token ``a`` (of the shorter name) is token ``b``: transliteration, a missing letter, or ``a`` is an
    initial of ``b`` ("c" ~ "carlos"; not the reverse, so "Castro" never matches the "C." of "Ryan C. Berg")."""
    if a == b:
        return True
    if len(a) == 1:
        return a[0] == b[0]
    if len(b) == 1:
        return False
    sa, sb = skeleton(a), skeleton(b)
    if sa == sb:
        return True
    if min(len(sa), len(sb)) < 5 or sa[0] != sb[0] or abs(len(sa) - len(sb)) > 1:
        return False
    return fuzz.ratio(sa, sb) >= 85


def _subsequence(short: tuple[str, ...], long: tuple[str, ...], exact: bool = False) -> list[int] | None:
    """Positions in ``long`` matched in order by every token of ``short`` (greedy), or None."""
    positions, j = [], 0
    for tok in short:
        while j < len(long) and not (tok == long[j] if exact else tokens_match(tok, long[j])):
            j += 1
        if j == len(long):
            return None
        positions.append(j)
        j += 1
    return positions


def _anchored(pairs: list[tuple[str, str]]) -> bool:
    """At least one real token is the same up to transliteration: a spelling slip is believed only next to
    an exact match ("Ebrahim Raeisi" ~ "Ebrahim Raisi", but "Regan" alone is not "Reagan")."""
    return any(len(a) > 1 and skeleton(a) == skeleton(b) for a, b in pairs)


def names_equal(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same number of tokens, every token matches, one of them exactly (variants of one full name)."""
    return (
        len(a) == len(b)
        and all(tokens_match(x, y) or tokens_match(y, x) for x, y in zip(a, b, strict=True))
        and _anchored(list(zip(a, b, strict=True)))
    )


def _may_anchor(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Some token of ``short`` longer than a letter has the transliteration skeleton of a token of ``long``: what
    ``_anchored`` (and the ``first_ok`` shortcut) need of any pairing of the two names, so without it
    ``is_name_part_of`` is False whatever the tokens' order (most name pairs resolution asks about share none)."""
    return not _skeletons(short, True).isdisjoint(_skeletons(long, False))


@lru_cache(maxsize=65536)
def _skeletons(tokens: tuple[str, ...], real: bool) -> frozenset[str]:
    """The skeletons of a name's tokens (``real``: of those longer than a letter); a name is asked about often."""
    return frozenset(skeleton(t) for t in tokens if not real or len(t) > 1)


@lru_cache(maxsize=262144)  # a pure function asked about the same name pairs again and again by resolution
def is_name_part_of(
    short: tuple[str, ...], long: tuple[str, ...], strict: bool = False, first_ok: bool = False
) -> bool:
    """``short`` is a shorter form of ``long``: its tokens occur in order in ``long`` and it keeps a surname.

    ``first_ok`` also accepts a single token equal to the first token ("Xi" of "Xi Jinping": East Asian
    order, or a first-name reference inside one article).
    ``strict`` compares transliteration skeletons exactly (no fuzzy letters): used where a false match
    would be costly, such as relabelling a non-person span as a person.
    Why the surname condition: "Miguel" alone must not match "Miguel Díaz-Canel", but "Díaz-Canel" and
    "Alberto Álvarez" (inside "Lázaro Alberto Álvarez Casas") must. Single-letter initials are ignored.
    """
    if not short or not long or len(short) > len(long):
        return False
    if not strict and not _may_anchor(short, long):
        return False  # every way to True below needs a real token of ``short`` spelt like one of ``long``
    if strict:
        short, long = tuple(skeleton(t) for t in short), tuple(skeleton(t) for t in long)
    if len(short) == len(long):
        return names_equal(short, long) if not strict else short == long
    if first_ok and len(short) == 1 and len(short[0]) > 1 and skeleton(short[0]) == skeleton(long[0]):
        return True
    real = [t for t in short if len(t) > 1 and t not in NAME_PARTICLES]
    if not real:
        return False
    initials = {t for t in short if len(t) == 1}
    if initials and initials != {t for t in long if len(t) == 1}:
        return False  # "George W. Bush" is not "George H. W. Bush"
    if (set(long) - set(short)) & GENERATIONAL:
        return False  # "Donald Trump" is not "Donald Trump Jr."
    positions = _subsequence(short, long, exact=strict)
    if positions is None or not _anchored([(t, long[p]) for t, p in zip(short, positions, strict=True)]):
        return False
    if positions[0] > 0 and len(short) >= 2 and skeleton(short[0]) != skeleton(long[positions[0]]):
        return False  # a given name past the long one's first word is spelt alike: 'Marine Le Pen', 'Jean-Marie Le Pen'
    return positions[-1] > 0


def diacritic_count(text: str) -> int:
    """How many accented letters a surface has (prefer 'Díaz-Canel' over 'Diaz-Canel' as canonical); none in
    ASCII text (its decomposition is itself: most surfaces are passed over without it)."""
    if text.isascii():
        return 0
    return sum(1 for c in unicodedata.normalize("NFKD", text) if unicodedata.combining(c))


def is_titlecase_name(text: str) -> bool:
    """Every word starts with an upper-case letter or is a lower-case name particle ("Alberto van Klaveren")."""
    words = [w for w in re.split(r"[\s\-]+", text) if w]
    if not words:
        return False
    ok = [w[0].isupper() or w.lower() in NAME_PARTICLES for w in words]
    return all(ok) and words[0][0].isupper()
