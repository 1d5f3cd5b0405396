"""Volume and drift checks: this run's metrics against the previous completed runs of the same sources.

A metric whose value moves beyond ``factor`` times its baseline (the median of up to ``BASELINE_RUNS`` earlier
completed runs), in either direction, is a ``warn`` carrying both numbers. Small absolute moves never warn
(``MIN_DELTA``): 3 -> 7 stories is noise, 300 -> 700 is not. These thresholds live here and only here.
"""

from __future__ import annotations

import hashlib
import json
from statistics import median

#: default factor (SITREP_DRIFT_FACTOR): warn when a metric is above baseline * factor or below baseline / factor
DEFAULT_DRIFT_FACTOR = 2.0
#: how many earlier completed runs of the same sources form the baseline
BASELINE_RUNS = 5
#: smallest absolute change worth a warning, by metric kind (the part of the name before ':')
MIN_DELTA = {
    "rows": 10.0,  # staged rows of one table (whole corpus for dedup/extract, records read for ingest)
    "share": 0.05,  # quarantine share, entities without a country
    "ratio": 0.2,  # events per article
}


def sources_key(sources: list[str] | tuple[str, ...], until: str) -> str:
    """Runs compare only with runs over the same sources up to the same stage."""
    canonical = json.dumps({"sources": sorted(str(s) for s in sources), "until": until})
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def run_metrics(volumes: list[dict], ingest: dict | None, warehouse_counts: dict) -> dict[str, float]:
    """The run's drift metrics.

    ``volumes``: rows per validated table (stage, table_name, rows_in, rows_out); ``ingest``: the ingest
    stage's counts (documents read, unchanged, rejected); ``warehouse_counts``: articles_analysed, events,
    entities, entities_without_country after the run.
    """
    metrics: dict[str, float] = {}
    for v in volumes:
        if v["stage"] == "ingest":
            continue  # staged ingest rows are only the new files; the records read are the volume
        metrics[f"rows:{v['stage']}.{v['table_name']}"] = float(v["rows_in"])
    if ingest:
        read = ingest.get("articles", 0) + ingest.get("unchanged", 0) + ingest.get("rejected", 0)
        metrics["rows:ingest.records_read"] = float(read)
    rows_in = sum(v["rows_in"] for v in volumes)
    quarantined = sum(v["rows_in"] - v["rows_out"] for v in volumes)
    metrics["share:quarantined"] = quarantined / rows_in if rows_in else 0.0
    if "events" in warehouse_counts and warehouse_counts.get("articles_analysed"):
        metrics["ratio:events_per_article"] = warehouse_counts["events"] / warehouse_counts["articles_analysed"]
    if warehouse_counts.get("entities"):
        metrics["share:entities_without_country"] = (
            warehouse_counts["entities_without_country"] / warehouse_counts["entities"]
        )
    return metrics


def drift_checks(current: dict[str, float], history: list[dict[str, float]], factor: float) -> list[dict]:
    """One check per metric with history: ``{metric, success, current, baseline, runs, message}``.

    ``history`` holds earlier runs' metrics, newest first; only the first ``BASELINE_RUNS`` count.
    """
    if factor <= 1:
        raise ValueError(f"the drift factor must be above 1, not {factor}")
    checks = []
    for metric, value in sorted(current.items()):
        past = [h[metric] for h in history if metric in h and h[metric] is not None][:BASELINE_RUNS]
        if not past:
            continue
        baseline = float(median(past))
        min_delta = MIN_DELTA.get(metric.split(":", 1)[0], 0.0)
        moved = abs(value - baseline) >= min_delta and (value > baseline * factor or value < baseline / factor)
        checks.append(
            {
                "metric": metric,
                "success": not moved,
                "current": value,
                "baseline": baseline,
                "runs": len(past),
                "message": (
                    f"{metric}: {_fmt(value)} this run vs {_fmt(baseline)} (median of the last {len(past)} "
                    f"completed run{'s' if len(past) != 1 else ''}); "
                    + (f"beyond the factor {factor:g}" if moved else f"within the factor {factor:g}")
                ),
            }
        )
    return checks


def _fmt(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.3f}"
