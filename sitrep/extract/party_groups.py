"""Which kind of group the parties of an event are: groups that act for a state, office holders, armed or
fighting groups, and the predicates over a candidate's participants that the event rules ask
(``armed_source``, ``fighters``, ``private_groups_only``). Participants are ``{"role", "mention"}`` dicts as
``trigger_participants`` gives them; a group mention carries its group name (``event_args.group_of``)."""

from __future__ import annotations

#: group actors that act for a state
STATE_GROUPS = {"government", "military", "police"}
#: groups of office holders or organised politics: a meeting of groups needs one of them ('the minister met
#: opposition leaders'), not 'tourists met students'
OFFICE_GROUPS = STATE_GROUPS | {"legislators", "judiciary", "opposition"}
#: groups whose violence is an attack even during a protest
ARMED_GROUPS = {"military", "police", "militants", "rebels", "attackers", "government", "criminals", "intelligence"}
#: groups whose strike is an attack, not a walkout
FIGHTING_GROUPS = {"military", "militants", "rebels", "attackers"}


def armed_source(parts: list[dict]) -> bool:
    """A source that is a named person or organisation, or an armed or state group (not protesters)."""
    for p in parts:
        m = p["mention"]
        if p["role"] != "source":
            continue
        if m.get("group") in ARMED_GROUPS or (not m.get("unnamed") and m["label"] in {"PERSON", "ORG"}):
            return True
    return False


def fighters(parts: list[dict]) -> bool:
    """Every source is a fighting group ('militants', 'soldiers', 'rebels'; not police or officials)."""
    sources = [p["mention"].get("group") for p in parts if p["role"] == "source"]
    return bool(sources) and all(g in FIGHTING_GROUPS for g in sources)


def private_groups_only(parts: list[dict]) -> bool:
    """Every party is a group of private people ('tourists met students'): no named actor, no office holders."""
    return all(
        p["mention"].get("unnamed") and not p["mention"].get("named") and p["mention"].get("group") not in OFFICE_GROUPS
        for p in parts
    )


def private_visitors(cand: dict) -> bool:
    """Every visitor of a coded visit is a group of private people, named by no one ('citizens visiting Cyprus',
    'Chinese tourists visiting Paris'): travel, no visit of a party of politics. ``cand``: a candidate with its
    participant rows (a group row has its ``group`` and no ``mention_idx``)."""
    sources = [p for p in cand["participants"] if p["role"] == "source"]
    return (
        cand.get("event_type") == "CONSULT"
        and cand.get("event_mode") == "visit"
        and bool(sources)
        and all(
            p.get("mention_idx") is None and p.get("group") not in {None} | OFFICE_GROUPS | ARMED_GROUPS
            for p in sources
        )
    )
