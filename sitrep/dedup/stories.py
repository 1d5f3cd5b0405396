"""Story clustering: articles about the same real-world happening, across outlets and wording.

Similarity of two articles = a weighted sum of two tf-idf cosines: one over name-like terms (people, places,
organisations: what the happening is about), one over key content words. Time gates it: when both articles
have a date (published_at, else a date in their dateline/byline), they can only share a story if at most
`window_days` apart (a date only told in an undated article's prose, `features.NotBefore`, bounds its date from
below: it may share a story with articles published up to the window before that date, or any time after, and
is discounted as undated unless another lower bound tells the same days).
When one or both have no date, the similarity is discounted (`undated_factor`,
`both_undated_factor`): nothing then rules out that two texts about the same people and place report
different visits, so more textual evidence is needed.

Clusters grow by agglomerative linkage over those weights (a blend of average and single linkage, so a tour
whose stops each overlap only some of the other reports still holds together, while a loosely related article
is not chained in). A cluster's dates must stay within `window_days` of each other.

Incremental: articles that already share a story (2+ reports) keep it; new articles join an existing story or
form new ones. Only new evidence moves a story: pairs with a new article are scored, and a pair of two earlier
reports only when new articles link both (tf-idf weights shift with every article added: two old reports just
under the threshold would otherwise cross it when unrelated articles arrive); an earlier single-report story
may so join others through a new article that links it. Two existing multi-report stories are never merged,
so their ids never change. A new story is named after its earliest member (by date, then article_id). A story
whose id article left (its file was edited or pruned) takes the id of its earliest remaining member, and keeps
it afterwards. Duplicates always share their original's story.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field

import numpy as np
import polars as pl

from sitrep.dedup.features import date_anchor, key_terms, name_terms, undated_sides, within_window
from sitrep.dedup.tfidf import tfidf


@dataclass(frozen=True)
class StoryParams:
    """Thresholds tuned on ../shared/devset (see README)."""

    name_weight: float = 0.5
    threshold: float = 0.18
    undated_factor: float = 0.5  # one of the two has no date
    both_undated_factor: float = 0.3  # neither has a date
    window_days: int = 4
    avg_weight: float = 0.3  # linkage = avg_weight * average + (1 - avg_weight) * max
    min_pair_sim: float = 0.1
    min_name_sim: float = 0.15
    min_avg: float = 0.1  # average linkage floor: a cluster is never joined through one strong link alone
    block_rows: int = 2000
    reopen_singletons: bool = True


def _tfidf(docs: list[list[str]]):
    """Sublinear tf-idf, l2-normalised rows, over pre-tokenised term lists (``tfidf``: scikit-learn's
    ``TfidfVectorizer`` to the bit, without importing scikit-learn)."""
    return tfidf(docs)


def similarity_pairs(
    names: list[list[str]], keys: list[list[str]], p: StoryParams, rows: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i < j) sharing names (name cosine >= p.min_name_sim), with their blended similarity.

    rows: only pairs involving these documents (the new ones of an incremental run); default all.

    names/keys: per document, its name terms and key terms (features.name_terms / key_terms). Pairs are found
    from the sparse name matrix in row blocks, so only articles that share some rare-enough name are ever
    compared: same-template texts about different actors (earnings briefs, weather) never link.
    """
    n = len(names)
    xn, xk = _tfidf(names), _tfidf(keys)
    if xn is None:
        return np.empty((0, 2), dtype=np.int64), np.empty(0)
    rows = np.arange(n) if rows is None else np.asarray(rows, dtype=np.int64)
    in_rows = np.zeros(n, dtype=bool)
    in_rows[rows] = True
    out_pairs, out_sims = [], []
    for s in range(0, len(rows), p.block_rows):
        sel = rows[s : s + p.block_rows]
        block = (xn[sel] @ xn.T).tocoo()
        i, j, v = sel[block.row], block.col, block.data
        keep = ((j > i) | ~in_rows[j]) & (j != i) & (v >= p.min_name_sim)  # each pair once
        i, j, v = np.minimum(i[keep], j[keep]), np.maximum(i[keep], j[keep]), v[keep]
        kv = np.zeros(len(i))
        if xk is not None and len(i):
            kv = np.asarray(xk[i].multiply(xk[j]).sum(axis=1)).ravel()
        sim = p.name_weight * v + (1 - p.name_weight) * kv
        keep = sim >= p.min_pair_sim
        out_pairs.append(np.stack([i[keep], j[keep]], axis=1))
        out_sims.append(sim[keep])
    if not out_pairs:
        return np.empty((0, 2), dtype=np.int64), np.empty(0)
    return np.concatenate(out_pairs).astype(np.int64), np.concatenate(out_sims).astype(np.float64)


