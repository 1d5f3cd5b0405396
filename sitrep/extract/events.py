"""Typed event candidates from dependency parses (per article) and their merge across articles.

``doc_event_candidates`` finds trigger words (meet, hold talks, receive, visit, sign, pledge, "talks between X
and Y", "X's visit to Moscow", "during a meeting with his counterpart X"), collects the participants from the
trigger's syntactic arguments (subject, object, "with"/"between"/"by" phrases, possessors), resolves pronouns
and descriptions ("he", "the Iranian leader", "the two presidents") to the nearest fitting person mention,
and attaches a status, a date (``dates``) and a place (``places``). ``merge_events`` (in ``event_merge``)
turns candidates from all articles into one row per real happening.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitrep.extract import dates, event_args, event_triggers, places
from sitrep.extract.entities import NEWS_AGENCIES
from sitrep.extract.entity_names import name_tokens
from sitrep.extract.event_lexicon import (
    AGREE_OBJECTS,
    AID_OBJECTS,
    ASPIRATION_WORDS,
    CONCLUDE_VERBS,
    DENY_WORDS,
    FUTURE_AUX,
    GROUP_WORDS,
    LIGHT_VERBS,
    MEDIA_ROLE_NOUNS,
    NOUNS,
    OBJECT_ONLY_NOUNS,
    PLAN_WORDS,
    RECOUNT_VERBS,
    VERB_FORMS,
    VERBS,
)
from sitrep.extract.event_merge import merge_events  # noqa: F401  (public API lives here)

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
SUBJ = {"nsubj", "nsubjpass", "csubj"}
OBJ = {"dobj", "obj", "attr", "oprd", "dative"}
CLAUSE_DEPS = {"relcl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "acl"}
PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
TITLE_HEADS = {
    "president",
    "leader",
    "minister",
    "diplomat",
    "counterpart",
    "head",
    "chief",
    "premier",
    "secretary",
    "chairman",
    "chair",
    "envoy",
    "king",
    "emir",
    "prince",
    "guest",
    "host",
    "adviser",
    "advisor",
    "aide",
    "spokesman",
    "spokeswoman",
    "official",
    "general",
    "commander",
}


PARAGRAPH_COMPONENT = "sitrep_paragraph_breaks"


@Language.component(PARAGRAPH_COMPONENT)
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line (or a line break) always starts a new sentence: headlines, captions, datelines and
    bullet lines are not run into the next paragraph. Runs before the parser, which keeps preset starts."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
    return doc


def add_components(nlp: Language) -> None:
    """Register sitrep's event-side components on a loaded pipeline (idempotent)."""
    if PARAGRAPH_COMPONENT not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe(PARAGRAPH_COMPONENT, before=before) if before else nlp.add_pipe(PARAGRAPH_COMPONENT)


def _is_news_agency(m: dict) -> bool:
    """An organisation mention naming a news agency ("Sputnik", "RIA Novosti", "UrduPoint News")."""
    return m["label"] in {"ORG", "PERSON"} and bool(set(name_tokens(m["surface"])) & NEWS_AGENCIES)


def _is_media_affiliation(span: Span) -> bool:
    """An outlet named as someone's employer ('former CNN anchor X', 'a Reuters correspondent'): no party."""
    root = span.root
    return root.dep_ in {"compound", "nmod", "amod"} and root.head.lemma_.lower() in MEDIA_ROLE_NOUNS


def _recounted(trig: Token) -> bool:
    """A noun event told of by a verb of recounting ('recalled earlier visits'): its teller is no party."""
    cur = trig
    for _ in range(3):
        if cur.dep_ not in {"dobj", "pobj", "prep", "conj", "appos"} or cur.head is cur:
            return False
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"}:
            return cur.lemma_.lower() in RECOUNT_VERBS
    return False


class _Ctx:
    """Per-document state: mention look-ups, salience, and what the previous event established."""

    def __init__(self, doc: Doc, mentions: list[dict], published_at: date | None, caption_text: str = ""):
        self.doc = doc
        self.published_at = published_at
        self.mentions = mentions
        self.by_token: dict[int, dict] = {}
        heads = places.dateline_spans(doc.text)
        for m in mentions:
            if any(s <= m["start_char"] < e for s, e in heads) or _is_news_agency(m):
                continue  # who filed the story ('MOSCOW (Sputnik) -', 'told Reuters') is no party to its events
            span = doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")
            if span is None or (m["label"] == "ORG" and _is_media_affiliation(span)):
                continue
            for t in span:
                self.by_token.setdefault(t.i, m)
        self.person_country = {m["idx"]: self._person_country(m) for m in mentions if m["label"] == "PERSON"}
        # full dates the article states, its removed photo captions included ('in Harare on July 13, 2023')
        self.doc_dates = dates.explicit_dates(doc.text) + dates.explicit_dates(caption_text)
        self.doc_countries = self._doc_countries()
        self.doc_cities = [
            p
            for m in mentions
            if m["label"] in {"GPE", "LOC"}
            for p in [self.place_for(m["surface"])]
            if p and p["level"] == "city"
        ]
        self.dateline = self._usable_dateline()
        self.last_participants: list[dict] = []
        self.last_date: tuple[str | None, str | None] = (None, None)
        self.last_any_date: tuple[str | None, str | None] = (None, None)
        self.last_place: dict | None = None
        self.last_subject_person: dict | None = None
        self.date_source = "expression"
        self.unanchored_hints: dict | None = None  # last day named without an anchor ('on Monday')
        self.after_late_arrival = False  # a late arrival was told ('landed on Monday night'): see LATE_ARRIVAL

    def _doc_countries(self) -> set[str]:
        """Countries the article names (as countries or demonyms): context for ambiguous city names."""
        found = set()
        for m in self.mentions:
            if m["label"] == "NORP":
                iso3 = places.demonym_iso3(m["surface"])
            elif m["label"] in {"GPE", "LOC"}:
                iso3 = places.country_iso3(m["surface"])
            else:
                iso3 = None
            if iso3:
                found.add(iso3)
        return found

    def place_for(self, surface: str) -> dict | None:
        """Resolve a place name, preferring cities in countries the article talks about; a small city
        abroad that the article never connects to ('Miraflores' palace in Caracas -> a town in Peru) is
        dropped."""
        if places.country_iso3(surface):
            return places.resolve_place(surface)
        for iso3 in sorted(self.doc_countries):
            city = places.lookup_city(surface, iso3, min_pop=1000)
            if city:
                return city
        place = places.resolve_place(surface)
        if (
            place
            and place["level"] == "city"
            and self.doc_countries
            and place["location_country_iso3"] not in self.doc_countries
            and (places.lookup_city(surface, min_pop=1_000_000) is None)
        ):
            return None
        return place

    def _usable_dateline(self) -> dict | None:
        """The dateline city, when the body names it (or its country) again: an agency's home city
        ('TEHRAN, Jul. 12 (MNA)') that the story never returns to is not where the events happened."""
        place = places.dateline_place(self.doc.text)
        if not place:
            return None
        iso3 = place["location_country_iso3"]
        for m in self.mentions:
            if m["label"] in {"GPE", "LOC"} and not m["surface"].isupper():
                p = places.resolve_place(m["surface"])
                if p and p["location_country_iso3"] == iso3:
                    return place
        return None

    def _person_country(self, m: dict) -> str | None:
        """Country of a person from entity hints, else from a demonym/possessive just before the name."""
        if m.get("country_iso3"):
            return m["country_iso3"]
        before = self.doc.text[max(0, m["start_char"] - 60) : m["start_char"]]
        words = re.findall(r"[A-Z][a-z]+", before)[-4:]
        pairs = [" ".join(words[i : i + 2]) for i in range(len(words) - 1)]
        for word in reversed(words + pairs):
            iso3 = places.demonym_iso3(word) or places.country_iso3(word)
            if iso3:
                return iso3
        return None

    def mention_of(self, tok: Token) -> dict | None:
        return self.by_token.get(tok.i)


# ---------------------------------------------------------------------------------------------- triggers


def _verb_base(tok: Token) -> str | None:
    if tok.pos_ not in {"VERB", "AUX"} and tok.tag_ not in {"VBG", "VBN", "VBD", "VBZ", "VBP", "VB"}:
        return None
    base = VERB_FORMS.get(tok.lower_)
    if base == "land" and tok.lower_ == "touched" and not any(c.lower_ == "down" for c in tok.children):
        return None
    return base


def _objects(tok: Token) -> list[Token]:
    out = [c for c in tok.children if c.dep_ in OBJ or c.dep_ == "nsubjpass"]
    for o in list(out):
        out += [c for c in o.conjuncts]
    return out


