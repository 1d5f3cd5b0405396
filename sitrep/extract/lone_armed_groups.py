"""'Militants attacked a base' in an article whose only named armed group is Boko Haram: the militants are Boko Haram.

A news story about one armed group names it once or twice and otherwise writes its members as 'militants',
'insurgents' or 'rebels' (``data/lone_armed_nouns.tsv``), before the name as often as after it ('Militants stormed a
hotel ... Al-Shabaab said it carried out the attack'). ``org_anaphora`` reads a definite description after the
name ('the militants'); this module reads the rest when the article leaves no doubt: every armed group it names
(``org_anaphora.armed_name``: a name the tables list as a non-state armed group, or an organisation ending in an
armed organisation's noun) is one group (one name, or names the tables give one code: 'ISIS', 'Islamic State'),
and the noun is bare, with nothing before it that gives the members a side of their own ('Kurdish fighters',
'Tehran-backed militants', 'ISIS militants'): only a determiner, a number or a word of the listed few ('suspected',
'armed'). The noun becomes an ORG mention whose resolution name is the group's.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.actor_dictionary import actor_table
from sitrep.extract.data_files import read_tsv
from sitrep.extract.doc_text import doc_text
from sitrep.extract.gazetteer import fold
from sitrep.extract.mention_span import Span
from sitrep.extract.org_anaphora import armed_name, span_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: words allowed before the noun: they give the members no side of their own
BARE_MODIFIERS = frozenset({"the", "these", "those", "some", "suspected", "armed", "heavily", "several", "many"})
#: links of a word before the noun that make its phrase a side of its own ('Syrian rebels', 'ISIS militants')
SIDE_DEPS = frozenset({"amod", "compound", "nmod", "poss", "npadvmod"})
#: links of a phrase after the noun that name whose members they are ('militants of the PKK', 'rebels loyal to X')
OWNER_DEPS = frozenset({"prep", "acl", "amod"})


@lru_cache(maxsize=1)
def nouns() -> frozenset[str]:
    return frozenset(row["noun"] for row in read_tsv("lone_armed_nouns.tsv"))


def _bare(tok: Token) -> bool:
    """The noun has no word before it but a determiner, a number or a listed word, and no phrase after it that
    names another owner ('militants of the PKK', 'rebels backed by Rwanda')."""
    for c in tok.children:
        if c.i < tok.i and c.dep_ in SIDE_DEPS and c.lower_ not in BARE_MODIFIERS:
            return False
        if c.i < tok.i and c.dep_ == "det" and c.lower_ not in BARE_MODIFIERS:
            return False  # 'their fighters', 'its militants': owned, or 'no rebels'
        if c.i > tok.i and c.dep_ in OWNER_DEPS and any(t.ent_type_ or t.pos_ == "PROPN" for t in c.subtree):
            return False
        if c.dep_ == "appos":
            return False  # 'Militants, members of Boko Haram, ...': the appositive says whose (``agent_tails``)
    return tok.i == 0 or doc_prev(tok).pos_ not in {"PROPN", "ADJ"} or doc_prev(tok).lower_ in BARE_MODIFIERS


def doc_prev(tok: Token) -> Token:
    return tok.doc[tok.i - 1]


def _lone_name(names: list[str]) -> str | None:
    """The one armed group the names stand for: one name, or names the actor tables give one code in common ('the
    Islamic State', 'ISIS', 'Daesh'), the most written of them; None for two groups or none."""
    distinct = set(names)
    if len(distinct) > 1:
        common = None
        for n in distinct:
            codes = {r.code for r in actor_table().get(fold(n), ())}
            common = codes if common is None else common & codes
        if not common:
            return None
    return Counter(names).most_common(1)[0][0] if names else None


def add_lone_armed_groups(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` plus an ORG mention, named as the group, for each bare members' noun of an article whose armed
    groups all have one name."""
    text = doc_text(doc)
    words = nouns()
    if not any(t.lower_ in words for t in doc):
        return spans
    name = _lone_name([span_name(text, sp) for sp in spans if armed_name(text, sp)])
    if name is None:
        return spans
    taken = [(sp.start, sp.end) for sp in spans]
    added = []
    for tok in doc:
        if tok.lower_ not in words or tok.tag_ not in {"NNS", "NNPS"} or not _bare(tok):
            continue
        s, e = tok.idx, tok.idx + len(tok.text)
        if any(ts < e and s < te for ts, te in taken):
            continue
        added.append(Span(s, e, "ORG", model_label="ORG", name=name))
    return sorted([*spans, *added], key=lambda sp: (sp.start, sp.end)) if added else spans
