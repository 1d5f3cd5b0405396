"""Event classes of round 22 found on unseen news (tuning halves of NewsArticles, Reuters, NewsArticles 3 and 4),
each checked on sentences of our own through the real spaCy pipeline.

- stated readiness ('Freedonia and Ruritania are ready to continue their work on a treaty', 'is willing to share
  the river's water with X'): PLOVER 2021 AGREE (indicating willingness to cooperate), its subject the source
  (``stated_readiness``, ``data/stated_readiness.tsv``); the infinitive's own event wins when the lexicon codes
  it ('is willing to negotiate' is a planned meeting, 'is ready to attack' a threat); negated, no promise; the
  party the clause's objects or 'with' / 'to' phrases name is the target, as for 'agreed to'
  (``event_arg_clauses.complement_targets``);
- tariffs announced on another state's goods ('Washington announced tariffs on Japanese exports') are a sanction
  as tariffs imposed are, and tariffs on their own ('new tariffs on X's steel took effect') are the sanction's
  noun (``triggers_curated.tsv``); a tariff with no state aimed at (electricity tariffs) codes nothing;
- an act told in the past in an 'after' or 'because' clause with its own subject ('recalled its envoy after Chile
  attacked a fishing boat', 'was expelled after the embassy refused to waive his immunity') is an act of its own,
  not a part of the act that governs the clause (``event_clause_acts.told_before``); a condition ('if Chile
  attacks') or a clause without its own subject ('after attacking the boats') is not, nor a 'when' or 'as' clause,
  which often sets a background ('the farms they lost when the junta seized them decades ago');
- refusing 'the request', 'the proposal', 'the demand' or 'the offer' told earlier is aimed at whoever made it
  (``data/event_anaphora.json`` nouns, read back by ``event_anaphora``);
- banning someone entry ('banned two Belarusian officials entry') is barring them from entering, REJECT as
  'banned X from entering' already is (``triggers_curated.tsv``), not a ban of an organisation (COERCE).
"""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv
from tests.sitrep.extract.coding import types


@pytest.mark.parametrize("row", read_tsv("stated_readiness.tsv"), ids=lambda r: r["word"])
def test_stated_readiness_is_agree(nlp, event_roles, row):
    roles = event_roles(row["example"], "AGREE")
    assert any(role == "source" for role, _ in roles), roles


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("Chile and Peru are ready to continue their close work on a fisheries accord.", {"Chile", "Peru"}),
        ("The Kenyan government stands ready to help Uganda rebuild the flooded railway.", set()),
        ("Mongolia is willing to expand its rail links with Kazakhstan, the minister said.", {"Mongolia"}),
    ],
)
def test_readiness_of_invented_states(nlp, event_roles, text, sources):
    roles = event_roles(text, "AGREE") | event_roles(text, "AID")  # ('ready to help': the help is a planned AID)
    assert roles and sources <= {name for role, name in roles if role == "source"}, roles


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("Mexico is eager to deepen its trade ties with Canada.", {("source", "Mexico"), ("target", "Canada")}),
        ("Chile stands ready to reopen its border crossings to Bolivia.", {("source", "Chile"), ("target", "Bolivia")}),
    ],
)
def test_readiness_is_aimed_at_the_clause_party(event_roles, text, roles):
    assert event_roles(text, "AGREE") == roles


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Colombia is willing to negotiate with the rebels.", "CONSULT"),
        ("The rebel army is ready to attack the capital.", "THREATEN"),
    ],
)
def test_readiness_keeps_the_clause_event(nlp, text, etype):
    assert types(nlp, text) == {etype}


@pytest.mark.parametrize(
    "text",
    [
        "Freedonia is not ready to continue its work on the border treaty.",
        "The new stadium is ready to host the final in May.",
    ],
)
def test_no_promise_without_readiness(nlp, text):
    assert "AGREE" not in types(nlp, text)


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "Washington announced tariffs on Japanese exports.",
            {("source", "Washington"), ("target", "Japanese")},
        ),
        (
            "The European Union announced punitive tariffs on Chinese steel on Monday.",
            {("source", "European Union"), ("target", "Chinese")},
        ),
    ],
)
def test_announced_tariffs_are_a_sanction(event_roles, text, roles):
    assert event_roles(text, "SANCTION") == roles


@pytest.mark.parametrize(
    "text",
    [
        "Electricity tariffs rose by ten percent in March.",
        "The airline announced lower fares on its domestic routes.",
    ],
)
def test_prices_are_no_sanction(nlp, text):
    assert "SANCTION" not in types(nlp, text)


@pytest.mark.parametrize(
    ("text", "etype", "roles"),
    [
        ("Peru recalled its ambassador after Chile attacked a fishing boat.", "ASSAULT", {("source", "Chile")}),
        ("Ghana closed its border after Togo rejected the proposal.", "REJECT", {("source", "Togo")}),
        (
            "Kenya expelled a Somali diplomat because Somalia had refused to waive his immunity.",
            "REJECT",
            {("source", "Somalia")},
        ),
    ],
)
def test_act_told_in_a_clause_of_time_is_its_own(event_roles, text, etype, roles):
    assert roles <= event_roles(text, etype), event_roles(text, etype)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Peru will recall its ambassador if Chile attacks the boats.", "ASSAULT"),
        ("Peru recalled its ambassador after attacking the boats.", "ASSAULT"),
    ],
)
def test_no_own_act_in_a_condition_or_without_a_subject(nlp, text, etype):
    assert etype not in types(nlp, text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Peru asked Chile to extradite the banker. Chile rejected the request on Monday.", "Peru"),
        ("Ghana offered to mediate between the factions. The rebels turned down the offer.", "Ghana"),
        ("Mexico urged Cuba to free the fishermen. On Friday Cuba dismissed the demand.", "Mexico"),
    ],
)
def test_a_refused_request_is_aimed_at_who_made_it(event_roles, text, target):
    assert ("target", target) in event_roles(text, "REJECT"), event_roles(text, "REJECT")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Poland banned two Belarusian officials entry for five years.", "Belarusian"),
        ("Ukraine banned the Serbian deputies entry into Ukraine for five years.", "Serbian"),
    ],
)
def test_an_entry_ban_is_a_refusal(nlp, event_roles, text, target):
    assert "COERCE" not in types(nlp, text)
    assert ("target", target) in event_roles(text, "REJECT")
