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
  noun (``triggers_curated.tsv``); a tariff with no state aimed at (electricity tariffs) codes nothing.
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
