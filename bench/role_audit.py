"""Which wrong-actor rows of the precision development samples the current code still codes wrongly, by class.

usage (from the project root):
    .venv/bin/python bench/role_audit.py [--work DIR] [--show] [--class NAME] [--skip F] [--undated]

Every row of ``bench/precision/dev_judged*.tsv`` (never the evaluation sample ``judged.tsv`` nor its shelf) judged
``wrong-target``, ``wrong-source`` or ``wrong-actors`` is looked up again: its article is run through the current
code (``record_article``, ``analyze_parsed`` and ``assemble``, in this process; the parsed Docs are kept in --work
so a second run only re-extracts), and the events of the row's type told by its sentence are compared with the row.
Each article runs under its publication date as the pipeline gives it (``record_article`` of its record in the corpus
its id's prefix names, ``trigger_audit.corpus_records``: NewsArticles 2017 or Reuters-21578); ``--undated`` runs every
article with no date (the rules that need the report's date then never fire). The cache holds only the parses, which
no date changes, so one --work serves both.

- ``gone``: no event of that type is coded on the sentence any more;
- ``changed``: an event of that type is, but the side judged wrong names other actors now (maybe fixed);
- ``persists``: an event of that type names the same actors on the side judged wrong.

A persisting row is classed by where its wrong side's actors stand in the sentence's parse (the first actor that is
no plain argument of the trigger decides): ``state agent`` (a participant added by ``state_agents``, with where its
name stands), ``possessor`` / ``kin possessor`` ('X's associates', 'her husband'), ``of-phrase`` ('associates of
X'), ``appositive``, ``description clause`` (inside a relative clause or participle on a noun), ``reporting frame``
(the subject of a saying verb over the trigger), ``place`` (a GPE after a locative preposition), ``outside the
sentence`` (named in another sentence); an empty target side is ``missing`` with what the trigger's object or oblique
is (``missing: object names a party`` when it holds a name, ``missing: inner act of denied/admitted`` for 'denied
meeting X'), an empty source side ``missing source`` with what its subject or 'by' agent is. Only counts are
printed; --show prints each row with its class.

Run at b15d8202 on the 333 rows of the samples before 4444 (``--skip dev_judged_4444.tsv``): wrong-target persists
119, changed 34, gone 20; wrong-source 63 / 25 / 5; wrong-actors 36 / 25 / 6. The persisting targets are mostly
missing ones (34 whose trigger's object or oblique holds a name, 26 a common noun such as 'the managers', 12 with no
object), 20 arguments of the trigger read wrongly and 15 actors of other sentences (merged reports, coreference); the
description classes (possessor, appositive, relative clause, of-phrase, state agent) are 1-4 rows each. Entities are
resolved over the audit's 266 articles together, not over the 150 of a row's draw, so an actor may be named otherwise
('changed') with no change of code.
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from precision_sample import read_tsv  # noqa: E402

PRECISION = ROOT / "bench" / "precision"
WRONG = {"wrong-target": ("targets",), "wrong-source": ("sources",), "wrong-actors": ("sources", "targets")}
SAYING = frozenset({"say", "tell", "report", "announce", "claim", "add", "state", "write", "insist", "confirm", "note"})
#: nouns of a relative ('her husband', 'the son of X')
KIN = frozenset({"husband", "wife", "son", "daughter", "brother", "sister", "mother", "father", "widow", "widower"})
KIN |= {"family", "parents", "children", "child", "uncle", "aunt", "cousin", "nephew", "niece", "grandson"}
KIN |= {"granddaughter", "grandmother", "grandfather", "partner", "fiancee", "boyfriend", "girlfriend"}
LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "to", "from", "into", "around", "throughout"})
ARGS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "agent", "attr", "oprd", "conj", "compound"})


def dev_rows(skip: frozenset[str] = frozenset()) -> list[dict[str, str]]:
    rows = []
    for path in sorted(PRECISION.glob("dev_judged*.tsv")):
        if path.name.endswith(".left.tsv") or path.name in skip:
            continue
        rows += [{**r, "file": path.name} for r in read_tsv(path) if r.get("error") in WRONG]
    return rows


def names(cell: str) -> frozenset[str]:
    """The actor names of a sources/targets cell, without countries (a country change is judged elsewhere)."""
    out = set()
    for part in cell.split("; "):
        part = part.strip()
        if part:
            out.add(part.replace(" (participant)", "").rsplit(":", 1)[0])
    return frozenset(out)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def load_articles(ids: set[str], dated: bool = True) -> list[dict]:
    """The articles of the ids asked, as ``record_article`` makes them (with no publication date unless ``dated``)."""
    from trigger_audit import corpus_records

    from sitrep.ingest.readers import record_article

    out = []
    for rec in corpus_records(ids):
        art = {**record_article(rec), "article_id": rec["id"]}
        art["dateline"] = (art.get("dateline") or {}).get("text")  # stored as its text, as ``tasks.ingest`` does
        out.append(art if dated else {**art, "published_at": None})
    return sorted(out, key=lambda a: a["article_id"])


def analyse(articles: list[dict], work: Path, nlp) -> tuple[list[dict], dict]:  # noqa: ANN001
    from sitrep.extract.doc_bytes import parse_articles
    from sitrep.extract.pipeline import analyze_parsed, assemble

    cache = work / "parsed.pkl"
    parsed: dict[str, tuple] = pickle.loads(cache.read_bytes()) if cache.exists() else {}
    todo = [a for a in articles if a["article_id"] not in parsed]
    if todo:
        parsed |= dict(zip([a["article_id"] for a in todo], parse_articles(todo, nlp), strict=True))
        work.mkdir(parents=True, exist_ok=True)
        cache.write_bytes(pickle.dumps(parsed))
    analyses = analyze_parsed(articles, [parsed[a["article_id"]] for a in articles], nlp)
    return analyses, {"parsed": parsed, "tables": assemble(analyses, {a["article_id"]: a for a in articles})}


def current_events(tables: dict) -> dict[tuple[str, str, str], list[dict]]:
    """(article id, sentence, type) -> [{'sources': names, 'targets': names, 'roles': {name: role}, 'ids': ...}]."""
    ent = {e["entity_id"]: e for e in tables["entities"]}
    parts: dict[str, list[tuple[str, str, str]]] = {}
    for p in tables["event_participants"]:
        e = ent.get(p["entity_id"], {})
        parts.setdefault(p["event_id"], []).append((p["role"], e.get("canonical_name") or "", p["entity_id"]))
    types = {e["event_id"]: e["event_type"] for e in tables["events"]}
    out: dict[tuple[str, str, str], list[dict]] = {}
    for m in tables["event_mentions"]:
        ps = parts.get(m["event_id"], [])
        coded = {
            "sources": frozenset(n for r, n, _ in ps if r in {"source", "participant"}),
            "targets": frozenset(n for r, n, _ in ps if r == "target"),
            "roles": {n: r for r, n, _ in ps},
            "entities": {n: eid for _, n, eid in ps},
            "span": (m["start_char"], m["end_char"]),
        }
        out.setdefault((m["article_id"], norm(m.get("sentence") or ""), types[m["event_id"]]), []).append(coded)
    return out


def trigger_words(analyses: list[dict]) -> dict[tuple[str, int, str], str]:
    """(article id, candidate start, event type) -> the candidate's trigger word, over every analysis."""
    return {
        (a["article_id"], c["start_char"], c["event_type"]): c.get("trigger") or ""
        for a in analyses
        for c in a["event_candidates"]
    }


