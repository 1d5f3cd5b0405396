"""Actor mentions of a trigger's argument: the mentions inside a noun phrase, and pronouns, titles
('the Iranian leader') and groups ('the two presidents') resolved to an earlier person."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from sitrep.extract import places
from sitrep.extract.actor_dictionary import agent_sector
from sitrep.extract.bound_names import bound_names
from sitrep.extract.clause_states import clause_states, subject_state
from sitrep.extract.doc_text import doc_text
from sitrep.extract.event_arg_groups import group_actor, hyphen_modifier, misparsed_speaker
from sitrep.extract.event_arg_words import (
    GENERIC_TITLES,
    GROUP_REFERRERS,
    INTRODUCED_TITLES,
    ORG_NAME_WORDS,
    PLACE_NOUNS,
    PLURAL_PRONOUNS,
    PRONOUNS,
    STATE_AGENTS,
    STATE_SECTORS,
    TITLE_HEADS,
    TITLE_REFERRERS,
)
from sitrep.extract.event_context import EventContext
from sitrep.extract.event_lexicon import GROUP_WORDS
from sitrep.extract.event_syntax import ACTOR_LABELS, CLAUSE_DEPS, SUBJ, quoted_apart
from sitrep.extract.event_triggers import lexicon
from sitrep.extract.governing_persons import governing_person
from sitrep.extract.pronoun_chains import chained_person
from sitrep.extract.pronoun_genders import agreeing, of_its_sex
from sitrep.extract.sentence_demonyms import sentence_demonym_state
from sitrep.extract.speaker_states import state_at
from sitrep.extract.state_epithets import epithet_state
from sitrep.extract.subject_names import in_subject

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: title nouns that name the office holder of another state by the state alone ('his Indian counterpart'): with no
#: person of that state named before, the state's unnamed office holder (a government group of its country)
STATE_COUNTERPARTS = {"counterpart"}
COUNTERPART_GROUP = ("government", "ORG")

_ORG_NAME = re.compile(r"(?i)\b(?:" + "|".join(ORG_NAME_WORDS) + r")\b")
#: personal pronouns the lexicon's events resolve to a person (not possessives: 'his son' is the son)
PERSON_PRONOUNS = {"he", "him", "she", "her"}
#: possessives that stand for a person as the owner of an act named as an object ('demanded her release')
OWNER_PRONOUNS = {"his", "her"}
#: descriptions of a state that refer back to the last country named ('the country', 'the nation')
STATE_DESCRIPTIONS = {"country", "nation"}
#: groups of a state's own institutions: owned by a person ('his administration', 'her government') they are
#: that person's state's ('urged his cabinet' -> the government of the speaker's country)
STATE_GROUPS = {"government", "military", "police", "legislators", "judiciary"}
#: possessives that tie a description to the subject of its clause ('urged her country', 'thanked his party')
SUBJECT_POSSESSIVES = {"his", "her", "its", "their"}
#: how many sentences back a personal pronoun may find the one person named when none is named closer
PRONOUN_LOOKBACK = 3
#: verbs that attribute a direct quotation to its speaker
QUOTING_VERBS = {"say", "tell", "add", "explain", "write", "insist", "recall"}
#: dependencies of an object pronoun, which never stands for the subject of its own verb
PRONOUN_OBJECT_DEPS = {"dobj", "obj", "dative", "pobj"}
#: plural nouns that, counted as two ('the two countries', 'both sides'), stand for the two states named last
PAIR_NOUNS = {"countries", "nations", "states", "sides", "neighbours", "neighbors", "governments"}
#: plural nouns for people that, counted as two ('the two leaders'), stand for the two parties of the last event
PAIR_PERSON_NOUNS = {"leaders", "presidents", "ministers", "heads"}
#: the words that count them
PAIR_COUNTS = {"two", "both"}
#: how many sentences back the two states may be named
PAIR_LOOKBACK = 2
#: how many sentences back the second state may be found when the nearest sentence naming a state names only one
#: ('A joint statement by Ruritania ... The importance of ties was stressed. Both countries agreed ...', with the
#: other state named by its name a few sentences before): the two distinct states named last
PAIR_SECOND_LOOKBACK = 4


def _np_tokens(head: Token, conj: bool = True) -> list[Token]:
    """Tokens of the noun phrase headed by ``head``, not descending into clauses (nor into coordinated
    phrases when ``conj`` is False: 'she and Vega' -> 'she')."""
    out, stack = [], [head]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if not conj and t is head and c.dep_ in {"conj", "cc"}:
                continue
            if c.dep_ in CLAUSE_DEPS or c.dep_ == "punct" and c.lower_ in {"(", ")"}:
                continue
            if (c.dep_ == "prep" and c.lower_ not in {"of", "from"}) or hyphen_modifier(c) or misparsed_speaker(c):
                continue  # (not 'Tehran' of 'Tehran-backed militias', not the speaker of a 'said' after it)
            stack.append(c)
    return out


def np_mentions(ctx: EventContext, head: Token, conj: bool = True) -> list[dict]:
    """Actor mentions in a noun phrase; titles' countries ('Cuban President X') give way to the person."""
    seen, ments = set(), []
    for t in sorted(_np_tokens(head, conj), key=lambda t: t.i):
        m = surname_antecedent(ctx, t) or ctx.mention_of(t)
        if m and m["idx"] not in seen and m["label"] in ACTOR_LABELS:
            seen.add(m["idx"])
            ments.append(m)
    persons = [m for m in ments if m["label"] == "PERSON"]
    if len(persons) > 1:
        core = {head.i} | {c.i for c in head.children if c.dep_ == "appos"}
        core |= {t.i for c in head.children if c.dep_ == "appos" for t in c.subtree if t.dep_ != "poss"}
        heads = [m for m in persons if any(ctx.by_token.get(i) is m for i in core)]
        persons = heads or persons
    if persons:
        return persons
    non_norp = [m for m in ments if m["label"] != "NORP"]
    return non_norp or ments


