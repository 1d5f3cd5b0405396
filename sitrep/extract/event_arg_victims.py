"""The people a bodily harm is done to, named by a common noun no group list holds ('stabbed his rival', 'shot
his wife and two children', 'two teenagers were stabbed by a gang', 'abducted and stabbed his love rival', or a
result participle after any attack: 'shelled the town, killing three soldiers'): when
the act's doer is named, each such noun of the verb's object or passive subject is Phoenix's people in general
with the country its phrase gives (``event_arg_places.people_group``). The verbs are ``data/harm_verbs.tsv``; a
killing told only by its victims stays uncoded, and a verb whose object may be a thing ('attacked the convoy') is
not listed.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.event_arg_clauses import subject_token
from sitrep.extract.event_arg_groups import recipient_group
from sitrep.extract.event_arg_places import named_place, people_group
from sitrep.extract.event_triggers import read_tsv, verb_lemma
from sitrep.extract.pronoun_victims import pronoun_noun
from sitrep.extract.trigger_records import Trigger
from sitrep.extract.victim_frames import clause_harm, scene_group, untold_doer

if TYPE_CHECKING:
    from spacy.tokens import Token

#: the category whose verbs of harm take the people hurt as the target
HARM_TYPES = {"ASSAULT"}
#: how a result participle hangs on the attack it follows ('attacked the market, killing 20 people')
RESULT_DEPS = {"advcl", "conj", "xcomp"}


@lru_cache(maxsize=1)
def harm_verbs() -> frozenset[str]:
    """Lemmas of ``harm_verbs.tsv``."""
    return frozenset(r["lemma"] for r in read_tsv("harm_verbs.tsv"))


def harmed_people(
    mention_of: Callable[[Token], dict | None], trig: Trigger, sources: list[dict], targets: list[dict]
) -> list[dict]:
    """The people hurt, when the act has a doer and no target but places (which stay: 'stabbed his rival in
    Leeds'): one group per noun of the object (shared with a coordinated verb: 'abducted and stabbed his rival')
    or of the passive subject."""
    tok = trig.token
    if trig.reading.plover not in HARM_TYPES:
        return []
    harm = (tok if verb_lemma(tok) in harm_verbs() else result_harm(tok)) if tok.pos_ == "VERB" else None
    harm = harm or clause_harm(trig, harm_verbs())  # 'a bombing in X which killed 13 people'
    if harm is None or not (sources or untold_doer(harm, targets)):  # '21 men have been killed' (``victim_frames``)
        return []
    if not all(_place(m) or scene_group(m, harm) for m in targets):
        return []
    victim = _victim(harm)
    out: list[dict] = []
    for v in (victim, *victim.conjuncts) if victim is not None else ():
        v = (pronoun_noun(v) or v) if v.pos_ == "PRON" and mention_of(v) is None else v  # 'he was shot by X'
        if v.pos_ != "NOUN" or mention_of(v) is not None or _names_someone(mention_of, v):
            continue
        group = recipient_group(v) or people_group(v)
        if all((group["group"], group["country_iso3"]) != (o["group"], o["country_iso3"]) for o in out):
            out.append(group)
    return out


def result_harm(verb: Token) -> Token | None:
    """The verb of harm of a result participle after an attack, which tells whom the attack hurt ('attacked a
    market, killing 20 people', 'opened fire on a bus, wounding six passengers', 'shelled the town, injuring
    dozens of civilians'); None when there is none."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in RESULT_DEPS and c.tag_ == "VBG" and c.i > verb.i and verb_lemma(c) in harm_verbs()
        ),
        None,
    )


def _victim(verb: Token) -> Token | None:
    """The noun of the people a verb of harm hurts: its passive subject, its object, or the object of the verb
    coordinated after it ('abducted and stabbed his rival')."""
    subj, passive = subject_token(verb)
    if passive:
        return subj
    found = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if found is None:
        after = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i]
        found = next((o for c in after for o in c.children if o.dep_ == "dobj"), None)
    return found


def _names_someone(mention_of: Callable[[Token], dict | None], noun: Token) -> bool:
    """The phrase names an actor of its own ('the son of Ana Ruiz'), which the parse already coded; a place it
    names ('a man in Tarsia') says where the people are."""
    return any((m := mention_of(t)) is not None and not named_place(m) for t in noun.subtree if t.pos_ == "PROPN")


def _place(m: dict) -> bool:
    """A place among the targets: a place name, or the place where the act falls (``place_target``'s named
    pseudo-mention), which the people hurt there join."""
    return named_place(m) or (m["label"] in {"GPE", "LOC"} and bool(m.get("named")))
