"""Coverage of the trigger lexicon per PLOVER category, on invented sentences made from the lexicon's own sources.

usage (from the project root):
    .venv/bin/python bench/lexicon_coverage.py [--n 30] [--seed 28] [--misses CATEGORY,...] [--kinds P,V,N,X]

The sentences do not come from any evaluation text. Each is made from one entry of the field's resources
(``../shared/resources``: PETRARCH2's CAMEO verb dictionary mapped to PLOVER 2021 by the official crosswalk, the way
``scripts/build_triggers.py`` reads them) between two invented parties:

- P (pattern): a CAMEO verb pattern rendered in the past tense, ``$``/``+`` (or an empty prepositional group)
  filled with the source and target states, synonym sets filled with a random member: ``* (ON +)  [190]  # FIRE``
  -> "France fired on Kenya on Tuesday."
- V (verb): a verb of a block whose own code reads the category: "France condemned Kenya on Tuesday."
- X (passive): the same verb in the passive: "Kenya was condemned by France on Tuesday."
- N (noun): an event noun of sitrep's curated NOUN rows under a light verb of ``light_verbs.tsv`` (the brief's
  noun/light-verb forms): "France launched an investigation against Kenya on Tuesday."

CAMEO's catch-all codes (020, 030, 040, ... the ones ``event_triggers.GENERIC_CODES`` codes only through a
pattern) are left out of V and X. Per category a seeded sample of at most --n entries per kind is coded by the real
pipeline (``events.doc_event_candidates``, one document per sentence, with the crosswalk's category; planned
CONSULT/SUPPORT/COOPERATE/AID count as AGREE like ``evaluate_gsr.py``). Printed per category: type (an event of the
category is coded), src (one of its source or participant parties is the source state), tgt (its target or
participant is the target state; only sentences with a target slot). --misses prints the sentences missed of the
listed categories (ALL for every one).
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT.parent / "shared" / "resources"
DATA = ROOT / "sitrep" / "extract" / "data"
GENERIC = {"020", "030", "040", "050", "060", "080", "010"}
PLANNED_AS_AGREE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
#: invented parties: (name, demonym, ISO3)
STATES = [
    ("France", "French", "FRA"), ("Germany", "German", "DEU"), ("Kenya", "Kenyan", "KEN"),
    ("Brazil", "Brazilian", "BRA"), ("India", "Indian", "IND"), ("Japan", "Japanese", "JPN"),
    ("Egypt", "Egyptian", "EGY"), ("Turkey", "Turkish", "TUR"), ("Nigeria", "Nigerian", "NGA"),
    ("Peru", "Peruvian", "PER"), ("Sweden", "Swedish", "SWE"), ("Vietnam", "Vietnamese", "VNM"),
    ("Pakistan", "Pakistani", "PAK"), ("Mexico", "Mexican", "MEX"), ("Poland", "Polish", "POL"),
    ("Indonesia", "Indonesian", "IDN"), ("Ghana", "Ghanaian", "GHA"), ("Chile", "Chilean", "CHL"),
    ("Canada", "Canadian", "CAN"), ("Thailand", "Thai", "THA"),
]  # fmt: skip
#: the preposition that ties a noun trigger's counterpart ('an attack on Kenya', 'talks with Kenya')
NOUN_PREPS = {
    "ASSAULT": "on", "CONSULT": "with", "RETREAT": "from", "REQUEST": "to", "AGREE": "with", "SUPPORT": "for",
    "COOPERATE": "with", "AID": "to",
}  # fmt: skip
#: irregular pasts the dictionary leaves out of its { } lists
COMMON_PASTS = {
    "cut": "cut", "put": "put", "set": "set", "hit": "hit", "let": "let", "shut": "shut", "spread": "spread",
    "cast": "cast", "broadcast": "broadcast", "quit": "quit", "split": "split", "bid": "bid", "beat": "beat",
    "lead": "led", "send": "sent", "hold": "held", "make": "made", "take": "took", "give": "gave", "bring": "brought",
    "seek": "sought", "fight": "fought", "shoot": "shot", "strike": "struck", "meet": "met", "speak": "spoke",
    "tell": "told", "say": "said", "lay": "laid", "keep": "kept", "leave": "left", "run": "ran", "go": "went",
    "throw": "threw", "break": "broke", "win": "won", "lose": "lost", "buy": "bought", "sell": "sold",
    "forgive": "forgave", "withdraw": "withdrew", "draw": "drew", "stand": "stood", "hurt": "hurt", "shed": "shed",
    "steal": "stole", "sweep": "swept", "flee": "fled", "freeze": "froze", "overthrow": "overthrew", "bind": "bound",
    "pay": "paid", "lend": "lent", "sit": "sat", "feel": "felt", "begin": "began", "rise": "rose", "undo": "undid",
}  # fmt: skip
DAYS = ["on Tuesday", "on Monday", "last week", "on Friday"]
PARTICLES = {"down", "up", "out", "off", "back", "over", "away", "in", "forward"}
PREPS = {"to", "with", "against", "on", "at", "into", "from", "for", "toward", "towards", "over", "upon", "by"}
#: light verbs (of light_verbs.tsv) that fit a category's event nouns ('staged a rally', 'launched an attack')
NOUN_LIGHTS = {
    "ASSAULT": ["launch", "mount", "carry out"], "PROTEST": ["stage", "hold", "organize"],
    "ACCUSE": ["launch", "open", "lodge", "level"], "CONSULT": ["hold", "begin", "open"],
    "REQUEST": ["make", "issue", "renew"], "THREATEN": ["issue", "renew"], "RETREAT": ["complete", "begin", "declare"],
    "COERCE": ["launch", "order", "announce"], "SANCTION": ["declare", "renew"], "REJECT": ["issue", "renew"],
}  # fmt: skip
#: stress-final verbs of more than one syllable that double their last consonant
DOUBLING = {
    "commit", "admit", "permit", "submit", "compel", "expel", "repel", "rebel", "control", "patrol", "occur",
    "refer", "prefer", "deter", "regret", "transmit", "omit", "equip", "abet", "acquit", "embed", "forbid",
    "propel", "dispel", "excel", "confer", "infer", "incur", "recur", "abhor", "outstrip", "kidnap", "extol",
    "rappel", "remit", "emit", "outbid", "unplug", "handicap", "worship", "enrol", "annul", "imperil",
}  # fmt: skip


def _build_module():
    spec = importlib.util.spec_from_file_location("build_triggers", ROOT / "scripts" / "build_triggers.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def irregular_pasts(lines: list[str]) -> dict[str, str]:
    """verb -> past form from the dictionary's ``{ }`` lists ('SPEED {SPEEDING SPEEDS SPED}' -> 'sped')."""
    out: dict[str, str] = {}
    for raw in lines:
        m = re.match(r"^\+?([A-Z_]+)\s*\{([^}]*)\}", raw)
        if not m:
            continue
        base = m.group(1).split("_")[0].lower()
        forms = [f.lstrip("+").split("_")[0].lower() for f in m.group(2).split()]
        pasts = [f for f in forms if f and not f.endswith("ing") and f not in {base + "s", base + "es"}]
        if pasts:
            out.setdefault(base, pasts[0])
    return out


