"""Parsed ``Doc``s as bytes, for their per-article extraction in another process.

Loads spaCy only (not the extraction code): a worker process that only parses imports this and
``sitrep.extract.nlp``, so it starts parsing sooner (``sitrep.extract.parallel``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from sitrep.extract.spacy_ids import STOP_WORDS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: what a parsed ``Doc`` leaves out when it is sent to another process for its analysis: the encoder's output
#: (large, read by no extraction rule) and the per-Doc caches extraction itself fills
DOC_BYTES_EXCLUDE = ("tensor", "user_data")


_WORD = re.compile(r"[^\W\d_](?:[\w.'’&-]*\w)?\.?")


def _title_case(title: str) -> bool:
    """'Iran's Top Leader Mocks Trump': every word but the short ones capitalised (three words at least)."""
    words = [w for w in _WORD.findall(title) if len(w) > 3]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def _last_char_before(text: str, i: int) -> str:
    """The last character before ``text[i]`` that is not white space ('' at the start), without copying ``text``."""
    j = i - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    return text[j] if j >= 0 else ""


def body_cased(title: str, body: str) -> str:
    """A headline in capitals ('TEHRAN WITHDRAWS DIPLOMATS FROM BRITAIN') or in title case ('Iran's Top Leader
    Mocks Trump') in the spelling its body uses for each word ('Tehran withdraws diplomats from Britain'): a word
    the body also writes in lower case, or never writes, is lower case; one the body writes in capitals only (a
    dateline's 'QUITO') is a name. A function word capitalised only where a sentence starts ('It said') is lower
    case. Any other headline is returned as it is."""
    if not (title.isupper() or _title_case(title)):
        return title
    spelt: dict[str, str] = {}
    for m in _WORD.finditer(body):
        before = _last_char_before(body, m.start())
        initial = not before or before in ".!?\"'“”:-"
        for word in {m.group(0), m.group(0).rstrip(".")}:  # 'U.S.' and 'Britain.' at a sentence's end
            key = word.casefold()
            if word.isupper() and len(word) > 1 and "." not in word:
                word = word.capitalize()  # 'QUITO, March 4 -'
            if word.islower() or (initial and key in STOP_WORDS):
                spelt[key] = key
            elif key not in spelt:
                spelt[key] = word

    def recase(m: re.Match) -> str:
        word = m.group(0)
        return spelt.get(word.casefold()) or spelt.get(word.casefold().rstrip("."), word.lower())

    cased = _WORD.sub(recase, title)
    return cased[:1].upper() + cased[1:]


#: a title the body repeats this near its start (a web page's own headline line) is read there already
OPENING_CHARS = 2000


def usable_title(article: dict) -> str:
    """The article's title to code events from (``headline_events``), or '': none, a title made from the body's
    first sentence, a question, or a title the body repeats near its start."""
    title = body_cased(" ".join((article.get("title") or "").split()), article.get("body") or "")
    if not title or article.get("title_source") == "first_sentence" or title.endswith("?"):
        return ""
    opening = " ".join((article.get("body") or "")[:OPENING_CHARS].split()).casefold()
    return "" if title.casefold() in opening else title


def parsed_pairs(
    articles: list[dict], nlp: Language, batch_size: int = 32, n_process: int = 1
) -> Iterator[tuple[Doc, Doc | None]]:
    """(body Doc, title Doc or None) of each article, bodies and titles parsed in one ``nlp.pipe`` run."""
    titles = [usable_title(a) for a in articles]

    def texts() -> Iterator[str]:
        for article, title in zip(articles, titles, strict=True):
            yield article["body"]
            if title:
                yield title

    docs = nlp.pipe(texts(), batch_size=batch_size, n_process=n_process)
    for title in titles:
        body = next(docs)
        yield body, (next(docs) if title else None)


def parse_articles(articles: Iterable[dict], nlp: Language, batch_size: int = 32) -> list[tuple[bytes, bytes | None]]:
    """Each article's parsed ``Doc``s (body, title or None) as bytes, for ``pipeline.analyze_parsed`` in another
    process (the same analyses as ``pipeline.analyze_articles``: tokens, tags, lemmas, parse, entities and
    sentence starts all travel)."""
    return [
        (body.to_bytes(exclude=DOC_BYTES_EXCLUDE), title.to_bytes(exclude=DOC_BYTES_EXCLUDE) if title else None)
        for body, title in parsed_pairs(list(articles), nlp, batch_size)
    ]
