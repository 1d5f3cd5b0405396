"""Navigating a dependency parse around an event trigger: verb bases, subjects, objects, the trigger's clause.

Plain functions of spaCy tokens, shared by the modules that find an event's participants, status, date
and place."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.doc_text import doc_text
from sitrep.extract.event_lexicon import PHRASAL_VERBS, VERB_FORMS
from sitrep.extract.quote_marks import double_spans
from sitrep.extract.spacy_ids import AUX, VERB, VERB_TAG_IDS
from sitrep.extract.token_lemma import lemma  # noqa: F401  (imported from here by many rules)

if TYPE_CHECKING:
    from spacy.tokens import Token

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
SUBJ = {"nsubj", "nsubjpass", "csubj"}
OBJ = {"dobj", "obj", "attr", "oprd", "dative"}
#: how a phrasal verb's particle hangs from it ('touched down', 'flew in')
PARTICLE_DEPS = {"prt", "advmod"}
CLAUSE_DEPS = {"relcl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "acl"}

#: words that make a 'with' phrase on a subject a co-actor ('along with', 'together with')
COMPANION_WORDS = {"along", "together"}

#: prepositions that set a noun event inside another one ('announced during talks'): the subject is the verb's
OCCASION_PREPS = {"during", "at", "after", "before", "on"}


def governors(tok: Token, deps: set[str] | frozenset[str], reach: int) -> list[Token]:
    """The words above a token, climbed while each step's dependency is one of ``deps`` (at most ``reach``
    steps): the verbs and nouns that frame it ('is willing to meet': 'willing', 'is')."""
    out, cur = [], tok
    for _ in range(reach):
        if cur.head.i == cur.i or cur.dep_ not in deps:
            break
        cur = cur.head
        out.append(cur)
    return out


def same_preps(prep: Token) -> list[Token]:
    """A preposition and the same preposition coordinated under it ('with X and with Y', 'by X and by Y'): the
    parser hangs the second as a conjunct of the first, so its object is no object of the first."""
    return [prep, *(c for c in prep.children if c.dep_ == "conj" and c.lower_ == prep.lower_)]


def to_infinitive(tok: Token) -> bool:
    """The verb has the infinitive marker 'to' ('to meet', 'in order to help')."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


#: parts of speech and tags (as spaCy's ids: read without a look-up of their names) of a verb's forms
_VERB_POS = {VERB, AUX}
_VERB_TAGS = {VERB_TAG_IDS[t] for t in ("VBG", "VBN", "VBD", "VBZ", "VBP", "VB")}


def verb_base(tok: Token) -> str | None:
    """The trigger verb (or light verb) a verb token is a form of, phrasal verbs included."""
    if tok.pos not in _VERB_POS and tok.tag not in _VERB_TAGS:
        return None
    base = VERB_FORMS.get(tok.lower_)
    if base is None and tok.lemma_ in PHRASAL_VERBS:
        particle, phrasal_base = PHRASAL_VERBS[tok.lemma_]
        if any(c.dep_ in PARTICLE_DEPS and c.lower_ == particle for c in tok.children):
            return phrasal_base
    return base


def verb_objects(tok: Token) -> list[Token]:
    out = [c for c in tok.children if c.dep_ in OBJ or c.dep_ == "nsubjpass"]
    for o in list(out):
        out += [c for c in o.conjuncts]
    return out


def _subjects_of(verb: Token) -> list[Token]:
    """Subject children, nearest to the verb first: a parse that hangs two subjects on one verb
    ('LIMA (Agency) Ghanaian Foreign Minister Ama Owusu landed') keeps the real one."""
    subj = [c for c in verb.children if c.dep_ in SUBJ]
    return sorted(subj, key=lambda t: (t.i > verb.i, abs(verb.i - t.i)))


