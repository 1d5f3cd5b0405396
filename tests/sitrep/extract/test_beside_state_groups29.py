"""Bodies that act as themselves beside their state (``data/beside_state_groups.tsv``): 'Turkish prosecutors
charged ...' credits the prosecutors (the judiciary of Turkey, an entity of its own that the text's phrase is a
mention of) and Turkey; "Kenya's opposition rejected ..." the Kenyan opposition and Kenya."""

from datetime import date

import pytest

from sitrep.extract.data_files import read_tsv
from sitrep.extract.pipeline import analyze_articles, assemble

ROWS = read_tsv("beside_state_groups.tsv")


def _run(nlp, texts: list[str]) -> dict:
    articles = [
        {"article_id": f"b29-{i}", "body": text, "published_at": date(2017, 3, 1 + 10 * i)}
        for i, text in enumerate(texts)
    ]
    return assemble(analyze_articles(articles, nlp), {a["article_id"]: a for a in articles})


def _parties(out: dict) -> list[tuple[dict, set[tuple[str, str, str | None]]]]:
    by_id = {e["entity_id"]: e for e in out["entities"]}
    parties: dict[str, set] = {}
    for p in out["event_participants"]:
        e = by_id[p["entity_id"]]
        parties.setdefault(p["event_id"], set()).add((p["role"], e["canonical_name"], e["country_iso3"]))
    return [(e, parties.get(e["event_id"], set())) for e in out["events"]]


@pytest.mark.parametrize("row", ROWS, ids=[r["group"] for r in ROWS])
def test_the_body_and_its_state_are_both_sources(nlp, row):
    out = _run(nlp, [row["example"]])
    (parties,) = [p for e, p in _parties(out) if e["event_type"] == row["plover"]]
    sources = {(name, iso3) for role, name, iso3 in parties if role == "source"}
    iso3 = next(i for n, i in sources if n == row["state"])
    assert (f"{row['group']} ({iso3})", iso3) in sources
    group = next(e for e in out["entities"] if e["canonical_name"] == f"{row['group']} ({iso3})")
    assert any(m["entity_id"] == group["entity_id"] for m in out["mentions"])  # its phrase is a mention of it


def test_a_body_placed_in_its_state_acts_too(nlp):
    out = _run(nlp, ["Prosecutors in Turkey charged two German journalists with espionage on Monday."])
    (parties,) = [p for e, p in _parties(out) if e["event_type"] == "ACCUSE"]
    assert ("source", "judiciary (TUR)", "TUR") in parties
    assert ("source", "Turkey", "TUR") in parties


def test_a_body_acting_on_compatriots_is_placed_in_their_country(nlp):
    out = _run(nlp, ["Brazilian lawmakers accused President Michel Temer of corruption."])
    (event,) = [e for e, _ in _parties(out) if e["event_type"] == "ACCUSE"]
    assert event["location_country_iso3"] == "BRA"


def test_the_opposition_later_named_alone_is_the_same_entity(nlp):
    text = "Kenya's opposition rejected the election results on Tuesday. The opposition called for new elections."
    out = _run(nlp, [text])
    by_id = {e["entity_id"]: e["canonical_name"] for e in out["entities"]}
    written = {m["surface"]: by_id[m["entity_id"]] for m in out["mentions"]}
    assert written.get("opposition") == "opposition (KEN)"


def test_the_government_is_still_the_state_itself(nlp):
    out = _run(nlp, ["The Kenyan government rejected the election results on Tuesday."])
    (parties,) = [p for e, p in _parties(out) if e["event_type"] == "REJECT"]
    assert not any(name.startswith("government") for _, name, _ in parties)
