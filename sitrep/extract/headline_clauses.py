"""A headline whose main verb the parser took for a noun, read as the clause it is.

Headlines drop articles and auxiliaries, and the small model often tags their main verb a noun or a name: 'Iran
taunts Trump over missile test' (taunts: NNS), 'Duterte rails against US', 'Somali pirates hijack ship', 'Official
slams Trump claim'; no act is coded. When a title codes no main act, a word between two noun phrases that the
rule lemmatizer's own verb tables read as a form of a trigger verb of the lexicon (``verb_forms``; the third
person present, or the base form after a plural or joined subject: 'pirates hijack', 'US, Britain bar') is taken
for the verb: the title gets a parse of that clause (the phrase before it its subject, the first phrase after it
its object, each preposition after it a phrase of the verb, 'of' one of the noun before it) and is coded by the
same rules as any sentence. ``headline_events`` then keeps the act only as the headline's main act whose parties
the body names.

Only noun phrases may stand on either side (names, nouns, adjectives, numbers, possessives, joined by 'and' or a
comma on the subject's side); a label before a colon or dash ('Mia Ayliffe-Chung: ...') and a tail after a comma
or dash hang from the verb and act on nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract import entities, events, trigger_readings
from sitrep.extract.event_triggers import lexicon
from sitrep.extract.headline_events import main_acts
from sitrep.extract.headline_names import add_body_names
from sitrep.extract.headline_nominals import nominal_readings, with_arcs
from sitrep.extract.verb_forms import VerbReading, verb_readings

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: tokens that end a headline's label ('Mia Ayliffe-Chung: ...') or begin its tail ('..., union says')
LABEL_ENDS = frozenset({":", "-", "–", "—", "|"})
TAIL_STARTS = LABEL_ENDS | {",", ";"}
#: parts of speech a headline's noun phrase is made of
PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "PUNCT", "CCONJ", "PRON", "X"})
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
#: the dependency of a word of a noun phrase on the phrase's head, by its part of speech
MODIFIER_DEPS = {"DET": "det", "ADJ": "amod", "NUM": "nummod", "PUNCT": "punct", "PART": "case"}
MORPHS = {"present": "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "base": "Tense=Pres|VerbForm=Fin"}
TAGS = {"present": "VBZ", "base": "VBP"}


@lru_cache(maxsize=1)
def _trigger_verbs() -> frozenset[str]:
    return frozenset(lexicon().heads() | trigger_readings.COMPLEMENT_HEADS)


class _Arcs:
    """Heads, dependencies and tag changes of the clause being built."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.heads = [t.i for t in doc]
        self.deps = ["dep"] * len(doc)
        self.retag: dict[int, tuple[str, str, str, str]] = {}  # i -> (pos, tag, lemma, morph)

    def attach(self, child: int, head: int, dep: str) -> None:
        self.heads[child], self.deps[child] = head, dep


def _in_name(tok: Token) -> bool:
    return bool(tok.ent_type_) and tok.ent_iob_ in {"B", "I"}


def _phrase_word(tok: Token) -> bool:
    return _in_name(tok) or tok.pos_ in PHRASE_POS


def _simple_phrase(toks: list[Token], arcs: _Arcs) -> int | None:
    """Attach a noun phrase's words to its head (its last noun; a possessor before 's heads its own phrase);
    the head's index, or None when it has no noun."""
    for k in range(len(toks) - 1, 0, -1):
        if toks[k].tag_ == "POS" and k + 1 < len(toks):
            owner, head = _simple_phrase(toks[:k], arcs), _simple_phrase(toks[k + 1 :], arcs)
            if owner is None or head is None:
                return None
            arcs.attach(toks[k].i, owner, "case")
            arcs.attach(owner, head, "poss")
            return head
    nouns = [t for t in toks if t.pos_ in NOMINAL_POS or _in_name(t) or arcs.retag.get(t.i, ("",))[0] == "NOUN"]
    if not nouns:
        return None
    head = nouns[-1]
    for t in toks:
        if t.pos_ == "VERB" and _in_name(t):
            arcs.retag[t.i] = ("PROPN", "NNP", t.text, "")  # 'Trump' tagged a verb
        if t is head:
            continue
        if _in_name(t) and t.i + 1 <= head.i and t.doc[t.i + 1].ent_iob_ == "I":
            arcs.attach(t.i, t.i + 1, "compound")  # 'White' -> 'House' in 'White House official'
        else:
            arcs.attach(t.i, head.i, MODIFIER_DEPS.get(t.pos_, "compound"))
    return head.i


