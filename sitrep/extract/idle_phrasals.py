"""'May kicked off the process', 'the talks broke down': a verb with a particle that the trigger lexicon lists as a
phrasal verb of its own coding no event (``kick off`` = start, ``break down`` = fail, ``strike down`` = fell) is not
the bare verb's event (``kick`` = ASSAULT). Only a particle the parser attaches as one (``prt``) counts: 'kicked
him off the bus' keeps the kick.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Token


def bare_keys(verb: Token, lemma: str, lex: Any) -> list[str]:
    """``[lemma]``, or ``[]`` when the verb's particle makes a listed phrasal verb with no event of its own and the
    bare verb has no curated rows (those read its objects: 'struck down the law' is a REJECT)."""
    if lemma in lex.curated_verbs:
        return [lemma]
    for c in verb.children:
        if c.dep_ != "prt":
            continue
        row = lex.verbs.get(f"{lemma} {c.lower_}")
        if row is not None and row[1] is None and f"{lemma} {c.lower_}" not in lex.curated_verbs:
            return []
    return [lemma]
