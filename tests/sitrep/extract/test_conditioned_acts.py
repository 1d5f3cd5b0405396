"""Acts offered on a condition set on their own clause (``conditioned_acts``, ``data/conditioned_acts.tsv``), through
the real spaCy pipeline: an offer, readiness or promise of cooperation on a condition codes nothing; a hostile act on a
condition is a threat, an ultimatum stays THREATEN, a demand on a condition stays REQUEST, a commitment already made
stays; an act told inside the condition's clause is supposed."""

from __future__ import annotations

import pytest

from sitrep.extract import conditioned_acts
from sitrep.extract.conditioned_acts import examples
from tests.sitrep.extract.coding import readings, token, types


@pytest.mark.parametrize("row", examples(), ids=lambda r: f"{r['kind']}-{r['mark'].replace(' ', '_')}")
def test_mark_examples(nlp, row):
    found = types(nlp, row["example"])
    if row["plover"] == "-":
        assert row["coded"] not in found, readings(nlp, row["example"])
    else:
        assert row["plover"] in found, readings(nlp, row["example"])


def test_the_condition_is_found_on_the_offered_act(nlp):
    doc = nlp("The Syldavian president said he is willing to meet the Bordurian leader as long as the rebels disarm.")
    found = conditioned_acts.condition_of(token(doc, "meet"))
    assert found is not None and found[1] == "as long as"
    assert conditioned_acts.condition_of(token(doc, "disarm")) is None  # the condition's own verb


def test_an_indirect_question_with_if_sets_no_condition(nlp):
    doc = nlp("The Syldavian ministers will meet the Bordurian envoy to decide if they want to extend the truce.")
    assert conditioned_acts.condition_of(token(doc, "meet")) is None
    assert "CONSULT" in types(nlp, doc.text)


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The Bordurian army threatened to shell the Syldavian camps if the Syldavian troops cross the river.",
         "THREATEN"),
        ("The Bordurian army warned it would retaliate if Syldavia attacks.", "THREATEN"),
        ("The Bordurian general said Borduria will shell the Syldavian camps as long as the Syldavian troops stay in "
         "the valley.", "THREATEN"),
        ("The Bordurian general said the army will arrest the Syldavian smugglers provided that the court issues "
         "warrants.", "THREATEN"),
        ("The Bordurian minister urged Syldavia to free the prisoners if it wants the talks to resume.", "REQUEST"),
        ("The Bordurian minister asked Syldavia to free the prisoners provided that the talks resume.", "REQUEST"),
        ("Borduria promised to send aid to Syldavia if the Syldavian government asked for it.", "AGREE"),
    ],
)  # fmt: skip
def test_threats_demands_and_commitments_made_on_a_condition_stay(nlp, text, plover):
    assert plover in types(nlp, text), readings(nlp, text)


def test_the_mark_provided_that_is_no_act(nlp):
    text = "The Bordurian general said the army will arrest the smugglers provided that the court issues warrants."
    assert "REQUEST" not in types(nlp, text) and "AID" not in types(nlp, text), readings(nlp, text)


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("In case the port is seized by the Bordurian rebels, the Syldavian farmers will flee.", "THREATEN"),
        ("Syldavia will release the Bordurian sailors on condition that Borduria drops the charges.", "AGREE"),
    ],
)
def test_an_act_inside_the_condition_is_supposed(nlp, text, plover):
    assert plover not in types(nlp, text), readings(nlp, text)


def test_a_scene_inside_the_condition_is_told_as_taking_place(nlp):
    doc = nlp(
        "The Syldavian envoy said the deals, in case they are signed during his visit to Borduria, will double trade."
    )
    assert conditioned_acts.within_condition(token(doc, "signed"))
    assert not conditioned_acts.within_condition(token(doc, "visit"))


def test_the_act_a_verb_of_help_offers_carries_its_condition(nlp):
    text = "Syldavia will help Borduria rebuild the bridges provided that the Bordurian army leaves the valley."
    assert "AID" not in types(nlp, text), readings(nlp, text)
