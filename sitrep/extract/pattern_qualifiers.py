"""What a CAMEO verb pattern asks beyond its first object element: the ``qualifier`` column of
``data/trigger_patterns.tsv`` (``scripts/build_triggers.py``, ``qualifiers``).

PETRARCH2 codes ``SEEK: * VOTE (OF {NO CONFIDENCE}) [113]`` only when the object 'vote' carries the phrase 'of no
confidence': a pattern's post-verb prepositional phrases must each be found, on the object noun or beside it under
the verb (PETRtree ``match_prep``), and a group with no noun (``(AGAINST)``) or a mark (``(OF ^)``, ``(TO +)``)
takes any object. A cell holds one ``PREP OBJECTS`` per group, '; '-joined; OBJECTS are '|'-joined lemma phrases
(the head last, the words before it right before it in the text) or '*' for any. A group under 'to' is also met
by an infinitive ('ordered the envoy to return', PETRARCH's ``(TO RETURN)``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.token_lemma import lemma as _lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: how a group's preposition hangs on its host
PREP_DEPS = {"prep", "agent", "dative"}
#: how its object hangs on the preposition
OBJECT_DEPS = {"pobj", "pcomp"}
#: clauses that meet a 'to' group with their verb ('to return', 'to leave')
TO_CLAUSE_DEPS = {"xcomp", "advcl", "acl", "ccomp", "relcl"}
#: adverb particles whose own phrases stand for the verb's ('walked out of the summit')
PARTICLES = {"out", "away", "off", "back", "up", "down", "over"}


@dataclass(frozen=True)
class Qualifier:
    """One group: its preposition and the objects it allows (empty: any object)."""

    prep: str
    objects: tuple[tuple[tuple[str, ...], str], ...]

    def allows(self, tok: Token) -> bool:
        return not self.objects or any(
            head in {_lemma(tok), tok.lower_} and preceded_by(tok, words) for words, head in self.objects
        )


@lru_cache(maxsize=4096)
def parse(cell: str) -> tuple[Qualifier, ...]:
    """The groups of a ``qualifier`` cell ('of no confidence; against *')."""
    out = []
    for part in filter(None, (p.strip() for p in cell.split(";"))):
        prep, _, objects = part.partition(" ")
        alts = [] if objects in {"", "*"} else [o.split() for o in objects.split("|")]
        out.append(Qualifier(prep, tuple((tuple(a[:-1]), a[-1]) for a in alts)))
    return tuple(out)


def satisfied(quals: tuple[Qualifier, ...], noun: Token, verb: Token | None) -> bool:
    """Every group is found on the object noun, on the verb or its particle, or inside a group found before
    ('(FOR INCURSION) (AGAINST)': 'against' may hang on 'incursion')."""
    hosts = [noun]
    if verb is not None:
        hosts += [verb, *(c for c in verb.children if c.dep_ in {"prt", "advmod"} and c.lower_ in PARTICLES)]
    for q in quals:
        found = next((o for h in hosts for o in _group_objects(h, q)), None)
        if found is None:
            return False
        hosts.append(found)
    return True


def _group_objects(host: Token, q: Qualifier) -> list[Token]:
    """The tokens of the host that meet the group: objects of its preposition (and their conjuncts), the bare
    preposition where any object goes, or a 'to' infinitive clause."""
    out: list[Token] = []
    for c in host.children:
        if c.dep_ in PREP_DEPS and c.lower_ == q.prep:
            objs = [o for o in c.children if o.dep_ in OBJECT_DEPS]
            objs += [cj for o in objs for cj in o.conjuncts]
            out += [o for o in objs if q.allows(o)] or ([c] if not q.objects else [])
        elif q.prep == "to" and c.dep_ in TO_CLAUSE_DEPS and q.allows(c):
            out += [c] if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) else []
    return out


def preceded_by(noun: Token, words: tuple[str, ...]) -> bool:
    """The words come right before the noun, hyphens aside ('cease-fire', 'a cease fire', 'the peace plan');
    each word matches a token's lemma or its lower-cased text."""
    prev = [t for t in noun.doc[max(0, noun.i - 2 * len(words)) : noun.i] if t.text != "-"][-len(words) :]
    return len(prev) == len(words) and all(w in {_lemma(t), t.lower_} for w, t in zip(words, prev, strict=True))
