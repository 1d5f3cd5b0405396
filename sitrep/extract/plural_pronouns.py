"""'Them' as an event's object ('Israel banned them from entering', 'police dispersed them', 'Sweden's decision to
send them back'): the people a plural pronoun stands for, the last plural group or people named before it in its
sentence or the one before ('Hundreds of migrants reached the border. Hungary turned them back' -> the migrants),
never the subject of the pronoun's own verb ('the police said they would expel them': not the police). When the
nearest plural before it names no people (a thing: 'seized rifles and destroyed them'), nor a group of officials, who
speak for their states, 'them' stays unnamed. The object of a verb joined to the pronoun's verb comes first ('seized
rifles from the rebels and destroyed them': the rifles, not the nearer rebels)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sitrep.extract.event_arg_groups import group_of

if TYPE_CHECKING:
    from spacy.tokens import Token

#: object pronouns that stand for a plural party
PLURAL_OBJECT_PRONOUNS = {"them"}
#: tags of a plural noun or name
PLURAL_TAGS = {"NNS", "NNPS"}
#: labels of a name that may stand behind 'them' (a people or an organisation's members)
PEOPLE_LABELS = {"NORP"}
#: groups that speak for a state ('the ministers', 'the leaders', 'the diplomats'): 'them' after them as often stands
#: for the states they speak for ('congratulated the two sides ... supports them'), which an unnamed group is not
STATE_GROUPS = {"government", "legislators", "judiciary"}
#: dependencies of a noun that only modifies another ('rebel positions', 'the students' union')
MODIFIER_DEPS = {"compound", "amod", "poss", "nmod"}
#: dependencies of a subject
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
#: dependencies of a verb's direct object
OBJECT_DEPS = {"dobj"}


def _subjects(verb: Token) -> set[int]:
    """Token indexes of the subjects of ``verb`` and of the verbs it is conjoined with or is the complement of; a
    relative clause's subject is the noun it hangs on ('the protesters who asked them')."""
    out: set[int] = set()
    for v in (verb, *(a for a in verb.ancestors if verb.dep_ in {"xcomp", "conj"})):
        out |= {t.i for c in v.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
        out |= {v.head.i} if v.dep_ == "relcl" else set()
    return out


def _people(mention_of: Callable[[Token], dict | None], tok: Token) -> bool:
    """A plural noun naming a group ('migrants', 'the rebels') or a people ('Palestinians')."""
    m = mention_of(tok)
    if m is not None and not m.get("unnamed"):
        return m["label"] in PEOPLE_LABELS
    found = group_of(tok)
    return found is not None and found[0] not in STATE_GROUPS


def plural_antecedent(mention_of: Callable[[Token], dict | None], pron: Token) -> Token | None:
    """The head of the group 'them' stands for, or None."""
    if pron.lower_ not in PLURAL_OBJECT_PRONOUNS or pron.dep_ in SUBJECT_DEPS:
        return None
    sents = list(pron.doc.sents)
    at = next(i for i, s in enumerate(sents) if s.start <= pron.i < s.end)
    start = sents[max(0, at - 1)].start
    own = _subjects(pron.head) if pron.head.pos_ in {"VERB", "AUX"} else set()
    parallel = parallel_object(pron)
    if parallel is not None:  # 'seized weapons from the militias and destroyed them': the weapons
        return parallel if _people(mention_of, parallel) else None
    for tok in reversed(pron.doc[start : pron.i]):
        if tok.i in own or tok.tag_ not in PLURAL_TAGS or tok.dep_ in MODIFIER_DEPS:
            continue
        return tok if _people(mention_of, tok) else None  # the nearest plural: 'seized rifles ... destroyed them'
    return None


def parallel_object(pron: Token) -> Token | None:
    """The plural direct object of the verb that the pronoun's verb is joined to ('captured two villages from the
    troops and burned them', 'arrested the protesters outside the hall and beat them'): a coordinated verb's
    'them' takes up the first verb's object, whatever plural is named nearer in between."""
    verb = pron.head
    if pron.dep_ not in OBJECT_DEPS or verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return None
    objs = [c for c in verb.head.children if c.dep_ in OBJECT_DEPS and c.i < pron.i]
    return objs[0] if len(objs) == 1 and objs[0].tag_ in PLURAL_TAGS else None
