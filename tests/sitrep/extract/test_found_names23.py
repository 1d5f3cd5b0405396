"""Person names the mention layer lost, on sentences of our own:

- a name opening with a particle ('de Lima', 'van Klaveren') is a person's, also after a verb ('said de Lima'),
  also when its surname is a place's name ('Lima'), and resolves to the full name of the article;
- a place the model read in such a surname ("Lima" of "de Lima's") is the person's name;
- a one-word name a title or honorific stands before once ('President Okafor') is a person's elsewhere in the
  article, even where the model called it an organisation more often.
"""

from __future__ import annotations

from sitrep.extract.doc_text import doc_text
from sitrep.extract.entities import doc_mentions
from sitrep.extract.mention_span import Span
from sitrep.extract.person_cues import propagate_persons
from sitrep.extract.resolution import resolve_entities


def _resolved(nlp, text: str) -> list[tuple[str, str, str]]:
    ments = doc_mentions(nlp(text))
    rows, ment_ent = resolve_entities([{"article_id": "a", "mentions": ments}])
    names = {r["entity_id"]: r["canonical_name"] for r in rows}
    return [(m["surface"], m["label"], names[ment_ent[("a", m["idx"])]]) for m in ments]


def test_a_name_opening_with_a_particle_is_the_article_s_person(nlp):
    got = _resolved(
        nlp,
        '"I am innocent," said de Lima outside the court. Senator Leila de Lima was arrested on Friday. '
        "Rights groups came to de Lima's side. De Lima denied the charges.",
    )
    particles = [g for g in got if g[0].lower() == "de lima"]
    assert len(particles) >= 3, got
    assert all(label == "PERSON" and name == "Leila de Lima" for _, label, name in particles), got


def test_a_lower_case_particle_name_after_its_full_name(nlp):
    got = _resolved(nlp, "Alberto van Klaveren met the envoy. Later van Klaveren said the talks went well.")
    assert ("van Klaveren", "PERSON", "Alberto van Klaveren") in got, got


def test_a_titled_one_word_name_is_a_person_where_the_model_said_organisation(nlp):
    text = "President Okafor met the envoy. Okafor echoed the minister. Okafor gave no further remarks."
    doc = nlp(text)
    starts = [i for i in range(len(text)) if text.startswith("Okafor", i)]
    spans = [Span(starts[0], starts[0] + 6, "PERSON")] + [Span(s, s + 6, "ORG") for s in starts[1:]]
    out = propagate_persons(doc, spans)
    assert [doc_text(doc)[sp.start : sp.end] for sp in out if sp.label == "PERSON"] == ["Okafor"] * 3


def test_an_untitled_one_word_name_the_model_mostly_calls_otherwise_stays(nlp):
    text = "Okafor met the envoy. Okafor echoed the minister. Okafor gave no further remarks."
    doc = nlp(text)
    starts = [i for i in range(len(text)) if text.startswith("Okafor", i)]
    spans = [Span(starts[0], starts[0] + 6, "PERSON")] + [Span(s, s + 6, "ORG") for s in starts[1:]]
    out = propagate_persons(doc, spans)
    assert [sp.label for sp in out] == ["PERSON", "ORG", "ORG"]


def test_a_place_read_in_a_particle_surname_is_the_person(nlp):
    got = _resolved(
        nlp,
        "Senator Leila de Lima was arrested on Friday. Her lawyer criticised the haste in de Lima's arrest. "
        "Officials in Lima said nothing.",
    )
    assert ("de Lima", "PERSON", "Leila de Lima") in got, got
    assert [g for g in got if g[0] == "Lima"], got  # the city itself stays a place
