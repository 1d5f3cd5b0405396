"""A leading country written with stops ('U.S.') says whose an organisation is, as 'US' does
(``org_country_prefix``): articles of our own naming one department three ways resolve to one entity, and so do
two armies written "U.S. Army" and "US Army"."""

from sitrep.extract import pipeline


def test_us_and_u_s_and_bare_department_are_one_organisation(nlp):
    texts = [
        "The U.S. Department of Justice charged the man on Monday.",
        "The US Department of Justice declined to comment on the charges.",
        "The Justice Department said the man had spied.",
    ]
    arts = [{"article_id": f"a{i}", "body": t, "published_at": "2017-03-20"} for i, t in enumerate(texts)]
    rows = pipeline.assemble(pipeline.analyze_articles(arts, nlp), {a["article_id"]: a for a in arts})
    ids = {m["entity_id"] for m in rows["mentions"] if "Justice" in m["surface"]}
    assert len(ids) == 1, rows["mentions"]
    assert {e["country_iso3"] for e in rows["entities"] if e["entity_id"] in ids} == {"USA"}


def test_a_two_word_name_after_u_s_keys_as_after_us(nlp):
    texts = ["U.S. Army officers met the mayor on Monday.", "The US Army said on Tuesday it had sent troops."]
    arts = [{"article_id": f"a{i}", "body": t, "published_at": "2017-03-20"} for i, t in enumerate(texts)]
    rows = pipeline.assemble(pipeline.analyze_articles(arts, nlp), {a["article_id"]: a for a in arts})
    assert len({m["entity_id"] for m in rows["mentions"] if "Army" in m["surface"]}) == 1, rows["mentions"]
