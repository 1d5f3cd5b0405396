"""Source and target of lexicon-coded events: passives, compound actors, states by capital or demonym, group
actors and their entities, outlets and quoted speakers kept out of the participants."""

from __future__ import annotations

import pytest

from sitrep.extract import entities, event_arg_groups, event_triggers, events, group_rows


def _coded(nlp, text: str) -> tuple[list[dict], dict[int, dict]]:
    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    return events.doc_event_candidates(doc, ments, None), {m["idx"]: m for m in ments}


def _roles(cand: dict, by_idx: dict[int, dict]) -> set[tuple[str, str]]:
    """(role, surface or group name) of each participant."""
    out = set()
    for p in cand["participants"]:
        name = by_idx[p["mention_idx"]]["surface"] if p["mention_idx"] is not None else p.get("group")
        out.add((p["role"], name))
    return out


def _isos(cand: dict, by_idx: dict[int, dict], role: str) -> set[str]:
    out = set()
    for p in cand["participants"]:
        if p["role"] != role:
            continue
        m = by_idx.get(p["mention_idx"]) or {}
        out.add(p.get("country_iso3") or m.get("country_iso3"))
    return out


def test_subject_is_source_and_object_target(nlp):
    (cand,) = _coded(nlp, "Pakistan accused India of violating the ceasefire.")[0]
    by_idx = _coded(nlp, "Pakistan accused India of violating the ceasefire.")[1]
    assert _roles(cand, by_idx) == {("source", "Pakistan"), ("target", "India")}


def test_passive_agent_is_source_and_subject_target(nlp):
    cands, by_idx = _coded(nlp, "Two Kenyan soldiers were killed by Somali militants on Monday.")
    (cand,) = [c for c in cands if c["event_type"] == "ASSAULT"]
    assert _isos(cand, by_idx, "source") == {"SOM"} and _isos(cand, by_idx, "target") == {"KEN"}


def test_compound_subject_gives_two_sources(nlp):
    cands, by_idx = _coded(nlp, "Serbia and Kosovo agreed to normalize relations.")
    (cand,) = cands
    assert cand["event_type"] == "AGREE"
    assert {name for role, name in _roles(cand, by_idx) if role == "source"} == {"Serbia", "Kosovo"}


def test_demonym_and_capital_name_the_state(nlp):
    cands, by_idx = _coded(nlp, "Hungarian officials rejected the request from Vienna.")
    (cand,) = cands
    assert _isos(cand, by_idx, "source") == {"HUN"}
    cands, by_idx = _coded(nlp, "Tokyo condemned the missile launch by Pyongyang.")
    assert any("JPN" in _isos(c, by_idx, "source") for c in cands)


def test_group_actor_takes_the_country_its_phrase_or_sentence_gives(nlp):
    cands, by_idx = _coded(nlp, "Police in Uganda arrested twelve opposition activists.")
    (cand,) = cands
    assert cand["event_type"] == "COERCE"
    assert ("target", "activists") in _roles(cand, by_idx)
    target = next(p for p in cand["participants"] if p.get("group") == "activists")
    assert target["country_iso3"] == "UGA"  # the one country the sentence names
    cands, _ = _coded(nlp, "Thousands of farmers protested against the new tax.")
    (cand,) = cands
    assert cand["event_type"] == "PROTEST"
    assert [p["group"] for p in cand["participants"]] == ["farmers"]


def test_group_takes_the_country_of_its_place_phrase(nlp):
    cands, _ = _coded(nlp, "Police in Nairobi detained two reporters on Friday.")
    sources = [p for c in cands for p in c["participants"] if p["role"] == "source"]
    assert [(p.get("group"), p["country_iso3"]) for p in sources] == [("police", "KEN")]


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Israel will evacuate two outposts in the West Bank next month.", "PSE"),  # a region of a state
        ("The army lifted the curfew on Monday in Kandahar province.", "AFG"),  # the name inside 'X province'
        ("The governor threatened to impose a curfew in Lagos after the riots.", "NGA"),  # a city named as where
    ],
)
def test_place_of_the_action_is_the_target_country(nlp, text, iso3):
    cands, by_idx = _coded(nlp, text)
    assert any(iso3 in _isos(c, by_idx, "target") for c in cands), (text, cands)


