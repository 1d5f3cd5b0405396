"""Events a headline states, coded from the article's title and told in its body.

A headline states a story's main act compactly ('European Parliament strips Marine Le Pen of immunity'). The title
is parsed as a short document of its own and coded by the same trigger and argument rules as the body. Its names
are then resolved to the body's mentions (the same folded name, a person's surname, a state named by its name, a
demonym or its capital), since the warehouse's mentions and evidence are offsets into the body:

- a body event of the same type sharing an actor with the title's gets the title's missing parties (enrich);
- when the body tells an act of the type with other parties ('rebels' / 'militants'), it is the same happening:
  nothing is added beside it;
- when none does, the title's event is added with its evidence in the first body sentence naming most of its
  actors (else that of the body's first event), dated and placed as that sentence's events are (add).

Only the headline's main act is read (not 'amid drone attacks'), and only when it names an actor acting and each
named party is found in the body: a headline's pun or a name the body never repeats codes nothing. A question
headline codes nothing either.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from sitrep.extract import gazetteer, places
from sitrep.extract.doc_text import doc_text
from sitrep.extract.entity_names import name_key, name_tokens
from sitrep.extract.headline_bodies import body_group, lend_states, organ_key

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: candidate fields that say when and where an event happened: an added event takes them from a body event
#: of the sentence that carries it
_WHEN_WHERE = (
    "event_date",
    "date_precision",
    "date_hints",
    "date_source",
    "discourse_hints",
    "location_name",
    "location_written",
    "location_country_iso3",
    "latitude",
    "longitude",
    "place_source",
    "after_late_arrival",
)


def _state_of(m: dict, capitals: bool) -> str | None:
    """The state a mention names as an actor: a country, its demonym (or, with ``capitals``, its capital)."""
    if m["label"] not in {"GPE", "NORP"}:
        return None
    surface = m["surface"]
    state = gazetteer.country_iso3(surface) or gazetteer.demonym_iso3(surface)
    return state or (gazetteer.capital_iso3(surface) if capitals else None)


def _match(t: dict, b: dict) -> int:
    """How well a body mention names the title mention's actor: 3 the same name, 2 the same person by surname, 1
    the same state (a capital in the title stands for its state; a capital in the body is a place), 0 not."""
    if name_key(t["surface"]) and name_key(t["surface"]) == name_key(b["surface"]):
        return 3
    if t["label"] in {"PERSON", "ORG"} and b["label"] == "PERSON":  # a headline's names are often tagged ORG
        tt, bt = name_tokens(t["surface"]), name_tokens(b["surface"])
        return 2 if tt and len(tt) <= len(bt) and bt[-len(tt) :] == tt else 0  # 'Le Pen' is 'Marine Le Pen'
    state = _state_of(t, capitals=True)
    return 1 if state is not None and state == _state_of(b, capitals=False) else 0


def _party_mentions(doc: Doc, mentions: list[dict]) -> list[dict]:
    """The body mentions that can be a party: none in a dateline head ('MOSCOW (Reuters) -')."""
    heads = places.dateline_spans(doc_text(doc))
    return [m for m in mentions if not any(s <= m["start_char"] < e for s, e in heads)]


def _sentence_of(start: int, sents: list[tuple[int, int]]) -> int:
    for i, (s, e) in enumerate(sents):
        if s <= start < e:
            return i
    return 0


def _named_state(p: dict, tm: dict | None) -> str | None:
    """The state a title party stands for, if any: its own country, a named state the NER missed ('Nigeria')."""
    if tm is not None:
        return p.get("country_iso3") or _state_of(tm, capitals=True)
    return p.get("country_iso3") if p.get("named") else None


def _found(p: dict, tm: dict | None, body: list[dict], body_cands: list[dict]) -> list[dict]:
    """The body mentions (best first) or body group participants naming a title party."""
    group = p.get("group")
    if tm is not None:
        scored = sorted(((_match(tm, b), b) for b in body), key=lambda x: -x[0])
        group = body_group(tm)  # the body may name a state body's members only ('lawmakers')
        if [b for score, b in scored if score] or group is None:
            return [b for score, b in scored if score]
    state = _named_state(p, tm)
    if state and tm is None:
        return [b for b in body if _state_of(b, capitals=False) == state]
    return [
        {**q, "sent_start": c["start_char"]}
        for c in body_cands
        for q in c["participants"]
        if q.get("group")
        and q.get("group") == group
        and p.get("country_iso3") in {None, q.get("country_iso3")}  # 'journalists' are the body's Ivorian ones
    ][:1]


def _resolved(cand: dict, title_mentions: dict[int, dict], body: list[dict], body_cands: list[dict]) -> list | None:
    """[(participant, body mentions naming it)] of a title event, or None when a named party is not in the body
    (a group the body's events never name, 'six journalists', is left out)."""
    out = []
    for p in cand["participants"]:
        tm = title_mentions.get(p["mention_idx"]) if p.get("mention_idx") is not None else None
        if p.get("mention_idx") is not None and tm is None:
            return None
        found = _found(p, tm, body, body_cands)
        if not found and (tm is not None or _named_state(p, tm)):
            return None
        if not found:
            continue
        out.append(({**p, "state": _named_state(p, tm)}, found))
    return out


def _body_participant(p: dict, found: list, sent: tuple[int, int]) -> dict:
    """The title's participant as one of the body: its mention in the carrying sentence, else its first (a state
    named by another word, its demonym say, keeps the state)."""
    if "idx" not in found[0]:  # a group of the body's own events
        drop = {"phrase_start", "phrase_end", "sent_start"}
        return {k: v for k, v in found[0].items() if k not in drop} | {"role": p["role"]}
    inside = [b for b in found if sent[0] <= b["start_char"] < sent[1]]
    chosen = (inside or found)[0]
    out = {
        k: v
        for k, v in p.items()
        if k
        not in {"mention_idx", "state", "group", "group_type", "surface", "phrase", "phrase_start", "end_char", "named"}
    }
    out["mention_idx"] = chosen["idx"]
    if p.get("state") and _state_of(chosen, capitals=False) == p["state"]:
        out["country_iso3"] = p["state"]
    return out


def _carrying_sentence(resolved: list, sents: list[tuple[int, int]], body_cands: list[dict]) -> tuple[int, int]:
    """The first body sentence naming the most parties of the title's event, else that of the body's first
    event, else the lead."""
    named = Counter(
        i
        for _p, found in resolved
        for i in {_sentence_of(b["start_char"] if "idx" in b else b["sent_start"], sents) for b in found}
    )
    if not named:
        return (body_cands[0]["start_char"], body_cands[0]["end_char"]) if body_cands else sents[0]
    return sents[min(named, key=lambda i: (-named[i], i))]


def _keys(p: dict, found: list) -> set:
    """What identifies a title party among the body's: its body mentions, its group, its state."""
    keys = {("m", b["idx"]) if "idx" in b else ("g", b.get("group"), b.get("country_iso3")) for b in found}
    organs = {organ_key(p["role"], None, p["state"]), organ_key(p["role"], None, None)} if p.get("state") else set()
    return keys | organs | ({("s", p["state"])} if p.get("state") else set())


def _participant_keys(q: dict, by_idx: dict[int, dict]) -> set:
    keys = {
        ("m", q["mention_idx"]) if q.get("mention_idx") is not None else ("g", q.get("group"), q.get("country_iso3"))
    }
    if q.get("country_iso3") and (not q.get("group") or q.get("named")):
        keys.add(("s", q["country_iso3"]))
    m = by_idx.get(q.get("mention_idx"))
    state = _state_of(m, capitals=False) if m else None
    organ = organ_key(q["role"], q["group"], q.get("country_iso3")) if q.get("group") else None
    return keys | ({("s", state)} if state else set()) | ({organ} if organ else set())


#: how a headline's main act hangs from its root: the verb itself, a verb joined to it, a clause it reports ('say
#: they have seized'), the act noun it governs ('holds talks', 'slaps sanctions') or its subject ('airstrike kills')
MAIN_ACT_DEPS = {"ROOT", "conj", "xcomp", "ccomp", "dobj", "attr", "oprd", "nsubj", "nsubjpass", "parataxis"}


def _reduced_passive(tok) -> bool:  # noqa: ANN001 - a spaCy Token
    """A headline's passive without its auxiliary, by an agent ('Marine Le Pen's immunity lifted by European
    Parliament', 'Philippines: Drug suspects killed by police'): the parser hangs the participle off the phrase
    acted on (the phrase may stand beside a label); it is the headline's act."""
    if tok.dep_ == "appos":
        return any(
            c.dep_ == "acl" and c.tag_ == "VBN" and any(a.dep_ == "agent" for a in c.children) for c in tok.children
        )
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children)