def resolve_description(ctx: EventContext, head: Token, sent: Span) -> list[dict]:
    """A pronoun, a title description ('the Iranian leader') or a group ('the two presidents') to mentions."""
    word = head.lower_
    if word in PRONOUNS | PLURAL_PRONOUNS:
        reporter = _reporting_subject(ctx, head, sent)
        if reporter:
            return reporter if word in PLURAL_PRONOUNS else reporter[:1]
    pair = [m for m in (pair_member(ctx, head), *(pair_member(ctx, c) for c in head.children)) if m]
    if len(pair) == 2 and (word not in GROUP_WORDS or not ctx.last_participants):
        return pair  # 'the two countries': the two states named last ('the two sides' of a meeting: its parties)
    if word in PLURAL_PRONOUNS or (
        word in GROUP_WORDS and any(c.lower_ in GROUP_REFERRERS for c in head.children) and head.tag_ == "NNS"
    ):
        return list(ctx.last_participants)
    if word in PERSON_PRONOUNS and head.tag_ == "PRP" and head.dep_ in PRONOUN_OBJECT_DEPS:
        found = pronoun_antecedent(ctx, head)  # 'Kenyatta met him': never its own verb's subject
        return [found] if found else []
    if word in PRONOUNS and (governing := governing_person(ctx, head)) is not None:
        return [governing]  # 'top X's agenda as he meets': X, not the speaker quoted before
    if word in PRONOUNS or word in {"who"}:
        earlier = [
            ctx.by_token[t.i]
            for t in sent
            if t.i < head.i and in_subject(t) and t.i in ctx.by_token and ctx.by_token[t.i]["label"] == "PERSON"
        ]
        if earlier:
            return earlier[-1:]
        return [ctx.last_subject_person] if ctx.last_subject_person else []
    owned = possessed_actor(ctx, head)  # 'urged her country': the speaker's state
    if owned is not None:
        return [owned]
    if word in INTRODUCED_TITLES:  # 'the senator': the one introduced as a senator, if any
        found = title_antecedent(ctx, head)
        return [found] if found else []
    if word in TITLE_HEADS and any(c.lower_ in TITLE_REFERRERS or c.dep_ == "poss" for c in head.children):
        iso3 = None
        for c in head.children:
            if c.dep_ in {"amod", "compound", "poss", "nmod"}:
                iso3 = iso3 or places.country_cue(c.text)
        found = _latest_person(ctx, sent, iso3, exclude_counterpart=word == "counterpart", title=word)
        named = _named_after(ctx, head)  # 'his Chinese counterpart, Foreign Minister Wang Yi': named right after
        if not found and iso3 and word in STATE_COUNTERPARTS and not named:  # 'his Indian counterpart': India's
            return [{**group_actor(head, COUNTERPART_GROUP), "country_iso3": iso3}]
        return found
    return []


