"""Round 37's hypothetical frames (development rows judged "not an event"), through the real spaCy pipeline: a modal
on a verb above the act's own clause that makes it counterfactual, a preference or a question (``remote_modals``,
``data/remote_modals.tsv``); a wish that a third party ascribes to an actor, whatever the act (``wished_acts``); words
of supposition added to ``data/event_frames.json`` ('presume', 'supposedly', 'provision')."""

from __future__ import annotations

import pytest

from sitrep.extract.remote_modals import examples
from tests.sitrep.extract.coding import readings, types


@pytest.mark.parametrize("row", examples(), ids=lambda r: f"{r['kind']}-{r['word']}-{r['plover']}")
def test_remote_modal_examples_code_nothing(nlp, row):
    assert row["plover"] not in types(nlp, row["example"]), readings(nlp, row["example"])


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The Bordurian minister signalled respect for the court by attending the hearing and rebuffing questions "
         "from Syldavia.", "REJECT"),
        ("The Bordurian police seized the camp, the protesters said.", "COERCE"),
    ],
)  # fmt: skip
def test_the_same_acts_told_as_done_stay(nlp, text, plover):
    assert plover in types(nlp, text), readings(nlp, text)


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Borduria also wants to expand military relations with Syldavia, a Syldavian analyst said.", "COOPERATE"),
        ("Analysts said the Bordurian president wanted to visit Syldavia next month.", "CONSULT"),
        ("Syldavian officials say the Bordurian government wants more aid from the European Union.", "REQUEST"),
        ("Sources said he wanted to deliver a letter to the Syldavian government.", "CONSULT"),
    ],
)
def test_a_wish_a_third_party_ascribes_codes_nothing(nlp, text, plover):
    assert plover not in types(nlp, text), readings(nlp, text)


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Borduria said it wants to expand military relations with Syldavia.", "COOPERATE"),
        ('"We want to expand military relations with Syldavia," the Bordurian defence minister said.', "COOPERATE"),
        ("Borduria said it wants more aid from the European Union.", "REQUEST"),
    ],
)
def test_the_actors_own_wish_stays(nlp, text, plover):
    assert plover in types(nlp, text), readings(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Bordurian hardliners want to close the border and expel the Syldavian ambassador.",
        "Bordurian generals want to mobilise reservists and invade Syldavia.",
    ],
)
def test_a_hostile_act_joined_to_a_wished_one_is_a_wish(nlp, text):
    assert "THREATEN" not in types(nlp, text), readings(nlp, text)


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Analysts presume that Chile attacked Peru.", "ASSAULT"),
        ("Chile will supposedly impose sanctions on Peru.", "THREATEN"),
        ("Chile now has the provision to sign the treaty with Peru.", "SUPPORT"),
    ],
)
def test_words_of_supposition(nlp, text, plover):
    assert plover not in types(nlp, text), readings(nlp, text)
