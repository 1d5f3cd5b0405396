"""Organisation names the model tagged somewhere in an article, found again where it left them untagged.

The small model tags a name in one sentence and misses it in the next ('Human Rights Watch said ...' tagged,
'?Human Rights Watch pointed to a law' after a scraper's stray mark not; 'LNA forces' two times out of five), so
the organisation drops out of the events told there. As person names are propagated
(``person_cues.propagate_persons``), a name the article's own mentions call an organisation (``_org_forms``: two
words or more opening with a capital, or one word of capitals or digits: 'LNA', 'G20', 'HRW') becomes an ORG
mention at each other occurrence that no mention, date or figure covers and that no capitalised word continues
(a longer name we cannot delimit). A one-word name in ordinary capitals is left alone: the model calls persons
organisations too ('Trump echoed ...'), and those are the persons' to claim.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from sitrep.extract.acronym_mentions import add_org_matches
from sitrep.extract.actor_dictionary import lookup
from sitrep.extract.doc_text import doc_text
from sitrep.extract.entity_names import name_tokens
from sitrep.extract.entity_vocab import ORG_WORDS
from sitrep.extract.mention_span import Span
from sitrep.extract.person_cues import NOT_NAME_LABELS

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: a one-word organisation name that may be propagated: capitals and digits, with a hyphen ('LNA', 'G20', 'G-20')
_CODE_NAME = re.compile(r"^[A-Z][A-Z0-9\-]{1,7}$")
#: the first word of a longer name continuing the form ('Human Rights Watch Director')
_NEXT_CAPITAL = re.compile(r"\s+[A-Z][\w’'-]*")


def _org_forms(text: str, spans: list[Span]) -> set[str]:
    """Surfaces the article's mentions call an organisation's name and that may be looked for elsewhere: a code
    name ('LNA'), or a name of two words or more that holds an organisation word ('Defence Brigades'), that the
    dictionary lists as an organisation's, or that the model tagged an organisation twice and never a person
    ('Human Rights Watch'; a person's name it called an organisation twice it also calls a person somewhere)."""
    votes = Counter((text[sp.start : sp.end], sp.label) for sp in spans)
    forms = set()
    for sp in spans:
        if sp.label != "ORG" or sp.kind:
            continue
        surface = text[sp.start : sp.end]
        words = surface.split()
        if len(words) == 1:
            if _CODE_NAME.match(surface) and any(c.isalpha() for c in surface):
                forms.add(surface)
            continue
        if not (surface[:1].isupper() and words[-1][:1].isupper()):
            continue
        if not all(w[:1].isupper() or w.islower() for w in words):
            continue
        if (
            set(name_tokens(surface)) & ORG_WORDS
            or lookup(surface, kind="org")
            or (votes[(surface, "ORG")] >= 2 and not votes[(surface, "PERSON")])
        ):
            forms.add(surface)
    return forms


def propagate_orgs(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` plus an ORG mention at each untagged occurrence of an organisation name tagged elsewhere."""
    text = doc_text(doc)
    forms = _org_forms(text, spans)
    if not forms:
        return spans
    taken = [(sp.outer_start, sp.end) for sp in spans]
    taken += [(e.start_char, e.end_char) for e in doc.ents if e.label_ in NOT_NAME_LABELS]  # not LAW, EVENT
    alts = "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))
    matches = re.finditer(r"(?<![\w\-’'])(?:" + alts + r")(?![\w\-])", text)
    return add_org_matches(text, matches, spans, taken, stop=_NEXT_CAPITAL)
