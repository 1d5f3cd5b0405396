"""The city whose streets a protest takes to is its scene: the one its demand names is the target
(``place_holders.part_place``)."""


def test_demanded_resignation_names_the_target(event_roles):
    text = "Protesters took to the streets of Lima on Monday, demanding the resignation of President Dina Boluarte."
    roles = event_roles(text, "PROTEST")
    assert ("target", "Dina Boluarte") in roles
    assert ("target", "Lima") not in roles


def test_city_with_other_cities_and_a_second_clause(event_roles):
    text = (
        "Tens of thousands of demonstrators took to the streets of Seoul and other cities, battling riot police "
        "and demanding the resignation of President Chun Doo Hwan."
    )
    assert ("target", "Chun Doo Hwan") in event_roles(text, "PROTEST")


def test_without_a_demand_the_city_stays(event_roles):
    assert ("target", "Lima") in event_roles("Protesters took to the streets of Lima on Monday.", "PROTEST")
