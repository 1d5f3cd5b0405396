"""Country cues that reach past a name's own title: an appositive before the name, an organisation's
country from the words before it, one country shared by a coordinated list of titles, a delegation's
country given to the people listed after it.

Each cue is a class of English phrasing (see ``data/country_cues.tsv`` for an example of each, which the
tests run); none is written for one sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import actors
from sitrep.extract.actor_dictionary import agent_sector
from sitrep.extract.article_setting import home_country, setting_of
from sitrep.extract.doc_text import doc_text
from sitrep.extract.entity_names import TITLE_WORDS, name_tokens
from sitrep.extract.entity_vocab import (
    AFFILIATION_NOUNS,
    DELEGATION_WORDS,
    DETERMINERS,
    LIST_CUES,
    NON_PERSON_NOUNS,
    ORG_WORDS,
    STATE_DESCRIPTORS,
    STATE_WORDS,
)
from sitrep.extract.mention_span import Span, is_office, is_title_word
from sitrep.extract.postings import posted_for
from sitrep.extract.speaker_home import DEMAND_MODALS, SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_POSSESSIVES = ("'s", "’s", "ʼs")
_PHRASE_STOPS = {",", ";", ":", "(", ")", '"', "“", "”", "—", "–", "\n"}
# A noun phrase attached inside a longer one ("a reporter [with] the U.S. newspaper", "the boss [of] ...").
_INNER_PREPOSITIONS = {"of", "with", "for", "at", "in", "from"}
_MAX_PHRASE = 14
OUTWARD_SECTORS = {"GOV", "MIL"}
# A participle or infinitive before the phrase makes it an object of a clause of its own ("After meeting the
# envoy, X"); a finite verb does not ("Officials said a Canadian citizen, X, ...").
_OBJECT_OF_CLAUSE = {"VBG", "VBN", "VB"}
_FINITE = {"VBD", "VBZ", "VBP", "MD"}


def _state_country(sp: Span | None) -> str | None:
    """The country a country name, demonym or organisation span stands for (never a city's country)."""
    if sp is None or sp.kind == "city":
        return None
    if sp.label in ("GPE", "NORP", "ORG") and sp.country:
        return sp.country
    return None


def _is_person_noun(tok: Token) -> bool:
    """A noun for a person by office or occupation ("consul", "citizen", "boss", "reporter")."""
    low = tok.lower_
    if tok.pos_ not in ("NOUN", "PROPN") or low in ORG_WORDS | STATE_WORDS | NON_PERSON_NOUNS:
        return False
    if is_title_word(tok.text) or agent_sector(low) is not None:
        return True
    one = tok.lemma_.lower()  # "two Ruritanian officers, A and B": the plural of a title word
    return tok.tag_ == "NNS" and one != low and one not in ORG_WORDS | NON_PERSON_NOUNS and is_title_word(one)


def plural_appositive(doc: Doc, sp: Span) -> bool:
    """ "two Ruritanian officers, A and B": the name follows a comma after a plural person noun, which names the
    whole list that starts with it (a country the phrase gives is every listed name's)."""
    first = doc.char_span(sp.outer_start, sp.end, alignment_mode="expand")
    if first is None or first.start < 2 or doc[first.start - 1].text != ",":
        return False
    noun = doc[first.start - 2]
    return noun.tag_ == "NNS" and _is_person_noun(noun)


def phrase_before(doc: Doc, comma: int) -> list[Token] | None:
    """The noun phrase ending right before a comma, walking left to its determiner; None when it is the
    object of a verb or a preposition ("After meeting the Chinese envoy, X", "According to the embassy, X")."""
    sent_start = doc[comma].sent.start
    i = comma - 1
    toks: list[Token] = []
    while i >= sent_start and len(toks) < _MAX_PHRASE:
        tok = doc[i]
        if tok.text in _PHRASE_STOPS or tok.pos_ in ("VERB", "AUX"):
            break
        toks.insert(0, tok)
        if tok.lower_ in DETERMINERS and not (i > sent_start and doc[i - 1].lower_ in _INNER_PREPOSITIONS):
            i -= 1
            break
        i -= 1
    if not toks:
        return None
    boundary = doc[i] if i >= sent_start else None
    if boundary is not None and boundary.tag_ in _OBJECT_OF_CLAUSE:
        return None
    opener = doc[sent_start]
    fronted = opener.pos_ in ("ADP", "SCONJ") or opener.tag_ == "VBG"
    if fronted and not any(t.tag_ in _FINITE for t in doc[sent_start:comma]):
        return None  # a fronted adverbial ("According to the embassy, X said"): X is the clause's subject
    return toks


def _posted(doc: Doc, other: Span) -> bool:
    span = doc.char_span(other.outer_start, other.end, alignment_mode="expand")
    return span is not None and posted_for(doc, span.start)


def appositive_before(doc: Doc, sp: Span, cover: dict[int, Span]) -> str | None:
    """ "a Canadian citizen, Jane Roe": a noun phrase for a person right before an untitled name, set off by
    a comma, gives the country it names (the nearest one to the name, never a city's)."""
    if sp.title_words or sp.country or sp.label != "PERSON":
        return None
    first = doc.char_span(sp.outer_start, sp.end, alignment_mode="expand")
    if first is None or first.start < 2 or doc[first.start - 1].text != ",":
        return None
    toks = phrase_before(doc, first.start - 1)
    if not toks or not any(_is_person_noun(t) for t in toks):
        return None
    if any(cover.get(t.i) is not None and cover[t.i].label == "PERSON" for t in toks):
        return None
    for tok in reversed(toks):
        other = cover.get(tok.i)
        if other is not None and (_is_place_object(doc, other) or _posted(doc, other)):
            continue  # "Ruritania's ambassador to Peru, X", "the envoy for Peru, X": the posting, not X's country
        country = _state_country(other) if other is not None else None
        if country is None and other is None and tok.is_title:
            country = actors.demonym_iso3(tok.text)
        if country:
            return country
    return None


_AFFILIATION_PREPOSITIONS = {"at", "of", "with", "for", "from"}
# Prepositions of serving a state body in a relative clause ("who works for", "who serves in", "who works at").
_SERVING_PREPOSITIONS = {"for", "in", "at"}


def affiliation_appositive(doc: Doc, toks: list[Token], cover: dict[int, Span]) -> str | None:
    """ "X, a senior fellow at the Ruritanian Institute of ...": an appositive whose person noun (a title word,
    an agent noun or ``AFFILIATION_NOUNS``) is followed by a preposition and an organisation the text gives a
    country, or a country or demonym ("a member of the Ruritanian parliament"): that country is X's."""
    for p, tok in enumerate(toks[1:-1], start=1):
        noun = toks[p - 1]
        if tok.lower_ not in _AFFILIATION_PREPOSITIONS or not noun.is_lower or noun.pos_ != "NOUN":
            continue
        if noun.lower_ not in AFFILIATION_NOUNS and not _is_person_noun(noun):
            continue
        nxt = toks[p + 1 + (toks[p + 1].lower_ in DETERMINERS and p + 2 < len(toks))]
        other = cover.get(nxt.i)
        if other is not None and other.label == "ORG" and not other.country:  # named after the person
            return org_country_in_text(doc, other, cover)
        return _state_country(other)
    return None


def relative_state(doc: Doc, verb: Token, cover: dict[int, Span]) -> str | None:
    """ "X, a lawmaker who coordinates relations for the Ruritanian government": the state body that a relative
    clause on the appositive's person noun names after a preposition ("works for", "serves in", "an adviser at"),
    with a demonym or a country before it, gives X's country."""
    if verb.dep_ != "relcl" or not _is_person_noun(verb.head):
        return None
    for tok in verb.subtree:
        if tok.lower_ not in STATE_WORDS or tok.head.dep_ != "prep" or tok.head.lower_ not in _SERVING_PREPOSITIONS:
            continue
        for c in tok.children:
            if c.dep_ in {"amod", "compound", "poss", "nmod"}:
                country = _state_country(cover.get(c.i)) or (actors.demonym_iso3(c.text) if c.is_title else None)
                if country:
                    return country
    return None


def org_country_in_text(doc: Doc, sp: Span, cover: dict[int, Span]) -> str | None:
    """An organisation's country from its name ("Russian Security Council", "Ministry of Defence of X", a
    seat of government) or from the words before it: "Ruritania's paramilitary Red Guards", "the Ruritanian
    mercenary group Zenda", "Ruritania's Foreign Ministry". A bare demonym right before an organisation
    counts only for a state body ("Russian OSCE envoy" says nothing about the OSCE)."""
    text = doc_text(doc)
    named = actors.org_country(text[sp.start : sp.end])
    if named:
        return named
    cs = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if cs is None:
        return None
    return _org_words_before(doc, cs, sp, cover, text) or _org_appositive(cs, cover) or _based_in(cs, cover)


def state_described(doc: Doc, sp: Span) -> bool:
    """ "the state corporation, X", "the state-run broadcaster X": a word of ``STATE_DESCRIPTORS`` among the
    (at most three) lower-case words right before an organisation's name, a comma allowed before the name."""
    cs = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if cs is None:
        return False
    i = cs.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    first = i + 1
    while i >= 0 and first - i <= 5 and (doc[i].is_lower or doc[i].text == "-"):
        first = i
        i -= 1
    if first > cs.start - 1:
        return False
    words = doc[first : cs.start].text.replace(",", " ").split()[-3:]  # "state-run" is three tokens, one word
    return any(w in STATE_DESCRIPTORS for w in words)


def _based_in(cs, cover: dict[int, Span]) -> str | None:
    """ "the Lagos-based Civil Liberties Organisation", "a Ruritania-based rights group X": the country of the
    place an organisation is said to be based in (a city's country too: the city is where it sits)."""
    for tok in cs:
        for based in tok.children:
            if based.dep_ != "amod" or based.lower_ != "based" or based.i >= cs.start:
                continue
            for place in based.children:
                other = cover.get(place.i) if place.i < based.i else None
                if other is not None and other.label in ("GPE", "LOC") and other.country:
                    return other.country
    return None


def _org_appositive(cs, cover: dict[int, Span]) -> str | None:
    """ "Zenda, Ruritania's far-right party," / "Zenda, the Ruritanian rebel group,": an appositive noun the
    parse hangs on the organisation's name, with a country's possessive or a demonym of its own."""
    for tok in cs:
        for app in tok.children:
            if app.dep_ != "appos" or app.i < cs.end or app.pos_ not in ("NOUN", "PROPN"):
                continue
            for mod in app.children:
                other = cover.get(mod.i) if mod.i < app.i and mod.dep_ in ("poss", "amod", "compound") else None
                if other is not None and other.label in ("GPE", "NORP") and other.kind != "city" and other.country:
                    return other.country
    return None


def _org_words_before(doc: Doc, cs, sp: Span, cover: dict[int, Span], text: str) -> str | None:
    """The country in the words before an organisation's name (see ``org_country_in_text``)."""
    i, described = cs.start - 1, 0
    while i >= 0 and described < 3 and cover.get(i) is None:
        tok = doc[i]
        if tok.is_lower and tok.pos_ in ("ADJ", "NOUN") and tok.text not in _PHRASE_STOPS:
            described += 1
        elif tok.lower_ not in DETERMINERS:
            break
        i -= 1
    possessive = i >= 1 and doc[i].lower_ in _POSSESSIVES
    if possessive and not described and _modifies_next(cs):
        return None  # "Ruritania's EU membership": the country owns the membership, not the EU
    other = cover.get(i - 1 if possessive else i) if i >= 0 else None
    if other is None or other.label not in ("GPE", "NORP") or other.kind == "city":
        return None
    state_body = bool(set(name_tokens(text[sp.start : sp.end])) & STATE_WORDS)
    return other.country if possessive or described or state_body else None


def _modifies_next(cs: Span) -> bool:
    """The name only qualifies a noun after it ("the EU membership", "a NATO summit"): it heads no phrase."""
    last = cs[-1]
    return last.dep_ in ("compound", "nmod", "amod") and last.head.i >= cs.end and last.head.pos_ == "NOUN"


def role_key(role: str | None) -> frozenset[str]:
    """Comparable office words of a role ("Minister of Foreign Affairs" ~ "foreign minister")."""
    if not role:
        return frozenset()
    words = {w[:-1] if w.endswith("s") and w[:-1] in TITLE_WORDS else w for w in name_tokens(role)}
    return frozenset(w for w in words if w in TITLE_WORDS and w not in {"of", "the", "affairs"})


def shared_title_country(sp: Span, partner: Span) -> None:
    """ "the Ruritanian President A and Foreign Minister B": B's title is coordinated with A's, whose country
    came from a demonym or possessive before the list, so B shares it - when B holds another office than A
    ("Russian President A and President B" are two presidents of two countries)."""
    if sp.country or not sp.role or not is_office(sp.role.split()[-1]):
        return
    if partner.country_cue not in ("title", "shared") or not partner.country or not partner.role:
        return
    if role_key(partner.role) == role_key(sp.role):
        return
    sp.country, sp.country_cue = partner.country, "shared"


def _delegation_country(doc: Doc, i: int, cover: dict[int, Span]) -> str | None:
    """Country of the delegation word at token i: "the Ruritanian delegation", "Ruritania's delegation",
    "a delegation of/from Ruritania"."""
    j = i - 1
    while j >= 0 and doc[j].is_lower and doc[j].pos_ == "ADJ":
        j -= 1
    if j >= 1 and doc[j].lower_ in _POSSESSIVES:
        j -= 1
    country = _state_country(cover.get(j)) if j >= 0 else None
    if country is None and i + 2 < len(doc) and doc[i + 1].lower_ in ("of", "from"):
        k = i + 2 + (doc[i + 2].lower_ == "the")
        country = _state_country(cover.get(k)) if k < len(doc) else None
    return country


def delegation_countries(doc: Doc, spans: list[Span], cover: dict[int, Span]) -> None:
    """ "A Ruritanian delegation led by A and including B and C arrived": the people listed after a
    delegation with a country (after "led by", "headed by", "including", "comprising", a colon) share it,
    unless the text gives them their own. The list ends at the first verb outside the list words."""
    for sent in doc.sents:
        for tok in sent:
            if tok.lower_ not in DELEGATION_WORDS:
                continue
            country = _delegation_country(doc, tok.i, cover)
            if not country:
                continue
            listing = False
            for nxt in doc[tok.i + 1 : sent.end]:
                low = nxt.lower_
                if low in LIST_CUES or nxt.text == ":":
                    listing = True
                    continue
                if nxt.pos_ in ("VERB", "AUX"):
                    break
                person = cover.get(nxt.i)
                if listing and person is not None and person.label == "PERSON" and not person.country:
                    person.country, person.country_cue = country, "delegation"


# Prepositions that make a country a place or a goal, not whose the sentence's officials are.
_PLACE_PREPOSITIONS = {"in", "to", "into", "from", "at", "toward", "towards", "across", "inside", "within", "against"}


def _is_place_object(doc: Doc, country: Span) -> bool:
    """A country named as a place or goal: right after "in", "to", "from", ... or the conjunct of one
    ("grain shipments to Peru and Ghana")."""
    span = doc.char_span(country.outer_start, country.end, alignment_mode="expand")
    if span is None:
        return False
    if span.start > 0 and doc[span.start - 1].lower_ in _PLACE_PREPOSITIONS:
        return True
    tok = span.root
    for _ in range(3):
        if tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPOSITIONS:
            return True
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _outward(tok: Token) -> bool:
    """An agent who acts towards other states: an office holder, a diplomat, soldiers (sectors GOV, MIL)."""
    return is_office(tok.text) or agent_sector(tok.lower_) in OUTWARD_SECTORS


def _qualifies_someone(doc: Doc, country: Span, sp: Span) -> bool:
    """A country cue that qualifies another state's agent ("the senior Ruritanian diplomat", "a Ruritanian
    delegation", "Ruritanian troops"): such people deal with other states, so their country is not the
    sentence's. Domestic groups ("Ruritanian rebels", "a Ruritanian judge") leave it the sentence's."""
    span = doc.char_span(country.start, country.end, alignment_mode="expand")
    if span is None:
        return False
    for tok in doc[span.end : min(len(doc), span.end + 4)]:
        if sp.outer_start <= tok.idx < sp.end:
            return False
        if tok.lower_ in DELEGATION_WORDS or (_is_person_noun(tok) and _outward(tok)):
            return True
        if not (tok.lower_ in _POSSESSIVES or tok.pos_ == "ADJ" or tok.is_lower and tok.pos_ == "NOUN"):
            return False
    return False


def sentence_country(doc: Doc, sp: Span, cover: dict[int, Span]) -> str | None:
    """The one country a sentence names as a country name, a possessive, "of X" or a demonym (not as a place
    after "in", "to", "from", ...): a weak cue for a national office holder named without one ("Ruritania's
    army said that General X ..."). None when the sentence names none or several, or tells a state what it
    should do."""
    first = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if first is None:
        return None
    sent = first.sent
    found: set[str] = set()
    seen: set[int] = set()
    for tok in sent:
        other = cover.get(tok.i)
        if (
            other is None
            or id(other) in seen
            or other.label not in ("GPE", "NORP")
            or other.kind not in (None, "country")
        ):
            continue
        seen.add(id(other))
        if _told_to_act(doc, other):
            return None  # 'Ruritania should ...': the state addressed; the speaker is of another (not told which)
        if other.country and not _is_place_object(doc, other) and not _qualifies_someone(doc, other, sp):
            found.add(other.country)
    return next(iter(found)) if len(found) == 1 else None


def addressed_state(doc: Doc, sp: Span, cover: dict[int, Span]) -> str | None:
    """The one country the person's sentence tells what it should or must do ("India should ensure the arrest
    of those behind the attacks, X said"): the state addressed, so not the speaker's."""
    first = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if first is None:
        return None
    told = {o.country for t in first.sent if (o := cover.get(t.i)) is not None and o.label == "GPE" and o.country}
    told = {c for c in told if any(_told_to_act(doc, o) for o in _state_mentions(first.sent, cover, c))}
    return told.pop() if len(told) == 1 else None


def _state_mentions(sent, cover: dict[int, Span], country: str) -> list[Span]:  # noqa: ANN001 - a spaCy Span
    return list({id(o): o for t in sent if (o := cover.get(t.i)) is not None and o.country == country}.values())


def _told_to_act(doc: Doc, country: Span) -> bool:
    """A country that is the subject of a clause of what it should or must do ("Ruritania should punish those
    behind the attacks, X said"): the one addressed, not the speaker's state (as in ``speaker_home``)."""
    span = doc.char_span(country.start, country.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in SUBJECTS:
        return False
    return any(c.dep_ == "aux" and c.lower_ in DEMAND_MODALS for c in span.root.head.children)


def sentence_setting(doc: Doc, sp: Span, cover: dict[int, Span]) -> str | None:
    """The one country a sentence names by any country, demonym, region or town mention, places included ("in
    Arequipa"): where an organisation of one state's political life named without a country acts; for a
    sentence that names none, the article's so far, or its home country when the text so far names none or
    several, that one among them (``article_setting``). None when they name none or several."""
    first = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if first is None:
        return None
    sent = first.sent
    found = _countries_named(sent.start, sent.end, cover)
    if found:
        return found.pop() if len(found) == 1 else None
    home = home_country(doc_text(doc), _country_mentions(cover))  # ``article_setting``
    return setting_of(_countries_named(0, sent.start, cover), home)


def _country_mentions(cover: dict[int, Span]) -> list[tuple[int, str]]:
    """(start character, country) of each GPE, NORP and nominal-office mention of the article naming one."""
    spans = {id(o): o for o in cover.values() if o.label in ("GPE", "NORP", "ROLE") and o.country}
    return [(o.start, o.country) for o in spans.values()]


def _countries_named(start: int, end: int, cover: dict[int, Span]) -> set[str]:
    """Countries of the GPE and NORP mentions covering tokens ``start`` to ``end`` (read from ``cover``, not
    token by token: asked per sentence, of the whole article before it)."""
    found = {o.country for i, o in cover.items() if start <= i < end and o.label in ("GPE", "NORP")}
    found.discard(None)
    return found


def role_noun(doc: Doc, i: int, cover: dict[int, Span]) -> str | None:
    """The country of a common noun of the people named right after it, told by a country or demonym before it
    ("Russian agents A and B", "two Chinese nationals A", "the Kenyan rights activist A"): lower-case nouns and
    adjectives only between the two. The country is then the person's, as a title's would be; None otherwise."""
    tok = doc[i]
    if not (tok.is_lower and tok.pos_ == "NOUN" and tok.tag_ in ("NN", "NNS")):
        return None
    if tok.lower_ in ORG_WORDS | STATE_WORDS | NON_PERSON_NOUNS:
        return None  # 'the Italian football club Juventus' names no person
    for j in range(i - 1, max(doc[i].sent.start, i - 4) - 1, -1):
        other = cover.get(j)
        if other is not None:
            state = other.label in ("GPE", "NORP") and other.kind != "city"
            return other.country if state else None
        if not (doc[j].is_lower and doc[j].tag_ in ("NN", "NNS", "JJ")):
            return None
    return None
