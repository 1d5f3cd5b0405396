"""An act judged wrong in a clause a verb of saying tells: 'the minister said Peru's decision was a grave
mistake', 'the judge said Ruritania's prosecution of the editor was a pretext', 'X said the ruling was flawed'.

The speaker criticises whoever did the act (PLOVER ACCUSE disapprove, as CAMEO 111 'criticize or denounce'): its
subject is the source, and the said clause's subject, the act noun, names the target ('Peru's', 'the Chilean',
'by Peru'; ``event_arg_clauses.complement_targets``). The said clause is a copula or passive whose subject is a
noun of an act (kind ``act`` of ``data/told_appraisals.tsv``, or an event noun of ``data/event_anaphora.json``)
and whose predicate is a noun of a wrong (the ``@misdeed`` class of ``data/trigger_objects.tsv``) or an adjective
or participle judging it wrong (kind ``wrong``), or that says the act rests on nothing ('Peru's claims have no
basis'); a party's words (kind ``claim``) count only with the party named. A verb of saying with a breach of a
commitment in its clause is ``event_breaches``'s, one that tells a wrongdoing ``told_misdeeds``'s; ``told_reading``
asks each.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.extract import quote_lexicon
from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_breaches import SAID_DEPS, told_breach
from sitrep.extract.token_lemma import lemma as _lemma
from sitrep.extract.told_blame import told_blame
from sitrep.extract.told_epithets import told_epithet
from sitrep.extract.told_misdeeds import told_misdeed
from sitrep.extract.trigger_records import Reading, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

#: links of the act noun to the said clause's head (a copula, or a participle: 'the ruling was flawed')
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: prepositions of a purpose's end ('used for defaming', 'aimed at discrediting')
END_PREPS = frozenset({"for", "at"})
#: links of the judging word to the copula ('was a mistake', 'was illegal')
PREDICATE_DEPS = frozenset({"attr", "acomp"})


@lru_cache(maxsize=1)
def vocab() -> dict[str, frozenset[str]]:
    rows = read_tsv("told_appraisals.tsv")
    kinds = ("wrong", "act", "purpose", "end", "amount", "calling", "harm", "groundless", "lacking", "claim")
    out = {kind: frozenset(r["lemma"] for r in rows if r["kind"] == kind) for kind in kinds}
    out["misdeed"] = frozenset(r["lemma"] for r in read_tsv("trigger_objects.tsv") if r["class"] == "@misdeed")
    events = json.loads((Path(__file__).parent / "data" / "event_anaphora.json").read_text(encoding="utf-8"))
    out["act"] |= frozenset(events["nouns"]) | out["claim"]  # (event nouns: 'the attack was a provocation')
    return out


def told_reading(tok: Token):
    """The trigger a verb of saying makes of the clause it tells: a breach of a commitment (``event_breaches``)
    or an act judged wrong (``told_appraisal``), a wrongdoing or a blame it tells (``told_misdeeds``,
    ``told_blame``), a pejorative epithet it gives a party (``told_epithets``)."""
    told = told_breach(tok) or told_appraisal(tok) or called_wrong(tok) or told_misdeed(tok) or told_blame(tok)
    return told or told_epithet(tok)


def told_over(old, new):
    """The trigger a verb keeps: a reading it had only from its object noun gives way to the judgement of that
    act ('branded Chile's seizure of the boats illegal' is no seizure); any other reading stays."""
    if old is None:
        return new
    obj = old.object
    of_object = obj is not None and obj.i != old.token.i and obj.head.i == old.token.i and obj.dep_ in {"dobj", "obj"}
    return new if of_object and called_wrong(new.token) is not None else old


def beside_judgement(clause: Token) -> bool:
    """A verb the parser coordinated with a said clause that judges an act ('said the decision was a mistake and
    called for new talks'): the speaker's own next act, not part of the judgement."""
    head = clause.head
    own_subject = any(c.dep_ in SUBJECT_DEPS for c in clause.children)
    return clause.dep_ == "conj" and not own_subject and head.dep_ in SAID_DEPS and _judged_act(head) is not None


def told_appraisal(tok: Token):
    """An ACCUSE trigger on a verb of saying whose said clause judges an act wrong (see the module doc)."""
    if not quote_lexicon.tells_clause(tok):
        return None
    act = next((a for c in tok.children if c.dep_ in SAID_DEPS and (a := _judged_act(c)) is not None), None)
    if act is None:
        return None

    return Trigger(tok, Reading("ACCUSE", "disapprove", "", origin="curated"), None)


def called_wrong(tok: Token):
    """An ACCUSE trigger on a verb of calling whose object is an act and whose complement judges it wrong:
    'branded Chile's seizure of the boats illegal', 'described the arrests as unlawful'."""
    if tok.pos_ != "VERB" or _lemma(tok) not in vocab()["calling"]:
        return None
    act = next((c for c in tok.children if c.dep_ in {"dobj", "obj"}), None)
    if act is None or act.pos_ != "NOUN" or _lemma(act) not in vocab()["act"] or _negated(tok):
        return None
    said = [c for c in tok.children if c.dep_ in {"oprd", "acomp", "advmod", "ccomp", "xcomp"}]
    said += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children]
    if not any(w.pos_ in {"ADJ", "VERB", "NOUN"} and _wrong(w) for w in said):  # ('as an unjust decision')
        return None

    return Trigger(tok, Reading("ACCUSE", "disapprove", "", origin="curated"), None)


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _judged_act(clause: Token) -> Token | None:
    """The act noun subject of a clause that judges it wrong: 'Peru's decision was a mistake', 'the seizure was
    illegal', 'the ruling was flawed' (a participle heading the clause), 'the charges were used for defaming X', 'the
    order violates the law' (a verb of harm with an object)."""
    if any(c.dep_ == "neg" for c in clause.children):
        return None
    subj = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None or subj.pos_ != "NOUN" or _lemma(subj) not in vocab()["act"]:
        return None
    if _lemma(subj) in vocab()["claim"] and not owner_named(subj):
        return None  # ('said the report was misleading': whose words, untold)
    words = [clause] + [c for c in clause.children if c.dep_ in PREDICATE_DEPS]
    if _lemma(clause) in vocab()["amount"]:  # 'amounted to a crime', 'constituted a violation'
        words += [c for c in clause.children if c.dep_ in {"dobj", "obj"}]
        words += [g for c in clause.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
    harms = _lemma(clause) in vocab()["harm"] and any(c.dep_ in {"dobj", "obj"} for c in clause.children)
    harms = harms and owner_named(subj)  # ('the drought would damage the harvest': no one's act)
    return subj if any(_wrong(w) for w in words) or _wrongful_end(clause) or harms or _groundless(clause) else None


def _groundless(clause: Token) -> bool:
    """A claim told as resting on nothing: 'have no basis in fact', 'had no merit', 'lacked any foundation'."""
    lacking = _lemma(clause) in vocab()["lacking"]
    if not lacking and _lemma(clause) != "have":
        return False
    grounds = [c for c in clause.children if c.dep_ in {"dobj", "obj"} and _lemma(c) in vocab()["groundless"]]
    return any(lacking or any(d.dep_ == "det" and d.lower_ == "no" for d in g.children) for g in grounds)


def owner_named(noun: Token) -> bool:
    """The act noun's owner or 'by' agent is a named party ('Peru's order', 'a refusal by Theresa May')."""
    owners = [c for c in noun.children if c.dep_ in {"poss", "amod", "compound"}]
    owners += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children]
    return any(t.ent_type_ in {"GPE", "ORG", "PERSON", "NORP"} for o in owners for t in o.subtree)


