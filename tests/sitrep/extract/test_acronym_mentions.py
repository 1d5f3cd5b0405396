"""Organisation acronyms the small NER model leaves untagged."""

from __future__ import annotations

from sitrep.extract.entities import doc_mentions


def _surfaces(nlp, text):
    return [(m["surface"], m["label"]) for m in doc_mentions(nlp(text))]


def test_an_acronym_defined_in_the_text_is_an_organisation_everywhere(nlp):
    text = (
        "The Northern Grain Traders Association (NGTA) met in Oslo on Monday. "
        "Later NGTA said prices would fall, and NGTA members agreed."
    )
    got = _surfaces(nlp, text)
    assert sum(1 for s, label in got if s == "NGTA" and label == "ORG") >= 2


def test_a_dictionary_acronym_standing_alone_is_an_organisation(nlp):
    got = _surfaces(nlp, "On Friday ECOWAS warned the junta, and OPEC kept its output steady.")
    assert ("ECOWAS", "ORG") in got


def test_shouted_words_agencies_and_places_are_not_acronyms(nlp):
    from sitrep.extract.acronym_mentions import add_acronyms

    doc = nlp("BREAKING NEWS: the talks failed. Officials in the UK told AFP that ECOWAS would meet.")
    added = {doc.text[sp.start : sp.end] for sp in add_acronyms(doc, [])}
    assert added == {"ECOWAS"}


def test_the_bloc_stands_for_the_international_organisation_named_before(nlp):
    doc = nlp(
        "NATO ministers met in Brussels on Monday. The alliance said it would send troops. The Western bloc balked."
    )
    got = [(m["surface"], m["name"]) for m in doc_mentions(doc)]
    assert ("alliance", "NATO") in got
    assert not any(s == "bloc" for s, _ in got)  # 'the Western bloc' is no anaphor


def test_no_antecedent_no_anaphor(nlp):
    doc = nlp("The alliance said it would send troops to the border on Monday.")
    assert not any(m["surface"] == "alliance" for m in doc_mentions(doc))


def test_a_defined_name_cut_by_the_model_is_one_organisation_with_its_acronym(nlp):
    from sitrep.extract.resolution import resolve_entities

    doc = nlp(
        "The nine-member Union of Northern Fishing Towns (UNFT) closed the harbours on Monday. "
        "UNFT leaders will meet again in Tromso."
    )
    ments = doc_mentions(doc)
    assert ("Union of Northern Fishing Towns", "ORG") in [(m["surface"], m["label"]) for m in ments]
    rows, ment_ent = resolve_entities([{"article_id": "a", "mentions": ments}])
    ids = {ment_ent[("a", m["idx"])] for m in ments if m["surface"] in ("Union of Northern Fishing Towns", "UNFT")}
    assert len(ids) == 1


def test_initials_spell_an_acronym_with_or_without_function_words():
    from sitrep.extract.acronym_mentions import acronym_spells

    assert acronym_spells(["Council", "of", "Baltic", "Sea", "States"], "CBSS")
    assert acronym_spells(["League", "of", "Arctic", "Ports"], "LOAP")
    assert not acronym_spells(["League", "of", "Arctic", "Ports"], "LAPS")


def test_an_acronym_said_as_a_word_names_its_organisation_an_initialism_does_not(nlp):
    from sitrep.extract.resolution import resolve_entities

    def canonical(text: str, acronym: str) -> str:
        ments = doc_mentions(nlp(text))
        rows, ment_ent = resolve_entities([{"article_id": "a", "mentions": ments}])
        eid = next(ment_ent[("a", m["idx"])] for m in ments if m["surface"] == acronym)
        return next(r["canonical_name"] for r in rows if r["entity_id"] == eid)

    spoken = "The League of Arctic Ports (LOAP) met on Monday. LOAP said the ice was late this year."
    assert canonical(spoken, "LOAP") == "LOAP"
    spelled = "The Union of Northern Fishing Towns (UNFT) met on Monday. UNFT said the ice was late this year."
    assert canonical(spelled, "UNFT") == "Union of Northern Fishing Towns"
