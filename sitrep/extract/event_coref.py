"""Non-personal pronouns and descriptions that refer back to an actor: 'it' to a state, an organisation or a
singular group ('the army'), 'they' to a people or a plural group ('protesters', 'the Kurds'), and a
bare definite description ('the company', 'the group') to the last organisation.

The rule is careful rather than greedy: a pronoun that opens its sentence's first clause continues the main
subject of the sentence before (the centre of attention: 'Ruritania expelled two diplomats. It said ...'), and
only when that subject is an actor of the pronoun's kind (number and person vs organisation); a subject that
is itself such a pronoun is followed back. Anything else (an expletive 'it', a thing as the previous subject,
a coordinated subject, a pronoun inside a later clause, which ``event_arg_clauses`` gives the reporter of its
clause) stays unresolved. Personal pronouns ('he', 'she') are ``event_mentions.pronoun_antecedent``'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.actor_dictionary import agent_sector, nonstate_armed_name
from sitrep.extract.event_arg_groups import group_actor, recipient_group
from sitrep.extract.event_context import EventContext
from sitrep.extract.event_syntax import SUBJ
from sitrep.extract.joined_pronouns import joined_actor
from sitrep.extract.outlet_countries import agency_country
from sitrep.extract.plural_pronouns import parallel_object
from sitrep.extract.quote_lexicon import VERB_KINDS, verb_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: pronouns of one state, organisation or institution
SINGULAR_PRONOUNS = {"it"}
#: subject pronouns of a people or a plural group
PLURAL_PRONOUNS = {"they"}
#: mention labels a singular pronoun may stand for (not persons, not peoples)
SINGULAR_LABELS = {"ORG", "GPE"}
#: mention labels a plural pronoun may stand for: a people named by its demonym ('the Kurds', 'Republicans')
PLURAL_LABELS = {"NORP"}
#: verbs whose 'it' subject is an expletive when they carry a clause ('it is likely that', 'it seems to')
EXPLETIVE_VERBS = {"be", "seem", "appear", "remain", "happen", "matter", "take", "make"}
#: dependencies of a clause an expletive 'it' stands for
CLAUSE_ARGS = {"ccomp", "csubj", "xcomp"}
#: heads of a bare description that refers back to the last organisation ('the company said')
ORG_DESCRIPTIONS = {"company", "firm", "group", "organisation", "organization", "agency", "carrier", "lender"}
#: group nouns a singular and a plural pronoun both refer to ('the police said it / they ...')
EITHER_NUMBER = {"police"}
#: how many sentences back a chain of pronouns is followed
MAX_HOPS = 3
#: relative pronouns that stand for a person or a group ('whom he blamed', 'who criticised')
RELATIVE_WORDS = {"who", "whom", "that"}
RELATIVE_TAGS = {"WP", "WDT"}
#: tags of a plural noun
PLURAL_TAGS = {"NNS", "NNPS"}
#: dependencies of an object pronoun
OBJECT_DEPS = {"dobj", "dative", "pobj"}


def pronoun_actor(ctx: EventContext, tok: Token) -> dict | None:
    """The actor a subject 'it' or 'they' stands for (see the module doc), or None."""
    word = tok.lower_
    if tok.tag_ != "PRP" or word not in SINGULAR_PRONOUNS | PLURAL_PRONOUNS or _expletive(tok):
        return None
    if not _opens_sentence(tok):
        return joined_actor(ctx, tok)  # 'Jones fell out with the EU and it froze aid': the EU
    return _previous_subject(ctx, tok.sent, plural=word in PLURAL_PRONOUNS, hops=MAX_HOPS)


def agency_subject(ctx: EventContext, tok: Token) -> dict | None:
    """A state news agency that is the subject of an act ('Xinhua accused Vietnam of ...', 'the KCNA news agency
    warned Seoul'): it speaks for its state (the gold records code official media by their country). One that
    only filed the story ('told Reuters', 'MOSCOW (Sputnik)') is no subject and stays no party."""
    if tok.dep_ not in SUBJ:
        return None
    # the words below all lie from the leftmost word under the subject to the subject itself: no organisation or
    # person mention over that stretch, no agency (checked first: walking every subject's subtree was the cost)
    left, right = tok.left_edge.idx, tok.idx
    if not any(
        m["label"] in {"ORG", "PERSON"} and m["start_char"] <= right and left < m["end_char"] for m in ctx.mentions
    ):
        return None
    named = [tok] + [t for t in tok.subtree if t.i < tok.i and t.dep_ == "compound"]  # "the Xinhua news agency"
    starts = [t.idx for t in named]
    for m in ctx.mentions:
        if m["label"] in {"ORG", "PERSON"} and any(m["start_char"] <= x < m["end_char"] for x in starts):
            iso3 = agency_country([m["surface"]])
            return {**m, "label": "ORG", "country_iso3": iso3} if iso3 else None
    return None


def object_group(ctx: EventContext, tok: Token) -> dict | None:
    """The group an object 'them' stands for: the last plural group noun named before it in its sentence ('met
    the farmers and later urged them to ...', 'briefed the senators and pressed them to ...'), not in the subject of the
    pronoun's own verb."""
    if tok.tag_ != "PRP" or tok.lower_ != "them" or tok.dep_ not in OBJECT_DEPS:
        return None
    parallel = parallel_object(tok)
    if parallel is not None:  # 'seized weapons from the militias and destroyed them': the weapons, no group
        return recipient_group(parallel)
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    own = {t.i for s in verb.children if s.dep_ in SUBJ for t in s.subtree}
    for cand in reversed(ctx.doc[tok.sent.start : tok.i]):
        if cand.tag_ in PLURAL_TAGS and cand.i not in own and ctx.mention_of(cand) is None:
            found = recipient_group(cand)
            if found is not None:
                return found
    return None


def relative_antecedent(ctx: EventContext, tok: Token) -> dict | None:
    """The actor a relative pronoun stands for: the noun its clause hangs on ('an editor whom he blamed',
    'the minister, who criticised ...'), named or a group."""
    if tok.tag_ not in RELATIVE_TAGS or tok.lower_ not in RELATIVE_WORDS or tok.head.dep_ != "relcl":
        return None
    noun = tok.head.head
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    return ctx.mention_of(noun) or recipient_group(noun)


def description_actor(ctx: EventContext, tok: Token) -> dict | None:
    """The organisation a bare 'the company' / 'the group' stands for: the main subject of the sentence before,
    when it is an organisation (not 'the rebel group', not 'a company', not 'the group of experts')."""
    if tok.lower_ not in ORG_DESCRIPTIONS or tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return None
    if [c.lower_ for c in tok.children if c.dep_ != "case"] != ["the"] or not _opens_sentence(tok):
        return None
    found = _previous_subject(ctx, tok.sent, plural=False, hops=1)
    return found if found is not None and found.get("label") == "ORG" and not found.get("unnamed") else None


def _expletive(tok: Token) -> bool:
    """'It is likely that ...', 'it seems to ...', 'it was reported that ...': the pronoun stands for a clause."""
    if tok.dep_ == "expl":
        return True
    head = tok.head
    passive = any(c.dep_ == "auxpass" for c in head.children)
    clause = any(c.dep_ in CLAUSE_ARGS for c in head.children)
    return tok.lower_ == "it" and clause and (passive or (head.lemma_ or head.lower_).lower() in EXPLETIVE_VERBS)


def _opens_sentence(tok: Token) -> bool:
    """The word is the first subject of its sentence or its possessor ('the company's chief'): no clause
    before it has a subject of its own."""
    subj = tok if tok.dep_ in SUBJ else tok.head if tok.dep_ == "poss" and tok.head.dep_ in SUBJ else None
    return subj is not None and not any(t.dep_ in SUBJ for t in tok.sent if t.i < subj.i)


def _main_subject(sent: Span) -> Token | None:
    """The subject of a sentence's root verb (the speaker of 'X said ...'); of a sentence that tells a clause
    before its verb of saying ('China sent warships, the ministry said'), the clause's subject: its topic."""
    root = sent.root
    told = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
    if told is not None and verb_lemma(root.text, root.lemma_) in VERB_KINDS:
        inner = next((c for c in told.children if c.dep_ in SUBJ and c.dep_ != "expl"), None)
        if inner is not None and inner.tag_ != "PRP":
            return inner
    return next((c for c in root.children if c.dep_ in SUBJ and c.dep_ != "expl"), None)


def _previous_subject(ctx: EventContext, sent: Span, plural: bool, hops: int) -> dict | None:
    """The actor of the main subject of the sentence before ``sent`` when it fits the number asked; a pronoun
    of the same number there is followed back, and so is a sentence about a thing or with no subject ('Turkey
    accused Greece. The dispute is old. It demanded ...'), ``hops`` sentences at most. A sentence whose subject
    is an actor of another kind, a first-person pronoun or a coordination ends the search."""
    if sent.start == 0 or hops <= 0:
        return None
    prev = ctx.doc[sent.start - 1].sent
    subj = _main_subject(prev)
    if subj is None:
        return _previous_subject(ctx, prev, plural, hops - 1)  # a headline or a fragment: no centre of its own
    if subj.conjuncts:
        return None  # a coordination ('A and B said'): no single antecedent
    if subj.tag_ == "PRP":
        same = subj.lower_ in (PLURAL_PRONOUNS if plural else SINGULAR_PRONOUNS)
        return _previous_subject(ctx, prev, plural, hops - 1) if same else None
    named = ctx.mention_of(subj)
    if named is not None and plural and nonstate_armed_name(named["surface"]):
        return named  # 'The Taliban seized Kabul. They ...': an armed group is told of as 'they' as well
    if named is not None:
        return named if named["label"] in (PLURAL_LABELS if plural else SINGULAR_LABELS) else None
    either = (subj.lemma_ or subj.lower_).lower() in EITHER_NUMBER
    counted = subj.pos_ == "NUM" or subj.tag_ == "NNS"  # ('thousands of protesters', a group's plural)
    found = group_actor(subj)
    if found is None and _thing(subj):
        return _previous_subject(ctx, prev, plural, hops - 1)  # 'The town lies near the border.': no actor
    if counted != plural and not either:
        return None
    return found


def _thing(subj: Token) -> bool:
    """A common noun that names no actor, no person and no people ('the dispute', 'the town', 'talks')."""
    return subj.pos_ == "NOUN" and not subj.ent_type_ and agent_sector(subj.lower_) is None


#: prepositions through which a verb of asking names whom it asks ('called on it to')
ADDRESS_PREPS = {"on", "upon"}


def addressed_actor(ctx: EventContext, tok: Token) -> dict | None:
    """The state or organisation an object 'it' of a verb of asking stands for ('Hungary blocked the statement.
    Brussels urged it to reconsider', 'called on it to withdraw'): only one that can act is asked to do
    something, so the pronoun is the centre of the sentences before (``_previous_subject``), not the asking verb's
    own subject; without an infinitive after it ('rejected it') an 'it' is as often a thing and stays unnamed."""
    if tok.tag_ != "PRP" or tok.lower_ not in SINGULAR_PRONOUNS:
        return None
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ADDRESS_PREPS else tok.head
    if tok.dep_ not in {"dobj", "pobj"} or (tok.dep_ == "pobj" and verb is tok.head):
        return None
    if not any(c.dep_ == "xcomp" and c.i > tok.i and _to_infinitive(c) for c in verb.children):
        return None
    found = _previous_subject(ctx, tok.sent, plural=False, hops=MAX_HOPS)
    own = {id(m) for c in verb.children if c.dep_ in SUBJ for t in c.subtree if (m := ctx.mention_of(t))}
    return found if found is not None and id(found) not in own and found.get("label") in SINGULAR_LABELS else None


def _to_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