def _trigger_type(tok: Token) -> tuple[str, str | None, Token | None] | None:
    """(event_type, mode, object-noun token) when ``tok`` is an event trigger in its context."""
    base = _verb_base(tok)
    objs = _objects(tok) if base else []
    obj_words = {o.lower_ for o in objs}
    if base in LIGHT_VERBS:
        for o in objs:
            if o.lower_ in NOUNS and NOUNS[o.lower_][0] in {"CONSULT", "AGREE"}:
                return (*NOUNS[o.lower_], o)
            if base == "write" and o.lower_ in {"debt", "debts"}:
                return "AID", "debt relief", o
        return None
    if base in VERBS:
        etype, mode = VERBS[base]
        if tok.dep_ in {"relcl", "acl"} and not objs:
            obj_words = obj_words | {tok.head.lower_}  # 'the deal their leaders had struck'
        if base == "strike" and obj_words & AGREE_OBJECTS:
            return "AGREE", None, None  # 'struck a deal'
        if base == "attack" and any(c.dep_ == "prep" and c.lower_ in {"for", "over"} for c in tok.children):
            return "ACCUSE", None, None  # 'attacked Democrats for sinking the bill': words, not force
        if etype == "AGREE" and not obj_words & AGREE_OBJECTS:
            return None
        if (
            etype == "CONSULT"
            and tok.tag_ == "VBG"
            and tok.dep_ in {"amod", "compound", "acl"}
            and tok.head.pos_ == "NOUN"
        ):
            return None  # 'a visiting professor', 'the talking points'
        if etype == "CONSULT" and _non_actor_object(tok, base, objs):
            return None  # 'met the criteria', 'met with resistance', 'visited their home'
        if (
            etype == "AID"
            and base in {"provide", "grant", "promise", "pledge"}
            and not (obj_words & AID_OBJECTS or any(_has_aid_word(c) for c in tok.subtree))
        ):
            return None
        if base == "land" and not any(c.dep_ == "prep" and c.lower_ in {"in", "at"} for c in tok.children):
            return None
        if base in {"talk", "discuss", "brief"} and tok.dep_ in {"amod", "compound"}:
            return None
        if base in {"receive", "host", "welcome", "greet"} and any(
            (o.pos_ == "NOUN" and o.lower_ not in HOSTED_NOUNS) or o.pos_ in {"NUM", "SYM"} or o.like_num for o in objs
        ):
            return None  # 'received 14,000 calls', 'hosting the Olympics', 'will receive $2,100'
        if (
            base == "meet"
            and any(c.dep_ == "auxpass" for c in tok.children)
            and any(c.lower_ == "with" for c in tok.children)
        ):
            return None  # 'was met with criticism'
        return etype, mode, None
    if tok.pos_ in {"NOUN", "PROPN"} and tok.lower_ in NOUNS:
        if tok.lower_ in OBJECT_ONLY_NOUNS:
            return None
        head_base = _verb_base(tok.head) if tok.dep_ in OBJ | {"nsubjpass"} else None
        if head_base in VERBS or head_base in LIGHT_VERBS:
            return None  # the governing verb is the trigger
        etype, mode = NOUNS[tok.lower_]
        if _under_verb_trigger(tok, etype):
            return None
        if etype == "AGREE" and _agreement_only_mentioned(tok):
            return None
        return etype, mode, tok
    return None


def _agreement_only_mentioned(tok: Token) -> bool:
    """An agreement noun governed by a verb or noun that is no signing ('supported the free trade agreement',
    'praised the CETA agreement', 'our stance on the agreement with Iran'): an existing accord is talked
    about, nobody concludes one here."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif tok.dep_ not in OBJ:
        return False
    if head is tok:
        return False
    base = _verb_base(head)
    return base not in VERBS and base not in LIGHT_VERBS and base not in CONCLUDE_VERBS


def _non_actor_object(tok: Token, base: str, objs: list[Token]) -> bool:
    """A meet/visit whose object is a thing rather than a party or a place: 'met the eligibility
    criteria', 'failed to meet its goal', 'met with resistance', 'visit our plant', 'visited their home'."""

    def thing(o: Token, allowed: set[str]) -> bool:
        return (
            o.pos_ == "NOUN"
            and o.lower_ not in allowed
            and not any(t.ent_type_ in {"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP"} for t in o.subtree)
        )

    if base == "meet":
        args = list(objs) + [
            p for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "with" for p in prep.children
        ]
        return bool(args) and all(thing(o, HOSTED_NOUNS) for o in args)
    if base in {"visit", "tour"}:
        return bool(objs) and all(thing(o, HOSTED_NOUNS | VENUE_NOUNS | PLACE_NOUNS) for o in objs)
    return False


HOSTED_NOUNS = (
    {n for n, (etype, _) in NOUNS.items() if etype == "CONSULT"}
    | TITLE_HEADS
    | GROUP_WORDS
    | {
        "delegation",
        "delegations",
        "guest",
        "guests",
        "counterpart",
        "counterparts",
        "ambassador",
        "ministers",
        "presidents",
        "leaders",
        "envoys",
        "officials",
        "team",
        "mission",
        "visitor",
        "visitors",
        "premier",
    }
)


def _under_verb_trigger(tok: Token, etype: str) -> bool:
    """'arrived ... on a visit': the noun only restates the governing verb's event."""
    cur = tok
    for _ in range(3):
        if cur.dep_ not in {"pobj", "prep", "dobj", "npadvmod"} or cur.head is cur:
            return False
        cur = cur.head
        base = _verb_base(cur)
        if base in VERBS and VERBS[base][0] == etype:
            return True
    return False


def _has_aid_word(tok: Token) -> bool:
    return tok.lower_ in {"free", "credit", "credits", "investment", "loan", "loans", "aid", "grain"}


# ---------------------------------------------------------------------------------------------- participants


def _np_tokens(head: Token, conj: bool = True) -> list[Token]:
    """Tokens of the noun phrase headed by ``head``, not descending into clauses (nor into coordinated
    phrases when ``conj`` is False: 'he and Raisi' -> 'he')."""
    out, stack = [], [head]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if not conj and t is head and c.dep_ in {"conj", "cc"}:
                continue
            if c.dep_ in CLAUSE_DEPS or c.dep_ == "punct" and c.lower_ in {"(", ")"}:
                continue
            if c.dep_ == "prep" and c.lower_ not in {"of", "from"}:
                continue
            stack.append(c)
    return out


def _np_mentions(ctx: _Ctx, head: Token, conj: bool = True) -> list[dict]:
    """Actor mentions in a noun phrase; titles' countries ('Cuban President X') give way to the person."""
    seen, ments = set(), []
    for t in sorted(_np_tokens(head, conj), key=lambda t: t.i):
        m = ctx.mention_of(t)
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


#: heads through which a demonym names the state acting ('Russian security officials', 'Cuban authorities')
STATE_AGENTS = GROUP_WORDS | {
    "official",
    "officials",
    "authorities",
    "authority",
    "government",
    "governments",
    "side",
    "delegation",
    "diplomats",
    "diplomat",
    "forces",
    "military",
    "army",
    "navy",
    "troops",
    "envoys",
    "representatives",
    "administration",
    "regime",
    "leadership",
    "counterparts",
    "team",
    "ministry",
    "state",
    "cabinet",
    "parliament",
    "lawmakers",
    "legislators",
    "police",
    "embassy",
    "ambassador",
    "spokesman",
    "spokeswoman",
}
PLACE_NOUNS = {"capital", "city", "town", "port", "island", "region", "province", "resort", "village", "soil"}


def _resolve_description(ctx: _Ctx, head: Token, sent: Span) -> list[dict]:
    """A pronoun, a title description ('the Iranian leader') or a group ('the two presidents') to mentions."""
    word = head.lower_
    if word in PRONOUNS | {"they", "them", "their"}:
        reporter = _reporting_subject(ctx, head, sent)
        if reporter:
            return reporter if word in {"they", "them", "their"} else reporter[:1]
    if word in {"they", "them", "their"} or (
        word in GROUP_WORDS and any(c.lower_ in {"two", "both", "the"} for c in head.children) and head.tag_ == "NNS"
    ):
        return list(ctx.last_participants)
    if word in PRONOUNS or word in {"who"}:
        earlier = [
            ctx.by_token[t.i]
            for t in sent
            if t.i < head.i and t.dep_ in SUBJ and t.i in ctx.by_token and ctx.by_token[t.i]["label"] == "PERSON"
        ]
        if earlier:
            return earlier[-1:]
        return [ctx.last_subject_person] if ctx.last_subject_person else []
    if word in TITLE_HEADS and any(c.lower_ in {"the", "his", "her"} or c.dep_ == "poss" for c in head.children):
        iso3 = None
        for c in head.children:
            if c.dep_ in {"amod", "compound", "poss", "nmod"}:
                iso3 = iso3 or places.demonym_iso3(c.text) or places.country_iso3(c.text)
        return _latest_person(ctx, sent, iso3, exclude_counterpart=word == "counterpart", title=word)
    return []


