"""The country of a group actor whose own phrase names none ('police', 'demonstrators'): the one country its
sentence names (by name, demonym, capital or a city the gazetteer places), when the text ties that country to
the group - a domestic happening.

A sentence that names no country is set in the one country the article has named so far, else in the article's
home country when the text so far names none or several, that one among them (``article_setting``); a group the
sentence's countries leave open as the other side's ('protesters burned Ruritanian flags') takes the home
country when no party on the other side is of it. The text does not
tie it when the only mentions giving that country belong to a party on the other side of
the event ('gunmen attacked Ruritanian soldiers': the gunmen are not thereby Ruritanian; 'Ruritanian
drones struck the port, killing three civilians': the civilians are not either) - unless that party is a
state's domestic authority (police, government, courts, legislators), which acts on its own people
('Ruritanian police detained demonstrators'). A group whose phrase names a region of several states ('West
African leaders') has no one country and takes none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import places, quote_lexicon
from sitrep.extract.actor_dictionary import stem_sector
from sitrep.extract.article_setting import home_country, setting_of
from sitrep.extract.continued_states import continued_state
from sitrep.extract.described_places import described_party
from sitrep.extract.doc_text import doc_text
from sitrep.extract.ethnic_groups import ethnic_token
from sitrep.extract.event_arg_groups import (
    country_cue,
    group_of,
    hyphen_modifier,
    np_tokens,
    regional_cue,
)
from sitrep.extract.event_arg_words import ARRIVAL_VERBS, LOCATIVE_PREPS
from sitrep.extract.event_context import EventContext
from sitrep.extract.event_missions import mission_states

if TYPE_CHECKING:
    from spacy.tokens import Span

#: groups that act on their own state's people: a country tied to them is the other side's country too
DOMESTIC_AUTHORITIES = {"police", "government", "judiciary", "legislators"}
_OPPOSITE = {"source": "target", "target": "source"}
#: nouns of a line between two states: the country named as their owner is one side only
BORDER_NOUNS = {"border", "frontier", "boundary"}
#: a state's own groups, and the groups that rise against their own state: facing one of a country, an open
#: state group is that country's ('Sudanese rebels shot down a government plane')
STATE_OWN_GROUPS = DOMESTIC_AUTHORITIES | {"military"}
RISING_GROUPS = {"rebels", "protesters", "opposition", "militants"}
#: groups of a state's forces: an unnamed one whose act a state's body reports ('troops shelled the camp, the
#: Ruritanian defence ministry said') is that state's
FORCE_GROUPS = {"military", "police"}
#: Phoenix sectors of a state's forces' bodies (army, defence ministry, police): they report their own forces'
#: acts (a government or a foreign ministry may report another state's)
#: labels of names in a body's phrase that are no part of its role words ("Ruritania's defence ministry")
NAME_LABELS = {"GPE", "NORP", "PERSON", "LOC"}
FORCE_SECTORS = {"MIL", "GOVMIL", "COP", "GOVCOP"}
#: groups of officials whose journey's destination is not their country ('the foreign minister flew to Paris'),
#: the prepositions of a destination, and those of the place an arrival verb reaches ('arrived in Tokyo')
TRAVELLING_GROUPS = {"government", "legislators"}
DESTINATION_PREPS = {"to", "into"}
ARRIVAL_PREPS = {"in", "at"}
#: the gazetteer's kind of a region of one country ('the Niger Delta', 'Darfur')
REGION = "region"
#: prepositions that aim an act at a state rather than place it there ('fired rockets at Ruritania')
AIMED_PREPS = {"at"}
#: keys of this module's per-article answers in ``EventContext.memo``
_GIVERS, _HOME = "domestic_groups.givers", "domestic_groups.home"


def _hyphen_named(ctx: EventContext, m: dict) -> bool:
    """A mention written as a backer or a period ('Tehran-backed', 'Brezhnev-era'): ``hyphen_modifier``."""
    span = ctx.doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")
    return span is not None and hyphen_modifier(span[-1])


def _minority(ctx: EventContext, m: dict) -> bool:
    """An ethnic minority's demonym ('ethnic Ruritanians'): it names no state (``ethnic_groups``)."""
    span = ctx.doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")
    return span is not None and ethnic_token(span.root)