def test_purpose_of_a_mobilisation_names_its_target_and_the_troops_are_no_target(nlp):
    cands, by_idx = _coded(nlp, "Chad mobilized its reservists for a war against Libya.")
    (cand,) = [c for c in cands if c["event_type"] == "MOBILIZE"]
    assert _isos(cand, by_idx, "target") == {"LBY"}
    assert not [p for p in cand["participants"] if p["role"] == "target" and p.get("group")]


def test_subject_is_borrowed_through_a_preposition(nlp):
    cands, by_idx = _coded(nlp, "Armenian rebels resorted to shelling the villages, the radio said.")
    assert any("ARM" in _isos(c, by_idx, "source") for c in cands), cands


def test_attack_or_arrest_without_a_named_actor_has_an_unnamed_one_of_its_place(nlp):
    cands, _ = _coded(nlp, "A roadside bomb near Basra on Friday killed three British soldiers.")
    (cand,) = [c for c in cands if c["event_type"] == "ASSAULT"]
    sources = [(p.get("group"), p["country_iso3"]) for p in cand["participants"] if p["role"] == "source"]
    assert sources == [("attackers", "IRQ")]
    cands, _ = _coded(nlp, "Two reporters were detained in Harare on Tuesday.")
    (cand,) = [c for c in cands if c["event_type"] == "COERCE"]
    assert [p["country_iso3"] for p in cand["participants"] if p["role"] == "source"] == ["ZWE"]
    cands, _ = _coded(nlp, "Rebels near Goma attacked an army post.")
    (cand,) = [c for c in cands if c["event_type"] == "ASSAULT"]
    assert [p.get("group") for p in cand["participants"] if p["role"] == "source"] == ["rebels"]


def test_group_entities_are_one_per_group_and_country(nlp):
    analyses = []
    for i, text in enumerate(["Protesters blocked the road to the airport.", "Protesters attacked a police van."]):
        cands, _ = _coded(nlp, text)
        analyses.append({"article_id": f"a{i}", "event_candidates": cands})
    rows = group_rows.group_entities(analyses)
    protesters = [r for r in rows if r["canonical_name"] == "protesters"]
    assert len(protesters) == 1 and protesters[0]["num_articles"] == 2
    assert protesters[0]["entity_id"] == group_rows.group_entity_id("protesters", None)
    assert protesters[0]["entity_type"] == "NORP"


@pytest.mark.parametrize("row", event_triggers.read_tsv("event_groups.tsv"), ids=lambda r: r["lemma"])
def test_each_group_noun_becomes_an_actor_of_its_example(nlp, row):
    cands, _ = _coded(nlp, row["example"])
    groups = {p.get("group") for c in cands for p in c["participants"]}
    assert row["group"] in groups, (row["example"], cands)


def test_news_outlets_are_never_participants(nlp):
    cands, by_idx = _coded(nlp, "Reuters reported that Ethiopia accused Egypt of backing the rebels.")
    assert cands
    for c in cands:
        assert "Reuters" not in {name for _, name in _roles(c, by_idx)}


def test_pronoun_subject_takes_the_reporting_subject(nlp):
    cands, by_idx = _coded(nlp, "Switzerland said it had expelled two Russian diplomats.")
    (cand,) = cands
    assert cand["event_type"] == "SANCTION"
    assert _isos(cand, by_idx, "source") == {"CHE"} and _isos(cand, by_idx, "target") == {"RUS"}


@pytest.mark.parametrize("row", event_triggers.read_tsv("agent_groups.tsv"), ids=lambda r: r["sector"])
def test_each_agent_sector_names_a_group_actor_of_its_example(nlp, row):
    cands, _ = _coded(nlp, row["example"])
    groups = {p.get("group") for c in cands for p in c["participants"]}
    assert row["group"] in groups, (row["example"], cands)