@dataclass
class _Cluster:
    members: list[int]
    anchors: set = field(default_factory=set)
    frozen: bool = False
    links: dict = field(default_factory=dict)  # other cluster -> [sum of weights, max weight]


def _compatible(a: set, b: set, window: int) -> bool:
    return all(within_window(x, y, window) for x in a for y in b)


def _initial_clusters(
    n: int, pairs: np.ndarray, weights: np.ndarray, anchors: list, initial: list[int], frozen: list[bool]
) -> dict[int, _Cluster]:
    """One cluster per initial label, with its members, date anchors, frozen flag and links to the others."""
    clusters: dict[int, _Cluster] = {}
    for i in range(n):
        c = clusters.setdefault(initial[i], _Cluster(members=[]))
        c.members.append(i)
        c.frozen |= frozen[i]
        if anchors[i] is not None:
            c.anchors.add(anchors[i])
    for (i, j), w in zip(pairs.tolist(), weights.tolist(), strict=True):
        a, b = initial[i], initial[j]
        if a == b:
            continue
        for x, y in ((a, b), (b, a)):
            link = clusters[x].links.setdefault(y, [0.0, 0.0])
            link[0] += w
            link[1] = max(link[1], w)
    return clusters


def _merge_into(clusters: dict[int, _Cluster], a: int, b: int) -> None:
    """Cluster ``b`` joins cluster ``a``: members, anchors and links summed, ``b`` removed."""
    ca, cb = clusters[a], clusters[b]
    ca.members += cb.members
    ca.anchors |= cb.anchors
    ca.frozen |= cb.frozen
    del ca.links[b]
    for c, (s, mx) in cb.links.items():
        if c == a:
            continue
        la = ca.links.setdefault(c, [0.0, 0.0])
        la[0] += s
        la[1] = max(la[1], mx)
        lc = clusters[c].links
        del lc[b]
        lc[a] = list(la)
    del clusters[b]


def agglomerate(
    n: int,
    pairs: np.ndarray,
    weights: np.ndarray,
    anchors: list,
    initial: list[int],
    frozen: list[bool],
    p: StoryParams,
) -> list[int]:
    """Cluster label per node. `initial` groups nodes already together (existing stories)."""
    clusters = _initial_clusters(n, pairs, weights, anchors, initial, frozen)

    def score(a: int, b: int) -> float:
        s, mx = clusters[a].links[b]
        avg = s / (len(clusters[a].members) * len(clusters[b].members))
        return p.avg_weight * avg + (1 - p.avg_weight) * mx if avg >= p.min_avg else 0.0

    heap = [(-score(a, b), a, b) for a in clusters for b in clusters[a].links if a < b]
    heapq.heapify(heap)
    while heap:
        neg, a, b = heapq.heappop(heap)
        if -neg < p.threshold:
            break
        if a not in clusters or b not in clusters or b not in clusters[a].links or abs(score(a, b) + neg) > 1e-12:
            continue
        ca, cb = clusters[a], clusters[b]
        if (ca.frozen and cb.frozen) or not _compatible(ca.anchors, cb.anchors, p.window_days):
            continue
        _merge_into(clusters, a, b)
        for c in ca.links:
            heapq.heappush(heap, (-score(a, c), min(a, c), max(a, c)))
    label = [0] * n
    for cid, c in clusters.items():
        for m in c.members:
            label[m] = cid
    return label


def as_date(s: pl.Series) -> pl.Series:
    """published_at as a Date series whether it came as Date, Datetime or ISO string."""
    if s.dtype == pl.String:
        return s.str.slice(0, 10).str.to_date(strict=False)
    if s.dtype == pl.Null:
        return s.cast(pl.Date)
    return s.cast(pl.Date, strict=False)


def _sort_key(published: object, aid: str) -> tuple:
    return (published is None, str(published) if published is not None else "", aid)


