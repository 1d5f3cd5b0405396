"""A subject 'he' or 'she' of a subordinate clause stands for the one person its governing clause names outside
that clause's subject, when the subject is no person: 'Trade will top X's agenda as he meets ...' and 'Moscow
invited X to a visit, where he met ...' are X's meetings, not those of the speaker quoted in the sentence before
(``event_mentions.pronoun_antecedent`` otherwise takes the last person named as a subject). The clause links are
``data/governing_persons.tsv``'s."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from sitrep.extract.actor_dictionary import agent_sector
from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_context import EventContext
from sitrep.extract.event_syntax import SUBJ
from sitrep.extract.pronoun_genders import agreeing

if TYPE_CHECKING:
    from spacy.tokens import Token

#: subject pronouns of one person
PERSON_SUBJECTS = frozenset({"he", "she"})
#: labels of a name that is no person ('Moscow invited X'; the model reads persons as organisations too often)
NON_PERSON_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})
#: how far up from a relative clause's noun its clause's verb is looked for ('invited X to a visit to Y, where')
MAX_CLIMB = 6
#: links of a phrase or a clause inside a subject, whose names are not the subject's
PHRASE_DEPS = frozenset({"prep", "pobj", "relcl", "acl", "advcl"})


@cache
def links() -> frozenset[str]:
    return frozenset(r["link"] for r in read_tsv("governing_persons.tsv"))


def _clause_verb(tok: Token) -> Token | None:
    for _ in range(MAX_CLIMB):
        if tok.pos_ in {"VERB", "AUX"}:
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _personal_subject(ctx: EventContext, verb: Token) -> bool:
    """The clause's subject is or may be a person: a pronoun, a noun of people ('the minister'), a name anywhere
    in its own words ('the suspect, X', 'the company's founder X') that is not known as a place or a people (a
    capitalised word opening the sentence that the model tags as no name, 'Trade will top ...', is none)."""
    for s in (c for c in verb.children if c.dep_ in SUBJ):
        if s.pos_ == "PRON" or (s.pos_ == "NOUN" and agent_sector(s.text) is not None):
            return True
        for t in _own_words(s):
            m = ctx.by_token.get(t.i)
            if t.ent_type_ == "PERSON" or (m is not None and m["label"] == "PERSON"):
                return True
            if t.pos_ == "PROPN" and (t.ent_type_ or m) and (m is None or m["label"] not in NON_PERSON_LABELS):
                return True
    return not any(c.dep_ in SUBJ for c in verb.children)  # (no subject of its own: whose clause is unclear)


def _own_words(subj: Token) -> list[Token]:
    """The subject's words outside its phrases and clauses ('the status of X visas': not X)."""
    out = []
    for t in subj.subtree:
        path = [t]
        while path[-1].i != subj.i and path[-1].head.i != path[-1].i:
            path.append(path[-1].head)
        if not any(a.dep_ in PHRASE_DEPS for a in path[:-1]):
            out.append(t)
    return out


def governing_person(ctx: EventContext, tok: Token) -> dict | None:
    """The person a subordinate clause's subject pronoun stands for (see the module doc), or None."""
    if tok.lower_ not in PERSON_SUBJECTS or tok.dep_ not in SUBJ or tok.head.dep_ not in links():
        return None
    inner = {t.i for t in tok.head.subtree}
    gov = _clause_verb(tok.head.head)
    if gov is None or _personal_subject(ctx, gov):
        return None
    persons: dict[str, dict] = {}
    for t in gov.subtree:
        m = ctx.by_token.get(t.i)
        if t.i not in inner and t.i < tok.i and m is not None and m["label"] == "PERSON":
            persons.setdefault(m.get("name") or m["surface"], m)
    fitting = agreeing(ctx, tok.lower_, list(persons.values()))
    return fitting[0] if len(fitting) == 1 else None