def test_role_noun_of_the_agents_file_is_a_group_with_its_demonym_country(nlp):
    cands, _ = _coded(nlp, "Somali militiamen ambushed a convoy near the border.")
    (cand,) = [c for c in cands if c["event_type"] == "ASSAULT"]
    (src,) = [p for p in cand["participants"] if p["role"] == "source"]
    assert src["group"] == "militants" and src["country_iso3"] == "SOM"


def test_place_of_an_action_without_recipient_is_its_target_but_not_of_a_meeting(nlp):
    cands, by_idx = _coded(nlp, "Serbia lifted the night curfew in Montenegro on Sunday.")
    (cand,) = cands
    assert _isos(cand, by_idx, "target") == {"MNE"}
    cands, by_idx = _coded(nlp, "Kenya and Uganda agreed in Geneva to reopen the border.")
    assert all("CHE" not in _isos(c, by_idx, "target") for c in cands)


def test_threat_condition_on_the_infinitive_names_the_target(nlp):
    cands, by_idx = _coded(nlp, "Iran threatened to launch a new offensive unless Baghdad accepted its conditions.")
    (cand,) = [c for c in cands if c["event_type"] == "THREATEN"]
    assert _isos(cand, by_idx, "target") == {"IRQ"} and _isos(cand, by_idx, "source") == {"IRN"}


def test_purpose_clause_of_an_event_noun_takes_the_subject_of_its_verb(nlp):
    cands, by_idx = _coded(nlp, "Thousands of Kenyans gathered for a rally in Nairobi to protest the new tax.")
    (cand,) = [c for c in cands if c["event_type"] == "PROTEST"]
    assert _isos(cand, by_idx, "source") == {"KEN"}


def test_visit_by_an_unnamed_office_holder_of_a_state_is_coded_from_the_parse(nlp):
    cands, by_idx = _coded(nlp, "The Kenyan foreign minister visited Uganda last week.")
    (cand,) = [c for c in cands if c["event_type"] == "CONSULT"]
    assert _isos(cand, by_idx, "source") == {"KEN"} and _isos(cand, by_idx, "target") == {"UGA"}


def test_religious_or_ethnic_adjective_leaves_the_group_as_the_actor(nlp):
    cands, _ = _coded(nlp, "Jewish settlers demonstrated outside the prime minister's office in Jerusalem.")
    (cand,) = [c for c in cands if c["event_type"] == "PROTEST"]
    assert any(p.get("group") == "civilians" and p["role"] == "source" for p in cand["participants"])


def test_object_pronoun_is_the_person_named_before_it_not_its_own_subject(nlp):
    cands, by_idx = _coded(nlp, "Senator Ann Cole met Governor Paul Ruiz on Monday. Senator Cole accused him of lying.")
    (cand,) = [c for c in cands if c["event_type"] == "ACCUSE"]
    assert ("target", "Paul Ruiz") in _roles(cand, by_idx)
    assert not any(r == "target" and "Cole" in n for r, n in _roles(cand, by_idx))


def test_subject_pronoun_is_the_last_person_named(nlp):
    cands, by_idx = _coded(nlp, "Maria Vega spoke in the capital on Monday. She criticised Borduria over the blockade.")
    (cand,) = [c for c in cands if c["event_type"] == "ACCUSE"]
    assert ("source", "Maria Vega") in _roles(cand, by_idx)


def test_the_country_is_the_last_country_named_other_than_the_subject(nlp):
    cands, by_idx = _coded(nlp, "Malaysia closed its border on Monday. Thailand accused the country of hoarding rice.")
    (cand,) = [c for c in cands if c["event_type"] == "ACCUSE"]
    assert _roles(cand, by_idx) == {("source", "Thailand"), ("target", "Malaysia")}


def test_causative_have_makes_its_subject_the_source_and_the_object_the_target(nlp):
    cands, by_idx = _coded(nlp, "Last year President Omar Bashir had his finance chief Ali Hassan killed.")
    (cand,) = [c for c in cands if c["event_type"] == "ASSAULT"]
    roles = _roles(cand, by_idx)
    assert any(r == "source" and "Bashir" in n for r, n in roles)
    assert not any(r == "source" and "Hassan" in n for r, n in roles)


