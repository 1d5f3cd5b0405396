"""Actor classes of round 19, each checked on sentences of our own.

- a city standing as an actor for the organisation seated there ('talks with Brussels', 'Brussels fined the
  firm', 'pressure from Brussels') is that organisation, not the city's country; as a place or inside a name
  ('a summit in Brussels', 'flew to Brussels', 'Brussels police') it stays the city (``seat_actors``,
  ``data/seat_actors.tsv``);
- a strike's employer named in the strikers' own phrase ('Ruritex machinists', 'employees of X', 'workers at X's
  plant', 'nurses employed by X') is its target, not a striker; the working people are its source; their own
  union stays the source (``strike_employers``);
- a protest told with a clause of denouncing, alone or joined to another ('marched, waving banners and denouncing
  X'), is against X, or against the owner of the policy it denounces ("denouncing the government's reform"), not
  against one an act was done to ("condemning Ana's arrest") (``event_arg_demands``, denounce_verb rows);
- a capitalised common noun opening a sentence ('Students marched') is no movement's adjective: the group gets no
  country from an organisation whose name opens with that word;
- an armed group the actor owns and acts with ('attacked the town with his militia', 'with its air force') is
  on its side, not a target; a group it clashes with stays the target (``event_args._own_force``);
- the victim of the crime someone is charged with ('charged a man with the murder of X') is no target of the
  charge: the accused is (``event_arg_scenes.charge_phrase``, ``_unless_victims_of_charge``);
- a threat to file a complaint about someone's policy ('threatened to file a complaint about X's law') is aimed
  at the policy's owner; talks about it are not (``event_arg_clauses._grievance_topic``);
- 'them' as the object of a verb joined to another takes up that verb's plural object, not a nearer plural in
  between ('seized rifles from the gangs and destroyed them': the rifles, no group;
  ``plural_pronouns.parallel_object``);
- officials journeying somewhere ('the foreign minister flew to Paris', 'a delegation arrived in Tokyo') are not
  of the destination's country (``domestic_groups._destination``); officials meeting in a city still are;
- the owner of a measure an agentless passive eases or lifts ("Washington's sanctions on X were eased") is the one
  easing it, not a target (``event_args._measure_owners``);
- an act on the ties between two parties ('investigating the ties between X and Y') targets both
  (``event_args._holder_args``: a 'between' phrase of the object);
- a protest over someone's decision or measure, or in response / opposition to it ('protested over the
  government's decision', 'struck in opposition to the ministry's reforms'), is against its owner; one over what
  was done to someone ('over the activist's killing') is not against them (``event_arg_demands``, motive_noun rows);
- a capital in the 'from' phrase of an event noun ('the demands from Moscow') is its state acting, not a place
  (``seat_actors.state_party``).
"""

from __future__ import annotations

import pytest

from sitrep.extract import entities, events
from sitrep.extract.event_triggers import read_tsv


def parties(nlp, text: str, etype: str) -> list[tuple[str | None, str | None, str]]:
    """(resolution name, country, role) of each participant of the candidates of ``etype``."""
    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    by_idx = {m["idx"]: m for m in ments}
    out = []
    for c in events.doc_event_candidates(doc, ments, None):
        if c["event_type"] != etype:
            continue
        for p in c["participants"]:
            m = by_idx.get(p.get("mention_idx")) or {}
            out.append((m.get("name") or p.get("surface"), m.get("country_iso3"), p["role"]))
    return out


def city_mention(nlp, text: str, city: str) -> dict:
    return next(m for m in entities.doc_mentions(nlp(text)) if m["surface"] == city)


@pytest.mark.parametrize("row", read_tsv("seat_actors.tsv"), ids=lambda r: r["city"])
def test_each_seat_row_example_reads_back_to_its_organisation(nlp, row):
    m = city_mention(nlp, row["example"], row["city"])
    assert (m["name"], m["country_iso3"]) == (row["actor"], None), m


@pytest.mark.parametrize(
    ("text", "etype", "role"),
    [
        ("Freedonia signed a new fisheries agreement with Brussels on Tuesday.", "SUPPORT", "target"),
        ("Brussels fined a Ruritanian chip maker for abusing its market power.", "COERCE", "source"),
        ("Warsaw rejected the latest demands from Brussels over its courts.", "REJECT", "target"),
        ("Brussels warned Budapest that it would withhold the funds.", "THREATEN", "source"),
    ],
)
def test_brussels_as_an_actor_is_the_european_union(nlp, text, etype, role):
    found = parties(nlp, text, etype)
    assert ("European Union", None, role) in found, found
    assert not any(country == "BEL" for _, country, _ in found), found