#: characters after a title noun within which a person's name names its holder ('his counterpart, Minister X')
NAMED_AFTER_CHARS = 40


def _named_after(ctx: EventContext, head: Token) -> bool:
    """A person mention starts right after the title noun, in its sentence (an apposition, however parsed)."""
    end = head.idx + len(head.text)
    return any(
        m["label"] == "PERSON"
        and end <= m["start_char"] <= end + NAMED_AFTER_CHARS
        and m["end_char"] <= head.sent.end_char
        for m in ctx.mentions
    )


def _reporting_subject(ctx: EventContext, tok: Token, sent: Span) -> list[dict]:
    """Persons who are the subject of a verb governing ``tok``'s clause ('Vega said she and Ruiz agreed')."""
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i:
            return []
        if cur.dep_ in {"ccomp", "xcomp", "advcl", "conj"}:
            subj = [c for c in cur.head.children if c.dep_ in SUBJ]
            if subj and subj[0] is not tok and not quoted_apart(tok, cur.head):  # ('"They shot us," X said')
                found = [
                    m
                    for m in np_mentions(ctx, subj[0]) + [m for c in subj[0].conjuncts for m in np_mentions(ctx, c)]
                    if m["label"] == "PERSON"
                ]
                if found:
                    return found
        cur = cur.head
    return []


def _latest_person(
    ctx: EventContext, sent: Span, iso3: str | None, exclude_counterpart: bool, title: str | None = None
) -> list[dict]:
    """The most recent person mention before this sentence, from ``iso3`` when known, preferring one
    introduced with the same title ('the Cuban president' -> 'Cuban President X', not 'Cuban FM Y')."""
    prior = [m for m in ctx.mentions if m["label"] == "PERSON" and m["end_char"] <= sent.start_char]
    if iso3:
        fitting = [m for m in prior if ctx.person_country.get(m["idx"]) == iso3]
        if title and title not in GENERIC_TITLES:
            titled = [
                m for m in fitting if title in doc_text(ctx.doc)[max(0, m["start_char"] - 40) : m["start_char"]].lower()
            ]
            fitting = titled or fitting
        return fitting[-1:] if fitting else []
    if exclude_counterpart:
        return []
    return [ctx.last_subject_person] if ctx.last_subject_person else prior[-1:]


def arg_mentions(ctx: EventContext, tok: Token, sent: Span) -> list[dict]:
    """Mentions for an argument token, resolving it when it names no one."""
    ments: list[dict] = []
    for t in (tok, *tok.conjuncts):
        own = np_mentions(ctx, t, conj=False)
        if own and all(m["label"] == "NORP" for m in own) and t.lower_ in PLACE_NOUNS:
            continue  # 'the Venezuelan capital hosted a meeting': a place, not an actor
        if (
            own
            and all(m["label"] == "NORP" for m in own)
            and ctx.mention_of(t) is None
            and not any(_state_agent(x) for x in _np_tokens(t, conj=False))
        ):
            continue  # 'Chinese tourists', 'German partners': people of a country, not the state acting
        if own and all(m["label"] == "NORP" for m in own) and t.lower_ in TITLE_HEADS:
            own = []
        if not own:
            own = resolve_description(ctx, t, sent)
        ments += [m for m in own if m and m not in ments]
    return ments


def _state_agent(tok: Token) -> bool:
    """A head through which a demonym names the state acting: sitrep's own words, else a role noun of the
    Phoenix agents file in a state sector ('ministers', 'lawmakers')."""
    return tok.lower_ in STATE_AGENTS | TITLE_HEADS or (
        tok.pos_ == "NOUN" and agent_sector(tok.lower_) in STATE_SECTORS
    )


