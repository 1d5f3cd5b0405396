"""The person a verb of moving people moves (``data/moved_persons.tsv``): 'France deported the activist to Algeria',
'the two men were expelled to Turkey'. The place after 'to' / 'into' / 'back to' is where the person is sent, not
the one acted on: when the verb moves a person (its object, or its subject when passive, is a name, a pronoun or a
common noun of people, as ``held_persons`` reads them), a named place written in the verb's destination phrase
is no target. The person (or the people group) stays; a place the sentence names elsewhere is left to the other
rules."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_arg_clauses import subject_token
from sitrep.extract.event_arg_groups import recipient_group
from sitrep.extract.held_persons import PLACE_LABELS, is_person
from sitrep.extract.trigger_records import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

#: prepositions of where a moved person is sent
DESTINATION_PREPS = frozenset({"to", "into"})


@cache
def moving_verbs() -> frozenset[str]:
    """Lemmas of verbs that move a person somewhere ('deport', 'expel', 'extradite')."""
    return frozenset(r["verb"] for r in read_tsv("moved_persons.tsv"))


def _destinations(verb: Token) -> list[tuple[int, int]]:
    """Character spans of the verb's 'to' phrases, also after a particle ('sent back to')."""
    preps = [c for c in verb.children if c.dep_ in {"prep", "dative"} and c.lower_ in DESTINATION_PREPS]
    preps += [
        p
        for c in verb.children
        if c.dep_ in {"prt", "advmod"} and c.lower_ == "back"
        for p in c.children
        if p.dep_ == "prep" and p.lower_ in DESTINATION_PREPS
    ]
    return [(p.idx, p.right_edge.idx + len(p.right_edge)) for p in preps]


def _moved(verb: Token) -> Token | None:
    """The one the verb moves: its object, or its subject when passive."""
    subj, passive = subject_token(verb)
    if passive:
        return subj
    return next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)


def _named_place(m: dict) -> bool:
    return not m.get("unnamed") and m.get("label") in PLACE_LABELS


def moved_targets(trig: Trigger, args: list[dict]) -> list[dict]:
    """``args`` ({mention, role}) without the named places of a moving verb's destination phrase, when the verb
    moves a person: one ``held_persons`` reads as a person, or another target (a group, a name) is left, or a
    common noun that names no place (its people group, if it has one, then stands as the target)."""
    tok = trig.token
    if tok.pos_ not in {"VERB", "AUX"} or tok.lemma_.lower() not in moving_verbs():
        return args
    spans = _destinations(tok)
    moved = _moved(tok) if spans else None
    if moved is None:
        return args
    kept = [
        a
        for a in args
        if a["role"] != "target"
        or not (_named_place(a["mention"]) and any(x <= a["mention"]["start_char"] < y for x, y in spans))
    ]
    if len(kept) == len(args) or any(a["role"] == "target" for a in kept) or is_person(moved):
        return kept
    if moved.pos_ != "NOUN" or moved.ent_type_ in PLACE_LABELS:
        return args
    group = recipient_group(moved)  # 'the cleric was exiled to X': the cleric's people group
    return kept + ([{"mention": group, "role": "target"}] if group else [])
