"""Passes over blocks of several lines: a reader-comment section, tag lists, navigation targets, link lists
under a "Related" label, repeated paragraphs and summary bullets, a trailing FAQ block, a wire sign-off. Each
marks lines of a :class:`~sitrep.ingest.line_shapes.LineDoc` with a removal reason."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from sitrep.ingest.line_shapes import (
    BULLET,
    COMMENT_SECTION,
    TABULAR,
    TAG_WORDS,
    LineDoc,
    is_prose,
    n_words,
    norm,
    title_like,
)

_I = re.I


def pass_comment_section(doc: LineDoc) -> None:
    """From a reader-comment section header ("1 thought on …", "Leave a Reply") to the end: reader comments."""
    live = doc.live()
    for pos, i in enumerate(live):
        if pos >= max(2, len(live) // 3) and COMMENT_SECTION.search(doc.lines[i].strip()):
            doc.drop(i, "comments")
            for j in range(i + 1, len(doc.lines)):
                doc.drop(j, "reader comments")
            return


def pass_tag_runs(doc: LineDoc) -> None:
    """Runs of two or more isolated short lower-case lines ("africa", "mali", "sergey lavrov") are tag lists."""
    live = doc.live()
    run: list[int] = []

    def flush() -> None:
        if len(run) >= 2:
            for j in run:
                doc.drop(j, "tag list")
        run.clear()

    for _pos, i in enumerate(live):
        s = doc.lines[i].strip()
        isolated = (i == 0 or not doc.lines[i - 1].strip() or doc.why[i - 1]) and (
            i + 1 >= len(doc.lines) or not doc.lines[i + 1].strip() or doc.why[i + 1]
        )
        if TAG_WORDS.match(s) and len(s.split()) <= 4 and isolated:
            run.append(i)
        else:
            flush()
    flush()


def pass_navigation_targets(doc: LineDoc) -> None:
    """The linked headline right after a "Previous Article"/"Next Article" label is navigation too."""
    for i, r in enumerate(doc.why):
        if r != "navigation":
            continue
        for j in range(i + 1, min(i + 4, len(doc.lines))):
            s = doc.lines[j].strip()
            if not s:
                continue
            if doc.why[j] is None and title_like(s) and n_words(s) <= 20:
                doc.drop(j, "navigation")
            break


_LIST_LABEL = re.compile(
    r"^(related( (articles|posts|stories|news|content|coverage))?|you may also like|recommended( for you)?|"
    r"most (read|popular|viewed)|trending( now)?|latest( news)?|more (stories|news)|read (more|also|next))\s*:?$",
    _I,
)


def pass_link_lists(doc: LineDoc) -> None:
    """Headlines listed under a "Related Posts" / "Most Read" label are links, not body."""
    for i, r in enumerate(doc.why):
        if r not in ("related link", "continue-reading link") or not _LIST_LABEL.match(doc.lines[i].strip()):
            continue
        taken = 0
        for j in range(i + 1, len(doc.lines)):
            s = doc.lines[j].strip()
            if not s or doc.why[j] is not None:
                continue
            if taken >= 10 or not (title_like(s) and n_words(s) <= 14):
                break
            doc.drop(j, "related link")
            taken += 1


def pass_duplicates(doc: LineDoc) -> None:
    """Repeated paragraphs: keep one copy. A standfirst or bullet dek that the body repeats is dropped."""
    live = doc.live()
    seen: dict[str, int] = {}
    for i in live:
        ns = norm(doc.lines[i])
        if not is_prose(doc.lines[i]) or TABULAR.search(doc.lines[i]):
            continue
        if ns in seen:
            first = seen[ns]
            if live.index(first) < 3:  # a standfirst at the top repeated by the body: keep the body copy
                doc.drop(first, "repeated paragraph")
                seen[ns] = i
            else:
                doc.drop(i, "repeated paragraph")
        else:
            seen[ns] = i
    live = doc.live()
    for pos, i in enumerate(live[: max(3, len(live) // 3)]):
        s = doc.lines[i]
        if not BULLET.match(s) or n_words(s) < 6:
            continue
        body = BULLET.sub("", s)
        for j in live[pos + 1 :]:
            if not BULLET.match(doc.lines[j]) and fuzz.token_set_ratio(body, doc.lines[j]) >= 85:
                doc.drop(i, "summary bullet repeated in body")
                break


def pass_faq(doc: LineDoc) -> None:
    """A trailing FAQ block: a heading, then two or more question/answer pairs, at the end of the text."""
    live = doc.live()
    k = len(live)
    pairs = 0
    while k >= 2:
        q, a = doc.lines[live[k - 2]].strip(), doc.lines[live[k - 1]].strip()
        if q.endswith("?") and n_words(q) <= 30 and not a.endswith("?"):
            pairs += 1
            k -= 2
        else:
            break
    if pairs >= 2 and k >= 1:
        heading = doc.lines[live[k - 1]].strip()
        answers = [doc.lines[i] for i in live[k + 1 :: 2]]
        before = " ".join(doc.lines[i] for i in live[: k - 1])
        if title_like(heading) and n_words(heading) <= 12 and (_FAQ_CUE.search(heading) or _restates(answers, before)):
            for i in live[k - 1 :]:
                doc.drop(i, "FAQ block")


_FAQ_CUE = re.compile(r"\b(faq|frequently asked|questions|exploring|understanding|what you need to know|explained|"
                      r"key takeaways|learn more)\b", re.I)  # fmt: skip
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def _restates(answers: list[str], before: str, share: float = 0.6) -> bool:
    """True when the answers mostly reuse the article's own words (a generated FAQ), unlike a real interview."""
    vocab = {w.casefold() for w in _CONTENT_WORD.findall(before)}
    shares = []
    for a in answers:
        words = [w.casefold() for w in _CONTENT_WORD.findall(a)]
        if words:
            shares.append(sum(w in vocab for w in words) / len(words))
    return bool(shares) and sum(shares) / len(shares) >= share


def pass_signoff(doc: LineDoc) -> None:
    """A wire-service sign-off as the very last line ("Reuter", "AFP")."""
    live = doc.live()
    if live and re.fullmatch(r"(?i)(reuters?|afp|ap|tass|efe|xinhua)\.?", doc.lines[live[-1]].strip()):
        doc.drop(live[-1], "wire sign-off")
