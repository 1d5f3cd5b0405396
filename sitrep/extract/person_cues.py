"""Person cues inside one article: titles before names, untagged names speaking, names seen elsewhere in the
article, overlaps."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from sitrep.extract import actors, gazetteer
from sitrep.extract.doc_text import doc_text
from sitrep.extract.entity_names import (
    CORE_TITLES,
    NAME_PARTICLES,
    is_name_part_of,
    name_tokens,
)
from sitrep.extract.entity_vocab import (
    DETERMINERS,
    HONORIFICS,
    KEEP_LABELS,
    ORG_WORDS,
    PLACE_WORDS,
)
from sitrep.extract.mention_repair import peel_person
from sitrep.extract.mention_span import (
    Span,
    is_office,
    is_title_word,
    looks_like_place,
    person_shaped,
    token_at,
)
from sitrep.extract.quote_lexicon import VERB_KINDS, verb_lemma
from sitrep.extract.verb_index import verb_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: a town this large is read as the place, not as the surname of a person the article names (as
#: ``mention_repair._CITY_MIN_POP`` reads a lone name the model took for a person's)
SURNAME_TOWN_POP = 200_000


def _person_forms(text: str, spans: list[Span]) -> set[str]:
    """Surface forms that name a person in this article: full names and their surnames."""
    forms: set[str] = set()
    votes: Counter = Counter()
    titled: set[str] = set()  # one-word names a title or honorific stands before ("President Trump", "Mr Najib")
    for sp in spans:
        votes[(text[sp.start : sp.end], sp.label == "PERSON")] += 1
        before = re.search(r"([A-Za-z]+)\.?\s+$", text[max(0, sp.start - 24) : sp.start])
        if sp.label == "PERSON" and (sp.title_words or (before and _titles_name(before.group(1)))):
            titled.add(text[sp.start : sp.end])
    for sp in spans:
        if sp.label != "PERSON":
            continue
        surface = text[sp.start : sp.end]
        words = surface.split()
        if not _form_shaped(surface):
            continue
        if len(words) == 1 and votes[(surface, False)] > votes[(surface, True)] and surface not in titled:
            continue  # the model called it a person once, something else more often ("Brexit")
        forms.add(surface)
        last = words[-1]
        article = re.match(r"(?:al|el|ad|ash|as|an|at|ar|az)[-‐]([A-Z][\w’'-]{2,})$", last)
        if article:  # "el-Sisi" is also written "Sisi"
            forms.add(article.group(1))
        if len(words) > 1 and len(last) >= 3 and not is_title_word(last) and not _place_surname(last):
            forms.add(last)
        first = len(words) - 1
        while first > 1 and words[first - 1] in NAME_PARTICLES:
            first -= 1
        if first < len(words) - 1:  # "Leila de Lima" is also "de Lima", "De Lima" opening a sentence
            tail = " ".join(words[first:])
            forms |= {tail, tail[0].upper() + tail[1:]}
    return forms


def _form_shaped(surface: str) -> bool:
    """``person_shaped``, with the words that are small towns' names read as names ('Jose Torres')."""
    words = surface.split()
    towns = {w for w in words if looks_like_place(w) and not _place_surname(w)}
    if not towns:
        return person_shaped(surface)
    return (
        len(words) >= 2
        and len(towns) < len(words)
        and person_shaped(" ".join("Xx" if w in towns else w for w in words))
    )


def _place_surname(word: str) -> bool:
    """A surname that names a place the article's other uses of the word may well mean: a country, a people, a
    region, a capital or a city of SURNAME_TOWN_POP people or more ('Jordan', 'Houston', 'Lima'). A smaller town's
    name is the person's surname throughout ('Torres', 'Morales', 'Clinton'); the model's place mentions of the
    word keep their reading."""
    if not looks_like_place(word):
        return False
    city = actors.city_lookup(word, False)
    if city is None or gazetteer.country_iso3(word) or gazetteer.demonym_iso3(word) or gazetteer.capital_iso3(word):
        return True
    return bool(gazetteer.region_iso3(word)[0]) or (city.get("population") or 0) >= SURNAME_TOWN_POP


def _titles_name(word: str) -> bool:
    """A capitalised title or honorific right before a name ("President", "Mr", "Ms", "Gen")."""
    return word[:1].isupper() and (word.lower() in CORE_TITLES or word.lower() in HONORIFICS)


