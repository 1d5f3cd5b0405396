"""The states of a group an act is aimed at, told in the next sentence (``group_nationals``): 'imposed sanctions
on several lawmakers. Four citizens of X ...' aims the sanctions at X."""

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("group_nationals.tsv")


def _targets(article_parties, text: str) -> set[str]:
    return {name for ev in article_parties(text) for name, role in ev.items() if role == "target"}


@pytest.mark.parametrize("row", ROWS, ids=[r["noun"] for r in ROWS])
def test_each_noun_of_nationality_gives_the_group_its_state(article_parties, row):
    assert row["country"] in _targets(article_parties, row["example"])


def test_a_demonym_before_the_noun_gives_its_state(event_roles):
    text = "Ukraine imposed sanctions on several lawmakers on Monday. The lawmakers are Polish citizens."
    assert ("target", "Polish") in event_roles(text, "SANCTION")


def test_every_state_of_a_coordinated_list(article_parties):
    text = (
        "Ukraine imposed sanctions on several foreign MPs on Monday. "
        "Four citizens of Serbia and one citizen of Poland are among them."
    )
    assert {"Serbia", "Poland"} <= _targets(article_parties, text)


def test_a_group_that_has_its_country_keeps_it(article_parties):
    text = "Ukraine imposed sanctions on several Polish lawmakers on Monday. Two citizens of Serbia protested."
    assert "Serbia" not in _targets(article_parties, text)


def test_a_state_named_beside_people_in_another_role_adds_nothing(event_roles):
    text = "Ukraine imposed sanctions on several lawmakers on Monday. The minister later met citizens of Serbia."
    assert ("target", "Serbia") not in event_roles(text, "SANCTION")


def test_only_the_next_sentence_tells_the_group(article_parties):
    text = (
        "Ukraine imposed sanctions on several lawmakers on Monday. The decision was taken in the capital. "
        "Four citizens of Serbia live in the capital."
    )
    assert "Serbia" not in _targets(article_parties, text)


def test_an_act_with_a_named_state_target_takes_no_more(article_parties):
    text = "Ukraine expelled diplomats of Hungary on Monday. Two citizens of Serbia were also questioned."
    assert "Serbia" not in _targets(article_parties, text)


def test_the_states_told_replace_a_country_guessed_from_the_article(event_roles):
    text = (
        "Ukraine's security service imposed sanctions on several European MPs on Monday. "
        "Four citizens of Serbia and one citizen of Poland are staying in the region illegally."
    )
    roles = event_roles(text, "SANCTION")
    assert {("target", "Serbia"), ("target", "Poland")} <= roles
    assert ("target", "Ukraine") not in roles


def test_written_country_reads_the_group_phrase():
    from sitrep.extract.group_nationals import written_country

    assert written_country({"country_iso3": "POL", "phrase": "several Polish lawmakers"})
    assert written_country({"country_iso3": "SYR", "phrase": "rebels in Syria"})
    assert not written_country({"country_iso3": "UKR", "phrase": "several European MPs"})
    assert not written_country({"country_iso3": None, "phrase": "several lawmakers"})
