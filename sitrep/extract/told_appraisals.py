"""An act judged wrong in a clause a verb of saying tells: 'the minister said Peru's decision was a grave
mistake', 'the judge said Ruritania's prosecution of the editor was a pretext', 'X said the ruling was flawed'.

The speaker criticises whoever did the act (PLOVER ACCUSE disapprove, as CAMEO 111 'criticize or denounce'): its
subject is the source, and the said clause's subject, the act noun, names the target ('Peru's', 'the Chilean',
'by Peru'; ``event_arg_clauses.complement_targets``). The said clause is a copula or passive whose subject is a
noun of an act (kind ``act`` of ``data/told_appraisals.tsv``, or an event noun of ``data/event_anaphora.json``)
and whose predicate is a noun of a wrong (the ``@misdeed`` class of ``data/trigger_objects.tsv``) or an adjective
or participle judging it wrong (kind ``wrong``). A verb of saying with a breach of a commitment in its clause is
``event_breaches``'s; ``told_reading`` asks both.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from sitrep.extract import quote_lexicon
from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_breaches import SAID_DEPS, told_breach

#: links of the act noun to the said clause's head (a copula, or a participle: 'the ruling was flawed')
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: links of the judging word to the copula ('was a mistake', 'was illegal')
PREDICATE_DEPS = frozenset({"attr", "acomp"})


@lru_cache(maxsize=1)
def vocab() -> dict[str, frozenset[str]]:
    rows = read_tsv("told_appraisals.tsv")
    out = {kind: frozenset(r["lemma"] for r in rows if r["kind"] == kind) for kind in ("wrong", "act")}
    out["misdeed"] = frozenset(r["lemma"] for r in read_tsv("trigger_objects.tsv") if r["class"] == "@misdeed")
    events = json.loads((Path(__file__).parent / "data" / "event_anaphora.json").read_text(encoding="utf-8"))
    out["act"] |= frozenset(events["nouns"])  # (event nouns: 'the attack was a provocation')
    return out


def told_reading(tok: Token):
    """The trigger a verb of saying makes of the clause it tells: a breach of a commitment (``event_breaches``)
    or an act judged wrong (``told_appraisal``)."""
    return told_breach(tok) or told_appraisal(tok)


def told_appraisal(tok: Token):
    """An ACCUSE trigger on a verb of saying whose said clause judges an act wrong (see the module doc)."""
    if tok.pos_ not in {"VERB", "AUX"} or quote_lexicon.VERB_KINDS.get(_saying(tok)) != "say":
        return None
    if not any(_judged_wrong(c) for c in tok.children if c.dep_ in SAID_DEPS):
        return None
    from sitrep.extract.event_triggers import Reading, Trigger  # (event_triggers reads this module)

    return Trigger(tok, Reading("ACCUSE", "disapprove", "", origin="curated"), None)


def _saying(tok: Token) -> str:
    return quote_lexicon.VERB_FORMS.get(tok.lower_) or quote_lexicon.VERB_FORMS.get(tok.lemma_.lower()) or ""


def _judged_wrong(clause: Token) -> bool:
    """The clause's subject is an act noun and its predicate a wrong: 'Peru's decision was a mistake', 'the
    seizure was illegal', 'the ruling was flawed' (a participle heading the clause)."""
    if any(c.dep_ == "neg" for c in clause.children):
        return False
    subj = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None or subj.pos_ != "NOUN" or _lemma(subj) not in vocab()["act"]:
        return False
    words = [clause] + [c for c in clause.children if c.dep_ in PREDICATE_DEPS]
    return any(_wrong(w) for w in words)


def _wrong(word: Token) -> bool:
    lem = _lemma(word)
    if word.pos_ in {"NOUN", "PROPN"}:
        return lem in vocab()["misdeed"]
    return lem in vocab()["wrong"] or word.lower_ in vocab()["wrong"]


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.lower_).lower()
