"""Why the object of a persisting missing-target row did not become the event's target, by class.

usage (from the project root): .venv/bin/python bench/missing_targets32.py [--work DIR] [--show] [--skip F]

Runs what ``bench/role_audit.py`` runs (the development rows judged wrong-target or wrong-actors, re-coded by the
current code; --work shares its cache of parsed Docs) and keeps the rows that persist with an EMPTY target side.
For each, the trigger's objects and obliques (its direct object or dative, the objects of its prepositions and
'by' agent; for a noun trigger under a light verb, the light verb's too) are read and the row is put in the first
class that holds:

- ``name: coded as a source``: the object's name is resolved to an entity the event has on its SOURCE side (the
  reports of a merged event disagree on its role, or the name is resolved to the subject's entity);
- ``passive subject: KIND``: the trigger is passive ('he was shot by soldiers'): its subject (a pronoun, a name or
  a common noun) is where the target stands;
- ``pronoun``: the object is a pronoun ('accused them');
- ``name: person, no country`` / ``name: person with country`` / ``name: org, no country`` / ``name: org with
  country`` / ``name: place`` / ``name: nationality`` / ``name: untagged``: the object holds a name; the kind
  says what the warehouse made of it (its mention's entity and country, or no entity at all); ``in PREP``
  is appended when the name stands in a prepositional phrase;
- ``group noun: actor reading`` (the group nouns and Phoenix agents already read it as a group: something else
  dropped it) / ``group noun: no actor reading (LEMMA)`` (a noun of people or bodies nothing reads as an actor);
- ``common noun: thing``: an object that names no party (the row's target may be elsewhere);
- ``no object``: the trigger has no object or oblique (the target is elsewhere in the sentence or implicit).

Only counts are printed (with the lemmas of the group nouns); --show prints each row with its class.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

import role_audit as ra  # noqa: E402

LIGHT = frozenset({"hold", "have", "launch", "stage", "carry", "make", "take", "give", "issue", "impose", "conduct"})
PEOPLE_HINTS = ("er", "or", "ist", "ian", "ee", "man", "men", "people", "s")


def objects(trig) -> list:  # noqa: ANN001
    """The trigger's objects and obliques (and a light verb's, for a noun trigger under one)."""
    heads = [trig]
    if trig.pos_ == "NOUN" and trig.dep_ in {"dobj", "nsubjpass"} and trig.head.lemma_ in LIGHT:
        heads.append(trig.head)
    out = []
    for h in heads:
        for k in h.children:
            if k.dep_ in {"dobj", "dative", "attr", "oprd"} and h is trig:
                out.append((k, ""))
            elif k.dep_ in {"prep", "agent"}:
                out += [(g, k.lower_) for g in k.children if g.dep_ == "pobj"]
            elif k.dep_ == "xcomp" and h is trig:  # 'urged X to act': X may be the xcomp's subject
                out += [(g, "") for g in k.children if g.dep_ == "nsubj"]
    if trig.pos_ == "NOUN":
        out += [(c, "poss") for c in trig.children if c.dep_ == "poss"]
        out += [(c, "compound") for c in trig.children if c.dep_ == "compound" and c.ent_type_]
    return out


def entity_at(tok, tables: dict, article_id: str) -> dict | None:  # noqa: ANN001
    """The warehouse entity of the mention covering ``tok`` (or None)."""
    ents = tables.setdefault("_ent", {e["entity_id"]: e for e in tables["entities"]})
    for m in tables.setdefault("_mentions", {}).setdefault(article_id, None) or _index(tables, article_id):
        if m["start_char"] <= tok.idx < m["end_char"]:
            return ents.get(m["entity_id"])
    return None


def _index(tables: dict, article_id: str) -> list[dict]:
    rows = [m for m in tables["mentions"] if m["article_id"] == article_id]
    tables["_mentions"][article_id] = rows
    return rows


def name_token(obj):  # noqa: ANN001, ANN202
    """The first token of the object's phrase that is inside a name (not a date, number, ...)."""
    skip = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", ""}
    if obj.ent_type_ not in skip:
        return obj
    return next((t for t in obj.subtree if t.ent_type_ not in skip), None)


def name_class(tok, tables: dict, article_id: str) -> str:  # noqa: ANN001
    ent = entity_at(tok, tables, article_id)
    label = tok.ent_type_
    if ent is None:
        return {"GPE": "name: place", "LOC": "name: place", "FAC": "name: place", "NORP": "name: nationality"}.get(
            label, f"name: untagged ({label})"
        )
    kind = {"PERSON": "person", "ORG": "org", "GPE": "place", "NORP": "nationality"}.get(ent["entity_type"], "other")
    if kind == "place":
        return "name: place entity"
    return f"name: {kind} {'with country' if ent.get('country_iso3') else 'no country'}"