def test_helping_codes_aid_only_with_the_helper_named(nlp):
    cands, _ = _coded(nlp, "The new rules are designed to help small farmers sell their crops.")
    assert not [c for c in cands if c["event_type"] == "AID"]
    cands, _ = _coded(nlp, "Japan helped Kenya rebuild the port.")
    assert [c for c in cands if c["event_type"] == "AID"]


def test_state_forces_named_with_their_state_are_a_group_with_its_country(nlp):
    for text in ("The Malian army shelled a rebel camp near Kidal.", "Rebels said Mali's army shelled their camp."):
        cands, _ = _coded(nlp, text)
        forces = [p for c in cands for p in c["participants"] if p.get("group") == "military"]
        assert [(p["country_iso3"], p["phrase"]) for p in forces][:1] in (
            [("MLI", "Malian army")],
            [("MLI", "Mali's army")],
        ), (text, cands)


def test_state_forces_credit_their_state_and_themselves(nlp):
    from sitrep.extract import pipeline

    body = "Malian officials spoke in Bamako on Monday. The Malian army shelled a rebel camp near Kidal on Monday."
    analyses = pipeline.analyze_articles([{"article_id": "a1", "published_at": "2025-06-03", "body": body}], nlp)
    out = pipeline.assemble(analyses, {"a1": {"published_at": "2025-06-03", "outlet": None, "story_id": "a1"}})
    army = group_rows.group_entity_id("military", "MLI")
    assault = [e["event_id"] for e in out["events"] if e["event_type"] == "ASSAULT"]
    assert assault and any(p["entity_id"] == army for p in out["event_participants"] if p["event_id"] in assault)
    rows = [m for m in out["mentions"] if m["entity_id"] == army]
    assert [m["surface"] for m in rows] == ["Malian army"]
    assert all(body[m["start_char"] : m["end_char"]] == m["surface"] for m in rows)


def test_coordinated_group_nouns_are_all_actors(nlp):
    cands, _ = _coded(nlp, "Clashes erupted between the army and the rebels near the border on Sunday.")
    groups = {p.get("group") for c in cands if c["event_type"] == "ASSAULT" for p in c["participants"]}
    assert {"military", "rebels"} <= groups


def test_the_verb_of_happening_carries_the_event_nouns_phrases(nlp):
    cands, _ = _coded(nlp, "The front said it took the depot at dawn as fighting erupted with the army.")
    fights = [
        c
        for c in cands
        if c["event_type"] == "ASSAULT" and any(p.get("group") == "military" for p in c["participants"])
    ]
    assert fights, cands
    assert any(p["role"] == "target" and p.get("group") == "military" for p in fights[0]["participants"])


def test_two_word_country_names_are_not_read_word_by_word(nlp):
    doc = nlp("Soldiers from South Sudan crossed the river.")
    assert event_arg_groups.country_cue(list(doc)) == "SSD"


@pytest.mark.parametrize(
    "text",
    [
        "Bolivian and Paraguayan negotiators met in La Paz on Tuesday.",  # sitrep's own state-agent word
        "Bolivian and Paraguayan ministers met in La Paz on Tuesday.",  # a government role of the agents file
    ],
)
def test_coordinated_demonyms_on_a_state_role_noun_are_the_states_meeting(nlp, text):
    cands, by_idx = _coded(nlp, text)
    meetings = [c for c in cands if c["event_type"] == "CONSULT"]
    assert meetings and {"BOL", "PRY"} <= _isos(meetings[0], by_idx, "source"), cands


def test_demonyms_on_private_people_name_no_state_acting(nlp):
    cands, _ = _coded(nlp, "Chinese tourists met Peruvian students in Lima on Tuesday.")
    assert not [c for c in cands if c["event_type"] == "CONSULT"]


def test_the_state_thanked_for_hosting_talks_takes_part_in_them(nlp):
    cands, by_idx = _coded(nlp, "Chile and Peru expressed gratitude to Brazil for hosting the talks.")
    meetings = [c for c in cands if c["event_type"] == "CONSULT"]
    assert meetings, cands
    roles = _roles(meetings[0], by_idx)
    assert ("participant", "Brazil") in roles and {("source", "Chile"), ("source", "Peru")} <= roles
