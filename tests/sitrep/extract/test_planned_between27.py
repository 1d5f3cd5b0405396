"""The 'between' parties of an offered or agreed act told by its infinitive are the act's targets: 'offered to
mediate between A and B' (``event_arg_nouns.verb_between_parties``)."""


def test_offer_to_mediate_between_two_states(event_roles):
    roles = event_roles("South Africa offered to mediate between Russia and Ukraine.", "AGREE")
    assert {("source", "South Africa"), ("target", "Russia"), ("target", "Ukraine")} <= roles


def test_offer_to_host_talks_between_two_parties(event_roles):
    roles = event_roles("Qatar offered to host talks between the United States and the Taliban.", "AGREE")
    assert {("target", "United States"), ("target", "Taliban")} <= roles


def test_a_road_between_two_towns_names_no_party(event_roles):
    roles = event_roles("Kenya pledged to build a road between Nairobi and Mombasa.", "AGREE")
    assert not any(role == "target" for role, _ in roles)
