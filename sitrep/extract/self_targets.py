"""An actor is not its own counterpart: a target naming the same entity as a source of the act is dropped.

'Sessions's own meetings with the envoy', 'Trump accused Trump's critics', 'Assad met with Assad's security
chiefs': the possessor of the act's object was read as the one acted on, and it is the source itself, so the
act told the source as its own target. A target is the source's entity when both mentions carry the same name
('Trump' and 'Trump'), or when one is a shorter form of the other ('Sessions' of 'Jeff Sessions') and the article
names no other person of that family name and first names it in full ('Trump' of an article with 'Donald Trump'
and 'Ivanka Trump' stays apart, and so does 'Trump met his daughter Ivanka Trump'). Unnamed sides (groups such as
'rebels', 'police', which two sides of a clash both are) are left alone.
"""

from __future__ import annotations

from sitrep.extract.entity_names import is_name_part_of, name_tokens


def _full_names(persons: list[dict], family: str) -> set[tuple[str, ...]]:
    """The distinct full names (two tokens or more) of the article's persons that end in ``family``."""
    return {t for m in persons if len(t := name_tokens(m["surface"])) >= 2 and t[-1] == family}


def _same_entity(a: dict, b: dict, persons: list[dict]) -> bool:
    """Mentions ``a`` and ``b`` name one entity: one name, or (persons) a short form of the article's one full
    name of that family name."""
    ta, tb = name_tokens(a.get("name") or a["surface"]), name_tokens(b.get("name") or b["surface"])
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    if a["label"] != "PERSON" or b["label"] != "PERSON":
        return False
    short, long = (ta, tb) if len(ta) < len(tb) else (tb, ta)
    if len(short) == len(long) or not is_name_part_of(short, long):
        return False
    if _full_names(persons, long[-1]) != {long}:
        return False
    first = min((m for m in persons if name_tokens(m["surface"])[-1:] == long[-1:]), key=lambda m: m["start_char"])
    return name_tokens(first["surface"]) == long  # 'Trump met his daughter Ivanka Trump': he was named first


def drop_self_targets(mentions: list[dict], cands: list[dict]) -> None:
    """Remove from each candidate the targets that name the same entity as one of its sources."""
    by_idx = {m["idx"]: m for m in mentions}
    persons = [m for m in mentions if m["label"] == "PERSON"]
    for cand in cands:
        parts = cand["participants"]
        sources = [by_idx[p["mention_idx"]] for p in parts if p["role"] == "source" and p.get("mention_idx") in by_idx]
        if not sources:
            continue
        cand["participants"] = [
            p
            for p in parts
            if p["role"] != "target"
            or p.get("mention_idx") not in by_idx
            or not any(_same_entity(by_idx[p["mention_idx"]], s, persons) for s in sources)
        ]
