"""Round 32, source and target countries of one-sentence news events (issue 10), through the whole pipeline:

- ideologies, plain adjectives and role nouns that merely open some listed group's name (``plain_movement_words``,
  the agents table) name no movement: 'Leftist guerrillas' in Peru are not Greek, 'Rebel commanders' not
  Guatemalan, while a movement's own adjective ('Sandinista') still names its country;
- a deployment's forces counted in an 'of' phrase ('massed thousands of troops') are its means, so the border's
  other state is its target;
- a meeting's visitor sent or going 'to' a capital (``visit_motions.tsv``) visits that capital's state."""

from datetime import date, timedelta

import pytest

from sitrep.extract.actor_dictionary import _org_first_word_countries, movement_country
from sitrep.extract.coded_roles import coded_by_article, side_countries
from sitrep.extract.data_files import read_tsv
from sitrep.extract.pipeline import analyze_articles, assemble

MOVEMENT_ROWS = read_tsv("plain_movement_words.tsv")
VISIT_ROWS = read_tsv("visit_motions.tsv")
OTHER = [
    ("Rebel commanders ambushed a convoy near the town of Abeche in Chad.", "ASSAULT", "TCD", None),
    ("Student leaders marched through Dhaka to protest against the fuel prices.", "PROTEST", "BGD", None),
    ("Sandinista militants attacked a police post near the border.", "ASSAULT", "NIC", None),
    ("Sudan massed thousands of soldiers along its frontier with Chad.", "MOBILIZE", "SDN", "TCD"),
    ("Ethiopia deployed hundreds of troops along the border with Eritrea on Tuesday.", "MOBILIZE", "ETH", "ERI"),
    ("Ghana sent a delegation to Lome for talks on the border dispute.", "CONSULT", "GHA", "TGO"),
]


@pytest.fixture(scope="module")
def coded(nlp):
    texts = [r["example"] for r in MOVEMENT_ROWS + VISIT_ROWS] + [t for t, *_ in OTHER]
    arts = [
        {"article_id": f"g{i}", "body": t, "published_at": date(2001, 1, 1) + timedelta(days=30 * i)}
        for i, t in enumerate(texts)
    ]
    out = assemble(analyze_articles(arts, nlp), {a["article_id"]: a for a in arts})
    by_text = {}
    for aid, events in coded_by_article(out).items():
        text = texts[int(aid[1:])]
        by_text[text] = [(typ, side_countries(r, "source"), side_countries(r, "target")) for typ, r in events]
    return by_text


@pytest.mark.parametrize("row", MOVEMENT_ROWS, ids=[r["word"] for r in MOVEMENT_ROWS])
def test_an_ideology_or_plain_word_names_no_movement(coded, row):
    assert movement_country(row["word"]) is None
    listed = _org_first_word_countries().get(row["word"], frozenset())
    assert listed, "the word opens no listed organisation's name: the row is not needed"
    found = coded.get(row["example"], [])
    assert found, "the example codes no event"
    assert not any(listed & src for _, src, _ in found)


@pytest.mark.parametrize("row", VISIT_ROWS, ids=[r["lemma"] for r in VISIT_ROWS])
def test_a_visit_to_a_capital_visits_its_state(coded, row):
    found = coded.get(row["example"], [])
    assert any(typ == "CONSULT" and row["target"] in tgt for typ, _, tgt in found), found


@pytest.mark.parametrize("text,etype,source,target", OTHER, ids=[t[:30] for t, *_ in OTHER])
def test_the_sides_countries(coded, text, etype, source, target):
    found = [(src, tgt) for typ, src, tgt in coded.get(text, []) if typ == etype]
    assert found, coded.get(text)
    assert any(source in src for src, _ in found)
    if target:
        assert any(target in tgt for _, tgt in found)
        assert not any(None in tgt for _, tgt in found)  # (not the forces moved)


def test_a_movement_adjective_still_names_its_country():
    assert movement_country("Sandinista") == "NIC"
    assert movement_country("Zapatista") == "MEX"
    assert movement_country("Janjaweed") == "SDN"