def test_brussels_joined_to_a_party_of_talks_is_the_european_union(nlp):
    m = city_mention(nlp, "The talks between London and Brussels on fishing rights broke down.", "Brussels")
    assert m["name"] == "European Union", m


@pytest.mark.parametrize(
    "text",
    [
        "Foreign ministers of the bloc met in Brussels on Monday.",
        "The Freedonian envoy flew to Brussels for a round of talks.",
        "Brussels police detained two men near the station.",
        "Two bombs exploded in Brussels during the morning rush hour.",
    ],
)
def test_brussels_as_a_place_or_inside_a_name_stays_the_belgian_city(nlp, text):
    m = city_mention(nlp, text, "Brussels")
    assert m["country_iso3"] == "BEL" and m["name"] != "European Union", m


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("Ruritex machinists went on strike on Tuesday over pensions.", "Ruritex"),
        ("Employees of Ruritel went on strike after the wage talks failed.", "Ruritel"),
        ("Workers at Ruritex's assembly plant in Tarsia went on strike.", "Ruritex"),
        ("Roughly 3,000 nurses employed by the hospital group, Medico, began a strike on Monday.", "Medico"),
    ],
)
def test_a_strikes_employer_in_the_strikers_phrase_is_its_target(nlp, text, employer):
    found = parties(nlp, text, "PROTEST")
    assert (employer, None, "target") in found, found
    assert not any(name == employer and role == "source" for name, _, role in found), found
    assert any(role == "source" for _, _, role in found), found


def test_the_strikers_own_union_stays_the_source(nlp):
    found = parties(nlp, "Members of the Ruritanian Dockers Union went on strike on Monday.", "PROTEST")
    assert not any(role == "target" for _, _, role in found), found


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Thousands of nurses marched through Tarsia, waving banners and denouncing Freedonia.", "Freedonia"),
        ("Hundreds of farmers rallied in Nairobi, chanting slogans and condemning Uganda.", "Uganda"),
        ("Farmers marched to the port, denouncing the Ruritanian government's new labour code.", "government"),
    ],
)
def test_a_protest_denouncing_someone_is_against_them(nlp, text, target):
    found = parties(nlp, text, "PROTEST")
    assert any(target in (name or "") and role == "target" for name, _, role in found), found


def test_a_protest_condemning_what_was_done_to_someone_is_not_against_them(nlp):
    found = parties(nlp, "Students rallied outside the court, condemning Ana Ruiz's arrest.", "PROTEST")
    assert not any(name == "Ana Ruiz" and role == "target" for name, _, role in found), found


@pytest.mark.parametrize("text", ["Students marched through the capital on Monday.", "Students rallied again."])
def test_a_sentence_opening_group_noun_takes_no_country_from_an_organisations_first_word(nlp, text):
    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    (cand,) = [c for c in events.doc_event_candidates(doc, ments, None) if c["event_type"] == "PROTEST"]
    groups = [p for p in cand["participants"] if p["role"] == "source"]
    assert groups and all(p.get("country_iso3") is None for p in groups), groups


@pytest.mark.parametrize(
    ("text", "etype", "own"),
    [
        ("General Kato attacked the border town with his militia on Sunday.", "ASSAULT", "militants"),
        ("Ruritania bombed the rebel camps with its air force.", "ASSAULT", "military"),
    ],
)
def test_forces_an_actor_acts_with_are_on_its_side(nlp, text, etype, own):
    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    cands = [c for c in events.doc_event_candidates(doc, ments, None) if c["event_type"] == etype]
    assert cands, text
    targets = {p.get("group") for c in cands for p in c["participants"] if p["role"] == "target"}
    assert own not in targets, cands


def test_a_group_clashed_with_stays_the_target(nlp):
    found = parties(nlp, "Rebels clashed with the army near the border on Friday.", "ASSAULT")
    assert any(name == "army" and role == "target" for name, _, role in found), found


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("Police in Tarsia charged a 40-year-old driver with the murder of the tourist Anna Berg.", "Anna Berg"),
        ("Prosecutors charged two soldiers with the killing of the reporter Lena Voss on Monday.", "Lena Voss"),
    ],
)
def test_the_victim_of_a_crime_charged_is_no_target(nlp, text, victim):
    found = parties(nlp, text, "ACCUSE")
    assert any(role == "target" for _, _, role in found), found
    assert not any(name == victim for name, _, _ in found), found


