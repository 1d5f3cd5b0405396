"""What links the missing actor of an `apart` or `in-sentence` miss to the act: counts only, safe on held-out halves.

usage (from the project root):
    .venv/bin/python bench/apart_links39.py tune|held-out UNSEEN_OUT_DIR [UNSEEN_OUT_DIR ...] [--show]

For the two classes `apart: each actor in some event, none with all` and `one side: other actor in the event's
sentence` of bench/miss_causes.py, ours (the event of the gold type, else any, carrying most gold actors) and each
gold actor M it lacks are found as in bench/apart_classes37.py (whose `_ours` and `_classify` this reuses); the
first link that holds is counted:

- `lost characters`: M's name, as the article writes it, holds a replacement character, or M is not named in
  ours' reports while they hold a capitalised word with one (an encoding artefact: a name cut or spelt apart from
  its clean form);
- `bracketed name`: ours' or M's sentence holds an editor's bracket ('[Jean] Smith');
- `kin or title noun`: ours' sentence names a person by a kin, office or trade noun ('her husband', 'the
  president', 'a former teacher') - M may be that person;
- `the two sides`: ours' sentence says 'both sides', 'the two ...', 'each other';
- `preposition of ours' sentence`: M is named in ours' sentence right after 'with', 'between', 'from',
  'against', 'to' or 'of' (a party the clause reading left in its phrase);
- else the distance class of bench/apart_classes37.py (named in ours' sentence, neighbouring, further, ...).

Round 39's tuning reading found one more link, a gerund the parser hung as an adjective on a name
('accused of kidnapping student X', one tuning event, none in 468 development articles); its parse repair was
not merged, so this script no longer counts it. Only counts are printed; --show (tuning halves only) also prints
the sentences.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from apart_classes37 import _classify, _ours  # noqa: E402
from miss_causes import APART, IN_SENTENCE, fold  # noqa: E402
from side_paths import unfound_events  # noqa: E402

KIN_OR_TITLE = re.compile(
    r"\b(?:her|his|their|its|the|a|former)\s+(?:former\s+)?(?:husband|wife|son|daughter|mother|father|brother|sister|"
    r"president|minister|premier|chancellor|senator|governor|teacher|student|leader|government)\b(?!\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
#: a capitalised word with a replacement character inside ('F\ufffd\ufffdin'): a name spelt apart from its clean form
LOST = re.compile(r"\b[A-Z]\w*\ufffd+\w*")
TWO_SIDES = re.compile(r"\b(?:both sides|both parties|the two\b|each other)", re.IGNORECASE)
BEFORE_NAME = re.compile(r"\b(?:with|between|from|against|to|of)\s+(?:the\s+)?(?:\S+\s+){0,3}$", re.IGNORECASE)


def _link(wh, arts, ours: str, actor: str) -> tuple[str, str, str]:
    """(link class, ours' sentence, M's sentence) of missing actor ``actor`` (see the module doc)."""
    cls, _glued, s1, s2 = _classify(wh, arts, ours, actor)
    aid_docs = {wh.doc_of[aid] for aid, _, _ in wh.spans[ours] if aid in wh.doc_of}
    names = {s for d in aid_docs for ent, s, _, _ in wh.mentions.get(d, []) if ent == actor and s}
    bodies = [arts.body.get(aid) or "" for aid, _, _ in wh.spans[ours]]
    if any("\ufffd" in n for n in names) or (not s2 and any(LOST.search(b) for b in bodies)):
        return "lost characters", s1, s2
    if "[" in s1 or "[" in s2:
        return "bracketed name", s1, s2
    if KIN_OR_TITLE.search(s1):
        return "kin or title noun", s1, s2
    if TWO_SIDES.search(s1):
        return "the two sides", s1, s2
    low = fold(s1)  # (the mentions' surfaces are kept folded)
    if cls == "M named in ours' sentence" and any(BEFORE_NAME.search(low[: low.find(n)]) for n in names if n in low):
        return "preposition of ours' sentence", s1, s2
    return cls, s1, s2


def main(argv: list[str]) -> int:
    show = "--show" in argv and argv[1] == "tune"
    half, roots = argv[1], [a for a in argv[2:] if a != "--show"]
    out: Counter = Counter()
    for wh, arts, ge, actors, _names, cls in unfound_events(roots, half):
        if cls not in (APART, IN_SENTENCE):
            continue
        cause = "apart" if cls == APART else "in-sentence"
        out[cause + " events"] += 1
        ours = _ours(wh, ge, actors)
        for actor in [a for a in actors if a not in wh.parts[ours]]:
            link, s1, s2 = _link(wh, arts, ours, actor)
            out[f"{cause}: {link}"] += 1
            out[f"all: {link}"] += 1
            if show:
                print("ROW", cause, ge["type"], link, "|", s1[:200], "| M:", s2[:200])
    for key in sorted(out):
        print(f"{out[key]:4d}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
