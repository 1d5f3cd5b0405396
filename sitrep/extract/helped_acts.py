"""A verb of helping whose complement is an act ('helped shops win customers', 'helped the navy to keep
its ships in port', 'helping the country pay its debts'): the help is a part in that act, no aid given
(PLOVER AID is the provision of humanitarian, economic or military assistance). Marked by ``no_act_complement``
in an entry of ``required_arguments`` (``data/event_frames.json``, 'help AID'); read by ``event_senses``."""

from __future__ import annotations

from spacy.tokens import Token

#: how the parser hangs the act helped with on the verb ('helped X attract' ccomp, 'helped X to attract' xcomp)
COMPLEMENT_DEPS = {"xcomp", "ccomp"}
VERB_TAGS = {"VERB", "AUX"}


def act_complement(trig: Token) -> bool:
    """The trigger governs a verb clause that tells the act a party is helped with: the party is the verb's object
    ('helped the navy to keep') or the clause's subject ('helped shops win customers'); not 'helped Nepal after the
    quake'. A clause with no party ('will help boost trade') is ``event_frames``' facilitative frame."""
    clauses = [c for c in trig.children if c.dep_ in COMPLEMENT_DEPS and c.pos_ in VERB_TAGS]
    helped = any(c.dep_ in {"dobj", "dative"} for c in trig.children)
    return any(helped or any(g.dep_ == "nsubj" for g in c.children) for c in clauses)
