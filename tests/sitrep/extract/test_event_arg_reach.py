"""Arguments a plain subject/object reading misses: a subject the parser hung on the clause before
(``event_arg_clauses``), the agent of a participle on an event noun (``event_arg_nouns``) and the group a held
thing names (``event_arg_phrases``), a role noun's side (``event_arg_groups``) and the doer a time clause tells for
a passive with no agent (``event_args``)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "etype", "expected", "unexpected"),
    [
        # the next verb's subject hung as the last object of the clause before
        (
            "Sweden has already sent troops to Mali and Norway urged Sweden to send more.",
            "REQUEST",
            ("source", "Norway"),
            ("source", "Sweden"),
        ),
        # an event noun criticised: whoever imposed it (the participle's agent) is the target
        (
            "Iran's foreign minister criticized the sanctions imposed by Washington.",
            "ACCUSE",
            ("target", "Washington"),
            None,
        ),
        # what a group holds ('rebel positions', 'a police station') names the group hit
        ("The army shelled rebel positions overnight.", "ASSAULT", ("target", "rebels"), None),
        ("Gunmen attacked a police station in Dagestan.", "ASSAULT", ("target", "police"), None),
        # a role noun's group modifier says whose side it is ('militia leaders' are militants, not a government)
        ("Two militia leaders were shot dead in Goma.", "ASSAULT", ("target", "militants"), ("target", "government")),
        # a passive with no agent: a time clause of the same category tells who did it (gunmen: violence by
        # protesters is their riot, a PROTEST, so it lends an ASSAULT no source)
        (
            "Three policemen were wounded when gunmen stormed the station.",
            "ASSAULT",
            ("source", "militants"),
            None,
        ),
    ],
)
def test_arguments_the_parse_hides(event_roles, text: str, etype: str, expected, unexpected) -> None:
    roles = event_roles(text, etype)
    assert expected in roles
    assert unexpected not in roles