def _reporting_subject(ctx: _Ctx, tok: Token, sent: Span) -> list[dict]:
    """Persons who are the subject of a verb governing ``tok``'s clause ('Ortega said he and Raisi signed')."""
    cur = tok
    for _ in range(6):
        if cur.head is cur:
            return []
        if cur.dep_ in {"ccomp", "xcomp", "advcl", "conj"}:
            subj = [c for c in cur.head.children if c.dep_ in SUBJ]
            if subj and subj[0] is not tok:
                found = [
                    m
                    for m in _np_mentions(ctx, subj[0]) + [m for c in subj[0].conjuncts for m in _np_mentions(ctx, c)]
                    if m["label"] == "PERSON"
                ]
                if found:
                    return found
        cur = cur.head
    return []


def _latest_person(
    ctx: _Ctx, sent: Span, iso3: str | None, exclude_counterpart: bool, title: str | None = None
) -> list[dict]:
    """The most recent person mention before this sentence, from ``iso3`` when known, preferring one
    introduced with the same title ('the Cuban president' -> 'Cuban President X', not 'Cuban FM Y')."""
    prior = [m for m in ctx.mentions if m["label"] == "PERSON" and m["end_char"] <= sent.start_char]
    if iso3:
        fitting = [m for m in prior if ctx.person_country.get(m["idx"]) == iso3]
        if title and title not in {"counterpart", "leader", "head", "official", "guest", "host"}:
            titled = [
                m for m in fitting if title in ctx.doc.text[max(0, m["start_char"] - 40) : m["start_char"]].lower()
            ]
            fitting = titled or fitting
        return fitting[-1:] if fitting else []
    if exclude_counterpart:
        return []
    return [ctx.last_subject_person] if ctx.last_subject_person else prior[-1:]


def _arg_mentions(ctx: _Ctx, tok: Token, sent: Span) -> list[dict]:
    """Mentions for an argument token, resolving it when it names no one."""
    ments: list[dict] = []
    for t in (tok, *tok.conjuncts):
        own = _np_mentions(ctx, t, conj=False)
        if own and all(m["label"] == "NORP" for m in own) and t.lower_ in PLACE_NOUNS:
            continue  # 'the Venezuelan capital hosted a meeting': a place, not an actor
        if (
            own
            and all(m["label"] == "NORP" for m in own)
            and ctx.mention_of(t) is None
            and not any(x.lower_ in STATE_AGENTS | TITLE_HEADS for x in _np_tokens(t, conj=False))
        ):
            continue  # 'Chinese tourists', 'German partners': people of a country, not the state acting
        if own and all(m["label"] == "NORP" for m in own) and t.lower_ in TITLE_HEADS:
            own = []
        if not own:
            own = _resolve_description(ctx, t, sent)
        ments += [m for m in own if m and m not in ments]
    return ments


def _subjects_of(verb: Token) -> list[Token]:
    """Subject children, nearest to the verb first: a parse that hangs two subjects on one verb
    ('MOSCOW (Sputnik) Russian Foreign Minister Sergey Lavrov has arrived') keeps the real one."""
    subj = [c for c in verb.children if c.dep_ in SUBJ]
    return sorted(subj, key=lambda t: (t.i > verb.i, abs(verb.i - t.i)))


def _coordinated_subjects(subj: Token) -> list[Token]:
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


def _subject(tok: Token) -> tuple[Token | None, bool]:
    """The subject token of a trigger (climbing through xcomp/advcl/conj/prep chains) and whether passive."""
    cur = tok
    for _ in range(6):
        subj = _subjects_of(cur)
        if subj:
            return subj[0], subj[0].dep_ == "nsubjpass"
        if cur.dep_ == "relcl" and cur.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            return cur.head, False
        if cur.dep_ == "ROOT" or cur.head is cur:
            return None, False
        cur = cur.head
    return None, False


def _noun_subject(trig: Token) -> tuple[Token | None, bool]:
    """Subject of the verb a noun trigger is the object of ('held talks', 'went to X for talks')."""
    cur = trig
    for _ in range(3):
        if cur.dep_ not in {"dobj", "pobj", "prep", "attr", "nsubjpass"} or cur.head is cur:
            return None, False
        prev, cur = cur, cur.head
        if (
            cur.pos_ in {"NOUN", "PROPN"}
            and prev.lower_ in {"during", "at", "after", "before", "on"}
            and cur.dep_ in {"dobj", "nsubj"}
            and cur.head.pos_ in {"VERB", "AUX"}
        ):
            cur = cur.head
        elif cur.pos_ not in {"VERB", "AUX", "ADP"}:
            return None, False
        if cur.pos_ in {"VERB", "AUX"}:
            subj = _subjects_of(cur)
            return (subj[0], subj[0].dep_ == "nsubjpass") if subj else _subject(cur)
    return None, False


def _participants(ctx: _Ctx, trig: Token, obj_noun: Token | None, sent: Span) -> list[dict]:
    """[{mention, role}] for a trigger: subject = source, objects and with/by/between phrases = target."""
    out: list[tuple[dict, str]] = []

    def add(ments: list[dict], role: str) -> None:
        for m in ments:
            if m["start_char"] <= trig.idx < m["end_char"]:
                continue
            if m.get("kind") == "city" and not places.capital_iso3(m["surface"]):
                continue  # 'toured Shanghai, Guilin and Chengdu': a city is where, not who (a capital is its state)
            if all(m["idx"] != o["idx"] for o, _ in out):
                out.append((m, role))

    is_noun = trig.pos_ in {"NOUN", "PROPN"}
    passive = False
    if is_noun:
        for c in trig.children:
            if c.dep_ in {"poss", "compound", "amod", "nmod"}:
                add(_arg_mentions(ctx, c, sent) + _unnamed_countries(ctx, c), "source")
    recounted = is_noun and _recounted(trig)
    subj, passive = (None, False) if recounted else _subject(trig) if not is_noun else _noun_subject(trig)
    infinitive_subject = [] if is_noun else _headline_subject(ctx, trig)
    if infinitive_subject:
        add(infinitive_subject, "source")
    elif subj is not None and not (is_noun and subj == trig):
        for s in [subj, *_coordinated_subjects(subj)]:
            add(_arg_mentions(ctx, s, sent), "target" if passive else "source")
    if not is_noun:
        topical = _verb_base(trig) in {"discuss", "negotiate"}
        for o in _objects(trig):
            if o.dep_ != "nsubjpass":
                ments = _arg_mentions(ctx, o, sent)
                if topical:  # 'discussed US sanctions with X': the object is the topic, not a party
                    ments = [m for m in ments if m["label"] == "PERSON"]
                    for prep in o.children:  # ... and the parse may hang 'with X' on the topic
                        if prep.dep_ == "prep" and prep.lower_ == "with":
                            for p in prep.children:
                                ments += [m for m in _arg_mentions(ctx, p, sent) if m not in ments]
                add(ments, "target")
    for holder in [trig] + ([obj_noun] if obj_noun is not None else []):
        for prep in holder.children:
            if prep.dep_ == "agent" or prep.lower_ == "by":
                for p in prep.children:
                    add(_arg_mentions(ctx, p, sent), "source")
                passive = True
            elif prep.dep_ == "prep" and prep.lower_ in {"with", "between", "among", "of", "for", "from"}:
                role = "participant" if prep.lower_ in {"between", "among"} else "target"
                for p in prep.children:
                    if p.dep_ == "pobj":
                        add(
                            [m for m in _arg_mentions(ctx, p, sent) if m["label"] != "GPE" or prep.lower_ != "of"], role
                        )
            elif prep.dep_ == "prep" and prep.lower_ == "to" and trig.lower_.startswith(("visit", "trip")):
                for p in prep.children:  # 'visit to Cuba', 'a visit to the Interior Ministry's headquarters'
                    add([m for m in _np_mentions(ctx, p) if m["label"] in {"GPE", "ORG"}], "target")
    if not is_noun:
        for prep in trig.children:  # 'will travel to Beijing for talks with Xi Jinping'
            if prep.dep_ == "prep" and prep.lower_ in {"for", "to"}:
                for noun in prep.children:
                    if noun.dep_ == "pobj" and noun.lower_ in NOUNS and NOUNS[noun.lower_][0] == "CONSULT":
                        for w in noun.children:
                            if w.dep_ == "prep" and w.lower_ in {"with", "between"}:
                                for p in w.children:
                                    add(_arg_mentions(ctx, p, sent), "target")
    for acl in _involving_clauses(trig, obj_noun):
        for o in acl.children:  # 'hosted a meeting involving Maduro and Russian security officials'
            if o.dep_ in OBJ or o.dep_ == "agent":
                add(_arg_mentions(ctx, o if o.dep_ != "agent" else next(iter(o.children), o), sent), "participant")
    if recounted:
        return _noun_participants(out)
    if is_noun and obj_noun == trig:
        if (
            not any(r == "source" for _, r in out)
            and ctx.last_subject_person
            and any(t.lower_ in {"his", "her"} and t.dep_ == "poss" for t in trig.subtree)
        ):
            add([ctx.last_subject_person], "source")
        return _noun_participants(out)
    if not any(m["label"] == "PERSON" and r == "source" for m, r in out):
        add(_nearest_before(ctx, trig, sent), "source")
    if sum(m["label"] == "PERSON" for m, _ in out) < 2:
        add(_governing_clause_persons(ctx, trig, sent), "target")
    if not any(m["label"] == "PERSON" for m, _ in out):
        add(_speaker(ctx, trig, sent), "source")
    if not any(r != "source" for _, r in out) and _takes_counterpart(trig, obj_noun):
        add(_persons_after(ctx, trig, sent), "target")
    _add_invitation_host(ctx, trig, sent, add)
    return [{"mention": m, "role": r} for m, r in out]