def coordinated_subjects(subj: Token) -> list[Token]:
    """Other subjects of the same verb joined to ``subj`` by 'and' that the parse left as siblings
    ('Prime Minister Narendra Modi and Prime Minister Anthony Albanese witnessed ...')."""
    out = []
    for c in subj.head.children:
        if c is subj or c.dep_ not in SUBJ:
            continue
        lo, hi = sorted((c.i, subj.i))
        if any(t.lower_ == "and" and t.dep_ == "cc" for t in subj.doc[lo:hi]):
            out.append(c)
    return out


def companions(subj: Token) -> list[Token]:
    """Actors joined to a subject by 'along with' / 'together with' ('X, along with Y, attended'; 'X, together
    with Y, proposed'): they act with it. The parser hangs the phrase on the subject or on its verb, before the
    verb."""
    verb = subj.head
    holders = [c for c in (*subj.children, *verb.children) if c.dep_ in {"prep", "advmod"} and c.i < verb.i]
    out = []
    for h in holders:
        if h.lower_ in COMPANION_WORDS:  # 'along' / 'together' heading the 'with' phrase
            withs = [w for w in h.children if w.dep_ == "prep" and w.lower_ == "with"]
        elif h.lower_ == "with" and any(a.lower_ in COMPANION_WORDS for a in h.children):
            withs = [h]
        else:
            continue
        out += [p for w in withs for p in w.children if p.dep_ == "pobj"]
    return out + headline_partners(subj)


def headline_partners(subj: Token) -> list[Token]:
    """A name that opens a headline and is joined to the subject by a comma instead of 'and' ('China, Russia
    condemn ...', 'US, Japan agree ...'): the parser hangs it on the verb as a noun modifier; it acts with the
    subject."""
    verb = subj.head
    left = subj.left_edge
    return [
        c
        for c in verb.children
        if c.dep_ == "npadvmod"
        and c.pos_ == "PROPN"
        and c.ent_type_ in ACTOR_LABELS
        and c.left_edge.i == c.sent.start
        and c.right_edge.i + 2 == left.i
        and c.doc[c.right_edge.i + 1].text == ","
    ]


#: marks that end a sentence of running text (a headline has none)
FULL_STOPS = {".", "!", "?"}


def reduced_passive(verb: Token) -> bool:
    """A headline's passive with its auxiliary dropped ('Singer convicted of obscenity', 'Peru accused of
    torture by UN panel'): a verb with a 'by' agent, or a past participle in a line with no full stop (a tagged
    participle in a sentence may be a past tense: 'farmers protested.'), with a subject and no auxiliary nor
    object of its own, which the parser reads as an active clause; its subject is the one acted on."""
    agent = any(c.dep_ == "agent" and not means_phrase(c) for c in verb.children)
    headline = verb.tag_ == "VBN" and not any(t.text in FULL_STOPS for t in verb.sent[-2:])
    headline = headline or _stock_passive(verb)  # 'Duterte accused of paying police' glued to the next sentence
    return (
        (agent or headline)
        and verb.tag_ in {"VBN", "VBD"}
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ in {"aux", "auxpass", "dobj", "obj", "ccomp", "xcomp"} for c in verb.children)
    )


#: (verb lemma, preposition) of verbs that name whom they act on before that phrase (data/headline_passives.tsv)
STOCK_PASSIVES = frozenset((r["lemma"], r["prep"]) for r in read_tsv("headline_passives.tsv"))