def parsed_doc(docs: dict, run: dict, nlp, article_id: str):  # noqa: ANN001, ANN201
    """The article's Doc rebuilt from the run's parse, kept in ``docs`` (article id -> Doc) after its first use."""
    if article_id not in docs:
        from spacy.tokens import Doc

        data = run["parsed"][article_id][0]
        docs[article_id] = Doc(nlp.vocab).from_bytes(data, exclude=("tensor", "user_data"))
    return docs[article_id]


class Audit:
    """The development rows' articles analysed by the current code, with the look-ups the bench scripts that class
    role_audit's rows share (target_classes36, source_classes36, target_shapes37, pronoun_actors37)."""

    def __init__(self, work: Path) -> None:
        from sitrep.config import DEFAULT_MODEL
        from sitrep.extract.nlp import load_nlp

        self.rows = dev_rows()  # (all of role_audit's articles: entities are resolved over them together, as there)
        self.nlp = load_nlp(DEFAULT_MODEL)
        self.articles = load_articles({r["article_id"] for r in self.rows})
        analyses, self.run = analyse(self.articles, work, self.nlp)
        self.tables = self.run["tables"]
        self.found = current_events(self.tables)
        self.trig = trigger_words(analyses)
        self.docs: dict = {}

    def event(self, row: dict[str, str]) -> tuple[str, dict | None]:
        """The row's state (persists, changed, gone) and the event coded now for its sentence and type."""
        return status(row, self.found.get((row["article_id"], norm(row["sentence"]), row["event_type"]), []))

    def doc(self, article_id: str):  # noqa: ANN201
        return parsed_doc(self.docs, self.run, self.nlp, article_id)

    def word(self, row: dict[str, str], ev: dict) -> str:
        """The trigger word of the event coded now."""
        return self.trig.get((row["article_id"], ev["span"][0], row["event_type"]), "")

    def persisting(self, rows: list[dict[str, str]]):  # noqa: ANN201
        """(row, event, Doc, the event's sentence span or None, trigger word) for each row whose judged-wrong actors
        are still coded."""
        for r in rows:
            st, ev = self.event(r)
            if st != "persists":
                continue
            doc = self.doc(r["article_id"])
            yield r, ev, doc, doc.char_span(*ev["span"], alignment_mode="expand"), self.word(r, ev)


