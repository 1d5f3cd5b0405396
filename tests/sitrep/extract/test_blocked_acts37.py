"""What 'block' blocks decides the act (``triggers_curated.tsv``, ``trigger_objects.tsv`` @barred_acts/@censored,
``trigger_senses.tsv``): officials kept from addressing a rally or searching a building, a nominee, a release are
refused (REJECT); media and sites blocked are restricted (COERCE restrict); imports blocked are a sanction; a
physical blockade of a road or a port stays CAMEO's coercion. And a letter that is the medium of another act ('In
a letter sent to X, Y denounced ...') is no consultation beside that act (``letter_acts``)."""


def test_officials_kept_from_addressing_a_rally_are_refused(event_roles):
    text = "The Peruvian police blocked the Chilean foreign minister Ana Ruiz from addressing the rally."
    assert ("target", "Ana Ruiz") in event_roles(text, "REJECT")
    assert not event_roles(text, "COERCE")


def test_inspectors_kept_from_searching_are_refused(event_roles):
    text = "The Peruvian army blocked Chilean inspectors from searching the port."
    assert event_roles(text, "REJECT")
    assert not event_roles(text, "COERCE")


def test_a_push_to_block_a_named_minister_is_a_rejection_not_a_threat(event_roles):
    text = "The Chilean senate confirmed Ana Ruiz as minister despite a push by Peruvian senators to block her."
    assert ("target", "Ana Ruiz") in event_roles(text, "REJECT")
    assert not event_roles(text, "THREATEN")


def test_blocking_a_website_is_a_restriction(nlp):
    from sitrep.extract import entities, events

    doc = nlp("The Peruvian government blocked the Chilean news website on Monday.")
    cands = events.doc_event_candidates(doc, entities.doc_mentions(doc), None)
    assert [(c["event_type"], c.get("event_mode")) for c in cands] == [("COERCE", "restrict")]


def test_blocking_imports_is_a_sanction(event_roles):
    text = "Peru blocked imports of Chilean beef after the outbreak."
    assert ("source", "Peru") in event_roles(text, "SANCTION")
    assert not event_roles(text, "COERCE")


def test_a_blockade_of_a_port_by_troops_stays_a_coercion(event_roles):
    text = "Peruvian troops blocked the port of Arica on Monday."
    assert event_roles(text, "COERCE")
    assert not event_roles(text, "REJECT")


def test_rebels_blocking_a_road_keep_their_blockade(event_roles):
    text = "Peruvian rebels blocked the main road to Lima on Sunday."
    assert event_roles(text, "COERCE") or event_roles(text, "PROTEST")  # ('@ways': a blockade, as before)
    assert not event_roles(text, "REJECT")


def test_blocking_a_release_is_a_refusal(event_roles):
    text = "The Peruvian ministry blocked the release of the inquiry's findings on the Chilean fishermen."
    assert event_roles(text, "REJECT")
    assert not event_roles(text, "COERCE")


def test_a_letter_that_is_the_medium_of_a_denunciation_is_no_consultation(event_roles):
    text = (
        "In a letter sent to the Peruvian president on Monday, Amnesty International and 50 other groups "
        "denounced the new mining law."
    )
    assert ("source", "Amnesty International") in event_roles(text, "ACCUSE")
    assert not event_roles(text, "CONSULT")


def test_a_letter_beside_another_act_stays_a_consultation(event_roles):
    text = (
        "The Peruvian foreign minister Ana Ruiz sent a letter to the Chilean president on Monday, and she "
        "criticized the new border rules in a speech."
    )
    assert ("source", "Ana Ruiz") in event_roles(text, "CONSULT")
    assert ("source", "Ana Ruiz") in event_roles(text, "ACCUSE")
