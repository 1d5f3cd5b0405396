"""Actor context: the role and country of persons and organisations from titles, possessives, appositives."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sitrep.extract import actors
from sitrep.extract.actor_cues import (
    addressed_state,
    affiliation_appositive,
    appositive_before,
    delegation_countries,
    org_country_in_text,
    phrase_before,
    plural_appositive,
    relative_state,
    role_noun,
    sentence_country,
    sentence_setting,
    shared_title_country,
    state_described,
)
from sitrep.extract.affiliated_sources import appositive_org
from sitrep.extract.appositive_states import appositive_state
from sitrep.extract.backer_compounds import backer_participle
from sitrep.extract.body_states import body_state
from sitrep.extract.citizen_cues import citizenship
from sitrep.extract.doc_text import doc_text
from sitrep.extract.entity_names import (
    TITLE_WORDS,
)
from sitrep.extract.entity_vocab import (
    DETERMINERS,
    GENERIC_QUALIFIERS,
    OFFICE_HEADS,
    SPOUSE,
    TITLE_BODIES,
)
from sitrep.extract.generic_bodies import article_countries, article_home, body_country, generic_body
from sitrep.extract.mention_span import (
    Span,
    covering,
    is_office,
    is_title_word,
    span_country,
)
from sitrep.extract.portfolio_titles import paired_place_start
from sitrep.extract.postings import posted_for
from sitrep.extract.speaker_home import reported_state

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass
class LeftCue:
    """What the words right before a name say: title words, a country, the organisation named in the title
    ("RSF leader X"), and the person the title run is coordinated with ("President A and Foreign Minister B")."""

    words: list[str] = field(default_factory=list)
    country: str | None = None
    org: Span | None = None
    partner: Span | None = None
    body: str | None = None  # a state body named in lower case in the title ("ministry spokesman X")
    group: bool = False  # a plural role noun names the people listed after it ("Russian agents A and B")
    posting: str | None = None  # the state an envoy is posted to or for ("envoy for Syria X"): not X's


def _left_context(doc: Doc, sp: Span, cover: dict[int, Span]) -> LeftCue:
    """Title words and country right before a name ("Russian Interior Minister", "Cuba's President")."""
    text = doc_text(doc)
    cue = LeftCue()
    first = doc.char_span(sp.outer_start, sp.end, alignment_mode="expand")
    if first is None:
        return cue
    i, steps, body = first.start - 1, 0, 0
    sent_start = first.sent.start
    while i >= sent_start and steps < 10 and not backer_participle(doc, i):  # "the Saudi-backed ... President X"
        tok = doc[i]
        other = cover.get(i)
        low = tok.lower_.strip(".")
        if other is not None and other is not sp:
            first_tok = doc.char_span(other.outer_start, other.end, alignment_mode="expand")
            passed = _passed_place(doc, other, first_tok, cover, cue)
            if passed is not None:
                i, steps = passed, steps + 1
                continue
            if not _take_span(cue, other, text):
                break
            i = (first_tok.start if first_tok is not None else i) - 1
            steps += 1
            continue
        if low in ("'s", "’s", "'", "’", "ʼs") or (tok.text == "." and i > 0 and is_title_word(doc[i - 1].text)):
            i -= 1  # a possessive, or the full stop the tokenizer split from an abbreviated title ("Col" ".")
            continue
        if is_title_word(tok.text) or low in ("of", "-"):
            cue.words.insert(0, tok.text)
        elif (
            low in DETERMINERS or (tok.tag_ in ("JJ", "VBN") and tok.is_lower) or _role_word(doc, i, cover, cue, steps)
        ):
            pass
        elif (
            tok.text == ","
            and i > 0
            and phrase_before(doc, i) is not None  # not "After meeting the envoy, X"
            and (is_title_word(doc[i - 1].text) or (cover.get(i - 1) is not None and cover[i - 1].label == "ORG"))
        ):
            pass  # "his Ruritanian counterpart, Ana Lind"
        elif _plural_demonym_list(doc, i, cover, cue) or (
            tok.is_title and i > 0 and actors.regional_demonym(f"{doc[i - 1].text} {tok.text}")
        ):
            break  # "two Kenyans, A and B": the demonym is the whole list's; 'the South American leader X': none
        elif tok.is_title and actors.demonym_iso3(tok.text):
            cue.country = cue.country or actors.demonym_iso3(tok.text)
        elif _in_title_body(tok, body):
            cue.body = cue.body or (low if tok.is_lower or tok.is_sent_start else None)
            body += 1  # "the Ruritanian army spokesman X", "Ruritanian Northern Command spokesman X"
        else:
            if low in ("and", ",") and i > 0 and cover.get(i - 1) is not None and cover[i - 1].label == "PERSON":
                cue.partner = cover[i - 1]
            break
        i -= 1
        steps += 1
    while cue.words and cue.words[0].lower() in ("of", "-"):
        cue.words.pop(0)
    return cue


def _plural_demonym_list(doc: Doc, i: int, cover: dict[int, Span], cue: LeftCue) -> bool:
    """ "two Kenyans, A and B": a comma right after a plural demonym of one state (not the object of a verb or a
    preposition) sets off the people it names; its country is theirs, the whole list's."""
    other = cover.get(i - 1) if doc[i].text == "," and i > 0 else None
    if other is None or other.label != "NORP" or not other.country or doc[i - 1].tag_ not in ("NNS", "NNPS"):
        return False
    name = doc[i + 1 : i + 4].root if i + 1 < len(doc) else None
    apposed = name is not None and name.dep_ in ("appos", "conj") and name.head.i == i - 1
    if not apposed and (phrase_before(doc, i) is None or doc[i - 1].dep_ in ("dobj", "pobj", "dative")):
        return False  # the object of a verb is no such demonym, unless the names stand in apposition to it
    cue.country, cue.group = cue.country or other.country, True
    return True


