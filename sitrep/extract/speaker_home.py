"""A speaker's own state read from the clause they report: 'Ruritania will not retaliate, the trade minister, Jan
Novak, said'; 'Ruritania is working to open two more crossings, Foreign Minister Jan Novak said'.

A person the text gives no country who says a clause whose subject is a country is taken, as a weak cue used
only after the dictionaries (``actor_countries``), to speak for that country: an official states what their
own state does or plans. The speaker is the subject of the speech verb (or its appositive), or a name written
just before it with only punctuation between ('..., the minister, Jan Novak, said' where the parse leaves the
verb no subject). A demand made of the state ('Ruritania must ...') says nothing of the speaker's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.gazetteer import country_iso3
from sitrep.extract.mention_span import Span
from sitrep.extract.quote_lexicon import verb_lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: dependencies of a clause a speech verb reports
REPORTED = {"ccomp", "parataxis"}
#: subjects of a reported clause
SUBJECTS = {"nsubj", "nsubjpass"}
#: modals of a demand: 'Ruritania must release the sailors, the minister said' is said to that state, not for it
DEMAND_MODALS = {"should", "must", "ought"}


def _says(tok: Token) -> bool:
    return tok.pos_ == "VERB" and verb_lemma(tok.text, tok.lemma_.lower()) is not None


def _speech_verb(doc: Doc, sp: Span) -> Token | None:
    """The speech verb whose speaker ``sp`` is (see module doc), else None."""
    first = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if first is None:
        return None
    root = first.root
    while root.dep_ == "appos" and root.head.i != root.i:  # 'the minister, Jan Novak, said'
        root = root.head
    if root.dep_ == "nsubj" and _says(root.head):
        return root.head
    nxt = first.end
    while nxt < len(doc) and doc[nxt].is_punct and doc[nxt].text != ".":
        nxt += 1
    if nxt == first.end or nxt >= len(doc) or not _says(doc[nxt]):
        return None
    return None if any(c.dep_ == "nsubj" for c in doc[nxt].children) else doc[nxt]


def reported_state(doc: Doc, sp: Span, cover: dict[int, Span]) -> str | None:
    """The country that is the subject of the clause the person ``sp`` says, else None."""
    verb = _speech_verb(doc, sp)
    if verb is None:
        return None
    found = set()
    for clause in (c for c in verb.children if c.dep_ in REPORTED):
        if any(c.dep_ == "aux" and c.lower_ in DEMAND_MODALS for c in clause.children):
            continue
        for subj in (c for c in clause.children if c.dep_ in SUBJECTS):
            found.add(_country(doc, subj, cover))
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _country(doc: Doc, subj: Token, cover: dict[int, Span]) -> str | None:
    """The country a subject names: a country mention covering it, else (a name the recogniser missed) the
    country the gazetteer reads in the proper name it heads ('South Korea')."""
    other = cover.get(subj.i)
    if other is not None:
        return other.country if other.label == "GPE" and other.kind in (None, "country") else None
    if subj.pos_ != "PROPN":
        return None
    words = [t for t in subj.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    return country_iso3(doc[words[0].i if words else subj.i : subj.i + 1].text)
