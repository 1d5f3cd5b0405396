"""Each kind of check added with severities catches a deliberately broken frame, and routes by severity."""

from datetime import date, timedelta

import polars as pl
import pytest

from expectations import suites
from expectations.runner import validate_frame
from expectations.severity import ERROR, WARN, error, severity_of, warn
from tests.expectations.article_rows import article as _article

BODY = "The foreign ministers of Ruritania and Freedonia met in Zenda on Tuesday."


def _failed(outcome) -> dict[str, str]:
    return {c["check_name"]: c["severity"] for c in outcome.checks if not c["success"]}


def _spans(text_column: str, rows: list[tuple[int, int, str]], **extra) -> pl.DataFrame:
    """Span rows over BODY with the context columns expectations.context joins in."""
    return pl.DataFrame(
        {
            **{k: [v] * len(rows) for k, v in extra.items()},
            "article_id": ["a1"] * len(rows),
            text_column: [t for _, _, t in rows],
            "start_char": [s for s, _, _ in rows],
            "end_char": [e for _, e, _ in rows],
            "_body_length": [len(BODY)] * len(rows),
            "_body_span": [BODY[s:e] for s, e, _ in rows],
        }
    )


def test_severity_is_declared_on_the_expectation_and_defaults_to_error():
    import great_expectations.expectations as gxe

    plain = gxe.ExpectColumnValuesToNotBeNull(column="x")
    (warned,) = warn(gxe.ExpectColumnValuesToNotBeNull(column="y"))
    (strict,) = error(gxe.ExpectColumnValuesToNotBeNull(column="z"))
    assert (severity_of(plain), severity_of(warned), severity_of(strict)) == (ERROR, WARN, ERROR)
    warned.meta = {"severity": "fatal"}
    with pytest.raises(ValueError, match="unknown severity"):
        severity_of(warned)


def test_mention_span_outside_the_body_or_not_matching_its_surface_is_an_error():
    good = (25, 34, "Ruritania")
    shifted = (26, 35, "Ruritania")  # offsets off by one: the body says "uritania "
    beyond = (len(BODY) - 2, len(BODY) + 5, "Tuesday.")
    df = _spans("surface", [good, shifted, beyond], entity_id="e1")
    outcome = validate_frame("extract", "mentions", df, suites.mentions(["e1"], ["a1"]))
    failed = _failed(outcome)
    assert failed["expect_column_pair_values_to_be_equal:surface+_body_span"] == ERROR
    assert failed["expect_column_pair_values_a_to_be_greater_than_b:_body_length+end_char"] == ERROR
    assert set(outcome.failed_rows) == {1, 2}
    assert outcome.passed(df).height == 1


@pytest.mark.parametrize(
    ("table", "text_column", "builder", "extra"),
    [
        ("quotes", "text", lambda: suites.quotes(["a1"], ["e1"]), {"quote_id": "q1", "speaker_entity_id": "e1"}),
        ("event_mentions", "sentence", lambda: suites.event_mentions(["v1"], ["a1"]), {"event_id": "v1"}),
    ],
)
def test_quote_and_evidence_spans_must_cut_out_their_stored_text(table, text_column, builder, extra):
    df = _spans(text_column, [(0, len(BODY), BODY), (4, 20, "a different text")], **extra)
    if table == "quotes":
        df = df.with_columns(pl.Series("quote_id", ["q1", "q2"]))
    outcome = validate_frame("extract", table, df, builder())
    assert f"expect_column_pair_values_to_be_equal:{text_column}+_body_span" in _failed(outcome)
    assert set(outcome.failed_rows) == {1}
    example = next(c for c in outcome.checks if c["check_name"].endswith("_body_span"))
    assert '"a different text"' in example["details"]  # the failing row is kept as an example


def test_future_publish_date_is_an_error_and_a_left_over_marker_only_a_warning():
    tomorrow_plus = date.today() + timedelta(days=suites.FUTURE_SLACK_DAYS + 2)
    df = pl.DataFrame(
        [
            _article(1),
            _article(2, published_at=tomorrow_plus),
            _article(3, body="Talks went on.\nAdvertisement\nThey ended late.", word_count=6),
            _article(4, body="A paper on advertisement markets was read.", word_count=7),  # a word, not a marker
        ]
    )
    outcome = validate_frame("ingest", "articles", df, suites.articles())
    failed = _failed(outcome)
    assert failed == {
        "expect_column_values_to_be_between:published_at": ERROR,
        "expect_column_values_to_not_match_regex:body": WARN,
    }
    assert set(outcome.failed_rows) == {1}  # the warned row is kept
    assert outcome.passed(df)["article_id"].to_list() == ["a1", "a3", "a4"]
    marker = next(c for c in outcome.checks if c["check_name"] == "expect_column_values_to_not_match_regex:body")
    assert marker["unexpected_count"] == 1 and '"a3"' in marker["details"]


def _event(i: int, **over) -> dict:
    row = {
        "event_id": f"v{i}", "event_type": "CONSULT", "event_mode": "visit", "event_status": "occurred",
        "event_date": date(2025, 5, 1), "date_precision": "day", "location_name": "Zenda",
        "location_country_iso3": "RUR", "latitude": 1.0, "longitude": 2.0, "summary": "s", "story_id": "s1",
        "num_articles": 1, "num_sources": 1, "confidence": 0.5, "_participants": 2, "_evidence": 1,
    }  # fmt: skip
    row.update(over)
    return row


def test_event_types_outside_plover_modes_off_the_crosswalk_and_events_without_actors_or_evidence():
    assert len(suites.PLOVER_TYPES) == 16 and "REQUEST" in suites.PLOVER_TYPES and "DEMAND" not in suites.PLOVER_TYPES
    assert {"visit", "phone", "third-party", "investigate", "disapprove"} <= set(suites.PLOVER_MODES)
    df = pl.DataFrame(
        [
            _event(1),
            _event(2, event_type="DEMAND"),
            _event(3, event_mode="telepathy"),
            _event(4, _participants=0),
            _event(5, _evidence=0),
            _event(6, event_mode=None),  # no mode is fine
        ]
    )
    outcome = validate_frame("extract", "events", df, suites.events())
    failed = _failed(outcome)
    assert failed == {
        "expect_column_values_to_be_in_set:event_type": ERROR,
        "expect_column_values_to_be_in_set:event_mode": WARN,
        "expect_column_values_to_be_between:_participants": ERROR,
        "expect_column_values_to_be_between:_evidence": ERROR,
    }
    assert set(outcome.failed_rows) == {1, 3, 4}
    assert outcome.failed_errors == [
        "expect_column_values_to_be_in_set:event_type",
        "expect_column_values_to_be_between:_participants",
        "expect_column_values_to_be_between:_evidence",
    ]
