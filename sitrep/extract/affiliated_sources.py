"""A person who acts with a post at an organisation acts for that organisation too.

'Human Rights Watch director Peter Vell accused the police of ...' already credits Human Rights Watch, whose name
is in the subject's title run. Written the other way round, with the post in an appositive after the name ('said
Peter Vell, emergencies director at Human Rights Watch', 'Peter Vell, a senior official of the Red Crescent,
accused ...'), the organisation sits outside the clause and the act was only the person's; its counterpart was
then found in no event that also had the organisation (the gold's actor).

``appositive_org`` reads the organisation of such an appositive (an office word or a post of ``data/org_voices.tsv``,
then 'at', 'of', 'for' or 'with' and an organisation's name) into the person's mention (``voice_idx``);
``credit_affiliations`` then adds that organisation as a source of the person's events. Posts of people who speak
for themselves (a member, a fellow, a professor, an analyst), media jobs, offices of a town ('the mayor of X') and
posts held before ('a former director of X') name no party. (An organisation in the title run before the name,
'EU Affairs Minister X', may be a portfolio, not an employer: it is left to the clause's own reading.)
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import word_sets
from sitrep.extract.entity_vocab import DETERMINERS
from sitrep.extract.mention_span import Span, is_office

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: prepositions that tie a post to its organisation ('director at', 'head of', 'spokesman for', 'official with')
POST_PREPOSITIONS = frozenset({"at", "of", "for", "with"})
#: tokens that end an appositive
_ENDS = frozenset({",", ";", "(", ")", "—", "–", ".", "\n", '"', "“", "”"})


@lru_cache(maxsize=1)
def _posts() -> dict[str, frozenset[str]]:
    return word_sets("org_voices.tsv")


def voices() -> frozenset[str]:
    """Posts besides office words whose holder speaks for the organisation (``data/org_voices.tsv``)."""
    return _posts()["voice"]


def _post(word: str) -> bool:
    low = word.lower()
    if low in _posts()["place"] | _posts()["past"]:
        return False  # 'the mayor of Tarsia': a town the model tagged as an organisation
    return is_office(low) or low in voices() or (low.endswith("s") and low[:-1] in voices())


def appositive_org(doc: Doc, sp: Span, cover: dict[int, Span]) -> Span | None:
    """The organisation named in the appositive right after a person's name: ', emergencies director at X',
    ', a senior official of X', ', chief executive of X'. None when the appositive names no post before the
    preposition, holds a verb or another person, or the name after the preposition is no organisation."""
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None or span.end >= span.sent.end - 1 or doc[span.end].text != ",":
        return None
    posted = False
    for k in range(span.end + 1, min(span.sent.end, span.end + 13)):
        tok = doc[k]
        if tok.text in _ENDS or tok.pos_ in {"VERB", "AUX"}:
            return None
        other = cover.get(k)
        if other is not None and other.label == "PERSON":
            return None
        if tok.lower_ in _posts()["past"]:
            return None  # 'a former director of X' no longer speaks for it
        if other is None and tok.pos_ in {"NOUN", "PROPN", "ADJ"} and _post(tok.text):
            posted = True
        elif posted and other is None and tok.lower_ in POST_PREPOSITIONS:
            n = k + 1
            while n < span.sent.end and doc[n].lower_ in DETERMINERS:
                n += 1
            org = cover.get(n)
            if org is not None and org.label == "ORG":
                return org
    return None


def credit_affiliations(mentions: list[dict], cands: list[dict]) -> None:
    """Add to each candidate, as a source, the organisation each of its source persons speaks for by the post of
    its appositive (``voice_idx``), unless the candidate names it already."""
    by_idx = {m["idx"]: m for m in mentions}
    for cand in cands:
        have = {p.get("mention_idx") for p in cand["participants"]}
        for p in list(cand["participants"]):
            m = by_idx.get(p.get("mention_idx"))
            if p["role"] != "source" or m is None or m["label"] != "PERSON":
                continue
            org = m.get("voice_idx")
            named = {by_idx[i]["surface"] for i in have if i in by_idx}
            if (
                org is not None
                and org not in have
                and by_idx.get(org, {}).get("label") == "ORG"
                and (by_idx[org]["surface"] not in named)
            ):
                cand["participants"].append({"mention_idx": org, "role": "source"})
                have.add(org)
