"""Round 30's cuts of the serial tail of a run (corpus-wide assembly in the flow process) must not change its
outcome: the cross-article merge finds the clusters sharing a party or a story by an index
(``joinable_index.JoinableIndex``) instead of a scan, a one-article lead is tried as a retelling only against the
clusters with a report in its article (``retold_leads._by_article``), and an ASCII surface counts no accented
letter without being decomposed (``entity_names.diacritic_count``)."""

from __future__ import annotations

import random
import unicodedata

from sitrep.extract import retold_leads
from sitrep.extract.entity_names import diacritic_count
from sitrep.extract.joinable_index import JoinableIndex
from sitrep.extract.report_clusters import Cand, GrowingCluster


def _report(rng: random.Random, article: str) -> Cand:
    cand = {"event_type": rng.choice(["CONSULT", "ACCUSE"]), "start_char": rng.randrange(500)}
    persons = frozenset(rng.sample([f"p{i}" for i in range(12)], rng.randrange(3)))
    others = frozenset(rng.sample([f"o{i}" for i in range(12)], rng.randrange(3)))
    story = rng.choice([None, "s1", "s2", "s3", "s4"])
    return Cand(article, cand, persons, others, {}, story, None)


def test_the_index_gives_the_clusters_the_scan_gives_in_their_order_while_clusters_grow():
    rng = random.Random(30)
    index, merged = JoinableIndex(), []
    for n in range(400):
        c = GrowingCluster([_report(rng, f"a{n}")])
        scan = c.joinable([g for g in merged if g.etype == c.etype])
        assert index.joinable(c) == scan
        if scan and rng.random() < 0.6:
            index.join(rng.choice(scan), c.members)  # the chosen cluster's parties and stories grow
        else:
            merged.append(index.add(GrowingCluster(list(c.members))))
    assert sum(len(g.members) for g in merged) == 400 and len(merged) < 400


def test_clusters_by_article_keep_their_order_and_list_each_cluster_once():
    def cluster(*articles: str) -> GrowingCluster:
        return GrowingCluster([Cand(a, {"event_type": "CONSULT", "start_char": 0}, frozenset(), frozenset(), {},
                                    None, None) for a in articles])  # fmt: skip

    one, two, three = cluster("a1", "a2", "a1"), cluster("a2"), cluster("a3", "a1")
    by_article = retold_leads._by_article([one, two, three])
    assert by_article == {"a1": [one, three], "a2": [one, two], "a3": [three]}


class _Every(dict):
    """Every cluster for any article: the scan before the shortcut."""

    def __init__(self, clusters: list) -> None:
        super().__init__()
        self.clusters = clusters

    def __getitem__(self, _article: str) -> list:
        return self.clusters


def test_the_seeds_assemble_the_same_with_every_cluster_tried_as_a_lead(seeds_assembly, monkeypatch):
    tables = seeds_assembly
    shortcut = tables()
    assert shortcut["events"]
    monkeypatch.setattr(retold_leads, "_by_article", _Every)
    assert tables() == shortcut


def test_accented_letters_are_counted_as_the_decomposition_counts_them():
    def decomposed(text: str) -> int:
        return sum(1 for c in unicodedata.normalize("NFKD", text) if unicodedata.combining(c))

    for text in ("Diaz-Canel", "Díaz-Canel Bermúdez", "Erdoğan", "Ahmed Salah", "", "Zoë", "São Tomé", "O'Neill"):
        assert diacritic_count(text) == decomposed(text)
    assert diacritic_count("Díaz-Canel Bermúdez") == 2 and diacritic_count("Diaz-Canel") == 0