def past(verb: str, irregular: dict[str, str]) -> str:
    """The past form of a verb (its particle after a space kept: 'call for' -> 'called for')."""
    head, *rest = verb.split()
    if head in COMMON_PASTS:
        form = COMMON_PASTS[head]
    elif head in irregular:
        form = irregular[head]
    elif head.endswith("e"):
        form = head + "d"
    elif head.endswith("y") and head[-2:-1] not in set("aeiou"):
        form = head[:-1] + "ied"
    elif head in DOUBLING or (
        re.search(r"^[^aeiou]*[aeiou][^aeiouwxy]$", head) and len(head) <= 4
    ):  # one syllable ending consonant-vowel-consonant: 'ban' -> 'banned'
        form = head + head[-1] + "ed"
    else:
        form = head + "ed"
    return " ".join([form, *rest])


class Filler:
    """Turns a CAMEO pattern into words: synonym sets take a seeded random member."""

    def __init__(self, synsets: dict[str, list[str]], rng: random.Random):
        self.synsets, self.rng = synsets, rng

    def member(self, name: str) -> str:
        members = [m for m in self.synsets.get(name.rstrip("_"), []) if m and "&" not in m]
        return self.rng.choice(members).lower() if members else ""

    def render(self, text: str, verb: str, src: str, tgt: str, subj_dem: str) -> tuple[str, bool] | None:
        """(sentence, has a target slot) of a pattern, or None where it cannot be made a sentence."""
        text = re.sub(r"\{([^}]*)\}", lambda m: m.group(1), text)
        before, _, after = text.partition("*")
        tokens = re.findall(r"\(|\)|[^\s()]+", after)
        words: list[str] = []
        has_tgt = "+" in after
        depth_words: list[str] = []
        in_group = False
        for tok in tokens:
            if tok == "(":
                in_group, depth_words = True, []
                continue
            if tok == ")":
                if in_group and len(depth_words) == 1 and not has_tgt and depth_words[0].isalpha():
                    depth_words.append(tgt)  # '(TO)' -> 'to Kenya'
                    has_tgt = True
                words.extend(depth_words)
                in_group = False
                continue
            word = self._word(tok, tgt)
            if word is None:
                return None
            if (
                not in_group
                and not words
                and word not in PREPS | PARTICLES | {tgt, "the capital"}
                and (not word.endswith("s"))
            ):
                word = "the " + word  # 'opposed the proposal': a singular object takes an article
            (depth_words if in_group else words).append(word)
        subject = self._subject(before, src, subj_dem)
        if subject is None:
            return None
        if words and not has_tgt and words[-1] in PREPS:
            words.append(tgt)  # '* WITH' -> 'battled with Kenya'
            has_tgt = True
        obj = " ".join(w for w in words if w)
        if not obj.strip():
            obj, has_tgt = tgt, True
        sentence = f"{subject} {verb} {obj} {self.rng.choice(DAYS)}."
        sentence = re.sub(r"\s+", " ", sentence)
        return sentence[0].upper() + sentence[1:], has_tgt

    def _word(self, tok: str, tgt: str) -> str | None:
        if tok == "+":
            return tgt
        if tok in {"^", "%"}:
            return "the capital"
        if tok == "$":
            return None  # a source after the verb: the sentence would need a passive
        if tok.startswith("&"):
            return self.member(tok)
        if tok.startswith("+"):
            return None
        if not re.match(r"^[A-Za-z\-_']+$", tok):
            return None
        return tok.replace("_", " ").lower()

    def _subject(self, before: str, src: str, dem: str) -> str | None:
        toks = before.split()
        if not toks or toks == ["$"]:
            return src
        words = []
        for tok in toks:
            if tok in {"$", "%"}:
                continue
            word = self.member(tok) if tok.startswith("&") else tok.lower()
            if not word or not re.match(r"^[a-z \-']+$", word):
                return None
            words.append(word)
        return f"{dem} {' '.join(words)}" if words else src


