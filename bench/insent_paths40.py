"""By which dependency path an act's missing party, named in the act's own sentence, hangs from the trigger (counts).

usage (from the project root):
    .venv/bin/python bench/insent_paths40.py judged [--work DIR] [--show]
    .venv/bin/python bench/insent_paths40.py tune|held-out UNSEEN_OUT_DIR [--show]

Two pools of acts coded with one side while the other is named in the same sentence:

- ``judged``: the development rows (role_audit's ``Audit``) whose judged-wrong side is still coded EMPTY
  (``Audit.persisting``); the missing party is the name or noun of the sentence that the row's note names and that
  is no coded actor and no trigger word (the nearest one in the parse when several);
- ``tune`` / ``held-out``: the unseen halves' misses of class ``one side: other actor in the event's sentence``
  (insent_classes34.in_sentence_events); the missing party is the gold actor's mention in the sentence.

Each path is named by the labels from the trigger down to the party (``dobj``, ``dative``, ``prep(with)>pobj``,
``conj``, ``ccomp>nsubj``, ``appos``...) when the trigger governs it, else by the climb from the trigger to the
lowest common ancestor and down (``^dobj`` = the trigger is the object of the word the party hangs from:
'held talks with X' from 'talks'), and put in a coarse class (``second object``, ``oblique P``, ``conjunct``,
``clause subject``, ``of-phrase``, ``appositive``, ``inside an argument``, ``light verb's oblique``, ``other``).
The counts say how many rows and how many articles each class spans. Only counts are printed for the held half;
--show prints the judged rows and the tuning misses with their path.

Run at 78f01f12 (round 40): 198 judged rows still coded with an empty judged-wrong side; 186 with a party of the
note in the sentence: on a path the argument readers already take (the trigger's object or subject, a preposition
hung on it) 64 (51 a common noun: 'the officials', 'both sides', 'religious leaders'; 13 a name), on another path
122 (65 a name, 57 a common noun), spread over 94 path classes of 1-6 rows (the largest: the trigger in a
clause under the party's verb 6, inside the object's clause 4, a conjunct's argument 4). The unseen tuning halves'
5 in-sentence misses take 4 different paths, the held halves' 7 another 7. No one path of >= 3 articles fails for
want of its path: the canonical paths already work on invented sentences; their misses are parties the readers do
not take as actors (common nouns, pronouns, names resolved elsewhere). Built: an accusing verb's own object noun of
blaming read by ``claim_clauses`` ('investigate allegations that X ...').
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from role_audit import WRONG, Audit, _trigger  # noqa: E402

WORD = re.compile(r"[A-Za-z][A-Za-z'.-]+")
PARTY_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
STOP = frozenset({"the", "not", "coded", "target", "source", "side", "as", "a", "an", "of", "and", "is", "are"})


def down_label(tok) -> str:  # noqa: ANN001
    """One step's label going down to ``tok``: a preposition keeps its word."""
    if tok.dep_ in {"prep", "agent"}:
        return f"{tok.dep_}({tok.lower_})"
    return tok.dep_


def path(trig, party) -> str:  # noqa: ANN001
    """'^a^b|c>d': the labels climbed from the trigger to the common ancestor, then those down to the party."""
    ups = [trig, *trig.ancestors]
    downs = [party, *party.ancestors]
    lca = next((t for t in downs if t in ups), None)
    if lca is None:
        return "no common ancestor"
    climb = [t.dep_ for t in ups[: ups.index(lca)]]
    descent = [down_label(t) for t in reversed(downs[: downs.index(lca)])]
    return "".join("^" + c for c in climb) + ("|" if climb else "") + ">".join(descent)


def coarse(p: str) -> str:
    """The construction class of a path."""
    up, _, down = p.rpartition("|")
    steps = down.split(">") if down else []
    first = steps[0] if steps else ""
    tail = steps[-1] if steps else ""
    if up:
        if up == "^dobj" and first.startswith("prep("):
            return f"light verb's oblique {first[4:]}"
        if up in {"^dobj", "^pobj", "^pobj^prep"} and first in {"nsubj", "nsubjpass"}:
            return "light verb's subject"
        if up.startswith("^conj") or up.startswith("^xcomp") or up.startswith("^ccomp"):
            return f"above the trigger ({up.split('^')[1]})"
        return f"other ({up}|{first})"
    if len(steps) == 1:
        return {"dobj": "object", "dative": "second object", "conj": "conjunct", "appos": "appositive"}.get(
            first, f"argument {first}"
        )
    if len(steps) == 2 and first.startswith("prep("):
        return "of-phrase" if first == "prep(of)" else f"oblique {first[4:]}"
    if len(steps) == 2 and first in {"ccomp", "xcomp", "advcl"} and tail in {"nsubj", "nsubjpass", "dobj"}:
        return f"clause {first}>{tail}"
    if first in {"dobj", "nsubj", "nsubjpass", "attr", "dative"} and len(steps) >= 2:
        return f"inside the {first} ({steps[1]})"
    return f"deeper ({'>'.join(steps[:3])})"


def note_words(note: str) -> set[str]:
    return {w.lower().strip(".'") for w in WORD.findall(note or "")} - STOP


