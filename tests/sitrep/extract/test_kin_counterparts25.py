"""A relative named only by 'his'/'her' and a kin noun, as the one an act is aimed at, is the one other person of the
article whose full name ends in the actor's family name (``kin_counterparts``)."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Tad Cummins vanished with a student. His wife, Jill Cummins, made an emotional plea to her husband on Friday.",
        "Tom Baker fled. Susan Baker urged her husband to come home.",
        "Police are hunting Tom Baker. His mother, Susan Baker, appealed to her son to give himself up.",
    ],
)
def test_relative_by_pronoun_is_the_namesake(event_roles, text):
    roles = event_roles(text, "REQUEST")
    assert any(r == "target" and s.endswith(("Cummins", "Baker")) and s.startswith(("Tad", "Tom")) for r, s in roles)


@pytest.mark.parametrize(
    "text",
    [
        "Tom Baker and Eric Baker fled. Susan Baker urged her husband to come home.",  # two namesakes: which one?
        "Tom Baker fled. Luis Baker urged her husband to come home.",  # 'her' is not Luis
    ],
)
def test_no_single_namesake_of_the_pronoun_names_no_target(event_roles, text):
    assert not any(r == "target" for r, _ in event_roles(text, "REQUEST"))
