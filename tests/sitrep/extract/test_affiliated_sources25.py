"""A person named with a post at an organisation in an appositive after the name acts for the organisation too
(``affiliated_sources``), as with the post in the title run before the name."""

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("org_voices.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[r["word"] for r in ROWS])
def test_post_of_the_data_file_credits_its_organisation(event_roles, row):
    credited = ("source", row["org"]) in event_roles(row["example"], row["etype"])
    assert credited == (row["kind"] == "voice")


@pytest.mark.parametrize(
    ("text", "etype", "org"),
    [
        (
            '"Our investigations found that police kill drug suspects," said Peter Vell, emergencies director at Human'
            " Rights Watch.",
            "ACCUSE",
            "Human Rights Watch",
        ),
        (
            "Kenneth Roth, executive director of Human Rights Watch, accused the government of lying.",
            "ACCUSE",
            "Human Rights Watch",
        ),
        (
            "Ana Ruiz, a senior official at the Red Crescent, accused the army of shelling the hospital.",
            "ACCUSE",
            "Red Crescent",
        ),
    ],
)
def test_office_in_the_appositive_credits_the_organisation(event_roles, text, etype, org):
    roles = event_roles(text, etype)
    assert ("source", org) in roles
    assert any(r == "source" and s not in {org} for r, s in roles)  # the person stays a source


@pytest.mark.parametrize(
    ("text", "etype", "org"),
    [
        (
            "Ana Ruiz, a fellow at the Brookings Institution, criticized the government's plan.",
            "ACCUSE",
            "Brookings Institution",
        ),
        ("Ana Ruiz, a member of the Labour Party, criticized the budget.", "ACCUSE", "Labour Party"),
    ],
)
def test_posts_that_speak_for_themselves_credit_no_organisation(event_roles, text, etype, org):
    assert ("source", org) not in event_roles(text, etype)