def _phrase(toks: list[Token], arcs: _Arcs) -> int | None:
    """A noun phrase, or noun phrases joined by 'and' or commas (the first heads the others): its head."""
    parts: list[list[Token]] = [[]]
    joints: list[Token] = []
    for t in toks:
        if (t.pos_ == "CCONJ" or t.text == ",") and not _in_name(t):
            joints.append(t)
            parts.append([])
        else:
            parts[-1].append(t)
    heads = [_simple_phrase(p, arcs) for p in parts]
    if any(h is None for h in heads):
        return None
    first = heads[0]
    for h in heads[1:]:
        arcs.attach(h, first, "conj")
    for j in joints:
        arcs.attach(j.i, first, "cc" if j.pos_ == "CCONJ" else "punct")
    return first


def _label_start(doc: Doc, v: int) -> int:
    """Where the subject's phrase starts: after the last label end before the verb."""
    ends = [t.i for t in doc[:v] if t.text in LABEL_ENDS and not _in_name(t)]
    return ends[-1] + 1 if ends else 0


def _tail_start(doc: Doc, v: int) -> int:
    tails = [t.i for t in doc[v + 1 :] if t.text in TAIL_STARTS and not _in_name(t)]
    return tails[0] if tails else len(doc)


def _object_side(toks: list[Token], v: int, arcs: _Arcs) -> bool:
    """Attach the words after the verb: its object, its prepositional phrases ('of' to the noun before it)."""
    groups: list[tuple[Token | None, list[Token]]] = [(None, [])]
    for t in toks:
        if t.pos_ == "ADP" and not _in_name(t):
            groups.append((t, []))
        else:
            groups[-1][1].append(t)
    last = v
    for prep, words in groups:
        if prep is None and not words:
            continue
        head = _phrase(words, arcs) if words else None
        if head is None:
            return False
        if prep is None:
            arcs.attach(head, v, "dobj")
        else:
            arcs.attach(prep.i, last if prep.lower_ == "of" and last != v else v, "prep")
            arcs.attach(head, prep.i, "pobj")
        last = head
    return True


def _plural(toks: list[Token]) -> bool:
    """A subject a base form agrees with: a plural noun last, or joined phrases ('US, Britain')."""
    words = [t for t in toks if t.pos_ != "PUNCT"]
    return bool(words) and (words[-1].tag_ in {"NNS", "NNPS"} or any(t.pos_ == "CCONJ" or t.text == "," for t in toks))


def _verb_reading(tok: Token, subject: list[Token]) -> VerbReading | None:
    """The trigger verb a word tagged otherwise can be in a headline: a third person present form, or a base
    form after a plural subject."""
    if tok.pos_ in {"VERB", "AUX", "ADP", "CCONJ", "PUNCT", "PART", "DET"} or _in_name(tok) or not tok.text.islower():
        return None
    for reading in verb_readings(tok.doc.vocab, tok.lower_):
        if reading.lemma not in _trigger_verbs():
            continue
        if reading.form == "present" or (reading.form == "base" and _plural(subject)):
            return reading
    return None


