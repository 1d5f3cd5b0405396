"""An act named as the object of a verb of calling and judged by its complement ('described the Peruvian proposals
as unrealistic', 'labelled the talks a waste of time', 'branded the strike a success') is appraised, not done or
announced by the one who calls it so: the verb does not take the noun's category (PETRARCH's DESCRIBE/ANNOUNCE
patterns read 'describe' + 'proposal' as a proposal made). A judgement of it as wrong is coded as criticism by
``told_appraisals.called_wrong``; any other judgement codes nothing. The verbs are the `calling` rows of
``data/told_appraisals.tsv``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.token_lemma import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: links of the verb's complement that judges its object ('as unrealistic', 'a failure', 'unlawful')
JUDGEMENT_DEPS = {"oprd", "acomp", "xcomp", "ccomp"}


def _calling_verbs() -> frozenset[str]:
    from sitrep.extract.told_appraisals import vocab  # (told_appraisals reads the trigger lexicon)

    return vocab()["calling"]


def appraised(trig: Token, obj: Token | None) -> bool:
    """The trigger is a verb of calling whose event noun object it judges through an 'as' phrase or a
    complement."""
    if obj is None or obj.i == trig.i or trig.pos_ != "VERB" or lemma(trig) not in _calling_verbs():
        return False
    if obj.dep_ not in {"dobj", "obj"} or obj.head.i != trig.i:
        return False
    return any(c.dep_ in JUDGEMENT_DEPS or (c.dep_ == "prep" and c.lower_ == "as") for c in trig.children)