def _stock_passive(verb: Token) -> bool:
    """A verb of ``STOCK_PASSIVES`` followed right away by its phrase ('accused of'): no object came before it (a
    relative clause's object is the noun it hangs on: 'the man X accused of murder' stays active)."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) and verb.dep_ != "relcl" else None
    key = ((verb.lemma_ or verb.lower_).lower(), nxt.lower_ if nxt is not None else "")
    return key in STOCK_PASSIVES and nxt.head.i == verb.i


#: nouns of a 'by' phrase of means, no doer ('voted by a show of hands'; data/means_agents.tsv)
MEANS_NOUNS = frozenset(r["lemma"] for r in read_tsv("means_agents.tsv"))


def means_phrase(by: Token) -> bool:
    """A 'by' phrase that tells how, not who: 'by a show of hands', 'by consensus', 'by telephone'."""
    return any(o.dep_ == "pobj" and (o.lemma_ or o.lower_).lower() in MEANS_NOUNS for o in by.children)


#: what a passive participle clause has none of: its own subject, auxiliary or object ('Backed by X, ...')
OWN_CLAUSE_DEPS = {"nsubj", "nsubjpass", "csubj", "aux", "auxpass", "dobj", "obj"}


def participle_clause(verb: Token) -> bool:
    """A past participle's clause on a verb that borrows its subject from that verb, in the passive: 'Backed by
    Turkish jets, the rebels advanced' (the rebels are backed), 'the rebels advanced, backed by Turkish jets'.
    The participle has no subject, auxiliary nor object of its own, and either comes first in its sentence part
    (fronted) or names its doer in a 'by' agent."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or any(c.dep_ in OWN_CLAUSE_DEPS for c in verb.children):
        return False
    fronted = verb.left_edge.i == verb.i and verb.i < verb.head.i
    return fronted or any(c.dep_ == "agent" for c in verb.children)


#: links a raised subject climbs from a passive infinitive to its governor ('is to be freed', 'is due to be deported')
RAISING_LINKS = {"xcomp", "acomp"}


def trigger_subject(tok: Token) -> tuple[Token | None, bool]:
    """The subject token of a trigger (climbing through xcomp/advcl/conj/prep chains) and whether passive.
    A subject raised to a passive infinitive is the one acted on, whatever the governor's voice ('X is to be
    freed', 'X is expected / due to be deported')."""
    cur, raised = tok, False
    undergoes = any(c.dep_ == "auxpass" for c in tok.children)  # the trigger itself is passive ('to be freed')
    for _ in range(6):
        subj = _subjects_of(cur)
        if subj and cur is not tok and undergoes:
            return subj[0], True
        if subj:  # 'X is expected / was asked to meet Y': X, passive subject of the governor, meets
            return subj[0], (subj[0].dep_ == "nsubjpass" or reduced_passive(cur)) and not raised
        if cur.dep_ == "relcl" and cur.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            return cur.head, False
        if cur.dep_ == "ROOT" or cur.head.i == cur.i:
            return None, False
        raised = cur.dep_ == "xcomp" and (cur is tok or raised)
        undergoes = undergoes and cur.dep_ in RAISING_LINKS
        cur = cur.head
    return None, False


def noun_subject(trig: Token) -> tuple[Token | None, bool]:
    """Subject of the verb a noun trigger is the object of ('held talks', 'went to X for talks')."""
    cur = trig
    for _ in range(3):
        if cur.dep_ not in {"dobj", "pobj", "prep", "attr", "nsubjpass"} or cur.head.i == cur.i:
            return None, False
        prev, cur = cur, cur.head
        if (
            cur.pos_ in {"NOUN", "PROPN"}
            and prev.lower_ in OCCASION_PREPS
            and cur.dep_ in {"dobj", "nsubj"}
            and cur.head.pos_ in {"VERB", "AUX"}
        ):
            cur = cur.head
        elif cur.pos_ not in {"VERB", "AUX", "ADP"}:
            return None, False
        if cur.pos_ in {"VERB", "AUX"}:
            subj = _subjects_of(cur)
            return (subj[0], subj[0].dep_ == "nsubjpass") if subj else trigger_subject(cur)
    return None, False


def is_trigger_verb(tok: Token) -> bool:
    return verb_base(tok) is not None and tok.pos_ == "VERB"


def governing_verb_tag(trig: Token) -> str | None:
    cur = trig
    for _ in range(4):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"}:
            return cur.tag_
    return None


def clause_tokens(trig: Token) -> set[int]:
    """Token ids of the trigger's own clause: its clause verb's subtree minus other embedded clauses."""
    head = clause_head(trig)
    keep = set()
    stack = [head]
    while stack:
        t = stack.pop()
        keep.add(t.i)
        for c in t.children:
            if c.dep_ in {"ccomp", "advcl", "relcl", "parataxis", "acl", "conj"} and trig not in c.subtree:
                continue
            stack.append(c)
    return keep


