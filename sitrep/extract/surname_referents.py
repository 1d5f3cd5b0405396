"""Which of several people of an article a bare surname means ('Trump' after 'Donald Trump' and 'Ivanka Trump').

Inside one article the person told of most so far is its main subject, and a surname written long after the last
namesake means him; a surname right after a namesake's full name means the namesake ('Samaria Rice said ... Rice's
attorney'), unless the article already calls its main subject by the bare surname and the corpus knows that
person far better than the namesake: the news writes 'Trump' for Donald Trump, whatever relative was named a line
before ('His daughter Ivanka Trump attended the meeting. Trump then praised ...'). The corpus's knowledge of a
person is the number of articles naming him in full; a person of one or two articles, or of as many articles as
the namesake, is no such figure, and recency decides as before (two cousins of one local story).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

#: how many times as often as the most recently named one a person of an article must have been told of to take a
#: bare surname both fit (the article's main subject, not a passing namesake)
SALIENCE_RATIO = 2
#: how close before a bare surname (in characters, about a sentence and a half) a person's last mention makes it
#: the one meant, however often the article tells of another of that name
RECENT_CHARS = 250
#: a person the corpus names in full in at least this many articles, and this many times as many as the namesake,
#: is the one a bare surname the article already uses for him means (as ``resolution._dominant`` across articles)
CORPUS_ARTICLES = 3
CORPUS_RATIO = 4


def full_name_articles(items: Iterable) -> dict[tuple[str, ...], int]:
    """Name tokens of two words or more -> the number of articles of the corpus that write that full name
    (``items``: resolution's mention items, with ``article_id`` and ``tokens``)."""
    seen: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for it in items:
        if len(it.tokens) >= 2:
            seen[it.tokens].add(it.article_id)
    return {name: len(arts) for name, arts in seen.items()}


def _known(group: dict, articles: dict[tuple[str, ...], int]) -> int:
    return max((articles.get(n, 0) for n in group["names"] if len(n) >= 2), default=0)


def _calls_by_surname(group: dict, at: int) -> bool:
    """The article has called the person by a one-word name before ``at``."""
    return any(len(it.tokens) == 1 and it.m["start_char"] < at for it in group["members"])


def likely_referent(named: list[dict], at: int, articles: dict[tuple[str, ...], int] | None = None) -> dict:
    """Of several people of an article a bare surname at ``at`` fits, all named before it (``named``: local groups
    with ``names`` and ``members``): the corpus's far better known person the article already calls by that
    surname; else one named within ``RECENT_CHARS`` before it; else the one told of at least ``SALIENCE_RATIO``
    times as often so far as the most recently named one, else the most recently named one. ``articles``: the
    corpus's full names with their article counts (``full_name_articles``)."""
    nearest = max(named, key=lambda g: g["members"][-1].m["start_char"])
    if articles and len(named) > 1:
        star = max(named, key=lambda g: (_known(g, articles), len(g["members"])))
        rest = max(_known(g, articles) for g in named if g is not star)
        if star is not nearest and _far_better_known(_known(star, articles), rest) and _calls_by_surname(star, at):
            return star  # 'Trump' for Donald Trump, right after 'Ivanka Trump'
    main = max(named, key=lambda g: (len(g["members"]), -g["members"][0].m["start_char"]))
    if at - nearest["members"][-1].m["start_char"] <= RECENT_CHARS:
        return nearest  # named just before: 'Samaria Rice said ... Rice's attorney'
    return main if len(main["members"]) >= SALIENCE_RATIO * len(nearest["members"]) else nearest


def _far_better_known(top: int, rest: int) -> bool:
    return top >= CORPUS_ARTICLES and top >= CORPUS_RATIO * max(rest, 1)


def referent_chooser(items: Iterable) -> Callable[[list[dict], int], dict]:
    """``likely_referent`` bound to the corpus of ``items``."""
    articles = full_name_articles(items)
    return lambda named, at: likely_referent(named, at, articles)