def _role_word(doc: Doc, i: int, cover: dict[int, Span], cue: LeftCue, steps: int) -> bool:
    """A common noun right before the name, of the people named after it, with a country before it ("Russian
    agents X", "the Kenyan rights activist X"; ``actor_cues.role_noun``): the country is the person's, and a
    plural noun names the whole list after it. A noun further left is no such cue ("the Peruvian vale spokesman
    X": a body outside the title list stops the title)."""
    country = role_noun(doc, i, cover) if steps == 0 else None
    if country is None:
        return False
    cue.country = cue.country or country
    cue.group = doc[i].tag_ == "NNS"
    return True


def _posting(doc: Doc, other: Span, first_tok) -> bool:  # noqa: ANN001 - a spaCy Span or None
    """A place named as an envoy's posting inside a title: "ambassador to Peru", "envoy in Moscow", "envoy for
    Syria"."""
    if other.label != "GPE" or first_tok is None or first_tok.start < 2:
        return False
    if posted_for(doc, first_tok.start):  # "UN Special Envoy for Syria X"
        return True
    return doc[first_tok.start - 1].lower_ in ("to", "in") and is_title_word(doc[first_tok.start - 2].text)


def _passed_place(doc: Doc, other: Span, first_tok, cover: dict[int, Span], cue: LeftCue) -> int | None:  # noqa: ANN001
    """The token before a place the title walk passes without taking its country, else None: an envoy's posting
    ("ambassador to Peru X": where the envoy serves, noted in ``cue.posting``), or a pair of places a post covers
    ("its Peru and Chile director X": ``portfolio_titles``)."""
    if _posting(doc, other, first_tok):
        cue.posting = cue.posting or (other.country if doc[first_tok.start - 1].lower_ != "in" else None)
        return first_tok.start - 2
    if other.label != "GPE" or first_tok is None:
        return None
    pair = paired_place_start(doc, first_tok.start, cover, cue.words)
    return pair - 1 if pair is not None else None


def _take_span(cue: LeftCue, other: Span, text: str) -> bool:
    """Read a mention inside the title run into ``cue`` (its country, an organisation's name); False when the
    run stops at it (a person, or a place of no country)."""
    if other.label == "PERSON":
        return False
    c = span_country(other, text)
    if other.label in ("GPE", "NORP") and not c:
        return False
    cue.country = cue.country or c
    if other.label == "ORG":
        cue.words.insert(0, text[other.start : other.end])
        cue.org = cue.org or other
    return True


def _in_title_body(tok, body: int) -> bool:
    """A word of a state body named inside a title (``TITLE_BODIES``: "army", "Command"), or one of at most two
    capitalised words of an untagged body's name before such a word ("Northern" of "Northern Command")."""
    if tok.lower_ in TITLE_BODIES:
        return True
    return 0 < body < 3 and tok.is_title and tok.tag_ == "NNP" and not is_title_word(tok.text)


