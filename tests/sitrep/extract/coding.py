"""The event candidates sitrep codes for one invented sentence, as the event-class tests read them."""

from __future__ import annotations

from datetime import date, timedelta

from sitrep.extract import entities, events
from sitrep.extract.pipeline import analyze_articles, assemble


def coded(nlp, text: str) -> list[dict]:
    """The event candidates of ``text`` (no publication date)."""
    doc = nlp(text)
    return events.doc_event_candidates(doc, entities.doc_mentions(doc), None)


def places(nlp, text: str, etype: str, published: date = date(2024, 5, 15)) -> list[tuple[str | None, str | None]]:
    """(location name, location country) of each candidate of ``etype`` in ``text`` published on ``published``."""
    doc = nlp(text)
    cands = events.doc_event_candidates(doc, entities.doc_mentions(doc), published)
    return [(c.get("location_name"), c.get("location_country_iso3")) for c in cands if c["event_type"] == etype]


def dyads(nlp, text: str, etype: str) -> list[tuple[set, set]]:
    """(source surfaces, target surfaces) of each candidate of ``etype`` in ``text`` (None for an unnamed party)."""
    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    surfaces = {m["idx"]: m["surface"] for m in ments}
    return [
        (
            {surfaces.get(p.get("mention_idx")) for p in c["participants"] if p["role"] == "source"},
            {surfaces.get(p.get("mention_idx")) for p in c["participants"] if p["role"] == "target"},
        )
        for c in events.doc_event_candidates(doc, ments, None)
        if c["event_type"] == etype
    ]


def role_words(nlp, text: str, etype: str, role: str) -> set[str]:
    """The surface of each ``role`` party (a name, or an unnamed group's noun) of the ``etype`` candidates of
    ``text``."""
    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    surfaces = {m["idx"]: m["surface"] for m in ments}
    return {
        surfaces.get(p.get("mention_idx")) or p.get("surface") or ""
        for c in events.doc_event_candidates(doc, ments, None)
        if c["event_type"] == etype
        for p in c["participants"]
        if p["role"] == role
    }


def readings(nlp, text: str) -> set[tuple[str, str | None]]:
    """(event_type, event_mode) of each candidate of ``text``."""
    return {(c["event_type"], c.get("event_mode")) for c in coded(nlp, text)}


def types(nlp, text: str) -> set[str]:
    """The event types coded for ``text``."""
    return {c["event_type"] for c in coded(nlp, text)}


def type_list(nlp, text: str) -> list[str]:
    """The event type of each candidate of ``text``, in order: one entry per candidate, so counts can be asserted."""
    return [c["event_type"] for c in coded(nlp, text)]


def token(doc, word: str):
    """The first token of ``doc`` whose text is ``word``."""
    return next(t for t in doc if t.text == word)


def group_countries(nlp, texts: list[str], prefix: str, start: date) -> dict[str, dict[str, set]]:
    """Article id (``prefix`` + index) -> participant entity name -> its countries, each text one article, the
    articles dated months apart from ``start`` so that no two are taken for one happening."""
    articles = [
        {"article_id": f"{prefix}{i}", "body": text, "published_at": start + timedelta(days=60 * i)}
        for i, text in enumerate(texts)
    ]
    out = assemble(analyze_articles(articles, nlp), {a["article_id"]: a for a in articles})
    by_id = {e["entity_id"]: e for e in out["entities"]}
    article_of = {m["event_id"]: m["article_id"] for m in out["event_mentions"]}
    found: dict[str, dict[str, set]] = {}
    for p in out["event_participants"]:
        e = by_id[p["entity_id"]]
        name = e["canonical_name"].split(" (")[0]
        found.setdefault(article_of[p["event_id"]], {}).setdefault(name, set()).add(e.get("country_iso3"))
    return found


def named_dyads(nlp, text: str, etype: str) -> list[tuple[set, set]]:
    """(source, target) names of each candidate of ``etype`` in ``text`` (a mention's resolution name, else its
    surface, else an unnamed group's name)."""
    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    named = {m["idx"]: m.get("name") or m["surface"] for m in ments}
    return [
        tuple(
            {named.get(p.get("mention_idx")) or p.get("group") for p in c["participants"] if p["role"] == role}
            for role in ("source", "target")
        )
        for c in events.doc_event_candidates(doc, ments, None)
        if c["event_type"] == etype
    ]


def event_dates(nlp, text: str, published: date) -> dict[str, str | None]:
    """The date each event type of one text is coded with (the last candidate of a type wins)."""
    doc = nlp(text)
    return {
        c["event_type"]: c["event_date"]
        for c in events.doc_event_candidates(doc, entities.doc_mentions(doc), published)
    }


def analyse_titled(nlp, title: str, body: str, **extra) -> tuple[list[dict], dict[int, str]]:
    """One article read with its title: its event candidates and each mention's surface by index."""
    article = {"article_id": "a1", "title": title, "body": body, "published_at": "2017-03-20", **extra}
    (analysis,) = analyze_articles([article], nlp)
    return analysis["event_candidates"], {m["idx"]: m["surface"] for m in analysis["mentions"]}


def party_name(participant: dict, surface: dict[int, str]) -> str | None:
    """A participant's surface, or its group for a common-noun actor."""
    return surface.get(participant.get("mention_idx")) or participant.get("group")


def from_title(candidate: dict) -> bool:
    """The candidate, or one of its parties, came from the article's title."""
    return bool(candidate.get("from_title")) or any(p.get("from_title") for p in candidate["participants"])


def titled_parties(nlp, title: str, body: str) -> list[tuple[str, set, bool]]:
    """Each candidate of an article read with its title: (event type, {(role, party surface)}, from the title)."""
    cands, surface = analyse_titled(nlp, title, body)
    return [
        (c["event_type"], {(p["role"], party_name(p, surface)) for p in c["participants"]}, from_title(c))
        for c in cands
    ]


def event_parts(nlp, text: str, etype: str = "ASSAULT") -> list[tuple[str, str, str | None]]:
    """(role, surface or unnamed group, country) of each party of the ``etype`` candidates of ``text``."""
    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    by_idx = {m["idx"]: m for m in ments}
    out = []
    for cand in events.doc_event_candidates(doc, ments, None):
        if cand["event_type"] != etype:
            continue
        for p in cand["participants"]:
            m = by_idx.get(p["mention_idx"]) if p["mention_idx"] is not None else None
            out.append((p["role"], m["surface"] if m else p.get("group") or "", p.get("country_iso3")))
    return out
