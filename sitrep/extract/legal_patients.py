"""Whom a legal act is done to when the sentence names them only by a common noun of people.

A charge, an indictment, a conviction or an acquittal told in the passive ('two men were acquitted',
'a man was convicted') or as a participle on its noun ('a man charged with arson appeared in court') has the people
its subject names as its target, as an arrest has ('nine people were arrested': ``event_args.PATIENT_TYPES``): with
no name of their own, their people group ('civilians', with the country their phrase gives). The verbs and the
category of the reading each applies to are ``data/legal_patients.tsv``; another reading of the same verb ('the
employees charged with managing the envelopes', no charge) is left as it is. Read by ``event_args``.
"""

from __future__ import annotations

from functools import cache

from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_syntax import lemma
from sitrep.extract.trigger_records import Trigger

DATA = "legal_patients.tsv"


@cache
def _verbs() -> frozenset[tuple[str, str]]:
    """(verb lemma, PLOVER category) of the legal acts of the data file."""
    return frozenset((r["word"], r["plover"]) for r in read_tsv(DATA))


def takes_people(trig: Trigger, patient_types: set[str]) -> bool:
    """Whether a passive (or participle) trigger's subject naming people only as recipients is its target: a
    category done to people by the state (``patient_types``, an arrest) or a legal act of the data file."""
    plover = trig.reading.plover
    return plover in patient_types or (lemma(trig.token), plover) in _verbs()