def _border_of(ctx: EventContext, m: dict) -> bool:
    """A country written as the owner of a border ('near the Iraqi border', 'Ruritania's border with X', 'the
    border with X'): a border has two sides, so it does not say whose the group at it is."""
    span = ctx.doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "with":  # 'near the border with X'
        root = root.head
    return root.dep_ in {"amod", "poss", "compound", "prep"} and (
        (root.head.lemma_ or root.head.lower_).lower() in BORDER_NOUNS
    )


def _mention_country(m: dict) -> str | None:
    """The country a place or people mention names: a country, its people, its capital, a city the gazetteer
    places, or a region of one country ('the Niger Delta', 'Darfur')."""
    iso3 = places.country_iso3(m["surface"]) or places.demonym_iso3(m["surface"])
    iso3 = iso3 or places.capital_iso3(m["surface"])
    if not iso3 and m["label"] == "GPE":
        iso3 = places.place_country(m["surface"]) or (m.get("country_iso3") if m.get("kind") == REGION else None)
    return iso3


def _sentence_countries(ctx: EventContext, sent: Span) -> dict[str, list[dict]]:
    """Country -> the sentence's place and people mentions that give it; for a sentence that names none, the
    article's so far ('Protests spread across Ruritania. The government imposed a curfew.'), or the article's
    home country when the text so far names none or several, that one among them (``article_setting``)."""
    own = _countries_between(ctx, sent.start_char, sent.end_char)
    if own:
        return own
    so_far = _countries_between(ctx, 0, sent.start_char)
    iso3 = setting_of(set(so_far), _home(ctx))
    return {iso3: so_far.get(iso3) or _countries_between(ctx, 0, len(doc_text(ctx.doc)))[iso3]} if iso3 else so_far


def _countries_between(ctx: EventContext, start: int, end: int) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for m, iso3 in _country_givers(ctx):
        if start <= m["start_char"] < end:
            found.setdefault(iso3, []).append(m)
    return found


def _country_givers(ctx: EventContext) -> list[tuple[dict, str]]:
    """The article's mentions that give a country, with it, in mention order: judged once per article (each
    sentence and group asks again, and a judgment reads the mention's parse)."""
    givers = ctx.memo.get(_GIVERS)
    if givers is None:
        givers = ctx.memo[_GIVERS] = [(m, iso3) for m in ctx.mentions for iso3 in [_country_given(ctx, m)] if iso3]
    return givers


def _country_given(ctx: EventContext, m: dict) -> str | None:
    if m["label"] == "ROLE" and m.get("country_iso3"):  # an unnamed office holder: "Ruritania's president"
        return m["country_iso3"]
    if m["label"] in {"GPE", "NORP"}:
        if _hyphen_named(ctx, m) or _border_of(ctx, m) or _minority(ctx, m):
            return None  # 'Tehran-backed militias' are not Iran's; 'near the Iraqi border' is on both sides
        return _mention_country(m)
    return None


def _one_country(found: dict[str, list[dict]], sent: Span, parts: list[dict]) -> str | None:
    countries = set(found)
    abroad = countries - mission_states(sent)  # 'outside the French embassy': the protesters are not French
    countries = abroad or countries
    if len(countries) > 1:  # 'insurgents ambushed a U.S. patrol in Falluja': the group is not the named party's
        # (nor a group's whose own phrase gives its country: 'Kenyan troops attacked rebels in Somalia')
        others = countries - {p["mention"].get("country_iso3") for p in parts if _own_country(p["mention"])}
        countries = others if len(others) == 1 else countries
    return countries.pop() if len(countries) == 1 else None


def _own_country(m: dict) -> bool:
    """A party with a country of its own: a named actor, or a group of people whose phrase gives its country
    ('Kenyan troops'); not the place an act was aimed at ('ambushed a patrol in Falluja'), nor a domestic
    authority, whose country is its own people's too."""
    if not m.get("group"):
        return True
    return (
        bool(m.get("country_iso3")) and m.get("label") not in {"GPE", "LOC"} and m["group"] not in DOMESTIC_AUTHORITIES
    )


