"""The counterpart of an act whose own clause names none, taken from the act told a sentence or two before it.

- **The speaker's last act**: 'Turkey summoned the Dutch ambassador on Monday. It demanded an official apology.' ->
  the apology is demanded of the Netherlands; 'Serbia protested to Croatia over the arrest. Belgrade demanded his
  release.' -> of Croatia; a meeting the speaker held with others as co-parties ('Iran and the EU held talks in
  Vienna. Tehran demanded the lifting of sanctions.') -> of the EU.
- **An answer**: an act of the speaker's aimed at the speaker's side is answered by the speaker's next act
  ('Vietnam accused China of bullying. Beijing rejected the accusation.' -> rejects Vietnam; 'Russia
  detained two Ukrainian sailors. Kiev demanded their release.' -> of Russia). Only the pairs of ``replies`` answer
  (a demand answers a detention, not an attack: 'Russia attacked Kharkiv. Ukraine demanded more air defence.' asks
  its allies).

- **An answer told in its clause**: 'In response to Trump's threats, Mexico warned of countermeasures', 'Responding to
  China's accusations, Washington rejected ...' -> the owner of what is answered (``answered_noun``).

Only acts of ``acts`` (each from the categories listed for it: a promise follows talks, a rejection a demand; a
meeting or a visit takes no partner this way, since a tour meets one host after another) or of ``replies`` in
``data/event_addressees.json`` take a counterpart; an act of ``joint_acts`` takes none when its subject is several
parties acting together ('the two leaders agreed': it is between them; 'Tokyo and Seoul demanded an apology' still
asks China). They take it only from an event coded at most ``SENTENCES_BACK`` sentences before (not in the act's own
sentence, which has its own reading of the parties) or in the article's lead (its first sentence names the story's
parties), or, for an act told at a meeting ('At the talks, ...', 'during the visit'), from the meeting told before,
however far back. The event must involve the act's source: the same state ('Turkey', 'Turkish officials', 'Ankara'),
the same person ('Xi Jinping', 'Xi'), the state a person acts for ('Mexican Economy Minister Ildefonso Guajardo' and
Mexico) or the same mention. The nearest such event decides; the act's own side is never its target.
tests/sitrep/extract/test_event_addressees21.py and test_event_counterparts23.py run every example.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.extract.denied_claims import claim_denial
from sitrep.extract.event_arg_clauses import subject_token

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = Path(__file__).parent / "data" / "event_addressees.json"
#: how many sentences before the act its speaker's addressed act may be told
SENTENCES_BACK = 2
#: the opening sentences of an article: the parties they name stay in view all through it
LEAD_SENTENCES = 1
#: words that make a subject several parties acting together ('the two leaders', 'both sides')
JOINT_WORDS = {"two", "both", "three", "all"}


@lru_cache(maxsize=1)
def data() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def carried_targets(
    trig: Token,
    cand: dict,
    history: list[tuple[int, dict]],
    key: Callable[[dict], tuple],
    home: Callable[[dict], tuple | None] = lambda row: None,
) -> list[dict]:
    """Target rows for ``cand`` (the act of ``trig``) from the last act its source took part in (see the module doc);
    ``history``: (trigger index, candidate) of the events coded before it; ``key``: who a participant row stands for
    (``event_anaphora._key``); ``home``: the state a person row acts for ('Mexican Economy Minister Ildefonso
    Guajardo' -> Mexico), whose own acts are the person's too."""
    etype = cand["event_type"]
    spec = data()
    if etype not in spec["acts"] and etype not in spec["replies"]:
        return []
    if any(p["role"] == "target" for p in cand["participants"]):
        return []
    sources = [p for p in cand["participants"] if p["role"] == "source"]
    own = {key(p) for p in sources} | {home(p) for p in sources} - {None}
    if not own or (etype in spec["joint_acts"] and _joint(trig)):
        return []
    sents = list(trig.doc.sents)
    at = next(i for i, s in enumerate(sents) if s.start <= trig.i < s.end)
    first = sents[max(0, at - SENTENCES_BACK)].start
    # (an act of the same sentence has its own reading of the parties)
    earlier = sorted(((i, c) for i, c in history if i < sents[at].start), key=lambda h: h[0], reverse=True)
    occasion = _at_occasion(trig)  # 'At the meeting, Xi promised loans': the meeting told before, however far
    if occasion:
        earlier = [(i, c) for i, c in earlier if c["event_type"] in data()["occasions"]] + earlier
    lead = sents[LEAD_SENTENCES - 1].end if 0 < LEAD_SENTENCES <= len(sents) else 0
    for i, prior in earlier:
        told = i >= first or i < lead  # (the lead tells the story's parties: they stay in view)
        if not told and not (occasion and prior["event_type"] in data()["occasions"]):
            continue
        rows = counterpart(etype, prior, own, key, answer_only=claim_denial(trig))
        if rows is not None:
            return [{**p, "role": "target"} for p in rows]
    return []


def _joint(trig: Token) -> bool:
    """The act is done together by parties named as its subject ('The two leaders agreed ...', 'Iran and Iraq
    agreed ...', 'both sides'): it is between them, and no one told before is its counterpart."""
    subj, _ = subject_token(trig)
    if subj is None:
        return False
    return any(c.dep_ == "conj" for c in subj.children) or any(
        c.lower_ in JOINT_WORDS for c in subj.children if c.dep_ in {"nummod", "det", "predet", "amod"}
    )


def _at_occasion(trig: Token) -> bool:
    """The act is told at, during or after a meeting told before ('At the talks, ...', 'during the visit')."""
    nouns = data()["occasion_nouns"]
    for prep in trig.children:
        if prep.dep_ == "prep" and prep.lower_ in data()["occasion_preps"]:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.lemma_.lower() in nouns:
                    dets = {c.lower_ for c in obj.children if c.dep_ in {"det", "poss"}}
                    if dets & {"the", "this", "that", "their", "his", "her", "its"}:
                        return True
    return False


def counterpart(
    etype: str, prior: dict, own: set[tuple], key: Callable[[dict], tuple], answer_only: bool = False
) -> list[dict] | None:
    """The rows of ``prior`` an act of ``etype`` by ``own`` is aimed at: its targets when ``own`` did it (else its
    other co-parties), its sources when it was aimed at ``own`` and ``etype`` answers it; None when ``prior`` does
    not involve ``own`` in a way that decides. ``answer_only``: the act only answers (a denial of a claim,
    ``denied_claims``): ``own``'s own earlier act gives it no counterpart."""
    spec = data()
    sources = [p for p in prior["participants"] if p["role"] == "source"]
    targets = [p for p in prior["participants"] if p["role"] == "target"]
    carried = () if answer_only else spec["acts"].get(etype, ())
    if (carried == "*" or prior["event_type"] in carried) and {key(p) for p in sources} & own:
        rows = [p for p in targets if key(p) not in own]
        if not targets:
            rows = [p for p in sources if key(p) not in own]  # 'Iran and the EU held talks'
        return rows
    if prior["event_type"] not in spec["replies"].get(etype, ()):
        return None
    states = {k[1] for k in own if k[0] == "state"}  # a state answers for its people ('Ukrainian sailors')
    mine = [p for p in targets if key(p) in own or p.get("country_iso3") in states]
    rows = [p for p in sources if key(p) not in own and p.get("country_iso3") not in states]
    return rows if mine and rows else None


def answered_noun(trig: Token, cand: dict) -> Token | None:
    """The noun of what an answer without a target answers ('In response to Trump's threats, Mexico threatened
    ...', 'Responding to China's accusations, Washington rejected ...'): its owner is the act's target."""
    spec = data()
    if cand["event_type"] not in spec["replies"] or any(p["role"] == "target" for p in cand["participants"]):
        return None
    for c in trig.children:
        if c.dep_ == "prep" and c.lower_ == "in":  # 'in response to', 'in retaliation for'
            heads = [g for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in spec["answer_nouns"]]
        elif c.dep_ == "advcl" and c.lemma_.lower() in spec["answer_verbs"]:  # 'responding to'
            heads = [c]
        else:
            continue
        for head in heads:
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ in {"to", "for", "against"}:
                    return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None
