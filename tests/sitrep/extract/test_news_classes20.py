"""Event classes of round 20 found on unseen news (NewsArticles5 tuning half), each checked on sentences of our own.

- a criminal charge or an inquiry told in the agentless passive ('two officers have been charged, the justice
  ministry announced'; 'prosecutors said the mayor was indicted') is made by the state body or state whose
  statement tells it, as an act of custody is (``event_authorities.reporting_authority``); a rights group or a
  newspaper that tells it makes no charge, and the passive is no speech act with its speaker left out
  (``event_authorities.told_by_source``);
- bringing, filing, pressing, levelling or laying charges against someone is a charge (ACCUSE allege), not an
  arrest (``triggers_curated.tsv``);
- armed men counted by a quantity ('scores of rebel fighters left the town', 'hundreds of soldiers departed')
  withdraw as the bare group does (``event_departures``);
- a named party's breach of a commitment told by someone else ('the minister said Freedonia has not complied with its
  obligations', 'X said Y had failed to honour the accord') is the speaker's criticism of that party, ACCUSE
  disapprove (``event_breaches``, ``data/told_breaches.tsv``); keeping a commitment told pointless ('there is no
  reason for us to continue implementing the deal with X, the minister said') is the speaker's THREATEN at X;
- a named state body ('the Peruvian Justice Ministry') credits its state as well as itself, as a state's forces
  do (``event_merge._own_actor``); an armed force's name does not ('the Syrian Democratic Forces': a state's
  forces credit it through their group rows; ``event_authorities.civil_body``).
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract import entities, events
from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_authorities import civil_body
from tests.sitrep.extract.coding import coded, group_countries


def _roles(nlp, text: str, etype: str) -> list[set[tuple[str, str | None]]]:
    """{(role, surface or group)} of each candidate of ``etype`` in ``text``."""
    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    by_idx = {m["idx"]: m for m in ments}
    return [
        {
            (p["role"], by_idx[p["mention_idx"]]["surface"] if p.get("mention_idx") is not None else p.get("group"))
            for p in cand["participants"]
        }
        for cand in events.doc_event_candidates(doc, ments, None)
        if cand["event_type"] == etype
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Three Bolivian customs officers have been charged over the smuggling ring, the Peruvian Justice "
            "Ministry announced on Tuesday.",
            "Peruvian Justice Ministry",
        ),
        (
            "The Chilean Interior Ministry said that two Argentine pilots had been indicted for smuggling.",
            "Chilean Interior Ministry",
        ),
        ("Four Kenyan traders were charged with fraud, Ugandan prosecutors said.", "Ugandan"),
        ("Ecuador said the Colombian smugglers were charged with piracy.", "Ecuador"),
    ],
)
def test_a_charge_told_by_a_state_body_is_its_accusation(nlp, text, source):
    got = _roles(nlp, text, "ACCUSE")
    assert any(("source", source) in roles for roles in got), got
    assert any(role == "target" for roles in got for role, _ in roles), got


@pytest.mark.parametrize(
    "text",
    [
        "Four Kenyan traders were charged with fraud, Amnesty International said.",
        "Four Kenyan traders were charged with fraud, the newspaper said.",
        "Four Kenyan traders were charged with fraud.",
    ],
)
def test_a_charge_told_by_no_state_names_no_accuser(nlp, text):
    assert not any(c["event_type"] == "ACCUSE" for c in coded(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors in Lima brought charges against two Bolivian customs officers.",
        "The Peruvian government filed charges against two Bolivian customs officers.",
        "Peruvian prosecutors pressed charges against two Bolivian customs officers.",
        "The Peruvian attorney general levelled charges against two Bolivian customs officers.",
    ],
)
def test_bringing_charges_is_a_charge_not_an_arrest(nlp, text):
    got = [(c["event_type"], c.get("event_mode")) for c in coded(nlp, text)]
    assert ("ACCUSE", "allege") in got, got
    assert not any(t == "COERCE" for t, _ in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Scores of rebel fighters have begun leaving the besieged district of Ruritania's second city.",
        "Hundreds of rebel fighters left Misrata on Sunday under a local truce.",
        "Dozens of Ruritanian soldiers departed from the border town after the accord.",
    ],
)
def test_counted_armed_men_leaving_withdraw(nlp, text):
    assert any(c["event_type"] == "RETREAT" for c in coded(nlp, text)), coded(nlp, text)


def test_counted_civilians_leaving_do_not_withdraw(nlp):
    assert not any(c["event_type"] == "RETREAT" for c in coded(nlp, "Hundreds of tourists left Misrata on Sunday."))


@pytest.mark.parametrize(
    "row", [r for r in read_tsv("told_breaches.tsv") if r["kind"] in {"keep", "quantifier"}], ids=lambda r: r["lemma"]
)
def test_a_breach_told_by_another_party_is_its_criticism(nlp, row):
    got = [(c["event_type"], c.get("event_mode")) for c in coded(nlp, row["example"])]
    assert ("ACCUSE", "disapprove") in got, got
    roles = _roles(nlp, row["example"], "ACCUSE")
    assert any({r for r, _ in found} == {"source", "target"} for found in roles), roles


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian foreign minister said Bolivia has complied with its obligations under the accord.",
        "The Peruvian foreign minister said Bolivia has not complied with the ruling of the court.",
        "The Peruvian foreign minister said we have not complied with our obligations under the accord.",
        "Bolivia has not complied with its obligations under the accord.",
    ],
)
def test_kept_words_unspoken_breaches_and_own_breaches_are_no_criticism(nlp, text):
    assert not any(c["event_type"] == "ACCUSE" for c in coded(nlp, text)), coded(nlp, text)


@pytest.mark.parametrize(
    "row", [r for r in read_tsv("told_breaches.tsv") if r["kind"] in {"continue", "purpose"}], ids=lambda r: r["lemma"]
)
def test_keeping_a_commitment_told_pointless_is_a_threat_to_its_other_party(nlp, row):
    roles = _roles(nlp, row["example"], "THREATEN")
    assert any({r for r, _ in found} == {"source", "target"} for found in roles), roles


@pytest.mark.parametrize(
    "text",
    [
        "The Polish president said there is every reason to continue the transit deal with Belarus.",
        "The Polish president said there is no reason to continue the talks with Belarus.",
        "There is no point in continuing the transit deal with Belarus.",
    ],
)
def test_commitments_worth_keeping_talks_and_unspoken_doubts_are_no_threat(nlp, text):
    assert not any(c["event_type"] == "THREATEN" for c in coded(nlp, text)), coded(nlp, text)


def test_a_named_state_body_credits_its_state(nlp):
    # (the state credited is the article's own entity of it: the article names Peru)
    found = group_countries(
        nlp,
        [
            "Two Bolivian customs officers have been charged with smuggling, the Peruvian Justice Ministry said. "
            "Peru has fought the smuggling ring for years."
        ],
        "sb",
        date(2024, 3, 1),
    )
    assert {"Peru", "Peruvian Justice Ministry"} <= set(found["sb0"]), found


@pytest.mark.parametrize(
    ("text", "credits"),
    [
        ("The Chilean Interior Ministry said the border post would reopen.", True),
        ("The Chilean Army said the border post would reopen.", False),
        ("The Chilean Patriotic Forces said the border post would reopen.", False),
    ],
)
def test_only_a_civil_state_body_credits_its_state(nlp, text, credits):
    doc = nlp(text)
    body = next(m for m in entities.doc_mentions(doc) if m["label"] == "ORG")
    assert civil_body(body) is credits, body
