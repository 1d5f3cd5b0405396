"""The people an attack hurts are its targets, not the place it happened in ('gunmen raided a bakery in X,
killing nine customers': the customers, of X's country, not X), and they are so also when nobody is named for
the attack ('a grocer was stabbed outside his shop in X').

The victims are the passive subject or the object of a verb of harm (``data/harm_verbs.tsv``) or of a result
participle after the attack (``event_arg_victims.harmed_people``: people in general with the country their
phrase gives). A place among the targets (a place name, or ``event_arg_places.place_target``'s pseudo-mention of
the state where the act fell) leaves the targets when the victims are of its country, or of no country the text
gives (they take the place's: the PLOVER records code that state as the recipient, and the victims keep it); a
place of another state stays. An act nobody is named for takes an unnamed attacker of the place's country as its
source (``event_arg_places.unattributed_source``, as the PLOVER records code it); its victims are read after
that source is added. ``data/unnamed_doer_victims.tsv`` holds the frames with an example each."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sitrep.extract.event_arg_victims import harmed_people
from sitrep.extract.trigger_records import Trigger
from sitrep.extract.victim_frames import scene_group

if TYPE_CHECKING:
    from spacy.tokens import Token

#: labels of the place pseudo-mention that stands for the state where an act falls
SCENE_LABELS = frozenset({"GPE", "LOC"})


def victim_targets(
    mention_of: Callable[[Token], dict | None],
    trig: Trigger,
    sources: list[dict],
    targets: list[dict],
    add: Callable[[list[dict], list[dict]], None],
) -> None:
    """Add the people the act hurts to ``targets`` (in place), less the place standing for their state."""
    victims = harmed_people(mention_of, trig, sources, targets)
    if not victims:
        return
    scenes = [m for m in targets if _scene(m) or scene_group(m, trig.token)]  # ('at a prison near X': police of X)
    for v in victims:
        if not v.get("country_iso3") and len({s.get("country_iso3") for s in scenes}) == 1:
            v["country_iso3"] = scenes[0].get("country_iso3")  # '22 people' killed in X: X's people
    theirs = {v.get("country_iso3") for v in victims}
    kept = [
        m for m in targets if not (_scene(m) and m.get("country_iso3") in theirs) and not scene_group(m, trig.token)
    ]
    if len(kept) < len(targets):  # the victims stand where the place stood: the act's other side (``dyad``)
        victims = [{k: x for k, x in v.items() if k != "recipient"} for v in victims]
    targets[:] = kept
    add(victims, targets)


def unnamed_doer_victims(
    mention_of: Callable[[Token], dict | None],
    trig: Trigger,
    added: list[dict],
    targets: list[dict],
    add: Callable[[list[dict], list[dict]], None],
) -> None:
    """The victims of an act whose only doer is the unnamed attacker just added (``added``): nothing when the
    act names its doer (``victim_targets`` read them then)."""
    if added:
        victim_targets(mention_of, trig, added, targets, add)


def _scene(m: dict) -> bool:
    """A place among the targets: a place name ('a cafe in X') or the pseudo-mention of the state where the act
    falls (``place_target``: unnamed, 'named' by the place), not a group of people."""
    return m.get("label") in SCENE_LABELS and (not m.get("unnamed") or bool(m.get("named")))