def status(row: dict[str, str], found: list[dict]) -> tuple[str, dict | None]:
    if not found:
        return "gone", None
    sides = WRONG[row["error"]]
    for ev in found:
        if all(ev[s] == names(row[s]) for s in sides):
            return "persists", ev
    return "changed", found[0]


def _mention_tokens(doc, tables: dict, article_id: str, entity_id: str, span: tuple[int, int]) -> list:  # noqa: ANN001
    out = []
    for m in tables["mentions"]:
        if m["article_id"] == article_id and m["entity_id"] == entity_id and span[0] <= m["start_char"] < span[1]:
            chars = doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")
            if chars is not None:
                out.append(chars.root)
    return out


def _trigger(sent, word: str):  # noqa: ANN001, ANN202
    first = (word or "").split()[0] if word else ""
    hits = [t for t in sent if t.text == first]
    verbs = [t for t in hits if t.pos_ in {"VERB", "NOUN"}]
    return (verbs or hits or [sent.root])[0]


def place_of(tok, trig) -> str:  # noqa: ANN001
    """Where one coded actor's name stands relative to the trigger."""
    if tok.dep_ == "poss":
        return "kin possessor" if tok.head.lemma_.lower() in KIN else "possessor"
    owner = tok.head.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and owner.pos_ in {"NOUN", "PROPN"} and owner != trig:
        return "kin of-phrase" if owner.lemma_.lower() in KIN else "of-phrase"
    if tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE and tok.ent_type_ in {"GPE", "LOC", "FAC"}:
        return "place"
    chain = [tok, *tok.ancestors]
    if trig in chain:
        below = chain[: chain.index(trig)]
        if any(t.dep_ == "appos" for t in below):
            return "appositive"
        if any(t.dep_ in {"relcl", "acl"} for t in below):
            return "description clause"
        return "argument of the trigger"
    if any(t.dep_ == "appos" for t in chain):
        return "appositive"
    if any(t.dep_ in {"relcl", "acl"} for t in chain):
        return "description clause"
    if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_ in SAYING and trig in tok.head.subtree:
        return "reporting frame"
    return "elsewhere in the sentence"


def missing_class(trig) -> str:  # noqa: ANN001
    kids = list(trig.children)
    if trig.lemma_ in {"deny", "admit", "acknowledge"} and any(k.pos_ == "VERB" for k in kids):
        return "missing: inner act of denied/admitted"
    objs = [k for k in kids if k.dep_ in {"dobj", "dative"}]
    objs += [g for k in kids if k.dep_ in {"prep", "agent"} for g in k.children if g.dep_ == "pobj"]
    if any(o.pos_ == "PRON" for o in objs):
        return "missing: pronoun object"
    if any(o.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or any(t.ent_type_ for t in o.subtree) for o in objs):
        return "missing: object names a party"
    if objs:
        return "missing: object is a common noun"
    return "missing: no object or oblique"


