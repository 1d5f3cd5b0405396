"""A subject 'he' or 'she' never stands for a person named later in its own clause: 'When Judge Cole ruled
against his ban, he blamed Cole' is someone else blaming Cole, and 'Although he did not mention Smith by name, he
criticised ...' is not Smith criticising (a pronoun and a name it governs are two people). The names to the right
of a subject pronoun under its verb, and under the verb of every other subject pronoun of the same word in its
sentence (the same person, 'he ... he'), are left out of the pronoun's antecedents
(``event_mentions.pronoun_antecedent``); a name before the pronoun ('When Cole ruled, he ...') stays one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_syntax import SUBJ

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.extract.event_context import EventContext

#: subject pronouns of one person
PERSON_SUBJECTS = frozenset({"he", "she"})


def bound_names(ctx: EventContext, tok: Token) -> set[int | str]:
    """Surnames (lower case) and mention indices of the persons a subject 'he'/'she' governs (see the module doc)."""
    if tok.lower_ not in PERSON_SUBJECTS or tok.dep_ not in SUBJ:
        return set()
    out: set[int | str] = set()
    for pron in tok.sent:
        if pron.lower_ != tok.lower_ or pron.dep_ not in SUBJ:
            continue
        for t in pron.head.subtree:
            m = ctx.mention_of(t) if t.i > pron.i else None
            if m is not None and m["label"] == "PERSON":
                words = (m.get("name") or m["surface"]).split()
                out |= {m["idx"], words[-1].lower()} if words else {m["idx"]}
    return out
