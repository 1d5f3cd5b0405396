"""Text as the page gave it, made into one line per paragraph: hard-wrapped text (wire copy, e-mail) joined
back into paragraphs, and share-bar runs flattened into prose by a scraper cut out onto lines of their own."""

from __future__ import annotations

import re

from sitrep.ingest.line_shapes import TABULAR

_SENT_PUNCT_END = re.compile(r"[.!?:;\"”’')\]]$")


def is_hard_wrapped(lines: list[str]) -> bool:
    """True for text wrapped at a fixed width (wire copy, e-mail): most long lines break mid-sentence."""
    long = [ln.strip() for ln in lines if len(ln.strip()) >= 35]
    if len(long) < 3:
        return False
    mid = [ln for ln in long if not _SENT_PUNCT_END.search(ln)]
    short_enough = sum(len(ln) <= 100 for ln in long) / len(long)
    return len(mid) >= 2 and len(mid) / len(long) >= 0.5 and short_enough >= 0.9


def unwrap(lines: list[str]) -> list[str]:
    """Join wrapped lines into one line per paragraph; blank lines, indented starts and tables break paragraphs."""
    out: list[str] = []
    para: list[str] = []
    width = max((len(ln) for ln in lines), default=0)

    def flush() -> None:
        if para:
            text = para[0]
            for nxt in para[1:]:
                text = text + nxt if text.endswith("-") and nxt[:1].islower() else f"{text} {nxt}"
            out.append(text)
            para.clear()

    prev = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            flush()
            out.append("")
        elif TABULAR.search(line):
            flush()
            out.append(raw.rstrip())
        else:
            starts_para = raw[:1].isspace() or (prev and _SENT_PUNCT_END.search(prev) and len(prev) < 0.7 * width)
            if starts_para:
                flush()
            para.append(line)
        prev = line
    flush()
    return out


_SHARE_SITE = (
    r"(?:facebook|twitter|google\+?|whats\s?app|tumblr|linkedin|stumble(?:upon)?|digg|reddit|newsvine|pinterest|"
    r"telegram|vk|xing|flipboard|pocket|messenger|e-?mail|print|sms|viber|weibo|wechat|skype|copy link)"
)
# A run of four or more sharing-service names (a share bar flattened into the text by a scraper), with an
# optional "Send"/"Share" lead and "Permalink <url>" tail. Prose never lists four services back to back.
_INLINE_SHARE = re.compile(
    r"(?i:\b(?:send|share)(?:\s+(?:this|on|via))?\s+)?"
    r"(?i:(?<![\w+])" + _SHARE_SITE + r"(?:\s+" + _SHARE_SITE + r"){3,}(?![\w+]))"
    r"(?:\s+(?i:permalink)(?:\s+https?://\S+)?)?"
    r"|(?i:\bpermalink)\s+https?://\S+"
)


def split_inline_share_runs(lines: list[str]) -> tuple[list[str], list[int]]:
    """Cut share-bar runs out of the lines that carry them ("... losses. Send Facebook Twitter Google+ Whatsapp
    Tumblr Permalink http://x.com/p/1 Toshiba shares ..."): each run becomes a line of its own (to be dropped
    with an audit entry), the prose on either side stays as separate lines. Returns (lines, indices of runs)."""
    out: list[str] = []
    runs: list[int] = []
    for line in lines:
        pos = 0
        for m in _INLINE_SHARE.finditer(line):
            before = line[pos : m.start()].rstrip()
            if before.strip():
                out.append(before)
            runs.append(len(out))
            out.append(m.group(0).strip())
            pos = m.end()
        rest = line[pos:].strip() if pos else line
        if rest.strip() or not pos:
            out.append(rest)
    return out, runs
