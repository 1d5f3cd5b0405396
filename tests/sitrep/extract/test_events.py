"""Event candidates from parses (type, participants, status, date, place) and the cross-article merge."""

from datetime import date

from sitrep.extract.events import doc_event_candidates, merge_events


def names(cand, mentions, role=None):
    by_idx = {m["idx"]: m["surface"] for m in mentions}
    return {
        by_idx[p["mention_idx"]]
        for p in cand["participants"]
        if role in (None, p["role"]) and p["mention_idx"] is not None
    }


def only(cands, etype):
    found = [c for c in cands if c["event_type"] == etype]
    assert found, cands
    return found


def test_meeting_with_date_place_and_roles(analyse):
    doc, ments = analyse(
        "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi "
        "on Monday to discuss the grain deal."
    )
    cands = doc_event_candidates(doc, ments, date(2023, 9, 6))
    c = only(cands, "CONSULT")[0]
    assert {"Vladimir Putin", "Recep Tayyip Erdogan"} <= names(c, ments)
    assert "Vladimir Putin" in names(c, ments, "source")
    assert (c["event_date"], c["date_precision"]) == ("2023-09-04", "day")
    assert c["location_name"] == "Sochi" and c["location_country_iso3"] == "RUS" and c["latitude"]
    assert c["event_status"] == "occurred"
    assert doc.text[c["start_char"] : c["end_char"]] == c["sentence"]


def test_planned_meeting_without_anchor_has_no_date(analyse):
    doc, ments = analyse("Nikolai Patrushev is expected to meet Nicaraguan leader Daniel Ortega on Wednesday.")
    c = only(doc_event_candidates(doc, ments, None), "CONSULT")[0]
    assert c["event_status"] == "planned"
    assert c["event_date"] is None and c["date_precision"] is None
    assert {"Nikolai Patrushev", "Daniel Ortega"} <= names(c, ments)


def test_passive_reception_and_pronoun(analyse):
    doc, ments = analyse(
        "Russian Interior Minister Vladimir Kolokoltsev arrived in the Cuban capital, Havana, "
        "where he was received by his Cuban counterpart, Alberto Alvarez."
    )
    cands = only(doc_event_candidates(doc, ments, None), "CONSULT")
    got = set().union(*(names(c, ments) for c in cands))
    assert {"Vladimir Kolokoltsev", "Alberto Alvarez"} <= got
    assert any(c["location_name"] == "Havana" for c in cands)


def test_signing_is_agree_and_decree_is_not(analyse):
    doc, ments = analyse(
        "Iran's Oil Minister Javad Owji and his Venezuelan counterpart Pedro Tellechea signed "
        "contracts to develop oil fields. Later, Vladimir Putin signed a decree on the navy."
    )
    cands = doc_event_candidates(doc, ments, date(2023, 6, 13))
    agree = only(cands, "SUPPORT")
    assert len(agree) == 1 and {"Javad Owji", "Pedro Tellechea"} <= names(agree[0], ments)


def _analysis(aid, doc, ments, published):
    return {
        "article_id": aid,
        "mentions": ments,
        "event_candidates": doc_event_candidates(doc, ments, published),
        "quotes": [],
    }


def _by_surface(analyses):
    """Toy resolution for merge tests: one entity per surface's last word."""
    return {(a["article_id"], m["idx"]): "ent_" + m["surface"].split()[-1] for a in analyses for m in a["mentions"]}


def test_merge_across_outlets_and_captions(analyse):
    text1 = (
        "Vladimir Putin met Recep Tayyip Erdogan in Sochi on Monday.\n\n"
        "Putin and Erdogan met in Sochi on Monday, a photo caption said."
    )
    text2 = (
        "Turkish President Recep Tayyip Erdogan held talks with Russian President Vladimir Putin in Sochi on Monday."
    )
    a1 = _analysis("a1", *analyse(text1), date(2023, 9, 4))
    a2 = _analysis("a2", *analyse(text2), date(2023, 9, 4))
    arts = {"a1": {"outlet": "TASS", "story_id": "s"}, "a2": {"outlet": "Babel", "story_id": "s"}}
    events, parts, evidence = merge_events([a1, a2], arts, _by_surface([a1, a2]))
    consult = [e for e in events if e["event_type"] == "CONSULT"]
    assert len(consult) == 1
    e = consult[0]
    assert e["num_articles"] == 2 and e["num_sources"] == 2 and e["event_date"] == "2023-09-04"
    assert {p["entity_id"] for p in parts if p["event_id"] == e["event_id"]} >= {"ent_Putin", "ent_Erdogan"}
    assert len([x for x in evidence if x["event_id"] == e["event_id"]]) == 3
    single = merge_events([a1], {"a1": arts["a1"]}, _by_surface([a1]))[0][0]
    assert e["confidence"] > single["confidence"]
    again = merge_events([a2, a1], arts, _by_surface([a1, a2]))[0]
    assert {x["event_id"] for x in again} == {x["event_id"] for x in events}  # stable ids


def test_no_merge_years_apart_or_undated_into_dated(analyse):
    t1 = "Nikolai Patrushev met Miguel Diaz-Canel in Havana in 2019."
    t2 = "Nikolai Patrushev met Miguel Diaz-Canel in Havana on Monday."
    t3 = "Nikolai Patrushev met Miguel Diaz-Canel in Havana."
    a = [
        _analysis("a1", *analyse(t1), None),
        _analysis("a2", *analyse(t2), date(2024, 2, 20)),
        _analysis("a3", *analyse(t3), None),
    ]
    arts = {
        "a1": {"outlet": "X", "story_id": "s1"},
        "a2": {"outlet": "Y", "story_id": "s2"},
        "a3": {"outlet": "Z", "story_id": "s3"},
    }
    events = merge_events(a, arts, _by_surface(a))[0]
    assert sorted(str(e["event_date"]) for e in events) == ["2019", "2024-02-19", "None"]


