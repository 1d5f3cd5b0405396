"""Who or what performs a trigger, and scenes that are no political event.

A political event needs a doer that can act: a person, a group, a body, a state, or, for an attack, a weapon or a
violent happening ("a car bomb killed six"). A trigger whose doer is an abstract thing reads the verb as a
metaphor or a standing rule, not an act: "the scandal hurt the party", "the news broke on Monday", "questions
surrounding the deal", "the code prohibits judges from commenting". A sports result told with the trigger ("beat
the visitors 3-1") is a game, no attack. Vocabulary lives in ``data/event_agency.json``.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon, quote_lexicon
from sitrep.extract.actor_dictionary import agent_sector, is_international, lookup
from sitrep.extract.doc_text import doc_text
from sitrep.extract.event_syntax import lemma as _lemma
from sitrep.extract.event_syntax import means_phrase, to_infinitive
from sitrep.extract.event_triggers import read_tsv
from sitrep.extract.figurative_wars import figurative

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA_DIR = Path(__file__).parent / "data"
#: named-entity labels of doers (NORP: 'Russian forces' is told through its modifier)
ACTOR_ENTS = {"PERSON", "ORG", "GPE", "NORP"}
#: modifiers of a subject noun that give it a doer ('the Syrian army', "Russia's move", 'the UN report')
OWNER_DEPS = {"compound", "poss", "amod", "nmod"}
#: relative pronouns standing for the noun the clause hangs on ('the group, which seized the town')
RELATIVE_WORDS = {"which", "that", "who", "whom"}


@lru_cache(maxsize=1)
def vocab() -> dict:
    raw = json.loads((DATA_DIR / "event_agency.json").read_text(encoding="utf-8"))
    out: dict = {k: frozenset(v) for k, v in raw.items() if isinstance(v, list) and not k.startswith("_")}
    out["score_pattern"] = re.compile(raw["score_pattern"])
    out["score_window"] = int(raw["score_window"])
    out["agent_nouns"] |= {r["lemma"] for r in read_tsv("event_groups.tsv")}  # the group nouns of the arguments
    return out


def doer(trig: Token) -> Token | None:
    """The word that performs a verb trigger: its subject, the agent of a passive ('hurt by the scandal'), the
    noun a participle or a relative clause describes ('questions surrounding the deal'), the subject of the verb
    a participle clause or a conjunct hangs on. None when the text names none (an agentless passive, a noun)."""
    if trig.pos_ not in {"VERB", "AUX"}:
        return None
    cur = trig
    for _ in range(3):
        subj = next((c for c in cur.children if c.dep_ in {"nsubj", "csubj"}), None)
        bys = [c for c in cur.children if c.dep_ == "agent" and not means_phrase(c)]  # not 'by a show of hands'
        agent = next((g for c in bys for g in c.children if g.dep_ == "pobj"), None)
        if agent is not None:
            return agent
        if any(c.dep_ in {"nsubjpass", "auxpass"} for c in cur.children):
            return None  # a passive names what suffered, not who acted
        if subj is not None and to_infinitive(cur):
            return None  # an infinitive has no subject of its own: a misparse ('make preparations to open')
        if subj is not None:
            if subj.lower_ in RELATIVE_WORDS and cur.dep_ == "relcl":
                return cur.head
            return subj
        if cur.dep_ == "acl" and cur.tag_ == "VBG":
            enacted = cur.head.head if cur.head.dep_ in {"dobj", "nsubjpass"} else None
            if enacted is not None and enacted.pos_ == "VERB":
                return doer(enacted)  # 'parliament passed a law banning rallies': parliament bans them
            return cur.head  # 'questions surrounding the deal'
        if cur.dep_ in {"conj", "advcl", "xcomp"} and cur.head.i != cur.i and cur.tag_ != "VBN":
            cur = cur.head
            continue
        return None
    return None


def _name_words(tok: Token) -> list[Token]:
    """The words of a name before its head ('Hurricane' of 'Hurricane Ida')."""
    return [c for c in tok.children if c.dep_ == "compound"]


def _animal(tok: Token, v: dict) -> bool:
    """An animal (``animal_nouns``), not one a body keeps ('police dogs', 'army dogs': the body acts)."""
    if _lemma(tok) not in v["animal_nouns"] and tok.lower_ not in v["animal_nouns"]:
        return False
    keepers = [c for c in tok.children if c.dep_ in {"compound", "amod"}]
    return not any(_lemma(c) in event_lexicon.GROUP_WORDS or agent_sector(_lemma(c)) for c in keepers)


def can_act(tok: Token, etype: str) -> bool:
    """A named actor, a pronoun, a word for people or a body, or (for an attack) a weapon or a violent
    happening; a noun owned by an actor acts for it ("Russia's move", 'the Syrian army')."""
    v = vocab()
    if tok.pos_ == "NOUN" and (_lemma(tok) in v["rule_nouns"] or tok.lower_ in v["rule_nouns"]):
        return False
    if any(_lemma(t) in v["hazard_nouns"] or t.lower_ in v["hazard_nouns"] for t in (tok, *_name_words(tok))):
        return False  # 'Hurricane Ida, which struck the coast', 'the quake destroyed homes': no one acted
    if _animal(tok, v):
        return False  # 'attacked by a German Shepherd dog': no actor, whatever people its breed names
    if etype in v["physical_types"] and (_lemma(tok) in v["abstract_nouns"] or tok.lower_ in v["abstract_nouns"]):
        return False  # 'hurt by the senator's scandal': no one owns an abstract thing into an attacker
    if _lemma(tok) in v["partitive_words"] or tok.lower_ in v["partitive_words"]:
        whole = [g for p in tok.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        return not whole or any(can_act(g, etype) for g in whole)
    if (tok.is_title and tok.i > tok.sent.start) or (tok.is_upper and len(tok) > 1):
        return True  # a name or an acronym the tagger took for a common noun
    if tok.ent_type_ in ACTOR_ENTS or tok.pos_ in {"PRON", "PROPN"}:
        return True
    lemma = _lemma(tok)
    words = event_lexicon.GROUP_WORDS | quote_lexicon.PERSON_TITLES | quote_lexicon.STATE_BODIES
    if lemma in words or tok.lower_ in words or lemma in v["agent_nouns"] or tok.lower_ in v["agent_nouns"]:
        return True
    if agent_sector(tok.text) or agent_sector(lemma):
        return True
    if lemma in v["instrument_nouns"] or tok.lower_ in v["instrument_nouns"]:
        return not figurative(tok)  # 'the trade war hurt farmers': no violent happening
    if tok.pos_ != "NOUN" or not tok.is_alpha or lemma in v["time_nouns"]:
        return True  # a number, a sign, a determiner standing alone: no judgement
    return any(
        c.dep_ in OWNER_DEPS and (c.ent_type_ in ACTOR_ENTS or c.pos_ in {"PROPN", "PRON"}) for c in tok.children
    )


def inanimate_doer(trig: Token, etype: str) -> bool:
    """The trigger's doer is a thing that cannot act ('the scandal hurt the party', 'the code prohibits ...')."""
    if etype not in vocab()["agent_types"]:
        return False
    who = doer(trig)
    return who is not None and not can_act(who, etype)


