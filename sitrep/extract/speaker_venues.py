"""Where a speaker spoke: the city an article says a person said their words in ('X said while speaking at a
base in Y', 'X told reporters in Y', 'Making a statement at Z House, Y, X said', 'X spoke in Y') places that
person's other acts of words in the article that no place of their own sentence ties down ('X on Monday
lambasted the press.' told before the quote the next sentence places): a report of what someone said mostly
reports one occasion. Only when the article gives the speaker one such city; only for acts of words
(``data/speaker_venue_verbs.tsv`` lists the verbs of speaking, ``VENUE_TYPES`` the categories)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import gazetteer
from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_context import EventContext
from sitrep.extract.event_syntax import SUBJ, clause_head

if TYPE_CHECKING:
    from spacy.tokens import Token

#: categories of acts of words: said where their speaker spoke
VENUE_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT", "CONCEDE"})
#: prepositions of the place a speaker spoke in ('in X', 'at a base in X')
VENUE_PREPS = frozenset({"in", "at"})
#: dependents of a verb of speaking that hold what was said, or another happening: no place of the speaking
CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "relcl", "parataxis", "conj", "csubj", "acl"})
#: how the parser hangs the city written after a venue's name ('at Stormont House, Belfast', 'in Lyon, France')
CITY_DEPS = frozenset({"appos", "conj", "npadvmod", "compound"})
#: pronouns that stand for the last person the discourse made a subject
PRONOUNS = frozenset({"he", "she"})
#: labels of a place name
PLACE_LABELS = frozenset({"GPE", "LOC", "ORG", "FAC"})


def _verbs() -> frozenset[str]:
    return frozenset(r["verb"] for r in read_tsv("speaker_venue_verbs.tsv"))


SPEECH_VERBS = _verbs()


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.lower_).lower()


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the clause a subjectless participle hangs on ('X said while speaking ...',
    'Speaking in Y, X said')."""
    for _ in range(2):
        subj = next((c for c in verb.children if c.dep_ in SUBJ), None)
        if subj is not None or verb.dep_ != "advcl":
            return subj
        verb = verb.head
    return None


def _person_key(ctx: EventContext, tok: Token | None) -> str | None:
    """The folded surname of the person a subject token names: a person's name ('Varga', 'President Anton
    Varga', even one the model labelled an organisation when the article names a person so), or 'he' / 'she'
    for the person the discourse made a subject last."""
    if tok is None:
        return None
    if tok.lower_ in PRONOUNS:
        last = ctx.last_subject_person
        return gazetteer.fold(last["surface"].split()[-1]) if last else None
    m = ctx.mention_of(tok)
    if m is None or m["label"] not in {"PERSON", "ORG"}:
        return None
    key = gazetteer.fold(m["surface"].split()[-1])
    return key if key in _surnames(ctx) else None


def _surnames(ctx: EventContext) -> frozenset[str]:
    got = ctx.memo.get("speaker_surnames")
    if got is None:
        got = frozenset(gazetteer.fold(m["surface"].split()[-1]) for m in ctx.mentions if m["label"] == "PERSON")
        ctx.memo["speaker_surnames"] = got
    return got  # type: ignore[return-value]


def _place_of(ctx: EventContext, tok: Token, labels: frozenset[str] = PLACE_LABELS) -> dict | None:
    """The city a place phrase's object names: its own name, a city written after a venue's name (whatever the
    model labelled it: 'at Castle House, Y'), or a city in a venue's own 'in' phrase ('at a base in Y')."""
    m = ctx.mention_of(tok)
    if m and m["label"] in labels and (place := ctx.place_for(m["surface"])) and place["level"] == "city":
        return place
    for c in tok.children:
        if c.dep_ in CITY_DEPS and (place := _place_of(ctx, c, labels | {"PERSON"})):
            return place
        if c.dep_ == "prep" and c.lower_ in VENUE_PREPS:
            for p in c.children:
                if p.dep_ == "pobj" and (place := _place_of(ctx, p)):
                    return place
    return None


def _spoken_in(ctx: EventContext, verb: Token) -> list[dict]:
    """Cities of the place phrases of a verb of speaking and of its subjectless participles, outside what was
    said."""
    out = []
    stack = [verb]
    while stack:
        v = stack.pop()
        objs = [c for c in v.children if c.dep_ == "dobj"]  # 'made a statement at X', 'addressed a rally in X'
        for c in [*v.children, *(g for o in objs for g in o.children)]:
            if c.dep_ == "prep" and c.lower_ in VENUE_PREPS:
                out += [p for obj in c.children if obj.dep_ == "pobj" and (p := _place_of(ctx, obj))]
            elif c.dep_ == "advcl" and c.tag_ == "VBG" and not any(g.dep_ in SUBJ for g in c.children):
                stack.append(c)  # 'while speaking at ...', 'Making a statement at ...'
    return out


def speaker_venues(ctx: EventContext) -> dict[str, dict]:
    """Folded surname -> the one city the article says that person spoke in (see the module)."""
    got = ctx.memo.get("speaker_venues")
    if got is not None:
        return got  # type: ignore[return-value]
    found: dict[str, dict[str, dict]] = {}
    for tok in ctx.doc:
        if tok.pos_ != "VERB" or _lemma(tok) not in SPEECH_VERBS or tok.dep_ in CONTENT_DEPS - {"conj"}:
            continue
        key = _person_key(ctx, _subject(tok))
        if key is None:
            continue
        for place in _spoken_in(ctx, tok):
            found.setdefault(key, {})[place["location_name"]] = place
    out = {k: next(iter(v.values())) for k, v in found.items() if len(v) == 1}
    ctx.memo["speaker_venues"] = out
    return out


def speaker_venue(ctx: EventContext, trig: Token, etype: str) -> dict | None:
    """The city the subject of an act of words spoke in, when the article gives one (see the module)."""
    if etype not in VENUE_TYPES:
        return None
    head = clause_head(trig)
    while head.dep_ == "conj" and not any(c.dep_ in SUBJ for c in head.children):
        head = head.head  # 'X rejected ... and defended ...': X's
    key = _person_key(ctx, next((c for c in head.children if c.dep_ in SUBJ), None))
    if key is None and head.dep_ == "ccomp":  # '"We will not accept this," X said': the speaker's
        key = _person_key(ctx, _subject(head.head))
    return speaker_venues(ctx).get(key) if key else None
