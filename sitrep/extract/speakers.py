"""Who said a quotation: the subject of the verb of saying around it, resolved to a mention of the article.

Paths, recorded as ``method`` so an analyst can filter:
- ``direct``: a named person or organisation is the subject (“…,” Smith said; said Smith; X was quoted as
  saying; according to X; X's statement said);
- ``pronoun``: he/she go to the nearest person named before the quote (a subject first); it to the nearest
  organisation or country; they to the organisation whose people were the last subject before ("the leaders
  met ... '…,' they said"), or to an organisation named as that subject;
- ``title``: a description ("the minister", "the head of Peru's diplomacy") goes to the nearest person named
  before whose title or country fits it; a nominal mention ("Russia's foreign minister") is its own speaker;
- ``title`` also: a description of an organisation ("the bloc said", "the agency said") or of its people
  ("the leaders said") goes to the organisation named before: one whose name has the word, else the one the
  article names most;
- ``office``: a state body ("the French foreign ministry", "Russia's embassy", "the State Department",
  "the Kremlin") speaks for its country;
- ``actor``: a quoted phrase with no verb of saying, the object of an act ('imposed sanctions, freezing "…"'),
  goes to the subject of that act (``actor_speaker``, tried by the caller when nothing else attributes it);
- ``continuation`` (set by the caller): a quote with no attribution of its own that continues the previous one.
Nothing fitting: no speaker (null rather than a guess).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from typing import TYPE_CHECKING

from sitrep.extract import gazetteer, places
from sitrep.extract.doc_text import doc_text
from sitrep.extract.entity_names import fold
from sitrep.extract.entity_vocab import DETERMINERS, PLATFORM_OR_AGENCY
from sitrep.extract.quote_lexicon import (
    BODY_NOUNS,
    GROUP_PRONOUNS,
    MEMBER_NOUNS,
    PERSON_PRONOUNS,
    PERSON_TITLES,
    SPEECH_NOUNS,
    STATE_BODIES,
    VERB_KINDS,
    verb_lemma,
)
from sitrep.extract.spacy_ids import AUX, VERB

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SUBJ = {"nsubj", "nsubjpass", "csubj"}
#: how far back (characters) a pronoun or a title looks for its person
ANTECEDENT_WINDOW = 2500
#: the verb may hang under another verb that carries the subject ('..., calling them "X"')
#: a name in these roles is not the one speaking ('resignation by X', 'met X')
NOT_SPEAKER_DEPS = frozenset({"pobj", "dobj", "iobj", "attr", "oprd", "dative"})
#: how far after a description ('the envoy said') its person may be named
LOOKAHEAD = 600
#: descriptions too vague to pick the nearest untitled person ('an official said')
VAGUE_TITLES = frozenset({"official", "officials", "diplomat", "diplomats", "aide", "aides", "source", "sources"})
#: 'the statement said': the speaker of the statement quoted before (resolved by the caller)
PREVIOUS = "previous"
#: method of a quote attributed to someone who cannot be resolved ('officials said'): no speaker, no continuation
UNRESOLVED = "unresolved"
#: determiners of a statement that refers back ('the statement said')
DEFINITE = frozenset({"the", "this", "that"})
CLIMB = {"advcl", "xcomp", "conj", "ccomp", "pcomp", "acl"}
#: the roles of a quoted phrase that is what an act is done to ('freezing "all trade"', 'ruled out "any talks"')
ACT_OBJECTS = frozenset({"dobj", "pobj"})


class Mentions:
    """Token -> mention look-ups for one article."""

    def __init__(self, doc: Doc, mentions: list[dict]):
        self.doc = doc
        self.mentions = mentions
        self.by_token: dict[int, dict] = {}
        heads = places.dateline_spans(doc_text(doc))
        for m in mentions:
            if any(s <= m["start_char"] < e for s, e in heads):
                continue  # who filed the story says nothing in it
            span = doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")
            for t in span or []:
                self.by_token.setdefault(t.i, m)

    def of(self, tok: Token) -> dict | None:
        return self.by_token.get(tok.i)

    def persons_before(self, pos: int) -> list[dict]:
        """Person mentions (named or nominal) ending before ``pos``, nearest first, within the window."""
        out = [
            m
            for m in self.mentions
            if m["label"] in ("PERSON", "ROLE") and m["end_char"] <= pos and pos - m["end_char"] < ANTECEDENT_WINDOW
        ]
        return sorted(out, key=lambda m: -m["start_char"])


def mention_country(m: dict) -> str | None:
    """The country a mention stands for when it names a country or a demonym ('Russia', 'French')."""
    if m["label"] == "NORP":
        return m.get("country_iso3") or gazetteer.demonym_iso3(m["surface"])
    if m["label"] in ("GPE", "LOC") and (m.get("kind") == "country" or gazetteer.country_iso3(m["surface"])):
        return m.get("country_iso3") or gazetteer.country_iso3(m["surface"])
    return None


def _result(method: str, verb: Token | None, mention: dict | None = None, country: str | None = None) -> dict:
    return {"mention": mention, "country_iso3": country, "method": method, "verb": verb}


def speech_verbs(sents: list[Span], qstart: int, qend: int) -> list[Token]:
    """Verbs of saying (and 'according to') outside the quote, nearest to it first."""
    found = []
    for sent in sents:
        for tok in sent:
            if qstart <= tok.idx < qend:
                continue
            said = (tok.pos in (VERB, AUX) or tok.tag_.startswith("VB")) and verb_lemma(tok.text, tok.lemma_)
            according = tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "to"
            owned = (  # "in X's words", "in X's statement" (not "after X's statement")
                tok.lower_ in SPEECH_NOUNS
                and tok.dep_ == "pobj"
                and tok.head.lower_ == "in"
                and any(c.dep_ == "poss" for c in tok.children)
            )
            if said or according or owned:
                dist = qstart - tok.idx if tok.idx < qstart else tok.idx - qend
                found.append((dist, tok))
    return [t for _, t in sorted(found, key=lambda x: x[0])]


def _subject_of(verb: Token) -> Token | None:
    """The subject of a verb of saying, through 'was quoted as saying' and '..., calling them' chains."""
    cur, step = verb, None
    for _ in range(4):
        subj = sorted((c for c in cur.children if c.dep_ in SUBJ), key=lambda t: abs(t.i - cur.i))
        speaks = cur is verb or verb_lemma(cur.text, cur.lemma_) or step in ("advcl", "xcomp")
        if subj and speaks:  # through 'and' only to another verb of saying ('said ... and remarked that')
            return subj[0]
        if cur.dep_ not in CLIMB or cur.head.i == cur.i:
            return None
        cur, step = cur.head, cur.dep_
    return None


def _agent_of(verb: Token) -> Token | None:
    """'according to X' -> X; a passive 'was said by X' -> X."""
    for prep in verb.children:
        if prep.dep_ in ("prep", "agent"):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def _outer_verb(verb: Token) -> Token | None:
    """A verb of saying that reports this one ('X says Canada has declared Z "..."' -> says): its subject is
    who speaks the quoted words."""
    cur = verb
    for _ in range(5):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.dep_ not in CLIMB and cur.dep_ != "ROOT" and cur.pos_ not in ("VERB", "AUX"):
            continue
        lemma = verb_lemma(cur.text, cur.lemma_)
        if lemma and VERB_KINDS.get(lemma) == "say" and any(c.dep_ in SUBJ for c in cur.children):
            return cur
    return None


def _argument(verb: Token) -> Token | None:
    """Whose words: the subject, the object of 'according to' / 'citing', the agent of a passive."""
    if verb.lower_ == "according":
        return _agent_of(verb)
    if verb.lower_ in SPEECH_NOUNS:  # "in X's words", "in X's statement"
        return next((c for c in verb.children if c.dep_ == "poss"), None)
    lemma = verb_lemma(verb.text, verb.lemma_)
    if VERB_KINDS.get(lemma or "") == "source":
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj
    arg = _subject_of(verb)
    if arg is not None and arg.dep_ == "nsubjpass" and verb.lower_ != "saying" and lemma != "quote":
        arg = _agent_of(verb) or arg
    return arg


def find_speaker(ments: Mentions, sents: list[Span], qstart: int, qend: int) -> dict | None:
    """Speaker of the quote [qstart, qend) from the verbs of saying in ``sents`` (the sentences it touches)."""
    for verb in speech_verbs(sents, qstart, qend):
        # a clause of its own it reports ('X says Canada said "…"'), not a predicate ('declared Z "unwelcome"')
        reports = any(c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX") for c in verb.children)
        outer = (
            _outer_verb(verb) if verb.pos_ in ("VERB", "AUX") and verb.lower_ != "according" and not reports else None
        )
        if outer is not None and not (qstart <= outer.idx < qend):
            found = resolve(ments, _subject_of(outer), qstart, outer)
            if found is not None:
                return found
        arg = _argument(verb)
        if arg is not None and qstart <= arg.idx < qend:
            continue  # a subject inside the quote belongs to the quoted words
        found = resolve(ments, arg, qstart, verb) if arg is not None else _beside(ments, verb, qstart, qend)
        if found is not None:
            return found
        if arg is not None and arg.pos_ in ("NOUN", "PROPN"):
            return _result(UNRESOLVED, verb)  # someone the article does not name speaks: no one to inherit
    return None


def _beside(ments: Mentions, verb: Token, qstart: int = -1, qend: int = -1) -> dict | None:
    """“…,” said Smith / “…,” Smith said / 'Smith, on a visit to X, says ...', where the parse gave the verb no
    subject: the name next to the verb, else the nearest person named before it in its sentence, over an aside
    set off by commas ('“…,” X's Smith, reporting from Y, said'). A name the parse hung under a word of the
    quote keeps no role from it."""
    doc = verb.doc
    says = VERB_KINDS.get(verb_lemma(verb.text, verb.lemma_) or "") == "say"
    for i in (verb.i + 1, verb.i - 1) if says else (verb.i - 1,):  # 'called X "…"': X is the object
        if 0 <= i < len(doc):
            m = ments.of(doc[i])
            if m and m["label"] in ("PERSON", "ROLE", "ORG") and doc[i].dep_ not in NOT_SPEAKER_DEPS:
                return _result("direct", verb, m)
    for tok in reversed(doc[verb.sent.start : verb.i]):
        m = ments.of(tok)
        free = tok.dep_ not in NOT_SPEAKER_DEPS or qstart <= tok.head.idx < qend
        if m and m["label"] in ("PERSON", "ROLE") and free:
            return _result("direct", verb, m)
        aside = tok.tag_ == "VBG" and tok.dep_ in ("advcl", "acl") and tok.i > 0 and doc[tok.i - 1].text == ","
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("acl", "relcl", "aux", "auxpass") and not aside:
            break  # another clause's verb: its names are not this verb's subject
    return None


def _phrase(arg: Token) -> list[Token]:
    """The noun phrase of an argument, without relative clauses or appositions after a comma."""
    out = [arg]
    for c in arg.children:
        if c.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj"):
            continue
        out += list(c.subtree)
    return sorted(out, key=lambda t: t.i)


def resolve(ments: Mentions, arg: Token, qstart: int, verb: Token | None = None) -> dict | None:
    """The speaker an argument token stands for (see module doc for the paths)."""
    low = arg.lower_
    if low in PERSON_PRONOUNS:
        m = _pronoun_person(ments, arg, qstart)
        return _result("pronoun", verb, m) if m else None
    if low == "they":
        return _they(ments, arg, qstart, verb)
    if low in GROUP_PRONOUNS:
        return _pronoun_group(ments, arg, qstart, verb)
    if low in SPEECH_NOUNS:  # "the ministry's statement said": its owner speaks
        return _statement_owner(ments, arg, qstart, verb)
    phrase = _phrase(arg)
    own = _own_mentions(ments, arg, phrase)
    person = next((m for m in own if m["label"] == "PERSON"), None)
    if person:
        return _result("direct", verb, person)
    role = next((m for m in own if m["label"] == "ROLE"), None)
    if role:
        return _result("title", verb, role)
    return _described(ments, arg, phrase, own, qstart, verb)


def _statement_owner(ments: Mentions, arg: Token, qstart: int, verb: Token | None) -> dict | None:
    """'the ministry's statement said', 'a statement from X said': the owner of the statement speaks."""
    owner = next((c for c in arg.children if c.dep_ == "poss"), None)
    if owner is None:
        owner = next((o for p in arg.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"), None)
    if owner is None and any(c.lower_ in DEFINITE for c in arg.children):
        return _result(PREVIOUS, verb)  # 'the statement said': the one quoted before (the caller decides)
    return resolve(ments, owner, qstart, verb) if owner is not None else None


def _own_mentions(ments: Mentions, arg: Token, phrase: list[Token]) -> list[dict]:
    """Mentions inside the argument's phrase, and the person of an apposition ('the president, X, said')."""
    own: list[dict] = []
    for t in phrase:
        m = ments.of(t)
        if m and m not in own:
            own.append(m)
    if appos := [c for c in arg.children if c.dep_ == "appos"]:  # "the president, Joe Biden, said"
        own += [m for t in appos[0].subtree if (m := ments.of(t)) and m not in own and m["label"] == "PERSON"]
    return own


def _described(
    ments: Mentions, arg: Token, phrase: list[Token], own: list[dict], qstart: int, verb: Token | None
) -> dict | None:
    """A speaker named by description: a title, a state body, an organisation, a country or its capital."""
    country = next((c for m in own if (c := mention_country(m))), None)
    org = next((m for m in own if m["label"] == "ORG"), None)
    if body := _body(ments, arg, own, org, country, min(arg.idx, qstart), verb):
        return body
    if arg.lower_ in PERSON_TITLES and ments.of(arg) is None:  # "the UN's envoy", "the head of Peru's diplomacy"
        m = _titled_person(ments, phrase, arg, country, qstart)
        # a person described by an organisation or country ("the UN's envoy") is not that body: no one named
        return _result("title", verb, m) if m else _result(UNRESOLVED, verb)
    office = _state_office(ments, arg, phrase, own, org, country, qstart, verb)
    if office:
        return office
    if org:
        return _result("direct", verb, org)
    if (m_arg := ments.of(arg)) and mention_country(m_arg):  # "Russia described the strikes as ..."
        return _result("direct", verb, m_arg, mention_country(m_arg))
    if m_arg and m_arg["label"] in ("GPE", "LOC") and (iso := gazetteer.capital_iso3(m_arg["surface"])):
        return _result("office", verb, _country_mention(ments, iso, []), iso)  # "Moscow claims": the state
    if arg.lower_ in PERSON_TITLES or fold(arg.text) in PERSON_TITLES:
        m = _titled_person(ments, phrase, arg, country, qstart)
        return _result("title", verb, m) if m else None
    if _heads(arg, phrase) & STATE_BODIES:  # "the ministry said": the body named before
        prior = _prior_body(ments, arg, qstart)
        if prior:
            return prior | {"verb": verb}
    return None


def _heads(arg: Token, phrase: list[Token]) -> set[str]:
    """The argument's head word, folded, alone and with the word before it ('foreign ministry')."""
    return {arg.lower_, fold(arg.text)} | {fold(f"{t.text} {arg.text}") for t in phrase if t.i == arg.i - 1}


def _state_office(
    ments: Mentions,
    arg: Token,
    phrase: list[Token],
    own: list[dict],
    org: dict | None,
    country: str | None,
    qstart: int,
    verb: Token | None,
) -> dict | None:
    """A state body speaking for its country: 'the French foreign ministry', 'the Indian side', 'the State
    Department'; 'the Ministry' after the article named one."""
    text = fold(" ".join(t.text for t in phrase))
    if _heads(arg, phrase) & STATE_BODIES or (org and _org_is_state_body(org)):
        iso = country or (org or {}).get("country_iso3") or _named_office(text)
        if iso:
            return _result("office", verb, _country_mention(ments, iso, own), iso)
        if (prior := _prior_body(ments, arg, qstart)) and prior["country_iso3"]:
            return prior | {"verb": verb}  # "the Ministry said" after "Ukraine's Ministry of Agrarian Policy"
    norp = next((m for m in own if m["label"] == "NORP" and mention_country(m)), None)
    if norp and arg.tag_ == "NN" and arg.lower_ not in PERSON_TITLES and not org:
        iso = mention_country(norp)  # "the Indian side", "the Chinese delegation": a body of that state
        return _result("office", verb, _country_mention(ments, iso, own), iso)
    if office := _named_office(text):
        return _result("office", verb, _country_mention(ments, office, own), office)
    return None


def _org_is_state_body(org: dict) -> bool:
    words = fold(org["surface"]).split()
    return bool(words) and (words[-1] in STATE_BODIES or (words[0] in STATE_BODIES and "of" in words))


def _named_office(text: str) -> str | None:
    """Country of a seat of government in the phrase ("the Kremlin", "the State Department", "Downing Street")."""
    words = text.split()
    for n in range(len(words), 0, -1):  # longest run of words first
        for i in range(len(words) - n + 1):
            if iso := gazetteer.seat_iso3(" ".join(words[i : i + n])):
                return iso
    return None


def _country_mention(ments: Mentions, iso: str, own: list[dict]) -> dict | None:
    """A mention of the country itself in the article (the speaker's own phrase first), else None."""
    for m in [*own, *ments.mentions]:
        if m["label"] in ("GPE", "LOC") and mention_country(m) == iso:
            return m
    return None


def _is_subject(ments: Mentions, m: dict) -> bool:
    span = ments.doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")
    return any(t.dep_ in SUBJ for t in span or [])


def _pronoun_person(ments: Mentions, pron: Token, qstart: int) -> dict | None:
    """Nearest person named before the pronoun (a subject of its sentence first, then any)."""
    before = min(pron.idx, qstart) if pron.idx > qstart else pron.idx
    cands = [m for m in ments.persons_before(before) if m["label"] == "PERSON" or m.get("nominal")]
    if not cands:
        return None
    subjects = [m for m in cands[:6] if _is_subject(ments, m)]
    return (subjects or cands)[0]


def _pronoun_group(ments: Mentions, pron: Token, qstart: int, verb: Token | None) -> dict | None:
    """'it said': the nearest organisation, state body or country named as a subject before the quote."""
    before = min(pron.idx, qstart)
    for m in sorted(ments.mentions, key=lambda m: -m["start_char"]):
        if m["end_char"] > before or before - m["end_char"] > ANTECEDENT_WINDOW:
            continue
        if m["label"] in ("PERSON", "ROLE"):
            if pron.lower_ == "it":
                continue
            return None  # 'they' after a person: several people, no one speaker
        if m["label"] == "ORG" and _is_subject(ments, m):
            if _org_is_state_body(m) and m.get("country_iso3"):
                iso = m["country_iso3"]
                return _result("pronoun", verb, _country_mention(ments, iso, [m]), iso)
            return _result("pronoun", verb, m)
        if mention_country(m) and _is_subject(ments, m) and pron.lower_ == "it":
            return _result("pronoun", verb, m, mention_country(m))
    return None


def _titled_person(ments: Mentions, phrase: list[Token], head: Token, country: str | None, qstart: int) -> dict | None:
    """'the minister' -> the nearest person before whose title has the word; 'the head of Peru's diplomacy' ->
    the nearest person of that country. A person whose known title differs does not fit."""
    words = {fold(t.text) for t in phrase if fold(t.text) in PERSON_TITLES}
    start = min(t.idx for t in phrase)
    before = start if start < qstart else qstart
    loose = []
    text = doc_text(head.doc)
    for m in ments.persons_before(before):
        title = set(fold(" ".join(x for x in (m.get("title"), m.get("role")) if x)).split())
        if country and m.get("country_iso3") and m["country_iso3"] != country:
            continue
        if title & words or _titled_before(text, m, words):
            return m
        if country and m.get("country_iso3") == country:
            return m
        if not title:
            loose.append(m)
    if loose and head.lower_ not in VAGUE_TITLES:
        return loose[0]
    after = [m for m in ments.mentions if m["label"] == "PERSON" and 0 <= m["start_char"] - before < LOOKAHEAD]
    for m in sorted(after, key=lambda m: m["start_char"]):  # named just after: "..., Geir Pedersen, the envoy"
        if set(fold(" ".join(x for x in (m.get("title"), m.get("role")) if x)).split()) & words:
            return m
    return None


#: characters before a person's name in which its title is read ('Minister for EU Affairs Omer Celik')
TITLE_BEFORE = 40


def _titled_before(text: str, m: dict, words: set[str]) -> bool:
    """The title word is written right before the name, in a title the mention did not keep whole ('Turkish
    Minister for EU Affairs Omer Celik' kept only 'Affairs')."""
    if m["label"] != "PERSON" or not m.get("title"):
        return False
    before = text[max(0, m["start_char"] - TITLE_BEFORE) : m["start_char"]].split("\n")[-1]
    return bool({fold(w.strip(",.;:()")) for w in before.split()} & words)


def _prior_body(ments: Mentions, arg: Token, qstart: int) -> dict | None:
    """'the ministry said' -> the state body named before in the article ('Russia's Foreign Ministry')."""
    word = arg.lower_
    for m in sorted(ments.mentions, key=lambda m: -m["start_char"]):
        if m["end_char"] <= arg.idx and m["label"] == "ORG" and word in fold(m["surface"]).split():
            return _org_speaker(ments, m, None, "office")
    return None


def _org_country(m: dict) -> str | None:
    """A state body's country: its own, else a country named in its name ('Ministry of Energy of Chile')."""
    if m.get("country_iso3"):
        return m["country_iso3"]
    words = fold(m["surface"]).split()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            if iso := gazetteer.country_iso3(" ".join(words[i : i + n])):
                return iso
    return None


def _org_speaker(ments: Mentions, m: dict, verb: Token | None, method: str) -> dict:
    """An organisation as the speaker; a state body with a known country speaks for its country."""
    if (m.get("country_iso3") or _org_is_state_body(m)) and (iso := _org_country(m)):
        return _result("office", verb, _country_mention(ments, iso, [m]), iso)
    return _result("direct" if method == "office" else method, verb, m)


def _is_description(m: dict) -> bool:
    """A mention that is only a description of a body ('the Ministry', 'the bloc'), not its name."""
    words = [w for w in fold(m["surface"]).split() if w not in DETERMINERS]
    return bool(words) and (" ".join(words) in STATE_BODIES or all(w in BODY_NOUNS | STATE_BODIES for w in words))


def _prior_org(ments: Mentions, word: str, before: int, verb: Token | None, salient: bool) -> dict | None:
    """The organisation a description refers to: the nearest named before whose name has ``word``, else (when
    ``salient``) the one named most often before (the nearest of equals)."""
    orgs = [
        m
        for m in ments.mentions
        if m["label"] == "ORG"
        and m["end_char"] <= before
        and not _is_description(m)
        and fold(m["surface"]) not in PLATFORM_OR_AGENCY
    ]
    named = [m for m in orgs if word in fold(m["surface"]).split()]
    if named:
        return _org_speaker(ments, max(named, key=lambda m: m["start_char"]), verb, "title")
    if not salient or not orgs:
        return None
    counts = Counter(fold(m["surface"]) for m in orgs)
    best = max(orgs, key=lambda m: (counts[fold(m["surface"])], m["start_char"]))
    return _org_speaker(ments, best, verb, "title")


def _body(
    ments: Mentions, arg: Token, own: list[dict], org: dict | None, country: str | None, before: int, verb: Token | None
) -> dict | None:
    """'the bloc said' / 'the agency said' / 'the leaders said': the organisation they stand for (module doc)."""
    if arg.lower_ in MEMBER_NOUNS:  # "ECOWAS leaders": their own organisation or country, else the article's
        if org and not _is_description(org):
            return _org_speaker(ments, org, verb, "title")
        if country:
            return _result("office", verb, _country_mention(ments, country, own), country)
        found = _prior_org(ments, "", before, verb, salient=True) or _next_org(ments, before, verb)
        return found or _result(UNRESOLVED, verb)
    if org is not None and not _is_description(org):
        return None
    word = fold(arg.text)
    if word not in BODY_NOUNS or not any(c.lower_ in DEFINITE for c in arg.children):
        return None
    return _prior_org(ments, word, before, verb, salient=True)


def _next_org(ments: Mentions, after: int, verb: Token | None) -> dict | None:
    """'Southern African leaders warned ... The Southern African Development Community said': people of a body
    the article names only after them (in the lead) speak for the first organisation named within LOOKAHEAD."""
    orgs = [
        m
        for m in ments.mentions
        if m["label"] == "ORG"
        and 0 <= m["start_char"] - after < LOOKAHEAD
        and not _is_description(m)
        and fold(m["surface"]) not in PLATFORM_OR_AGENCY
    ]
    return _org_speaker(ments, min(orgs, key=lambda m: m["start_char"]), verb, "title") if orgs else None


def _tokens_starting_in(doc: Doc, start: int, end: int) -> Span:
    """The tokens whose first character lies in ``start`` to ``end`` (token offsets only grow along a doc, so
    two binary searches find them; no walk over the whole article per quote)."""
    offset = lambda i: doc[i].idx  # noqa: E731
    return doc[bisect_left(range(len(doc)), start, key=offset) : bisect_left(range(len(doc)), end, key=offset)]


def actor_speaker(ments: Mentions, qstart: int, qend: int) -> dict | None:
    """A quoted noun phrase with no verb of saying that is the object of an act ('the bloc imposed sanctions,
    freezing "all trade with the junta"'): the words are those of whoever does the act, the subject of the
    clause the quote sits in (method ``actor``). A relative pronoun stands for the noun it hangs under."""
    doc = ments.doc
    inside = list(_tokens_starting_in(doc, qstart, qend))
    roots = [t for t in inside if not (qstart <= t.head.idx < qend) or t.head.i == t.i]
    if not roots or roots[0].pos_ in ("VERB", "AUX") or roots[0].dep_ not in ACT_OBJECTS:
        return None  # a clause of its own ('X thanked them: "You …"') is no object of an act
    cur = roots[0]
    for _ in range(3):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            break
    else:
        return None
    subj = _subject_of(cur)
    if subj is None or qstart <= subj.idx < qend:
        return None
    if subj.tag_ in ("WP", "WDT") and subj.head.dep_ == "relcl":
        subj = subj.head.head
    found = resolve(ments, subj, qstart, cur)
    if found is None or found["method"] == UNRESOLVED or found["method"] == PREVIOUS:
        return None
    return found | {"method": "actor"}


def _they(ments: Mentions, pron: Token, qstart: int, verb: Token | None) -> dict | None:
    """'they said': the last subject before the quote that is not a pronoun decides. An organisation (or its
    people, 'the leaders') speaks as that organisation; persons or other groups ('the protesters') leave no
    one speaker."""
    before = min(pron.idx, qstart)
    sents = [s for s in pron.doc.sents if s.start_char < before][-3:]
    for sent in reversed(sents):
        subjects = [t for t in sent if t.dep_ in SUBJ and t.idx < before and t.pos_ != "PRON"]
        for tok in reversed(subjects):
            m = ments.of(tok)
            if m and m["label"] == "ORG" and not _is_description(m):
                return _org_speaker(ments, m, verb, "pronoun")
            if m:
                return None  # a person, a country: no one body speaks
            if tok.lower_ in MEMBER_NOUNS or fold(tok.text) in BODY_NOUNS:
                found = resolve(ments, tok, qstart, verb)
                return found | {"method": "pronoun"} if found and found["method"] != UNRESOLVED else None
            if tok.tag_ in ("NNS", "NNPS"):
                return None  # 'the protesters', 'the residents': no one speaker
    return None