def test_attendee_joins_meeting_and_separate_meetings_stay_apart(analyse):
    doc, ments = analyse(
        "Nikolai Patrushev met Cuban leader Raul Castro in Havana on Wednesday. "
        "Also present was Interior Minister Lazaro Alberto Alvarez Casas.\n\n"
        "In a separate meeting, Nikolai Patrushev also met President Miguel Diaz-Canel."
    )
    cands = only(doc_event_candidates(doc, ments, None), "CONSULT")
    first = next(c for c in cands if "Raul Castro" in names(c, ments))
    assert any("Alvarez" in n for n in names(first, ments))
    a = _analysis("a1", doc, ments, None)
    events = merge_events([a], {"a1": {"outlet": "X", "story_id": "s"}}, _by_surface([a]))[0]
    assert len([e for e in events if e["event_type"] == "CONSULT"]) >= 2


def test_other_topics_phone_summit_agreement_accusation(analyse):
    text = (
        "Russian President Vladimir Putin spoke by phone with Turkish President Recep Tayyip Erdogan on Tuesday.\n\n"
        "Israel and Hamas reached an agreement in Doha on Friday, Qatari officials said.\n\n"
        "German Chancellor Olaf Scholz accused Russian President Vladimir Putin of blackmail on Monday."
    )
    doc, ments = analyse(text)
    cands = doc_event_candidates(doc, ments, date(2023, 8, 25))
    phone = only(cands, "CONSULT")[0]
    assert phone["event_mode"] == "phone" and phone["event_date"] == "2023-08-22"
    agree = only(cands, "SUPPORT")[0]
    assert {"Israel", "Hamas"} <= names(agree, ments) and agree["location_name"] == "Doha"
    accuse = only(cands, "ACCUSE")[0]
    assert "Olaf Scholz" in names(accuse, ments, "source") and "Vladimir Putin" in names(accuse, ments, "target")


def _country_of(m):
    from sitrep.extract.places import country_iso3

    return country_iso3(m["surface"])


def test_states_act_through_officials_capitals_and_compounds(analyse):
    text = (
        "The Venezuelan capital hosted a meeting involving Nicolas Maduro and high-level Russian security "
        "officials.\n\n"
        '"We are focused on resuming the Russia-Nicaragua-Bolivia-Venezuela-Cuba consultations," Shoigu said.'
    )
    doc, ments = analyse(text)
    cands = only(doc_event_candidates(doc, ments, None), "CONSULT")
    hosted = next(c for c in cands if "Nicolas Maduro" in names(c, ments))
    assert {p.get("country_iso3") for p in hosted["participants"]} >= {"RUS"}
    assert "VEN" not in {p.get("country_iso3") for p in hosted["participants"]}  # the city hosted, not the state
    five = next(c for c in cands if "consultations" in c["trigger"])
    by_idx = {m["idx"]: m for m in ments}
    isos = {p.get("country_iso3") or _country_of(by_idx[p["mention_idx"]]) for p in five["participants"]}
    assert {"RUS", "NIC", "BOL", "VEN", "CUB"} <= isos
    assert five["event_status"] == "planned" and five["event_date"] is None

    # the merge credits the country's own entity (named elsewhere in the corpus), not the demonym
    other_doc, other_ments = analyse("Russia and Cuba signed an agreement in Havana.")
    a = [_analysis("a1", doc, ments, None), _analysis("a2", other_doc, other_ments, None)]
    arts = {"a1": {"outlet": "X", "story_id": "s1"}, "a2": {"outlet": "Y", "story_id": "s2"}}
    events, parts, _ = merge_events(a, arts, _by_surface(a))
    hosted_ev = next(e for e in events if "Maduro" in (e["summary"] or ""))
    assert "ent_Russia" in {p["entity_id"] for p in parts if p["event_id"] == hosted_ev["event_id"]}
    assert "ent_Russian" not in {p["entity_id"] for p in parts}


def test_infinitive_subject_and_city_not_actor(analyse):
    doc, ments = analyse(
        '"Russia to provide African countries with 50,000 tonnes of grain free of charge," Putin added.\n\n'
        "Ebrahim Raisi met Nicolas Maduro in Caracas on Monday."
    )
    cands = doc_event_candidates(doc, ments, date(2023, 6, 13))
    aid = only(cands, "AID")[0]
    assert "Russia" in names(aid, ments, "source")
    meet = only(cands, "CONSULT")[0]
    assert "Caracas" not in names(meet, ments) and meet["location_name"] == "Caracas"


def test_signing_alongside_meeting_is_its_own_agree(analyse):
    doc, ments = analyse(
        "Kenyan President William Ruto hosted Iranian President Ebrahim Raisi in Nairobi on Wednesday. "
        "The two leaders witnessed the signing of five agreements on trade and health.\n\n"
        "Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in Tokyo on Monday, "
        "and the two sides inked deals worth $5 billion."
    )
    cands = doc_event_candidates(doc, ments, date(2023, 7, 14))
    agree = only(cands, "SUPPORT")
    assert any({"William Ruto", "Ebrahim Raisi"} <= names(c, ments) and c["location_name"] == "Nairobi" for c in agree)
    assert any({"Narendra Modi", "Fumio Kishida"} <= names(c, ments) for c in agree)
    assert len(only(cands, "CONSULT")) == 2


def test_undated_signing_takes_the_undated_visit_parties(analyse):
    doc, ments = analyse(
        "Iranian President Ebrahim Raisi arrived in Harare, where he held talks with Zimbabwean President "
        "Emmerson Mnangagwa.\n\nIran and Zimbabwe have signed 12 agreements as Raisi wrapped up his tour."
    )
    agree = only(doc_event_candidates(doc, ments, None), "SUPPORT")[0]
    assert {"Ebrahim Raisi", "Emmerson Mnangagwa"} <= names(agree, ments) or {
        "Raisi",
        "Emmerson Mnangagwa",
    } <= names(agree, ments)
    assert agree["event_date"] is None and agree["location_name"] == "Harare"


