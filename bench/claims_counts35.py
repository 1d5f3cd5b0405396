"""Counts of two classes of reported speech on the development material (counts only; no text is printed):

1. the noun 'claim' with a 'that' clause or an 'of' object ('X's claim that Y spied on its ships', 'the claim by X
   that ...', 'X's claim of Y's spying'): whether the content is a hostile act (the clause's verb read by the trigger
   lexicon as a conflict category, or a word of claim_wrongs.tsv kind `wrong`), whether the act inside is coded as
   an event (the claimed act told as fact), and whether an ACCUSE by the claimant is coded;
2. a noun of speech (warning, demand, request, call, appeal, offer, plea, threat, ultimatum) with a 'from' doer:
   with a 'to' hearer and/or a 'to' infinitive, which event the noun or its infinitive codes and with whom as source.

usage (from the project root): .venv/bin/python bench/claims_counts35.py [--held]
  tune (default): devset and devset2 docs, precision development rows, the GSR tuning half, the tuning halves of the
  twelve unseen collections (those built under /tmp/unseen-*/docs); --held: the held-out halves (counts only).
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from event_split import half_of  # noqa: E402

from sitrep.extract import entities, events  # noqa: E402
from sitrep.extract.addressed_asks import addressed_ask  # noqa: E402
from sitrep.extract.addressed_asks import rows as asks  # noqa: E402
from sitrep.extract.claimed_accusations import accusing_claim, claimant, words  # noqa: E402
from sitrep.extract.data_files import word_sets  # noqa: E402
from sitrep.extract.nlp import load_nlp  # noqa: E402
from sitrep.extract.token_lemma import lemma  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared"
UNSEEN = {
    "newsarticles": ("/tmp/unseen-news/docs", "newsarticles_gold.json"),
    "reuters": ("/tmp/unseen-reuters/docs", "reuters_gold.json"),
    "reuters2": ("/tmp/unseen-reuters2/docs", "reuters2_gold.json"),
    **{f"news{n}": (f"/tmp/unseen-news{n}/docs", f"newsarticles{n}_gold.json") for n in range(3, 12)},
}
SPEECH = {"warning", "demand", "request", "call", "appeal", "offer", "plea", "threat", "ultimatum"}
HOSTILE = {"ACCUSE", "ASSAULT", "COERCE", "THREATEN", "SANCTION", "REJECT", "PROTEST", "MOBILIZE"}
PREFILTER = re.compile(
    r"(?i)\bclaims?\b.{0,80}\b(?:that|of)\b|\b(?:warning|demand|request|call|appeal|offer|plea|threat|ultimatum)s?\s+"
    r"(?:by|from)\b"
)


def texts(held: bool) -> list[tuple[str, str, str]]:
    """(corpus, text, collection) of the chosen half's material."""
    out: list[tuple[str, str, str]] = []
    if not held:
        for name in ("devset", "devset2"):
            out += [(name, p.read_text(), name) for p in sorted((SHARED / name / "docs").glob("*.txt"))]
        for path in sorted(Path("bench/precision").glob("dev_judged_*.tsv")):
            with path.open() as fh:
                out += [
                    ("devrows", r["sentence"], "devrows")
                    for r in csv.DictReader(fh, delimiter="\t")
                    if r.get("sentence")
                ]
        gsr = json.loads((SHARED / "devset/plover/gsr_dev.json").read_text())
        out += [("gsr", r["text"], "gsr") for r in gsr if half_of(r["id"]) == "tune"]
    want = "held-out" if held else "tune"
    for name, (docs, gold_file) in UNSEEN.items():
        if not Path(docs).is_dir():
            continue
        gold = json.loads(Path("bench/unseen", gold_file).read_text())
        keep = {d["doc"] for d in gold["documents"] if half_of(d.get("story") or d["doc"]) == want}
        for path in sorted(Path(docs).glob("*.json")):
            if path.stem in keep or path.name in keep:
                out.append((f"unseen-{want}", json.loads(path.read_text())["body"], name))
    return out


def _wrongs() -> frozenset[str]:
    return word_sets("claim_wrongs.tsv").get("wrong", frozenset())


