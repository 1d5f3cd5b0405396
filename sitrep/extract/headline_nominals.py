"""A nominal headline's act: 'Merkel at White House for talks with Trump', 'Turkey in talks with rebels', 'Kerry
on visit to Hanoi'. The headline opens with a noun phrase and gives that phrase's own act as an event noun after
a preposition of ``data/headline_act_preps.tsv`` ('for', 'in', 'on', 'at'; not a circumstance: 'after', 'amid').
The parse hangs the event noun off that phrase (or off a verb that codes nothing: 'Shultz arrives in Moscow for
arms talks'), where no rule reads it as an act; read as the phrase's act, the event noun heads the title and the
opening phrase is its possessor ('Merkel's talks with Trump'), and the title is coded by the same rules as any
phrase of the body."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_lexicon import NOUNS
from sitrep.extract.event_triggers import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


@lru_cache(maxsize=1)
def act_preps() -> frozenset[str]:
    return frozenset(r["prep"] for r in read_tsv("headline_act_preps.tsv"))


def _event_noun(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and (tok.lower_ in NOUNS or tok.lemma_ in lexicon().nouns)


def _actor(noun: Token) -> tuple[Token, Token] | None:
    """(the opening phrase's head, the token the event noun's phrase hangs from) when the event noun is that
    phrase's act: reached from the title's root through prepositional phrases only."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in act_preps():
        return None
    tok = prep.head
    while tok.dep_ == "pobj" and tok.head.dep_ == "prep":  # 'at White House for talks': 'for' under 'House'
        tok = tok.head.head
    if tok.dep_ != "ROOT":
        return None
    if tok.pos_ in NOMINAL or tok.ent_type_:
        return tok, tok
    subjects = [c for c in tok.children if c.dep_ == "nsubj" and (c.pos_ in NOMINAL or c.ent_type_)]
    return (subjects[0], tok) if tok.pos_ == "VERB" and subjects else None


def _reading(doc: Doc, noun: Token, actor: Token, root: Token) -> Doc:
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    heads[noun.i], deps[noun.i] = noun.i, "ROOT"
    heads[noun.head.i], deps[noun.head.i] = noun.i, "case"
    heads[actor.i], deps[actor.i] = noun.i, "poss"
    if root is not actor:
        heads[root.i], deps[root.i] = noun.i, "dep"
    return with_arcs(doc, heads, deps)


def with_arcs(
    doc: Doc,
    heads: list[int],
    deps: list[str],
    retag: dict[int, tuple[str, str, str, str]] | None = None,
    ents: list[str] | None = None,
) -> Doc:
    """``doc`` with other arcs; ``retag`` gives some tokens another (pos, tag, lemma, morph), ``ents`` other
    entity tags (IOB), else the doc's own."""
    from spacy.tokens import Doc  # here: a parsed title means spaCy is loaded; the flow process never loads it

    rows = [(retag or {}).get(t.i, (t.pos_, t.tag_, t.lemma_, str(t.morph))) for t in doc]
    return Doc(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        pos=[r[0] for r in rows],
        tags=[r[1] for r in rows],
        lemmas=[r[2] for r in rows],
        morphs=[r[3] for r in rows],
        heads=heads,
        deps=deps,
        ents=ents if ents is not None else [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc],
    )


def _infinitive(doc: Doc) -> Doc | None:
    """'US cities to hold protests', 'Reagan to announce decision': the parser hangs the verb off the noun phrase as
    a clause of it; read as a future headline, the verb heads the title and the phrase is its subject."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or not (root.pos_ in NOMINAL or root.ent_type_):
        return None
    verb = next((c for c in root.rights if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB"), None)
    if verb is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.lefts):
        return None
    heads, deps = [t.head.i for t in doc], [t.dep_ for t in doc]
    heads[verb.i], deps[verb.i] = verb.i, "ROOT"
    heads[root.i], deps[root.i] = verb.i, "nsubj"
    return with_arcs(doc, heads, deps)


def nominal_readings(title_doc: Doc) -> Iterator[Doc]:
    """The title read as the act of the noun phrase it opens with: for each event noun given as that act, and a
    verb given as its future ('X to hold talks')."""
    for tok in title_doc:
        found = _actor(tok) if _event_noun(tok) else None
        if found is not None:
            yield _reading(title_doc, tok, *found)
    future = _infinitive(title_doc)
    if future is not None:
        yield future