def test_background_trip_year_does_not_date_the_current_meetings(analyse):
    text = (
        "Nikolai Patrushev landed in Cuba on Monday, where he met Raul Castro.\n\n"
        "Patrushev previously traveled to Cuba in 2019.\n\n"
        "In a separate meeting, Patrushev met President Miguel Diaz-Canel."
    )
    doc, ments = analyse(text)
    for published, want in ((None, None), (date(2024, 2, 21), "2024-02-19")):
        cands = only(doc_event_candidates(doc, ments, published), "CONSULT")
        dc = next(c for c in cands if "Miguel Diaz-Canel" in names(c, ments))
        assert dc["event_date"] == want
        castro = next(c for c in cands if "Raul Castro" in names(c, ments))
        assert castro["event_date"] == want and castro["location_name"] == "Havana"
    a = _analysis("a1", doc, ments, None)
    events = merge_events([a], {"a1": {"outlet": "X", "story_id": "s"}}, _by_surface([a]))[0]
    meetings = [e for e in events if "Castro" in e["summary"] or "Diaz-Canel" in e["summary"]]
    assert meetings and all(e["event_date"] is None for e in meetings)
    assert any(e["location_name"] == "Havana" for e in meetings if "Castro" in e["summary"])


def test_general_news_non_events(analyse):
    text = (
        "The review board agreed that the applications of Kristina Sivkova have met the eligibility criteria.\n\n"
        "The city of Zhengzhou failed to meet its air pollution reduction goal in 2015.\n\n"
        "Kunihiko Miyake, a former diplomat who is now a visiting professor at Ritsumeikan University, said so.\n\n"
        '"We are arranging for dealers from Asia to visit our plant," said Yan Shiying.\n\n'
        "Since November, the inspection teams have visited seven areas: Beijing, Shanghai and Chongqing.\n\n"
        "Prior to receiving the classified documents from the DOJ, Devin Nunes had already spoken."
    )
    doc, ments = analyse(text)
    assert [c for c in doc_event_candidates(doc, ments, date(2017, 3, 1)) if c["event_type"] == "CONSULT"] == []


def test_struck_deal_is_agreement_and_verbal_attack_is_accusation(analyse):
    doc, ments = analyse(
        "Britain struck a deal with the European Union on Monday.\n\n"
        "On Friday, Mark Meadows attacked Nancy Pelosi for sinking the health care bill.\n\n"
        "Trump hosted Shinzo Abe at his Florida resort last month."
    )
    cands = doc_event_candidates(doc, ments, date(2017, 3, 1))
    assert not [c for c in cands if c["event_type"] == "ASSAULT"]
    assert only(cands, "SUPPORT") and only(cands, "ACCUSE")
    hosted = only(cands, "CONSULT")[0]
    assert {"Trump", "Shinzo Abe"} <= names(hosted, ments)


def test_undated_report_reads_weekdays_against_its_story(analyse):
    """An article without a publication date takes its story's earliest dated article as the anchor for
    'on Monday'; what follows in the article inherits that day; an unrelated story gives no anchor."""
    undated = (
        "Ebrahim Raisi met Nicolas Maduro in Caracas on Monday.\n\nRaisi and Maduro signed 25 agreements in Caracas."
    )
    dated = "Ebrahim Raisi met Miguel Diaz-Canel in Havana on Thursday."
    a1 = _analysis("a1", *analyse(undated), None)
    a2 = _analysis("a2", *analyse(dated), date(2023, 6, 15))
    arts = {
        "a1": {"outlet": "X", "story_id": "s", "published_at": None},
        "a2": {"outlet": "Y", "story_id": "s", "published_at": date(2023, 6, 15)},
    }
    events = merge_events([a1, a2], arts, _by_surface([a1, a2]))[0]
    caracas = [e for e in events if e["location_name"] == "Caracas"]
    assert {(e["event_type"], e["event_date"]) for e in caracas} == {
        ("CONSULT", "2023-06-12"),
        ("SUPPORT", "2023-06-12"),
    }
    alone = merge_events([a1], {"a1": {"outlet": "X", "story_id": "s", "published_at": None}}, _by_surface([a1]))[0]
    assert all(e["event_date"] is None for e in alone)


def test_demonym_people_are_not_states_and_discussion_topics_are_not_parties(nlp):
    from sitrep.extract.entities import doc_mentions

    doc = nlp(
        "An estimated 950,000 Chinese tourists visited New York City in 2016.\n\n"
        "Michael Flynn discussed US sanctions with Russian Ambassador Sergei Kislyak on Monday.\n\n"
        "A North Korean diplomatic delegation held talks with members of the Malaysian cabinet on Tuesday."
    )
    ments = doc_mentions(doc)
    by_idx = {m["idx"]: m for m in ments}
    cands = doc_event_candidates(doc, ments, date(2017, 3, 2))
    assert not [c for c in cands if "New York" in c["sentence"]]
    flynn = next(c for c in cands if "Flynn" in c["sentence"])
    assert "US" not in names(flynn, ments) and {"Michael Flynn", "Sergei Kislyak"} <= names(flynn, ments)
    talks = next(c for c in cands if "delegation" in c["sentence"])
    isos = {p.get("country_iso3") or by_idx[p["mention_idx"]].get("country_iso3") for p in talks["participants"]}
    assert {"PRK", "MYS"} <= isos


def test_travel_for_talks_with_and_city_hung_on_a_topic(nlp):
    from sitrep.extract.entities import doc_mentions

    doc = nlp(
        "French President Emmanuel Macron will travel to Beijing next week for talks with Xi Jinping.\n\n"
        "Turkey and Ukraine signed a memorandum of understanding on grain exports in Istanbul on Friday."
    )
    ments = doc_mentions(doc)
    cands = doc_event_candidates(doc, ments, date(2023, 3, 10))
    trip = only(cands, "CONSULT")[0]
    assert {"Emmanuel Macron", "Xi Jinping"} <= names(trip, ments) and trip["event_status"] == "planned"
    assert trip["location_name"] == "Beijing"
    assert only(cands, "SUPPORT")[0]["location_name"] == "Istanbul"


