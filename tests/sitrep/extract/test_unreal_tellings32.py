"""Acts told in a frame that is no news of the world (``unreal_tellings``): a campaign pledge and a work of fiction's
plot code nothing; a scant effort's purpose ('did little to stop', ``undone_acts.scant_effort``) codes nothing.
The same acts told as done still code. Invented sentences, through the real extraction."""

import pytest

BLOCKED = [
    ("Garcia has vowed to meet the Chilean president if elected.", "CONSULT"),
    ('"I will meet the Chilean president if I become president," Garcia said.', "CONSULT"),
    ("Garcia has promised to put the Chilean treaty to a vote if he wins the election.", "AGREE"),
    ("Garcia made a campaign promise to meet the Chilean president.", "CONSULT"),
    ("During the campaign, Garcia promised to meet the Chilean president.", "AGREE"),
    ("Garcia never acted on his campaign threats to impose sanctions on Chile.", "SANCTION"),
    ("In the film, a Chilean police officer shoots a Peruvian farmer.", "ASSAULT"),
    ("The novel tells how Peruvian rebels attacked a Chilean village.", "ASSAULT"),
    ("The episode shows Chilean soldiers arresting a Peruvian smuggler.", "COERCE"),
    ("In the movie, the Peruvian president meets the Chilean leader in Lima.", "CONSULT"),
    ("Lima had done little to halt the raids on Chilean fishermen.", "AGREE"),
    ("Peru did very little to punish the Chilean smugglers.", "COERCE"),
    ("Peru has not done enough to protect Chilean migrants.", "AID"),
]

KEPT = [
    ("Garcia has vowed to meet the Chilean president.", "AGREE"),
    # a candidate's threat against another party stays a threat
    ("During the campaign, Garcia threatened to impose tariffs on Chilean goods.", "THREATEN"),
    ("During the campaign, Russian hackers attacked the Democratic Party.", "ASSAULT"),
    ("In a series of raids, Chilean police arrested Peruvian smugglers.", "COERCE"),
    ("China banned the film, which shows police beating protesters.", "COERCE"),
    ("Peru has done much to help Chilean migrants.", "AID"),
    ("A Chilean police officer shot a Peruvian farmer.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "etype"), BLOCKED)
def test_a_pledge_a_plot_or_a_scant_effort_codes_nothing(event_roles, text, etype):
    assert event_roles(text, etype) == set()


@pytest.mark.parametrize(("text", "etype"), KEPT)
def test_the_same_acts_told_as_news_still_code(event_roles, text, etype):
    assert event_roles(text, etype) != set()


def test_the_plot_frame_needs_the_work_noun(event_roles):
    """'In the square' sets a scene of the news; only a work of fiction makes a plot."""
    assert ("source", "police") in event_roles(
        "In the square, a Chilean police officer shot a Peruvian farmer.", "ASSAULT"
    )
