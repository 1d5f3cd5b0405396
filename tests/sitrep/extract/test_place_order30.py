"""The order of the sources of an event's city (``place_order``): the city the story itself gives in the acting
state's country speaks before the seat of government, which is the default only where nothing else speaks; a city
the story merely names is no namesake of a city abroad."""

from datetime import date

from sitrep.extract.pipeline import analyze_articles, assemble


def _places(nlp, texts: list[str]) -> list[tuple[str, str | None, str | None]]:
    articles = [
        {"article_id": f"po30-{i}", "body": text, "published_at": date(2019, 3, 4 + 10 * i)}
        for i, text in enumerate(texts)
    ]
    out = assemble(analyze_articles(articles, nlp), {a["article_id"]: a for a in articles})
    return [(e["event_type"], e["location_name"], e["location_country_iso3"]) for e in out["events"]]


def test_a_state_act_takes_the_city_its_story_places_the_states_other_acts_in(nlp):
    text = (
        "Norway's Foreign Minister Anniken Huitfeldt accused Russia of spying during a speech in Bergen on Monday. "
        "Earlier, Swedish Prime Minister Ulf Kristersson met German Chancellor Olaf Scholz in Berlin. "
        "Norway expelled fifteen Russian diplomats on Tuesday."
    )
    got = _places(nlp, [text])
    assert ("SANCTION", "Bergen", "NOR") in got
    assert ("SANCTION", "Oslo", "NOR") not in got


def test_with_nothing_else_said_a_state_act_is_placed_at_its_seat_of_government(nlp):
    got = _places(nlp, ["Norway expelled fifteen Russian diplomats on Tuesday, the foreign ministry said."])
    assert got == [("SANCTION", "Oslo", "NOR")]


def test_a_named_city_that_is_first_a_city_abroad_is_no_namesake_at_home(nlp):
    text = (
        "The United States on Tuesday demanded that Russia free a detained American reporter. "
        "Moscow rejected the demand and said the reporter was a spy."
    )
    got = _places(nlp, [text])
    assert ("REQUEST", "Washington", "USA") in got
    assert ("REQUEST", "Moscow", "USA") not in got
