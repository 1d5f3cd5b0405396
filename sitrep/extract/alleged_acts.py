"""Acts told only as someone's claim, or as what someone threatens: 'Peru's allegation that Chile spied on its navy'
and 'the accusation that Bolivia armed the rebels' report a claim, no spying or arming the report tells as done;
'ignored a threat from Chile to close the border' tells a border closure threatened by Chile, none done by the one who
ignored the threat. The act's verb heads a 'that' clause (kind ``claim``) or a 'to' infinitive (kind ``threat``)
hung on a noun of ``data/alleged_acts.tsv``; a verb joined to that head ('had attacked and looted') is told the same
way; a claim of who did a happening told as real ('allegations that the attack was carried out by X') and a
claim with a pronoun subject ('its claim that it had shot down a drone', mostly the claimant's own deed) stay.
Verbs of alleging ('alleged that X had ...') are read by the accusation rules; this is the noun's case. Read by
``event_senses`` as a reading that tells no act."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.claimed_accusations import accusing_claim, that_clauses
from sitrep.extract.data_files import read_tsv, word_sets
from sitrep.extract.event_syntax import to_infinitive
from sitrep.extract.token_lemma import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = "alleged_acts.tsv"
#: links of a clause hung on a noun ('the allegation that ...', 'a threat to close ...')
CLAUSE_DEPS = frozenset({"acl", "ccomp"})
#: links by which a light verb's event noun hangs on it ('carried out strikes')
OBJECT_DEPS = frozenset({"dobj", "obj"})


@lru_cache(maxsize=1)
def _nouns() -> dict[str, frozenset[str]]:
    return word_sets(DATA)


def examples() -> list[dict]:
    return read_tsv(DATA)


def _clause_head(trig: Token) -> Token:
    """The verb heading the trigger's clause: the trigger, its light verb, or the first of joined verbs."""
    cur = trig.head if trig.dep_ in OBJECT_DEPS and trig.pos_ == "NOUN" else trig
    for _ in range(3):
        if cur.dep_ != "conj" or cur.head.i == cur.i or cur.head.pos_ not in {"VERB", "AUX"}:
            break
        cur = cur.head
    return cur


def _that_clause(clause: Token) -> bool:
    """The clause is brought in by 'that' as a content clause: marked so, or a 'relative' clause whose 'that' is no
    argument of it (the parser's misreading of 'a rumor that X had attacked the port': the verb has a subject and
    an object of its own)."""
    that = [c for c in clause.children if c.lower_ == "that" and c.i < clause.i]
    if any(c.dep_ == "mark" for c in that):
        return clause.dep_ in CLAUSE_DEPS or clause.dep_ == "relcl"
    if clause.dep_ != "relcl" or not that:
        return False
    own = [c for c in clause.children if c.lower_ != "that"]
    return any(c.dep_ == "nsubj" for c in own) and any(c.dep_ in OBJECT_DEPS for c in own)


def _known_happening(clause: Token) -> bool:
    """The claim names who did a happening the text tells as real ('allegations that the attack was carried out by
    the coalition'): the clause's subject is an event noun, so only its doer is claimed, not that it happened. A
    pronoun subject ('the army's claim that it had shot down a drone') is mostly the claimant's own deed, which a
    claim reports as done (as 'claimed responsibility' does), no accusation of another party."""
    from sitrep.extract.event_anaphora import noun_types  # (imported here: event_anaphora reads the senses)

    return any(c.dep_ in {"nsubj", "nsubjpass"} and (noun_types(c) or c.tag_ == "PRP") for c in clause.children)


def _event_subject(clause: Token) -> bool:
    """The clause's subject is an event noun ('the claim that the attack was carried out by X'): the happening is
    told as real, only its doer is claimed."""
    from sitrep.extract.event_anaphora import noun_types  # (imported here: event_anaphora reads the senses)

    return any(c.dep_ in {"nsubj", "nsubjpass"} and noun_types(c) for c in clause.children)


def _threat_noun(clause: Token) -> Token | None:
    """The noun a 'to' infinitive hangs on ('a threat to close'), or the object noun before an infinitive the parser
    hung on the object's verb instead ('ignored a threat from X to close the border')."""
    if not to_infinitive(clause) or any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
        return None
    if clause.dep_ in CLAUSE_DEPS and clause.head.pos_ == "NOUN":
        return clause.head
    if clause.dep_ == "advcl":
        objs = [c for c in clause.head.children if c.dep_ in OBJECT_DEPS and c.pos_ == "NOUN" and c.i < clause.i]
        return objs[-1] if objs else None
    return None


def alleged_act(trig: Token) -> bool:
    """The trigger's clause is a claim's 'that' clause or a threat's 'to' infinitive (see the module doc)."""
    clause = _clause_head(trig)
    nouns = _nouns()
    noun = clause.head
    if noun.pos_ == "NOUN" and clause.i != noun.i and lemma(noun) in nouns.get("claim", frozenset()):
        return _that_clause(clause) and not _known_happening(clause)
    if noun.pos_ == "NOUN" and clause.i != noun.i and clause in that_clauses(noun) and accusing_claim(noun):
        return not _event_subject(clause)  # 'Peru's claim that Chile spied on its navy' (only when it accuses)
    threat = _threat_noun(clause)
    return threat is not None and lemma(threat) in nouns.get("threat", frozenset())
