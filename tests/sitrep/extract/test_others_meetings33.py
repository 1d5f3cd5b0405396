"""A meeting whose 'of' phrase names its members, told as the time of another's act, is not that actor's meeting
(``others_meetings``); a meeting 'with' someone told so stays the speaker's, and attending one makes a party."""

from sitrep.extract import entities, others_meetings
from sitrep.extract.event_candidates import doc_event_candidates


def _sources(nlp, text: str) -> set[str]:
    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    by_idx = {m["idx"]: m["surface"] for m in ments}
    cands = [c for c in doc_event_candidates(doc, ments, None) if c["event_type"] == "CONSULT"]
    return {by_idx.get(p["mention_idx"], "") for c in cands for p in c["participants"] if p["role"] == "source"}


def _token(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


def test_the_speaker_after_a_meeting_of_members_is_no_party(nlp):
    text = "The danger is growing, Chilean envoy Juan Soto said after a meeting of NATO's defense ministers."
    assert others_meetings.others_meeting(_token(nlp, text, "meeting"))
    assert "Juan Soto" not in _sources(nlp, text)


def test_a_meeting_with_someone_told_after_is_the_speakers(nlp):
    text = "Chilean envoy Juan Soto spoke to reporters after a meeting with the Peruvian president."
    assert not others_meetings.others_meeting(_token(nlp, text, "meeting"))
    assert "Juan Soto" in _sources(nlp, text)


def test_attending_a_meeting_of_members_makes_a_party(nlp):
    text = "Chilean envoy Juan Soto attended a meeting of NATO's defense ministers."
    assert "Juan Soto" in _sources(nlp, text)
