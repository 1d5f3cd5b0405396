"""Which named places can be parties to an event.

A state, its capital standing for it ("Moscow warned"), a seat of government, a region with a government
("California sued", "Scotland voted") and a group are actors; a city, a county, a street or a building is not:
"a judge in a provincial town fined ..." has the judge as its actor, and "the mayor of a port city criticised
..." criticises no city. A city stays a target of physical acts done to a place ("shelled the town", "troops
entered the city"), where it tells where the target country was hit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: categories whose target may be a place (an act done to a town)
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "AID", "CONSULT"})
#: categories that need someone acting (a speaker): a target alone is no event
SPEECH_ACTS = frozenset({"AGREE", "SUPPORT", "COOPERATE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: categories of an act two parties do to each other: coordinated subjects alone make its dyad ('X and Y fought
#: a war', 'X and Y held talks')
MUTUAL_TYPES = frozenset({"ASSAULT", "CONSULT", "COOPERATE"})
#: words that end the name of a place below a state ('Yuba County', 'Grafton Street')
PLACE_HEADS = frozenset(
    {"county", "street", "avenue", "road", "square", "district", "borough", "township", "parish", "station"}
)


#: relatives named by their owner ('the minister's widow said'): the owner is not the one who acts
KIN_NOUNS = frozenset(
    {
        "parent", "parents", "family", "wife", "husband", "widow", "widower", "son", "sons", "daughter",
        "daughters", "mother", "father", "brother", "brothers", "sister", "sisters", "child", "children",
        "relative", "relatives", "grandson", "granddaughter", "nephew", "niece", "cousin", "fiancee", "fiance",
    }
)  # fmt: skip


def is_kin_owner(mention: dict, doc: Doc | None) -> bool:
    """A person named as the owner of a relative ('Mr Ortiz's parents accused ...')."""
    if doc is None or mention.get("label") != "PERSON":
        return False
    span = doc.char_span(mention["start_char"], mention["end_char"], alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ == "poss" and (root.head.lemma_.lower() in KIN_NOUNS or root.head.lower_ in KIN_NOUNS)


def is_local_place(mention: dict) -> bool:
    """A named place below the state: a city, county, street or building (not a country, capital, seat of
    government or region)."""
    if mention.get("label") not in PLACE_LABELS:
        return False
    name = mention["surface"]
    if gazetteer.state_iso3(name) or gazetteer.region_iso3(name)[0]:
        return False
    if mention["label"] == "FAC":
        return True
    words = name.lower().split()
    return bool(words and words[-1] in PLACE_HEADS) or gazetteer.city(name) is not None


def keep_parties(cand: dict, mentions: list[dict], doc: Doc | None = None) -> dict | None:
    """The candidate without local places as parties (see the module doc) nor persons named only as the owner
    of a relative who acts; None when no party is left, or a speech act has no speaker left."""
    by_idx = {m["idx"]: m for m in mentions}
    etype = cand["event_type"]
    kept = []
    for p in cand["participants"]:
        m = by_idx.get(p.get("mention_idx"))
        acts = p["role"] == "source" or (p["role"] == "target" and etype not in PLACE_TARGET_TYPES)
        if m is not None and ((acts and is_local_place(m)) or is_kin_owner(m, doc)):
            continue
        kept.append(p)
    if len(kept) == len(cand["participants"]):
        return cand
    if not kept or (etype in SPEECH_ACTS and not any(p["role"] == "source" for p in kept)):
        return None
    return {**cand, "participants": kept}


def dyad(parts: list[dict], plover: str) -> bool:
    """The parties make a CAMEO verb default an event between two sides: a target that is not people named only
    as recipients ('encouraged people to leave' is no event by itself; ``event_arg_groups.recipient_group``),
    or, for a mutual act, two named sources ('X and Y fought a war over the region')."""
    if any(p["role"] == "target" and not p["mention"].get("recipient") for p in parts):
        return True
    named = {p["mention"].get("idx") for p in parts if p["role"] == "source" and not p["mention"].get("unnamed")}
    return plover in MUTUAL_TYPES and len(named) >= 2
