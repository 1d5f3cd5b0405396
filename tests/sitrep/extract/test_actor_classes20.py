"""Actor classes of round 20, each checked on sentences of our own.

- a group of people owned by a named person ('Ana Ruiz's associates', 'followers of the cleric Omar Sidi') is
  that group alone, with the owner's country when the phrase gives none: they are arrested or march, not the one
  they follow (``event_arg_phrases._possessed_group``, NORP rows of ``data/event_groups.tsv``: associates,
  followers, loyalists, relatives); an armed group
  keeps its commander beside it ('Kato's fighters');
- the owner of a measure that an agentless passive of a retreat or concession lifts or ends ("Peru's ban on
  fishing was lifted", "the army's curfew was ended") is the one giving it up, its source, even when the measure
  is no event noun; whom the measure was aimed at stays the target (``event_arg_sides.measure_owners``);
- a capital in the 'from' phrase of a demand noun ('bowed to pressure from Lima', 'an ultimatum from Moscow'; the
  ``@demand`` class of ``data/trigger_objects.tsv``) is its state, the target of the concession, also when the
  parser reads 'to pressure' as an infinitive (``seat_actors.state_party``);
- a country an act is aimed 'at' ('gunmen fired rockets at Ruritania') is its target, not where it happened: an
  unnamed attacker does not take its country (``domestic_groups._where``, ``event_arg_places._aimed_at_state``);
  a town or country 'in' which it happened still gives it ('gunmen attacked a village in Ruritania');
- a region of one country where an act happened ('in the Niger Delta', 'in Darfur') gives an unnamed group its
  country, as a town there does (``domestic_groups._mention_country``);
- a demonym on an area noun of a group's place phrase ('police in the Kenyan capital', 'a blast in the Iraqi
  capital') is where the group is, with that country, not a party of its own (``event_arg_places._area_demonym``);
- an open state group (government, troops, police) facing rebels, protesters or an opposition of one country
  ('Peruvian rebels shot down a government helicopter') is that country's (``domestic_groups._rebels_state``);
  facing a named state's forces it stays open;
- an office holder of a state's executive, forces or courts who tells an agentless act of custody ('Interior
  Minister Ana Ruiz said 40 protesters were detained') speaks for the state that did it: its source; a lawmaker
  or an opposition leader who tells it is not (``event_authorities._authority``).
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract import entities, events
from tests.sitrep.extract.coding import group_countries


def sides(nlp, text: str, etype: str) -> list[tuple[set, set]]:
    """(source names, target names) of each candidate of ``etype``: a group by its group name."""
    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    surface = {m["idx"]: m["surface"] for m in ments}
    out = []
    for c in events.doc_event_candidates(doc, ments, None):
        if c["event_type"] != etype:
            continue
        names = {"source": set(), "target": set()}
        for p in c["participants"]:
            if p["role"] in names:
                names[p["role"]].add(p.get("group") or surface.get(p.get("mention_idx")))
        out.append((names["source"], names["target"]))
    return out


@pytest.mark.parametrize(
    ("text", "etype", "group", "owner"),
    [
        ("Police arrested nine associates of Dmitri Volkov at his campaign office.", "COERCE", "associates", "Volkov"),
        ("Dmitri Volkov's associates were detained by the police on Friday.", "COERCE", "associates", "Volkov"),
        ("Riot police detained dozens of supporters of Ana Ruiz outside the court.", "COERCE", "supporters", "Ruiz"),
    ],
)
def test_people_of_a_named_person_are_the_target_not_the_person(nlp, text, etype, group, owner):
    found = sides(nlp, text, etype)
    assert found, found
    _, targets = found[0]
    assert group in targets and not any(owner in (t or "") for t in targets), found


def test_relatives_of_victims_are_the_protesting_side(nlp):
    found = sides(nlp, "Relatives of the drowned fishermen protested outside the ministry in Lima.", "PROTEST")
    assert found and "relatives" in found[0][0], found


def test_followers_of_a_person_march_without_him(nlp):
    found = sides(nlp, "Followers of the cleric Omar Sidi marched through the capital on Friday.", "PROTEST")
    assert found and "supporters" in found[0][0] and not any("Sidi" in (s or "") for s in found[0][0]), found


def test_an_armed_group_keeps_its_commander_beside_it(nlp):
    found = sides(nlp, "Kato's fighters attacked the village on Sunday.", "ASSAULT")
    assert found and {"militants", "Kato"} <= found[0][0], found


@pytest.mark.parametrize(
    ("text", "etype", "owner", "aimed_at"),
    [
        ("Peru's ban on fishing boats from Chile was lifted on Monday.", "CONCEDE", "Peru", "Chile"),
        ("Washington's sanctions on Iran were eased last week.", "RETREAT", "Washington", "Iran"),
    ],
)
def test_the_owner_of_a_lifted_measure_gives_it_up(nlp, text, etype, owner, aimed_at):
    found = sides(nlp, text, etype)
    assert found and owner in found[0][0] and aimed_at in found[0][1], found


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The government of Ecuador yielded to pressure from Lima and freed the fishermen.", "Lima"),
        ("Bolivia bowed to pressure from Santiago on Tuesday.", "Santiago"),
        ("The cabinet caved in to an ultimatum from Moscow over the pipeline.", "Moscow"),
    ],
)
def test_the_capital_pressing_a_concession_is_its_target(nlp, text, state):
    found = sides(nlp, text, "CONCEDE")
    assert found and state in found[0][1], found


@pytest.mark.parametrize(
    ("text", "group", "country"),
    [
        ("Gunmen fired rockets at Kenya from across the border on Monday.", "militants", None),
        ("Rebels fired missiles at Ukraine overnight.", "rebels", None),
        ("Gunmen attacked a village in Nigeria on Monday.", "militants", "NGA"),
    ],
)
def test_a_country_aimed_at_gives_the_attackers_no_country(nlp, text, group, country):
    found = group_countries(nlp, [text], "aimed", date(2023, 4, 1)).get("aimed0", {})
    assert found.get(group) == {country}, found


@pytest.mark.parametrize(
    ("text", "group", "country"),
    [
        ("Gunmen seized two engineers near a pipeline in the Niger Delta.", "militants", "NGA"),
        ("Soldiers shelled three villages in Darfur on Friday.", "military", "SDN"),
    ],
)
def test_a_region_of_one_country_gives_a_group_its_country(nlp, text, group, country):
    found = group_countries(nlp, [text], "region", date(2023, 6, 1)).get("region0", {})
    assert found.get(group) == {country}, found


def test_a_demonym_on_an_area_noun_places_the_group(nlp):
    found = sides(nlp, "Opposition supporters fought with police in the Chilean capital on Monday.", "ASSAULT")
    assert found and "police" in found[0][1] and "Chilean" not in found[0][1], found
    countries = group_countries(nlp, ["Opposition supporters fought with police in the Chilean capital on Monday."],
                                "area", date(2023, 8, 1)).get("area0", {})  # fmt: skip
    assert countries.get("police") == {"CHL"}, countries


@pytest.mark.parametrize(
    ("text", "group", "country"),
    [
        ("Peruvian rebels said they shot down a government helicopter.", "government", "PER"),
        ("Nepalese insurgents ambushed army troops on Monday.", "military", "NPL"),
    ],
)
def test_the_state_group_rebels_rise_against_is_theirs(nlp, text, group, country):
    found = group_countries(nlp, [text], "rising", date(2023, 9, 1)).get("rising0", {})
    assert found.get(group) == {country}, found


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Interior Minister Rosa Vidal said 30 demonstrators were detained overnight.", {"Rosa Vidal"}),
        ("Prime Minister Tomas Herrera said that eleven fishermen had been released.", {"Tomas Herrera"}),
        ("Senator Rosa Vidal said 30 demonstrators were detained overnight.", set()),
    ],
)
def test_a_state_office_holder_telling_an_arrest_is_its_doer(nlp, text, doer):
    found = [f for t in ("COERCE", "RETREAT") for f in sides(nlp, text, t)]
    assert found and found[0][0] == doer, found
