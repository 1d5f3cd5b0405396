"""An organisation's name glued to the name of the person who heads it.

'Chairman of the Public Council under the [Interior Ministry Anatoly Kucherena]' and 'Head of the [Human Rights
Commission Pavel Orlov]': with no comma between them, the small model tags the body and its head as one
organisation. Two or three capitalised words after the span's last organisation word are a person's name when
the first is a known given name or the last is written alone elsewhere in the article ('Kucherena told ...').
"""

from __future__ import annotations

import re

from sitrep.extract import actors
from sitrep.extract.actor_dictionary import given_names
from sitrep.extract.entity_names import name_tokens
from sitrep.extract.entity_vocab import ORG_WORDS, PLACE_WORDS
from sitrep.extract.mention_span import Span, is_title_word, word_spans

#: how many words a person's name glued after an organisation may have
NAME_WORDS = (2, 3)


def split_trailing_person(text: str, span: Span) -> list[Span]:
    """[organisation, person] when ``span`` is an organisation ending in its head's name, else [span]."""
    if span.label != "ORG" or span.kind:
        return [span]
    words = word_spans(text, span.start, span.end)
    org_at = [i for i, (a, b) in enumerate(words) if set(name_tokens(text[a:b])) & ORG_WORDS]
    if not org_at or len(words) - org_at[-1] - 1 not in NAME_WORDS:
        return [span]
    tail = [text[a:b] for a, b in words[org_at[-1] + 1 :]]
    if not all(_name_word(w) for w in tail) or set(name_tokens(" ".join(tail))) & (ORG_WORDS | PLACE_WORDS):
        return [span]
    if not (tail[0].lower() in given_names() or _written_alone(text, span, tail[-1])):
        return [span]
    start = words[org_at[-1] + 1][0]
    return [
        Span(span.start, words[org_at[-1]][1], "ORG", model_label=span.model_label),
        Span(start, span.end, "PERSON", outer_start=start, model_label=span.model_label),
    ]


def _name_word(word: str) -> bool:
    """A capitalised word that is no title, no all-caps acronym and no country ('Anatoly', 'Kucherena')."""
    return (
        word[:1].isupper()
        and not word.isupper()
        and word.isalpha()
        and not is_title_word(word)
        and not actors.country_iso3(word)
    )


def _written_alone(text: str, span: Span, surname: str) -> bool:
    """The surname occurs in the article outside this span."""
    pattern = re.compile(r"(?<![\w-])" + re.escape(surname) + r"(?![\w-])")
    return any(not span.start <= m.start() < span.end for m in pattern.finditer(text))
