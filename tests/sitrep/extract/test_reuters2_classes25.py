"""Classes of sentences seen in the tuning half of Reuters 2, tested on sentences of our own.

A name the model splits at a connector of another language ('Banco' + 'do' + 'Brasil': ``data/name_connectors.tsv``)
is one mention. A country's postal service ('Canada Post', ``data/state_services.tsv``) is a party, no news outlet.
A request names as its target whom the act it calls for is done to ('called for the resignation of X').

An event noun in a cause phrase ('after', 'following': ``data/cause_preps.tsv``) told as news, with a named doer in
its 'from' / 'by' phrase, is an event of its own, with that doer as its source (never the subject of the verb the
phrase hangs on); a definite or possessive one is known background and stays uncoded."""

from __future__ import annotations

import pytest

from sitrep.extract import entities, events
from sitrep.extract.data_files import read_tsv
from tests.sitrep.extract.coding import dyads, types


@pytest.mark.parametrize("row", read_tsv("cause_preps.tsv"), ids=lambda r: r["prep"])
def test_every_cause_preposition_codes_its_example(nlp, row):
    found = dyads(nlp, row["example"], row["plover"])
    assert any(row["source"] in src for src, _ in found), found


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        ("Shares in the port operator fell after an attack by Hezbollah on the harbour.", "ASSAULT", "Hezbollah"),
        (
            "The rally was called off following an appeal from Amnesty International.",
            "REQUEST",
            "Amnesty International",
        ),
        ("Oil prices rose on Monday after a threat from Iran to close the strait.", "THREATEN", "Iran"),
        ("The miners went back to work after an ultimatum from Anglo American.", "THREATEN", "Anglo American"),
    ],
)
def test_a_cause_noun_with_a_named_doer_is_an_event_of_its_own(nlp, text, etype, source):
    found = dyads(nlp, text, etype)
    assert any(source in src for src, _ in found), found


def test_the_subject_of_the_governing_verb_is_not_the_doer(nlp):
    found = dyads(nlp, "Protests grew after an attack by Hamas on an army base.", "ASSAULT")
    assert found and all("Protests" not in src for src, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Oil prices rose after the invasion by Russia.",
        "Talks stalled after Iran's threat to close the strait.",
        "Markets recovered after an offensive by the army.",
    ],
)
def test_background_or_unnamed_cause_nouns_stay_uncoded(nlp, text):
    assert not types(nlp, text) & {"ASSAULT", "THREATEN"}


# --- names written around a connector of another language ('Banco do Brasil') ---------------------------------


@pytest.fixture
def mentions_of(nlp):
    return lambda text: [m["surface"] for m in entities.doc_mentions(nlp(text))]


@pytest.mark.parametrize("row", read_tsv("name_connectors.tsv"), ids=lambda r: r["connector"])
def test_every_connector_joins_its_example_into_one_name(mentions_of, row):
    assert row["name"] in mentions_of(row["example"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The strike closed the state-controlled Banco do Brasil, which has 3,000 branches.", "Banco do Brasil"),
        ("A warning from the federally-owned Banco do Brasil ended the strike.", "Banco do Brasil"),
        ("Banco do Brasil's staff in several cities returned to work.", "Banco do Brasil"),
        ("Lula da Silva met Fernando Henrique Cardoso in Brasilia.", "Lula da Silva"),
    ],
)
def test_a_name_split_at_its_connector_is_one_mention(mentions_of, text, name):
    found = mentions_of(text)
    assert name in found and not {"Banco", "Brasil", "Silva"} & set(found), found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Despite de Gaulle, France left the command.", {"France"}),
        ("Ford and General Motors cut output in Detroit.", {"Ford", "General Motors", "Detroit"}),
    ],
)
def test_english_words_and_common_words_are_never_joined(mentions_of, text, names):
    assert names <= set(mentions_of(text))


# --- a country's postal service is no news outlet ('Canada Post', not 'the Washington Post') ---------------------


@pytest.mark.parametrize("row", read_tsv("state_services.tsv"), ids=lambda r: r["word"])
def test_every_service_word_codes_its_example(nlp, row):
    found = dyads(nlp, row["example"], row["plover"])
    assert any(row["party"] in src | tgt for src, tgt in found), found


@pytest.mark.parametrize(
    ("text", "etype", "party"),
    [
        ("Ford met Canada Post on Monday.", "CONSULT", "Canada Post"),
        ("Swiss Post met the union leaders in Bern on Monday.", "CONSULT", "Swiss Post"),
    ],
)
def test_a_countrys_postal_service_is_a_party(nlp, text, etype, party):
    found = dyads(nlp, text, etype)
    assert any(party in src | tgt for src, tgt in found), found


def test_talks_between_a_union_and_a_postal_service_name_both(nlp):
    doc = nlp("The talks between the Letter Carriers Union and Canada Post were the first since May.")
    ments = entities.doc_mentions(doc)
    surfaces = {m["idx"]: m["surface"] for m in ments}
    parties = [
        {surfaces.get(p.get("mention_idx")) for p in c["participants"]}
        for c in events.doc_event_candidates(doc, ments, None)
        if c["event_type"] == "CONSULT"
    ]
    assert {"Letter Carriers Union", "Canada Post"} in parties, parties


@pytest.mark.parametrize(
    "text",
    [
        "The minister met the Washington Post on Monday.",
        "Chile asked the Jerusalem Post for help.",
    ],
)
def test_a_citys_newspaper_stays_a_news_outlet(nlp, text):
    assert not types(nlp, text) & {"CONSULT", "REQUEST"}


# --- a request's target told by the act it calls for ('called for the resignation of X') -------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Jean-Claude Parrot called for the resignation of Andre Harvie on Friday.", "Andre Harvie"),
        ("The opposition called for the resignation of Prime Minister Imran Khan.", "Imran Khan"),
        ("The union called for the removal of Andre Harvie.", "Andre Harvie"),
        ("Senator Ana Ruiz called for Minister Luis Vega's resignation.", "Luis Vega"),
    ],
)
def test_a_request_targets_whom_the_act_it_calls_for_is_done_to(nlp, text, target):
    found = dyads(nlp, text, "REQUEST")
    assert any(target in tgt for _, tgt in found), found


def test_a_release_called_for_names_no_target_of_the_request(nlp):
    found = dyads(nlp, "The senators called for the release of Alan Gross.", "REQUEST")
    assert all("Alan Gross" not in tgt for _, tgt in found), found