INVOLVING = {"involving", "including", "featuring", "attended", "bringing", "gathering", "grouping"}


def _involving_clauses(trig: Token, obj_noun: Token | None) -> list[Token]:
    """'involving X' / 'attended by X' clauses on the trigger, its event noun or the verb's objects."""
    holders = [trig] + ([obj_noun] if obj_noun is not None else [])
    if trig.pos_ not in {"NOUN", "PROPN"}:
        holders += [o for o in _objects(trig) if o.lower_ in NOUNS]
    return [c for h in holders for c in h.children if c.dep_ == "acl" and c.lower_ in INVOLVING]


def _headline_subject(ctx: _Ctx, trig: Token) -> list[dict]:
    """The actor named right before an infinitive's 'to' is its subject, whatever the parser attached it
    to: headline style ('..., Russia to provide African countries with grain') and object control
    ('invited Putin to visit')."""
    to = [c for c in trig.children if c.dep_ == "aux" and c.lower_ == "to" and c.i == trig.i - 1]
    if not to or to[0].i == 0:
        return []
    m = ctx.mention_of(ctx.doc[to[0].i - 1])
    return [m] if m and m["label"] in ACTOR_LABELS - {"NORP"} else []


def _unnamed_countries(ctx: _Ctx, head: Token) -> list[dict]:
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


def _noun_participants(out: list[tuple[dict, str]]) -> list[dict]:
    """Noun triggers ('talks', 'agreements', 'visit') keep only arguments the parse ties to them."""
    return [{"mention": m, "role": r} for m, r in out]


def _governing_clause_persons(ctx: _Ctx, trig: Token, sent: Span) -> list[dict]:
    """'X hailed Y after Y's plane touched down': persons of the clause an arrival/visit hangs off."""
    if _verb_base(trig) not in {"arrive", "land", "visit", "travel"}:
        return []
    cur = trig
    for _ in range(3):
        if cur.dep_ not in {"advcl", "pcomp", "pobj", "prep"} or cur.head is cur:
            return []
        cur = cur.head
        if cur.pos_ == "VERB":
            found = []
            for c in cur.children:
                if c.dep_ in SUBJ | OBJ:
                    found += [m for m in _np_mentions(ctx, c) if m["label"] == "PERSON"]
            return found
    return []


def _is_trigger_verb(tok: Token) -> bool:
    return _verb_base(tok) is not None and tok.pos_ == "VERB"


def _nearest_before(ctx: _Ctx, trig: Token, sent: Span) -> list[dict]:
    """Parser fallback: the closest person (or pronoun / title description) before the trigger in its
    sentence, within a short window and not across another event verb."""
    for t in reversed(sent[: trig.i - sent.start]):
        if trig.i - t.i > 18 or (t.pos_ == "VERB" and t.i != trig.i and _is_trigger_verb(t)):
            break
        m = ctx.mention_of(t)
        if m and m["label"] == "PERSON":
            return [m]
        if t.lower_ in PRONOUNS and t.dep_ in SUBJ:
            return _resolve_description(ctx, t, sent)
    return []


def _takes_counterpart(trig: Token, obj_noun: Token | None) -> bool:
    """Triggers whose other party usually follows them ('met X', 'talks with X', 'signed ... with X')."""
    words = {trig.lower_} | ({obj_noun.lower_} if obj_noun is not None else set())
    return bool(
        words
        & {
            "meet",
            "met",
            "meets",
            "meeting",
            "talks",
            "hold",
            "held",
            "holds",
            "visit",
            "visited",
            "received",
            "receives",
            "welcomed",
            "greeted",
            "hosted",
            "signed",
            "consultations",
            "discussions",
            "agreements",
            "accords",
            "memorandum",
        }
    )


def _persons_after(ctx: _Ctx, trig: Token, sent: Span) -> list[dict]:
    """Parser fallback: persons after the trigger up to the next event verb or clause break."""
    found: list[dict] = []
    start = (trig.i - sent.start) + 1
    for t in sent[start:]:
        if t.i - trig.i > 25 or t.text in {";", ":"} or (t.pos_ == "VERB" and _is_trigger_verb(t)):
            break
        if t.lower_ in {"said", "told", "reported", "says", "according"}:
            break
        m = ctx.mention_of(t)
        if m and m["label"] in {"PERSON", "ORG"} and m not in found and (m["label"] == "PERSON" or _person_like(m)):
            found.append(m)
    return found


def _person_like(m: dict) -> bool:
    """spaCy sometimes labels unfamiliar personal names ORG: two or three capitalised words, no org word."""
    words = m["surface"].split()
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and not re.search(
            r"(?i)\b(?:news|agency|council|ministry|union|bank|group|party|company|corp|inc|forum|"
            r"organi[sz]ation|committee|commission|office|press|times|post|service)\b",
            m["surface"],
        )
    )


def _speaker(ctx: _Ctx, trig: Token, sent: Span) -> list[dict]:
    """Subject of a reporting verb governing the trigger ('the Russian side briefed X, Lavrov said')."""
    root = sent.root
    if root == trig or _verb_base(root):
        return []
    if root.lower_ in {"said", "says", "told", "added", "stated", "announced", "noted"}:
        subj = [c for c in root.children if c.dep_ in SUBJ]
        if subj:
            return [m for m in _arg_mentions(ctx, subj[0], sent) if m["label"] == "PERSON"]
    return []


def _add_invitation_host(ctx: _Ctx, trig: Token, sent: Span, add) -> None:
    """'arrived ... at the invitation of his counterpart X': the host is a target of the visit."""
    if _verb_base(trig) not in {"arrive", "land", "visit", "travel"}:
        return
    for t in trig.subtree:
        if t.lower_ == "invitation":
            for p in t.children:
                if p.lower_ == "of":
                    for o in p.children:
                        add(_arg_mentions(ctx, o, sent), "target")


# ---------------------------------------------------------------------------------------------- status


def _denied(trig: Token) -> bool:
    """Reported as not happening: 'did not meet', 'no talks were held', 'cancelled/postponed the visit',
    'refused to meet'. Not denial: 'media did not disclose a visit' (the visit happened)."""
    if any(c.dep_ == "neg" for c in trig.children):
        return True
    if trig.pos_ in {"NOUN", "PROPN"} and any(c.lower_ == "no" and c.dep_ == "det" for c in trig.children):
        return True
    head = trig.head
    if head == trig:
        return False
    if trig.dep_ in {"xcomp", "dobj", "nsubjpass", "ccomp"} and head.lower_ in DENY_WORDS - {"called"}:
        return True
    return bool(
        trig.dep_ in {"dobj", "nsubjpass"}
        and _verb_base(head) in LIGHT_VERBS | {"take"}
        and any(c.dep_ == "neg" for c in head.children)
    )


