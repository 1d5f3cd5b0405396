"""Frames that report no event (hypotheticals, questions, hedges, teasers) and trigger senses read
against their objects, on sentences of our own."""

from __future__ import annotations

import pytest

from sitrep.extract import event_frames, event_senses, event_triggers
from tests.sitrep.extract.coding import token as _token


@pytest.mark.parametrize(
    ("text", "word", "etype", "reason"),
    [
        ("If Ruritania attacked the border posts, the alliance would respond.", "attacked", "ASSAULT", "conditional"),
        ("Ruritania could impose sanctions on its neighbour.", "impose", "SANCTION", "hypothetical"),
        ("The minister would have resigned had the vote failed.", "resigned", "RETREAT", "hypothetical"),
        ("New rules would let police arrest protesters without a warrant.", "arrest", "COERCE", "hypothetical"),
        ("Borduria should hand the suspect over to Syldavia.", "hand", "COOPERATE", "obligation"),
        ("The envoy said Borduria must free the sailors.", "free", "RETREAT", "obligation"),
        ("Did the army shell the villages last week?", "shell", "ASSAULT", "question"),
        ("Commentators believe the governor threatened the union.", "threatened", "THREATEN", "hedged"),
        ("Observers suppose the visit angered the opposition.", "angered", "ACCUSE", "hedged"),
        ("Missile strikes on the port are unlikely.", "strikes", "ASSAULT", "hedged"),
        ("It is possible that the rebels will attack the town.", "attack", "ASSAULT", "hedged"),
        ("The governor is seeking a fresh start for her party.", "seeking", "REQUEST", "unrequested"),
        ("Asked about the strike, the mayor said little.", "Asked", "REQUEST", "agentless-passive"),
        ("Accused of bribery, the mayor resigned.", "Accused", "ACCUSE", "agentless-passive"),
        ("The mayor signed the pact and was praised for it.", "praised", "SUPPORT", "agentless-passive"),
        ("READ MORE: Ruritania expels envoys The talks went on.", "expels", "SANCTION", "teaser"),
        ("Grain exports declined 12 percent last year.", "declined", "REJECT", "quantity"),
        ("Foreign demand for copper slipped in the spring.", "demand", "REQUEST", "quantity"),
        ("The new port will help boost trade along the coast.", "help", "AID", "facilitative"),
        ("Farmers were shocked by the ruling.", "shocked", "ACCUSE", "emotion"),
        ("The two ministries usually send envoys to the summit.", "send", "CONSULT", "habitual"),
        ("Farmers distrust the ministry and regularly visit the regional office.", "visit", "CONSULT", "habitual"),
        ("We often hear that the coastguard detains fishermen near the reef.", "detains", "COERCE", "habitual"),
        ("The delta has been scarred since the 1980s by clashes between herders.", "scarred", "ASSAULT", "habitual"),
        ("Rebels have raided the hill villages since the 1970s.", "raided", "ASSAULT", "habitual"),
        ("The governor called the mayor a coward.", "called", "CONSULT", "naming"),
        ("Critics pointed to the failure to agree on a budget.", "agree", "AGREE", "unrealised"),
        ("Most voters now accept that the reform will take years.", "accept", "AGREE", "acknowledging"),
        ("The cabinet has recognised that the old plan cannot work.", "recognised", "SUPPORT", "acknowledging"),
        ("Analysts said the rebels may have shelled the convoy.", "shelled", "ASSAULT", "hypothetical"),
        ("Under the new rules, police can arrest strikers without a warrant.", "arrest", "COERCE", "hypothetical"),
        ("Borduria needs to withdraw its gunboats from the strait.", "withdraw", "RETREAT", "obligation"),
        ("The council has to pay damages to the fishermen.", "pay", "RETREAT", "obligation"),
        ("The spokeswoman declined to comment on the arrests.", "declined", "REJECT", "no-comment"),
        ("The port stays shut until both governments agree on a new treaty.", "agree", "AGREE", "prospective"),
        ("Fishermen in the bay face the risk of shelling by the navy.", "shelling", "ASSAULT", "prospective"),
        ("The senator admires the general.", "admires", "SUPPORT", "stative"),
        ("The mayor said she had no idea why the unions would call for a strike.", "call", "REQUEST", "hypothetical"),
        ("The senator called into question the pact with the islanders.", "called", "CONSULT", "naming"),
        ("Two hikers were injured when a landslide swept the trail.", "injured", "ASSAULT", "mishap"),
    ],
)
def test_frames_that_report_no_event(nlp, text, word, etype, reason):
    assert event_frames.frame_reason(_token(nlp(text), word), etype) == reason


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        ("Ruritania attacked the border posts on Monday.", "attacked", "ASSAULT"),
        ("The foreign minister said Ruritania would withdraw its troops by May.", "withdraw", "RETREAT"),
        ("The president will visit Syldavia next week.", "visit", "CONSULT"),
        ("Borduria is expected to meet the envoys on Friday.", "meet", "CONSULT"),
        ("The minister said Borduria may impose sanctions on Syldavia.", "impose", "SANCTION"),
        ("The union sought help from the regional government.", "sought", "REQUEST"),
        ("The refugees sought asylum in Syldavia.", "sought", "REQUEST"),
        ("The envoy was asked by the council to resign.", "asked", "REQUEST"),
        ("The ministry says Borduria is committed to ending the blockade.", "committed", "AGREE"),
        ('He asked: "?Why now?" and the council "?agreed?" to the plan.', "agreed", "AGREE"),
        ("The leaders praised each other during talks that appeared friendly.", "praised", "SUPPORT"),
        ("The border guards cut off the road to the village.", "cut", "COERCE"),
        ("Ruritania helped Syldavia rebuild its schools.", "helped", "AID"),
        ("The council accepted the union's offer on Friday.", "accepted", "AGREE"),
        ("Ruritania recognised Syldavia as a state.", "recognised", "SUPPORT"),
        ("The strike shocked the capital.", "shocked", "ACCUSE"),
        ("The border guards have moved tanks to the frontier.", "moved", "MOBILIZE"),
        ("The council praised the pact and was thanked for it.", "praised", "SUPPORT"),
        ("The governor called the mayor on Tuesday.", "called", "CONSULT"),
        ("The council had to pay damages to the fishermen.", "pay", "RETREAT"),
        ("The fighting went on until the army withdrew from the valley.", "withdrew", "RETREAT"),
        ("Farmers distrust the ministry and visited the regional office on Monday.", "visited", "CONSULT"),
        ("We often hear that the coastguard detained two fishermen near the reef on Friday.", "detained", "COERCE"),
        ("Rebels have raided the hill villages since Tuesday.", "raided", "ASSAULT"),
        ("The junta has outlawed the union since 2004.", "outlawed", "COERCE"),
        ("The tribunal has barred the mayor from office for six years.", "barred", "SANCTION"),
        ("The spokeswoman declined to sign the accord.", "declined", "REJECT"),
        ("The senator admired the general's speech and praised him.", "praised", "SUPPORT"),
        ("Two hikers were shot by poachers after the storm.", "shot", "ASSAULT"),
        # a sentence opening with the name May, which the parser may take for the modal
        ("May spoke to the envoys of the union on Tuesday.", "spoke", "CONSULT"),
    ],
)
def test_events_in_plain_and_planned_frames_are_kept(nlp, text, word, etype):
    assert event_frames.frame_reason(_token(nlp(text), word), etype) is None


