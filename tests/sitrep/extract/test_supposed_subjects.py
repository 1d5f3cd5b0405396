"""Acts named as the subject of a supposition (``supposed_subjects``, ``data/supposed_subjects.tsv``), through the
real spaCy pipeline on invented sentences: a gerund or infinitive subject of a modal verb ('imposing sanctions could
backfire'), or the infinitive an expletive 'it' stands for before a modal copula ('it would be a mistake to expel'),
codes no event; the same acts told as done, planned or said by their actor stay."""

from __future__ import annotations

import pytest

from sitrep.extract.supposed_subjects import examples
from tests.sitrep.extract.coding import readings, types


@pytest.mark.parametrize("row", examples(), ids=lambda r: f"{r['kind']}-{r['word']}-{r['plover']}")
def test_supposed_subject_examples_code_nothing(nlp, row):
    assert row["plover"] not in types(nlp, row["example"]), readings(nlp, row["example"])


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Deporting the Syldavian migrants might anger the government in Klow, analysts said.", "COERCE"),
        ("The Bordurian minister said arresting the Syldavian activists would only inflame the crisis.", "COERCE"),
        ("It could be dangerous to send Bordurian troops to Syldavia, the senator said.", "THREATEN"),
    ],
)  # fmt: skip
def test_more_supposed_subjects_code_nothing(nlp, text, plover):
    assert plover not in types(nlp, text), readings(nlp, text)


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Borduria expelled the Syldavian envoy on Monday.", "SANCTION"),
        ("Imposing sanctions on Syldavia was a mistake, the Bordurian senator said.", "SANCTION"),
        ("Borduria said it would expel the Syldavian envoy.", "THREATEN"),
        ("The Bordurian police arrested the Syldavian activists, which could inflame the crisis.", "COERCE"),
    ],
)  # fmt: skip
def test_acts_told_as_done_or_planned_stay(nlp, text, plover):
    assert plover in types(nlp, text), readings(nlp, text)
