"""A strike begun by working people is a walkout, not an attack: 'the pilots launched a strike over pay' is PLOVER
PROTEST strike ("members of an organization or union engage in the abandonment of workplaces"), 'the air force
launched strikes on the depots' ASSAULT. The curated reading of 'launch'/'carry out' + 'strike' is the attack;
this module tells the walkout by its doers and its aim, with the word classes of ``data/trigger_objects.tsv``
(armed forces and their equipment: '@forces', '@materiel', '@missiles', '@arms'; modifiers of a military strike:
'@warlike')."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.party_groups import ARMED_GROUPS, armed_source
from sitrep.extract.token_lemma import lemma as _lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: classes of trigger_objects.tsv whose nouns, as the doer or the strike's modifier, make the strike an attack
WARLIKE_CLASSES = {"@forces", "@materiel", "@missiles", "@arms", "@warlike"}
#: prepositions of a strike's target ('strikes on the depots', 'a strike against the camps')
TARGET_PREPS = {"on", "against", "at", "into"}


def _warlike(tok: Token, classes: dict[str, tuple[str, ...]]) -> bool:
    return bool(set(classes.get(_lemma(tok), ())) & WARLIKE_CLASSES)


def _target(prep: Token) -> bool:
    """A preposition of a strike's target whose object is no time ('on the base', not 'on Monday')."""
    if prep.dep_ != "prep" or prep.lower_ not in TARGET_PREPS:
        return False
    return any(o.dep_ == "pobj" and o.ent_type_ not in {"DATE", "TIME"} for o in prep.children)


def walkout(verb: Token, strike: Token | None, parts: list[dict], classes: dict[str, tuple[str, ...]]) -> bool:
    """``verb`` (coded ASSAULT through its object ``strike``) begins a labour strike: its subject is a common noun
    for people that names no armed group or equipment ('pilots', 'dock workers', 'the unions'), no source is an
    armed or named actor, and the strike has no target and no military modifier."""
    if strike is None or _lemma(strike) != "strike":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or any(s.pos_ != "NOUN" or _warlike(s, classes) for s in subjects):
        return False  # 'Ruritania launched strikes', 'jets launched a strike'
    groups = {p["mention"].get("group") for p in parts if p["role"] == "source"}
    if armed_source(parts) or groups & ARMED_GROUPS:
        return False
    if any(_target(c) for t in (verb, strike) for c in t.children):
        return False  # 'launched a strike on the base' (not 'on Monday')
    return not any(c.dep_ in {"amod", "compound"} and _warlike(c, classes) for c in strike.children)
