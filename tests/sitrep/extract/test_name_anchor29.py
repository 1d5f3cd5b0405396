"""``is_name_part_of`` rejects a pair of names with no token spelt alike before pairing them up
(``entity_names._may_anchor``): the same answers as pairing them, for every flag, on invented names."""

import itertools

from sitrep.extract import entity_names
from sitrep.extract.entity_names import is_name_part_of, name_tokens

NAMES = [
    "Tomasz Wrobel", "Wrobel", "T. Wrobel", "Tomas Vrobel", "Tomasz Wróbel Jr.", "Anika Solberg-Haugen",
    "Solberg", "Haugen", "Anika", "Mr Haugen", "Li Wenjun", "Li", "Wenjun", "Pieter van der Molen", "van der Molen",
    "Molen", "Sergei Orlik", "Sergey Orlik", "Sergueï Orlik", "Orlick", "Jean-Luc Ferrand", "Luc Ferrand",
    "Marta Q. Oyelaran", "Marta Oyelaran", "Q. Oyelaran", "Oyelarran", "Dmitri Kovalenko Sr.", "Kovalenko",
    "A. B.", "A.", "Bo", "Bo Lindqvist", "Lindkvist", "Ramón Echeverría Solís", "Echeverria", "Solis",
]  # fmt: skip


def test_answers_are_those_of_pairing_the_names(monkeypatch):
    tokens = [name_tokens(n) for n in NAMES]
    flags = list(itertools.product((False, True), repeat=2))
    fast = {(a, b, s, f): is_name_part_of.__wrapped__(a, b, s, f) for a in tokens for b in tokens for s, f in flags}
    monkeypatch.setattr(entity_names, "_may_anchor", lambda short, long: True)  # always pair them up
    slow = {(a, b, s, f): is_name_part_of.__wrapped__(a, b, s, f) for a in tokens for b in tokens for s, f in flags}
    assert fast == slow
    assert sum(slow.values()) > 40  # the names do relate: not a test of all-False answers


def test_a_pair_with_no_token_spelt_alike_is_rejected_up_front():
    assert not entity_names._may_anchor(name_tokens("Anika Solberg"), name_tokens("Tomasz Wrobel"))
    assert not entity_names._may_anchor(name_tokens("A. B."), name_tokens("A. B."))  # initials anchor nothing
    assert entity_names._may_anchor(name_tokens("Orlik"), name_tokens("Sergey Orlick"))  # one skeleton
    assert is_name_part_of(name_tokens("Wrobel"), name_tokens("Tomasz Wrobel"))
    assert is_name_part_of(name_tokens("Sergei Orlik"), name_tokens("Sergueï Orlik"))
    assert not is_name_part_of(name_tokens("Anika"), name_tokens("Anika Solberg-Haugen"))  # a given name alone
    assert is_name_part_of(name_tokens("Li"), name_tokens("Li Wenjun"), first_ok=True)