def missing_source(trig) -> str:  # noqa: ANN001
    """What stands where an empty source side's actor would: the trigger's subject or 'by' agent."""
    subj = [k for k in trig.children if k.dep_ in {"nsubj", "agent"}]
    subj = [g for k in subj for g in ([k] if k.dep_ == "nsubj" else k.children)]
    if any(s.pos_ == "PRON" for s in subj):
        return "missing source: pronoun subject"
    if any(any(t.ent_type_ for t in s.subtree) for s in subj):
        return "missing source: subject names a party"
    if subj:
        return "missing source: subject is a common noun"
    if any(k.dep_ == "nsubjpass" for k in trig.children):
        return "missing source: passive with no agent"
    return "missing source: no subject"


def classify(row: dict[str, str], ev: dict, doc, tables: dict) -> str:  # noqa: ANN001
    span = ev["span"]
    sent = doc.char_span(span[0], span[1], alignment_mode="expand")
    if sent is None:
        return "unparsed"
    trig = _trigger(sent, row.get("trigger", ""))
    classes = []
    for side in WRONG[row["error"]]:
        coded = ev[side]
        if not coded:
            classes.append(missing_class(trig) if side == "targets" else missing_source(trig))
            continue
        for name in sorted(coded):
            if ev["roles"].get(name) == "participant":
                toks = _mention_tokens(doc, tables, row["article_id"], ev["entities"][name], span)
                where = place_of(toks[0], trig) if toks else "outside the sentence"
                classes.append(f"state agent ({where})")
                continue
            toks = _mention_tokens(doc, tables, row["article_id"], ev["entities"].get(name, ""), span)
            classes.append(place_of(toks[0], trig) if toks else "outside the sentence")
    odd = [c for c in classes if c != "argument of the trigger"]
    return (odd or classes or ["argument of the trigger"])[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/role_audit"))
    parser.add_argument("--show", action="store_true", help="print each row with its status and class")
    parser.add_argument("--class", dest="only", default=None, help="with --show: only rows of this class")
    parser.add_argument("--skip", action="append", default=[], help="a sample file left out (a fresh draw to measure)")
    parser.add_argument("--undated", action="store_true", help="every article with no publication date")
    args = parser.parse_args(argv)

    from sitrep.config import DEFAULT_MODEL
    from sitrep.extract.nlp import load_nlp

    rows = dev_rows(frozenset(args.skip))
    nlp = load_nlp(DEFAULT_MODEL)
    articles = load_articles({r["article_id"] for r in rows}, dated=not args.undated)
    analyses, run = analyse(articles, args.work, nlp)
    tables = run["tables"]
    found = current_events(tables)
    trig = trigger_words(analyses)
    docs = {}
    counts: Counter = Counter()
    classes: Counter = Counter()
    for r in rows:
        st, ev = status(r, found.get((r["article_id"], norm(r["sentence"]), r["event_type"]), []))
        counts[(r["error"], st)] += 1
        cls = ""
        if st == "persists":
            doc = parsed_doc(docs, run, nlp, r["article_id"])
            word = trig.get((r["article_id"], ev["span"][0], r["event_type"]), "")
            cls = classify({**r, "trigger": word}, ev, doc, tables)
            classes[(r["error"], cls)] += 1
        if args.show and (args.only is None or args.only == cls):
            print(f"{st:9} {cls:40} {r['file']} {r['article_id']} {r['event_type']} {r['sources']} -> {r['targets']}")
            now = f"{'; '.join(sorted(ev['sources']))} -> {'; '.join(sorted(ev['targets']))}" if ev else "-"
            print(f"          {r['sentence'][:300]}\n          note: {r['note']}\n          now: {now}")
    dated = "undated" if args.undated else f"dated {sum(a.get('published_at') is not None for a in articles)}"
    print(f"{len(rows)} development rows judged wrong-target/source/actors; {len(articles)} articles ({dated})")
    for err in WRONG:
        line = ", ".join(f"{st} {counts[(err, st)]}" for st in ("persists", "changed", "gone"))
        print(f"{err}: {line}")
    print("persisting rows by class:")
    for (err, cls), n in sorted(classes.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1])):
        print(f"  {err:13} {cls:45} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
