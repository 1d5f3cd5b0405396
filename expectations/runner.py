"""Run a suite over a polars frame with GX (pandas at the GX boundary) and split rows into passed / quarantined."""

from __future__ import annotations

import contextlib
import json
import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import polars as pl

from expectations.severity import ERROR, severity_of
from sitrep import heap
from sitrep.config import quiet_environment

#: failing rows shown per check (report, artifacts); long text cut to EXAMPLE_CHARS characters
MAX_EXAMPLES = 3
EXAMPLE_CHARS = 160


@dataclass
class Validation:
    """Outcome of one suite on one staged table."""

    stage: str
    table: str
    checks: list[dict] = field(default_factory=list)  # one per expectation: check_name, severity, success, details
    failed_rows: dict[int, list[str]] = field(default_factory=dict)  # row index -> reasons (error checks only)
    results: Any = None  # the GX validation result (for Data Docs)

    @property
    def success(self) -> bool:
        return all(c["success"] for c in self.checks)

    @property
    def failed_errors(self) -> list[str]:
        return [c["check_name"] for c in self.checks if not c["success"] and c["severity"] == ERROR]

    def passed(self, df: pl.DataFrame) -> pl.DataFrame:
        if not self.failed_rows:
            return df
        bad = pl.Series("_i", sorted(self.failed_rows), dtype=pl.UInt32)
        return df.with_row_index("_i").filter(~pl.col("_i").is_in(bad.implode())).drop("_i")

    def quarantine_rows(self, df: pl.DataFrame, key_columns: tuple[str, ...]) -> list[dict]:
        rows = []
        seen: dict[str, int] = {}
        for index, reasons in sorted(self.failed_rows.items()):
            record = df.row(index, named=True)
            key = f"{self.table}:" + "|".join(str(record.get(k)) for k in key_columns)
            seen[key] = seen.get(key, 0) + 1
            if seen[key] > 1:  # rows sharing a key (e.g. a duplicated id) each keep their own quarantine row
                key = f"{key}#{seen[key]}"
            rows.append(
                {
                    "stage": self.stage,
                    "record_key": key,
                    "reason": "; ".join(reasons),
                    "payload": json.dumps(record, default=str, ensure_ascii=False),
                }
            )
        return rows


@lru_cache(maxsize=1)
def _batch_definition() -> Any:
    quiet_environment()
    logging.getLogger("great_expectations").setLevel(logging.WARNING)
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    # GX pins some module loggers to INFO on import (e.g. "Created temporary directory ... docs site")
    logging.getLogger("great_expectations.data_context.types.base").setLevel(logging.WARNING)
    ctx = gx.get_context(mode="ephemeral")
    ctx.variables.progress_bars = ProgressBarsConfig(globally=False)
    asset = ctx.data_sources.add_pandas("sitrep").add_dataframe_asset("staged")
    whole = asset.add_batch_definition_whole_dataframe("whole")
    # GX fingerprints a frame under HASH_THRESHOLD bytes (an md5 of every value, twice per validation: ≈ 10 % of
    # a validation's CPU) as an optional batch marker, which it leaves out for larger frames; nothing reads it
    from great_expectations.execution_engine import pandas_execution_engine

    pandas_execution_engine.HASH_THRESHOLD = 0
    heap.freeze_loaded()  # GX and its context stay loaded for the process's life: out of the collector's scans
    return ctx, whole


_CONFIGURATIONS_LOCK = threading.Lock()


@contextlib.contextmanager
def _configurations_built_once() -> Iterator[None]:
    """While a suite validates, each expectation's ``configuration`` is built once, not on every read.

    GX 1.x's ``Expectation.configuration`` is a property that rebuilds an ``ExpectationConfiguration`` from the
    expectation's fields (pydantic copying every value, an in-set check's whole value set included) on each
    access, and one validation reads it about a hundred times per expectation (domain, success and runtime
    kwargs, metric dependencies): about 60 % of a validation's CPU. Nothing changes an expectation while it is
    validated, so the first configuration built stands for the rest of the validation: the same values, hence
    the same results. The property is restored on exit; a lock keeps two validations from interleaving.

    Likewise each configuration is turned back into an expectation once (``to_domain_obj``): GX asks it again for
    each metric an expectation depends on (``registry.get_metric_kwargs``: five or so per expectation), and each
    fresh expectation built its own configuration anew, the memo above notwithstanding (≈ 30 % of a validation's
    CPU left after it). The expectation built from a configuration object stands for that same object (kept, so
    its id is not reused) for the rest of the validation; a copied configuration (GX deep-copies one per
    expectation to add the batch id) is another object and gets its own.
    """
    from great_expectations.expectations.expectation import Expectation
    from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

    original = Expectation.__dict__["configuration"]
    original_domain_obj = ExpectationConfiguration.__dict__["to_domain_obj"]
    built: dict[int, tuple[Any, Any]] = {}
    made: dict[int, tuple[Any, Any]] = {}

    def configuration(self: Any) -> Any:
        hit = built.get(id(self))
        if hit is None or hit[0] is not self:  # the object itself is kept, so its id is not reused meanwhile
            hit = built[id(self)] = (self, original.fget(self))
        return hit[1]

    def to_domain_obj(self: Any) -> Any:
        hit = made.get(id(self))
        if hit is None or hit[0] is not self:
            hit = made[id(self)] = (self, original_domain_obj(self))
        return hit[1]

    with _CONFIGURATIONS_LOCK:
        Expectation.configuration = property(configuration, doc=original.__doc__)
        ExpectationConfiguration.to_domain_obj = to_domain_obj
        try:
            yield
        finally:
            Expectation.configuration = original
            ExpectationConfiguration.to_domain_obj = original_domain_obj