def _party_span(m: dict) -> tuple[int, int]:
    return m.get("phrase_start", m["start_char"]), m["end_char"]


def _authority(ctx: EventContext, m: dict) -> bool:
    """A domestic authority: a group such as police, or a state written by the demonym on such a noun
    ('Ruritanian authorities', 'Ruritanian police')."""
    if m.get("group"):
        return m["group"] in DOMESTIC_AUTHORITIES
    span = ctx.doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")
    head = span.root.head if span is not None else None
    found = group_of(head) if head is not None and head.pos_ == "NOUN" and head.i >= span.end else None
    return bool(found) and found[0] in DOMESTIC_AUTHORITIES


def _other_sides(ctx: EventContext, parts: list[dict], role: str) -> list[tuple[int, int]]:
    """Where the parties on the other side of the event from ``role`` are written (not domestic authorities)."""
    other = _OPPOSITE.get(role)
    return [_party_span(p["mention"]) for p in parts if p["role"] == other and not _authority(ctx, p["mention"])]


def _state_named(m: dict) -> bool:
    """The mention names the state itself (a country, its people, its capital), not a town where it happened."""
    text = m["surface"]
    return bool(places.country_iso3(text) or places.demonym_iso3(text) or places.capital_iso3(text))


def _where(ctx: EventContext, m: dict) -> bool:
    """The mention is the object of a place preposition ('a state of siege in Ruritania'): where it happened; a
    country is not where an act aimed 'at' it happened ('militants fired rockets at Ruritania': they are not its)."""
    span = ctx.doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    preps = LOCATIVE_PREPS - {"to", "into", "from"} - (AIMED_PREPS if places.country_iso3(m["surface"]) else set())
    return root.dep_ == "pobj" and root.head.lower_ in preps


def _destination(ctx: EventContext, m: dict) -> bool:
    """The mention is where a journey goes ('flew to Paris', 'arrived in Tokyo', 'visited Hanoi'): an official
    travelling there is a visitor, not of that country."""
    span = ctx.doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    verb = root.head.head if root.dep_ == "pobj" else root.head
    if verb.pos_ != "VERB":
        return False
    arrival = (verb.lemma_ or verb.lower_).lower() in ARRIVAL_VERBS
    if root.dep_ == "pobj":
        return root.head.lower_ in DESTINATION_PREPS or (arrival and root.head.lower_ in ARRIVAL_PREPS)
    return arrival and root.dep_ == "dobj"


def _tied(ctx: EventContext, givers: list[dict], role: str, parts: list[dict], part: dict | None = None) -> bool:
    """Some mention giving the country is a town or country where it happened, or is not written as (or
    inside) a party on the other side ('ambushed a patrol in Falluja' is where the insurgents were too). The
    destination of a journey does not tie the officials who make it ('the foreign minister flew to Paris')."""
    spans = _other_sides(ctx, parts, role)
    if part is not None and role == "source" and part["mention"].get("group") in TRAVELLING_GROUPS:
        givers = [m for m in givers if not _destination(ctx, m)]
    givers = [m for m in givers if not _describes_other_side(ctx, m, spans)]
    return any(
        not _state_named(m) or _where(ctx, m) or not any(lo <= m["start_char"] < hi for lo, hi in spans) for m in givers
    )


def _describes_other_side(ctx: EventContext, m: dict, spans: list[tuple[int, int]]) -> bool:
    """The mention lies in what a relative clause says of a party on the other side ('militants who are based in
    X killed five policemen'): where that party lives or came from, not the country of this side."""
    span = ctx.doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")
    party = described_party(span.root) if span is not None else None
    return party is not None and any(lo <= party.idx < hi for lo, hi in spans)


def _open(m: dict) -> bool:
    return bool(m.get("group")) and not m.get("country_iso3") and not m.get("regional")