def clause_head(trig: Token, depth: int = 4) -> Token:
    """The verb whose clause contains the trigger (the trigger itself when it is a verb), looked for up to ``depth``
    heads up."""
    cur = trig
    for _ in range(depth):
        if cur.pos_ in {"VERB", "AUX"} or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


#: pronouns of someone other than the speaker: inside a direct quotation they never stand for its speaker
THIRD_PERSON = {"he", "she", "him", "her", "his", "it", "its", "they", "them", "their"}
#: key of the article's quoted spans in ``Doc.user_data`` (plain offsets, computed once per article)
_QUOTED_KEY = "sitrep_quoted_spans"


def quoted(tok: Token) -> bool:
    """The token is inside a direct quotation (double marks, ``quote_marks``): also one opened in an earlier
    sentence or paragraph ('"We will not yield. They attacked us," he said': 'They' is quoted)."""
    doc = tok.doc
    spans = doc.user_data.get(_QUOTED_KEY)
    if spans is None:
        found = double_spans(doc_text(doc))
        spans = doc.user_data[_QUOTED_KEY] = [[s.start for s in found], [s.end for s in found]]
    starts, ends = spans
    i = bisect.bisect_right(starts, tok.idx) - 1
    return i >= 0 and tok.idx < ends[i]


def quoted_apart(pronoun: Token, verb: Token) -> bool:
    """A third-person pronoun inside a quotation that ``verb``, outside it, attributes ('"He attacked the
    guard," Ruiz said'): the pronoun is someone other than the verb's subject, who would say 'I'."""
    return pronoun.lower_ in THIRD_PERSON and quoted(pronoun) and not quoted(verb)


def participle_beside(clause: Token) -> bool:
    """A bare participle clause beside its main verb ('met the rebels, urging them to disarm', 'expelled two
    envoys, accusing them of spying'): no subordinator, no subject of its own, no gerund of the main verb's
    before it that it would continue; its act is the main actor's too."""
    return (
        clause.dep_ == "advcl"
        and clause.tag_ == "VBG"
        and not any(c.dep_ in {"mark", "nsubj", "nsubjpass"} for c in clause.children)
        and not _gerund_before(clause.head, clause)
    )


def _gerund_before(verb: Token, clause: Token) -> bool:
    """The main verb tells a gerund before the clause ('accused X of violating the law, ignoring ...'): the
    participle continues the list of what is told, misread as an act beside the main verb."""
    return any(
        p.dep_ == "prep" and p.i < clause.i and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in p.children)
        for p in verb.children
    )


#: prepositions of a passive verb's charge or ground ('was blamed for the raid', 'was accused of the killing'),
#: on whose noun the parser may hang the verb's own 'by' agent ('was blamed for the raid by the army')
GROUND_PREPS = {"for", "over", "of"}


def stranded_agent(verb: Token) -> Token | None:
    """The 'by' agent of a passive verb with none of its own that the parser hung on the noun of the verb's
    charge or ground, ending the clause ('rebels were blamed for the raid by the army', 'was criticised over
    the delay by the opposition'): that 'by' token. None when the noun has an 'of' phrase of its own ('blamed
    for the killing of two guards by gunmen' tells who killed) or the verb has an agent."""
    if not any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in GROUND_PREPS:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
                continue
            last = max(noun.children, key=lambda c: c.i, default=None)  # the phrase's end: 'by the army'
            if last is not None and last.i > noun.i and last.dep_ in {"prep", "agent"} and last.lower_ == "by":
                return last
    return None


#: links of a noun that is the object of an act, whose fate that act tells ('banned the rally', 'against the march')
OBJECT_DEPS = {"dobj", "pobj"}