def _body_antecedent(doc: Doc, sp: Span, spans: list[Span], body: str) -> None:
    """ "Ruritania's Foreign Ministry said ... ministry spokesman X": a state body named in lower case in a
    title, with no country of its own, is the last organisation before it whose name ends in that word; its
    country (or, left to the corpus, the organisation itself) is the person's. With no such organisation, the
    country of the last "<country> <body>" phrase before it ("the US embassy ... embassy staffer X")."""
    text = doc_text(doc)
    for other in sorted((o for o in spans if o.label == "ORG" and o.end <= sp.outer_start), key=lambda o: -o.start):
        words = text[other.start : other.end].lower().split()
        if words and words[-1] in (body, body + "s"):
            if other.country:
                sp.country, sp.country_cue = other.country, "body"
            else:
                sp.affiliation = other
            return
    country = body_state(doc, sp.outer_start, body, covering(spans, doc))  # "the US embassy ... embassy staffer X"
    if country:
        sp.country, sp.country_cue = country, "body"


def _appositive(doc: Doc, sp: Span, cover: dict[int, Span]) -> tuple[str | None, str | None]:
    """Role and country from ", the Russian Security Council secretary," after a name."""
    text = doc_text(doc)
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None:
        return None, None
    sent_end = span.sent.end
    j = span.end
    if j >= sent_end - 1 or doc[j].text != ",":
        return None, None
    k = j + 1
    if k + 2 < sent_end and doc[k].like_num and doc[k + 1].text == ",":  # "X, 35, a Kenyan activist,": past the age
        j, k = k + 1, k + 2
    first = doc[k]
    starts_ok = (
        first.lower_ in DETERMINERS
        or is_title_word(first.text)
        or (cover.get(k) is not None and cover[k].label in ("GPE", "NORP", "ORG"))
        or bool(first.is_title and actors.demonym_iso3(first.text))
    )
    if not starts_ok:
        return None, None
    toks = []
    while k < sent_end and k - j <= 12 and doc[k].text not in {",", ";", "(", ")", "—", "–", ".", "\n"}:
        if doc[k].pos_ in ("VERB", "AUX"):  # ', a lawmaker who works for the Ruritanian government'
            return None, relative_state(doc, doc[k], cover)
        if cover.get(k) is not None and cover[k].label == "PERSON":
            return None, None
        toks.append(doc[k])
        k += 1
    if not toks or not any(is_office(t.lower_) for t in toks):
        found = citizenship(doc, toks, cover) or affiliation_appositive(doc, toks, cover)
        return None, found or appositive_state(doc, toks, cover)
    country = None
    for t in toks:
        other = cover.get(t.i)
        c = span_country(other, text) if other is not None else None
        if c is None and t.is_title and other is None:
            c = actors.demonym_iso3(t.text)
        if c:
            country = c
            break
    while toks and toks[0].lower_ in DETERMINERS:
        toks.pop(0)
    role = text[toks[0].idx : toks[-1].idx + len(toks[-1].text)] if toks else None
    return role, country


def _spouse_country(doc: Doc, sp: Span, spans: list[Span]) -> str | None:
    """ "Maduro ... and his wife, Cilia Flores": a spouse named right after a person shares their country."""
    first = doc.char_span(sp.outer_start, sp.end, alignment_mode="expand")
    if first is None:
        return None
    lo = max(first.sent.start, first.start - 8)
    for i in range(first.start - 1, lo - 1, -1):
        if doc[i].lower_ in SPOUSE and i > 0 and doc[i - 1].lower_ in ("his", "her"):
            before = [
                o for o in spans if o.label == "PERSON" and o.end <= doc[i].idx and o.start >= first.sent.start_char
            ]
            return before[-1].country if before else None
    return None


def _person_context(doc: Doc, sp: Span, spans: list[Span], cover: dict[int, Span]) -> LeftCue:
    """Role, title and country of a person from the words around the name; returns the left cue."""
    cue = _left_context(doc, sp, cover)
    words = cue.words + sp.title_words
    if any(is_office(w) for w in words):
        sp.role = re.sub(r"\s*-\s*", "-", " ".join(words))  # "Secretary - General" -> "Secretary-General"
    if not sp.title_words:  # titles the model left outside the name: "Gen." + "Nikolai Patrushev"
        run = []
        for w in reversed(words):
            if not is_title_word(w):
                break
            run.insert(0, w)
        sp.title_words = run
    if sp.country is None and cue.country:
        sp.country, sp.country_cue = cue.country, "title"
    role, country = _appositive(doc, sp, cover)
    sp.role = sp.role or role
    if country and sp.country_cue == "title" and not words:
        sp.country = None  # a bare place glued before the name (a headline run on) yields to the appositive
    sp.country = sp.country or country or _spouse_country(doc, sp, spans) or appositive_before(doc, sp, cover)
    if cue.org is not None and cue.org.label == "ORG":
        sp.affiliation = cue.org
    elif sp.country is None and cue.body:
        _body_antecedent(doc, sp, spans, cue.body)
    sp.voice = appositive_org(doc, sp, cover)  # ', emergencies director at X'
    if sp.country is None and actors.is_national_office(sp.role):
        sp.context_country = sentence_country(doc, sp, cover)
    if sp.country is None and sp.context_country is None:
        sp.context_country = reported_state(doc, sp, cover)  # 'Ruritania will not retaliate, X said'
    if sp.country is None:  # 'Ruritania should ..., X said', 'envoy for Ruritania X': X is of another state
        sp.addressed = sp.addressed or addressed_state(doc, sp, cover) or cue.posting
    return cue


