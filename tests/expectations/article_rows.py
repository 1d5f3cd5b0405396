"""A staged article row for the suites' tests: good by default, with any field overridden."""

from datetime import date


def article(i: int, **over) -> dict:
    row = {
        "article_id": f"a{i}", "document_id": f"d{i}", "source_uri": f"/x/{i}.txt", "title": "T", "outlet": None,
        "author": None, "published_at": date(2025, 5, 30), "language": "en", "body": "Some words here.",
        "word_count": 3,
    }  # fmt: skip
    row.update(over)
    return row
