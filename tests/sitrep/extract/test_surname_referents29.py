"""A bare surname right after a namesake's full name means the person the corpus knows far better, when the
article already calls him by it (``surname_referents``); between people the corpus knows alike, the namesake named
just before still wins."""

from sitrep.extract.entities import doc_mentions, resolve_entities

STAR = [
    "President Helen Carter signed the budget on Tuesday. Carter said it would create jobs.",
    "President Helen Carter spoke to reporters in Warsaw. Carter criticised the press.",
    "President Helen Carter travelled to Krakow on Friday.",
]
ARTICLE = (
    "President Helen Carter met business leaders in Warsaw on Monday. Carter said the talks were good. "
    "Her brother Tom Carter attended the meeting. Carter then praised the Czech prime minister."
)


def _last_bare(nlp, texts: list[str]) -> str:
    analyses = [{"article_id": f"s29-{i}", "mentions": doc_mentions(nlp(t))} for i, t in enumerate(texts)]
    entities, mention_entity = resolve_entities(analyses)
    name = {e["entity_id"]: e["canonical_name"] for e in entities}
    last = max((m for m in analyses[0]["mentions"] if m["surface"] == "Carter"), key=lambda m: m["start_char"])
    return name[mention_entity[("s29-0", last["idx"])]]


def test_the_corpus_s_well_known_person_keeps_the_surname_after_a_relative(nlp):
    assert _last_bare(nlp, [ARTICLE, *STAR]) == "Helen Carter"


def test_without_the_corpus_the_relative_named_just_before_is_meant(nlp):
    assert _last_bare(nlp, [ARTICLE]) == "Tom Carter"


def test_an_article_that_never_called_her_by_the_surname_keeps_recency(nlp):
    text = (
        "President Helen Carter met business leaders in Warsaw on Monday. "
        "Her brother Tom Carter attended the meeting. Carter then praised the Czech prime minister."
    )
    assert _last_bare(nlp, [text, *STAR]) == "Tom Carter"
