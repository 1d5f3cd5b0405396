"""Event precision classes of round 22 (development samples of seeds 2020, 2222 and 2323), each checked on
sentences of our own.

- being caught in the crossfire, in the fighting or in clashes says where someone was, no seizure of them; the
  'in' phrase of 'catch' is read with its objects (``event_agency.json`` scene_verbs, ``trigger_senses.tsv``
  catch); catching fire, a flight or someone's eye is no seizure either; police catching smugglers stays one.
"""

import pytest

from tests.sitrep.extract.coding import types


@pytest.mark.parametrize(
    "text",
    [
        "Three shepherds were caught in the crossfire between the army and the smugglers.",
        "Hundreds of villagers were caught in the fighting near the Chilean border.",
        "The Bolivian trucker was caught in the clashes outside the mine.",
        "A Peruvian fishing boat caught fire off the coast on Monday.",
        "The mayor's speech caught the eye of the Chilean press.",
    ],
)
def test_being_caught_in_fighting_is_no_seizure(nlp, text):
    assert "COERCE" not in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chilean police caught three smugglers near the border on Monday.",
        "The coast guard caught two smugglers in a speedboat off Arica.",
    ],
)
def test_catching_people_stays_a_seizure(nlp, text):
    assert "COERCE" in types(nlp, text)
