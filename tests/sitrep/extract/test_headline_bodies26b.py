"""A headline's state body as its story's body writes it (``headline_bodies``, ``data/collective_bodies.tsv``),
through the real spaCy pipeline: the title's 'European Parliament' is the body's 'lawmakers', a state the title
names is the body's ministry, police or troops of no country. Invented titles and bodies."""

from __future__ import annotations

import pytest

from sitrep.extract import pipeline
from sitrep.extract.data_files import read_tsv
from sitrep.extract.headline_bodies import body_group
from tests.sitrep.extract.coding import analyse_titled, party_name


@pytest.fixture(scope="module")
def coded(nlp):
    """(title, body) -> [(event type, {(role, surface or group, country, from the title)})]."""

    def run(title: str, body: str) -> list[tuple]:
        cands, surface = analyse_titled(nlp, title, body)
        return [
            (
                c["event_type"],
                {
                    (p["role"], party_name(p, surface), p.get("country_iso3"), bool(p.get("from_title")))
                    for p in c["participants"]
                },  # fmt: skip
            )
            for c in cands
        ]

    return run


def test_parliament_in_the_title_lends_its_target_to_the_body_lawmakers(coded):
    body = (
        "Marine Le Pen faces charges over tweets of violent images. Lawmakers voted on Thursday to lift her immunity."
    )
    events = coded("European Parliament strips Le Pen of immunity", body)
    sanction = [e for e in events if e[0] == "SANCTION"]
    assert len(sanction) == 1  # enriched, nothing beside it
    assert ("target", "Marine Le Pen", None, True) in sanction[0][1]
    assert any(r == "source" and s == "legislators" for r, s, _c, _t in sanction[0][1])


def test_state_in_the_title_is_the_body_police_of_no_country(coded):
    body = "Police detained Deniz Yucel, a correspondent for Die Welt, on Monday. Germany protested to Turkey."
    events = coded("Turkey detains German journalist Deniz Yucel", body)
    coerce = [e for e in events if e[0] == "COERCE"]
    assert len(coerce) == 1
    assert ("source", "police", "TUR", False) in coerce[0][1]


def test_state_in_the_title_leaves_a_body_organ_of_another_country(coded):
    body = "German police detained Deniz Yucel on Monday. Turkey protested to Germany."
    events = coded("Turkey slams Germany over journalist", body)
    assert not [e for e in events for r, s, c, _t in e[1] if s == "police" and c == "TUR"]


def test_organisation_names_give_the_body_group():
    assert body_group({"label": "ORG", "surface": "European Parliament"}) == "legislators"
    assert body_group({"label": "ORG", "surface": "the Supreme Court"}) == "judiciary"
    assert body_group({"label": "GPE", "surface": "Parliament"}) is None
    assert body_group({"label": "ORG", "surface": "Amnesty International"}) is None


@pytest.mark.parametrize("row", read_tsv("collective_bodies.tsv"), ids=lambda r: r["word"])
def test_collective_body_example_codes_the_group_as_a_party(row, nlp):
    (analysis,) = pipeline.analyze_articles(
        [{"article_id": "a1", "title": "", "body": row["example"], "published_at": "2017-03-20"}], nlp
    )
    groups = {p.get("group") for c in analysis["event_candidates"] for p in c["participants"]}
    assert row["group"] in groups


def test_body_act_the_other_way_is_a_reply_and_the_headline_act_is_added(coded):
    body = (
        "Peru on Sunday accused Chile of smuggling arms to rebels. On Monday the Chilean government said "
        "documents found in Valparaiso showed that Peruvian agents had photographed navy ships."
    )
    accuse = [e for e in coded("Chile accuses Peru of spying on its navy", body) if e[0] == "ACCUSE"]
    sides = [{(r, s) for r, s, _c, _t in e[1]} for e in accuse]
    assert {("source", "Peru"), ("target", "Chile")} in sides  # the body's act
    assert {("source", "Chile"), ("target", "Peru")} in sides  # the headline's, beside it


def test_body_act_the_same_way_takes_the_headline_act(coded):
    body = "Chile accused Peru on Monday of spying on its navy. Peru denied it."
    assert len([e for e in coded("Chile accuses Peru of spying on its navy", body) if e[0] == "ACCUSE"]) == 1
