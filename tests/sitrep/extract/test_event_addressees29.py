"""A promise takes no counterpart from its speaker's own demand told before it (data/event_addressees.json `acts`):
'X is asking its office workers to quit. X promised to rebuild the branches' promises nothing to the workers. An
agreement that answers a demand made of its speaker still takes the asker (`replies`)."""

from __future__ import annotations


def test_a_promise_after_the_speakers_own_demand_takes_no_target(event_roles):
    text = "Ana Ruiz is asking all salaried office workers to quit. Ruiz promised to rebuild the local branches."
    roles = event_roles(text, "AGREE")
    assert ("source", "Ruiz") in roles, roles
    assert not any(r == "target" for r, _ in roles), roles


def test_an_agreement_answering_a_demand_still_takes_the_asker(event_roles):
    roles = event_roles("Peru asked Chile on Monday to return the fishing boats. Santiago agreed on Tuesday.", "AGREE")
    assert ("target", "Peru") in roles, roles