def test_sibling_subjects_joined_by_and(nlp):
    from sitrep.extract.entities import doc_mentions

    doc = nlp(
        "Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese witnessed the "
        "signing of four MoUs in New Delhi on Friday."
    )
    ments = doc_mentions(doc)
    agree = only(doc_event_candidates(doc, ments, date(2023, 3, 10)), "SUPPORT")[0]
    assert {"Narendra Modi", "Anthony Albanese"} <= names(agree, ments)


def test_dateline_place_and_agency_are_not_parties(analyse):
    doc, ments = analyse(
        "Geneva, Switzerland - The Syrian government delegation accused the opposition of sabotaging the talks "
        "on Friday. Officials told Reuters that Reuters had met nobody."
    )
    for c in doc_event_candidates(doc, ments, date(2017, 3, 3)):
        assert not names(c, ments) & {"Geneva", "Switzerland", "Reuters"}, c


def test_toured_cities_are_places_not_parties(nlp):
    from sitrep.extract.entities import doc_mentions

    doc = nlp("Professor Robert Engle toured Shanghai, Guilin and Chengdu on Monday.")
    ments = doc_mentions(doc)
    for c in doc_event_candidates(doc, ments, date(2017, 1, 27)):
        assert not names(c, ments) & {"Shanghai", "Guilin", "Chengdu"}, c


def test_caption_date_anchors_a_weekday_in_an_undated_article(analyse):
    """A removed photo caption that states a full date lets 'on Thursday' resolve; without it, no date."""
    doc, ments = analyse("Emmerson Mnangagwa met Ebrahim Raisi in Harare on Thursday.")
    caption = "Raisi and Mnangagwa at the airport in Harare on July 13, 2023 [Reuters]"
    with_caption = only(doc_event_candidates(doc, ments, None, caption), "CONSULT")[0]
    assert (with_caption["event_date"], with_caption["date_precision"]) == ("2023-07-13", "day")
    wrong_weekday = only(doc_event_candidates(doc, ments, None, "pictured on July 14, 2023"), "CONSULT")[0]
    assert wrong_weekday["event_date"] is None
    assert only(doc_event_candidates(doc, ments, None), "CONSULT")[0]["event_date"] is None


def _undated_in_dated_story(analysis, story_day, entity_id):
    """Merge one undated article whose story has another article published on ``story_day``; the events
    ``entity_id`` takes part in."""
    arts = {analysis["article_id"]: {"outlet": "X", "story_id": "s", "published_at": None},
            "dated": {"outlet": "Y", "story_id": "s", "published_at": story_day}}  # fmt: skip
    events, parts, _ = merge_events([analysis], arts, _by_surface([analysis]))
    return [e for e in events if any(p["event_id"] == e["event_id"] and p["entity_id"] == entity_id for p in parts)]


def test_planned_later_meeting_takes_the_day_last_named_not_the_next_such_weekday(analyse):
    """'landed on Monday ... is due to meet Y later': the undated article's story anchor (Tuesday) dates the
    announced meeting on that Monday, not on the following one."""
    text = (
        "Sergei Lavrov landed in Bamako on Monday.\n\n"
        "Lavrov was greeted at the airport by Abdoulaye Diop.\n\n"
        "He is due to meet the head of the transition, Colonel Assimi Goita, later."
    )
    goita = _undated_in_dated_story(_analysis("a1", *analyse(text), None), date(2023, 2, 7), "ent_Goita")
    assert goita and all(e["event_status"] == "planned" for e in goita)
    assert {e["event_date"] for e in goita} == {"2023-02-06"}


def test_arrival_report_does_not_make_the_announced_talks_happened(nlp):
    """One report says the visitor arrived (occurred), another that he is to hold talks with two hosts
    (planned): merged, the event with the hosts stays planned until a report says the talks were held."""
    arrived = "Sergey Lavrov arrived in Bamako on Tuesday."
    talks = "Sergey Lavrov is to hold talks with Assimi Goita and Abdoulaye Diop in Bamako on Tuesday."
    held = "Sergey Lavrov held talks with Assimi Goita and Abdoulaye Diop in Bamako on Tuesday."
    from sitrep.extract.entities import doc_mentions

    def analyse(text):
        doc = nlp(text)
        return doc, doc_mentions(doc)

    a1 = _analysis("a1", *analyse(arrived), date(2023, 2, 7))
    a2 = _analysis("a2", *analyse(talks), date(2023, 2, 7))
    a3 = _analysis("a3", *analyse(held), date(2023, 2, 7))
    arts = {k: {"outlet": k, "story_id": "s"} for k in ("a1", "a2", "a3")}

    def status_with_hosts(analyses):
        events, parts, _ = merge_events(analyses, arts, _by_surface(analyses))
        members = {e["event_id"]: {p["entity_id"] for p in parts if p["event_id"] == e["event_id"]} for e in events}
        return {e["event_status"] for e in events if {"ent_Goita", "ent_Diop"} <= members[e["event_id"]]}

    assert status_with_hosts([a1, a2]) == {"planned"}
    assert status_with_hosts([a1, a2, a3]) == {"occurred"}


def test_undated_report_with_a_yearless_dateline_reads_weekdays_against_that_day(analyse):
    """'SOCHI, September 6. /TASS/.' takes its year from the story (dated 2023-09-04): 'on Tuesday' is
    2023-09-05, not the Tuesday before the story's earliest date; a dateline far from the story is ignored."""
    text = "SOCHI, September 6. /TASS/. Vladimir Putin met Recep Tayyip Erdogan in Sochi on Tuesday."
    a1 = _analysis("a1", *analyse(text), None)

    def consult_date(dateline):
        arts = {"a1": {"outlet": "TASS", "story_id": "s", "published_at": None, "dateline": dateline},
                "a2": {"outlet": "Y", "story_id": "s", "published_at": date(2023, 9, 4)}}  # fmt: skip
        events = merge_events([a1], arts, _by_surface([a1]))[0]
        return {e["event_date"] for e in events if e["event_type"] == "CONSULT"}

    assert consult_date("SOCHI, September 6. /TASS/.") == {"2023-09-05"}
    assert consult_date(None) == {"2023-08-29"}
    assert consult_date("SOCHI, November 6. /TASS/.") == {"2023-08-29"}


