"""A negative contraction written with a stray double quote reads as a negation (sentences of our own)."""

from __future__ import annotations

from sitrep.extract.contractions import parse_text
from tests.sitrep.extract.coding import types


def test_stray_quote_contraction_becomes_an_apostrophe_of_the_same_length():
    body = 'The navy didn"t fire, the envoy "said" and Ruritania isn"t "sure".'
    out = parse_text(body)
    assert len(out) == len(body)
    assert "didn't" in out and "isn't" in out and '"said"' in out and '"sure"' in out


def test_negated_act_with_stray_quote_is_not_coded(nlp):
    assert "ASSAULT" not in types(nlp, 'Peru didn"t shell the Chilean border posts on Monday.')


def test_plain_act_is_still_coded(nlp):
    assert "ASSAULT" in types(nlp, 'Peru shelled the Chilean border posts on Monday, the "ministry" said.')