def domestic_groups(ctx: EventContext, sent: Span, parts: list[dict]) -> list[dict]:
    """``parts`` with each open group actor given the country the text ties to it (see module doc)."""
    if not any(_open(p["mention"]) for p in parts):
        return parts
    parts = [_reported_by(ctx, _named_again(ctx, sent, p, parts)) for p in parts]
    if not any(_open(p["mention"]) for p in parts):
        return parts
    found = _sentence_countries(ctx, sent)
    iso3 = _one_country(found, sent, parts)
    if iso3 is None:
        parts = [_authority_country(ctx, p, parts) for p in parts]
    else:
        home = _home(ctx)
        parts = [
            {**p, "mention": {**p["mention"], "country_iso3": _tied_country(ctx, iso3, home, found[iso3], p, parts)}}
            if _open(p["mention"]) and _tied(ctx, found[iso3], p["role"], parts, p)
            else p
            for p in parts
        ]
    parts = [_rebels_state(p, parts) for p in parts]
    parts = [continued_state(ctx, sent, p, parts) for p in parts]  # 'The government also ...': the last subject's
    return [_home_group(ctx, p, parts) for p in parts]


def _rebels_state(part: dict, parts: list[dict]) -> dict:
    """An open state group (government, troops, police) facing rebels, protesters or an opposition of one known
    country ('Sudanese rebels shot down a government plane', 'Afghan insurgents ambushed army troops'): that
    country's, the state they rise against."""
    m = part["mention"]
    if not _open(m) or m["group"] not in STATE_OWN_GROUPS:
        return part
    other = _OPPOSITE.get(part["role"])
    found = {p["mention"].get("country_iso3") for p in parts if p["role"] == other and _rising(p["mention"])}
    if len(found) != 1 or None in found:
        return part
    return {**part, "mention": {**m, "country_iso3": found.pop()}}


def _rising(m: dict) -> bool:
    """Rebels, protesters or an opposition whose own words name their country ('Sudanese rebels'), not a place
    said of them ('militants who are based in Ruritania': their base is no state they rise against)."""
    if not m.get("group") or m["group"] not in RISING_GROUPS or m.get("regional"):
        return False
    own = {places.country_cue(w) for w in (m.get("phrase") or m["surface"]).split()}
    return m.get("country_iso3") in own


def _tied_country(ctx: EventContext, iso3: str, home: str | None, givers: list[dict], part: dict, parts: list[dict]):
    """The sentence's country for an open group it ties, unless only states named as the object of what is
    said or done give it ('demonstrators denounced Ruritania and its troops' in a report set at home): then the
    article's home country. A place where it happened, a word of the group's own phrase ('Jewish settlers'), or
    a domestic authority of that country acting on the group ('Ruritanian police detained students') keeps the
    sentence's."""
    own = _party_span(part["mention"])
    if home is None or home == iso3 or any(not _state_named(m) or _where(ctx, m) for m in givers):
        return iso3
    other = _OPPOSITE.get(part["role"])
    keep = [own, *(_party_span(p["mention"]) for p in parts if p["role"] == other and _authority(ctx, p["mention"]))]
    return iso3 if any(lo <= m["start_char"] < hi for m in givers for lo, hi in keep) else home


def _home(ctx: EventContext) -> str | None:
    """The article's home country (``article_setting``), found once per article."""
    if _HOME not in ctx.memo:
        text = doc_text(ctx.doc)
        found = _countries_between(ctx, 0, len(text))
        ctx.memo[_HOME] = home_country(text, [(m["start_char"], iso3) for iso3, ms in found.items() for m in ms])
    return ctx.memo[_HOME]


def _home_group(ctx: EventContext, part: dict, parts: list[dict]) -> dict:
    """An open group the sentence's countries leave open, as they are the other side's ('the government
    recalled its ambassador from Ruritania', 'Ruritania urged the authorities to ...', 'protesters burned
    Ruritanian flags'): the article's home country, when no party on the other side is of it - and the group
    is no one's own ('his fighters' are whoever 'his' is)."""
    m = part["mention"]
    span = ctx.doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand") if m["start_char"] >= 0 else None
    if not _open(m) or span is None or _owned(span.root):  # 'offered the services of his fighters': the speaker's
        return part
    other = _OPPOSITE.get(part["role"])
    theirs = {p["mention"].get("country_iso3") or _mention_country(p["mention"]) for p in parts if p["role"] == other}
    home = _home(ctx)
    return part if home is None or home in theirs else {**part, "mention": {**m, "country_iso3": home}}


