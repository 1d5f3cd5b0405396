"""Citizenship told in apposition is the person's country and names no party ('Ivan Petrov, a Ukrainian
citizen'; ``citizen_cues``; the country rows are in ``data/country_cues.tsv``). Sentences of our own."""


def test_the_state_of_a_citizenship_appositive_is_no_party(event_roles):
    roles = event_roles("Police in Moscow detained Ivan Petrov, a Ukrainian citizen, on Monday.", "COERCE")
    assert ("target", "Ivan Petrov") in roles, roles
    assert not any(name == "Ukrainian" for _, name in roles), roles


def test_a_dual_national_takes_no_country_from_the_appositive(nlp):
    from sitrep.extract.citizen_cues import citizenship

    doc = nlp("Police detained Ivan Petrov, a dual Ukrainian citizen, on Monday.")
    toks = [t for t in doc if t.i in range(5, 9)]
    assert citizenship(doc, toks, {}) is None
