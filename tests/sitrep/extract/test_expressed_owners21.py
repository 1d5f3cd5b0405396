"""The owner of a feeling or message a verb of expressing conveys is the expresser's side, never its target
("conveyed Japan's concern to the Russian side"; ``event_arg_sides.means_owners`` with the EXPRESSED_CLASSES of
``trigger_objects.tsv`` when the verb and the class make a curated entry). A verb that answers the feeling
('dismissed Japan's concerns') keeps its owner as the target."""

import pytest

from tests.sitrep.extract.coding import dyads


@pytest.mark.parametrize(
    ("text", "etype", "owner", "recipient"),
    [
        ("The envoy conveyed Peru's alarm to the Chilean foreign ministry.", "ACCUSE", "Peru", "Chilean"),
        ("The minister expressed Kenya's deep regret to the Ugandan government.", "CONCEDE", "Kenya", "Ugandan"),
        ("Mr Sato conveyed Japan's concern to the Russian side on Monday.", "ACCUSE", "Japan", "Russian"),
    ],
)
def test_the_owner_of_an_expressed_feeling_is_no_target(nlp, text, etype, owner, recipient):
    got = dyads(nlp, text, etype)
    assert got, text
    assert all(owner not in tgt for _, tgt in got), got
    assert any(recipient in tgt for _, tgt in got), got


def test_the_owner_of_a_dismissed_concern_stays_the_target(nlp):
    got = dyads(nlp, "Russia dismissed Japan's concerns about the missiles.", "REJECT")
    assert any("Japan" in tgt for _, tgt in got), got