def unnamed_countries(ctx: EventContext, head: Token) -> list[dict]:
    """Countries written inside a hyphenated compound the NER did not tag ('the Russia-Nicaragua-Bolivia
    consultations'): participants known only by their ISO-3 code (no mention of their own)."""
    out = []
    for tok in head.subtree:
        if tok is not head and tok.dep_ not in {"compound", "punct", "conj", "cc"}:
            continue
        if ctx.mention_of(tok) is not None or not tok.text[:1].isupper():
            continue
        iso3 = places.country_iso3(tok.text)
        if iso3:
            out.append(
                {
                    "idx": -1 - tok.i,
                    "surface": tok.text,
                    "label": "GPE",
                    "start_char": tok.idx,
                    "end_char": tok.idx + len(tok),
                    "country_iso3": iso3,
                    "unnamed": True,
                }
            )
    return out


def person_like(m: dict) -> bool:
    """spaCy sometimes labels unfamiliar personal names ORG: two or three capitalised words, no org word."""
    words = m["surface"].split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not _ORG_NAME.search(m["surface"])


def pronoun_antecedent(ctx: EventContext, tok: Token) -> dict | None:
    """The person a personal pronoun ('he', 'him', 'she', 'her') stands for: the last person named before it, in
    its sentence or the one before; a subject pronoun continues a subject ('Ruiz met Vega. He then accused ...'
    is Ruiz). An object pronoun is not the subject of its own verb ('A accused him': not A). When no person is
    named that close, the one person named in the PRONOUN_LOOKBACK sentences before ('A met B. The talks lasted
    an hour. B praised him': A), never a guess between two. A possessive stands for a person only as the owner
    of an act named as the object ('demanded her release', 'called for her resignation': the one released or asked
    to resign, not the verb's subject); None for other words and possessives."""
    if tok.lower_ not in PERSON_PRONOUNS and tok.lower_ not in OWNER_PRONOUNS:
        return None
    owned_act = _owned_act(tok)
    if tok.tag_ != "PRP" and not owned_act:
        return None
    sents = list(tok.doc.sents)
    at = next(i for i, s in enumerate(sents) if s.start <= tok.i < s.end)
    own_subject = _own_subject(ctx, tok.head if owned_act else tok) | _quote_speakers(tok) | bound_names(ctx, tok)
    if (governing := governing_person(ctx, tok)) is not None:
        return governing  # 'top X's agenda as he meets': X, not the speaker quoted before
    near = sents[max(0, at - 1)].start_char
    fitting = agreeing(ctx, tok.lower_, _persons_before(ctx, tok, near, own_subject))
    fitting = fitting or of_its_sex(ctx, tok.lower_, _persons_before(ctx, tok, near, own_subject, anywhere=True))
    if fitting:
        return max(fitting, key=lambda m: m["start_char"])
    farther = _persons_before(ctx, tok, sents[max(0, at - PRONOUN_LOOKBACK)].start_char, own_subject)
    farther = agreeing(ctx, tok.lower_, farther)
    if not farther:
        return chained_person(ctx, tok, own_subject)  # 'he ... he ... hit him': the person every 'he' stood for
    return max(farther, key=lambda m: m["start_char"]) if len({_name(m) for m in farther}) == 1 else None


def _quote_speakers(tok: Token) -> set[int | str]:
    """Names of the speakers a direct quotation holding the pronoun is attributed to in its sentence ('"He
    grabbed the guard," Ruiz said': he is someone else, a speaker quoted says 'I')."""
    return {
        s.lower_
        for verb in tok.sent
        if (verb.lemma_ or verb.lower_).lower() in QUOTING_VERBS and quoted_apart(tok, verb)
        for s in verb.children
        if s.dep_ in SUBJ and s.pos_ == "PROPN"
    }


def _owned_act(tok: Token) -> bool:
    """A possessive pronoun owning an event noun that is an object ('demanded her release', 'demanded her
    arrest', 'called for his resignation')."""
    head = tok.head
    if tok.tag_ != "PRP$" or tok.dep_ != "poss" or head.dep_ not in PRONOUN_OBJECT_DEPS or head.pos_ != "NOUN":
        return False
    return (head.lemma_ or head.lower_).lower() in lexicon().nouns


