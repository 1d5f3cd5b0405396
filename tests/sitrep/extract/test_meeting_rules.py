"""The meeting rules' phrasal verbs: every row of ``data/phrasal_verbs.tsv`` codes its example as the base verb's
event, and the verb without its particle is no trigger."""

from datetime import date

import pytest

from sitrep.extract import event_triggers
from sitrep.extract.event_lexicon import VERBS
from sitrep.extract.event_syntax import verb_base
from sitrep.extract.events import doc_event_candidates

ROWS = event_triggers.read_tsv("phrasal_verbs.tsv")


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r['lemma']} {r['particle']}")
def test_each_phrasal_verb_codes_its_example(analyse, row):
    doc, ments = analyse(row["example"])
    verbs = [t for t in doc if t.lemma_ == row["lemma"]]
    assert verbs and verb_base(verbs[0]) == row["base"], [(t.text, t.lemma_, t.dep_) for t in doc]
    cands = doc_event_candidates(doc, ments, date(2024, 3, 8))
    assert any(c["event_type"] == VERBS[row["base"]][0] for c in cands), cands


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r['lemma']} {r['particle']}")
def test_the_verb_without_its_particle_is_no_trigger(analyse, row):
    doc, _ = analyse(row["example"].replace(f" {row['particle']} ", " ", 1))
    assert all(verb_base(t) != row["base"] for t in doc if t.lemma_ == row["lemma"])