def _check_name(config: Any) -> str:
    kw = config.kwargs
    target = (
        kw.get("column")
        or "+".join(str(kw[k]) for k in ("column_A", "column_B") if k in kw)
        or "+".join(kw.get("column_list") or [])
    )
    return f"{config.type}:{target}" if target else config.type


def _example(record: dict) -> dict:
    """A failing row as shown to a reader: values as text, long text cut."""
    out = {}
    for key, value in record.items():
        text = "" if value is None else str(value)
        out[key] = text if len(text) <= EXAMPLE_CHARS else text[: EXAMPLE_CHARS - 1] + "…"
    return out


def _complete_failures(batch: Any, name: str, result: Any) -> None:
    """Replace the failed results in ``result`` by their ``COMPLETE`` results (failing rows' positions).

    A suite is validated with ``BASIC`` results (counts and example values: a third less CPU than ``COMPLETE``,
    which also lists every failing row); only the expectations that failed, usually none, are validated again
    for the row positions quarantine needs. Success, counts and examples are the same either way.
    """
    import great_expectations as gx

    failed = [i for i, res in enumerate(result.results) if not res.success]
    if not failed:
        return
    again = [result.results[i].expectation_config.to_domain_obj() for i in failed]
    for expectation in again:
        expectation.id = None  # a fresh suite's own expectation
    suite = gx.ExpectationSuite(name=f"{name}.failed", expectations=again)
    with _configurations_built_once():
        complete = batch.validate(suite, result_format={"result_format": "COMPLETE"})
    for i, res in zip(failed, complete.results, strict=True):
        result.results[i] = res


def validate_frame(stage: str, table: str, df: pl.DataFrame, expectations: list) -> Validation:
    """Validate ``df`` against ``expectations``.

    Rows failing an ``error`` expectation are reported by row index (to be quarantined); ``warn`` failures
    are only recorded. Each check keeps up to ``MAX_EXAMPLES`` failing rows in its details.
    """
    import great_expectations as gx

    _ctx, batch_definition = _batch_definition()
    # validated as is, not added to the context's suite store first: adding serialized the whole suite (every
    # value set) through marshmallow, ≈ 17 % of a validation's CPU, to give each expectation an id nothing reads
    suite = gx.ExpectationSuite(name=f"{stage}.{table}", expectations=expectations)
    # dates compare as timestamps in pandas: hand GX datetimes, suites use datetime bounds
    as_pandas = df.with_columns(pl.col(pl.Date).cast(pl.Datetime("us"))).to_pandas()
    batch = batch_definition.get_batch(batch_parameters={"dataframe": as_pandas})
    with _configurations_built_once():
        result = batch.validate(suite, result_format={"result_format": "BASIC"})
    _complete_failures(batch, f"{stage}.{table}", result)
    outcome = Validation(stage=stage, table=table, results=result)
    for res in result.results:
        name = _check_name(res.expectation_config)
        severity = severity_of(res.expectation_config)
        info = res.result or {}
        raised = (res.exception_info or {}).get("raised_exception")
        indices = [int(i) for i in info.get("unexpected_index_list") or []]
        if severity == ERROR:
            for i in indices:
                outcome.failed_rows.setdefault(i, []).append(f"failed {name}")
        skip = {"value_set", "batch_id", "regex"}
        details = {
            "severity": severity,
            "kwargs": {k: v for k, v in res.expectation_config.kwargs.items() if k not in skip},
            "element_count": info.get("element_count", df.height),
            "partial_unexpected_list": [str(v) for v in (info.get("partial_unexpected_list") or [])[:10]],
            "examples": [_example(df.row(i, named=True)) for i in indices[:MAX_EXAMPLES] if i < df.height],
        }
        if "observed_value" in info:
            details["observed_value"] = str(info["observed_value"])
        if raised:
            details["exception"] = str((res.exception_info or {}).get("exception_message"))
        outcome.checks.append(
            {
                "stage": stage,
                "table_name": table,
                "check_name": name,
                "severity": severity,
                "success": bool(res.success),
                "unexpected_count": int(info.get("unexpected_count") or 0),
                "details": json.dumps(details, default=str),
            }
        )
    return outcome