def _persons_before(ctx: EventContext, tok: Token, start: int, own_subject: set, anywhere: bool = False) -> list[dict]:
    """Person mentions from ``start`` up to the pronoun that may stand for it: not its own clause's subject, and
    in a subject position for a subject pronoun (unless ``anywhere``)."""
    subject = tok.dep_ in SUBJ and not anywhere
    return [
        m
        for t, m in ctx.by_token.items()
        if m["label"] == "PERSON"
        and start <= m["start_char"]
        and m["end_char"] <= tok.idx
        and (not subject or in_subject(ctx.doc[t]))
        and m["idx"] not in own_subject
        and _name(m) not in own_subject
    ]


def title_antecedent(ctx: EventContext, tok: Token) -> dict | None:
    """The person a bare title refers back to ('his attorney general', 'the foreign minister', 'the
    president'): the last person named before it in the article who was introduced with that title ('Attorney
    General Ann Cole', 'Ann Cole, the foreign minister'), when there is one. None for titles with a name, a
    place or an 'of' phrase of their own ('the president of the club'), and for other words."""
    if tok.lower_ not in TITLE_HEADS | INTRODUCED_TITLES or tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return None
    words = [c for c in tok.children if c.i < tok.i and c.dep_ == "compound"]
    if any(_noun_prep(c) or (c.dep_ == "compound" and c.pos_ != "NOUN") for c in tok.children):
        return None
    det = [c.lower_ for c in tok.children if c.dep_ in {"det", "poss"}]
    if det not in (["the"], ["his"], ["her"], ["its"], ["their"]):
        return None
    title = " ".join([*(c.lower_ for c in sorted(words, key=lambda c: c.i)), tok.lower_])
    text = doc_text(ctx.doc).lower()
    return _last_before(ctx, tok, lambda m, _own: m["label"] == "PERSON" and _titled(text, m, title))


def _noun_prep(tok: Token) -> bool:
    """A prepositional phrase with a noun of its own ('of the club'), not a clause the parser hung on the title
    ('accused the senator of lying')."""
    return tok.dep_ == "prep" and any(c.dep_ == "pobj" and c.pos_ != "VERB" for c in tok.children)


def _last_before(ctx: EventContext, tok: Token, keep: Callable[[dict, set], bool]) -> dict | None:
    """The last mention named before ``tok`` that is not part of its own clause's subject and that ``keep``
    (given the mention and that subject) accepts."""
    own_subject = _own_subject(ctx, tok)
    named = [
        m
        for m in ctx.by_token.values()
        if m["end_char"] <= tok.idx and m["idx"] not in own_subject and keep(m, own_subject)
    ]
    return max(named, key=lambda m: m["start_char"]) if named else None


def _titled(text: str, m: dict, title: str) -> bool:
    """The mention is introduced with ``title``: right before it ('Attorney General Ann Cole') or in the
    appositive right after it ('Ann Cole, the attorney general')."""
    before = text[max(0, m["start_char"] - 30) : m["start_char"]]
    after = text[m["end_char"] : m["end_char"] + len(title) + 25]
    return before.rstrip().endswith(title) or (after.startswith(",") and title in after)


def possessed_actor(ctx: EventContext, tok: Token) -> dict | None:
    """The state (or its institution) an object owned by its clause's subject stands for: 'urged her country',
    'commended her administration', 'Ruritania urged its army' -> the subject's country (an unnamed state actor),
    the government or army of that country. None for other words, another modifier ('his home country'), and a
    subject whose country is unknown."""
    if tok.pos_ != "NOUN":
        return None
    mods = [c for c in tok.children if c.dep_ not in {"prep", "case", "punct"}]
    if len(mods) != 1 or mods[0].dep_ != "poss" or mods[0].lower_ not in SUBJECT_POSSESSIVES:
        return None  # (asked before the group noun: most words have no such possessive)
    state = tok.lower_ in STATE_DESCRIPTIONS
    group = None if state else group_actor(tok)
    if not state and (group is None or group["group"] not in STATE_GROUPS):
        return None
    iso3, owner = _subject_country(ctx, tok)
    if group is not None and (iso3 or owner):  # (a person of unknown country: the merge gives its country)
        return {**group, "country_iso3": iso3} if iso3 else {**group, "owner_idx": owner["idx"]}
    if iso3 is None:
        return None
    end = tok.idx + len(tok.text)
    return {"idx": -1 - tok.i, "surface": tok.text, "label": "GPE", "start_char": tok.idx, "end_char": end,
            "country_iso3": iso3, "unnamed": True}  # fmt: skip


