"""Run spaCy over article bodies and assemble the curated extraction tables as plain records.

``analyze_articles`` is the only place a ``Doc`` exists: each article becomes a JSON-serialisable analysis
(mentions, event candidates, quotes), which can be cached per article. ``assemble`` resolves entities across
the whole corpus and merges events across articles.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.extract import (
    actors,
    announced_days,
    aside_agents,
    entities,
    events,
    first_days,
    group_phrase_rows,
    group_rows,
    headline_clauses,
    headline_events,
    open_org_places,
    quotes,
    sentence_index,
    state_agents,
    state_namesakes,
    token_memo,
)
from sitrep.extract import quote_rows as quote_table
from sitrep.extract.doc_bytes import DOC_BYTES_EXCLUDE as _DOC_BYTES_EXCLUDE
from sitrep.extract.doc_bytes import (
    parse_articles,  # noqa: F401 - kept importable from here
    parsed_pairs,
)
from sitrep.extract.quote_rows import quote_id_for  # noqa: F401 - kept importable from here

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def _code_fingerprint() -> str:
    """Hash of the extraction code and its data files: cached per-article analyses are reused only by the code
    and vocabulary that made them."""
    digest = hashlib.sha256()
    here = Path(__file__).parent
    files = [p for p in [*here.glob("*.py"), *here.glob("**/*.py"), *here.glob("data/**/*")] if p.is_file()]
    for path in sorted(set(files)):
        digest.update(str(path.relative_to(here)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


#: part of the ops.article_analyses cache key (with the spaCy model name)
ANALYSIS_VERSION = _code_fingerprint()


def analyze_articles(articles: Iterable[dict], nlp: Language, batch_size: int = 32, n_process: int = 1) -> list[dict]:
    """One analysis per article: ``{article_id, mentions, event_candidates, quotes}``.

    An article whose analysis raises gets ``{article_id, error}`` instead (empty lists), so one odd text is
    reported and quarantined by the caller while the rest of the batch goes on. ``n_process`` > 1 is spaCy's own
    multiprocessing (Docs pickled back here, extraction in this process); sitrep fans out whole work units
    instead (``sitrep.extract.parallel``), which bench/bench_throughput.py measures faster.
    """
    articles = list(articles)
    pairs = parsed_pairs(articles, nlp, batch_size, n_process)
    return [analyze_doc(article, doc, title) for article, (doc, title) in zip(articles, pairs, strict=True)]


def analyze_doc(article: dict, doc: Doc, title_doc: Doc | None = None) -> dict:
    """The analysis of one parsed article (see ``analyze_articles``); ``title_doc``: its title parsed, whose
    events the body tells (``headline_events``)."""
    published = article.get("published_at")
    if isinstance(published, str):
        published = date.fromisoformat(published)
    try:
        with sentence_index.indexed(doc):  # each token's sentence found once (the parse changes only in repairs)
            return _analysis(article, doc, title_doc, published)
    except Exception as exc:  # noqa: BLE001 - reported per article, never silently dropped
        return {
            "article_id": article["article_id"],
            "mentions": [],
            "event_candidates": [],
            "quotes": [],
            "error": f"extraction failed on this article: {type(exc).__name__}: {exc}",
        }


def _analysis(article: dict, doc: Doc, title_doc: Doc | None, published: date | None) -> dict:
    mentions = entities.doc_mentions(doc)
    # 'Georgia' for the US state is no country here; answers about tokens kept from the events on (token_memo)
    with state_namesakes.reading(mentions), token_memo.memoized(doc), quotes.kept(doc):
        cands = _with_title_events(
            events.doc_event_candidates(doc, mentions, published, article.get("caption_text") or ""),
            title_doc,
            doc,
            mentions,
            published,
        )
        aside_agents.mark(doc, cands)  # descriptions whose officials act for no state in the act
        return {
            "article_id": article["article_id"],
            "mentions": mentions,
            "event_candidates": cands,
            "quotes": quotes.doc_quotes(doc, mentions),
            "group_phrases": group_phrase_rows.doc_group_phrases(doc, mentions),
        }


def _with_title_events(
    cands: list[dict], title_doc: Doc | None, doc: Doc, mentions: list[dict], published: date | None
) -> list[dict]:
    """The body's event candidates with the events its title states (``headline_events``), in text order."""
    if title_doc is None:
        return cands
    title_doc, title_mentions, title_cands = headline_clauses.title_events(title_doc, published, mentions)
    added = headline_events.headline_candidates(title_doc, title_mentions, title_cands, doc, mentions, cands)
    return sorted(cands + added, key=lambda c: c["start_char"]) if added else cands


