"""Direct quotations of one article and their speakers.

Quoted spans come from ``quote_marks`` (every mark style, quotes over paragraph breaks, quotes cut off at the
end of a text, one row per paragraph of a long quote). A span is a quotation when it is sentence-sized (four
words or more) and not the name of a thing (Title Case words with no sentence punctuation, or a phrase right
after 'so-called', 'dubbed', 'titled' ...), or when it is a short fragment in a sentence with a verb of saying
('called the move "a provocation"', 'voiced "grave concern"'); a short phrase in a sentence nobody speaks in is
a scare quote and left out.

The speaker comes from ``speakers.find_speaker`` over the sentences the quote touches (with a lead-in sentence
ending in a colon). A quote with no attribution of its own takes the speaker of the quote it continues: the
later paragraphs of one quotation, or a quote opening the paragraph right after the previous quote or in the
same paragraph (method ``continuation``); a quote nobody is named for that runs on in its paragraph into a
quote with a speaker takes that speaker. Offsets are those of the quoted text inside the body.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sitrep.extract.doc_text import doc_text
from sitrep.extract.quote_lexicon import NAME_FUNCTION_WORDS, NAMING_CUES
from sitrep.extract.quote_marks import Span as QSpan
from sitrep.extract.quote_marks import quoted_spans
from sitrep.extract.speakers import PREVIOUS, UNRESOLVED, Mentions, actor_speaker, find_speaker, speech_verbs

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

#: a quoted span this long is a quotation without a verb of saying next to it
MIN_WORDS = 4
MARKS_AND_SPACE = " \t\n\"“”«»‘’'`„"
#: 'the statement said' refers to the statement quoted this close before
PREVIOUS_WINDOW = 1500
#: a quote this close after the previous one in the same paragraph continues its speaker
SAME_PARAGRAPH_GAP = 400


class _Sents:
    def __init__(self, doc: Doc):
        self.sents = list(doc.sents)
        self.starts = [s.start_char for s in self.sents]
        self.text = doc_text(doc)

    def touching(self, start: int, end: int) -> list[Span]:
        """Sentences overlapping [start - 1, end + 1], with a lead-in sentence that ends in a colon."""
        i = max(0, bisect.bisect_right(self.starts, max(0, start - 1)) - 1)
        out = []
        j = i
        while j < len(self.sents) and self.sents[j].start_char <= end + 1:
            out.append(self.sents[j])
            j += 1
        if i > 0 and self.text[self.sents[i - 1].start_char : start].rstrip(" \n\"“«‘'").endswith(":"):
            out.insert(0, self.sents[i - 1])
        return out


def _looks_like_name(text: str) -> bool:
    """Title Case words without sentence punctuation: the name of a thing ('Embassy of France in Niger')."""
    words = [w.strip(",;:()") for w in text.split()]
    words = [w for w in words if w]
    if not words or text.rstrip().endswith((".", "!", "?")):
        return False
    caps = [w for w in words if w[0].isupper() or w[0].isdigit()]
    rest = [w for w in words if w not in caps]
    return len(caps) >= 1 and all(w.lower() in NAME_FUNCTION_WORDS for w in rest) and len(words) <= 8


def _named_before(text: str, start: int) -> bool:
    """The phrase follows a naming word ('the so-called', 'dubbed', 'known as')."""
    before = " ".join(text[max(0, start - 30) : start].lower().split()).rstrip(" \"“”«»‘’'`")
    return any(before.endswith(cue) for cue in NAMING_CUES)


def is_quotation(text: str, sp: QSpan, sents: _Sents) -> bool:
    """A quotation rather than a scare quote or the name of a thing (see module doc)."""
    quoted = text[sp.start : sp.end]
    if sp.continued:
        return True
    if _named_before(text, sp.start - 1):
        return False
    if _looks_like_name(quoted):
        return text[max(0, sp.start - 4) : sp.start].rstrip(" \"“«‘'").endswith(":")
    if len(quoted.split()) >= MIN_WORDS:
        return True
    return bool(speech_verbs(sents.touching(sp.start, sp.end), sp.start, sp.end))


def _chains(spans: list[QSpan]) -> list[list[QSpan]]:
    out: list[list[QSpan]] = []
    for sp in spans:
        if sp.continued and out:
            out[-1].append(sp)
        else:
            out.append([sp])
    return out


def _continues(text: str, prev_end: int, start: int) -> bool:
    """The quote at ``start`` goes on from the one ending at ``prev_end``: the same paragraph, close by, or the
    start of the next paragraph ('“…,” said X, director of Y.\\n“…”')."""
    if prev_end < 0:
        return False
    gap = text[prev_end:start]
    if "\n" not in gap:
        return len(gap) < SAME_PARAGRAPH_GAP
    par_start = text.rfind("\n", 0, start) + 1
    opens_paragraph = not text[par_start : start - 1].strip(" \"“”«»‘’'`")
    return gap.strip(MARKS_AND_SPACE).count("\n") == 0 and gap.count("\n") <= 2 and opens_paragraph


def _same_kind(found: dict, prev: dict) -> bool:
    """A pronoun right after a quote goes to that quote's speaker when both are persons (or both bodies)."""
    a, b = found.get("mention") or {}, prev.get("mention") or {}
    persons = ("PERSON", "ROLE")
    return bool(b) and (a.get("label") in persons) == (b.get("label") in persons)


def _lead_in(text: str, sents: _Sents, start: int, done: list[dict]) -> Span | None:
    """The sentence right before a quote that opens its own sentence ('X warned the junta on Monday. "We ..."',
    also across a paragraph break), when no quote of its own lies in it."""
    i = bisect.bisect_right(sents.starts, max(0, start - 2)) - 1
    while i >= 0 and sents.sents[i].end_char > start - 1:
        i -= 1  # the sentence the quote opens
    if i < 0:
        return None
    sent = sents.sents[i]
    if text[sent.end_char : start].strip(MARKS_AND_SPACE + ":"):
        return None
    if any(q["end_char"] > sent.start_char and q["start_char"] < sent.end_char for q in done):
        return None
    return sent