def category_entries(seed: int) -> dict[str, dict[str, list]]:
    """category -> kind -> entries (P: (pattern text, verb), V/X: verb, N: (light verb, noun))."""
    bt = _build_module()
    cameo = (RESOURCES / "petrarch2" / "CAMEO.2.0.txt").read_text(encoding="utf-8", errors="replace")
    crosswalk = bt.parse_crosswalk((RESOURCES / "plover" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8"))
    lines = cameo.splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith("####### VERB PATTERNS"))
    out: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for block in bt.parse_verb_blocks(lines[start:]):
        verbs = [w for w, _ in block["verbs"] if re.match(r"^[a-z ]+$", w)]
        if not verbs:
            continue
        for text, code, comment in block["patterns"]:
            parsed = bt._code(code)
            reading = bt.plover_of(parsed[0], crosswalk) if parsed else None
            if not reading or parsed[1]:
                continue  # reversed codes read the subject as the target: left out
            named = comment.split()[0].lower().replace("_", " ") if comment.split() else ""
            verb = named if named in verbs else verbs[0]
            out[reading[0]]["P"].append((text, verb))
        own = bt._code(block["code"])
        reading = bt.plover_of(own[0], crosswalk) if own else None
        for words, code in block["verbs"]:
            vcode = bt._code(code) if code else own
            vread = bt.plover_of(vcode[0], crosswalk) if vcode else reading
            if vread and vcode and vcode[0] not in GENERIC and not vcode[1] and re.match(r"^[a-z ]+$", words):
                out[vread[0]]["V"].append(words)
                out[vread[0]]["X"].append(words)
    rng = random.Random(seed)
    for row in _rows(DATA / "triggers_curated.tsv"):
        cols = row.split("\t")
        if cols[0] == "NOUN" and not cols[2] and not cols[3]:
            out[cols[4]]["N"].extend((rng.choice(NOUN_LIGHTS.get(cols[4], ["announce"])), cols[1]) for _ in range(3))
    return out


def _rows(path: Path) -> list[str]:
    rows = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return rows[1:]


def make_sentences(n: int, seed: int, kinds: set[str]) -> list[dict]:
    """The seeded sample: dicts of category, kind, text, src/tgt ISO3 and whether the target has a slot."""
    bt = _build_module()
    cameo = (RESOURCES / "petrarch2" / "CAMEO.2.0.txt").read_text(encoding="utf-8", errors="replace")
    lines = cameo.splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith("####### VERB PATTERNS"))
    irregular = irregular_pasts(lines[start:])
    synsets = bt.parse_synsets(lines[:start])
    rng = random.Random(seed)
    filler = Filler(synsets, rng)
    sentences = []
    for cat, by_kind in sorted(category_entries(seed).items()):
        for kind in sorted(by_kind):
            if kind not in kinds:
                continue
            entries = sorted(set(by_kind[kind]))
            rng.shuffle(entries)
            made = 0
            for entry in entries:
                if made >= n:
                    break
                (sname, sdem, siso), (tname, tdem, tiso) = rng.sample(STATES, 2)
                src = sname if rng.random() < 0.6 else f"the {sdem} government"
                tgt = tname if rng.random() < 0.6 else f"the {tdem} government"
                day = rng.choice(DAYS)
                if kind == "P":
                    text, verb = entry
                    made_one = filler.render(text, past(verb, irregular), src, tgt, sdem)
                    if made_one is None:
                        continue
                    sent, has_tgt = made_one
                elif kind == "V":
                    sent, has_tgt = f"{src} {past(entry, irregular)} {tgt} {day}.", True
                elif kind == "X":
                    if " " in entry:
                        continue
                    sent, has_tgt = f"{tgt} was {past(entry, irregular)} by {src} {day}.", True
                else:
                    light, noun = entry
                    art = "an" if noun[0] in "aeiou" else "a"
                    prep = NOUN_PREPS.get(cat, "against")
                    sent, has_tgt = f"{src} {past(light, irregular)} {art} {noun} {prep} {tgt} {day}.", True
                sent = sent[0].upper() + sent[1:]
                sentences.append(
                    {"cat": cat, "kind": kind, "text": sent, "src": siso, "tgt": tiso, "has_tgt": has_tgt,
                     "entry": entry}
                )  # fmt: skip
                made += 1
    return sentences