def _subject_country(ctx: EventContext, tok: Token) -> tuple[str | None, dict | None]:
    """(country, person) of the one subject of the verb an object hangs on: a person's country (and the person,
    whose country the resolution may know when the text does not tell it), a state named."""
    if tok.dep_ not in PRONOUN_OBJECT_DEPS:
        return None, None
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    subj = [s for s in verb.children if s.dep_ in SUBJ]
    if len(subj) != 1 or subj[0].conjuncts:
        return None, None
    found = np_mentions(ctx, subj[0]) or [ctx.mention_of(subj[0]) or pronoun_antecedent(ctx, subj[0])]
    if len(found) != 1 or found[0] is None:
        return None, None
    m = found[0]
    if m["label"] == "PERSON":
        return ctx.person_country.get(m["idx"]), m
    if m["label"] == "ROLE":  # 'the Kenyan president'
        return next((iso3 for w in m["surface"].split() if (iso3 := places.demonym_iso3(w))), None), None
    return _state_of(m), None


def description_antecedent(ctx: EventContext, tok: Token) -> dict | None:
    """The country a bare description refers back to ('the country', 'the nation', no other modifier): the last
    country named before it in the article; an owned one ('his country', 'her administration') is the
    subject's (``possessed_actor``)."""
    owned = possessed_actor(ctx, tok)
    if owned is not None:
        return owned
    state = epithet_state(tok)  # 'the country', 'the Gulf state'; not 'a country', 'the whole country' ('their')
    if state is None:
        return None
    beside = clause_states(ctx, tok)  # 'the kingdom accused Qatar': not Qatar, though named last

    def keep(m: dict, own: set) -> bool:
        iso3 = places.country_iso3(m["surface"]) if m["label"] == "GPE" else None
        return bool(iso3) and _name(m) not in own and iso3 == (state or iso3) and iso3 not in beside

    named = _last_before(ctx, tok, keep)
    named = subject_state(ctx, tok, named, lambda m: keep(m, set()))  # the last sentence's subject, if a state
    if state:
        return named
    # 'the Kenyan president said the country would ...': a demonym of its own sentence, nearer than the name
    subject = (
        {t.i for s in _object_verb(tok).children if s.dep_ in SUBJ for t in s.subtree} if _object_verb(tok) else set()
    )
    iso3 = sentence_demonym_state(tok, named["end_char"] if named else 0, subject)
    return state_at(ctx, tok, iso3) if iso3 else named


def _object_verb(tok: Token) -> Token | None:
    """The verb an object word hangs on (through its preposition), None for a word in no object position."""
    if tok.dep_ not in PRONOUN_OBJECT_DEPS:
        return None
    return tok.head.head if tok.dep_ == "pobj" else tok.head


def _own_subject(ctx: EventContext, tok: Token) -> set[int | str]:
    """Mentions (indices and names) of the subject of the verb an object word hangs on: an object never refers
    back to them ('Ann Cole met Paul Ruiz. Cole accused him': not Ann Cole)."""
    if tok.dep_ not in PRONOUN_OBJECT_DEPS:
        return set()
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    subject = [m for s in verb.children if s.dep_ in SUBJ for m in np_mentions(ctx, s)]
    return {m["idx"] for m in subject} | {_name(m) for m in subject}


def _name(m: dict) -> str:
    """The last word of a mention's name: the surname a later mention repeats."""
    words = (m.get("name") or m["surface"]).split()
    return words[-1].lower() if words else ""


