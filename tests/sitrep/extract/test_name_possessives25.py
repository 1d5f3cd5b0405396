"""A possessive inside one name ("Donetsk People's Republic", "European People's Party") does not split the mention
(``data/name_possessives.tsv``: each row's example, through the real mention extraction); a possessive between two
names still does ("Ruritania's Tomas Berg")."""

from sitrep.extract import entities
from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("name_possessives.tsv")


def _surfaces(nlp, text: str) -> set[str]:
    return {m["surface"] for m in entities.doc_mentions(nlp(text))}


def test_each_row_example_keeps_the_name_whole(nlp):
    wrong = []
    for row in ROWS:
        text, name = row["example"].split(" => ")
        got = _surfaces(nlp, text)
        if name not in got and not any(name in s for s in got):
            wrong.append((text, got))
    assert not wrong, wrong


def test_the_european_peoples_party_is_one_mention(nlp):
    got = _surfaces(nlp, "MEPs organised a major meeting of the European People's Party in Wicklow in May.")
    assert "European People's Party" in got
    assert "Party" not in got
