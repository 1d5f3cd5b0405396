"""Development rows whose wrong side stands on a pronoun or a bare definite group noun (issue 10, round 37).

usage (from the project root): .venv/bin/python bench/pronoun_actors37.py [--work DIR] [--show]

Every row of ``bench/precision/dev_judged*.tsv`` (never ``judged.tsv``) judged ``wrong-source``, ``wrong-target``
or ``wrong-actors`` is re-run as ``bench/role_audit.py`` does (same --work cache). A row whose event is still coded
(persists or changed) is counted when the argument of its trigger on the side judged wrong (the subject or 'by'
agent for the source side, the object or a prepositional object for the target side; a joined verb's or a
controlling verb's subject when the trigger has none) is a third-person pronoun ('it', 'they', 'he', 'she', 'them',
'him', 'her') or a bare 'the <noun>' of a group, state or body ('the group', 'the country', 'the ministry', 'the
bloc'). Counts by error, status, side and word; --show prints each row.

Round 37, main 8b2f21c0 (1,985 development rows; 526 judged wrong-target/source/actors): 67 still-coded rows stand
on such a word (wrong-source 29 pronoun + 1 description, wrong-target 17 + 6, wrong-actors 12 + 2), 49 of them
persisting (source 24, target 18, actors 7). The descriptions are no class: 'across the country' (a place), 'the
Alliance' (a name misparsed), 'the army' (read right, the target is wrong), 'the group' (two organisations named
before it). Of the 43 pronoun rows (read by hand): a he/she whose event names another person (of the sentence, a
possessor, the speaker, a misresolved name) 14; an 'it'/'they' of a named body out of reach (an appositive, a
coordination, an unresolved 'the company', an organisation as 'they') 7; a 'they' of doers never named (quoted
victims: 'they kept me in prison') 6; an 'it' of a thing read as an actor ('the new order ... It keeps a ban') 5;
an object pronoun left unresolved 5 (two of a 'he' chain named over three sentences back); a joined clause's 'it'
read as the first clause's person 1; the rest are no pronoun matter (the event or a place is wrong). After
joined_pronouns, bound_names and pronoun_chains: 65 counted, 42 persisting (source 22, target 15, actors 5).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import role_audit as ra  # noqa: E402

PRONOUNS = frozenset({"it", "they", "he", "she", "them", "him", "her"})
NOUNS = frozenset({"group", "country", "ministry", "bloc", "government", "company", "organisation", "organization"})
NOUNS |= {"agency", "alliance", "party", "movement", "regime", "nation", "kingdom", "militants", "militia", "army"}
NOUNS |= {"department", "council", "court", "committee", "bureau", "office", "administration", "state", "coalition"}
SUBJ = {"nsubj", "nsubjpass", "csubj"}


def _subject(trig):  # noqa: ANN001, ANN202
    verb = trig
    for _ in range(3):
        subj = [k for k in verb.children if k.dep_ == "nsubj"]
        subj += [g for k in verb.children if k.dep_ == "agent" for g in k.children if g.dep_ == "pobj"]
        if subj:
            return subj[0]
        if verb.dep_ in {"conj", "xcomp", "advcl"} and verb.head != verb:
            verb = verb.head
        else:
            break
    return None


def _objects(trig):  # noqa: ANN001, ANN202
    objs = [k for k in trig.children if k.dep_ in {"dobj", "dative", "nsubjpass"}]
    objs += [g for k in trig.children if k.dep_ == "prep" for g in k.children if g.dep_ == "pobj"]
    return objs


def anaphor(tok) -> str | None:  # noqa: ANN001
    if tok is None:
        return None
    if tok.lower_ in PRONOUNS and tok.tag_ == "PRP":
        return tok.lower_
    dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
    mods = [c for c in tok.children if c.dep_ in {"amod", "compound", "poss", "nmod"}]
    if tok.lower_ in NOUNS and dets == ["the"] and not mods:
        return f"the {tok.lower_}"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/role_audit"))
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)

    audit = ra.Audit(args.work)
    rows = audit.rows
    counts: Counter = Counter()
    statuses: Counter = Counter()
    for r in rows:
        st, ev = audit.event(r)
        if ev is None:
            continue
        doc = audit.doc(r["article_id"])
        sent = doc.char_span(ev["span"][0], ev["span"][1], alignment_mode="expand")
        if sent is None:
            continue
        word = audit.word(r, ev)
        t = ra._trigger(sent, word)
        hits = []
        for side in ra.WRONG[r["error"]]:
            toks = [_subject(t)] if side == "sources" else _objects(t)
            hits += [(side, w) for w in map(anaphor, toks) if w]
        if not hits:
            continue
        side, w = hits[0]
        kind = "pronoun" if w in PRONOUNS else "description"
        counts[(r["error"], kind)] += 1
        statuses[(r["error"], st)] += 1
        if args.show:
            now = f"{'; '.join(sorted(ev['sources']))} -> {'; '.join(sorted(ev['targets']))}"
            print(f"{st:9} {r['error']:13} {side:8} {w!r:16} {r['file']} {r['article_id']} {r['event_type']}")
            print(f"          {r['sentence'][:300]}\n          note: {r['note']}\n          now: {now}")
    print(f"{len(rows)} development rows judged wrong-target/source/actors")
    for (err, kind), n in sorted(counts.items()):
        print(f"  {err:13} {kind:12} {n}")
    for (err, st), n in sorted(statuses.items()):
        print(f"  {err:13} {st:12} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