def pair_member(ctx: EventContext, tok: Token) -> dict | None:
    """One of the two states a pair description stands for ('Peru and Chile ... the two countries signed',
    'both sides'), or of the two parties of the last event ('A met B ... the two leaders agreed', 'the two
    sides'): the noun stands for the first, its count word for the second, so the phrase yields both as actors.
    None for other words, and when the nearest sentence naming states does not name two."""
    head = tok.head if tok.lower_ in PAIR_COUNTS else tok
    if head.lower_ not in PAIR_NOUNS | PAIR_PERSON_NOUNS or head.tag_ != "NNS":
        return None
    counts = [c for c in head.children if c.lower_ in PAIR_COUNTS and c.dep_ in {"nummod", "det", "predet"}]
    if not counts or tok.i not in {head.i, counts[0].i}:
        return None
    pair = [] if head.lower_ in PAIR_PERSON_NOUNS else _named_pair(ctx, head)
    if head.lower_ in GROUP_WORDS and len(ctx.last_participants) == 2:
        pair = ctx.last_participants  # 'the two sides' after a meeting: its two parties, as the meeting rules read it
    if len(pair) != 2:
        return None
    return pair[0] if tok.i == head.i else pair[1]


def _named_pair(ctx: EventContext, head: Token) -> list[dict]:
    """The states (first mention of each) named in the nearest sentence before ``head`` that names any:
    its own sentence up to the phrase, then up to PAIR_LOOKBACK sentences back; when that sentence names one
    state only, the next other state named up to PAIR_SECOND_LOOKBACK sentences back completes the pair."""
    sents = list(ctx.doc.sents)
    at = next(i for i, s in enumerate(sents) if s.start <= head.i < s.end)
    found: dict[str, dict] = {}
    for k in range(at, max(-1, at - PAIR_SECOND_LOOKBACK - 1), -1):
        lo = sents[k].start_char
        hi = head.idx if k == at else sents[k].end_char
        states: dict[str, dict] = {}
        for m in sorted(ctx.by_token.values(), key=lambda m: m["start_char"]):
            iso3 = _state_of(m)
            if iso3 and lo <= m["start_char"] and m["end_char"] <= hi:
                states.setdefault(iso3, m)
        if not found and states and (len(states) > 1 or at - k > PAIR_LOOKBACK):
            return list(states.values())  # the nearest sentence naming states names them all
        for iso3, m in states.items():
            if not found or m["label"] == "GPE":  # the other state by its name ('an Indonesian woman' is no state)
                found.setdefault(iso3, m)
        if len(found) > 1:
            # one state named last, one other a few sentences before; more than one other: no telling which
            return list(found.values()) if len(found) == 2 else []
    return list(found.values())


def _state_of(m: dict) -> str | None:
    """The country a mention names as a state: a country's name, or a demonym (not a city, not a person)."""
    if m["label"] == "GPE" and places.country_iso3(m["surface"]):
        return places.country_iso3(m["surface"])
    if m["label"] == "NORP":
        return places.country_cue(m["surface"])
    return None


def surname_antecedent(ctx: EventContext, tok: Token) -> dict | None:
    """The person an untagged or mis-tagged surname refers back to ('Ana Ruiz arrived ... Ruiz signed', with
    'Ruiz' tagged as nothing, as an organisation or as a town): the one person named earlier in the article
    with a full name ending in that word. None for a word that is a person mention already or names a state
    or a capital, and when no or several earlier persons carry the surname."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or len(tok.text) < 3:
        return None
    own = ctx.mention_of(tok)
    if own is not None and (own["label"] == "PERSON" or own["surface"] != tok.text or _state_of(own)):
        return None
    if places.country_iso3(tok.text) or places.capital_iso3(tok.text):
        return None  # 'Lima condemned ...': a capital stands for its government
    word = tok.text.lower()
    persons = [  # filtered, then sorted (a stable sort: the order sorting all mentions first gave)
        m
        for m in ctx.mentions
        if m["label"] == "PERSON"
        and m["end_char"] <= tok.idx
        and len((m.get("name") or m["surface"]).split()) >= 2
        and _name(m) == word
    ]
    earlier = {m.get("name") or m["surface"]: m for m in sorted(persons, key=lambda m: -m["start_char"])}
    return next(iter(earlier.values())) if len(earlier) == 1 else None
