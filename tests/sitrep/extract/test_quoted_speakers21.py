"""Acts told in the first person inside a quotation, also one that runs over several sentences, are its
speaker's; pronouns that follow back over sentences about things (texts of our own)."""

from __future__ import annotations

import pytest

from sitrep.extract import entities, quoted_speakers, quotes
from sitrep.extract.event_context import EventContext
from sitrep.extract.event_syntax import quoted

EXAMPLES = quoted_speakers.data()["examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"][:40] for e in EXAMPLES])
def test_every_example_gives_the_first_person_act_to_the_speaker(event_roles, example):
    roles = event_roles(example["text"], example["type"])
    for role in ("source", "target"):
        if role in example:
            assert (role, example[role]) in roles


def test_a_first_person_subject_outside_any_quotation_stands_for_no_one(nlp):
    doc = nlp("We condemn the attack on the embassy, the minister wrote in an opinion column.")
    ctx = EventContext(doc, entities.doc_mentions(doc), None)
    assert all(quoted_speakers.first_person_speaker(ctx, tok) is None for tok in doc)


def test_a_quotation_nobody_is_named_for_gives_no_speaker(event_roles):
    text = (
        "Rebels shelled the city on Monday. "
        '"We demand that the army withdraw from the north. The shelling must stop," officials said.'
    )
    assert not any(role == "source" for role, _ in event_roles(text, "REQUEST"))


def test_a_third_person_pronoun_inside_a_long_quotation_is_not_its_speaker(event_roles):
    text = '"The sanctions are illegal. They attacked us without reason," Venezuelan Foreign Minister Yvan Gil said.'
    roles = event_roles(text, "ASSAULT")
    assert ("source", "Yvan Gil") not in roles
    assert ("target", "Yvan Gil") in roles


def test_a_sentence_inside_a_quotation_opened_in_the_sentence_before_is_quoted(nlp):
    doc = nlp('"We will not yield. They attacked us," he said.')
    they = next(t for t in doc if t.lower_ == "they")
    said = next(t for t in doc if t.lower_ == "said")
    assert quoted(they) and not quoted(said)


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        (
            "Turkey accused Greece of provocations on Monday. The dispute has lasted for decades. "
            "It demanded that Athens withdraw its troops from the islands.",
            "REQUEST",
            "Turkey",
        ),
        (
            "The rebels seized the town of Kidal on Sunday. The town lies near the border. "
            "On Monday they attacked an army base.",
            "ASSAULT",
            "rebels",
        ),
        (
            "China sent warships near Taiwan on Monday, the defence ministry said. "
            "It also accused Washington of arming the island.",
            "ACCUSE",
            "China",
        ),
    ],
)
def test_a_pronoun_follows_back_over_a_sentence_about_a_thing(event_roles, text, etype, source):
    assert ("source", source) in event_roles(text, etype)


def test_a_pronoun_does_not_follow_back_over_an_actor_of_another_kind(event_roles):
    text = (
        "Turkey accused Greece of provocations on Monday. The Greek foreign minister rejected the claim. "
        "It demanded that Athens withdraw its troops."
    )
    assert ("source", "Turkey") not in event_roles(text, "REQUEST")


def test_the_minister_is_the_one_titled_minister_before_a_name_whose_title_was_cut(nlp):
    text = (
        "Turkish Minister for EU Affairs Mehmet Yilmaz spoke in Ankara on Thursday. "
        '"The EU has failed to keep its word. We see no reason to continue," the minister said.'
    )
    doc = nlp(text)
    mentions = entities.doc_mentions(doc)
    by_idx = {m["idx"]: m for m in mentions}
    (quote,) = quotes.doc_quotes(doc, mentions)
    assert by_idx[quote["speaker_mention_idx"]]["surface"] == "Mehmet Yilmaz"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Hungary blocked the EU statement on Monday. Brussels urged it to reconsider.", "Hungary"),
        ("Iran seized a tanker in the Gulf on Friday. Britain called on it to release the ship.", "Iran"),
        ("Russia tested a missile on Monday. The UN asked it to stop.", "Russia"),
    ],
)
def test_an_it_asked_to_act_is_the_state_told_of_before(event_roles, text, target):
    assert ("target", target) in event_roles(text, "REQUEST")


def test_an_it_with_no_act_asked_of_it_stays_a_thing(event_roles):
    roles = event_roles("The EU published a plan on Monday. Poland rejected it.", "REJECT")
    assert not any(role == "target" for role, _ in roles)
