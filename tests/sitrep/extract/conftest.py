"""Fixtures shared by the extraction tests."""

import json

import duckdb
import pytest

from sitrep.extract import entities, events
from sitrep.extract.pipeline import analyze_articles, assemble

KEEP = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}


@pytest.fixture(scope="module")
def analyse(nlp):
    """text -> (doc, mentions) with mentions shaped like entities.doc_mentions output (plain doc.ents)."""

    def run(text: str):
        doc = nlp(text)
        sent_of = {s.start: i for i, s in enumerate(doc.sents)}
        ents = [e for e in doc.ents if e.label_ in KEEP]
        mentions = [
            {
                "idx": i,
                "surface": e.text,
                "label": e.label_,
                "start_char": e.start_char,
                "end_char": e.end_char,
                "sent_idx": sent_of.get(e.sent.start, 0),
            }
            for i, e in enumerate(ents)
        ]
        return doc, mentions

    return run


@pytest.fixture(scope="module")
def article_parties(nlp):
    """text -> one {canonical name: role} per event of that one article, through the whole pipeline."""

    def run(text: str) -> list[dict[str, str]]:
        arts = [{"article_id": "a1", "body": text, "published_at": "2017-03-20"}]
        out = assemble(analyze_articles(arts, nlp), {a["article_id"]: a for a in arts})
        name = {e["entity_id"]: e["canonical_name"] for e in out["entities"]}
        events = []
        for ev in out["events"]:
            rows = [p for p in out["event_participants"] if p["event_id"] == ev["event_id"]]
            events.append({name[p["entity_id"]]: p["role"] for p in rows})
        return events

    return run


@pytest.fixture(scope="module")
def event_roles(nlp):
    """(text, event type) -> {(role, mention surface, else group name, else country)} of the participants of that
    type's events, through the real mention and event extraction."""

    def run(text: str, etype: str) -> set[tuple[str, str]]:
        doc = nlp(text)
        ments = entities.doc_mentions(doc)
        by_idx = {m["idx"]: m for m in ments}
        out: set[tuple[str, str]] = set()
        for cand in events.doc_event_candidates(doc, ments, None):
            if cand["event_type"] != etype:
                continue
            for p in cand["participants"]:
                m = by_idx.get(p["mention_idx"]) if p["mention_idx"] is not None else None
                out.add((p["role"], m["surface"] if m else p.get("group") or p.get("country_iso3")))
        return out

    return run


@pytest.fixture
def seeds_assembly(seeds_warehouse):
    """() -> the curated tables assembled again from the seeds warehouse's cached analyses and article rows, as
    the run assembled them (for tests that turn a shortcut of assembly off and compare)."""
    con = duckdb.connect(str(seeds_warehouse), read_only=True)
    try:
        rows = con.execute(
            "select a.article_id, a.published_at, a.url, a.outlet, a.story_id, a.title, a.duplicate_of, a.dateline, "
            "x.analysis from curated.articles a join ops.article_analyses x using (article_id) "
            "where a.duplicate_kind is distinct from 'exact' order by a.article_id"
        ).fetchall()
    finally:
        con.close()
    keys = ("article_id", "published_at", "url", "outlet", "story_id", "title", "duplicate_of", "dateline")

    def tables() -> dict:
        analyses = [json.loads(r[-1]) for r in rows]
        return assemble(analyses, {r[0]: dict(zip(keys, r[:-1], strict=True)) for r in rows})

    return tables