def sports_score(trig: Token, etype: str) -> bool:
    """A score told with the trigger ('beat the visitors 3-1', 'defeated her rival 6-3 6-0')."""
    if etype not in vocab()["score_types"]:
        return False
    v = vocab()
    start = trig.idx + len(trig.text)
    after = doc_text(trig.doc)[start : min(trig.sent.end_char, start + v["score_window"])]
    for found in v["score_pattern"].finditer(after):
        span = trig.doc.char_span(start + found.start(), start + found.end(), alignment_mode="expand")
        if span is not None and not any(t.ent_type_ in v["score_entities"] for t in span):
            return True
    return False


def _money(tok: Token) -> bool:
    return tok.ent_type_ == "MONEY" or any(t.ent_type_ == "MONEY" or t.is_currency for t in tok.subtree)


def _trade_object(obj: Token) -> bool:
    """A stake, a takeover, shares; a deal, a contract or a bid that names a sum ('a $4 billion deal'); an offer,
    a bid or a plan whose infinitive is trade ('its offer to acquire the grocer', 'a bid to buy the chain')."""
    v = vocab()
    lemma = _lemma(obj)
    if any(c.dep_ in {"acl", "xcomp"} and _lemma(c) in v["commerce_verbs"] for c in obj.children):
        return True
    parts = [g for p in obj.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    if any(_lemma(g) in v["commerce_objects"] for g in parts):
        return True  # '200 million dollars of preferred stock', 'an amount of bonds'
    return lemma in v["commerce_objects"] or (lemma in v["priced_objects"] and _money(obj))


def commercial(trig: Token, etype: str, parties: list[dict]) -> bool:
    """Trade or money between companies or people ('the retailer bought a stake in the club', 'the chipmaker
    offered $60 a share', 'the firm announced a $4 billion deal'): business, no political event. A state, a
    nationality, a state group or an office holder the dictionary knows among the parties makes it one; a
    nationality that only says where a firm is from ('Chinese retailer Suning') does not. ``parties``: the
    mentions of the named parties and the rows of the unnamed ones (``mention_idx`` None: a group, a state)."""
    v = vocab()
    if etype not in v["commerce_types"]:
        return False
    lemma = _lemma(trig)
    objects = [c for c in trig.children if c.dep_ in {"dobj", "dative", "attr"}]
    trade = lemma in v["commerce_verbs"] or any(_trade_object(o) for o in objects)
    trade = trade or any(c.dep_ == "xcomp" and _lemma(c) in v["commerce_verbs"] for c in trig.children)
    if not trade and not (lemma in v["money_verbs"] and any(_money(o) for o in objects)):
        return False
    return bool(parties) and not any(state_party(m, trig) for m in parties)


def state_party(m: dict, trig: Token) -> bool:
    """A party that makes trade political: a state or its people, a state group, an office holder, a body of
    state, an international organisation."""
    v = vocab()
    if "mention_idx" in m and m["mention_idx"] is None:  # an unnamed party: a group actor, or a state by its cue
        return m.get("group") not in v["market_groups"] if m.get("group") else bool(m.get("country_iso3"))
    if m.get("label") in v["state_labels"]:
        return not _firm_origin(m, trig)
    if m.get("label") == "PERSON" and m.get("country_iso3"):
        return True
    if m.get("label") == "ORG":
        reading = lookup(m.get("name") or m.get("surface", ""), kind="org")
        if is_international(reading) and reading.code.startswith("IGO"):
            return True  # the IMF, the World Bank (not a multinational company)
    return bool(set(m.get("surface", "").lower().split()) & quote_lexicon.STATE_BODIES)


def _firm_origin(m: dict, trig: Token) -> bool:
    """The nationality or country only says where a firm is from: it modifies a word for a business
    ('Chinese retailer Suning', 'the Italian football club')."""
    span = trig.doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand") if "start_char" in m else None
    if span is None:
        return False
    root = span.root
    if root.dep_ not in {"amod", "compound", "nmod", "poss"}:
        return False
    if root.dep_ == "poss" and _named_firm(root.head):
        return True  # 'China's State Grid bought a stake', 'Russia's Rosneft': the country's firm
    nouns = [root.head]  # 'Italian football giant Inter Milan': the noun, then the name it is part of
    while nouns[-1].dep_ == "compound" and nouns[-1].head.i != nouns[-1].i:
        nouns.append(nouns[-1].head)
    return any(_lemma(n) in vocab()["company_nouns"] for n in nouns)


def _named_firm(noun: Token) -> bool:
    """A named business a country's possessive modifies ('China's State Grid', 'Russia's Rosneft'): a proper
    name that is no person and no body of state ('Britain's Foreign Office')."""
    if noun.pos_ != "PROPN" or noun.ent_type_ in {"PERSON", "GPE", "NORP"}:
        return False
    words = {noun.lower_} | {c.lower_ for c in noun.children if c.dep_ == "compound"}
    return not words & quote_lexicon.STATE_BODIES and not words & quote_lexicon.PERSON_TITLES


#: links from a trigger to the words that tell who acts and on what ('the striker signed a deal with the club')
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "agent", "attr", "poss"}
#: prepositions of a party to the act ('a deal with the club'), not of its occasion ('at the film festival')
PARTY_PREPS = {"with", "to", "from", "for", "of", "against", "by"}
#: links from a noun or a clause up to the verb whose subject also tells the scene ('the club said the release of X')
SCENE_CLIMB_DEPS = {"nsubj", "nsubjpass", "ccomp", "xcomp", "advcl", "conj", "dobj", "pobj", "prep", "acl"}


