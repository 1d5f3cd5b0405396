"""An act told anywhere inside a clause of condition is only supposed (``deep_conditions``), not across a relative
clause inside the condition; a threat made on a condition keeps its own act."""

from sitrep.extract import deep_conditions, entities
from sitrep.extract.event_candidates import doc_event_candidates


def _codes(nlp, text: str, trigger: str, etype: str) -> bool:
    doc = nlp(text)
    cands = doc_event_candidates(doc, entities.doc_mentions(doc), None)
    return any(c["event_type"] == etype and trigger in c["trigger"] for c in cands)


def _token(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


def test_an_act_two_verbs_down_a_condition_is_supposed(nlp):
    text = "Unless Peru requires Chile to provide data before approving the Bolivian plan, the talks will fail."
    assert deep_conditions.inside_condition(_token(nlp, text, "approving"))
    assert not _codes(nlp, text, "approving", "SUPPORT")


def test_the_last_of_coordinated_acts_under_if_is_supposed(nlp):
    text = "The Peruvian envoy faces prison if she is captured, tried and convicted in Chile."
    assert not _codes(nlp, text, "convicted", "SANCTION")


def test_a_relative_clause_inside_the_condition_is_told_as_done(nlp):
    text = "If the deal, which Peru signed with Chile in May, collapses, the talks will end."
    assert not deep_conditions.inside_condition(_token(nlp, text, "signed"))
    assert _codes(nlp, text, "signed", "SUPPORT")


def test_the_act_threatened_on_a_condition_is_kept(nlp):
    text = "Chile will pull its troops out of Peru unless Lima releases the prisoners."
    assert not deep_conditions.inside_condition(_token(nlp, text, "pull"))
    assert _codes(nlp, text, "pull", "THREATEN")
