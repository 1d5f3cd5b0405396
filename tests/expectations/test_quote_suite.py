"""The quotes suite: attribution offsets may be null together, else lie inside the body; methods are named."""

import polars as pl

from expectations import suites
from expectations.runner import validate_frame

BODY = '"The bridge opens in May," the mayor said. Nobody else spoke.'


def _quotes(rows: list[dict]) -> pl.DataFrame:
    base = {"article_id": "a1", "speaker_entity_id": "e1", "text": "The bridge opens in May,", "start_char": 1,
            "end_char": 25, "speaker_method": "title", "attribution": BODY[:42], "attribution_start_char": 0,
            "attribution_end_char": 42, "quote_group_id": "g1", "_body_length": len(BODY),
            "_body_span": BODY[1:25]}  # fmt: skip
    return pl.DataFrame([{**base, "quote_id": f"q{i}", **r} for i, r in enumerate(rows)])


def test_null_attribution_passes_and_a_bad_one_or_an_unknown_method_fails():
    df = _quotes(
        [
            {},
            {
                "speaker_entity_id": None,
                "speaker_method": None,
                "attribution": None,
                "attribution_start_char": None,
                "attribution_end_char": None,
            },  # fmt: skip
            {"attribution_end_char": len(BODY) + 9},  # beyond the body
            {"speaker_method": "guessed"},
            {"quote_group_id": None},
        ]
    )
    outcome = validate_frame("extract", "quotes", df, suites.quotes(["a1"], ["e1"]))
    assert set(outcome.failed_rows) == {2, 3, 4}
    assert outcome.passed(df)["quote_id"].to_list() == ["q0", "q1"]
