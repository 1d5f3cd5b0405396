"""A person's country from how the text describes them, where no cue of the name's own phrase gives one.

Two descriptions the mention cues (``actor_cues``) do not read, both of one person the text names:

- the definite description of the next sentence: "X was arrested in Berlin on Monday. The Polish lorry driver denied
  the charges." A subject 'the <...> <demonym> <noun>' whose head is a noun of a private person
  (``data/described_nationals.tsv``), at the start of the sentence after one that names one person and no other, with
  no person named before it, is that person: they take the demonym's country.
- the lead description before the name: "A British backpacker was stabbed in a hostel on Monday. Mia Smith, 20, died
  at the scene." A subject 'a <...> <demonym> <noun>' of a sentence naming no person, before a sentence whose subject
  is the one person it names, is that person.
- a relative of a person with a country: "Anna Berg, the mother of British student Tom Berg", "Tom Berg's mother,
  Anna Berg": the kin noun (``data/kin_nouns.tsv``) in apposition to the name, its 'of' phrase or possessor naming a
  person whose phrase gave a country. Family share a country far more often than the place a story is told in.

- the party-and-state tag of an American lawmaker right after the name: "Rep. Jane Dorsey, R-Ohio," or "Sen. Mark
  Tolland (D-Mich.)": the convention is the United States' (``PARTY_TAG``).

Only a person whom the text left without a country is changed; the cue is recorded as ``described``, ``kin`` or
``party-tag``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.doc_text import doc_text
from sitrep.extract.gazetteer import demonym_iso3
from sitrep.extract.kin_owners import kin
from sitrep.extract.mention_span import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: an American lawmaker's party (Republican, Democrat, independent) and state after the name: ', R-Ohio,' '(D-N.Y.)'
PARTY_TAG = re.compile(r"^\s*[,(]\s*[RDI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\s*[,)]")
PARTY_TAG_COUNTRY = "USA"
#: dependency labels of a clause's subject
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: the article of a description of a person named before it ('the'), and of one named after it ('a', 'an')
DEFINITE = frozenset({"the"})
INDEFINITE = frozenset({"a", "an"})
#: links between a name and a noun in apposition to it ('X, the mother of Y'; "Y's mother X")
APPOSITION_DEPS = frozenset({"appos", "compound"})


@lru_cache(maxsize=1)
def described_nouns() -> frozenset[str]:
    """Head nouns of a private person's description (``data/described_nationals.tsv``)."""
    return frozenset(r["noun"] for r in read_tsv("described_nationals.tsv"))


def _persons(spans: list[Span]) -> list[Span]:
    return [sp for sp in spans if sp.label == "PERSON"]


def _root(doc: Doc, sp: Span) -> Token | None:
    """The syntactic head of a mention's tokens."""
    chunk = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    return chunk.root if chunk is not None and len(chunk) else None


def _demonym_country(noun: Token, articles: frozenset[str]) -> str | None:
    """The one country of the demonyms among the modifiers of a description's head (its article in ``articles``)."""
    if noun.lemma_.lower() not in described_nouns() and noun.lower_ not in described_nouns():
        return None
    if noun.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in articles for c in noun.children):
        return None
    found = {demonym_iso3(c.text) for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _distinct(doc: Doc, named: list[Span]) -> set[str]:
    """The distinct persons among mentions: a name that is the tail of a longer one ('Berg' of 'Tom Berg') is it."""
    names = {sp.name or doc_text(doc)[sp.start : sp.end] for sp in named}
    return {n for n in names if not any(o != n and o.endswith(" " + n) for o in names)}


def _by_sentence(doc: Doc, spans: list[Span]) -> tuple[list, dict[int, list[Span]]]:
    """The sentences of ``doc`` and, per sentence index, its person mentions."""
    sents = list(doc.sents)
    index = {sent.start: i for i, sent in enumerate(sents)}
    by_sent: dict[int, list[Span]] = {}
    for sp in _persons(spans):
        tok = doc.char_span(sp.start, sp.end, alignment_mode="expand")
        if tok is not None and len(tok) and tok[0].sent.start in index:
            by_sent.setdefault(index[tok[0].sent.start], []).append(sp)
    return sents, by_sent


def _first_subject(sent, before: int) -> Token | None:  # noqa: ANN001 - a spaCy sentence Span
    """The first noun subject of a sentence, when it starts before char offset ``before`` (a person named there)."""
    subject = next((t for t in sent if t.dep_ in SUBJECT_DEPS and t.pos_ == "NOUN"), None)
    return subject if subject is not None and subject.left_edge.idx < before else None


def _one_person(doc: Doc, named: list[Span]) -> bool:
    """One person and no other is named, and without a country."""
    return len(_distinct(doc, named)) == 1 and not any(sp.country for sp in named)


def _named_subject(doc: Doc, named: list[Span]) -> bool:
    """The person is the subject of a clause of the sentence (not one it acts on: 'police arrested X')."""
    roots = [_root(doc, sp) for sp in named]
    return any(tok is not None and tok.dep_ in SUBJECT_DEPS for tok in roots)


def _next_description(doc: Doc, spans: list[Span]) -> None:
    """A description opening the sentence after a sentence naming one person (module doc), or a lead description
    ('A British backpacker was stabbed ...') before a sentence whose subject is the one person it names."""
    sents, by_sent = _by_sentence(doc, spans)
    for i in range(len(sents) - 1):
        named, after = by_sent.get(i, []), by_sent.get(i + 1, [])
        nxt = sents[i + 1]
        if _one_person(doc, named):
            subject = _first_subject(nxt, min((sp.start for sp in after), default=nxt.end_char))
            country = _demonym_country(subject, DEFINITE) if subject is not None else None
        elif not named and _one_person(doc, after) and _named_subject(doc, after):
            subject = _first_subject(sents[i], sents[i].end_char)
            named, country = after, _demonym_country(subject, INDEFINITE) if subject is not None else None
        else:
            continue
        for sp in named if country else ():
            sp.country, sp.country_cue = country, "described"


def _owner_country(noun: Token, by_root: dict[int, Span]) -> str | None:
    """The country of the person a kin noun's 'of' phrase or possessor names, when their phrase gave one."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    ofs = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    owners += [g for c in ofs for g in c.children if g.dep_ == "pobj"]
    for tok in owners:
        sp = by_root.get(tok.i)
        if sp is not None and sp.country:
            return sp.country
    return None


def _kin_countries(doc: Doc, spans: list[Span]) -> None:
    """A person in apposition to a kin noun takes the country of the one the noun relates them to (module doc)."""
    persons = _persons(spans)
    roots = [_root(doc, sp) for sp in persons]
    by_root = {tok.i: sp for sp, tok in zip(persons, roots, strict=True) if tok is not None}
    for sp, tok in zip(persons, roots, strict=True):
        if tok is None or sp.country:
            continue
        nouns = [c for c in tok.children if c.dep_ in APPOSITION_DEPS]
        nouns += [tok.head] if tok.dep_ == "appos" else []
        for noun in nouns:
            country = _owner_country(noun, by_root) if kin(noun) else None
            if country:
                sp.country, sp.country_cue = country, "kin"
                break


def describe_countries(doc: Doc, spans: list[Span]) -> list[Span]:
    """Give persons the text left without a country the country of a description of them (module doc)."""
    for sp in _persons(spans):
        if sp.country is None and PARTY_TAG.match(doc_text(doc)[sp.end : sp.end + 24]):
            sp.country, sp.country_cue = PARTY_TAG_COUNTRY, "party-tag"
    _next_description(doc, spans)
    _kin_countries(doc, spans)
    return spans