def act_owners(mention_of, noun: Token) -> list[dict]:
    """The doer an act noun names as its owner ('Washington's charges', 'the Saudi blockade'); none for a noun that
    is no act (a passive said clause's subject is then who the act was done to)."""
    from sitrep.extract.event_anaphora import owner_actors  # (it reads the trigger lexicon, which reads this module)

    if noun.pos_ != "NOUN" or _lemma(noun) not in vocab()["act"]:
        return []
    return owner_actors(mention_of, noun)


def _wrongful_end(clause: Token) -> bool:
    """A passive verb of purpose whose end is a wrong: 'were used for defaming', 'was meant to silence'."""
    if _lemma(clause) not in vocab()["purpose"] or not any(c.dep_ == "auxpass" for c in clause.children):
        return False
    ends = [c for c in clause.children if c.dep_ in {"xcomp", "advcl"}]
    ends += [g for c in clause.children if c.dep_ == "prep" and c.lower_ in END_PREPS for g in c.children]
    return any(_end_verb(e) in vocab()["end"] for e in ends)


def _end_verb(word: Token) -> str:
    """The verb of an end: its lemma, or a gerund's stem when the parser took it for a noun ('for defaming-X')."""
    if word.pos_ == "VERB":
        return _lemma(word)
    low = word.lower_
    if word.pos_ != "NOUN" or not low.endswith("ing"):
        return ""
    stem = low[:-3]
    return next((v for v in (stem, stem + "e", stem[:-1]) if v in vocab()["end"]), "")


def _wrong(word: Token) -> bool:
    """A word judging an act wrong: a noun of a wrong ('a mistake'), an adjective of kind ``wrong`` ('illegal'), or
    any noun such an adjective qualifies ('an illegal decision', 'a very bad move')."""
    lem = _lemma(word)
    if word.pos_ in {"NOUN", "PROPN"}:
        return lem in vocab()["misdeed"] or any(c.dep_ == "amod" and _wrong(c) for c in word.children)
    return lem in vocab()["wrong"] or word.lower_ in vocab()["wrong"]