def leisure(trig: Token, etype: str, parties: list[dict]) -> bool:
    """Sport and show business ('the striker signed a new deal with the club', 'the club released its captain',
    'the singer signed his first recording contract'): a trigger whose doer, objects or their modifiers are
    words of a game or a show, with no state party among the parties, is no political event."""
    v = vocab()
    if etype not in v["leisure_types"] or any(state_party(m, trig) for m in parties):
        return False
    return any(_lemma(w) in v["leisure_words"] or w.lower_ in v["leisure_words"] for w in _scene_words(trig))


def _scene_words(trig: Token) -> list[Token]:
    """The trigger's arguments and the objects of its prepositions of a party, the subjects of the verbs it hangs
    on, a few steps up, and each one's modifiers ('Midfielder Ruiz', 'a recording contract')."""
    heads, cur = [], trig
    for _ in range(3):
        kids = list(cur.children)
        heads += [c for c in kids if c.dep_ in ARGUMENT_DEPS]
        heads += [g for c in kids if c.lower_ in PARTY_PREPS for g in c.children if g.dep_ == "pobj"]
        if cur.dep_ not in SCENE_CLIMB_DEPS or cur.head.i == cur.i:
            break
        cur = cur.head
    who = doer(trig)
    heads += [who] if who is not None else []
    mods = [m for h in heads for m in h.children if m.dep_ in {"compound", "amod", "appos", "nmod"}]
    return heads + mods + [m for h in mods for m in h.children if m.dep_ == "compound"]


def blame_copula(verb: Token) -> Token | None:
    """The 'be' a blaming infinitive hangs on when it reads as a passive ('Y was to blame for the clashes',
    ``blame_infinitives``): its subject is the one blamed. None for any other verb ('wanted to blame Y')."""
    head = verb.head
    if _lemma(verb) not in vocab()["blame_infinitives"] or verb.dep_ != "xcomp" or not to_infinitive(verb):
        return None
    if _lemma(head) != "be" or any(c.dep_ in {"dobj", "obj", "nsubjpass"} for c in verb.children):
        return None
    return head


def blame_reporter(copula: Token) -> Token | None:
    """The verb of saying a blaming clause is reported by ('the minister said Y was to blame'), else None."""
    said = copula.head
    if copula.dep_ != "ccomp" or said.pos_ not in {"VERB", "AUX"}:
        return None
    return said if quote_lexicon.VERB_FORMS.get(said.lower_) or quote_lexicon.VERB_FORMS.get(_lemma(said)) else None