def test_every_sense_example_reads_another_sense(nlp):
    """Each row of trigger_senses.tsv carries an example whose trigger, read with its object, is not the row's
    category; the same verb with a person or place as object keeps it."""
    import csv

    path = event_frames.DATA_DIR / "trigger_senses.tsv"
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader((ln for ln in f if not ln.startswith("#")), delimiter="\t"))
    assert len(rows) >= 10
    for row in rows:
        doc = nlp(row["example"])
        verb = row["lemma"].split()[0]
        trig = next(t for t in doc if t.lemma_.lower() == verb)
        expected = None if row["instead"] == "-" else row["instead"]
        got = event_senses.sense_type(trig, None, row["plover"])
        if got != expected:  # an object after a preposition is the lexicon pattern's object ('went on trial')
            found = event_triggers.read_verb(trig)
            got = event_senses.sense_type(trig, found.object if found else None, row["plover"])
        assert got == expected, row["example"]


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        ("The rebels released two hostages on Sunday.", "released", "RETREAT"),
        ("Militants struck a police convoy near the border.", "struck", "ASSAULT"),
        ("The army took the airport after a day of fighting.", "took", "COERCE"),
        ("Ruritania provided food and medicine to the refugees.", "provided", "AID"),
        ("The rebels fired rockets at the town.", "fired", "ASSAULT"),
        ("Soldiers fired on the crowd.", "fired", "ASSAULT"),
        ("The union pushed for new talks.", "pushed", "REQUEST"),
        ("The envoy pressed Lavrov to free the sailors.", "pressed", "REQUEST"),
        ("The council asked the governor to resign.", "asked", "REQUEST"),
        ("The union asked for a new hearing.", "asked", "REQUEST"),
        ("The mayor called for calm after the riot.", "called", "REQUEST"),
        ("The minister called on farmers to end the blockade.", "called", "REQUEST"),
        ("The bloc imposed sanctions on the regime.", "imposed", "SANCTION"),
        ("The kingdom cancelled the trade privileges of its neighbour.", "cancelled", "SANCTION"),
        ("The village elders welcomed the envoy from the capital.", "welcomed", "SUPPORT"),
        ("Gunmen hit a police post near the border.", "hit", "ASSAULT"),
    ],
)
def test_physical_senses_are_kept(nlp, text, word, etype):
    assert event_senses.sense_type(_token(nlp(text), word), None, etype) == etype


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        ("The minister fired her deputy.", "fired", "ASSAULT"),
        ("The reform will push the economy into new territory.", "push", "REQUEST"),
        ("The spokesman insisted the talks went well.", "insisted", "REQUEST"),
        ("The senator asked the nominee about his rulings.", "asked", "REQUEST"),
        ("The judge was asked by a reporter what she would do next.", "asked", "REQUEST"),
        ("The chairman asked whether the vote could wait.", "asked", "REQUEST"),
        ("The mayor asks the governor if he is going to the coast.", "asks", "REQUEST"),
        ("The president can call national elections.", "call", "REQUEST"),
    ],
)
def test_senses_that_need_an_argument(nlp, text, word, etype):
    assert event_senses.sense_type(_token(nlp(text), word), None, etype) is None