def assign_stories(articles: pl.DataFrame, params: StoryParams | None = None) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(article_id, story_id) for every article, and the stories frame (contract columns).

    in: article_id, title, body, published_at, outlet, duplicate_of; optional caption_text (removed photo
    captions, a date anchor for undated articles) and story_id (existing assignment,
    kept as is) for incremental runs.
    """
    p = params or StoryParams()
    arts = articles
    if "story_id" not in arts.columns:
        arts = arts.with_columns(pl.lit(None, dtype=pl.String).alias("story_id"))
    arts = arts.with_columns(
        as_date(arts["published_at"])
        if "published_at" in arts.columns
        else pl.lit(None, dtype=pl.Date).alias("published_at")
    )
    ids = arts["article_id"].to_list()
    pos = {a: i for i, a in enumerate(ids)}
    dup_of = arts["duplicate_of"].to_list()
    existing = arts["story_id"].to_list()
    orig = [i for i, d in enumerate(dup_of) if d is None or d not in pos]
    titles = [t or "" for t in arts["title"].to_list()]
    bodies = [b or "" for b in arts["body"].to_list()]
    pubs = arts["published_at"].to_list()

    # nodes: originals; a duplicate group is one node whose features pool its members' distinct texts
    node_of = {i: k for k, i in enumerate(orig)}
    names = [name_terms(titles[i], bodies[i]) for i in orig]
    keys = [key_terms(titles[i], bodies[i]) for i in orig]
    captions = arts["caption_text"].to_list() if "caption_text" in arts.columns else [None] * len(ids)
    anchors = [date_anchor(pubs[i], titles[i], bodies[i], captions[i] or "") for i in orig]
    kinds = arts["duplicate_kind"].to_list() if "duplicate_kind" in arts.columns else [None] * len(ids)
    node_story = [existing[i] for i in orig]  # a group keeps a story any of its members already had
    fresh = [existing[i] is None for i in orig]  # a node with a new member is scored again
    for i, d in enumerate(dup_of):
        k = node_of.get(pos[d]) if d is not None and d in pos and i not in node_of else None
        if k is None:
            continue
        fresh[k] |= existing[i] is None
        if existing[orig[k]] is None and existing[i] is not None:
            node_story[k] = existing[i] if node_story[k] is None else min(node_story[k], existing[i])
        if kinds[i] != "exact":  # a near copy adds its own header, byline, extra paragraph
            names[k] = names[k] + name_terms(titles[i], bodies[i])
            keys[k] = keys[k] + key_terms(titles[i], bodies[i])
        if anchors[k] is None:  # a dated copy dates an undated original
            anchors[k] = date_anchor(pubs[i], titles[i], bodies[i], captions[i] or "")
    previous = list(node_story)
    if p.reopen_singletons:  # a story of one report may still join others; stories of 2+ reports are kept
        held: dict[str, int] = {}
        for sid in node_story:
            if sid is not None:
                held[sid] = held.get(sid, 0) + 1
        node_story = [None if sid is not None and held[sid] == 1 else sid for sid in node_story]
    pairs, sims = _scored_pairs(names, keys, anchors, fresh, p)
    initial, frozen, seen = [], [], {}
    for k, i in enumerate(orig):
        sid = node_story[k]
        if sid is None:
            initial.append(len(seen) + len(orig))
            seen[("new", i)] = initial[-1]
        else:
            initial.append(seen.setdefault(("old", sid), len(seen) + len(orig)))
        frozen.append(sid is not None)
    labels = agglomerate(len(orig), pairs, sims, anchors, initial, frozen, p)

    roots = [_root(i, dup_of, pos) for i in range(len(ids))]
    story_ids = _story_ids(labels, orig, node_of, node_story, previous, ids, pubs, roots)
    story_ids = [s if s is not None else existing[i] or ids[roots[i]] for i, s in enumerate(story_ids)]
    assignments = pl.DataFrame(
        {"article_id": ids, "story_id": story_ids}, schema={"article_id": pl.String, "story_id": pl.String}
    )
    return assignments, story_table(arts.with_columns(pl.Series("story_id", story_ids, dtype=pl.String)))


def _scored_pairs(names, keys, anchors, fresh, p: StoryParams) -> tuple[np.ndarray, np.ndarray]:
    """Weighted pairs the clustering sees: every pair with a new node (``fresh``), and pairs between two earlier
    nodes only when new articles link both strongly (weight >= threshold): only new evidence moves a story.

    Why: tf-idf weights shift with every article added, so two old reports just under the threshold would cross
    it when unrelated articles arrive; an old pair counts again only once a new report bridges the two.
    """
    new_nodes = np.flatnonzero(fresh)
    if not len(new_nodes):
        return np.empty((0, 2), dtype=np.int64), np.empty(0)
    pairs, sims = _discounted(*similarity_pairs(names, keys, p, rows=new_nodes), anchors, p)
    is_new = np.asarray(fresh, dtype=bool)
    strong = pairs[sims >= p.threshold].ravel()
    touched = np.unique(strong[~is_new[strong]])
    if len(touched) >= 2:
        old_pairs, old_sims = _discounted(*similarity_pairs(names, keys, p, rows=touched), anchors, p)
        inside = np.isin(old_pairs, touched).all(axis=1)
        pairs, sims = np.concatenate([pairs, old_pairs[inside]]), np.concatenate([sims, old_sims[inside]])
    return pairs, sims


def _discounted(pairs: np.ndarray, sims: np.ndarray, anchors: list, p: StoryParams) -> tuple[np.ndarray, np.ndarray]:
    """Similarities discounted where one or both articles have no date (a lower bound alone is no date)."""
    if len(pairs):
        n_undated = np.array([undated_sides(anchors[i], anchors[j], p.window_days) for i, j in pairs.tolist()])
        sims = sims * np.choose(n_undated, [1.0, p.undated_factor, p.both_undated_factor])
    return pairs, sims


def _root(i: int, dup_of: list, pos: dict) -> int:
    """The original an article is a copy of (itself for an original): follow duplicate_of (normally one hop)."""
    root = i
    for _ in range(len(dup_of)):
        d = dup_of[root]
        if d is None or d not in pos or pos[d] == root:
            break
        root = pos[d]
    return root


def _story_ids(labels, orig, node_of, node_story, previous, ids, pubs, roots) -> list:
    """Story id per article: an existing story id a cluster holds, else the earliest reopened single-report
    story it absorbed, else its earliest member. An id must name one of the story's own articles: a story whose
    id article left takes its earliest remaining member's id (one no other story uses)."""
    by_label: dict[int, list[int]] = {}
    for k, lab in enumerate(labels):
        by_label.setdefault(lab, []).append(orig[k])
    label_of = {orig[k]: lab for k, lab in enumerate(labels)}
    articles_of: dict[int, set[str]] = {}
    for i, r in enumerate(roots):
        if r in label_of:
            articles_of.setdefault(label_of[r], set()).add(ids[i])
    chosen: dict[int, str | None] = {}
    for lab, members in by_label.items():
        olds = sorted({node_story[node_of[i]] for i in members if node_story[node_of[i]] is not None})
        had = sorted((i for i in members if previous[node_of[i]] is not None), key=lambda i: _sort_key(pubs[i], ids[i]))
        candidates = olds + [previous[node_of[i]] for i in had]
        chosen[lab] = next((c for c in candidates if c in articles_of[lab]), None)
    used = {c for c in chosen.values() if c is not None}
    for lab, members in by_label.items():
        if chosen[lab] is None:
            ranked = sorted(members, key=lambda i: _sort_key(pubs[i], ids[i]))
            chosen[lab] = next((ids[i] for i in ranked if ids[i] not in used), ids[ranked[0]])
            used.add(chosen[lab])
    return [chosen.get(label_of.get(r)) for r in roots]


def story_table(arts: pl.DataFrame) -> pl.DataFrame:
    """Contract columns of curated.stories from articles with story_id (title: earliest original's)."""
    return (
        arts.lazy()
        .sort(["published_at", "article_id"], nulls_last=True)
        .group_by("story_id")
        .agg(
            pl.col("title").filter(pl.col("duplicate_of").is_null()).first().alias("_t0"),
            pl.col("title").first().alias("_t1"),
            pl.col("published_at").min().alias("first_published_at"),
            pl.col("published_at").max().alias("last_published_at"),
            pl.len().cast(pl.Int64).alias("num_articles"),
            pl.col("outlet").drop_nulls().n_unique().cast(pl.Int64).alias("num_outlets"),
        )
        .select(
            "story_id",
            pl.coalesce("_t0", "_t1").alias("title"),
            "first_published_at",
            "last_published_at",
            "num_articles",
            "num_outlets",
        )
        .sort("story_id")
        .collect()
    )