def _status(trig: Token) -> str:
    """planned for 'will/would meet', 'is expected/due/scheduled to meet', 'upcoming visit', 'to hold talks';
    denied for negated or cancelled events; else occurred."""
    chain = [trig]
    cur = trig
    for _ in range(4):
        if (
            cur.dep_
            in {
                "xcomp",
                "ccomp",
                "advcl",
                "conj",
                "dobj",
                "pobj",
                "prep",
                "pcomp",
                "acl",
                "relcl",
                "nsubj",
                "nsubjpass",
                "attr",
            }
            and cur.head is not cur
        ):
            cur = cur.head
            chain.append(cur)
        else:
            break
    if _denied(trig):
        return "denied"
    if {c.lower_ for c in trig.children if c.dep_ in {"aux", "auxpass"}} & FUTURE_AUX:
        return "planned"
    for i, t in enumerate(chain[:4]):
        aux = {c.lower_ for c in t.children if c.dep_ in {"aux", "auxpass"}}
        if aux & FUTURE_AUX:
            return "planned"
        if i > 0 and t.lower_ in PLAN_WORDS:
            link = chain[i - 1].dep_
            if link in {"xcomp", "ccomp", "acomp", "nsubjpass", "nsubj", "dobj", "conj"}:
                return "planned"
            if link == "prep" and t.lower_ != "going":  # 'focused on resuming', 'ready for talks'
                return "planned"
        if i == 0 and t.lower_ in PLAN_WORDS:
            return "planned"
    if trig.pos_ == "NOUN" and any(c.lower_ in PLAN_WORDS for c in trig.children):
        return "planned"
    for t in chain[:3]:
        if t is not trig and t.pos_ not in {"VERB", "AUX"}:
            continue
        if (
            any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
            and t.dep_ in {"advcl", "acl", "relcl", "xcomp"}
            and _governing_verb_tag(t) != "VBD"
        ):
            return "planned"  # 'to hold talks', 'Moscow's push to reactivate consultations'
    if trig.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ in {"acl", "relcl"} and any(a.lower_ == "to" for a in c.children) for c in trig.children
    ):
        return "planned"
    if trig.dep_ == "pobj" and trig.head.lower_ == "for" and trig.head.head.lower_ in {"due", "set", "scheduled"}:
        return "planned"
    return "occurred"


def _aspired(trig: Token) -> bool:
    """The trigger hangs (within three steps) under a word of wish or readiness rather than a schedule."""
    cur = trig
    for _ in range(3):
        if cur.head is cur:
            return False
        cur = cur.head
        if cur.lower_ in ASPIRATION_WORDS:
            return True
    return False


def _governing_verb_tag(trig: Token) -> str | None:
    cur = trig
    for _ in range(4):
        if cur.head is cur:
            return None
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"}:
            return cur.tag_
    return None


def _clause_tokens(trig: Token) -> set[int]:
    """Token ids of the trigger's own clause: its clause verb's subtree minus other embedded clauses."""
    head = _clause_head(trig)
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


# ---------------------------------------------------------------------------------------------- date, place


SAME_DAY = re.compile(
    r"(?i)\b(?:later|afterwards|tonight|this (?:morning|afternoon|evening)|in the (?:afternoon|evening))\b"
)
_WD_NAMES = "(?:" + "|".join(dates.WEEKDAYS) + ")"
#: an arrival late in the day ('reached Havana late Wednesday', 'landed on Monday night'): what the article tells
#: next (talks, signings) is not carried onto that day; it falls back to the dateline or publication day
LATE_ARRIVAL = re.compile(
    r"(?i)\b(?:arriv\w*|land(?:ed|s|ing)?|reach(?:ed|es)?|touch(?:ed|es)?\s+down|fl(?:ew|ies|y)\s+in(?:to)?)\b"
    r".{0,80}?\b(?:late\s+(?:on\s+)?" + _WD_NAMES + r"|" + _WD_NAMES + r"\s+(?:night|evening)|late\s+(?:last\s+)?"
    r"night|overnight)\b"
)
ANAPHORIC_OCCASION = re.compile(
    r"\b(?:during|on|at|after|in the course of)\s+(?:this|that|the same)\s+(?:visit|trip|meeting|talks|summit|tour)\b",
    re.I,
)


def _event_date(ctx: _Ctx, trig: Token, sent: Span, status: str) -> tuple[str | None, str | None, dict]:
    """(iso, precision, hints) for the trigger from the nearest time expression in its sentence; carried
    from the previous event (or the publication date) when the sentence has none; hints keep the weekday
    or day of month of unanchored expressions so merging can check compatibility."""
    text = sent.text
    clause = _clause_tokens(trig)
    char_ok = {
        i for t in sent if t.i in clause for i in range(t.idx - sent.start_char, t.idx - sent.start_char + len(t))
    }
    all_exprs = dates.find_time_expressions(text)
    exprs = [e for e in all_exprs if any(i in char_ok for i in range(e.start, e.end))]
    if not exprs and status == "planned" and not _aspired(trig):
        exprs = all_exprs  # 'arrived on a visit to hold talks on Tuesday': the parse hangs the day elsewhere
    pos = trig.idx - sent.start_char
    hints: dict = {}
    ctx.date_source = "expression"
    if exprs:
        expr = min(exprs, key=lambda e: (abs((e.start + e.end) / 2 - pos), e.start))
        iso, prec = dates.resolve(expr, ctx.published_at, future=status == "planned", doc_dates=ctx.doc_dates)
        hints["kind"] = expr.kind
        if expr.kind == "weekday":
            hints["weekday"] = dates.WEEKDAYS[expr.groups["wd"].lower()]
        if expr.kind == "month_day":
            hints["month_day"] = (dates.MONTHS[expr.groups["mon"].lower().rstrip(".")], int(expr.groups["day"]))
        if iso is None and expr.kind in {"year", "full", "full_num", "month_year"}:
            return None, None, hints
        return iso, prec, hints
    ctx.date_source = "discourse"
    if ANAPHORIC_OCCASION.search(text) and ctx.last_any_date[0]:
        return ctx.last_any_date[0], ctx.last_any_date[1], hints  # 'During this visit, ...'
    ctx.date_source = "vague"
    if dates.has_vague_time(" ".join(t.text for t in sent if t.i in clause)):
        return None, None, hints
    if status == "planned" and not SAME_DAY.search(text):
        return None, None, hints  # an announced event names its own time ('later' = that day) or has none
    ctx.date_source = "discourse"
    if ctx.last_date[0] and ctx.last_date[1] == "day":
        return ctx.last_date[0], ctx.last_date[1], hints
    ctx.date_source = "publication"
    if ctx.published_at is not None:
        return ctx.published_at.isoformat(), "day", hints
    ctx.date_source = "unanchored"  # would take the discourse or publication date if the article had one
    return None, None, hints


_CAPITAL = re.compile(r"\b(?:the\s+)?([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:'s|’s)?\s+capital\b")
_CITY_OF = re.compile(r"\bcapital,?\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)")


def _event_place(ctx: _Ctx, trig: Token, sent: Span, participant_idx: set[int]) -> tuple[dict | None, str]:
    """(place, source): the most specific place tied to the trigger's clause ("sentence"), else the
    previous event's place ("discourse") or the dateline city ("dateline")."""
    clause = _clause_head(trig)
    clause_toks = _clause_tokens(trig) | ({t.i for t in trig.subtree} if trig.pos_ in {"NOUN", "PROPN"} else set())
    motion = _verb_base(trig) in {"visit", "arrive", "travel", "tour", "land"} or trig.lower_ in {
        "visit",
        "visits",
        "trip",
        "tour",
    }
    cands: list[tuple[int, int, dict]] = []  # (level rank, distance, place)
    loose: list[tuple[int, int, dict]] = []  # cities in the clause the parse hung on another noun
    for m in ctx.mentions:
        if m["label"] not in PLACE_LABELS | {"ORG"} or not (sent.start_char <= m["start_char"] < sent.end_char):
            continue
        if m["idx"] in participant_idx and m["label"] != "GPE":
            continue
        span = ctx.doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")
        if span is None or not _is_locative(span, motion):
            continue
        if span.root.i not in clause_toks and abs(span.root.i - trig.i) > 4:
            continue
        place = ctx.place_for(m["surface"])
        if not place:
            continue
        if _tied_to(span.root, trig, clause):
            cands.append((place["level"] != "city", abs(m["start_char"] - trig.idx), place))
        elif place["level"] == "city" and span.root.i in clause_toks:
            # 'signed a memorandum on grain exports in Istanbul': a city is rarely a topic's modifier
            loose.append((0, abs(m["start_char"] - trig.idx), place))
    cands = cands or loose
    for rx in (_CAPITAL, _CITY_OF):
        for mm in rx.finditer(sent.text):
            place = places.resolve_place(mm.group(0)) if rx is _CAPITAL else places.resolve_place(mm.group(1))
            if place:
                cands.append((place["level"] != "city", abs(sent.start_char + mm.start() - trig.idx), place))
    if not cands:
        cands = _where_clause_place(ctx, trig)
    if not cands and motion:
        cands = _places_right_after(ctx, trig, sent)
    if cands:
        best = min(cands, key=lambda c: (c[0], c[1]))[2]
        if best["level"] == "country":
            return (_city_in_country(ctx, best) or best), "sentence"
        return best, "sentence"
    if ctx.last_place:
        return ctx.last_place, "discourse"
    return ctx.dateline, "dateline"


