"""Organisation names the model cut to a demonym, a place or a 'person' inside them, or left untagged.

The small model tags 'Syrian' of 'the Syrian Democratic Forces' as a nationality, 'U.S.' of 'U.S. Strategic Command'
as a country, 'Observatory' of 'Syrian Observatory for Human Rights' as a person, and the scorer (like a reader)
knows the organisation only by its whole name. A run of capitalised words that ends in an organisation's head noun
(``data/org_heads.tsv``: Forces, Army, Party, Ministry, ...) and may go on with 'of'/'for' and capitalised words
('Department of Justice') becomes ONE organisation mention, in place of the demonym, place or 'person' mentions
inside it, where no organisation mention covers the head already. Its country is that of a demonym or country inside
the name ('Free Syrian Army': Syria). The run stops at an organisation the model tagged, at a possessive of a person
or a place ("Russia's Defence Ministry": two names), at a person's title ('Secretary of the ...'), at a figure or a
date, and at the sentence's edge; leading function words ('But', 'The') are not part of it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract import actors
from sitrep.extract.data_files import read_tsv
from sitrep.extract.doc_text import doc_text
from sitrep.extract.entity_names import CORE_TITLES
from sitrep.extract.mention_span import Span, covering
from sitrep.extract.name_possessives import possessive_in_name
from sitrep.extract.spacy_ids import STOP_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: titles that open a person's office before an organisation ('Secretary of the ...', 'Free Syrian Army commander');
#: 'General' and 'Major' also open names of bodies ('General Security Directorate', 'Major Crimes Unit')
_TITLES = (CORE_TITLES - {"general", "major"}) | {"member", "members"}
#: named-entity labels of figures and times, which no organisation's name holds
_NOT_NAME = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
#: place kinds whose possessive names the owner, not part of the name ("Russia's Navy")
_OWNER_KINDS = {"country", "city", "region", "seat"}
#: words between the head and the rest of a name ('Department of Justice', 'Observatory for Human Rights')
_LINKS = {"of", "for"}
#: most words a run may have
_MAX_WORDS = 8


@lru_cache(maxsize=1)
def org_heads() -> frozenset[str]:
    """The head nouns of ``data/org_heads.tsv``, as written."""
    return frozenset(r["head"] for r in read_tsv("org_heads.tsv"))


def _name_word(tok: Token) -> bool:
    """A capitalised word a name may hold ('Syrian', 'U.S.', 'R.'), not a person's title or a figure."""
    return (
        tok.text[:1].isupper()
        and any(c.isalpha() for c in tok.text)
        and tok.text.lower().rstrip(".") not in _TITLES
        and tok.ent_type_ not in _NOT_NAME
    )


def _possessive_owner(text: str, tok: Token, cover: dict[int, Span], start: int) -> bool:
    """The possessive ``tok`` ("'s", "'") names an owner before the name ("Russia's", "Haftar's"), not a word of
    it ("Workers'", "Sheriff's", "People's")."""
    before = cover.get(tok.i - 1)
    if before is not None and (before.label == "PERSON" or before.kind in _OWNER_KINDS):
        return True
    return not (possessive_in_name(text, start, tok.idx) or before is None)


def _left_start(doc: Doc, head: Token, cover: dict[int, Span], anchor: int) -> int:
    """Token index where the run that ends at ``head`` starts, going left from token ``anchor``."""
    text = doc_text(doc)
    sent_start = head.sent.start
    i = anchor - 1
    first = anchor
    while i >= sent_start and head.i - i < _MAX_WORDS:
        tok = doc[i]
        sp = cover.get(i)
        if tok.text in ("'s", "’s", "'", "’"):
            if _possessive_owner(text, tok, cover, doc[max(sent_start, i - 3)].idx):
                break
        elif sp is not None:
            if sp.label == "ORG" or (sp.label == "PERSON" and sp.end < doc[first].idx - 1):
                break  # an organisation the model tagged; a person not running straight into the name
            if not all(_name_word(t) for t in doc.char_span(sp.start, sp.end, alignment_mode="expand") or []):
                break
            j = i
            while j > sent_start and cover.get(j - 1) is sp:
                j -= 1
            i, first = j, j
            i -= 1
            continue
        elif not _name_word(tok):
            break
        first = i
        i -= 1
    while first < head.i and (doc[first].lower_ in STOP_WORDS or doc[first].text in ("'s", "’s", "'", "’")):
        first += 1
    return first


