"""A workers' federation or confederation named in lower case ("the miners federation") is a union actor written
as its phrase, so its mention row carries the name a reader gives it ("miners federation")."""

from sitrep.extract import entities, events


def test_miners_federation_strikes_as_a_union(nlp, event_roles):
    assert ("source", "unions") in event_roles("The miners federation called a strike on Monday.", "PROTEST")


def test_the_union_phrase_is_its_name(nlp):
    doc = nlp("The teachers federation called a strike on Monday.")
    ments = entities.doc_mentions(doc)
    phrases = {
        p.get("phrase")
        for c in events.doc_event_candidates(doc, ments, None)
        for p in c["participants"]
        if p.get("group")
    }
    assert "teachers federation" in phrases
