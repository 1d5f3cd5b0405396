"""Migration 0040: quote attribution columns and the quote_facts view."""

from warehouse import db


def test_quote_facts_shows_speaker_method_outlet_date_and_group_size():
    con = db.connect(":memory:")
    con.execute(
        "insert into curated.articles (article_id, document_id, title, outlet, published_at) values "
        "('a1', 'd1', 'Port reopens', 'Harbour Daily', '2024-03-01'), "
        "('a2', 'd2', 'Port back in business', 'Coast News', '2024-03-02')"
    )
    con.execute("insert into curated.entities values ('e1', 'Ingrid Solberg', 'PERSON', 'NOR', null, ['Solberg'], 2)")
    con.execute(
        "insert into curated.quotes values "
        "('q1', 'a1', 'e1', 'The cranes work again.', 10, 32, 'direct', 'Solberg said.', 0, 40, 'q1'), "
        "('q2', 'a2', 'e1', 'The cranes work again', 5, 26, 'pronoun', 'she said.', 0, 30, 'q1'), "
        "('q3', 'a2', null, 'Nobody knew.', 50, 62, null, null, null, null, 'q3')"
    )
    rows = con.execute(
        "select quote_id, speaker, speaker_method, outlet, cast(published_at as varchar), group_articles "
        "from curated.quote_facts order by quote_id"
    ).fetchall()
    assert rows == [
        ("q1", "Ingrid Solberg", "direct", "Harbour Daily", "2024-03-01", 2),
        ("q2", "Ingrid Solberg", "pronoun", "Coast News", "2024-03-02", 2),
        ("q3", None, None, "Coast News", "2024-03-02", 1),
    ]