def test_sibling_caption_dates_a_yearless_dateline_and_the_visit_dates_its_signing(analyse):
    """No article of the story has a publication date, but one's photo caption says July 13, 2023: the other's
    'TEHRAN, Jul. 12' dateline takes that year, so its 'on Wednesday' and the signing 'during the visit' are
    2023-07-12. The caption alone does not date the article it belongs to's neighbours without a dateline."""
    text = (
        "TEHRAN, Jul. 12 (MNA) - Ebrahim Raeisi arrived in Uganda on Wednesday.\n\n"
        "Earlier on Wednesday, Raeisi visited Nairobi. William Ruto, President of Kenya, officially welcomed "
        "President Raeisi at the presidential palace.\n\n"
        "During Raeisi's visit to Kenya, senior officials of Iran and Kenya signed five cooperation documents."
    )
    a1 = _analysis("a1", *analyse(text), None)

    def dated(meta_a1, caption):
        arts = {"a1": {"outlet": "MNA", "story_id": "s", "published_at": None, **meta_a1},
                "a2": {"outlet": "AJ", "story_id": "s", "published_at": None, "caption_text": caption}}  # fmt: skip
        events = merge_events([a1], arts, _by_surface([a1]))[0]
        return {(e["event_type"], e["event_date"]) for e in events}

    line = {"dateline": "TEHRAN, Jul. 12 (MNA) -"}
    assert dated(line, "Raisi in Harare on July 13, 2023") == {("CONSULT", "2023-07-12"), ("SUPPORT", "2023-07-12")}
    undated = {("CONSULT", None), ("SUPPORT", None)}
    assert dated(line, "Raisi in Harare on July 13") == undated  # a caption without a year
    assert dated(line, "Raisi in Tehran on March 1, 2023") == undated  # a caption far from the dateline
    assert dated({}, "Raisi in Harare on July 13, 2023") == undated  # no dateline to complete


def test_regional_demonyms_are_not_participants_but_national_ones_credit_their_state(nlp):
    from sitrep.extract.entities import doc_mentions

    doc = nlp("Vladimir Putin met African leaders and Cuban officials in St Petersburg on Saturday.")
    ments = doc_mentions(doc)
    c = only(doc_event_candidates(doc, ments, date(2023, 6, 17)), "CONSULT")[0]
    surfaces = {ments[p["mention_idx"]]["surface"] for p in c["participants"] if p["mention_idx"] is not None}
    assert "African" not in surfaces
    assert "Vladimir Putin" in surfaces
    assert "CUB" in {p.get("country_iso3") for p in c["participants"]}


def test_a_late_arrival_day_is_not_carried_onto_what_follows(analyse):
    """'reached Havana late Wednesday ... went on to talks with X': the talks are not put on Wednesday; they
    take the publication day (or, for an undated article, its story's anchor day)."""
    text = (
        "Ebrahim Raisi reached Havana late Wednesday, the final stop of his tour.\n\n"
        "Raisi held talks with Miguel Diaz-Canel at the Palace of the Revolution."
    )
    on_time = text.replace("late Wednesday", "on Wednesday")
    doc, ments = analyse(text)
    talks = [c for c in doc_event_candidates(doc, ments, date(2023, 6, 15)) if "Miguel Diaz-Canel" in names(c, ments)]
    assert talks and {c["event_date"] for c in talks} == {"2023-06-15"}
    doc2, ments2 = analyse(on_time)
    talks2 = [
        c for c in doc_event_candidates(doc2, ments2, date(2023, 6, 15)) if "Miguel Diaz-Canel" in names(c, ments2)
    ]
    assert talks2 and {c["event_date"] for c in talks2} == {"2023-06-14"}  # an ordinary day is carried

    with_host = _undated_in_dated_story(_analysis("a1", *analyse(text), None), date(2023, 6, 15), "ent_Diaz-Canel")
    assert with_host and {e["event_date"] for e in with_host} == {"2023-06-15"}


def test_talk_about_an_existing_accord_money_received_and_passive_threats_are_not_events(nlp):
    """Precision on general news: an agreement supported, praised or held a stance on is not concluded
    there; receiving money is no reception; a threat with no one acting is no THREATEN event; a meeting one
    is 'prepared to' hold is planned."""
    from sitrep.extract.entities import doc_mentions

    def cands(text):
        doc = nlp(text)
        ments = doc_mentions(doc)
        return doc_event_candidates(doc, ments, date(2017, 3, 1)), ments

    for text in [
        "Barack Obama supported the free trade agreement with South Korea.",
        "Angela Merkel praised the EU's CETA trade agreement with Canada.",
        '"You know our stance on the agreement with Iran," Benjamin Netanyahu said.',
    ]:
        # PLOVER codes the support or praise itself (SUPPORT), but no agreement is concluded there
        assert [c for c in cands(text)[0] if "agreement" in c["trigger"]] == [], text
    assert cands("SOS Racisme, which will receive around $2,100 of Le Pen's fine, welcomed the ruling.")[0] == []
    assert cands("Germany and Italy were threatened by domestic terrorism of the left and right.")[0] == []
    signed, ments = cands("Iran and Zimbabwe signed 12 agreements in Harare on Thursday.")
    assert [c["event_type"] for c in signed] == ["SUPPORT"]
    talks, ments = cands(
        "Sturgeon told the broadcaster ITV that she was prepared to negotiate the date with British Prime Minister "
        "Theresa May."
    )
    assert talks and all(c["event_status"] == "planned" for c in talks)


