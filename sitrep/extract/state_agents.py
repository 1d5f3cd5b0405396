"""A state acts through its agents: the official or the state body a sentence names beside the state's act joins
that act as a participant.

'Mexico could slap tariffs on US goods, Mexican Economy Minister X said' codes Mexico's threat; the act is done by
the state through its minister, whom a reader (and a gold standard naming persons where the text names them) sees
as a party too. Likewise 'Russia detained 500 protesters, the Russian Interior Ministry said'. Once events are
merged and entities resolved, every event with a state (a country entity) as its source or target takes, as a
`participant`, each entity that the sentence of one of its reports names and that acts for that state:

- a person of the state's country whose title names an office ('Economy Minister', 'spokesman'), unless a word of
  it speaks for no state (``data/state_agents.tsv`` `not_agent`: 'opposition leader', 'former minister');
- an organisation of the state's country whose name holds a word of a state body (`body`: 'ministry', 'police').

Source and target stay as the clause coded them. An agent is not added where another event of the same type and
date has it already with a party of this event (its own report of the act), or when this event names no party but
states, so no event becomes a second candidate for one act.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from sitrep.extract.aside_agents import aside
from sitrep.extract.data_files import word_sets
from sitrep.extract.gazetteer import country_iso3
from sitrep.extract.mention_span import is_office

STATE_ROLES = frozenset({"source", "target"})


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return word_sets("state_agents.tsv")


def _words_of(text: str | None) -> list[str]:
    return [w.strip(".,'’()").lower() for w in (text or "").replace("-", " ").split()]


def acts_for(entity: dict, iso3: str) -> bool:
    """Whether the entity acts for the state ``iso3``: its official, or a body of it."""
    if entity.get("country_iso3") != iso3:
        return False
    if entity.get("entity_type") == "PERSON":
        role = entity.get("role")
        words = _words_of(role)
        if not words or any(w in _words()["not_agent"] for w in words):
            return False
        if any(w.isupper() and len(w) > 1 for w in (role or "").split()):
            return False  # 'CUPW President': an organisation's office
        head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
        return is_office(head)  # 'brother of leader' holds no office; 'Minister of Foreign Affairs' does
    if entity.get("entity_type") == "ORG":
        return any(w in _words()["body"] for w in _words_of(entity.get("canonical_name")))
    return False


def state_entities(entity_rows: list[dict]) -> dict[str, str]:
    """entity id -> iso3 of the entities that are a country itself (a GPE whose name is the country's)."""
    return {
        e["entity_id"]: e["country_iso3"]
        for e in entity_rows
        if e.get("entity_type") == "GPE"
        and e.get("country_iso3")
        and country_iso3(e.get("canonical_name") or "") == e["country_iso3"]
    }


def join_agents(
    entity_rows: list[dict],
    mention_rows: list[dict],
    event_rows: list[dict],
    participant_rows: list[dict],
    evidence_rows: list[dict],
    quote_rows: list[dict] = (),
    asides: dict[tuple[str, int, str], list] | None = None,
) -> list[dict]:
    """``participant_rows`` with the agents of each event's state added as participants; the speaker of a quote that
    holds the sentence ('"We will not pay," the minister said', a pronoun's speaker too) is named in it. ``asides``
    (``aside_agents.by_sentence``): the descriptions of each sentence's candidates, whose officials are not joined."""
    states = state_entities(entity_rows)
    if not states:
        return participant_rows
    entity = {e["entity_id"]: e for e in entity_rows}
    parties: dict[str, set[str]] = defaultdict(set)
    event_states: dict[str, set[str]] = defaultdict(set)
    for p in participant_rows:
        parties[p["event_id"]].add(p["entity_id"])
        if p["role"] in STATE_ROLES and p["entity_id"] in states:
            event_states[p["event_id"]].add(states[p["entity_id"]])
    if not event_states:
        return participant_rows
    by_article: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for m in mention_rows:
        by_article[m["article_id"]].append((m["start_char"], m["entity_id"]))
    spoken: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for q in quote_rows:
        if q.get("speaker_entity_id"):
            spoken[q["article_id"]].append((q["start_char"], q["end_char"], q["speaker_entity_id"]))
    kind = {e["event_id"]: (e["event_type"], e["event_date"]) for e in event_rows}
    alike: dict[tuple, list[str]] = defaultdict(list)  # (type, date) -> such events
    for ev in parties:
        alike[kind.get(ev)].append(ev)
    added = []
    for row in evidence_rows:
        ev = row["event_id"]
        isos = event_states.get(ev)
        if not isos:
            continue
        lo, hi = row["start_char"], row["end_char"]
        told = (asides or {}).get((row["article_id"], lo, kind.get(ev, ("",))[0]))
        named = [
            eid for start, eid in by_article.get(row["article_id"], []) if lo <= start < hi and not aside(told, start)
        ]
        named += [eid for a, b, eid in spoken.get(row["article_id"], []) if a < hi and lo < b]
        for eid in named:
            if eid in parties[ev] or _told_apart(ev, eid, parties, alike[kind.get(ev)], states):
                continue
            if any(acts_for(entity.get(eid, {}), iso) for iso in isos):
                parties[ev].add(eid)
                added.append({"event_id": ev, "entity_id": eid, "role": "participant"})
    return participant_rows + added


def _told_apart(ev: str, agent: str, parties: dict[str, set[str]], alike: list[str], states: dict[str, str]) -> bool:
    """Whether another event of ``ev``'s type and date carries ``agent`` already, so that adding it to ``ev`` would
    make a second candidate for that act: it shares a party with ``ev``, or ``ev`` names no party but states."""
    lone = all(p in states for p in parties[ev])
    return any(other != ev and agent in parties[other] and (lone or parties[ev] & parties[other]) for other in alike)