def _main_act(title_doc: Doc, cand: dict) -> bool:
    """Whether a title event is the headline's main act, not one it gives as a circumstance ('amid drone attacks',
    'after threats to a lawmaker', 'teacher accused of kidnapping')."""
    word = (cand.get("trigger") or "").split()[:1]
    tokens = [t for t in title_doc if word and t.text.casefold() == word[0].casefold()]
    for tok in tokens or []:
        while (tok.dep_ in MAIN_ACT_DEPS or _reduced_passive(tok)) and tok.dep_ != "ROOT" and tok.head is not tok:
            tok = tok.head
        if tok.dep_ == "ROOT":
            return True
    return not tokens


def _acting(resolved: list) -> bool:
    """The title's event names someone acting: a source, or two parties of a joint act ('Talks between Iran and
    Russia end without deal')."""
    roles = [p["role"] for p, _found in resolved]
    return "source" in roles or roles.count("participant") >= 2


def main_acts(title_doc: Doc, cands: list[dict]) -> list[dict]:
    """The title events that are its main act (``_main_act``)."""
    return [c for c in cands if _main_act(title_doc, c)]


def _same_party_key(q: dict) -> tuple:
    """A body participant's role and actor: 'Iran' named twice in a headline is one party."""
    return (q["role"], q.get("country_iso3") or q.get("mention_idx"), q.get("group"))