def test_modal_meetings_are_planned_but_past_ability_is_not(nlp):
    from sitrep.extract.entities import doc_mentions

    def cands(text):
        doc = nlp(text)
        return doc_event_candidates(doc, doc_mentions(doc), date(2017, 3, 1))

    assert {c["event_status"] for c in only(cands("Putin may meet Erdogan in Sochi next week."), "CONSULT")} == {
        "planned"
    }
    met = [c for c in cands("Putin met Erdogan in Sochi, where they could discuss grain.") if c["trigger"] == "met"]
    assert met and met[0]["event_status"] == "occurred"


def test_yearless_dates_take_the_one_year_the_collection_allows(analyse):
    """No publication date and no dated story sibling: a dateline or an explicit 'On January 23' takes the one
    year in which that day lies within 90 days of the collection's dated articles; a bare weekday stays undated;
    a collection spanning two candidate years, or far from the day, gives nothing."""
    wire = _analysis(
        "w", *analyse("SOCHI, September 4. /TASS/. Vladimir Putin met Recep Tayyip Erdogan on Monday."), None
    )
    told = _analysis("t", *analyse("On January 23, Cyril Ramaphosa received Sergey Lavrov in Pretoria."), None)
    weekday = _analysis("d", *analyse("Naledi Pandor met Sergey Lavrov in Cape Town on Monday."), None)

    def dates_with(*published):
        arts = {"w": {"outlet": "TASS", "story_id": "s1", "published_at": None, "dateline": "SOCHI, September 4."},
                "t": {"outlet": "MEA", "story_id": "s2", "published_at": None},
                "d": {"outlet": "EWN", "story_id": "s3", "published_at": None}}  # fmt: skip
        for i, day in enumerate(published):
            arts[f"x{i}"] = {"outlet": "X", "story_id": f"other{i}", "published_at": day}
        events, parts, _ = merge_events([wire, told, weekday], arts, _by_surface([wire, told, weekday]))
        by = {}
        for e in events:
            who = {p["entity_id"] for p in parts if p["event_id"] == e["event_id"]}
            by["wire" if "ent_Erdogan" in who else "told" if "ent_Ramaphosa" in who else "weekday"] = e["event_date"]
        return by

    assert dates_with(date(2023, 2, 7), date(2023, 7, 26)) == {
        "wire": "2023-09-04", "told": "2023-01-23", "weekday": None}  # fmt: skip
    assert dates_with(date(2023, 2, 7), date(2024, 2, 7)) == {"wire": None, "told": None, "weekday": None}
    assert dates_with(date(2023, 5, 1)) == {"wire": None, "told": None, "weekday": None}  # 'Sep 4' is 126 days off
    assert dates_with() == {"wire": None, "told": None, "weekday": None}


def test_an_unanchored_weekday_report_joins_the_one_dated_happening_it_fits(analyse):
    """'Pandor was meeting Lavrov in Pretoria on Monday' (no date anchor at all) joins the dated Monday talks
    of the same people in the same city; not a Tuesday event, not when two Monday events fit, not without
    a weekday."""
    undated = _analysis("u", *analyse("Naledi Pandor was meeting Sergey Lavrov in Pretoria on Monday."), None)
    no_day = _analysis("n", *analyse("Naledi Pandor met Sergey Lavrov in Pretoria."), None)

    def dated(aid, day):
        text = f"Sergey Lavrov held talks with Naledi Pandor in Pretoria on {day:%B} {day.day}."
        return _analysis(aid, *analyse(text), day)

    def consults(*analyses):
        arts = {a["article_id"]: {"outlet": a["article_id"], "story_id": a["article_id"],
                                  "published_at": date.fromisoformat(a["article_id"][1:]) if a["article_id"][0] == "d"
                                  else None} for a in analyses}  # fmt: skip
        events = merge_events(list(analyses), arts, _by_surface(list(analyses)))[0]
        return sorted((e["event_date"] or "-", e["num_articles"]) for e in events if e["event_type"] == "CONSULT")

    monday = dated("d2023-01-23", date(2023, 1, 23))
    tuesday = dated("d2023-01-24", date(2023, 1, 24))
    other_monday = dated("d2023-03-06", date(2023, 3, 6))
    assert consults(monday, undated) == [("2023-01-23", 2)]
    assert consults(tuesday, undated) == [("-", 1), ("2023-01-24", 1)]
    assert consults(monday, other_monday, undated) == [("-", 1), ("2023-01-23", 1), ("2023-03-06", 1)]
    assert consults(monday, no_day) == [("-", 1), ("2023-01-23", 1)]


def test_a_day_named_after_a_late_arrival_sets_the_scene_again(analyse):
    text = (
        "Sergei Lavrov landed in Bamako on Monday night.\n\n"
        "The visit continued on Wednesday with a ceremony in the capital.\n\n"
        "Lavrov was greeted by Abdoulaye Diop at the Foreign Ministry in Bamako."
    )
    greeted = _undated_in_dated_story(_analysis("a1", *analyse(text), None), date(2023, 2, 7), "ent_Diop")
    assert greeted and {e["event_date"] for e in greeted} == {"2023-02-01"}  # the Wednesday before the anchor


def test_a_wished_for_meeting_has_no_venue_or_day_of_its_own(nlp):
    """'we are focused on resuming the consultations,' Shoigu stated in Moscow on Thursday: the speech has a
    place and a day, the wish has neither; a scheduled meeting still takes the day the sentence names."""
    from sitrep.extract.entities import doc_mentions

    def consult(text):
        doc = nlp(text)
        return only(doc_event_candidates(doc, doc_mentions(doc), date(2025, 5, 30)), "CONSULT")[-1]

    wish = consult(
        '"We are focused on resuming the Russia-Nicaragua-Bolivia-Venezuela-Cuba consultations," Shoigu stated '
        "in Moscow on Thursday."
    )
    assert wish["event_status"] == "planned"
    assert wish["event_date"] is None and wish["location_name"] is None
    scheduled = consult(
        "Sergey Lavrov has arrived in the Malian capital Bamako on a visit to hold talks on Tuesday with "
        "Abdoulaye Diop."
    )
    assert scheduled["event_status"] == "planned" and scheduled["event_date"] == "2025-06-03"