def missing_words(note: str) -> set[str]:
    """The words of the note's part that says who is not coded ('...: the union is not coded')."""
    parts = [p for p in re.split(r"[:;(]", note or "") if "coded" in p or "no target" in p or "no source" in p]
    return set().union(*(note_words(p) for p in parts)) if parts else set()


def party_tokens(span, trig, note: str, coded: set[str]):  # noqa: ANN001
    """Tokens of the sentence that may be the party the note says is missing: heads of names or nouns it names."""
    words = note_words(note)
    coded_words = {w.lower() for n in coded for w in n.split()}
    out = []
    for tok in span:
        if tok == trig or tok.lower_ not in words or tok.lower_ in coded_words:
            continue
        if tok.ent_type_ in PARTY_ENTS or tok.pos_ in {"PROPN", "NOUN"}:
            head = tok
            while head.dep_ in {"compound", "flat"} and head.head != head:
                head = head.head
            if head not in out and head != trig:
                out.append(head)
    return out


def kind(tok) -> str:  # noqa: ANN001
    """What the missing party's head is: a name the parser tags, a pronoun, or a common noun."""
    if tok.ent_type_ in PARTY_ENTS or tok.pos_ == "PROPN":
        return "name"
    return "pronoun" if tok.pos_ == "PRON" else "common noun"


def canonical(p: str) -> bool:
    """A path the argument readers already take a party from: the trigger's object, subject, or a preposition's
    object hung on the trigger itself."""
    return "|" not in p and (
        p in {"dobj", "dative", "nsubj", "nsubjpass", "attr"} or re.fullmatch(r"prep\(\w+\)>pobj", p) is not None
    )


def distance(a, b) -> int:  # noqa: ANN001
    up = [a, *a.ancestors]
    down = [b, *b.ancestors]
    lca = next((t for t in down if t in up), None)
    return 99 if lca is None else up.index(lca) + down.index(lca)


def judged(work: Path, show: bool) -> tuple[Counter, dict]:
    audit = Audit(work)
    rows = [r for r in audit.rows if r["error"] in WRONG]
    counts: Counter = Counter()
    arts: dict[str, set] = defaultdict(set)
    for r, ev, _doc, span, word in audit.persisting(rows):
        empty = [s for s in WRONG[r["error"]] if not ev[s]]
        if not empty or span is None:
            continue
        counts["rows with an empty judged side"] += 1
        trig = _trigger(span, word)
        coded = set(ev["sources"]) | set(ev["targets"])
        told = missing_words(r["note"])
        cands = sorted(
            party_tokens(span, trig, r["note"], coded),
            key=lambda t: (t.lower_ not in told, t.ent_type_ not in PARTY_ENTS, distance(trig, t)),
        )
        if not cands:
            counts["no party of the note in the sentence"] += 1
            continue
        p = path(trig, cands[0])
        cls = f"{'/'.join(empty)}: {coarse(p)}"
        counts[cls] += 1
        arts[cls].add(r["article_id"])
        shape = f"{'canonical path' if canonical(p) else 'other path'}, party is a {kind(cands[0])}"
        counts[shape] += 1
        arts[shape].add(r["article_id"])
        if show:
            print(f"{cls:45} {p:35} [{trig.text} -> {cands[0].text}] {r['file']} {r['article_id']} {r['event_type']}")
            print(f"      {span.text[:260]}\n      note: {r['note'][:200]}")
    return counts, arts


def unseen(root: str, half: str, show: bool) -> tuple[Counter, dict]:
    from insent_classes34 import in_sentence_events, trigger_token
    from side_paths import gold_role, mention_head, missed_in_spans

    counts: Counter = Counter()
    arts: dict[str, set] = defaultdict(set)
    for wh, a, sums, ge, actors, names in in_sentence_events([root], half):
        counts["in-sentence misses"] += 1
        for actor, (e, aid, _lo, _hi, st) in missed_in_spans(wh, set(ge["docs"]), actors):
            doc = a.doc(aid)
            tok = mention_head(doc, st, a.ends.get((aid, st), st + 1))
            trig = trigger_token(tok.sent, sums.get(e)) if tok is not None else None
            if trig is None:
                counts["trigger not found"] += 1
                continue
            p = path(trig, tok)
            cls = f"{gold_role(ge, names.get(actor))}: {coarse(p)}"
            counts[cls] += 1
            arts[cls].add(f"{wh.path}:{aid}")
            shape = f"{'canonical path' if canonical(p) else 'other path'}, party is a {kind(tok)}"
            counts[shape] += 1
            arts[shape].add(f"{wh.path}:{aid}")
            if show and half == "tune":
                print(f"{cls:45} {p:35} [{trig.text} -> {tok.text}] {ge['type']}\n      {tok.sent.text[:260]}")
    return counts, arts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pool", choices=("judged", "tune", "held-out"))
    parser.add_argument("root", nargs="?", default="")
    parser.add_argument("--work", type=Path, default=Path("/tmp/role_audit"))
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    if args.pool == "judged":
        counts, arts = judged(args.work, args.show)
    else:
        counts, arts = unseen(args.root, args.pool, args.show and args.pool == "tune")
    for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{n:4d}  {key:55} articles {len(arts.get(key, ()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