def classify(trig, tables: dict, article_id: str, sources: frozenset[str] = frozenset()) -> tuple[str, str]:  # noqa: ANN001
    from sitrep.extract.event_arg_groups import group_of, recipient_group

    objs = objects(trig)
    passive = [k for k in trig.children if k.dep_ == "nsubjpass"]
    if passive:  # 'he was shot by soldiers': the target stands as the passive subject
        subj = passive[0]
        kind = "pronoun" if subj.pos_ == "PRON" else ("name" if name_token(subj) is not None else "common noun")
        return f"passive subject: {kind}", subj.lemma_.lower()
    if not objs:
        return "no object", ""
    for obj, _prep in objs:  # the object's entity is on the source side: a merge or a resolution moved it
        tok = name_token(obj)
        ent = entity_at(tok, tables, article_id) if tok is not None and tok.ent_type_ else None
        if ent is not None and ent.get("canonical_name") in sources:
            return "name: coded as a source", tok.text
    for obj, _prep in objs:
        if obj.pos_ == "PRON":
            return "pronoun", obj.lower_
    for obj, prep in objs:
        tok = name_token(obj)
        if tok is not None and tok.ent_type_:
            cls = name_class(tok, tables, article_id)
            return cls + (f" in {prep}-phrase" if prep else ""), tok.text
    for obj, prep in objs:
        if obj.pos_ in {"NOUN", "PROPN", "NUM"}:
            noun = obj
            if obj.pos_ == "NUM" or obj.lemma_ in {"thousand", "hundred", "dozen", "group", "number", "crowd"}:
                noun = next((g for c in obj.children if c.lower_ == "of" for g in c.children), obj)
            if group_of(noun) is not None or recipient_group(noun) is not None:
                return "group noun: actor reading" + (f" in {prep}-phrase" if prep else ""), noun.lemma_
    for obj, prep in objs:
        if obj.pos_ in {"NOUN", "PROPN"} and obj.lemma_.lower().endswith(PEOPLE_HINTS):
            return "common noun (maybe people)" + (f" in {prep}-phrase" if prep else ""), obj.lemma_.lower()
    return "common noun: thing", objs[0][0].lemma_.lower()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/role_audit"))
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--skip", action="append", default=[])
    args = parser.parse_args(argv)

    from sitrep.config import DEFAULT_MODEL
    from sitrep.extract.nlp import load_nlp

    rows = [r for r in ra.dev_rows(frozenset(args.skip)) if r["error"] in {"wrong-target", "wrong-actors"}]
    nlp = load_nlp(DEFAULT_MODEL)
    articles = ra.load_articles({r["article_id"] for r in rows})
    analyses, run = ra.analyse(articles, args.work, nlp)
    tables = run["tables"]
    found = ra.current_events(tables)
    trig = ra.trigger_words(analyses)
    docs: dict = {}
    classes: Counter = Counter()
    words: dict[str, Counter] = {}
    total = 0
    for r in rows:
        st, ev = ra.status(r, found.get((r["article_id"], ra.norm(r["sentence"]), r["event_type"]), []))
        if st != "persists" or ev["targets"]:
            continue
        total += 1
        doc = ra.parsed_doc(docs, run, nlp, r["article_id"])
        sent = doc.char_span(ev["span"][0], ev["span"][1], alignment_mode="expand")
        if sent is None:
            cls, word = "unparsed", ""
        else:
            t = ra._trigger(sent, trig.get((r["article_id"], ev["span"][0], r["event_type"]), ""))
            cls, word = classify(t, tables, r["article_id"], ev["sources"])
        classes[cls] += 1
        words.setdefault(cls, Counter())[word.lower()] += 1
        if args.show:
            print(f"{cls:45} {r['file']} {r['article_id']} {r['event_type']} {r['sources']} -> {r['targets']}")
            print(f"    {r['sentence'][:300]}\n    note: {r['note']}\n    word: {word}")
    print(f"{total} persisting rows with no target (of {len(rows)} wrong-target/actors rows)")
    coarse: Counter = Counter()
    for cls, n in classes.items():
        coarse[cls.split(" in ")[0].split(" (")[0] if cls.startswith("name") else cls.split(":")[0]] += n
    print("  by kind: " + ", ".join(f"{k} {n}" for k, n in coarse.most_common()))
    for cls, n in classes.most_common():
        common = ", ".join(f"{w} {k}" for w, k in words[cls].most_common(8) if cls.startswith(("group", "common")))
        print(f"  {cls:50} {n:3}  {common}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
