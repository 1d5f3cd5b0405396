"""A personal pronoun as the people an attack hurt, with no named person behind it, stands for the nearest person
noun of its number before it ('The suspect fled. He was shot by police': the suspect), and that noun's group is
the attack's target (round 35, ``pronoun_victims``). Invented sentences through the real spaCy pipeline and the
event extraction; the person nouns the dictionaries lack are ``data/person_nouns.tsv``."""

from __future__ import annotations

import pytest

from sitrep.extract import entities, events
from sitrep.extract.data_files import read_tsv
from sitrep.extract.pronoun_victims import pronoun_noun

ROWS = read_tsv("person_nouns.tsv")


def _targets(nlp, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    by_idx = {m["idx"]: m for m in ments}
    out = []
    for cand in events.doc_event_candidates(doc, ments, None):
        if cand["event_type"] == "ASSAULT":
            for p in cand["participants"]:
                if p["role"] == "target":
                    m = by_idx.get(p["mention_idx"]) if p["mention_idx"] is not None else None
                    out.append((m["surface"] if m else p.get("group") or "", p.get("country_iso3")))
    return out


@pytest.mark.parametrize("row", ROWS, ids=[r["lemma"] for r in ROWS])
def test_the_pronoun_stands_for_the_person_noun(nlp, row):
    doc = nlp(row["example"])
    pron = next(t for t in doc if t.lower_ in {"he", "she"})
    noun = pronoun_noun(pron)
    assert noun is not None and noun.lemma_.lower() == row["lemma"], (row["example"], noun)


@pytest.mark.parametrize("row", ROWS, ids=[r["lemma"] for r in ROWS])
def test_the_person_is_the_target_not_the_place(nlp, row):
    targets = _targets(nlp, row["example"])
    assert targets and all(iso3 for _, iso3 in targets), targets
    assert all(s[:1].islower() for s, _ in targets), targets  # a group of people, not the place named


def test_a_named_gunman_taken_up_by_he(nlp):
    assert ("militants", "FRA") in _targets(nlp, "The gunman fled. He was shot by police in Paris an hour later.")


def test_a_thing_is_no_antecedent(nlp):
    doc = nlp("The bridge collapsed near the town. He was shot by police.")
    assert pronoun_noun(next(t for t in doc if t.lower_ == "he")) is None


def test_a_plural_pronoun_takes_a_plural_noun(nlp):
    doc = nlp("The farmers crossed the river near Mosul, where they were shot by militants.")
    noun = pronoun_noun(next(t for t in doc if t.lower_ == "they"))
    assert noun is not None and noun.lower_ == "farmers", noun