def claim_class(noun, coded: dict[int, dict]) -> tuple:
    """(link, content, claimed act coded?, ACCUSE by the claimant coded?) for a 'claim' noun."""
    clause = next((c for c in noun.children if c.dep_ in {"acl", "ccomp", "relcl"} and c.pos_ in {"VERB", "AUX"}), None)
    that = clause is not None and any(c.lower_ == "that" and c.i < clause.i for c in clause.children)
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if not that and of is None:
        return ("other",)
    span = list(clause.subtree) if that else list(of.subtree)
    inner = [coded[t.i] for t in span if t.i in coded]
    hostile = any(c["event_type"] in HOSTILE for c in inner) or any(lemma(t) in _wrongs() for t in span)
    accuse = any(c["event_type"] == "ACCUSE" and c.get("_tok") == noun.i for c in coded.values())
    out = (
        "that" if that else "of",
        "hostile" if hostile else "plain",
        f"inner-coded={bool(inner)}",
        f"noun-accuse={accuse}",
        f"claimant={claimant(noun)}",
    )
    if inner and that:  # what the coded inner act is: its type, its clause subject's kind, the claimant's link
        subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        holder = next((c.dep_ for c in noun.children if c.dep_ in {"poss", "prep", "amod", "compound"}), "none")
        out += (
            "inner:" + "+".join(sorted({c["event_type"] for c in inner})),
            f"subj:{subj.tag_ if subj is not None else '-'}/{subj.ent_type_ if subj is not None else '-'}",
            f"holder:{holder}",
            f"noun-dep:{noun.dep_}",
            f"has-place:{any(c['location_name'] for c in inner)}",
        )
    return out


def speech_class(noun, coded: dict[int, dict]) -> tuple:
    preps = {c.lower_ for c in noun.children if c.dep_ == "prep"}
    inf = next(
        (
            c
            for c in noun.subtree
            if c.dep_ in {"acl", "xcomp", "advcl"}
            and c.head.i >= noun.i - 1
            and any(x.lower_ == "to" and x.dep_ == "aux" for x in c.children)
        ),
        None,
    )
    inner = coded.get(inf.i) if inf is not None else None
    own = coded.get(noun.i)
    return (
        lemma(noun),
        "to-hearer" if "to" in preps else "no-hearer",
        "inf" if inf is not None else "no-inf",
        f"noun:{own['event_type'] if own else '-'}",
        f"inf:{inner['event_type'] if inner else '-'}",
    )


def main() -> None:
    from sitrep.config import DEFAULT_MODEL

    held = "--held" in sys.argv
    nlp = load_nlp(DEFAULT_MODEL)
    counts: Counter = Counter()
    for corpus, text, name in texts(held):
        if not PREFILTER.search(text):
            continue
        doc = nlp(text)
        coded: dict[int, dict] = {}
        for cand in events.doc_event_candidates(doc, entities.doc_mentions(doc), None):
            first = (cand.get("trigger") or "").split(" ")[0]
            tok = next(
                (
                    t
                    for t in doc.char_span(cand["start_char"], cand["end_char"], alignment_mode="expand") or []
                    if t.text == first
                ),
                None,
            )
            if tok is not None:
                cand["_tok"] = tok.i
                coded[tok.i] = cand
        for tok in doc:
            if tok.pos_ != "NOUN":
                continue
            if lemma(tok) in words()["noun"] and accusing_claim(tok):
                counts[(corpus, "accusing-claim", lemma(tok), name)] += 1
            if lemma(tok) in asks() and addressed_ask(tok) is not None:
                counts[(corpus, "addressed-ask", lemma(tok), name)] += 1
            if lemma(tok) == "claim":
                counts[(corpus, "claim", *claim_class(tok, coded))] += 1
                if held and len(claim_class(tok, coded)) > 5:
                    counts[(corpus, "claim-in", name)] += 1
            elif lemma(tok) in SPEECH and any(c.dep_ == "prep" and c.lower_ in {"from", "by"} for c in tok.children):
                counts[(corpus, "speech", *speech_class(tok, coded))] += 1
    for key, n in sorted(counts.items(), key=str):
        print("\t".join(key), n, sep="\t")


if __name__ == "__main__":
    main()