def _extend_left(doc: Doc, start: int) -> int:
    """Include capitalised first names right before a propagated surname ("Fidel" + "Castro")."""
    tok = token_at(doc, start)
    while tok is not None and tok.i > 0 and not tok.is_sent_start:
        prev = doc[tok.i - 1]
        if (
            prev.is_title
            and prev.tag_ == "NNP"
            and not is_title_word(prev.text)
            and prev.lower_ not in ORG_WORDS | PLACE_WORDS
            and not looks_like_place(prev.text)
            and prev.idx + len(prev.text) + 1 >= tok.idx
        ):
            start, tok = prev.idx, prev
        else:
            break
    return start


def title_cue(doc: Doc, spans: list[Span]) -> None:
    """A name the model called ORG/GPE/... right after a title is a person ("president, Miguel Díaz-Canel")."""
    text = doc_text(doc)
    for sp in spans:
        if sp.label == "PERSON" or sp.kind or sp.label == "NORP":
            continue
        surface = text[sp.start : sp.end]
        if not person_shaped(surface):
            continue
        cs = doc.char_span(sp.start, sp.end, alignment_mode="expand")
        if cs is None or cs.start == 0:
            continue
        i = cs.start - 1
        if doc[i].text == "," and i > 0:
            i -= 1
        low = doc[i].lower_.strip(".")
        if is_office(low) or low in CORE_TITLES or low in HONORIFICS:
            sp.label = "PERSON"
            continue
        j = cs.end  # right appositive: "Lena Ortiz, chair of the Andean Trade Commission"
        if j + 1 < len(doc) and doc[j].text == ",":
            k = j + 1 + (doc[j + 1].lower_ in DETERMINERS)
            if k < len(doc) and is_office(doc[k].lower_):
                sp.label = "PERSON"
                continue
        # coordinated with a person: "Presidents Ana Lind and Omar Haddad"
        if doc[cs.start - 1].lower_ == "and" and len(surface.split()) >= 2 and cs.start >= 2:
            prev = next(
                (
                    o
                    for o in spans
                    if o.end <= doc[cs.start - 2].idx + len(doc[cs.start - 2].text) and o.end >= doc[cs.start - 2].idx
                ),
                None,
            )
            if prev is not None and prev.label == "PERSON":
                sp.label = "PERSON"
                continue
        # ... or followed by one: "Ana Lind and Foreign Minister Omar Haddad"
        if j < len(doc) and doc[j].lower_ == "and" and len(surface.split()) >= 2:
            k = j + 1
            while k < len(doc) and (is_title_word(doc[k].text) or doc[k].lower_ in DETERMINERS):
                k += 1
            nxt = next((o for o in spans if k < len(doc) and o.start <= doc[k].idx < o.end), None)
            if nxt is not None and nxt.label == "PERSON":
                sp.label = "PERSON"


#: entity labels of the model that are no name of anyone ("Monday", "two", "5%")
NOT_NAME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


def speaker_cue(doc: Doc, spans: list[Span]) -> list[Span]:
    """A proper name the model left untagged as the subject of a verb of saying ("Okonjo told reporters",
    "“…,” said Varga") is a person: one to three capitalised proper-noun words of a person's shape, not a
    place, organisation word or news agency, and inside no other mention or date or number."""
    text = doc_text(doc)
    taken = sorted((sp.start, sp.end) for sp in spans)
    taken += [(e.start_char, e.end_char) for e in doc.ents if e.label_ in NOT_NAME_LABELS]
    added = []
    for tok in verb_tokens(doc):
        if VERB_KINDS.get(verb_lemma(tok.text, tok.lemma_) or "") != "say":
            continue
        for subj in (c for c in tok.children if c.dep_ == "nsubj" and c.tag_ == "NNP"):
            parts = [c for c in subj.children if c.dep_ == "compound" and c.tag_ == "NNP" and c.i < subj.i]
            first = min([subj, *parts], key=lambda t: t.i)
            if len(parts) != subj.i - first.i or len(parts) > 2 or any(c.dep_ == "det" for c in subj.children):
                continue  # the name's words must be one run before the head; "the President" is no name
            if any(is_title_word(t.text) for t in doc[first.i : subj.i + 1]):
                continue
            s, e = first.idx, subj.idx + len(subj.text)
            if any(ts < e and s < te for ts, te in taken) or not person_shaped(text[s:e]):
                continue
            added.append(Span(s, e, "PERSON"))
            taken.append((s, e))
    return sorted([*spans, *added], key=lambda sp: (sp.start, sp.end)) if added else spans


