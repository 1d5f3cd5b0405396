"""A bare 'the government' / 'the army' / 'the lawmakers' at a clause's subject, which the text's countries leave
open, acts for the state the sentence before had as its subject (``continued_states``): invented sentences through
the real mention and event extraction, and the whole pipeline for the state it credits."""

import pytest

from sitrep.extract import entities, events
from sitrep.extract.continued_states import examples

ROWS = examples()


@pytest.fixture(scope="module")
def source_countries(nlp):
    """(text, event type) -> the countries of that type's source rows, through the real extraction."""

    def run(text: str, etype: str) -> set[str | None]:
        doc = nlp(text)
        ments = entities.doc_mentions(doc)
        by_idx = {m["idx"]: m for m in ments}
        out = set()
        for cand in events.doc_event_candidates(doc, ments, None):
            for p in cand["participants"]:
                if cand["event_type"] == etype and p["role"] == "source":
                    m = by_idx.get(p["mention_idx"]) if p["mention_idx"] is not None else None
                    out.add(p.get("country_iso3") or (m or {}).get("country_iso3"))
        return out

    return run


@pytest.mark.parametrize("row", ROWS, ids=[r["group"] for r in ROWS])
def test_the_group_acts_for_the_last_subjects_state(source_countries, event_roles, row):
    assert row["country"] in source_countries(row["example"], row["type"])
    if row["target"]:
        assert ("target", row["target"]) in event_roles(row["example"], row["type"])


def test_the_whole_pipeline_credits_the_state(article_parties):
    found = article_parties(ROWS[0]["example"])
    assert any(parties.get("Peru") == "source" and "Chile" not in parties for parties in found if len(parties) == 1), (
        found
    )


def test_a_coordinated_subject_before_gives_no_state(source_countries):
    text = "Peru and Chile held talks on Monday. The government demanded compensation."
    assert source_countries(text, "REQUEST") == {None}


def test_the_other_sides_state_is_not_the_groups(source_countries):
    text = "Chile rejected the plan on Monday. The government demanded that Chile pay compensation."
    assert "CHL" not in source_countries(text, "REQUEST")


def test_a_group_with_its_own_country_keeps_it(source_countries):
    text = "Peru said on Monday it would sue Chile over the border. The Chilean government demanded compensation."
    assert source_countries(text, "REQUEST") == {"CHL"}


def test_a_possessed_group_is_not_continued(source_countries):
    text = "Peru said on Monday it would sue Chile over the border. Its government demanded compensation."
    assert "CHL" not in source_countries(text, "REQUEST")
