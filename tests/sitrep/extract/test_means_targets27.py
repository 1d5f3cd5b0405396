"""An act told as the means of an answer ('retaliated against X by banning exports') is aimed at the one answered
(``means_targets``)."""


def test_retaliation_by_a_ban(event_roles):
    roles = event_roles("Beijing retaliated against Washington by banning exports of gallium.", "SANCTION")
    assert ("source", "Beijing") in roles
    assert ("target", "Washington") in roles


def test_response_to_an_owned_act(event_roles):
    roles = event_roles("China responded to the US sanctions by banning exports of gallium.", "SANCTION")
    assert ("target", "US") in roles


def test_an_act_with_its_own_target_keeps_it(event_roles):
    roles = event_roles("Russia retaliated against Poland by expelling two Lithuanian diplomats.", "SANCTION")
    assert not any(name == "Poland" for _, name in roles)
