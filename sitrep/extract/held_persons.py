"""The person a custody act holds (``data/held_persons.tsv``): when an arrest, detention, jailing or charge verb is
passive and its subject is a person (a name, a pronoun, or a common noun of people: 'a 52-year-old man', 'the
suspect', 'her boyfriend'), that person is the target. A place of the clause ('arrested in X', 'detained at X
airport', 'on a visit from X') or a demonym or home town on the subject ('the X boyfriend', 'the X teenager') is
never the one held: it only tells where, or the person's country. A common noun of people left with no named
target is its people group, with the country its phrase gives (``recipient_group``; 'the 52-year-old': people in
general)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from sitrep.extract import places
from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_arg_clauses import subject_token
from sitrep.extract.event_arg_groups import PEOPLE_SECTOR, group_actor, recipient_group, sector_groups
from sitrep.extract.trigger_records import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

#: mention labels of a place or a people's name: where, or whose, never the one held
PLACE_LABELS = {"GPE", "LOC", "FAC", "NORP"}
#: pronouns of a person held ('he was arrested')
PERSON_PRONOUNS = {"he", "she", "they", "him", "her", "them", "i", "we"}
#: categories of holding a person: custody (COERCE) and a legal charge (ACCUSE, 'was charged in X with ...')
HELD_TYPES = {"COERCE", "ACCUSE"}
#: tags of a plural noun ('Britons', 'Kenyans')
PLURAL_TAGS = {"NNPS", "NNS"}


@cache
def _words(kind: str) -> frozenset[str]:
    return frozenset(r["word"] for r in read_tsv("held_persons.tsv") if r["kind"] == kind)


def _aged(tok: Token) -> bool:
    """'the 52-year-old': a person told by age."""
    return tok.lower_ == "old" and tok.i >= 2 and tok.doc[tok.i - 2].lower_ in {"year", "years"}


def _person(subj: Token) -> bool:
    """A name of a person, a personal pronoun, or a common noun of people ('man', 'suspect', '52-year-old')."""
    if subj.ent_type_ == "PERSON" or subj.lower_ in PERSON_PRONOUNS:
        return True
    if _aged(subj) or (subj.pos_ == "NOUN" and subj.lemma_.lower() in _words("person")):
        return True
    return subj.pos_ == "NOUN" and not subj.ent_type_ and bool((recipient_group(subj) or {}).get("recipient"))


def is_person(tok: Token) -> bool:
    """A name of a person, a personal pronoun, or a common noun of people (``moved_persons`` reads them too)."""
    return _person(tok)


def _place(m: dict) -> bool:
    """A named place or people ('in Spain', 'the Irish suspect'); not a group the clause's people stand for."""
    return not m.get("unnamed") and m.get("label") in PLACE_LABELS


def _nationals(subj: Token) -> bool:
    """A plural demonym as the subject's head ('two Britons', 'the Kenyans'): people of that state
    (``HELD_TYPES``: 'two Britons were charged in Kenya': the Britons are held, Kenya is where)."""
    return subj.tag_ in PLURAL_TAGS and (subj.ent_type_ == "NORP" or bool(places.demonym_iso3(subj.text)))


def held_targets(trig: Trigger, args: list[dict]) -> list[dict]:
    """``args`` ({mention, role}) without the places and demonyms coded as the person a passive custody verb
    holds; the subject's people group when nothing else is left. A charge ('were charged in X') drops the place's
    pseudo-mention too: no later step turns it into the people taken there, as an arrest's does."""
    tok = trig.token
    if trig.reading.plover not in HELD_TYPES or tok.pos_ not in {"VERB", "AUX"}:
        return args
    if tok.lemma_.lower() not in _words("verb"):
        return args
    subj, passive = subject_token(tok)
    if subj is None or not passive or not (_person(subj) or _nationals(subj)):
        return args
    pseudo = _nationals(subj) or trig.reading.plover != "COERCE"
    kept = [
        a for a in args if a["role"] != "target" or not (_place(a["mention"]) or pseudo and a["mention"].get("named"))
    ]
    if any(a["role"] == "target" for a in kept) or (len(kept) == len(args) and not _nationals(subj)):
        return kept  # (an arrest's place left among its targets is turned into the people taken there later)
    return kept + ([{"mention": group, "role": "target"}] if (group := _held_group(subj)) else [])


def _held_group(subj: Token) -> dict | None:
    """The people group of the subject held: its noun's ('the suspects'), a demonym's people ('two Britons'), or
    people in general for a person told by age ('the 52-year-old')."""
    people = sector_groups("target").get(PEOPLE_SECTOR)
    if _nationals(subj) and people:
        group = group_actor(subj, people)  # 'two Britons were charged in Kenya': people of Britain
        if group is not None and not group.get("country_iso3"):
            group["country_iso3"] = places.demonym_iso3(subj.text)
        return {**group, "recipient": True} if group else None
    group = recipient_group(subj) if subj.pos_ == "NOUN" else None
    if group is None and _aged(subj) and people:
        group = group_actor(subj, people)  # 'the 52-year-old was arrested': a person, in general
    return group
