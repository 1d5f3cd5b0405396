"""A restriction told as in force is no act of restricting. CAMEO files 'ban', 'restrict', 'prohibit' and their
kin as imposing a restriction (170-172, PLOVER COERCE), but news often tells a ban or a limit only as the state a
thing is in: 'women's sport is severely restricted', 'travel is restricted by the occupying army', 'a publisher
which is restricted to printing in Asia', 'a weedkiller banned from sale'. The verb is then a passive in the simple
present ('is banned', 'are restricted'; shared by a coordinated participle: 'is grown in Chile but banned in
Peru') or a bare participle after a noun it describes ('a drug banned from sale'), with no date on it (a 'since'
phrase only tells since when it holds): it says what holds, and no one restricts anyone in the report. A past,
perfect or future passive ('was banned on Monday', 'has been banned', 'will be banned'), an active verb ('the
ministry bans imports'), a dated present ('is banned from Monday') and a headline's bare participle ('Opposition
leader banned from vote') keep the event. The verbs are ``data/restrictions_in_force.tsv``. Read by
``event_senses``: no event."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import word_sets
from sitrep.extract.event_syntax import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: categories the lexicon reads a verb of restricting as
RESTRICTION_TYPES = {"COERCE", "SANCTION", "REJECT"}
#: entity types of a date or a time on the verb: a dated restriction is one imposed
WHEN_ENTS = {"DATE", "TIME"}
#: tags of a present-tense auxiliary ('is', 'are', 'am')
PRESENT_TAGS = {"VBZ", "VBP"}


@lru_cache(maxsize=1)
def verbs() -> frozenset[str]:
    return word_sets("restrictions_in_force.tsv").get("verb", frozenset())


def _auxiliaries(trig: Token) -> list[Token]:
    """The auxiliaries of the verb, or of the verb it is coordinated with when it has none ('is grown in Chile but
    banned in Peru')."""
    own = [c for c in trig.children if c.dep_ in {"aux", "auxpass"}]
    if own or trig.dep_ != "conj":
        return own
    return [c for c in trig.head.children if c.dep_ in {"aux", "auxpass"}]


def present_passive(trig: Token) -> bool:
    """'is banned', 'are restricted': a passive auxiliary in the present and no other (not 'has been', 'will be',
    'is being')."""
    aux = _auxiliaries(trig)
    return any(c.dep_ == "auxpass" and c.tag_ in PRESENT_TAGS for c in aux) and not any(c.dep_ == "aux" for c in aux)


def _describing(trig: Token) -> bool:
    """'a drug banned from sale': a bare participle after the noun it describes, with no agent, in a sentence that
    has a verb of its own (a headline's 'Leader banned from vote' hangs the participle on its root noun)."""
    return (
        trig.dep_ == "acl"
        and trig.head.pos_ == "NOUN"
        and trig.head.dep_ != "ROOT"
        and not any(c.dep_ == "agent" for c in trig.children)
    )


def dated(trig: Token) -> bool:
    """A date or a time on the verb itself, or in one of its own phrases ('banned on Monday', 'from June'); a
    'since' phrase tells when the restriction came into force ('is restricted since 2007'), no date of an act."""
    near = [trig, *trig.children]
    near += [g for c in trig.children if c.dep_ == "prep" and c.lower_ != "since" for g in c.children]
    return any(t.ent_type_ in WHEN_ENTS for t in near if t is not trig)


def in_force(trig: Token, etype: str) -> bool:
    """A verb of restricting read as ``etype`` that tells a restriction in force: a present passive or a
    describing participle, undated."""
    if etype not in RESTRICTION_TYPES or trig.tag_ != "VBN" or lemma(trig) not in verbs():
        return False
    return (present_passive(trig) or _describing(trig)) and not dated(trig)
