"""Text normalization shared by exact hashing, shingling and story features.

One definition of "the same text" for the whole package: Unicode NFKC, case folded, punctuation turned into
spaces, whitespace collapsed. Curly vs straight quotes, non-breaking spaces, full-width digits and line
wrapping therefore never make two copies of an article look different.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_NON_WORD = re.compile(r"[^\w\s]|_", re.UNICODE)
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def normalize_text(text: str | None) -> str:
    """NFKC, casefold, punctuation -> space, collapse whitespace (what the content hash is taken over)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_NON_WORD.sub(" ", text).split())


def content_hash(body: str | None) -> str:
    """sha256 hex of the normalized body: equal for copies differing only in case, spacing, punctuation."""
    return hashlib.sha256(normalize_text(body).encode("utf-8")).hexdigest()


def fold(text: str) -> str:
    """Casefold and strip accents ("Díaz-Canel" -> "diaz-canel"): for matching name spellings."""
    if text.isascii():
        return text.casefold()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold()