def _where_clause_place(ctx: _Ctx, trig: Token) -> list[tuple[int, int, dict]]:
    """'... from Saint Petersburg, where Putin is meeting X': the place the where-clause hangs off."""
    clause = _clause_head(trig)
    if clause.dep_ != "relcl" or not any(c.lower_ == "where" for c in clause.children):
        return []
    m = ctx.mention_of(clause.head)
    place = ctx.place_for(m["surface"]) if m and m["label"] in PLACE_LABELS else None
    return [(place["level"] != "city", 0, place)] if place else []


def _places_right_after(ctx: _Ctx, trig: Token, sent: Span) -> list[tuple[int, int, dict]]:
    """Parser fallback for motion verbs: 'visited Nairobi, the capital of Kenya' parsed without an object."""
    for t in sent[trig.i - sent.start + 1 : trig.i - sent.start + 5]:
        m = ctx.mention_of(t)
        if m and m["label"] in PLACE_LABELS:
            place = ctx.place_for(m["surface"])
            if place:
                return [(place["level"] != "city", 0, place)]
    return []


def _clause_head(trig: Token) -> Token:
    """The verb whose clause contains the trigger (the trigger itself when it is a verb)."""
    cur = trig
    for _ in range(4):
        if cur.pos_ in {"VERB", "AUX"} or cur.head is cur:
            return cur
        cur = cur.head
    return cur


VENUE_NOUNS = {
    "city",
    "capital",
    "palace",
    "airport",
    "house",
    "ministry",
    "headquarters",
    "summit",
    "forum",
    "base",
    "residence",
    "office",
    "hall",
    "kremlin",
    "conference",
    "stop",
    "leg",
    "trip",
    "tour",
    "visit",
    "meeting",
    "talks",
    "ceremony",
    "session",
    "port",
}


def _tied_to(tok: Token, trig: Token, clause: Token) -> bool:
    """True when the place hangs off the trigger, its clause verb, or a venue noun under them — not off an
    unrelated noun ('the situation in Ukraine', 'the war in Ukraine')."""
    anc = [a for a in tok.ancestors]
    if trig not in anc and clause not in anc and abs(tok.i - trig.i) > 4:
        return False
    cur = tok
    while cur.dep_ in {"appos", "compound", "conj"} and cur.head is not cur:
        cur = cur.head
    if cur.dep_ != "pobj":
        return True
    holder = cur.head.head  # the word the preposition attaches to
    return (
        holder in (trig, clause)
        or holder.pos_ in {"VERB", "AUX", "PROPN"}
        or holder.lower_ in VENUE_NOUNS
        or holder.lower_ in NOUNS
    )


def _city_in_country(ctx: _Ctx, country: dict) -> dict | None:
    """A country-only place made specific: the discourse or dateline city in that country, else the one
    city of that country the article names."""
    iso3 = country["location_country_iso3"]
    for place in (ctx.last_place, ctx.dateline):
        if place and place["level"] == "city" and place["location_country_iso3"] == iso3:
            return place
    cities = {c["location_name"]: c for c in ctx.doc_cities if c["location_country_iso3"] == iso3}
    return next(iter(cities.values())) if len(cities) == 1 else None


def _is_locative(span: Span, motion: bool = True) -> bool:
    """A place mention used as a location (in/at/to X, city of X), not as an actor or modifier;
    'to X' counts only for motion triggers (visit/travel), not for 'a reference to the United States'."""
    root = span.root
    cur = root
    for _ in range(3):
        if cur.dep_ == "pobj" and cur.head.lower_ in {"in", "at", "to", "into", "of", "near", "outside", "on"}:
            if cur.head.lower_ in {"to", "into"}:
                return motion or cur.head.head.lower_ in {"visit", "visits", "trip", "tour", "journey", "way"}
            return cur.head.lower_ != "of" or cur.head.head.lower_ in {"city", "capital", "town", "port"}
        if cur.dep_ in {"appos", "conj", "npadvmod", "compound"}:
            cur = cur.head
            continue
        return bool(cur.dep_ == "dobj" and cur.head.lower_.startswith(("visit", "tour")))
    return False


# ---------------------------------------------------------------------------------------------- main


def doc_event_candidates(
    doc: Doc, mentions: list[dict], published_at: date | None, caption_text: str = ""
) -> list[dict]:
    """Event candidates of one article, in text order, as JSON-serialisable dicts (see API.md).

    caption_text: the article's photo captions, removed from the body as boilerplate; the full dates they
    state may anchor a weekday when the article has no publication date."""
    ctx = _Ctx(doc, mentions, published_at, caption_text)
    lexical = {t.token.i: t for t in event_triggers.find_triggers(doc, _matcher(doc.vocab))}
    out: list[dict] = []
    for sent in doc.sents:
        made: dict[int, dict] = {}
        for tok, found, governors in _sentence_triggers(sent, lexical):
            if any(g in made for g in governors):
                continue  # a governing trigger coded the event ('refused to meet' is one REJECT)
            if isinstance(found, event_triggers.Trigger):
                cand = _lexicon_candidate(ctx, found, sent)
            else:
                cand = _candidate(ctx, tok, sent, *found)
                if (
                    cand is None
                    and found[2] is not None
                    and tok.i in lexical
                    and lexical[tok.i].reading.plover == found[0]
                ):
                    cand = _lexicon_candidate(ctx, lexical[tok.i], sent)  # 'held talks with': parties from the parse
            if cand:
                if ctx.after_late_arrival and cand["date_source"] == "unanchored":
                    cand["after_late_arrival"] = True  # a story anchor dates it as its own day
                elif cand["date_source"] == "expression" and cand["event_date"]:
                    ctx.after_late_arrival = False
                made[tok.i] = cand
        out += [made[i] for i in sorted(made)]
        if not any(c["start_char"] == sent.start_char and not c.get("lexicon") for c in out):
            _update_discourse_date(ctx, sent)  # (the meeting rules' discourse state ignores lexicon events)
            _add_attendees(ctx, sent, out)
        if LATE_ARRIVAL.search(sent.text):
            ctx.last_date, ctx.unanchored_hints, ctx.after_late_arrival = (None, None), None, True
        _update_salience(ctx, sent)
        sources = [
            p
            for c in out
            if c["start_char"] == sent.start_char and not c.get("lexicon")
            for p in c["participants"]
            if p["role"] == "source"
        ]
        persons = {m["idx"]: m for m in mentions if m["label"] == "PERSON"}
        for p in sources:
            if p["mention_idx"] in persons:
                ctx.last_subject_person = persons[p["mention_idx"]]
                break
    _enrich_agreements(ctx, out)
    return out


