"""The data-quality contract of every stage output, as Great Expectations 1.x suites built in code.

Each builder returns the expectations for one staged table. Builders that need run-time context (for example
the set of article ids a ``duplicate_of`` may point at) take it as arguments. Checks that compare a row with
another table (a span with its article body, an event with its participants) read the context columns that
``expectations.context`` joins in (names starting with ``_``; never written to the warehouse).

Every expectation is an ``error`` (failing rows are quarantined) unless wrapped in ``warn(...)``: the
severity is declared here, next to the check (see ``expectations.severity``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from pathlib import Path

from expectations.deferred import gx_without_sql
from expectations.severity import warn

with gx_without_sql():  # GX's first import (sitrep's suites validate pandas frames, never SQL)
    import great_expectations.expectations as gxe

DATA = Path(__file__).with_name("data")
_PLOVER = json.loads((DATA / "plover.json").read_text(encoding="utf-8"))
#: the 16 PLOVER 2021 event categories (the contract's event_type values)
PLOVER_TYPES: list[str] = _PLOVER["event_types"]
#: accepted event_mode values: the crosswalk's modes and contexts (lenient: an unknown mode is only a warning)
PLOVER_MODES: list[str] = sorted(set(_PLOVER["event_modes"]) | set(_PLOVER["contexts"]))
#: page furniture that must not be left in a body (one regex per line of the data file)
BOILERPLATE_MARKERS: list[str] = [
    line.strip()
    for line in (DATA / "boilerplate_markers.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]
# groups in the data file become non-capturing (pandas warns about capturing groups in str.contains)
BOILERPLATE_REGEX = (
    r"(?im)^[ \t]*(?:" + "|".join(re.sub(r"(?<!\\)\((?!\?)", "(?:", m) for m in BOILERPLATE_MARKERS) + r")[ \t]*$"
)
re.compile(BOILERPLATE_REGEX)  # a broken data file fails at import, not in the middle of a run
#: a publish date may be at most this far ahead of today (time zones), never more
FUTURE_SLACK_DAYS = 1
ENTITY_TYPES = ["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "COUNTRY", "EVENT", "OTHER"]
ISO3 = r"^[A-Z]{3}$"
SPEAKER_METHODS = ["direct", "pronoun", "title", "office", "continuation", "preceding", "actor", "unresolved"]


def _id(column: str) -> list:
    return [gxe.ExpectColumnValuesToNotBeNull(column=column), gxe.ExpectColumnValuesToBeUnique(column=column)]


def _not_null(*columns: str) -> list:
    return [gxe.ExpectColumnValuesToNotBeNull(column=c) for c in columns]


def _in(column: str, values: Iterable) -> gxe.Expectation:
    return gxe.ExpectColumnValuesToBeInSet(column=column, value_set=sorted(set(values)))


def _span(text: str | None = None, start: str = "start_char", end: str = "end_char") -> list:
    """Offsets are ordered, inside the article body, and (when ``text`` is given) cut out exactly that text.

    Needs the context columns ``_body_length`` and ``_body_span`` (see ``expectations.context``).
    """
    checks = [
        gxe.ExpectColumnValuesToBeBetween(column=start, min_value=0),
        # a missing offset (an optional span such as a quote's attribution) is checked by not-null rules, not here
        gxe.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A=end, column_B=start, or_equal=False, ignore_row_if="either_value_is_missing"
        ),
        gxe.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="_body_length", column_B=end, or_equal=True, ignore_row_if="either_value_is_missing"
        ),
    ]
    if text:
        checks.append(gxe.ExpectColumnPairValuesToBeEqual(column_A=text, column_B="_body_span"))
    return checks


def articles() -> list:
    today = datetime.now().replace(hour=0, minute=0, second=0, microsecond=0)
    return [
        *_id("article_id"),
        *_not_null("document_id", "source_uri", "title", "body"),
        gxe.ExpectColumnValueLengthsToBeBetween(column="title", min_value=1, max_value=2000),
        gxe.ExpectColumnValueLengthsToBeBetween(column="body", min_value=1),
        gxe.ExpectColumnValuesToBeBetween(column="word_count", min_value=1),
        gxe.ExpectColumnValuesToBeBetween(
            column="published_at", min_value=datetime(1800, 1, 1), max_value=today + timedelta(days=FUTURE_SLACK_DAYS)
        ),
        gxe.ExpectColumnValuesToMatchRegex(column="language", regex=r"^[a-z]{2,3}$"),
        *warn(gxe.ExpectColumnValuesToNotMatchRegex(column="body", regex=BOILERPLATE_REGEX)),
    ]


def article_dedup(original_ids: Iterable[str], article_ids: Iterable[str]) -> list:
    """``duplicate_of`` must name an existing original (so never itself); every article has a story."""
    return [
        *_id("article_id"),
        _in("article_id", article_ids),
        _in("duplicate_of", original_ids),
        _in("duplicate_kind", ["exact", "near"]),
        *_not_null("story_id"),
        _in("story_id", article_ids),
    ]


def stories() -> list:
    return [
        *_id("story_id"),
        gxe.ExpectColumnValuesToBeBetween(column="num_articles", min_value=1),
        gxe.ExpectColumnValuesToBeBetween(column="num_outlets", min_value=0),
        gxe.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="last_published_at", column_B="first_published_at", or_equal=True
        ),
    ]


def entities() -> list:
    return [
        *_id("entity_id"),
        *_not_null("canonical_name", "entity_type"),
        _in("entity_type", ENTITY_TYPES),
        gxe.ExpectColumnValuesToMatchRegex(column="country_iso3", regex=ISO3),
        gxe.ExpectColumnValuesToBeBetween(column="num_articles", min_value=1),
    ]


def mentions(entity_ids: Iterable[str], article_ids: Iterable[str]) -> list:
    return [
        *_not_null("article_id", "entity_id", "surface"),
        _in("entity_id", entity_ids),
        _in("article_id", article_ids),
        *_span("surface"),
    ]


def events() -> list:
    return [
        *_id("event_id"),
        _in("event_type", PLOVER_TYPES),
        *warn(_in("event_mode", PLOVER_MODES)),
        _in("event_status", ["occurred", "planned", "denied"]),
        _in("date_precision", ["day", "month", "year"]),
        gxe.ExpectColumnValuesToMatchRegex(column="location_country_iso3", regex=ISO3),
        gxe.ExpectColumnValuesToBeBetween(column="latitude", min_value=-90, max_value=90),
        gxe.ExpectColumnValuesToBeBetween(column="longitude", min_value=-180, max_value=180),
        gxe.ExpectColumnValuesToBeBetween(column="confidence", min_value=0, max_value=1),
        gxe.ExpectColumnValuesToBeBetween(column="num_articles", min_value=1),
        # context columns: how many participant rows and evidence spans the event has
        gxe.ExpectColumnValuesToBeBetween(column="_participants", min_value=1),
        gxe.ExpectColumnValuesToBeBetween(column="_evidence", min_value=1),
    ]


def event_participants(event_ids: Iterable[str], entity_ids: Iterable[str]) -> list:
    return [
        _in("event_id", event_ids),
        _in("entity_id", entity_ids),
        _in("role", ["source", "target", "participant"]),
        gxe.ExpectCompoundColumnsToBeUnique(column_list=["event_id", "entity_id", "role"]),
    ]


def event_mentions(event_ids: Iterable[str], article_ids: Iterable[str]) -> list:
    return [_in("event_id", event_ids), _in("article_id", article_ids), *_not_null("sentence"), *_span("sentence")]


def quotes(article_ids: Iterable[str], entity_ids: Iterable[str]) -> list:
    """A speaker is a known entity found by a named method; every quote has a group; offsets are spans."""
    return [
        *_id("quote_id"),
        _in("article_id", article_ids),
        _in("speaker_entity_id", entity_ids),
        _in("speaker_method", SPEAKER_METHODS),
        *_not_null("quote_group_id"),
        gxe.ExpectColumnValueLengthsToBeBetween(column="text", min_value=1),
        *_span("text"),
        *_span(None, "attribution_start_char", "attribution_end_char"),
    ]


#: columns that point at rows of another curated table: a value outside the set is a broken warehouse (the run
#: fails loudly with the check recorded), never a row to quarantine and meet again on every later run
REFERENCES: dict[str, tuple[str, ...]] = {
    "article_dedup": ("article_id", "duplicate_of", "story_id"),
    "mentions": ("entity_id", "article_id"),
    "event_participants": ("event_id", "entity_id"),
    "event_mentions": ("event_id", "article_id"),
    "quotes": ("article_id", "speaker_entity_id"),
}

#: table name -> (builder, key columns used as the quarantine record_key)
SUITES: dict[str, tuple[Callable[..., list], tuple[str, ...]]] = {
    "articles": (articles, ("article_id", "source_uri")),
    "article_dedup": (article_dedup, ("article_id",)),
    "stories": (stories, ("story_id",)),
    "entities": (entities, ("entity_id",)),
    "mentions": (mentions, ("article_id", "entity_id", "start_char")),
    "events": (events, ("event_id",)),
    "event_participants": (event_participants, ("event_id", "entity_id", "role")),
    "event_mentions": (event_mentions, ("event_id", "article_id", "start_char")),
    "quotes": (quotes, ("quote_id",)),
}