def attribute(doc: Doc, spans: list[Span]) -> None:
    """Fill role and country of persons and organisations from titles, appositives and neighbours; then
    the cues that span several names: one country cue shared by a coordinated list of titles, and a
    delegation's country given to the people listed after it."""
    cover = covering(spans, doc)
    partners: list[tuple[Span, Span]] = []
    grouped: set[int] = set()
    named_all: set[str] | None = None  # the countries the article names, read once when a generic body needs them
    home: str | None = None  # and its home country
    for sp in spans:
        if sp.label == "PERSON":
            cue = _person_context(doc, sp, spans, cover)
            if (cue.group and cue.country) or (sp.country and plural_appositive(doc, sp)):
                grouped.add(id(sp))  # "Russian agents A and B", "two Russian officers, A and B"
            if cue.partner is not None:
                partners.append((sp, cue.partner))
        elif sp.label == "ORG":
            named = sp.country if sp.country_cue == "name" else None  # a demonym inside the name
            sp.country = org_country_in_text(doc, sp, cover) or named
            if sp.country is None:  # a weak cue: common-phrase dictionary names, bodies of one state's politics
                sp.context_country = sentence_setting(doc, sp, cover)
                sp.state_body = state_described(doc, sp)
                name = doc_text(doc)[sp.start : sp.end]
                if generic_body(name):  # "the Senate": its story's (generic_bodies)
                    if named_all is None:
                        named_all, home = article_countries(spans), article_home(doc_text(doc), spans)
                    sp.country = body_country(name, home, named_all)
    for sp, partner in partners:
        shared_title_country(sp, partner)
        if sp.country is None and not sp.title_words and id(partner) in grouped:
            sp.country, sp.country_cue = partner.country, "shared"  # "Russian agents A and B": B too
    delegation_countries(doc, spans, cover)


def nominal_roles(doc: Doc, spans: list[Span]) -> list[Span]:
    """Unnamed office-holders as person mentions: "Russia's foreign minister", "the Cuban president".

    Only a country or demonym followed by title words ending in a specific office, and not followed by a
    name (then the words are that person's title, already read by ``attribute``). The country mention
    inside becomes part of the role mention."""
    text = doc_text(doc)
    out, drop = [], set()
    for n, sp in enumerate(spans):
        if not (sp.label in ("GPE", "NORP") and sp.country and sp.kind != "city"):
            continue
        cs = doc.char_span(sp.start, sp.end, alignment_mode="expand")
        if cs is None:
            continue
        i = cs.end
        if sp.label == "GPE":
            if i >= len(doc) or doc[i].lower_ not in ("'s", "’s", "ʼs"):
                continue
            i += 1
        elif cs.start == 0 or doc[cs.start - 1].lower_ != "the":
            continue
        j = i
        while j < len(doc) and doc[j].lower_.strip(".") in TITLE_WORDS and doc[j].lower_ not in GENERIC_QUALIFIERS:
            j += 1
        if j == i or doc[j - 1].lower_ not in OFFICE_HEADS:
            continue
        if j < len(doc) and (doc[j].is_title or doc[j].lower_ in ("'s", "’s")) and doc[j].tag_ == "NNP":
            continue  # "Russia's Foreign Minister Sergey Lavrov": a title, not an unnamed person
        if (
            j + 1 < len(doc)
            and doc[j].text == ","
            and any(o.label == "PERSON" and o.outer_start <= doc[j + 1].idx < o.end for o in spans)
        ):
            continue  # "Ruritania's foreign minister, Tomas Berg, ..."
        if any(o.start < doc[j - 1].idx + len(doc[j - 1].text) and o.end > doc[i].idx for o in spans if o is not sp):
            continue
        start = sp.start if sp.label == "GPE" else doc[cs.start - 1].idx
        end = doc[j - 1].idx + len(doc[j - 1].text)
        role = text[doc[i].idx : end]
        out.append(Span(start, end, "ROLE", kind="role", country=sp.country, role=role, model_label=sp.label))
        drop.add(n)
    if not out:
        return spans
    return sorted([sp for n, sp in enumerate(spans) if n not in drop] + out, key=lambda s: s.start)
