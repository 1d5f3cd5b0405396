"""Coverage of the PLOVER categories' everyday verbs and of actor countries, end to end (analysis and assembly)
on sentences of our own, one article each: the classes of sentence the trigger lexicon, the refusal, protest and
threat rules, the group and demonym countries and the Phoenix synonym lines were extended for."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from sitrep.extract.coded_roles import coded_by_article, side_countries
from sitrep.extract.pipeline import analyze_articles, assemble

#: (expected category, expected source country or None, sentence); planned cooperation counts as AGREE
CASES = [
    ("CONSULT", "IND", "India negotiated with the hijackers for two days in Kandahar."),
    ("CONSULT", "GRC", "The Greek foreign minister arrived in Ankara for talks with Turkish leaders."),
    ("CONSULT", "FRA", "The French foreign minister flew to Algiers for consultations with Algerian leaders."),
    ("CONCEDE", "TUR", "Turkey granted an amnesty to thousands of jailed conscripts."),
    ("CONCEDE", "PHL", "The Philippine government dropped its demand for an early handover of weapons."),
    ("COOPERATE", "USA", "U.S. and Egyptian troops held joint military exercises near the canal."),
    ("COOPERATE", "ISR", "Israeli and Turkish warships began joint naval exercises on Monday."),
    ("MOBILIZE", "CHN", "China conducted missile tests near the disputed islands."),
    ("MOBILIZE", "PRK", "North Korean troops were put on high alert after the incident."),
    ("MOBILIZE", "PAK", "Pakistan moved two divisions to the eastern border."),
    ("AID", "FRA", "France provided military equipment to the army of Chad."),
    ("AID", "FRA", "French troops evacuated hundreds of foreigners from the besieged capital."),
    ("RETREAT", "AGO", "Angolan rebels handed in their weapons to the peacekeepers."),
    ("ACCUSE", "DZA", "Algeria summoned the French ambassador over the remarks."),
    ("ACCUSE", "CHN", "Beijing protested to Washington over the visa for the Taiwanese leader."),
    ("REJECT", "IRN", "Iran ruled out direct talks with the United States."),
    ("REJECT", "PAK", "Pakistan said it would not sign the test ban treaty."),
    ("REJECT", "IRQ", "Iraq barred American inspectors from the sites."),
    ("SANCTION", "PSE", "The Palestinians walked out of the peace talks on Tuesday."),
    ("SANCTION", "FRA", "France halted arms sales to Indonesia."),
    ("THREATEN", "USA", "The U.S. administration said it could impose sanctions if the talks failed."),
    ("PROTEST", "FRA", "French farmers dumped tons of vegetables outside the ministry in protest at the prices."),
    ("PROTEST", "TUR", "Kurdish demonstrators clashed with police in Istanbul."),
    ("COERCE", "ISR", "Israel sealed off the West Bank after the bombing."),
    ("ASSAULT", "IRQ", "A car bomb exploded outside a police station in Baghdad, killing 15 people."),
    ("ASSAULT", "IRQ", "Insurgents ambushed a U.S. patrol in Falluja."),
    ("ASSAULT", "LKA", "Tamil rebels ambushed an army convoy in the north."),
    ("ASSAULT", "USA", "Recent American missile attacks have killed several militant commanders."),
    ("ASSAULT", "IRQ", "A car bombing near the city of Samarra on Monday killed four policemen."),
    ("THREATEN", "RUS", "Boris Yeltsin threatened to dismiss the cabinet."),
    ("PROTEST", "IND", "Thousands of Indian Muslims took to the streets to protest the ruling."),
]


@pytest.fixture(scope="module")
def coded(nlp):
    """Article id -> [(category as scored, source countries)] for every case, run as one corpus (the articles
    dated months apart so that no two are taken for one happening)."""
    articles = [
        {"article_id": f"c{i}", "body": text, "published_at": date(2001, 1, 1) + timedelta(days=60 * i)}
        for i, (_, _, text) in enumerate(CASES)
    ]
    out = assemble(analyze_articles(articles, nlp), {a["article_id"]: a for a in articles})
    return {
        aid: [(typ, side_countries(roles, "source")) for typ, roles in coded]
        for aid, coded in coded_by_article(out).items()
    }


@pytest.mark.parametrize(("i", "case"), list(enumerate(CASES)), ids=[c[2][:40] for c in CASES])
def test_category_and_source_country(coded, i, case):
    etype, iso3, text = case
    found = coded.get(f"c{i}", [])
    assert any(t == etype and iso3 in srcs for t, srcs in found), (text, found)


def test_a_meeting_noun_under_another_act_is_no_meeting(coded):
    walked_out = CASES.index(("SANCTION", "PSE", "The Palestinians walked out of the peace talks on Tuesday."))
    assert "CONSULT" not in {t for t, _ in coded[f"c{walked_out}"]}