def propagate_persons(doc: Doc, spans: list[Span]) -> list[Span]:
    """Relabel or add mentions of person names already recognised elsewhere in the article."""
    text = doc_text(doc)
    forms = _person_forms(text, spans)
    if not forms:
        return spans
    _particle_surnames(text, spans, forms)
    for sp in spans:  # mislabelled spans: "Raisi/GPE", "Ebrahim Raisi/ORG", "Lavrov/ORG"
        if sp.label == "PERSON" or sp.kind:
            continue
        surface = text[sp.start : sp.end]
        if surface in forms:
            sp.label = "PERSON"
            continue
        if person_shaped(surface) and (
            surface.split()[-1] in forms  # "Recep Tayyip Erdoğan/ORG" next to "Erdoğan/PERSON"
            or any(is_name_part_of(name_tokens(surface), name_tokens(f), strict=True) for f in forms)
        ):
            sp.label = "PERSON"  # "Zelenskyi/GPE" next to "Volodymyr Zelensky/PERSON"
            continue
        for form in sorted(forms, key=lambda f: (-len(f), f)):
            if surface.endswith(" " + form) and " " in form:  # "International Relations Naledi Pandor"
                sp.start, sp.label = sp.end - len(form), "PERSON"
                peel_person(text, sp)
                break
    taken = sorted((sp.start, sp.end) for sp in spans)
    taken += [(e.start_char, e.end_char) for e in doc.ents if e.label_ not in KEEP_LABELS]  # "May" (DATE)
    pattern = re.compile(
        r"(?<![\w\-’'])(?:" + "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f))) + r")(?![\w\-])"
    )
    added = []
    for m in pattern.finditer(text):
        s, e = m.start(), m.end()
        if any(ts < e and s < te for ts, te in taken):
            continue
        nxt = re.match(r"\s+([A-Z]\w+)", text[e : e + 30])
        if nxt and not is_title_word(nxt.group(1)) and nxt.group(1) not in ("The", "I"):
            continue  # part of a longer name we cannot delimit ("Putin Foundation")
        s = _extend_left(doc, s)
        if any(ts < e and s < te for ts, te in taken):
            continue
        added.append(Span(s, e, "PERSON"))
        taken.append((s, e))
    return spans + added


def _particle_surnames(text: str, spans: list[Span], forms: set[str]) -> None:
    """A place the model read in a surname that particles open ("Lima" of "de Lima's arrest", after "Leila de
    Lima") is the person's name, when the particles and the word are a person form of the article."""
    particled = {f for f in forms if " " in f and f.split()[0].lower() in NAME_PARTICLES}
    if not particled:
        return
    for sp in spans:
        if sp.label == "PERSON":
            continue
        for form in particled:
            head = form[: len(form) - (sp.end - sp.start)]
            if form.endswith(text[sp.start : sp.end]) and head.endswith(" ") and text[: sp.start].endswith(head):
                sp.start = sp.outer_start = sp.start - len(head)
                sp.label, sp.kind, sp.country, sp.geonameid = "PERSON", None, None, None
                break


def dedupe(spans: list[Span], text: str) -> list[Span]:
    """Sorted, non-overlapping spans (the longer one wins an overlap); a person name the model cut in two
    ("Lázaro Alberto" + "Álvarez Casas", separated by one space) is joined again."""
    chosen: list[Span] = []
    for sp in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if chosen and sp.start < chosen[-1].end:
            if sp.end - sp.start > chosen[-1].end - chosen[-1].start:
                chosen[-1] = sp
            continue
        prev = chosen[-1] if chosen else None
        if (
            prev is not None
            and prev.label == sp.label == "PERSON"
            and text[prev.end : sp.outer_start] == " "
            and not sp.title_words
        ):
            prev.end = sp.end
            prev.country = prev.country or sp.country
            continue
        chosen.append(sp)
    return chosen
