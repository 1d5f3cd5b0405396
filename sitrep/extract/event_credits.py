"""What a participant of an event candidate credits in the cross-article merge: each entity's role (the
strongest of its readings) and, apart from that, the entities by which the merge compares two reports."""

from __future__ import annotations

from collections.abc import Iterable

from sitrep.extract import places
from sitrep.extract.event_arg_phrases import BESIDE_STATE_GROUPS, NONSTATE_OWN_GROUPS
from sitrep.extract.group_rows import group_entity_id
from sitrep.extract.placed_groups import NONSTATE_BODIES

ROLE_RANK = {"source": 0, "target": 1, "participant": 2}
#: groups credited besides their country's entity, left out of the merge's sides (``credit``)
BESIDE_COUNTRY_GROUPS = NONSTATE_OWN_GROUPS | BESIDE_STATE_GROUPS


def credit(
    roles: dict[str, str],
    sides: tuple[set[str], set[str]],
    part: dict,
    credited: tuple[str, list[str]],
    labels: dict[str, str],
    mention_label: str | None,
) -> None:
    """Give each entity ``part`` credits (``credited``: the entity it resolves to, and all it credits) ``part``'s
    role, and add it to ``sides`` (persons, others) by its majority label (``labels``, else ``mention_label``).
    A non-state armed group or a body credited besides its country ('Ruritanian pirates', 'Ruritanian prosecutors':
    the entity is their country's),
    and the state of an office holder who tells its custody act (``speaker_state``), take the role but are left
    out of ``sides``: reports are merged as they were before these were credited. So is a business, school or
    hospital named by its noun as a recipient (``placed_groups.NONSTATE_BODIES``: 'stormed a hospital' and 'battled
    the troops' told of one raid stay one event)."""
    eid, entities = credited
    body = part.get("group") in NONSTATE_BODIES and not part.get("named")  # 'the company', 'a hospital'
    for e in entities:
        if e not in roles or ROLE_RANK[part["role"]] < ROLE_RANK[roles[e]]:
            roles[e] = part["role"]
        if body:
            continue  # a recipient body named by its noun sets no report apart from another of the same happening
        if e == eid or not (part.get("group") in BESIDE_COUNTRY_GROUPS or part.get("for_state")):
            sides[0 if (labels.get(e) or mention_label) == "PERSON" else 1].add(e)


def speaker_state(part: dict, countries: dict[str, str], home: str | None, cand: dict) -> str | None:
    """The entity of the state (``home``, by ``countries``: iso3 -> entity) an office holder speaks for when he
    tells an act of custody in the agentless passive ('80 people were detained, Interior Minister X said'; 'the
    body was released to X, Prime Minister Y said'): the state did it (``event_authorities``). Not when the act
    took place in another country (``cand``'s place): 'five Britons were detained in Iran, the British foreign
    secretary said' tells what Iran did."""
    where = cand.get("location_country_iso3")
    return countries.get(home) if part.get("for_state") and home and where in {None, home} else None


def body_countries(analyses: Iterable[dict]) -> dict[str, str]:
    """group entity id -> iso3 of the bodies credited beside their state (``BESIDE_STATE_GROUPS``: 'Brazilian
    lawmakers accused the president'), so that a happening between them and compatriots is placed in their country,
    as it was when only their state was credited."""
    return {
        group_entity_id(p["group"], p["country_iso3"]): p["country_iso3"]
        for a in analyses
        for cand in a.get("event_candidates", [])
        for p in cand["participants"]
        if p.get("group") in BESIDE_STATE_GROUPS and own_country(p) and not p.get("named")
    }


def own_country(part: dict) -> str | None:
    """The country of a group participant, for a body credited beside its state (``BESIDE_STATE_GROUPS``) only
    when its own phrase states it ('Turkish prosecutors', "Kenya's opposition", 'prosecutors in Turkey'): a bare
    'the opposition' given the country its sentence names may be another state's, and stays its state's act."""
    iso3 = part.get("country_iso3")
    if not iso3 or part.get("group") not in BESIDE_STATE_GROUPS or part.get("placed"):
        return iso3
    words = (part.get("phrase") or "").replace("’", "'").replace("'s", "").split()
    spans = (" ".join(words[i : i + n]) for n in (1, 2, 3) for i in range(len(words)))
    return iso3 if any(places.country_cue(w) == iso3 for w in spans) else None
