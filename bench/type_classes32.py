"""Counts only: how often the sentence classes of round 32's type study occur in the articles of each half.

usage (from the project root):
    .venv/bin/python bench/type_classes32.py tune|held-out UNSEEN_DIR [UNSEEN_DIR ...]

UNSEEN_DIR is an output directory of /tmp/unseen_all.sh (one sub-directory per collection with <half>.duckdb, as
bench/event_split.py writes them). For each class (a regular expression over the article bodies of the half) the
tool prints the number of matching sentences and of articles holding one. Only counts are printed, never a text,
so the tool may be run on a held-out half.
"""

from __future__ import annotations

import sys

import type_classes30

CLASSES = {
    # the conventions round 31 left open (CAMEO: SEND/RECEIVE/DELIVER/PRESENT LETTER 040 CONSULT, RECEIVE
    # {LETTER &WEAPON} 183; CAMEO 19 FIGHT -> PLOVER ASSAULT; a warning stays THREATEN)
    "a letter sent or received": (
        r"\b(?:sen[dt]s?|sending|receiv\w*|deliver\w*|wr[io]te?s?|written|writing|hand\w*) (?:\w+ ){0,4}letters?\b"
    ),
    "a message/note/memo/email/cable sent or delivered (letter_media.tsv)": (
        r"\b(?:sen[dt]s?|sending|deliver\w*|wr[io]te?s?|written|writing) (?:\w+ ){0,3}"
        r"(?:messages?|notes?|memos?|e-?mails?|cables?)\b"
    ),
    "a letter that asks (letter ... asking/urging/demanding/calling)": (
        r"\bletters?\b[^.;]{0,80}\b(?:asking|urging|demanding|calling (?:on|for)|requesting|appealing|pleading)\b"
    ),
    "letter/parcel bomb": r"\b(?:letter|parcel|mail)[- ]bombs?\b",
    "clashes erupted/broke out": r"\bclash(?:es)? (?:\w+ )?(?:erupted|broke out|flared)\b",
    "warned that X could/would": r"\bwarn\w* (?:that )?(?:\w+ ){1,5}(?:could|would|might|may)\b",
    # an adverse outcome accepted or recognised (CONCEDE; an invitation or a plan accepted stays AGREE)
    "accepted findings/criticism/defeat/verdict/results": (
        r"\baccept\w* (?:\w+ ){0,2}(?:findings?|conclusions?|criticisms?|blame|defeat|verdict|results?|ruling)\b"
    ),
    "recognised a victory/defeat/result": (r"\brecogni[sz]\w* (?:\w+ ){0,3}(?:victor(?:y|ies)|win|defeat|results?)\b"),
    # a document noun whose participle tells the act (the act is the document's author's)
    "document + act participle (resolution demanding ...)": (
        r"\b(?:resolutions?|laws?|decrees?|statements?|declarations?|bills?|motions?|petitions?|letters?) "
        r"(?:condemning|demanding|calling for|urging|recogni[sz]ing|denouncing|accusing|rejecting|asking)\b"
    ),
}


if __name__ == "__main__":
    sys.exit(type_classes30.main(sys.argv, CLASSES))