def test_a_deal_signed_with_someone_still_targets_them(nlp):
    found = parties(nlp, "Britain signed a trade agreement with Norway.", "SUPPORT")
    assert any(name == "Norway" and role == "target" for name, _, role in found), found


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Chile threatened to file a complaint about Peru's fishing quotas.", "Peru"),
        ("Hungary threatened to lodge a complaint over Austria's new border checks.", "Austria"),
    ],
)
def test_a_threatened_complaint_about_a_policy_targets_its_owner(nlp, text, owner):
    found = parties(nlp, text, "THREATEN")
    assert any(name == owner and role == "target" for name, _, role in found), found


def test_threatened_talks_about_a_policy_do_not_target_its_owner(nlp):
    found = parties(nlp, "Hungary threatened to hold talks about Austria's new border controls.", "THREATEN")
    assert not any(name == "Austria" for name, _, _ in found), found


def test_them_after_a_joined_verb_takes_up_its_object_not_a_nearer_plural(nlp):
    found = parties(nlp, "The army seized rifles from the gangs near the river and destroyed them.", "ASSAULT")
    assert not any(role == "target" for _, _, role in found), found
    beaten = parties(nlp, "Police surrounded the students near the embassies and beat them.", "ASSAULT")
    assert not any(name == "government" for name, _, _ in beaten), beaten
    assert any(name == "students" and role == "target" for name, _, role in beaten), beaten


def _source_countries(nlp, text: str, etype: str) -> set:
    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    return {
        p.get("country_iso3")
        for c in events.doc_event_candidates(doc, ments, None)
        if c["event_type"] == etype
        for p in c["participants"]
        if p["role"] == "source" and p.get("group")
    }


@pytest.mark.parametrize(
    ("text", "destination"),
    [
        ("A trade delegation arrived in Tokyo on Monday for talks.", "JPN"),
        ("Kenya's harvest failed last year. The farm minister flew to Paris for talks on Monday.", "FRA"),
    ],
)
def test_travelling_officials_are_not_of_their_destination(nlp, text, destination):
    found = _source_countries(nlp, text, "CONSULT")
    assert found and destination not in found, found


def test_officials_meeting_in_a_city_are_still_of_its_country(nlp):
    assert "BRA" in _source_countries(nlp, "The minister met the senators in Brasilia on Friday.", "CONSULT")


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Washington's sanctions on Venezuela were eased last month.", "Washington"),
        ("Britain's embargo on Iranian oil was lifted in March.", "Britain"),
    ],
)
def test_the_owner_of_a_measure_eased_in_the_passive_eases_it(nlp, text, owner):
    found = parties(nlp, text, "RETREAT")
    assert any(name == owner and role == "source" for name, _, role in found), found
    assert not any(name == owner and role == "target" for name, _, role in found), found


def test_an_inquiry_into_ties_between_two_parties_targets_both(nlp):
    text = "The Senate committee is investigating the contacts between Iranian agents and Hezbollah."
    found = parties(nlp, text, "ACCUSE")
    targets = {name for name, _, role in found if role == "target"}
    assert "Hezbollah" in targets and any("Iran" in (n or "") for n in targets), found


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Students protested over the government's decision to raise tuition fees.", "government"),
        ("Teachers went on strike in opposition to the ministry's reforms.", "ministry"),
        ("Nurses marched through Tarsia in response to Governor Ilka Sorn's budget cuts.", "Ilka Sorn"),
    ],
)
def test_a_protest_over_a_decision_is_against_its_owner(nlp, text, owner):
    found = parties(nlp, text, "PROTEST")
    assert any(owner in (name or "") and role == "target" for name, _, role in found), found


def test_a_protest_over_a_killing_is_not_against_the_victim(nlp):
    found = parties(nlp, "Students protested over the young activist Lena Voss's killing.", "PROTEST")
    assert not any(name == "Lena Voss" and role == "target" for name, _, role in found), found


def test_a_capital_after_from_on_an_event_noun_is_its_state(nlp):
    found = parties(nlp, "Warsaw rejected the latest demands from Moscow on Tuesday.", "REJECT")
    assert any(name == "Moscow" and country == "RUS" and role == "target" for name, country, role in found), found


def test_a_capital_after_from_on_a_people_noun_stays_a_place(nlp):
    found = parties(nlp, "Dozens of students from Nairobi marched on the ministry on Friday.", "PROTEST")
    assert not any(name == "Nairobi" for name, _, _ in found), found
