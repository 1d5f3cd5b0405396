"""A headline's organisation as its body writes it: the members of a state body by a collective noun
('European Parliament' in the title, 'lawmakers' in the body), and a state by its organs ('Israel strikes Gaza',
'Israeli troops struck'). The words are ``data/collective_bodies.tsv``."""

from __future__ import annotations

from functools import lru_cache

from sitrep.extract.data_files import read_tsv
from sitrep.extract.entity_names import name_tokens


@lru_cache(maxsize=1)
def _groups() -> dict[str, str]:
    return {r["word"]: r["group"] for r in read_tsv("collective_bodies.tsv")}


def state_organs() -> frozenset[str]:
    """The body's groups that are a state's organs (its government, troops, police, courts, legislators)."""
    return frozenset(_groups().values())


def body_group(mention: dict) -> str | None:
    """The body's group for the members of an organisation a headline names ('European Parliament': legislators),
    from the last word of its name that names a state body."""
    if mention.get("label") != "ORG":
        return None
    found = [_groups()[w] for w in name_tokens(mention["surface"]) if w in _groups()]
    return found[-1] if found else None


def organ_key(role: str, group: str | None, state: str | None) -> tuple | None:
    """The key a state's organ in a role shares with the state named in that role: ('Israel', source) and the body's
    'troops' (source) of Israel or of no country given."""
    if group is not None and group not in state_organs():
        return None
    return ("organ", role, state)


def lend_states(participants: list[dict], states: list[tuple[str, str]]) -> None:
    """Give a body event's state organs of no country the state the headline names in their role ('Turkey detains
    journalist', 'Police detained him': Turkey's police)."""
    for role, state in states:
        for q in participants:
            if q["role"] == role and q.get("group") in state_organs() and not q.get("country_iso3"):
                q["country_iso3"] = state
