"""A reaction told on a noun that sums up the act before it is aimed at the act's doer, also when the noun carries
a relative clause ('a move that was condemned by Y') or opens an 'in' phrase ('in a move condemned by Y')
(``event_summaries.summary_noun``). Sentences of our own."""

import pytest


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The United States imposed sanctions on Iran on Monday, a move that was condemned by China.",
            "China",
            "United States",
        ),
        (
            "Israel expelled two Turkish diplomats, a decision which was criticised by the European Union.",
            "European Union",
            "Israel",
        ),
        (
            "The United States imposed sanctions on Iran on Monday, in a move condemned by China.",
            "China",
            "United States",
        ),
        (
            "In a move condemned by China, the United States imposed sanctions on Iran on Monday.",
            "China",
            "United States",
        ),
        ("Russia annexed Crimea in a move condemned by the West.", "West", "Russia"),
    ],
)
def test_the_reaction_is_aimed_at_the_doer_of_the_summed_act(event_roles, text, source, target):
    roles = event_roles(text, "ACCUSE")
    assert ("source", source) in roles and ("target", target) in roles, roles
