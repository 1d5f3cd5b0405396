"""English month and weekday words, shared by ingest (date lines), dedup (date anchors) and extraction (dates)."""

from __future__ import annotations

_MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december"]  # fmt: skip
#: month word (full or 3-letter, plus "sept") -> month number
MONTHS: dict[str, int] = {
    **{name: i + 1 for i, name in enumerate(_MONTH_NAMES)},
    **{name[:3]: i + 1 for i, name in enumerate(_MONTH_NAMES)},
    "sept": 9,
}
#: full weekday name -> date.weekday() number
WEEKDAYS: dict[str, int] = {
    name: i for i, name in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
}
#: abbreviated weekday -> date.weekday() number (for date lines like "Tue. Oct 3rd, 2023")
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
