"""Counts of judged development rows whose coded parties are businesses (companies, clubs, brands), by verdict.

usage (from the project root):
    .venv/bin/python bench/business_rows39.py [--by-type]

Over the judged DEVELOPMENT rows (``trigger_audit.dev_rows``: ``bench/precision/dev_judged*.tsv`` and their shelves;
never ``judged.tsv`` nor ``judged.left.tsv``), each coded party (source or target name as the row gives it) is read
as a business by four signals, each counted on its own and together:

- ``suffix``: a corporate suffix ends the name (Inc, Corp, Ltd, LLC, plc, AG, SA, GmbH, Co, Group, Holdings, ...);
- ``noun``: in the row's sentence (spaCy, the project's model) a describing noun of business stands in apposition
  or compound with the name ('the carmaker Zoomo', 'Zoomo, a retailer', 'the Zoomo club');
- ``dict``: the Phoenix actor tables read the name with a business sector (BUS, MNC);
- ``ner``: spaCy labels the name ORG (weak: ministries and parties are ORG too; printed, not used for 'business');
- ``org`` (used with ``--broad``): an ORG the tables do not know, with no word of a public body in its name.

A party is a business by ``suffix``, ``noun`` or ``dict``. A party is a state party when the tables give it a
sector of the state (GOV, MIL, JUD, LEG, COP, ELI, SPY) or spaCy reads it as GPE/NORP, or it is a country/people
code alone. Apart from the parties, a row counts when a describing noun of business is the subject of some
clause of its sentence ('the insurer pulled out'), whoever the row codes, and a RETREAT row when a verb of leaving
has a market as what it leaves ('pulled out of the market'). Rows are split by ``trigger_audit.verdict_kind`` into
not-an-event / wrong type / type right, for: (a) every party a business; (b) some party a business and no state
party. Counts only: no sentence printed.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from trigger_audit import _names, dev_rows, read_map, row_id, verdict_kind  # noqa: E402

#: corporate suffixes that end a company's name
SUFFIX = re.compile(
    r"\b(inc|corp|corporation|ltd|llc|plc|ag|sa|gmbh|co|group|holdings?|nv|se|ab|spa|bhd|pte|oyj|asa|limited)\.?$",
    re.IGNORECASE,
)
#: describing nouns of a business
NOUNS = frozenset(
    [
        "company",
        "firm",
        "corporation",
        "maker",
        "carmaker",
        "automaker",
        "chipmaker",
        "retailer",
        "carrier",
        "airline",
        "bank",
        "lender",
        "club",
        "brand",
        "startup",
        "start-up",
        "giant",
        "conglomerate",
        "chain",
        "operator",
        "insurer",
        "manufacturer",
        "producer",
        "supplier",
        "brewer",
        "developer",
        "investor",
        "fund",
        "business",
        "outlet",
        "store",
        "label",
        "team",
        "sponsor",
        "broker",
    ]
)
#: words of ``entity_vocab.ORG_WORDS`` that a firm's own name holds
BUSINESS_WORDS = frozenset(
    [
        "ag",
        "airlines",
        "airways",
        "bv",
        "club",
        "co",
        "company",
        "corp",
        "corporation",
        "gmbh",
        "group",
        "inc",
        "llc",
        "ltd",
        "nv",
        "plc",
        "pty",
        "sa",
        "spa",
        "srl",
    ]
)
BUSINESS_SECTORS = frozenset({"BUS", "MNC"})
STATE_SECTORS = frozenset({"GOV", "MIL", "JUD", "LEG", "COP", "ELI", "SPY"})
#: verbs of leaving a place or a market
EXIT_VERBS = frozenset({"withdraw", "pull", "exit", "leave", "quit", "retreat"})
LINK_DEPS = frozenset({"appos", "compound", "nmod", "amod"})


def _name_tokens(doc, name: str) -> list:  # noqa: ANN001
    """The tokens of the first occurrence of ``name`` in the Doc (by its last word when the whole is not there)."""
    low = doc.text.lower()
    at = low.find(name.lower())
    if at < 0:
        last = name.split()[-1].lower() if name.split() else ""
        at = low.find(last) if last else -1
        span = doc.char_span(at, at + len(last), alignment_mode="expand") if at >= 0 else None
    else:
        span = doc.char_span(at, at + len(name), alignment_mode="expand")
    return list(span) if span is not None else []


def _noun_signal(toks: list) -> bool:
    """A describing noun of business in apposition or compound with the name's tokens."""
    near = []
    for t in toks:
        near += [t.head] if t.dep_ in LINK_DEPS or t.head.dep_ == "appos" else []
        near += [c for c in t.children if c.dep_ in LINK_DEPS]
        near += [g for c in t.children if c.dep_ == "appos" for g in c.subtree]
    return any(n.lemma_.lower() in NOUNS for n in near if n not in toks) or any(
        t.lemma_.lower() in NOUNS for t in toks[1:]
    )


def _market_exit(tok) -> bool:  # noqa: ANN001
    """A verb of leaving whose 'from'/'of' phrase (or object) is a market: 'withdrew from the market'."""
    if tok.lemma_.lower() not in EXIT_VERBS:
        return False
    heads = [c for c in tok.children if c.dep_ in {"dobj", "prep", "prt"}]
    heads += [g for c in heads if c.dep_ in {"prep", "prt"} for g in c.children]
    heads += [g for c in heads if c.dep_ == "prep" for g in c.children]
    return any(h.lemma_.lower() == "market" for h in heads)


