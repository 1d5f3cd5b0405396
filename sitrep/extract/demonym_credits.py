"""A people named by its demonym acts as itself too, not only as its state.

A participant written with a demonym of a state ('Palestinians protested', 'Syrian troops shelled', 'Iraqi
officials said') credits the state of that country in the merge (and a state's forces their own group). The
demonym mention itself resolves to an entity of its own (the article's 'Palestinian(s)', 'Iraqis'), which an
analyst may name as the actor ('the Palestinians' rather than 'Palestine'); it was a party of no event, though
the sentence names it as the actor. The demonym's own entity now takes the participant's role as well, once the
reports are merged: it takes no part in merging or placing them, so events merge and are placed as before.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from sitrep.extract.event_credits import ROLE_RANK

DEMONYM_LABEL = "NORP"


def _demonyms(part: dict, mentions: list[dict]) -> list[dict]:
    """The demonym mentions a participant is written with: its own mention, or those inside its group phrase
    ('Syrian troops'), of the participant's country."""
    iso3 = part.get("country_iso3")
    if not iso3:
        return []
    if part.get("mention_idx") is not None:
        inside = [m for m in mentions if m["idx"] == part["mention_idx"]]
    elif part.get("group") and part.get("phrase_start") is not None and part.get("end_char") is not None:
        inside = [m for m in mentions if part["phrase_start"] <= m["start_char"] and m["end_char"] <= part["end_char"]]
    else:
        return []
    return [m for m in inside if m["label"] == DEMONYM_LABEL and m.get("country_iso3") == iso3]


def credit_demonyms(
    roles: dict[str, str], part: dict, article: tuple[str, list[dict]], mention_entity: dict[tuple[str, int], str]
) -> None:
    """Give the entity of each demonym ``part`` is written with (``article``: its id and mentions) ``part``'s
    role in ``roles`` (entity -> role), unless it holds a stronger one already."""
    aid, mentions = article
    for m in _demonyms(part, mentions):
        ent = mention_entity.get((aid, m["idx"]))
        if ent is not None and (ent not in roles or ROLE_RANK[part["role"]] < ROLE_RANK[roles[ent]]):
            roles[ent] = part["role"]


def added_roles(members: Iterable) -> dict[str, Counter]:
    """Entity -> how often the merged reports (``members``: report_clusters.Cand) credit it only as a demonym."""
    out: dict[str, Counter] = {}
    for m in members:
        for eid, role in m.added_roles.items():
            out.setdefault(eid, Counter())[role] += 1
    return out