def test_noun_trigger_read_with_its_modifier(nlp):
    doc = nlp("The coalition carried out air strikes on the town.")
    assert event_senses.sense_type(_token(doc, "strikes"), None, "PROTEST") == "ASSAULT"
    doc = nlp("Dock workers began a strike over pay.")
    assert event_senses.sense_type(_token(doc, "strike"), None, "PROTEST") == "PROTEST"


def test_media_outlets_are_no_party_to_talks_or_requests():
    outlet = {"label": "ORG", "surface": "Channel Nine News"}
    state = {"label": "GPE", "surface": "Ruritania"}
    assert event_frames.media_party("CONSULT", [state, outlet])
    assert not event_frames.media_party("CONSULT", [state])
    assert not event_frames.media_party("ACCUSE", [outlet, state])  # an editorial can criticise


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("Syldavian troops attacked Borduria on Monday.", [("ASSAULT", "attacked")]),
        ("If Syldavian troops attacked Borduria, the alliance would respond.", []),
        ("Did Syldavia expel the Bordurian ambassador?", []),
        ("The Syldavian government sought to influence the Bordurian election.", []),
        ("Syldavia released two Bordurian prisoners.", [("RETREAT", "released")]),
        ("Syldavia released a statement on Monday.", []),
        ("Senator Jane Smith attacked the Bordurian budget plan on Monday.", [("ACCUSE", "attacked")]),
        ("Syldavia said on Tuesday that Borduria must return the captured fishing boats.", [("REQUEST", "return")]),
        ("Borduria should return the boats.", []),
    ],
)
def test_candidates_of_an_article_pass_the_frame_filter(nlp, text, coded):
    from sitrep.extract import entities
    from sitrep.extract.event_candidates import doc_event_candidates

    doc = nlp(text)
    cands = doc_event_candidates(doc, entities.doc_mentions(doc), None)
    assert [c["event_type"] for c in cands] == [etype for etype, _ in coded]


def test_a_light_verbs_event_noun_is_read_with_its_modifiers(nlp):
    doc = nlp("The coalition is leading air strikes in the north.")
    assert event_senses.sense_type(_token(doc, "leading"), _token(doc, "strikes"), "PROTEST") == "ASSAULT"


def test_a_reported_obligation_is_a_request_by_the_speaker(nlp):
    from sitrep.extract import entities
    from sitrep.extract.event_candidates import doc_event_candidates

    doc = nlp("Syldavia said on Tuesday that Borduria must return the captured fishing boats.")
    ments = entities.doc_mentions(doc)
    names = {m["idx"]: m["surface"] for m in ments}
    (cand,) = doc_event_candidates(doc, ments, None)
    assert [(names[p["mention_idx"]], p["role"]) for p in cand["participants"]] == [
        ("Syldavia", "source"),
        ("Borduria", "target"),
    ]