def _right_end(doc: Doc, head: Token, cover: dict[int, Span]) -> int | None:
    """Token index after the run's last word: the head, or the capitalised words after 'of'/'for' ('Department of
    Justice'); None when a capitalised word continues the name past the head (the head is not its end)."""
    nxt = head.i + 1
    sent_end = head.sent.end
    if nxt < sent_end and _name_word(doc[nxt]) and doc[nxt].whitespace_ and cover.get(nxt) is None:
        return None
    if nxt + 1 < sent_end and doc[nxt].lower_ in _LINKS:
        k = nxt + 1
        if k < sent_end and doc[k].lower_ == "the":
            k += 1
        end = k
        while end < sent_end and end - head.i < _MAX_WORDS and _name_word(doc[end]):
            sp = cover.get(end)
            if sp is not None and (sp.label in ("ORG", "PERSON") or sp.kind in _OWNER_KINDS):
                break  # 'the Federal Security Service of [the Russian Federation]': the state stays a mention
            end += 1
        if end > k:
            return end
    return nxt


def _run_country(inner: list[Span], text: str, start: int, end: int) -> str | None:
    """The country of a demonym or country inside the name, else of a word of it ('Free Syrian Army')."""
    for sp in inner:
        if sp.label in ("NORP", "GPE") and sp.country:
            return sp.country
    for word in text[start:end].replace("'s", " ").split():
        iso = actors.demonym_iso3(word) or actors.country_iso3(word)
        if iso:
            return iso
    return None


def _anchor(doc: Doc, head: Token, tagged: Span | None) -> int | None:
    """Token the run goes left from: the head, or the first word of an organisation the model tagged that ends in
    it ('[Syrian/NORP] [Democratic Forces/ORG]'); None when the head is a place's own name ('Russian Federation') or
    inside a longer organisation's name."""
    if tagged is None or tagged.label not in ("ORG",) and tagged.kind not in _OWNER_KINDS:
        return head.i
    if tagged.label != "ORG" or tagged.end != head.idx + len(head.text):
        return None
    cs = doc.char_span(tagged.start, tagged.end, alignment_mode="expand")
    return None if cs is None else cs.start


def add_org_runs(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each capitalised run that ends in an organisation head as one ORG mention (see module doc);
    an organisation the model tagged whole gets the country a demonym inside its name gives."""
    text = doc_text(doc)
    heads = org_heads()
    for sp in spans:
        if sp.label == "ORG" and not sp.kind and sp.country is None and text[sp.start : sp.end].split()[-1] in heads:
            sp.country = _run_country([], text, sp.start, sp.end)
            sp.country_cue = "name" if sp.country else sp.country_cue
    out = list(spans)
    for head in doc:
        if head.text not in heads:
            continue
        cover = covering(out, doc)
        anchor = _anchor(doc, head, cover.get(head.i))
        end_tok = None if anchor is None else _right_end(doc, head, cover)
        if anchor is None or end_tok is None:
            continue
        first = _left_start(doc, head, cover, anchor)
        words = [t for t in doc[first:end_tok] if t.is_alpha or "." in t.text]
        if len(words) < 2 or (first >= anchor and (anchor == head.i or end_tok == head.i + 1)):
            continue  # nothing added to what the model tagged
        start, end = doc[first].idx, doc[end_tok - 1].idx + len(doc[end_tok - 1].text)
        if any(sp.start < start < sp.end or sp.start < end < sp.end for sp in out):
            continue  # a mention crossing the run's edge: the name is not ours to cut
        inner = [sp for sp in out if start <= sp.start and sp.end <= end]
        run = Span(start, end, "ORG", model_label="ORG")
        run.country = _run_country(inner, text, start, end)
        run.country_cue = "name" if run.country else None
        out = [sp for sp in out if not (start <= sp.start and sp.end <= end)] + [run]
    out.sort(key=lambda sp: sp.start)
    return out