def _record(text: str, sp: QSpan, found: dict | None, method: str | None) -> dict:
    verb = found.get("verb") if found else None
    sent = verb.sent if verb is not None else None
    mention = found.get("mention") if found else None
    return {
        "text": text[sp.start : sp.end],
        "start_char": sp.start,
        "end_char": sp.end,
        "speaker_mention_idx": mention["idx"] if mention else None,
        "speaker_country_iso3": found.get("country_iso3") if found else None,
        "speaker_method": method,
        "attribution": sent.text if sent is not None else (found or {}).get("attribution"),
        "attribution_start": sent.start_char if sent is not None else (found or {}).get("attribution_start"),
        "attribution_end": sent.end_char if sent is not None else (found or {}).get("attribution_end"),
    }


#: where ``kept`` holds an article's quotations in its Doc's ``user_data``
_KEPT = "sitrep.quotes.kept"


@contextmanager
def kept(doc: Doc) -> Iterator[None]:
    """Within: ``doc_quotes`` of ``doc`` found once and answered again while its mentions stay the same (the
    events ask when a first-person word is inside a quotation, the article's analysis asks again after them).
    The mentions are compared with a copy taken when the quotations were found (their values are numbers,
    strings and None: a changed or added value finds them again); the parse does not change in between (its
    one repair, ``glued_objects.repair``, comes before the events read anything)."""
    doc.user_data[_KEPT] = None
    try:
        yield
    finally:
        doc.user_data.pop(_KEPT, None)


def doc_quotes(doc: Doc, mentions: list[dict]) -> list[dict]:
    """[{text, start_char, end_char, speaker_mention_idx, speaker_country_iso3, speaker_method, attribution,
    attribution_start, attribution_end}] for the direct quotations of one article, in text order (the same list
    again within ``kept``, while ``mentions`` are unchanged)."""
    if _KEPT not in doc.user_data:
        return _find_quotes(doc, mentions)
    found = doc.user_data[_KEPT]
    if found is not None and found[0] is mentions and found[1] == mentions:
        return found[2]
    out = _find_quotes(doc, mentions)
    doc.user_data[_KEPT] = (mentions, [dict(m) for m in mentions], out)
    return out


def _find_quotes(doc: Doc, mentions: list[dict]) -> list[dict]:
    text = doc_text(doc)
    sents = _Sents(doc)
    ments = Mentions(doc, mentions)
    out: list[dict] = []
    prev_end, prev = -1, None
    for chain in _chains(quoted_spans(text)):
        if not is_quotation(text, chain[0], sents):
            continue
        found, at = None, None
        for sp in chain if len(chain) == 1 else [chain[0], chain[-1], *chain[1:-1]]:
            found = find_speaker(ments, sents.touching(sp.start, sp.end), sp.start, sp.end)
            if found:
                at = sp
                break
        if found is None:
            found = actor_speaker(ments, chain[0].start, chain[0].end)
        if found and found["method"] == UNRESOLVED:
            found, at = {**found, "mention": None, "country_iso3": None}, None
        method = found["method"] if found else None
        if found is None and prev is not None and _continues(text, prev_end, chain[0].start):
            found, method = prev, "continuation"
        elif (
            found
            and method == "pronoun"
            and prev
            and _same_kind(found, prev)
            and _continues(text, prev_end, chain[0].start)
        ):
            found = {**found, "mention": prev["mention"], "country_iso3": prev["country_iso3"]}  # '“…,” she added'
        elif found and method == PREVIOUS and prev is not None and chain[0].start - prev_end < PREVIOUS_WINDOW:
            found, method = {**prev, "verb": found["verb"]}, "continuation"  # '“…,” the statement said'
        elif found and method == PREVIOUS:
            found, method = None, None
        if found is None and (lead := _lead_in(text, sents, chain[0].start, out)) is not None:
            found = find_speaker(ments, [lead], lead.end_char, lead.end_char)
            found = found if found and found["method"] != UNRESOLVED else None
            method = "preceding" if found else None
        for sp in chain:
            out.append(_record(text, sp, found, method if (sp is at or at is None) else "continuation"))
        if found is not None and found.get("method") != UNRESOLVED:
            rec = out[-1]
            prev = {
                **found,
                "verb": None,
                **{k: rec[k] for k in ("attribution", "attribution_start", "attribution_end")},
            }
        else:
            prev = None
        prev_end = chain[-1].end
    _inherit_forward(text, out)
    return out


def _inherit_forward(text: str, out: list[dict]) -> None:
    """A quote nobody is named for that runs on, in the same sentence or paragraph, into one that has its
    speaker ('The port was used "for smuggling arms." "This has to stop," the minister said.') takes that
    speaker (method ``continuation``); a quote given to an unnamed source ('officials said') passes nothing."""
    for i in range(len(out) - 2, -1, -1):
        rec, nxt = out[i], out[i + 1]
        if rec["speaker_method"] is not None or nxt["speaker_method"] in (None, UNRESOLVED):
            continue
        gap = text[rec["end_char"] : nxt["start_char"]]
        if "\n" in gap or len(gap) >= SAME_PARAGRAPH_GAP:
            continue
        out[i] = rec | {
            k: nxt[k]
            for k in (
                "speaker_mention_idx",
                "speaker_country_iso3",
                "attribution",
                "attribution_start",
                "attribution_end",
            )
        }
        out[i]["speaker_method"] = "continuation"
