"""Counts of three classes of reported speech on the development material (counts only; no text is printed):

a. an act told only as an unattributed report or claim: a hedging adverb on its verb ('troops allegedly attacked
   ...', 'reportedly', 'purportedly', 'supposedly'), a passive verb of saying with an infinitive ('are said to have
   attacked', 'is believed to have', 'were reported to have'), or a noun of claiming or reporting with a 'that'
   clause and no claimant ('there were claims that ...', 'reports that police detained ...'): whether the trigger
   lexicon reads the act, whether it is coded, as which type;
b. a rejection of a claim with a claimant and a hostile content ('dismissed X's claim that Y attacked ...'):
   whether an ACCUSE by the claimant is coded beside the REJECT;
c. a passive refusal of a request noun ('X's request for extradition was refused / turned down by the court'):
   whether a REJECT is coded, with a source, and with the requester as target.

usage (from the project root): .venv/bin/python bench/claims_counts36.py [--held]
  the material of bench/claims_counts35.py: tune (default) devset and devset2 docs, precision development rows, the
  GSR tuning half, the tuning halves of the unseen collections; --held the held-out halves (counts only).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from claims_counts35 import texts  # noqa: E402

from sitrep.extract import entities, events  # noqa: E402
from sitrep.extract.claimed_accusations import accusing_claim, claimant  # noqa: E402
from sitrep.extract.event_triggers import read_verb  # noqa: E402
from sitrep.extract.nlp import load_nlp  # noqa: E402
from sitrep.extract.token_lemma import lemma  # noqa: E402

HEDGES = {"allegedly", "reportedly", "purportedly", "supposedly", "reputedly"}
SAYING = {"say", "believe", "report", "allege", "think", "rumor", "rumour", "understand", "claim", "suspect"}
REPORT_NOUNS = {"claim", "report", "allegation", "rumor", "rumour", "suggestion", "accusation", "assertion", "charge"}
REJECTING = {"reject", "dismiss", "deny", "refute", "rebuff", "dispute", "brush", "deride", "rubbish"}
REFUSING = {"refuse", "reject", "turn", "deny", "decline", "dismiss", "rebuff", "veto", "spurn", "overrule"}
ASKING = {"request", "demand", "appeal", "call", "plea", "bid", "application", "petition", "proposal", "offer"}
PREFILTER = re.compile(
    r"(?i)\b(?:allegedly|reportedly|purportedly|supposedly|reputedly|said to|believed to|reported to|thought to|"
    r"claims?|reports?|allegations?|rumou?rs?|request|demand|appeal|plea|bid|application|petition|proposal|offer)\b"
)


def _coded(doc) -> dict[int, dict]:
    coded: dict[int, dict] = {}
    for cand in events.doc_event_candidates(doc, entities.doc_mentions(doc), None):
        first = (cand.get("trigger") or "").split(" ")[0]
        span = doc.char_span(cand["start_char"], cand["end_char"], alignment_mode="expand") or []
        tok = next((t for t in span if t.text == first), None)
        if tok is not None:
            coded.setdefault(tok.i, cand)
    return coded


def _act(verb, coded) -> tuple[str, str]:
    trig = read_verb(verb) if verb.pos_ in {"VERB", "AUX"} else None
    own = coded.get(verb.i) or next((coded[c.i] for c in verb.children if c.dep_ == "dobj" and c.i in coded), None)
    return (f"lex:{trig.reading.plover if trig else '-'}", f"coded:{own['event_type'] if own else '-'}")


def unattributed(tok, coded) -> tuple | None:
    if tok.lower_ in HEDGES and tok.dep_ == "advmod" and tok.head.pos_ in {"VERB", "AUX"}:
        return ("a-adverb", *_act(tok.head, coded))
    if tok.pos_ == "VERB" and lemma(tok) in SAYING and any(c.dep_ == "auxpass" for c in tok.children):
        inf = next((c for c in tok.children if c.dep_ == "xcomp" and any(x.lower_ == "to" for x in c.children)), None)
        if inf is not None:
            act = next((c for c in inf.children if c.dep_ in {"xcomp", "conj"} and c.pos_ == "VERB"), None)
            act = inf if lemma(inf) != "have" or act is None else act
            return ("a-said-to", *_act(act, coded))
    if tok.pos_ == "NOUN" and lemma(tok) in REPORT_NOUNS:
        clause = next(
            (c for c in tok.children if c.dep_ in {"acl", "ccomp", "relcl"} and c.pos_ in {"VERB", "AUX"}), None
        )
        if clause is not None and any(c.lower_ == "that" and c.dep_ == "mark" for c in clause.children):
            who = "claimant" if claimant(tok) else "no-claimant"
            return (f"a-noun-{who}", lemma(tok), *_act(clause, coded))
    return None


def rejected_claim(tok, coded) -> tuple | None:
    if tok.pos_ != "VERB" or lemma(tok) not in REJECTING:
        return None
    for noun in (c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"} and c.pos_ == "NOUN"):
        if lemma(noun) in REPORT_NOUNS and claimant(noun):
            acc = coded.get(noun.i)
            return (
                "b-rejected-claim",
                f"hostile-claim={accusing_claim(noun)}",
                f"reject={coded.get(tok.i, {}).get('event_type', '-')}",
                f"noun={acc['event_type'] if acc else '-'}",
            )
    return None


def refused_request(tok, coded, surf) -> tuple | None:
    if tok.pos_ != "VERB" or lemma(tok) not in REFUSING or not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    if lemma(tok) == "turn" and not any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children):
        return None
    noun = next((c for c in tok.children if c.dep_ == "nsubjpass" and lemma(c) in ASKING), None)
    if noun is None:
        return None
    cand = coded.get(tok.i)
    roles = {p["role"] for p in cand["participants"]} if cand else set()
    asker = any(c.dep_ in {"poss", "amod", "compound"} or c.lower_ in {"by", "from"} for c in noun.children)
    return (
        "c-refused-request",
        f"agent={any(c.dep_ == 'agent' for c in tok.children)}",
        f"asker-named={asker}",
        f"coded:{cand['event_type'] if cand else '-'}",
        f"source={'source' in roles}",
        f"target={'target' in roles}",
    )


def main() -> None:
    from sitrep.config import DEFAULT_MODEL

    held = "--held" in sys.argv
    nlp = load_nlp(DEFAULT_MODEL)
    counts: Counter = Counter()
    for corpus, text, _name in texts(held):
        if not PREFILTER.search(text):
            continue
        doc = nlp(text)
        coded = _coded(doc)
        for tok in doc:
            for found in (unattributed(tok, coded), rejected_claim(tok, coded), refused_request(tok, coded, None)):
                if found is not None:
                    counts[(corpus, *found)] += 1
    for key, n in sorted(counts.items(), key=str):
        print("\t".join(key), n, sep="\t")


if __name__ == "__main__":
    main()