def own_doer_clause(tok: Token) -> bool:
    """A clause on a thing that names its own doer in a 'by' phrase ('the offer, rejected by X on Monday,',
    'the plan, which was dismissed by Y'): its act is its own, not a part of, nor framed by, the clause the noun
    sits in ('the offer, rejected by X, would have ...' still tells a rejection that happened). A clause on an
    actor only says who it is ('troops commanded by X', 'a militia backed by Y'). A clause on an event noun that
    is the object of an act ('police banned the rally staged by nurses') names the doer of the noun's own event,
    whose fate that act tells (no rally took place); as a subject ('the strike, called by the unions, shut the
    ports') the event is told as done."""
    from sitrep.extract.event_arg_clauses import event_noun  # (both read the lexicon modules)
    from sitrep.extract.event_arg_groups import group_of

    if tok.dep_ not in {"acl", "relcl"} or not any(c.dep_ == "agent" for c in tok.children):
        return False
    noun = tok.head
    if noun.dep_ in OBJECT_DEPS and event_noun(noun):
        return False
    return noun.ent_type_ not in ACTOR_LABELS and group_of(noun) is None


def reporting_subject(pronoun: Token) -> Token | None:
    """The subject of the verb that reports the clause a subject pronoun opens ('the air force said it carried out
    strikes', 'the rebels claimed they had shelled the town'): the pronoun's antecedent; None when the pronoun is no
    subject, its clause no reported one, or the reporting verb's subject a pronoun itself."""
    if pronoun.tag_ != "PRP" or pronoun.dep_ not in SUBJ:
        return None
    clause = pronoun.head
    if clause.dep_ != "ccomp" or clause.head.pos_ not in {"VERB", "AUX"}:
        return None
    return next((c for c in clause.head.children if c.dep_ in SUBJ and c.pos_ in {"NOUN", "PROPN"}), None)


def relative_antecedent(clause: Token) -> Token | None:
    """The noun a relative clause with a relative pronoun as its subject describes ('Wang, who said ...'): the
    clause's head, or, when the parser hangs the clause on the verb, the name or noun right before the pronoun
    ('met with his counterpart Wang Yi, who said ...'); None for any other clause."""
    who = next((c for c in clause.children if c.dep_ == "nsubj" and c.tag_ == "WP"), None)
    if clause.dep_ != "relcl" or who is None:
        return None
    if clause.head.pos_ in {"NOUN", "PROPN"}:
        return clause.head
    before = next((t for t in reversed(clause.doc[clause.sent.start : who.i]) if not t.is_punct), None)
    return before if before is not None and before.pos_ in {"NOUN", "PROPN"} else None


#: tags of a relative pronoun ('who', 'which', 'that')
RELATIVE_TAGS = {"WP", "WDT"}
#: auxiliaries of the present perfect, the tense in which a relative clause tells what an actor is known for
EXPERIENCE_AUX = {"has", "have"}


def known_for(clause: Token) -> bool:
    """A relative clause in the present perfect ('X, which has staged such raids before, ...', 'the rebels, who
    have attacked convoys, ...'): it tells what the actor is known for, not an act of the news."""
    return clause.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ in EXPERIENCE_AUX for c in clause.children)


def actor_relative_clause(tok: Token) -> bool:
    """A relative clause set off by a comma whose subject is its relative pronoun, on a named actor or a group noun
    ('the miners, who demanded higher pay, ...', 'Trump, who criticised X, will ...'): the actor does the clause's
    act, an act of its own with its own tense, not a part of (nor planned by) the clause the actor sits in."""
    from sitrep.extract.event_arg_groups import group_of  # (it reads the lexicon modules)

    if tok.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.tag_ in RELATIVE_TAGS for c in tok.children):
        return False
    if tok.left_edge.i == 0 or tok.doc[tok.left_edge.i - 1].text != ",":
        return False  # a defining clause ('a regime that oppresses', 'units that had joined') tells who, not what
    if known_for(tok):
        return False  # 'X, which has staged such raids before, ...': what the actor is known for, no news
    noun = tok.head
    return noun.ent_type_ in ACTOR_LABELS or (noun.pos_ == "NOUN" and group_of(noun) is not None)
