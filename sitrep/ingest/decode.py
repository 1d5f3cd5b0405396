"""Bytes to text and format sniffing: which reader a file needs, decided by content as well as by name.

Encoding: a byte-order mark wins; then strict UTF-8 (most files, and all ASCII); then charset-normalizer, the
well-kept detector (it tells cp1252 from latin-1 by the bytes 0x80-0x9F, detects UTF-16 without BOM, and gives
up on binary data). Binary content is rejected with the reason naming what it looks like.
"""

from __future__ import annotations

import codecs
import gzip
import io
import re
import zlib

from charset_normalizer import from_bytes

TEXT_EXT = {".txt": "text/plain", ".text": "text/plain"}
HTML_EXT = {".html": "text/html", ".htm": "text/html", ".xhtml": "text/html"}
JSONL_EXT = {".jsonl": "application/jsonl", ".ndjson": "application/jsonl"}
JSON_EXT = {".json": "application/json"}
KNOWN_EXT = {**TEXT_EXT, **HTML_EXT, **JSONL_EXT, **JSON_EXT}

# Leading bytes of common binary formats, only to name them in the rejection reason.
_MAGIC = [
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or docx/xlsx/epub)"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"RIFF", "a RIFF media file"),
    (b"SQLite format 3", "a SQLite database"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ", "xz data"),
    (b"7z\xbc\xaf", "a 7z archive"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
    (b"\x00\x00\x00", "binary data"),
]
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200e\u200f\u2060\ufeff\u00ad]")
_HTML_SNIFF = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title|article)\b", re.I | re.S)
_HTML_TAGS = re.compile(r"<(p|div|br|span|a|h[1-6]|article|section|ul|li|table|img)\b[^>]*>", re.I)


class DecodeError(ValueError):
    """Why bytes could not be turned into text (the message is the quarantine reason, without the path)."""


def binary_kind(data: bytes) -> str | None:
    """Name of the binary format when ``data`` starts like one (gzip excluded: it is handled), else None."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    return None


def gunzip(data: bytes, max_bytes: int) -> bytes:
    """Decompress gzip data, refusing to inflate past ``max_bytes`` (zip-bomb safe)."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
            out = fh.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise DecodeError(f"corrupt gzip data ({exc})") from exc
    if len(out) > max_bytes:
        raise DecodeError(f"gzip content inflates past the {max_bytes}-byte limit")
    return out


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding name). Raises DecodeError for binary or undecodable data.

    ``declared`` is an encoding named by the document itself (HTML meta charset); it is used when it decodes
    the bytes cleanly.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return _check(data.decode(enc)), enc
            except UnicodeDecodeError as exc:
                raise DecodeError(f"has a {enc} byte-order mark but is not valid {enc} ({exc.reason})") from exc
    if b"\x00" not in data:
        try:
            return _check(data.decode("utf-8")), "utf-8"
        except UnicodeDecodeError:
            pass
        if declared:
            try:
                return _check(data.decode(declared)), codecs.lookup(declared).name
            except (LookupError, UnicodeDecodeError):
                pass
    kind = binary_kind(data)
    if kind and kind != "binary data":
        raise DecodeError(f"binary file ({kind}), not text")
    enc = _detect(data[:200_000])
    if enc is None:
        raise DecodeError(f"binary file ({kind or 'no text encoding fits'}), not text")
    try:
        text = data.decode(enc)
    except (UnicodeDecodeError, LookupError) as exc:
        raise DecodeError(f"undecodable text (detected {enc}, then failed: {exc})") from exc
    return _check(text), enc


# When charset-normalizer scores several code pages exactly alike (short texts often decode identically under
# cp1250/cp1252/cp1257), prefer the most common web encodings, in this order.
_PREFERRED = ["utf_8", "cp1252", "latin_1", "iso8859_15", "cp1251", "koi8_r", "cp1250", "shift_jis", "gb18030", "big5"]


def _detect(data: bytes) -> str | None:
    """Encoding name chosen by charset-normalizer, ties broken towards common web encodings; None if binary."""
    results = from_bytes(data)
    best = results.best()
    if best is None:
        return None
    ties = {r.encoding for r in results if r.chaos == best.chaos and r.coherence == best.coherence}
    return next((e for e in _PREFERRED if e in ties), best.encoding)


def _check(text: str) -> str:
    """Reject decoded text that is mostly control characters (binary that happened to decode)."""
    sample = text[:100_000]
    if not sample:
        return text
    bad = len(_CONTROL.findall(sample))
    if bad / len(sample) > 0.01:
        raise DecodeError(f"binary or corrupt text ({bad} control characters in the first {len(sample)})")
    lost = sample.count("\ufffd")
    if lost / len(sample) > 0.2:  # a few replacement characters are ordinary damage in real text; this is not
        raise DecodeError(f"corrupt text ({lost} replacement characters in the first {len(sample)})")
    return text


def sniff(data: bytes) -> str:
    """Media type by content: text/html, application/json, application/jsonl or text/plain."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n")
    if _HTML_SNIFF.match(data[:4096].replace(b"\x00", b"")):
        return "text/html"
    if head.startswith(b"["):
        return "application/json"
    if head.startswith(b"{"):
        first = data.lstrip().split(b"\n", 1)[0].strip()
        rest = data.lstrip()[len(first) :].strip()
        if rest.startswith(b"{") and first.endswith(b"}"):
            return "application/jsonl"
        return "application/json"
    return "text/plain"


def looks_like_html(text: str) -> bool:
    """True when a text field carries markup (several HTML tags) rather than plain prose."""
    return len(_HTML_TAGS.findall(text[:20_000])) >= 2


def clean_control(text: str) -> str:
    """Normalise line ends, drop NULs/zero-width/BOM characters and other control characters except tab/newline."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _INVISIBLE.sub("", _CONTROL.sub("", text)).replace("\u2028", "\n").replace("\u2029", "\n")
