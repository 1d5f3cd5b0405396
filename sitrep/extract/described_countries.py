"""A person's country from how the text describes them, where no cue of the name's own phrase gives one.

Two descriptions the mention cues (``actor_cues``) do not read, both of one person the text names:

- the definite description of the next sentence: "X was arrested in Berlin on Monday. The Polish lorry driver denied
  the charges." A subject 'the <...> <demonym> <noun>' whose head is a noun of a private person
  (``data/described_nationals.tsv``), at the start of the sentence after one that names one person and no other, with
  no person named before it, is that person: they take the demonym's country.
- a relative of a person with a country: "Anna Berg, the mother of British student Tom Berg", "Tom Berg's mother,
  Anna Berg": the kin noun (``data/kin_nouns.tsv``) in apposition to the name, its 'of' phrase or possessor naming a
  person whose phrase gave a country. Family share a country far more often than the place a story is told in.

Only a person whom the text left without a country is changed; the cue is recorded as ``described`` or ``kin``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from sitrep.extract.data_files import read_tsv
from sitrep.extract.gazetteer import demonym_iso3
from sitrep.extract.kin_owners import kin
from sitrep.extract.mention_span import Span

#: dependency labels of a clause's subject
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
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


def _demonym_country(noun: Token) -> str | None:
    """The one country of the demonyms among the modifiers of a definite description's head."""
    if noun.lemma_.lower() not in described_nouns() and noun.lower_ not in described_nouns():
        return None
    if noun.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    found = {demonym_iso3(c.text) for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _distinct(doc: Doc, named: list[Span]) -> set[str]:
    """The distinct persons among mentions: a name that is the tail of a longer one ('Berg' of 'Tom Berg') is it."""
    names = {sp.name or doc.text[sp.start : sp.end] for sp in named}
    return {n for n in names if not any(o != n and o.endswith(" " + n) for o in names)}


def _next_description(doc: Doc, spans: list[Span]) -> None:
    """The description opening the sentence after a sentence naming one person (module doc)."""
    sents = list(doc.sents)
    by_sent: dict[int, list[Span]] = {}
    for sp in _persons(spans):
        tok = doc.char_span(sp.start, sp.end, alignment_mode="expand")
        if tok is not None and len(tok):
            by_sent.setdefault(sents.index(tok[0].sent) if tok[0].sent in sents else -1, []).append(sp)
    for i in range(len(sents) - 1):
        named = by_sent.get(i, [])
        if len(_distinct(doc, named)) != 1 or any(sp.country for sp in named):
            continue
        nxt = sents[i + 1]
        subject = next((t for t in nxt if t.dep_ in SUBJECT_DEPS and t.pos_ == "NOUN"), None)
        first_person = min((sp.start for sp in by_sent.get(i + 1, [])), default=nxt.end_char)
        if subject is None or subject.left_edge.idx >= first_person:
            continue
        country = _demonym_country(subject)
        if country:
            for sp in named:
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
    _next_description(doc, spans)
    _kin_countries(doc, spans)
    return spans