def _from_bytes(nlp: Language, data: bytes | None) -> Doc | None:
    from spacy.tokens import Doc  # here: the flow process, which never parses, does not load spaCy

    return Doc(nlp.vocab).from_bytes(data, exclude=_DOC_BYTES_EXCLUDE) if data is not None else None


def analyze_parsed(articles: Iterable[dict], parsed: Iterable[tuple[bytes, bytes | None]], nlp: Language) -> list[dict]:
    """``analyze_articles`` of articles parsed elsewhere (``parse_articles``), with ``nlp``'s vocabulary."""
    return [
        analyze_doc(article, _from_bytes(nlp, body), _from_bytes(nlp, title))
        for article, (body, title) in zip(articles, parsed, strict=True)
    ]


def warm_assembly() -> None:
    """Build the look-up tables corpus-wide assembly reads (gazetteers, actor dictionary) ahead of it: a run
    calls this while its worker processes parse, when this process would otherwise only wait."""
    from sitrep.extract import actor_dictionary, gazetteer

    for probe in ("Paris", "France"):
        gazetteer.city(probe)
        gazetteer.country_iso3(probe)
        gazetteer.demonym_iso3(probe)
        gazetteer.capital_iso3(probe)
        gazetteer.region_iso3(probe)
        gazetteer.subdivision_iso3(probe)  # pycountry's subdivision tables (≈ 0.2 CPU s, else after the NLP)
    actor_dictionary.lookup("United Nations")
    actor_dictionary.agent_sector("minister")
    # tables derived from the actor table that entity resolution reads (≈ 0.65 CPU s, else after the NLP)
    from sitrep.extract import resolution

    for derived in (
        actor_dictionary._org_suffix_countries,
        actor_dictionary._org_first_word_countries,
        actor_dictionary._persons_by_given_name,
        actor_dictionary.given_names,
        actor_dictionary.person_name_ends,
        resolution._leading_given_names,
    ):
        derived()


def _published_dates(articles: dict[str, dict]) -> dict[str, date]:
    """article_id -> publication date, for the articles that have one."""
    out = {}
    for aid, meta in articles.items():
        published = meta.get("published_at")
        if isinstance(published, str):
            try:
                published = date.fromisoformat(published[:10])
            except ValueError:
                continue
        if isinstance(published, datetime):
            published = published.date()
        if isinstance(published, date):
            out[aid] = published
    return out


def assemble(analyses: list[dict], articles: dict[str, dict]) -> dict[str, list[dict]]:
    """Corpus-wide entity resolution, mention rows, merged events and quotes, as contract-shaped rows."""
    entity_rows, mention_entity = entities.resolve_entities(analyses, _published_dates(articles))
    mention_rows = [
        {
            "article_id": a["article_id"],
            "entity_id": mention_entity[(a["article_id"], m["idx"])],
            "surface": m["surface"],
            "start_char": m["start_char"],
            "end_char": m["end_char"],
        }
        for a in analyses
        for m in a["mentions"]
        if (a["article_id"], m["idx"]) in mention_entity
    ]
    countries = {e["entity_id"]: e["country_iso3"] for e in entity_rows if e.get("country_iso3")}
    dated = first_days.redate_first_published(analyses, articles)  # 'cnn.com/2017/03/02/...' stamped Mar 3
    event_rows, participant_rows, evidence_rows = events.merge_events(dated, articles, mention_entity, countries)
    event_rows = announced_days.date_announced(event_rows, evidence_rows, dated, _published_dates(articles), articles)
    used = {p["entity_id"] for p in participant_rows}
    entity_rows += [g for g in group_rows.group_entities(analyses) if g["entity_id"] in used]
    written = group_rows.group_mentions(analyses, used)
    mention_rows += written + group_phrase_rows.phrase_mentions(analyses, used, written)  # 'the army' said ...
    hosts = actors.host_countries(entity_rows, event_rows, participant_rows)
    entity_rows = [{**e, "country_iso3": hosts[e["entity_id"]]} if e["entity_id"] in hosts else e for e in entity_rows]
    quote_rows = quote_table.quote_rows(analyses, mention_entity, entity_rows)
    participant_rows = state_agents.join_agents(
        entity_rows,
        mention_rows,
        event_rows,
        participant_rows,
        evidence_rows,
        quote_rows,
        aside_agents.by_sentence(analyses),
    )
    return {
        "entities": open_org_places.settle(entity_rows),
        "mentions": mention_rows,
        "events": event_rows,
        "event_participants": participant_rows,
        "event_mentions": evidence_rows,
        "quotes": quote_rows,
    }
