"""A request told in a written message is made of the message's addressee (``letter_addressees``, the ``writing``
rows of ``data/letter_media.tsv``): 'wrote to X asking for the release of Y' asks X, not Y."""

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = [r for r in read_tsv("letter_media.tsv") if r["kind"] == "writing"]


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r["word"])
def test_the_request_asks_the_addressee(event_roles, row):
    roles = event_roles(row["example"], "REQUEST")
    assert ("target", "Anna Kovac") in roles and ("source", "Peter Novak") in roles
    assert not any(r == "target" and "Petrov" in (name or "") for r, name in roles)


@pytest.mark.parametrize(
    "text",
    [
        "Amnesty International wrote to the Iranian government urging the release of the detained French activists.",
        "The French embassy delivered a note to the Iranian government demanding the release of the crew.",
        "The French prime minister sent a letter to the Iranian president asking him to release the prisoners.",
    ],
)
def test_a_group_addressee_is_asked(event_roles, text):
    roles = event_roles(text, "REQUEST")
    targets = {name for r, name in roles if r == "target"}
    assert targets and targets <= {"Iranian", "government", "IRN", "president"}
    assert not any(r == "source" and name in {"Iranian"} for r, name in roles)


def test_a_request_naming_whom_it_asks_keeps_its_own_target(event_roles):
    text = "Peter Novak wrote to Anna Kovac urging Borduvian President Ivan Petrov to free the fishermen."
    roles = event_roles(text, "REQUEST")
    assert ("target", "Ivan Petrov") in roles and ("target", "Anna Kovac") not in roles


def test_a_book_is_no_message(event_roles):
    text = "Peter Novak wrote a book about Anna Kovac, calling for the release of Ivan Petrov."
    assert ("target", "Anna Kovac") not in event_roles(text, "REQUEST")
