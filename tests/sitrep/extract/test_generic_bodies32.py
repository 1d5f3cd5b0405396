"""Bodies every state has, named by their common noun (``data/generic_bodies.tsv``): each row's example, an
invented report, gives the body the country of its story, through the real mention extraction and corpus
resolution; the reports are one corpus, so one state's Senate stays apart from another's."""

from datetime import date, timedelta

from sitrep.extract.data_files import read_tsv
from sitrep.extract.generic_bodies import body_country, generic_body
from sitrep.extract.pipeline import analyze_articles, assemble

ROWS = read_tsv("generic_bodies.tsv")


def _body_countries(nlp, texts: list[str]) -> dict[str, dict[str, set]]:
    """Article id -> folded body name -> the countries of the entities its mentions resolve to."""
    articles = [
        {"article_id": f"gb{i}", "body": text, "published_at": date(2019, 1, 1) + timedelta(days=60 * i)}
        for i, text in enumerate(texts)
    ]
    out = assemble(analyze_articles(articles, nlp), {a["article_id"]: a for a in articles})
    country = {e["entity_id"]: e.get("country_iso3") for e in out["entities"] if e["entity_type"] == "ORG"}
    found: dict[str, dict[str, set]] = {}
    for m in out["mentions"]:
        if m["entity_id"] in country and generic_body(m["surface"]):
            name = m["surface"].lower().removeprefix("the ")
            found.setdefault(m["article_id"], {}).setdefault(name, set()).add(country[m["entity_id"]])
    return found


def test_each_row_example_gives_the_body_its_story_country(nlp):
    found = _body_countries(nlp, [r["example"].replace(" | ", " ") for r in ROWS])
    wrong = [
        (row["example"], found.get(f"gb{i}"))
        for i, row in enumerate(ROWS)
        if found.get(f"gb{i}", {}).get(row["name"]) != {row["expected"]}
    ]
    assert not wrong, "\n".join(map(str, wrong))


def test_a_report_naming_several_states_keeps_the_dictionary_state(nlp):
    found = _body_countries(nlp, ["The Senate voted on Tuesday to condemn Chile's and Peru's crackdowns."])
    assert found["gb0"]["senate"] == {"USA"}


def test_home_country_stands_only_where_the_article_does_not_name_the_default_state():
    assert body_country("the Senate", "RUS", {"USA", "RUS"}) == "USA"
    assert body_country("the Senate", "RUS", {"RUS"}) == "RUS"
    assert body_country("the Senate", None, {"RUS"}) == "USA"
    assert body_country("the Senate", None, {"USA"}) == "USA"
    assert body_country("the Senate", None, set()) == "USA"
    assert body_country("Parliament", "GBR", {"GBR"}) is None
    assert body_country("the Senate Armed Services Committee", "RUS", {"RUS"}) is None


def test_senates_of_two_stories_resolve_apart(nlp):
    found = _body_countries(
        nlp,
        [
            "Chile's president returned to Santiago on Monday. The Senate rejected the pension bill on Tuesday.",
            "The Senate confirmed the nominee on Tuesday, officials in Washington said.",
        ],
    )
    assert found["gb0"]["senate"] == {"CHL"}
    assert found["gb1"]["senate"] == {"USA"}
