"""A bare 'the country' whose own sentence names its state only by a demonym refers to that state, not to a country
named in an earlier sentence (``sentence_demonyms``)."""


def test_the_demonym_of_its_own_sentence_is_nearer_than_an_earlier_country(event_roles):
    text = "Germany protested on Monday. The Kenyan foreign minister said the country would expel two German diplomats."
    roles = event_roles(text, "THREATEN")
    assert ("source", "KEN") in roles  # an unnamed state actor: the article names no Kenya
    assert ("source", "Germany") not in roles


def test_a_demonym_of_officials_names_the_country_meant(event_roles):
    text = "Kenya held elections last year. Turkish officials said the country would expel two German diplomats."
    roles = event_roles(text, "THREATEN")
    assert ("source", "TUR") in roles
    assert ("source", "Kenya") not in roles


def test_a_country_named_after_the_demonym_is_still_the_antecedent(event_roles):
    text = "Turkish officials said Kenya had warned that the country would expel two German diplomats."
    assert ("source", "TUR") not in event_roles(text, "THREATEN")


def test_the_state_s_own_mention_is_used_when_the_article_names_it(event_roles):
    text = (
        "Turkey held elections. Germany protested. Turkish officials said the country would expel two German diplomats."
    )
    roles = event_roles(text, "THREATEN")
    assert ("source", "Turkey") in roles
    assert ("source", "Germany") not in roles
