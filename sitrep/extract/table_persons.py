"""Persons the actor tables list by full name, wherever the model left the name untagged or mislabelled it.

The small model misses well-known names in short sentences ('Alexei Navalny was jailed by a court') and calls
some of them organisations or places ('Olaf Scholz/ORG'). A run of two to four capitalised words that the Phoenix
tables (or ``data/office_holders.tsv``) list as a person's full name or alias, and as no organisation, becomes a
PERSON mention: added when no mention covers any of its words, or standing for the mentions it covers when these
lie wholly inside it and are no persons ('Scholz/GPE' of 'Olaf Scholz'). A capitalised word right after the run
means a longer name the tables do not list ('George Washington University'): left to the model; so is a mention
running past the name. The surname elsewhere in the article then follows from the mention
(``person_cues.propagate_persons``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.doc_text import token_texts
from sitrep.extract.listed_persons import listed_person
from sitrep.extract.mention_span import Span, is_title_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: the longest and shortest listed names tried, in tokens
MAX_TOKENS = 4
MIN_TOKENS = 2


def _name_word(tok: Token) -> bool:
    """A capitalised word that may be part of a person's name ('Navalny', 'Díaz-Canel', "O'Brien")."""
    return _name_text(tok.text)


def _name_text(word: str) -> bool:
    """``_name_word`` of a token written ``word``."""
    return word[:1].isupper() and word.replace("-", "").replace("'", "").replace("’", "").isalpha()


def _listed_at(doc: Doc, i: int) -> Span | None:
    """The longest listed person's name opening at ``doc[i]`` and ending the run of capitalised words, as a span."""
    if not _name_word(doc[i]) or is_title_word(doc[i].text):
        return None
    n = 1
    while n < MAX_TOKENS + 1 and i + n < len(doc) and not doc[i + n].is_sent_start and _name_word(doc[i + n]):
        n += 1
    if n > MAX_TOKENS:
        return None  # a longer run of capitals: a title or an organisation's name
    for k in range(n, MIN_TOKENS - 1, -1):
        if k < n and not is_title_word(doc[i + k].text):
            return None  # 'Theresa May Foundation': the run goes on past the listed name
        found = doc[i : i + k]
        if listed_person(found.text):
            return Span(found.start_char, found.end_char, "PERSON", model_label="")
    return None


def add_listed_persons(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a PERSON mention for each listed full name left untagged or split (see module doc)."""
    added: list[Span] = []
    dropped: set[int] = set()
    names = [_name_text(word) for word in token_texts(doc)]
    for i, name in enumerate(names):
        if not name:
            continue  # no listed name opens here (``_listed_at``)
        if i > 0 and names[i - 1] and not doc[i].is_sent_start:
            continue  # a name opens the run of capitals
        found = _listed_at(doc, i)
        if found is None:
            continue
        s, e = found.start, found.end
        covered = [sp for sp in spans if sp.start < e and s < sp.end]
        if any(sp.start < s or sp.end > e or sp.label == "PERSON" for sp in covered):
            continue  # a longer mention, or the person already
        added.append(found)
        dropped.update(id(sp) for sp in covered)
    if not added:
        return spans
    return sorted([*(sp for sp in spans if id(sp) not in dropped), *added], key=lambda sp: (sp.start, sp.end))
