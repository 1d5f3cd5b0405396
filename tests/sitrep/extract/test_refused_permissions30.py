"""A permission refused (``refused_permissions``, ``data/refused_permissions.tsv``): 'did not allow the inspectors to
enter' is REJECT (CAMEO 1245 'decline to allow'), 'will not tolerate interference' a warning, THREATEN (CAMEO 130);
the same verbs affirmed, a past 'did not tolerate', and a subject that is no actor code no refusal."""

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("refused_permissions.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[r["verb"] for r in ROWS])
def test_a_refused_permission_is_coded(event_roles, row):
    roles = event_roles(row["example"], row["plover"])
    assert ("source", "Chile") in roles, roles


def test_a_refused_access_is_no_denied_retreat(event_roles):
    text = "Chile did not allow the Peruvian inspectors to enter the port."
    assert event_roles(text, "RETREAT") == set()
    assert ("target", "Peruvian") in event_roles(text, "REJECT")


@pytest.mark.parametrize(
    "text",
    [
        "Chile allowed Peruvian warships to dock in its ports.",
        "Chile did not tolerate Peruvian interference in its elections.",
        "The weather did not allow the plane to land.",
        "The constitution does not allow a president to serve a third term.",
    ],
)
def test_no_refusal_without_a_refusing_actor_or_a_negation(event_roles, text):
    assert event_roles(text, "REJECT") == set()
    assert event_roles(text, "THREATEN") == set()
