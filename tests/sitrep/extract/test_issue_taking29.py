"""Taking issue with a party's words is criticism (triggers_curated.tsv: 'take' + 'issue', ACCUSE disapprove), as
taking a swipe at it is."""


def test_taking_issue_with_a_plan_is_criticism(event_roles):
    roles = event_roles("Chile took issue with the Peruvian plan for the river.", "ACCUSE")
    assert ("source", "Chile") in roles