def _clause(doc: Doc, v: int) -> _Arcs | None:
    """The arcs of the title read with token ``v`` as its verb, or None when it is no clause of that shape."""
    start, end = _label_start(doc, v), _tail_start(doc, v)
    subject, rest = list(doc[start:v]), list(doc[v + 1 : end])
    if not subject or not rest or not all(_phrase_word(t) for t in subject + list(doc[:start])):
        return None
    last = subject[-1]
    if last.pos_ not in NOMINAL_POS | {"ADJ"} and not _in_name(last) and last.text not in {"'", '"', "’"}:
        return None
    if any(t.pos_ in {"VERB", "AUX"} and not _in_name(t) for t in rest):
        return None
    if rest[0].pos_ not in PHRASE_POS | {"ADP"} and not _in_name(rest[0]):
        return None
    reading = _verb_reading(doc[v], subject)
    if reading is None or (reading.lemma in lexicon().nouns and last.tag_ == "NN" and not _in_name(last)):
        return None  # 'peace talks resume', 'trade sanctions loom': the event noun of a compound
    arcs = _Arcs(doc)
    if last.pos_ == "ADJ":
        arcs.retag[last.i] = ("NOUN", "NN", last.lower_, "Number=Sing")  # 'White House official attacks'
    arcs.attach(v, v, "ROOT")
    arcs.retag[v] = ("VERB", TAGS[reading.form], reading.lemma, MORPHS[reading.form])
    head = _phrase(subject, arcs)
    if head is None or not _object_side(rest, v, arcs):
        return None
    arcs.attach(head, v, "nsubj")
    label = list(doc[: start - 1]) if start else []
    label_head = _phrase(label, arcs) if label else None
    if label and label_head is None:
        return None
    if label_head is not None:
        arcs.attach(label_head, v, "dep")
    if start:
        arcs.attach(start - 1, v, "punct")
    for t in doc[end:]:  # the tail keeps its own arcs; its root hangs from the verb
        if t.head.i < end or t.head is t:
            arcs.attach(t.i, v, "dep")
        else:
            arcs.attach(t.i, t.head.i, t.dep_)
    return arcs


def _built(doc: Doc, arcs: _Arcs) -> Doc:
    v = arcs.deps.index("ROOT")
    ents = ["O"] * len(doc)
    for e in doc.ents:
        if not e.start <= v < e.end:
            ents[e.start : e.end] = [f"B-{e.label_}"] + [f"I-{e.label_}"] * (len(e) - 1)
    return with_arcs(doc, arcs.heads, arcs.deps, arcs.retag, ents)


def clause_readings(title_doc: Doc) -> Iterator[Doc]:
    """The title parsed as a clause around each word the parser took for a noun that can be its verb."""
    for tok in title_doc[1:-1]:
        arcs = _clause(title_doc, tok.i)
        if arcs is not None:
            yield _built(title_doc, arcs)


def _readings(title_doc: Doc) -> Iterator[Doc]:
    """The title's other readings: as a clause around each verb tagged a noun, each of those and the title as
    parsed read for a nominal act of the phrase they open with."""
    for clause in clause_readings(title_doc):
        yield clause
        yield from nominal_readings(clause)
    yield from nominal_readings(title_doc)


def title_events(title_doc: Doc, published: date | None, body_mentions: list[dict]) -> tuple[Doc, list, list]:
    """(title Doc, its mentions, its event candidates), the title's names the NER missed taken from the body
    (``headline_names``): as parsed, or, when the parse codes no main act (``headline_events.main_acts``), read as
    a clause around a verb tagged a noun (``clause_readings``) or as a nominal headline's act
    (``headline_nominals``), the first reading that codes a main act."""
    add_body_names(title_doc, body_mentions)  # 'Duterte rails against US': the body's Rodrigo Duterte
    mentions = entities.doc_mentions(title_doc)
    cands = events.doc_event_candidates(title_doc, mentions, published)
    if main_acts(title_doc, cands):
        return title_doc, mentions, cands
    for clause in _readings(title_doc):
        clause_mentions = entities.doc_mentions(clause)
        clause_cands = events.doc_event_candidates(clause, clause_mentions, published)
        if main_acts(clause, clause_cands):
            return clause, clause_mentions, clause_cands
    return title_doc, mentions, cands