def _earlier_year(body_cand: dict, cand: dict) -> bool:
    """A body event dated in a year before the headline's ('lifted before, in 2013'): background, not the news."""
    then, now = body_cand.get("event_date") or "", cand.get("event_date") or ""
    return bool(then and now) and then[:4] < now[:4]


def _reversed(resolved: list, body_cand: dict, by_idx: dict[int, dict]) -> bool:
    """The body's act runs the other way between the title's parties ('Iran mocks Trump'; 'Trump accused Iran'):
    a reply, not the same happening."""
    by_role: dict[str, set] = {}
    for q in body_cand["participants"]:
        by_role.setdefault(q["role"], set()).update(_participant_keys(q, by_idx))
    sides = [(p["role"], _keys(p, found)) for p, found in resolved]
    return len({role for role, _k in sides}) > 1 and all(
        not keys & by_role.get(role, set()) and any(keys & v for r, v in by_role.items() if r != role)
        for role, keys in sides
    )


def _same_act(cand: dict, resolved: list, body_cand: dict, by_idx: dict[int, dict]) -> bool:
    """A body act that may be the title's: of its type, not of an earlier year, not running the other way."""
    return (
        body_cand["event_type"] == cand["event_type"]
        and not _earlier_year(body_cand, cand)
        and not _reversed(resolved, body_cand, by_idx)
    )


def _enrich(cand: dict, resolved: list, body_cands: list[dict], by_idx: dict[int, dict]) -> bool:
    """Give a body event of the same type sharing an actor the title's missing parties; whether one took it."""
    for body_cand in body_cands:
        if not _same_act(cand, resolved, body_cand, by_idx):
            continue
        have = set().union(*(_participant_keys(q, by_idx) for q in body_cand["participants"]))
        missing = [(p, found) for p, found in resolved if not (_keys(p, found) & have)]
        if len(missing) == len(resolved):
            continue
        lend_states(body_cand["participants"], [(p["role"], p["state"]) for p, _found in resolved if p.get("state")])
        sent = (body_cand["start_char"], body_cand["end_char"])
        roles = {q["role"] for q in body_cand["participants"]}
        for p, found in missing:
            if p["role"] not in roles:
                body_cand["participants"].append(_body_participant(p, found, sent) | {"from_title": True})
        return True
    return False


def headline_candidates(
    title_doc: Doc,
    title_mentions: list[dict],
    title_cands: list[dict],
    doc: Doc,
    mentions: list[dict],
    body_cands: list[dict],
) -> list[dict]:
    """The title's events that the body's do not carry yet, as body candidates (the body's own candidates may be
    enriched in place)."""
    if not title_cands or not len(doc):
        return []
    by_idx = {m["idx"]: m for m in title_mentions}
    body = _party_mentions(doc, mentions)
    sents = [(s.start_char, s.end_char) for s in doc.sents]
    text = doc_text(doc)
    out = []
    for cand in title_cands:
        if not _main_act(title_doc, cand):
            continue
        resolved = _resolved(cand, by_idx, body, body_cands)
        if not resolved or not _acting(resolved):
            continue  # 'Senator arrested', 'MPs visiting Crimea': the headline names no one acting
        body_by_idx = {m["idx"]: m for m in mentions}
        if _enrich(cand, resolved, body_cands + out, body_by_idx):
            continue
        if any(_same_act(cand, resolved, c, body_by_idx) for c in body_cands + out):
            continue  # the body tells an act of this type with other words for its parties: the same happening
        sent = _carrying_sentence(resolved, sents, body_cands)
        told = [c for c in body_cands if c["start_char"] == sent[0]] or body_cands[:1]
        told.sort(key=lambda c: c["event_type"] != cand["event_type"])  # a same-type act of the sentence first
        parties = [_body_participant(p, found, sent) for p, found in resolved]
        parties = [q for i, q in enumerate(parties) if _same_party_key(q) not in map(_same_party_key, parties[:i])]
        added = {**cand, "participants": parties}
        for key in _WHEN_WHERE if told else ():
            added.pop(key, None)
            if key in told[0]:
                added[key] = told[0][key]
        added.update(
            start_char=sent[0],
            end_char=sent[1],
            sentence=text[sent[0] : sent[1]],
            from_title=True,
            title=cand["sentence"],
        )
        out.append(added)
    return out
