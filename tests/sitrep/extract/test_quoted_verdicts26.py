"""A direct quotation that condemns a party's act is its speaker's ACCUSE of that party (sentences of our own;
sitrep/extract/quoted_verdicts.py, data/quoted_verdicts.tsv): the quotation's own clauses judge an act wrong, tell
a wrongdoing or a broken commitment, with the party named in the quotation or, for an act told back ('this
arrest'), the doer of the act told before. A quotation that praises, denies the wrong or asks codes nothing."""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = [r for r in read_tsv("quoted_verdicts.tsv") if r["example"]]
SPEAKER = "Pablo Ortiz Lagos"


def _accusers_and_accused(event_roles, text: str) -> tuple[set[str], set[str]]:
    roles = event_roles(text, "ACCUSE")
    return {n for r, n in roles if r == "source"}, {n for r, n in roles if r == "target"}


@pytest.mark.parametrize("row", ROWS, ids=[r["word"] for r in ROWS])
def test_every_verb_of_a_quotation_tells_its_clause_as_the_speakers_verdict(event_roles, row):
    sources, targets = _accusers_and_accused(event_roles, row["example"])
    assert SPEAKER in sources and "Peru" in targets, (row["example"], sources, targets)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Foreign minister Pablo Ortiz Lagos spoke in Santiago on Monday. \"Peru's seizure of the boats was"
            ' illegal. We will respond," he said.',
            SPEAKER,
            "Peru",
        ),
        (
            "Judge Ana Ruiz granted the editor asylum on Friday. \"The evidence demonstrates Freedonia's prosecution"
            ' of the editor was a pretext to silence him," Ruiz said.',
            "Ruiz",
            "Freedonia",
        ),
        (
            'Minister Omer Celik spoke on Thursday. "Turkey has fulfilled all its obligations under the deal while'
            ' the EU has not complied with any of them. We will decide soon," the minister said.',
            "Omer Celik",
            "EU",
        ),
        (
            'Police arrested Senator Maria Lopez on Friday. Senator Juan Perez spoke to reporters. "This arrest is'
            ' purely political vendetta. We will fight," he said.',
            "Juan Perez",
            "police",
        ),
    ],
)
def test_the_speaker_of_a_condemning_quotation_accuses_the_party(event_roles, text, source, target):
    sources, targets = _accusers_and_accused(event_roles, text)
    assert any(source in s for s in sources) and target in targets, (sources, targets)


@pytest.mark.parametrize(
    "text",
    [
        '"Peru\'s decision was not a mistake," the Chilean foreign minister Pablo Ortiz Lagos said.',
        '"Peru\'s decision was a wise step," the Chilean foreign minister Pablo Ortiz Lagos said.',
        '"Was Peru\'s decision illegal?" the Chilean foreign minister Pablo Ortiz Lagos asked.',
        'Foreign minister Pablo Ortiz Lagos spoke in Santiago. "Peru has honoured all its commitments," he said.',
        '"The ruling was illegal," a lawyer said.',
    ],
)
def test_a_quotation_that_praises_denies_or_asks_accuses_no_one(event_roles, text):
    assert not event_roles(text, "ACCUSE"), text
