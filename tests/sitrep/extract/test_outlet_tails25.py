"""An outlet tagged with the lower-case noun of its kind ("the KCNA news agency") is mentioned by its name
(``data/outlet_tails.tsv``: each row's example, through the real mention extraction)."""

from sitrep.extract import entities
from sitrep.extract.data_files import read_tsv
from sitrep.extract.outlet_tails import outlet_name_end

ROWS = read_tsv("outlet_tails.tsv")


def test_each_row_example_mentions_the_outlet_by_its_name(nlp):
    wrong = []
    for row in ROWS:
        text, name = row["example"].split(" => ")
        surfaces = {m["surface"] for m in entities.doc_mentions(nlp(text))}
        if name not in surfaces or any(row["word"] in s for s in surfaces):
            wrong.append((text, surfaces))
    assert not wrong, wrong


def test_a_name_of_lower_case_words_only_is_kept_whole():
    text = "the daily"
    assert outlet_name_end(text, 0, len(text)) == len(text)