def test_promises_of_help_are_agree_and_deliveries_aid(nlp):
    """PLOVER 2021: a promise, pledge or offer of aid, support or cooperation is AGREE (the manual: 'broad
    promises of future AID should be coded as AGREE'; CAMEO 033); the promise itself happened. Help actually
    sent, provided or delivered stays AID."""
    from sitrep.extract.entities import doc_mentions

    def types(text):
        doc = nlp(text)
        return {c["event_type"]: c for c in doc_event_candidates(doc, doc_mentions(doc), date(2024, 2, 20))}

    promises = (
        "Chile pledged support to Peru during a meeting in Lima.",
        "Sweden promised twelve million dollars in aid to Yemen.",
        "Norway offered assistance to Nepal after the landslides.",
        "Japan vowed to help Vietnam rebuild its ports.",
        "Canada pledged funds to the Malian government for village schools.",
    )
    for text in promises:
        got = types(text)
        assert "AGREE" in got and "AID" not in got, (text, got)
        assert got["AGREE"]["event_status"] == "occurred"
    assert types(promises[0])["AGREE"]["location_name"] == "Lima"
    deliveries = (
        "Japan sent aid to the flooded provinces of Vietnam.",
        "Norway provided five million dollars to the Malian government.",
        "Canada gave Ukraine a hundred million dollars in military aid.",
    )
    for text in deliveries:
        assert "AID" in types(text), text


def test_a_meeting_someone_wanted_or_hoped_for_is_not_held(nlp):
    from sitrep.extract.entities import doc_mentions

    doc = nlp("Erdogan hoped to meet Putin in Sochi.")
    cands = doc_event_candidates(doc, doc_mentions(doc), date(2023, 6, 17))
    assert cands and all(c["event_status"] == "planned" and c["event_date"] is None for c in cands)


def test_aspiration_words_are_plan_words():
    from sitrep.extract.event_lexicon import ASPIRATION_WORDS, PLAN_WORDS

    assert ASPIRATION_WORDS <= PLAN_WORDS  # a wish is planned first, then stripped of borrowed venue and day


def test_possessive_counterpart_gives_the_meeting_its_source(analyse):
    """'a meeting with his counterpart': the last person who was a subject is the meeting's source."""
    doc, ments = analyse(
        "Ruritania's interior minister, Anton Berg, urged closer police cooperation on Tuesday. "
        "The appeal came during a meeting with his Freedonian counterpart, Marek Vale, in Vienna."
    )
    cands = doc_event_candidates(doc, ments, date(2024, 3, 8))
    meeting = only(cands, "CONSULT")[0]
    assert "Anton Berg" in names(meeting, ments, "source")
    assert "Marek Vale" in names(meeting, ments)


def test_event_without_a_place_happens_where_its_one_acting_state_acts(analyse):
    """No place in the text: the one state that is the event's source gives its country; two acting states
    give none."""
    text = "Norway expelled a senior Chilean diplomat on Monday.\n\nSpain and Italy condemned the vote on Monday."
    a1 = _analysis("a1", *analyse(text), date(2024, 3, 4))
    events, _, _ = merge_events([a1], {"a1": {"outlet": "X", "story_id": "s"}}, _by_surface([a1]))
    by_type = {e["event_type"]: e for e in events}
    assert by_type["SANCTION"]["location_country_iso3"] == "NOR"
    assert by_type["ACCUSE"]["location_country_iso3"] is None


def test_an_analyst_recounting_past_visits_is_no_party_to_them(analyse):
    doc, ments = analyse(
        "Analyst Maria Lindqvist recalled earlier Chinese visits to Panama in 2015 during a briefing in Oslo."
    )
    for c in doc_event_candidates(doc, ments, date(2024, 3, 1)):
        assert "Maria Lindqvist" not in names(c, ments), c


def test_a_media_affiliation_is_no_party(analyse):
    doc, ments = analyse(
        "President Paul Renner met former CNN anchor Laura Becket in Lisbon on Monday to discuss the interview."
    )
    cands = doc_event_candidates(doc, ments, date(2024, 3, 6))
    assert cands
    for c in cands:
        assert "CNN" not in names(c, ments), c


def test_a_participle_trigger_shares_the_time_of_its_nouns_clause(analyse):
    doc, ments = analyse("A World Food Programme convoy carrying aid to Ruritanians reached the border on Friday.")
    cands = doc_event_candidates(doc, ments, date(2024, 5, 6))
    aid = [c for c in cands if c["event_type"] == "AID"]
    assert aid and aid[0]["event_date"] == "2024-05-03"


def test_a_lead_takes_the_past_day_the_opening_names_after_it(analyse):
    """The opening's first past day, within the week before publication, dates a lead that named none."""
    for later, want, source in [
        ("The measures were announced in Strelsau yesterday.", "2024-05-07", "discourse"),
        ("The measures were announced in Strelsau on Friday.", "2024-05-03", "discourse"),  # five days back
        ("The measures were announced in Strelsau on April 28.", "2024-05-08", "publication"),  # ten days back
    ]:
        doc, ments = analyse(f"Ruritania has imposed sanctions on Freedonia.\n\n{later}")
        cands = doc_event_candidates(doc, ments, date(2024, 5, 8))  # a Wednesday
        lead = [c for c in cands if c["event_type"] == "SANCTION" and c["start_char"] == 0]
        assert lead and (lead[0]["event_date"], lead[0]["date_source"]) == (want, source)