def code(sentences: list[dict]) -> None:
    """Adds ``types`` and per-type source/target ISO3 sets to each sentence, coded by the real pipeline."""
    from sitrep.config import DEFAULT_MODEL
    from sitrep.extract import entities, events
    from sitrep.extract.nlp import load_nlp

    nlp = load_nlp(DEFAULT_MODEL)
    for s, doc in zip(sentences, nlp.pipe([s["text"] for s in sentences]), strict=True):
        ments = entities.doc_mentions(doc)
        got = defaultdict(lambda: {"src": set(), "tgt": set()})
        for c in events.doc_event_candidates(doc, ments, None):
            typ = c["event_type"]
            if typ in PLANNED_AS_AGREE and c.get("event_status") == "planned":
                typ = "AGREE"
            slot = got[typ]
            for p in c["participants"]:
                ment = ments[p["mention_idx"]] if p.get("mention_idx") is not None else {}
                iso = p.get("country_iso3") or ment.get("country_iso3")
                if p["role"] in {"source", "participant"}:
                    slot["src"].add(iso)
                if p["role"] in {"target", "participant"}:
                    slot["tgt"].add(iso)
        s["coded"] = dict(got)


def report(sentences: list[dict], misses: set[str]) -> None:
    rows = defaultdict(lambda: [0, 0, 0, 0, 0])  # n, type, src, tgt-slot n, tgt
    for s in sentences:
        hit = s["coded"].get(s["cat"])
        r = rows[s["cat"]]
        r[0] += 1
        r[1] += hit is not None
        r[2] += bool(hit and s["src"] in hit["src"])
        r[3] += s["has_tgt"]
        ok_t = bool(hit and s["tgt"] in hit["tgt"])
        r[4] += s["has_tgt"] and ok_t
        if (s["cat"] in misses or "ALL" in misses) and (
            not hit or s["src"] not in hit["src"] or (s["has_tgt"] and not ok_t)
        ):
            what = "TYPE" if not hit else ("SRC" if s["src"] not in hit["src"] else "TGT")
            coded = {t: (sorted(map(str, v["src"])), sorted(map(str, v["tgt"]))) for t, v in s["coded"].items()}
            print(f"  miss {s['cat']} {s['kind']} {what}: {s['text']}   coded={coded}")
    tot = [0, 0, 0, 0, 0]
    print(f"{'category':10} {'n':>4} {'type':>6} {'src':>6} {'tgt':>6} (tgt n)")
    for cat in sorted(rows):
        r = rows[cat]
        tot = [a + b for a, b in zip(tot, r, strict=True)]
        print(f"{cat:10} {r[0]:4} {r[1] / r[0]:6.3f} {r[2] / r[0]:6.3f} {r[4] / max(r[3], 1):6.3f} ({r[3]})")
    n, typ, src, slots, tgt = tot
    print(f"{'ALL':10} {n:4} {typ / n:6.3f} {src / n:6.3f} {tgt / max(slots, 1):6.3f} ({slots})")
    kinds = defaultdict(lambda: [0, 0])
    for s in sentences:
        kinds[s["kind"]][0] += 1
        kinds[s["kind"]][1] += s["cat"] in s["coded"]
    print("type by kind: " + ", ".join(f"{k} {v[1]}/{v[0]}" for k, v in sorted(kinds.items())))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=30, help="entries per category and kind")
    ap.add_argument("--seed", type=int, default=28)
    ap.add_argument("--kinds", default="P,V,X,N")
    ap.add_argument("--misses", default="")
    ap.add_argument("--only", default="", help="categories to run (comma-separated)")
    args = ap.parse_args(argv[1:])
    sentences = make_sentences(args.n, args.seed, set(args.kinds.split(",")))
    if args.only:
        sentences = [s for s in sentences if s["cat"] in set(args.only.split(","))]
    code(sentences)
    report(sentences, set(filter(None, args.misses.split(","))))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main(sys.argv))