def party_signals(name: str, code: str, doc, day=None) -> set[str]:  # noqa: ANN001
    """The signals that read a party as a business ('suffix', 'noun', 'dict', 'ner') or a state ('state')."""
    from sitrep.extract import gazetteer
    from sitrep.extract.actor_dictionary import lookup
    from sitrep.extract.entity_vocab import ORG_WORDS

    if gazetteer.country_iso3(name) or gazetteer.demonym_iso3(name):
        return {"state"}  # a country or its people ('China' is also a listed firm's alias)
    out: set[str] = set()
    if SUFFIX.search(name.strip()):
        out.add("suffix")
    rd = lookup(name, day)
    if rd and (rd.sector in BUSINESS_SECTORS or rd.code[:3] in BUSINESS_SECTORS):
        out.add("dict")
    if rd and (rd.sector in STATE_SECTORS or (rd.sector is None and rd.country and rd.code == rd.country)):
        out.add("state")
    toks = _name_tokens(doc, name)
    if toks and _noun_signal(toks):
        out.add("noun")
    ents = {t.ent_type_ for t in toks}
    if "ORG" in ents:
        out.add("ner")
        if rd is None and not set(name.lower().split()) & (ORG_WORDS - BUSINESS_WORDS):
            out.add("org")  # an ORG the tables do not know, no word of a public body in its name
    if ents & {"GPE", "NORP"} and not out & {"suffix", "dict", "noun"}:
        out.add("state")
    if "(" in name or name.lower() in {"government", "police", "army", "military"}:
        out.add("state")  # people of a country ('civilians (CHN)'), bare state bodies
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--by-type", action="store_true", help="split the business-only rows by event type")
    ap.add_argument("--map", type=Path, help="a trigger_audit --save map: count only the rows it still codes")
    ap.add_argument("--broad", action="store_true", help="an ORG unknown to the tables counts as a business too")
    ap.add_argument("--ids", action="store_true", help="print the row ids (no text) of the business rows")
    args = ap.parse_args()
    from sitrep.config import DEFAULT_MODEL
    from sitrep.extract.nlp import load_nlp

    nlp = load_nlp(DEFAULT_MODEL)
    rows = dev_rows()
    if args.map:
        labels, _run = read_map(args.map)
        rows = [r for r in rows if labels.get(row_id(r), ("gone",))[0] != "gone"]
    docs: dict[str, object] = {}
    every, some, signal, doer, exits = Counter(), Counter(), Counter(), Counter(), Counter()
    arts: dict[tuple[str, str], set[str]] = {}
    types: Counter = Counter()
    for r in rows:
        doc = docs.get(r["sentence"]) or docs.setdefault(r["sentence"], nlp(r["sentence"]))
        kind = verdict_kind(r)
        cells = [p for cell in (r["sources"], r["targets"]) for p in cell.split(";") if p.strip()]
        names = sorted(_names(";".join(cells)))
        codes = {p.split(":")[0].removesuffix(" (participant)").strip(): p.rsplit(":", 1)[-1] for p in cells}
        sigs = [party_signals(n, codes.get(n, ""), doc) for n in names]
        for s in sigs:
            for k in s:
                signal[(k, kind)] += 1
        biz = [
            bool(s & ({"suffix", "noun", "dict", "org"} if args.broad else {"suffix", "noun", "dict"})) for s in sigs
        ]
        state = any("state" in s for s, b in zip(sigs, biz, strict=True) if not b)
        doers = [t for t in doc if t.lemma_.lower() in NOUNS and t.pos_ == "NOUN" and t.dep_ in {"nsubj", "nsubjpass"}]
        if doers:
            doer[kind] += 1
            arts.setdefault(("doer", kind), set()).add(r["article_id"])
        if r["event_type"] == "RETREAT" and any(_market_exit(t) for t in doc):
            exits[kind] += 1
            arts.setdefault(("exit", kind), set()).add(r["article_id"])
        if names and all(biz):
            every[kind] += 1
            arts.setdefault(("every", kind), set()).add(r["article_id"])
            types[(r["event_type"], kind)] += 1
        if any(biz) and not state:
            if args.ids:
                print(f"{kind}\t{'every' if all(biz) else 'some'}\t{row_id(r)}\t{sigs}")
            some[kind] += 1
            arts.setdefault(("some", kind), set()).add(r["article_id"])
    kinds = ("not an event", "wrong type", "type right")
    print(
        f"{len(rows)} judged development rows: "
        + ", ".join(f"{k} {sum(verdict_kind(r) == k for r in rows)}" for k in kinds)
    )
    groups = (("every party a business", every, "every"), ("a business, no state party", some, "some"))
    groups += (("a describing noun of business is a clause's subject in the sentence", doer, "doer"),)
    groups += (("RETREAT rows whose sentence leaves a market ('pulled out of the market')", exits, "exit"),)
    for label, c, key in groups:
        parts = [f"{k} {c[k]} ({len(arts.get((key, k), ()))} articles)" for k in kinds]
        print(f"{label}: " + ", ".join(parts))
    print("party signals (parties counted per row):")
    for sig in ("suffix", "noun", "dict", "org", "ner", "state"):
        print(f"  {sig:7}" + ", ".join(f"{k} {signal[(sig, k)]}" for k in kinds))
    if args.by_type:
        for etype in sorted({t for t, _ in types}):
            print(f"  {etype:10}" + ", ".join(f"{k} {types[(etype, k)]}" for k in kinds))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
