"""Which kind of group the parties of an event are: groups that act for a state, office holders, armed or
fighting groups, and the predicates over a candidate's participants that the event rules ask
(``armed_source``, ``fighters``, ``private_groups_only``). Participants are ``{"role", "mention"}`` dicts as
``trigger_participants`` gives them; a group mention carries its group name (``event_args.group_of``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.actor_dictionary import agent_sector

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: group actors that act for a state
STATE_GROUPS = {"government", "military", "police"}
#: groups of office holders or organised politics: a meeting of groups needs one of them ('the minister met
#: opposition leaders'), not 'tourists met students'
OFFICE_GROUPS = STATE_GROUPS | {"legislators", "judiciary", "opposition"}
#: groups whose violence is an attack even during a protest
ARMED_GROUPS = {"military", "police", "militants", "rebels", "attackers", "government", "criminals", "intelligence"}
#: participles that tell a group as armed ('youths armed with machetes'): its violence is an attack, no riot
ARMING_WORDS = {"arm", "armed"}
#: groups whose strike is an attack, not a walkout
FIGHTING_GROUPS = {"military", "militants", "rebels", "attackers"}
#: armed groups outside the state: what they seize is taken by force (ASSAULT), not confiscated (COERCE seize)
OUTLAW_GROUPS = {"militants", "rebels", "attackers", "criminals"}
#: groups of people who protest: their blocking or blockading of a road, a port or a plant is a protest
#: (PLOVER PROTEST obstruct), not a state's restriction
PROTESTING_GROUPS = {"protesters", "workers", "farmers", "students", "activists", "supporters", "unions", "villagers",
                     "residents"}  # fmt: skip


def armed_source(parts: list[dict], doc: Doc | None = None) -> bool:
    """A source that is a named person or organisation, or an armed or state group (not protesters), or, with
    ``doc``, a group told as armed ('youths armed with machetes')."""
    for p in parts:
        m = p["mention"]
        if p["role"] != "source":
            continue
        if m.get("group") in ARMED_GROUPS or (not m.get("unnamed") and m["label"] in {"PERSON", "ORG"}):
            return True
        if doc is not None and _told_armed(doc, m):
            return True
    return False


def _told_armed(doc: Doc, m: dict) -> bool:
    """The mention's head noun has a participle of arming ('youths armed with machetes', 'armed men')."""
    span = doc.char_span(m.get("start_char", -1), m.get("end_char", -1), alignment_mode="expand")
    if span is None or m.get("start_char", -1) < 0:
        return False
    return any(c.lemma_.lower() in ARMING_WORDS and c.dep_ in {"acl", "amod"} for c in span.root.children)


#: plural nouns of office holders besides the agent dictionary's government ones ('leaders of the bloc met')
OFFICIAL_NOUNS = {"leader", "official", "head"}
#: verbs whose bare use by a fighting group is an attack, not a walkout ('the gunmen struck at dawn')
STRIKING_VERBS = {"strike"}
#: verbs of plunder that CAMEO codes as a riot (145): by an armed group or a state's forces, an attack on property
#: as its synonyms 'ransack', 'pillage' and 'plunder' are (CAMEO 190), not a protest ('militants looted the museum')
LOOTING_VERBS = {"loot"}
#: nouns of an organisation's members, and the verbs of convening by which they (or the organisation itself, with
#: no partner) hold a meeting among themselves ('members of the G-7 will meet', 'the Arab League convened')
MEMBER_NOUNS = {"member", "representative", "delegate"}
CONVENING_VERBS = {"meet", "convene", "gather"}
#: links of a meeting verb's partner ('met the envoy', 'met and talked'; 'met with X' by PARTNER_PREPS): a meeting
#: with someone, not one among an organisation's members
PARTNER_DEPS = {"dobj", "conj"}
PARTNER_PREPS = {"with"}
#: COERCE modes a protesting group's act is an obstruction in ('blocked the highway', 'blockaded the port')
OBSTRUCTING_MODES = {None, "restrict"}


def doers_reading(etype: str, mode: str | None, parts: list[dict], verb: str) -> tuple[str, str | None]:
    """The category an act takes from who does it: a protesting group's blockade is a protest ('miners blocked
    the highway': PROTEST obstruct), the state's forces' obstruction a restriction ('police blocked the roads':
    COERCE restrict), an armed group's striking (``verb``, the trigger verb's lemma, of ``STRIKING_VERBS``) an
    attack ('the gunmen struck at dawn'). A walkout told by its own phrase stays a strike whoever does it
    ('the seamen went on strike', 'soldiers staged a strike over unpaid pay'). Armed men's looting is an attack,
    and so is what outlaws seize ('gunmen seized a tanker')."""
    if etype == "COERCE" and mode in OBSTRUCTING_MODES and protesting_groups(parts):
        return "PROTEST", "obstruct"
    if (etype, mode) == ("PROTEST", "obstruct") and state_forces(parts):
        return "COERCE", "restrict"
    if (etype, mode) == ("PROTEST", "strike") and verb in STRIKING_VERBS and fighters(parts):
        return "ASSAULT", None
    if (etype, mode) == ("PROTEST", "riot") and verb in LOOTING_VERBS and armed_source(parts):
        return "ASSAULT", None  # 'the gunmen looted the village': plunder by armed men, no riot
    if (etype, mode) == ("COERCE", "seize") and outlaws(parts):
        return "ASSAULT", "seize"  # 'armed men seized a tanker': a hijacking, no confiscation by a state
    return etype, mode


def outlaws(parts: list[dict]) -> bool:
    """Every source is an armed group outside the state ('militants', 'rebels', 'attackers', 'criminals')."""
    sources = [p["mention"].get("group") for p in parts if p["role"] == "source"]
    return bool(sources) and all(g in OUTLAW_GROUPS for g in sources)


def protesting_groups(parts: list[dict]) -> bool:
    """Every source is a group of people who protest ('miners', 'farmers', 'students'), none armed or named."""
    sources = [p["mention"] for p in parts if p["role"] == "source"]
    return bool(sources) and all(m.get("group") in PROTESTING_GROUPS and m.get("unnamed") for m in sources)


def state_forces(parts: list[dict]) -> bool:
    """A source that is a state's own group ('police', 'troops', 'the government') or a state named as such."""
    return any(
        p["role"] == "source" and (p["mention"].get("group") in STATE_GROUPS or p["mention"].get("kind") == "country")
        for p in parts
    )


def member_officials(trig: Token, m: dict) -> bool:
    """The subject of a meeting verb is a plural noun of office holders whose phrase holds the mention ('NATO
    defence ministers met', 'foreign ministers of the Arab League met'): the members' officials meet."""
    subj = next((c for c in trig.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None:
        return False
    convened = trig.lemma_.lower() in CONVENING_VERBS
    if convened and subj.left_edge.idx <= m["start_char"] < subj.idx + len(subj.text):
        return not any(c.dep_ in PARTNER_DEPS or c.lower_ in PARTNER_PREPS for c in trig.children)  # 'the G-7 met'
    officials = agent_sector(subj.text) == "GOV" or subj.lemma_ in OFFICIAL_NOUNS
    if subj.tag_ != "NNS" or not (officials or (convened and subj.lemma_ in MEMBER_NOUNS)):
        return False
    return any(t.idx <= m["start_char"] < t.idx + len(t.text) for t in subj.subtree)


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
