"""Headlines whose main verb the small model tags a noun ('Freedonia taunts Ruritania', 'Pirates hijack ship'),
read as clauses (``headline_clauses``), through the real spaCy pipeline. Invented titles and bodies."""

from __future__ import annotations

import pytest

from sitrep.extract import headline_clauses, headline_nominals
from sitrep.extract.data_files import read_tsv
from sitrep.extract.verb_forms import verb_readings
from tests.sitrep.extract.coding import titled_parties


@pytest.fixture(scope="module")
def coded(nlp):
    """(title, body) -> [(event type, {(role, surface)}, from the title)]."""

    return lambda title, body: titled_parties(nlp, title, body)


def test_verb_forms_read_the_lemmatizer_tables(nlp):
    assert ("taunt", "present") in verb_readings(nlp.vocab, "taunts")
    assert ("try", "present") in verb_readings(nlp.vocab, "tries")
    assert ("hijack", "base") in verb_readings(nlp.vocab, "hijack")
    assert not verb_readings(nlp.vocab, "ruritania")


def test_taunts_tagged_a_noun_is_the_headline_verb(nlp, coded):
    title = "Iran taunts Trump over missile test"
    doc = nlp(title)
    assert doc[1].pos_ != "VERB"  # the model's reading this mechanism repairs
    clause = next(headline_clauses.clause_readings(doc))
    assert clause[1].pos_ == "VERB" and clause[1].dep_ == "ROOT" and clause[1].lemma_ == "taunt"
    assert [t.dep_ for t in clause if t.text in {"Iran", "Trump"}] == ["nsubj", "dobj"]
    body = (
        "Iran's supreme leader said on Sunday that President Donald Trump was a newcomer who showed the real face "
        "of America. Tehran tested a new missile last week."
    )
    accuse = [e for e in coded(title, body) if e[0] == "ACCUSE" and e[2]]
    assert accuse and {("source", "Iran"), ("target", "Donald Trump")} <= accuse[0][1]


def test_a_name_the_model_missed_is_the_body_s_person(coded):
    body = (
        "Philippine President Rodrigo Duterte lashed out at Washington on Friday, saying the United States "
        "treated his country like a dog. Duterte spoke to soldiers in Manila."
    )
    accuse = [e for e in coded("Duterte rails against US", body) if e[0] == "ACCUSE"]
    assert accuse and ("source", "Rodrigo Duterte") in accuse[0][1]


def test_a_base_form_after_a_plural_subject(coded):
    body = (
        "Armed pirates seized a cargo ship off the coast of Somalia on Tuesday, the shipowner said. "
        "The crew of eight Sri Lankan sailors was taken hostage."
    )
    events = coded("Somali pirates hijack ship with Sri Lankan crew onboard", body)
    assert any(e[0] == "ASSAULT" and ("source", "criminals") in e[1] and e[2] for e in events)


def test_the_event_noun_of_a_compound_is_no_verb(nlp):
    for title in ("Syria peace talks resume in Geneva", "Trade sanctions loom for Iran"):
        verbs = [t.text for clause in headline_clauses.clause_readings(nlp(title)) for t in clause if t.dep_ == "ROOT"]
        assert "talks" not in verbs and "sanctions" not in verbs
    (clause,) = headline_clauses.clause_readings(nlp("Syria peace talks resume in Geneva"))
    assert [t.text for t in clause if t.dep_ == "ROOT"] == ["resume"]  # the plural subject's base form


def test_a_title_the_body_does_not_support_codes_nothing(coded):
    body = "Freedonia's parliament voted on the budget on Monday. The vote passed by a wide margin."
    assert not [e for e in coded("Ruritania slams Freedonia over border fence", body) if e[2]]


def test_a_parsed_verb_is_left_alone(nlp):
    doc = nlp("Freedonia accuses Ruritania of shelling border town")
    assert doc[1].pos_ == "VERB"
    assert list(headline_clauses.clause_readings(doc)) == []


def test_a_name_only_the_body_tags_resolves_the_title(nlp):
    from sitrep.extract import entities
    from sitrep.extract.headline_names import add_body_names

    body = nlp("Secretary of State George Shultz flew to Moscow on Monday.")
    title = nlp("Shultz arrives in Moscow for arms talks")
    add_body_names(title, entities.doc_mentions(body))
    assert ("Shultz", "PERSON") in {(e.text, e.label_) for e in title.ents}


def test_a_nominal_headline_is_its_opening_phrase_s_act(nlp):
    readings = list(headline_nominals.nominal_readings(nlp("Merkel at White House for talks with Trump")))
    assert readings and [t.text for t in readings[0] if t.dep_ == "ROOT"] == ["talks"]
    assert [t.dep_ for t in readings[0] if t.text == "Merkel"] == ["poss"]


@pytest.mark.parametrize("row", read_tsv("headline_act_preps.tsv"), ids=lambda r: r["prep"])
def test_headline_act_prep_examples(coded, row):
    title, body = row["example"].split("|")
    assert any(e[0] == row["type"] and ("source", row["source"]) in e[1] for e in coded(title, body))


def test_a_future_headline_is_its_subject_s_act(nlp):
    (reading,) = headline_nominals.nominal_readings(nlp("Reagan to announce decision on Japan sanctions"))
    assert [t.text for t in reading if t.dep_ == "ROOT"] == ["announce"]
    assert [t.dep_ for t in reading if t.text == "Reagan"] == ["nsubj"]


def test_talks_between_two_parties_name_them_acting(coded):
    body = (
        "Iranian and Russian diplomats left Geneva on Tuesday. Iran said Russia had made no new offer on the reactor."
    )
    consult = [e for e in coded("Talks between Iran and Russia end without deal", body) if e[0] == "CONSULT"]
    assert consult and consult[0][2] and {r for r, _n in consult[0][1]} == {"participant"}


def test_the_place_compound_of_a_visit_is_where_it_goes(event_roles):
    roles = event_roles("During his Hanoi visit, Kerry praised the reforms.", "CONSULT")
    assert ("source", "Kerry") in roles and ("target", "Hanoi") in roles


def test_a_headline_passive_by_an_agent_is_the_main_act(coded):
    body = (
        "The European Parliament voted on Thursday to remove the protection from prosecution that Marine Le Pen "
        "enjoys as a member. The vote was 450 to 120."
    )
    events = coded("Marine Le Pen's immunity lifted by European Parliament", body)
    sanction = [e for e in events if e[0] == "SANCTION" and e[2]]
    assert sanction and {("source", "European Parliament"), ("target", "Marine Le Pen")} <= sanction[0][1]


def test_barring_sanctions_is_a_refusal(nlp):
    (clause,) = headline_clauses.clause_readings(nlp("U.S., Britain bar sanctions against South Africa"))
    from sitrep.extract import entities, events

    cands = events.doc_event_candidates(clause, entities.doc_mentions(clause), None)
    assert {c["event_type"] for c in cands} == {"REJECT"}