def test_a_place_inside_what_was_said_is_not_where_it_was_said(analyse):
    doc, ments = analyse("Norway accused Chile of shelling villages near Valparaiso on Monday.")
    cands = doc_event_candidates(doc, ments, date(2024, 5, 8))
    accuse = only(cands, "ACCUSE")
    assert accuse and accuse[0]["location_name"] != "Valparaíso"


def test_a_summit_of_one_international_organisation_is_its_members_meeting(nlp):
    from sitrep.extract.entities import doc_mentions

    for text in (
        "The NATO summit in Vilnius ended on Sunday.",
        "NATO said in a statement after its summit in Vilnius, Lithuania, on Sunday that it would act.",
    ):
        doc = nlp(text)
        ments = doc_mentions(doc)
        meeting = only(doc_event_candidates(doc, ments, date(2024, 7, 15)), "CONSULT")
        assert meeting and meeting[0]["location_name"] == "Vilnius", text
        assert names(meeting[0], ments) <= {"NATO", "its"}


def test_an_announced_meeting_due_immediately_is_dated_by_its_announcement(analyse):
    doc, ments = analyse("Norway said the defence chiefs of Sweden and Finland are to meet immediately.")
    planned = [c for c in doc_event_candidates(doc, ments, date(2024, 5, 8)) if c["event_status"] == "planned"]
    assert planned and planned[0]["event_date"] == "2024-05-08"


def test_an_as_clause_takes_the_day_of_its_main_clause_before_the_discourse(analyse):
    """'... on Saturday as clashes with soldiers spread': the clashes are Saturday's, not the day the article
    named before (an earlier statement's Thursday)."""
    doc, ments = analyse(
        "The rift between the Ruritanian army and the militia surfaced on Thursday, as the generals called the "
        "militia's moves illegal.\n\n"
        "The militia said it had seized the airport of Strelsau on Saturday as clashes with soldiers spread."
    )
    cands = doc_event_candidates(doc, ments, date(2024, 5, 11))  # a Saturday
    second = [c for c in cands if c["start_char"] > doc.text.index("\n\n")]
    assert second and all(c["event_date"] == "2024-05-11" for c in second), second


def test_a_deadline_told_before_does_not_date_what_has_happened(analyse):
    """'... asked to leave no later than May 20.' then 'the Ruritanian government threatened to retaliate': the
    threat was made by the publication day, not on the future deadline."""
    doc, ments = analyse(
        "The Freedonian consul in Strelsau was asked to leave Ruritania no later than May 20, the ministry said."
        "\n\nThe Ruritanian government threatened to retaliate against Freedonia."
    )  # (a named threatener: the act threatened is no event of its own, so the threat itself must be coded)
    cands = doc_event_candidates(doc, ments, date(2024, 5, 14))
    warning = [c for c in cands if c["start_char"] > doc.text.index("\n\n")]
    assert warning and all(c["event_date"] == "2024-05-14" for c in warning), warning


def test_manual_rulings_on_cancellations_boycotts_expulsions_and_ceasefires(nlp):
    """PLOVER 2021 rulings over CAMEO's defaults: cancelling a meeting or visit is REJECT; boycotting a vote or a
    session is PROTEST boycott; expelling a member from a party or bloc is SANCTION expel; respecting a ceasefire
    is RETREAT."""
    from sitrep.extract.entities import doc_mentions

    def types(text):
        doc = nlp(text)
        return {c["event_type"] for c in doc_event_candidates(doc, doc_mentions(doc), date(2024, 2, 20))}

    cases = {
        "Norway called off a planned visit by the Danish king.": "REJECT",
        "The Brazilian president cancelled his trip to Caracas on Monday.": "REJECT",
        "Egypt postponed the water talks with Ethiopia until March.": "REJECT",
        "The opposition boycotted Sunday's referendum in Togo.": "PROTEST",
        "Teachers' unions boycotted the national exams in Kenya.": "PROTEST",
        "The Labour Party expelled the former mayor from the party.": "SANCTION",
        "The African Union suspended Niger from the union after the coup.": "SANCTION",
        "Government troops and the rebels respected the ceasefire in the east.": "RETREAT",
    }
    for text, want in cases.items():
        got = types(text)
        assert want in got, (text, got)
    assert "CONSULT" not in types("Norway called off a planned visit by the Danish king.")


def test_withdrawing_a_mission_is_sanction_and_withdrawing_troops_retreat(nlp):
    """PLOVER SANCTION withdraw covers one's own peacekeepers, observers and monitors taken out of a country; a
    military pullback of troops or tanks is RETREAT withdraw."""
    from sitrep.extract.entities import doc_mentions

    def types(text):
        doc = nlp(text)
        return {c["event_type"] for c in doc_event_candidates(doc, doc_mentions(doc), date(2024, 2, 20))}

    for text in (
        "The OSCE withdrew its monitors from eastern Moldova.",
        "Uruguay pulled its peacekeeping force out of Haiti.",
        "Forty Zambian peacekeepers were flown out of the Congolese town on Sunday.",
    ):
        assert "SANCTION" in types(text), text
    assert "RETREAT" in types("Russia pulled out its troops from the border town.")


def test_embassy_closures_internet_shutdowns_and_hunger_strikes(nlp):
    """Manual readings however the act is worded: shutting an embassy is SANCTION withdraw, shutting off the
    internet COERCE withhold, a hunger strike PROTEST hunger."""
    from sitrep.extract.entities import doc_mentions

    def coded(text):
        doc = nlp(text)
        return {
            (c["event_type"], c["event_mode"]) for c in doc_event_candidates(doc, doc_mentions(doc), date(2024, 2, 20))
        }

    assert ("SANCTION", "withdraw") in coded("Qatar shut down its consulate in Jeddah.")
    assert ("COERCE", "withhold") in coded("Iran cut off internet access across the country on Friday.")
    assert ("COERCE", "withhold") in coded("The Ethiopian government shut down the internet in Tigray.")
    assert ("PROTEST", "hunger") in coded("Jailed Egyptian activists went on hunger strike in Cairo.")