def _named_again(ctx: EventContext, sent: Span, part: dict, parts: list[dict]) -> dict:
    """An open group whose sentence names the same group with one country elsewhere ('a spokesman for the
    Ruritanian army said troops had demolished ...': the troops are that army): that country. Not a group written
    as a party on the other side ('troops clashed with Ruritanian soldiers': the troops are not Ruritanian)."""
    m = part["mention"]
    if not _open(m):
        return part
    other = _OPPOSITE.get(part["role"])
    spans = [_party_span(p["mention"]) for p in parts if p["role"] == other and p["mention"].get("start_char", -1) >= 0]
    found = set()
    for tok in sent:
        if m["start_char"] <= tok.idx < m["end_char"] or tok.pos_ != "NOUN":
            continue
        if any(lo <= tok.idx < hi for lo, hi in spans) or _owned(tok):
            continue
        g = group_of(tok)
        if g is not None and g[0] == m["group"]:
            found.add(country_cue(np_tokens(tok)) if not regional_cue(np_tokens(tok)) else None)
    found.discard(None)
    return {**part, "mention": {**m, "country_iso3": found.pop()}} if len(found) == 1 else part


def _owned(tok) -> bool:
    """A noun an actor's possessive pronoun owns ('recalled its ambassador from Ruritania', 'withdrew their
    troops from X'): the actor's own people, so a country in its phrase is where they were, not whose."""
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children)


def _authority_country(ctx: EventContext, part: dict, parts: list[dict]) -> dict:
    """An open group acted on by (or acting on) a domestic authority of one known country ('Ruritanian police
    broke up a rally by students in a sentence naming other countries too'): the authority's own people."""
    if not _open(part["mention"]):
        return part
    other = _OPPOSITE.get(part["role"])
    found = {
        p["mention"].get("country_iso3") or _mention_country(p["mention"])
        for p in parts
        if p["role"] == other and _authority(ctx, p["mention"])
    }
    if len(found) != 1 or None in found:
        return part
    return {**part, "mention": {**part["mention"], "country_iso3": found.pop()}}


def _name_word(tok) -> bool:
    """A word naming a person or a state, no role word of a body: a name's token, or a demonym or country
    written inside a capitalised body's own name ('the Ruritanian Defence Ministry', tagged as one ORG)."""
    return tok.ent_type_ in NAME_LABELS or bool(places.demonym_iso3(tok.text) or places.country_iso3(tok.text))


def _reported_by(ctx: EventContext, part: dict) -> dict:
    """An open force acting in a clause a state's body reports ('troops shelled the camp, the Ruritanian defence
    ministry said', "Ruritania's army said soldiers had ..."): the body's country, its own forces."""
    m = part["mention"]
    span = ctx.doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand") if m["start_char"] >= 0 else None
    if not _open(m) or part["role"] != "source" or m["group"] not in FORCE_GROUPS or span is None:
        return part
    cur, said = span.root, None
    for _ in range(6):
        if cur.head.i == cur.i:
            return part
        if cur.dep_ in {"ccomp", "parataxis"} and (
            quote_lexicon.VERB_FORMS.get(cur.head.lower_) or quote_lexicon.VERB_FORMS.get(cur.head.lemma_.lower())
        ):
            said = cur.head
            break
        cur = cur.head
    subj = next((c for c in said.children if c.dep_ == "nsubj"), None) if said is not None else None
    if subj is None or subj.pos_ not in {"NOUN", "PROPN"} or subj.ent_type_ == "PERSON":
        return part
    body = group_of(subj)
    tokens = np_tokens(subj)
    roles = [t for t in tokens if t.i <= subj.i and t.pos_ in {"NOUN", "PROPN"} and not _name_word(t)]
    words = " ".join(t.lower_ for t in roles)
    if stem_sector(words) not in FORCE_SECTORS and not (body and body[0] in FORCE_GROUPS):
        return part
    iso3 = country_cue(tokens) if not regional_cue(tokens) else None
    return {**part, "mention": {**m, "country_iso3": iso3}} if iso3 else part
