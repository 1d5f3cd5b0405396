"""A force backed by military means receives military aid (PLOVER AID: "military and police assistance including
arms and personnel"; SUPPORT is "only for political, diplomatic, and non-material support"): 'Iraqi forces, backed
by US advisers, artillery and air support', 'fighters backed by Turkish jets and tanks', 'operations supported by
Syrian and Russian air forces' are AID military, not SUPPORT. The backers are the nouns of the 'by' phrase of a
passive 'back' or 'support' (with their conjuncts): troops, warplanes and arms (``trigger_objects.tsv`` @forces,
@materiel, @arms) or a noun of ``data/backing_means.tsv`` ('advisers', 'artillery', 'air support')."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.trigger_records import Reading, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

#: verbs of backing that the lexicon reads as SUPPORT
BACKING_VERBS = frozenset({"back", "support"})
#: classes of ``trigger_objects.tsv`` whose nouns are military means
MEANS_CLASSES = frozenset({"@forces", "@materiel", "@arms"})


@lru_cache(maxsize=1)
def means_words() -> frozenset[str]:
    """Nouns of military means: the classes of ``trigger_objects.tsv`` and ``data/backing_means.tsv``."""
    classes = {r["lemma"] for r in read_tsv("trigger_objects.tsv") if r["class"] in MEANS_CLASSES}
    return frozenset(classes | {r["lemma"] for r in read_tsv("backing_means.tsv")})


def backing_reading(trig):  # noqa: ANN001, ANN201 - an event_triggers.Trigger
    """AID military for a SUPPORT of 'back' or 'support' whose 'by' phrase names military means, else ``trig``."""
    tok = trig.token
    if trig.reading.plover != "SUPPORT" or tok.pos_ != "VERB" or tok.lemma_.lower() not in BACKING_VERBS:
        return trig
    if not any(n.lemma_.lower() in means_words() for n in _backers(tok)):
        return trig

    return Trigger(tok, Reading("AID", "military", trig.reading.cameo, origin="curated"), trig.object)


def _backers(verb: Token) -> list[Token]:
    """The nouns of the verb's 'by' phrase and their conjuncts ('by US advisers, artillery and air support')."""
    heads = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return [n for h in heads for n in (h, *h.conjuncts)]