#: categories the meeting/visit/aid rules of ``_trigger_type`` still code; every other category comes from the
#: lexicon (``event_triggers``). A signed or concluded agreement is SUPPORT in PLOVER 2021.
HAND_CODED = {"CONSULT": "CONSULT", "AGREE": "SUPPORT", "AID": "AID"}
_MATCHERS: dict[int, object] = {}
#: prepositions that set an event as the scene of another ('during a meeting', 'at talks'): not governed by it
SCENE_PREPS = {"during", "at", "amid", "amidst", "after", "before", "following", "on", "in"}
#: categories that need someone acting (a speaker): a target alone is no event
SPEECH_ACTS = {"AGREE", "SUPPORT", "COOPERATE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}


def _matcher(vocab):
    """The lexicon's Matcher, built once per vocabulary (once per process in practice)."""
    if id(vocab) not in _MATCHERS:
        _MATCHERS[id(vocab)] = event_triggers.build_matcher(vocab)
    return _MATCHERS[id(vocab)]


def _sentence_triggers(sent: Span, lexical: dict[int, event_triggers.Trigger]) -> list[tuple[Token, object, list[int]]]:
    """(token, trigger, governing trigger indices) of a sentence, governing triggers first: the hand-coded
    meeting/aid rules first, the lexicon for the rest. A lexicon trigger is skipped when one that governs it
    codes an event ('threatened to impose sanctions' is one THREATEN, 'accused the army of shelling' one
    ACCUSE); coordinated triggers are siblings, not governors ('withdrew and released the prisoners'); the
    meeting rules' own triggers are always coded ('refused to meet' is a REJECT and a denied meeting)."""
    found: dict[int, object] = {}
    for tok in sent:
        hand = _trigger_type(tok)
        if hand and hand[0] in HAND_CODED:
            found[tok.i] = (HAND_CODED[hand[0]], *hand[1:])
        elif tok.i in lexical:
            found[tok.i] = lexical[tok.i]
    for i, trig in list(found.items()):
        obj = trig.object if isinstance(trig, event_triggers.Trigger) else None
        if obj is not None and obj.i != i and obj.i in found and not isinstance(found[obj.i], event_triggers.Trigger):
            del found[i]  # 'resuming the consultations': the meeting rules code the meeting noun themselves
    out = []
    for i, trig in found.items():
        cur, governors = sent.doc[i], []
        while cur.head.i != cur.i:
            if cur.dep_ == "pobj" and cur.head.lower_ in SCENE_PREPS:
                break  # 'promised support during a meeting with ...': the meeting is an event of its own
            sibling = cur.dep_ == "conj"
            cur = cur.head
            if cur.i in found and not sibling and isinstance(trig, event_triggers.Trigger):
                governors.append(cur.i)
        out.append((sent.doc[i], trig, governors))
    return sorted(out, key=lambda x: (len(x[2]), x[0].i))


def _lexicon_candidate(ctx: _Ctx, trig: event_triggers.Trigger, sent: Span) -> dict | None:
    parts = [
        p
        for p in event_args.arguments(ctx.mention_of, trig)
        if p["mention"].get("unnamed") or not _place_not_actor(ctx, p["mention"])
    ]
    if not parts:
        return None
    if trig.reading.origin == "cameo" and trig.object is None and not any(p["role"] == "target" for p in parts):
        return None  # a CAMEO verb default codes a dyad only: 'the deal collapsed' is no event
    etype, mode = event_triggers.coded_type(trig)
    if etype in SPEECH_ACTS and not any(p["role"] == "source" for p in parts):
        return None  # 'Germany and Italy were threatened by terrorism': no one speaks
    obj = trig.object if trig.object is not None and trig.object.i != trig.token.i else None
    parts = _domestic_groups(ctx, sent, parts)
    state = dict(ctx.__dict__)
    cand = _build_candidate(ctx, trig.token, sent, etype, mode, obj, parts)
    ctx.__dict__.update(state)  # the meeting rules' discourse state (last date, place, persons) is theirs
    if etype != trig.reading.plover and cand["event_status"] == "denied":
        cand["event_status"] = "occurred"  # 'did not accept the offer' is a rejection that happened
    cand["event_type"] = event_triggers.intent_type(etype, cand["event_status"], trig.token)
    if cand["event_type"] != etype:
        cand["event_status"] = "occurred"  # the promise or threat itself was made
    return {**cand, "lexicon": True}


def _domestic_groups(ctx: _Ctx, sent: Span, parts: list[dict]) -> list[dict]:
    """A group actor whose phrase names no country ('police', 'demonstrators') belongs to the one country the
    sentence names, when it names exactly one (a domestic happening)."""
    if not any(p["mention"].get("group") and not p["mention"].get("country_iso3") for p in parts):
        return parts
    found = set()
    for m in ctx.mentions:
        if sent.start_char <= m["start_char"] < sent.end_char and m["label"] in {"GPE", "NORP"}:
            iso3 = places.country_iso3(m["surface"]) or places.demonym_iso3(m["surface"])
            iso3 = iso3 or places.capital_iso3(m["surface"])
            if iso3:
                found.add(iso3)
    if len(found) != 1:
        return parts
    iso3 = found.pop()
    return [
        {**p, "mention": {**p["mention"], "country_iso3": iso3}}
        if p["mention"].get("group") and not p["mention"].get("country_iso3")
        else p
        for p in parts
    ]


def _candidate(ctx: _Ctx, trig: Token, sent: Span, etype: str, mode: str | None, obj_noun: Token | None) -> dict | None:
    parts = [p for p in _participants(ctx, trig, obj_noun, sent) if not _place_not_actor(ctx, p["mention"])]
    if not parts:
        return None
    if etype == "CONSULT" and len(parts) < 2 and mode != "visit":
        return None
    if (
        etype == "CONSULT"
        and len(parts) < 2
        and (
            parts[0]["mention"]["label"] != "PERSON"
            or not any(
                m["label"] in PLACE_LABELS and sent.start_char <= m["start_char"] < sent.end_char for m in ctx.mentions
            )
        )
    ):
        return None  # a lone visitor needs a named destination in the sentence
    if etype in {"ACCUSE", "DEMAND", "THREATEN", "COOPERATE", "ASSAULT", "SEIZE"} and (
        len(parts) < 2 or not any(p["role"] == "source" for p in parts)
    ):
        return None  # 'Germany and Italy were threatened by terrorism': no one acts
    if etype == "CONSULT" and all(
        p["mention"]["label"] in {"GPE", "LOC", "FAC"} and p["role"] == "target" for p in parts
    ):
        return None  # 'tourists visited New York City', 'the teams visited Beijing, Shanghai...': no party
    if obj_noun == trig and etype in {"SUPPORT", "AID"} and not any(p["role"] != "source" for p in parts):
        return None
    return _build_candidate(ctx, trig, sent, etype, mode, obj_noun, parts)


def _build_candidate(
    ctx: _Ctx, trig: Token, sent: Span, etype: str, mode: str | None, obj_noun: Token | None, parts: list[dict]
) -> dict:
    status = _status(trig)
    iso, prec, hints = _event_date(ctx, trig, sent, status)
    place, place_source = _event_place(ctx, trig, sent, {p["mention"]["idx"] for p in parts})
    if status == "planned" and place_source != "sentence" and _aspired(trig):
        place = None  # 'focused on resuming the consultations': a wish has no venue yet
    place = _host_capital(ctx, place, etype, parts)
    if mode is None and re.search(r"\b(?:phone|telephone)\b", sent.text, re.I):
        mode = "phone"
    if etype == "CONSULT" and len({p["mention"]["idx"] for p in parts}) >= 3 and mode is None:
        mode = "multilateral"
    background = hints.get("kind") in {"year", "month_year", "month_rel", "month"} or dates.has_vague_time(sent.text)
    if iso and prec == "day":
        ctx.last_date = (iso, prec)
    ctx.last_any_date = (iso, prec)
    if place and status != "planned" and place_source == "sentence" and not background:
        ctx.last_place = place
    ctx.last_participants = [p["mention"] for p in parts if p["mention"]["label"] == "PERSON"]
    trig_span = _trigger_span(trig, obj_noun)
    return {
        "event_type": etype,
        "event_mode": mode,
        "event_status": status,
        "event_date": iso,
        "date_precision": prec,
        "date_hints": hints,
        "date_source": ctx.date_source,
        "discourse_hints": ctx.unanchored_hints if ctx.date_source == "unanchored" else None,
        "location_name": place["location_name"] if place else None,
        "location_country_iso3": place["location_country_iso3"] if place else None,
        "latitude": place["latitude"] if place else None,
        "longitude": place["longitude"] if place else None,
        "place_source": place_source if place else None,
        "participants": _participant_rows(ctx, parts),
        "start_char": sent.start_char,
        "end_char": sent.end_char,
        "trigger": trig_span,
        "separate": bool(re.search(r"(?i)\b(?:separate|separately|another)\b", sent.text)),
        "sentence": sent.text,
        "summary": _summary(etype, parts, place, trig_span),
    }


def _host_capital(ctx: _Ctx, place: dict | None, etype: str, parts: list[dict]) -> dict | None:
    """'landed in Cuba, where he met Raúl Castro': a meeting of named persons placed only in a country is
    placed in its capital (where official meetings are held) when the article names no city there."""
    if not place or place.get("level") != "country" or etype != "CONSULT":
        return place
    iso3 = place["location_country_iso3"]
    if sum(p["mention"]["label"] == "PERSON" for p in parts) < 2:
        return place
    if any(c["location_country_iso3"] == iso3 for c in ctx.doc_cities):
        return place
    return places.capital_of(iso3) or place


LOCATIVE_PREPS = {"in", "at", "to", "into", "near", "outside", "from", "inside", "across", "around", "throughout"}


def _participant_rows(ctx: _Ctx, parts: list[dict]) -> list[dict]:
    """Participants as API rows. A state acting through its people or its capital ('Russian security
    officials', 'Cuban authorities', 'Moscow's push') carries ``country_iso3`` so the merge can credit the
    country's own entity; a country written only inside a compound has no mention (``mention_idx`` None);
    a city named as a location ('met in Caracas') is not a participant, nor is a regional demonym ('African
    leaders')."""
    rows = []
    for p in parts:
        m = p["mention"]
        row = {"mention_idx": None if m.get("unnamed") else m["idx"], "role": p["role"]}
        if m.get("unnamed"):
            row["country_iso3"] = m["country_iso3"]
            if m.get("group"):
                row["group"], row["group_type"], row["surface"] = m["group"], m["label"], m["surface"]
                if m.get("named"):
                    row["named"] = True
        elif m["label"] == "NORP":
            iso3 = places.demonym_iso3(m["surface"]) or m.get("country_iso3")
            if not iso3:
                continue  # 'African leaders', 'Western officials': a region or bloc, no actor to resolve
            row["country_iso3"] = iso3
        elif m["label"] in {"GPE", "LOC"} and not places.country_iso3(m["surface"]):
            iso3 = places.capital_iso3(m["surface"])
            if iso3:
                row["country_iso3"] = iso3
        rows.append(row)
    return rows


def _place_not_actor(ctx: _Ctx, m: dict) -> bool:
    """A city or region named as where something happens ('met in Caracas') or as a dateline
    ('CARACAS, Venezuela — ...'), not a state acting."""
    return (
        m["label"] in {"GPE", "LOC", "FAC"}
        and not m.get("unnamed")
        and not places.country_iso3(m["surface"])
        and (_locative_use(ctx, m) or (m["surface"].isupper() and len(m["surface"]) > 3))
    )


def _locative_use(ctx: _Ctx, m: dict) -> bool:
    """The mention is the object of a place preposition ('in Caracas', 'to Havana')."""
    span = ctx.doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")
    if span is None:
        return False
    cur = span.root
    while cur.dep_ in {"appos", "compound", "conj"} and cur.head is not cur:
        cur = cur.head
    return cur.dep_ == "pobj" and cur.head.lower_ in LOCATIVE_PREPS


def _trigger_span(trig: Token, obj_noun: Token | None) -> str:
    if obj_noun is not None and obj_noun != trig:
        return f"{trig.text} {obj_noun.text}"
    return trig.text


def _summary(etype: str, parts: list[dict], place: dict | None, trigger: str) -> str:
    """Short human summary: 'CONSULT (met): Putin, Erdogan in Sochi' (persons first, then other actors)."""
    persons = [p["mention"]["surface"] for p in parts if p["mention"]["label"] == "PERSON"]
    others = [p["mention"]["surface"] for p in parts if p["mention"]["label"] not in {"PERSON", "NORP"}]
    names = list(dict.fromkeys(persons or others or [p["mention"]["surface"] for p in parts]))
    text = f"{etype} ({trigger}): {', '.join(names[:6])}"
    if place:
        text += f" in {place['location_name']}"
    return text


def _enrich_agreements(ctx: _Ctx, out: list[dict]) -> None:
    """Agreements signed by delegations during a visit ('Iran and Zimbabwe have signed 12 agreements as
    Raisi wrapped up his tour') are between the two sides of that visit: an AGREE/AID naming at most one
    person takes the persons of the article's one CONSULT event that fits it (same status, compatible place
    and date, sharing its person), and that event's date and place when it states none of its own."""
    persons = {m["idx"] for m in ctx.mentions if m["label"] == "PERSON"}
    for c in [c for c in out if c["event_type"] in {"SUPPORT", "AID"} and not c.get("lexicon")]:
        mine = {_person_key(ctx, p["mention_idx"]) for p in c["participants"] if p["mention_idx"] in persons}
        if len(mine) > 1 or c["date_hints"]:
            continue
        fits = []
        for v in out:
            if v["event_type"] != "CONSULT" or v["event_status"] != c["event_status"]:
                continue
            if not v["event_date"] and c["event_date"]:
                continue  # an undated article's visit still frames its undated signing
            if c["event_date"] and c["event_date"] != v["event_date"]:
                continue
            if (
                c["location_name"]
                and v["location_name"]
                and c["location_name"] != v["location_name"]
                and c["location_name"] != _country_label(v)
            ):
                continue
            theirs = {_person_key(ctx, p["mention_idx"]): p for p in v["participants"] if p["mention_idx"] in persons}
            if len(theirs) < 2 or (mine and not mine & set(theirs)):
                continue
            fits.append((v, theirs))
        if len({(v["event_date"], v["location_name"], frozenset(t)) for v, t in fits}) != 1:
            continue
        v, theirs = fits[0]
        for key, p in theirs.items():
            if key not in mine:
                c["participants"].append({"mention_idx": p["mention_idx"], "role": "participant"})
        if not c["event_date"] and v["event_date"]:
            c["event_date"], c["date_precision"] = v["event_date"], v["date_precision"]
            c["date_source"] = "discourse"
        elif not c["event_date"]:  # an undated article: the signing is dated as its visit, if a story dates it
            c["date_hints"] = c.get("date_hints") or v.get("date_hints") or {}
            c["date_source"], c["discourse_hints"] = v.get("date_source"), v.get("discourse_hints")
        if not c["location_name"] or c["place_source"] != "sentence" or c["latitude"] is None:
            for k in ("location_name", "location_country_iso3", "latitude", "longitude", "place_source"):
                c[k] = v[k]


def _country_label(v: dict) -> str | None:
    iso3 = v.get("location_country_iso3")
    return places.country_place(iso3)["location_name"] if iso3 else None


def _person_key(ctx: _Ctx, idx: int) -> str:
    """Surname key for matching a person within one article ('Raisi' ~ 'Ebrahim Raisi')."""
    m = next(m for m in ctx.mentions if m["idx"] == idx)
    return m["surface"].replace("’s", "").replace("'s", "").split()[-1].casefold()


ATTEND = re.compile(
    r"\b(?:(?:also|was|were)\s+present|attended|also\s+attended|took\s+part\s+in|"
    r"participated\s+in|joined\s+(?:the|them|him|her))\b",
    re.I,
)


def _add_attendees(ctx: _Ctx, sent: Span, out: list[dict]) -> None:
    """'Also present was X' / 'X attended the meeting': X joins the latest meeting of the article."""
    if not ATTEND.search(sent.text):
        return
    meetings = [
        c
        for c in out
        if c["event_type"] == "CONSULT" and not c.get("lexicon") and re.search(r"(?i)meet|talk|met\b", c["trigger"])
    ]
    if not meetings:
        return
    target = meetings[-1]
    have = {p["mention_idx"] for p in target["participants"]}
    for m in ctx.mentions:
        if m["label"] == "PERSON" and sent.start_char <= m["start_char"] < sent.end_char and m["idx"] not in have:
            target["participants"].append({"mention_idx": m["idx"], "role": "participant"})
            have.add(m["idx"])
            target.setdefault("evidence", []).append(
                {"start_char": sent.start_char, "end_char": sent.end_char, "sentence": sent.text}
            )


def _update_discourse_date(ctx: _Ctx, sent: Span) -> None:
    """A sentence without an event may still set the scene ('X called on Thursday for ...')."""
    resolved = set()
    for e in dates.find_time_expressions(sent.text):
        iso, prec = dates.resolve(e, ctx.published_at, doc_dates=ctx.doc_dates)
        if iso and prec == "day" and e.kind in {"weekday", "rel_day", "month_day"}:
            resolved.add(iso)
        if ctx.published_at is None and e.kind == "weekday":
            ctx.unanchored_hints = {"kind": "weekday", "weekday": dates.WEEKDAYS[e.groups["wd"].lower()]}
        elif ctx.published_at is None and e.kind == "month_day":
            month = dates.MONTHS[e.groups["mon"].lower().rstrip(".")]
            ctx.unanchored_hints = {"kind": "month_day", "month_day": (month, int(e.groups["day"]))}
        if e.kind in {"weekday", "rel_day", "month_day", "full", "full_num"}:
            ctx.after_late_arrival = False  # a day named since the late arrival sets the scene again
    if len(resolved) == 1:
        ctx.last_date = (resolved.pop(), "day")


def _update_salience(ctx: _Ctx, sent: Span) -> None:
    """Remember the last person who was a grammatical subject (antecedent for 'he' / 'the X leader')."""
    for tok in sent:
        if tok.dep_ in SUBJ or (tok.dep_ == "appos" and (tok.head.dep_ in SUBJ or tok.head.dep_ == "ROOT")):
            m = ctx.mention_of(tok)
            if m and m["label"] == "PERSON":
                ctx.last_subject_person = m
    if ctx.last_subject_person is None:
        persons = [m for m in ctx.mentions if m["label"] == "PERSON" and m["end_char"] <= sent.end_char]
        if persons:
            ctx.last_subject_person = persons[0]
