"""Two shortcuts of corpus-wide assembly that must not change its outcome: the cross-article event merge tries
only clusters sharing a party or a story (``GrowingCluster.joinable``), and a clipped acronym is tried only
against names with a content word starting with its first letter (``clipped_acronyms._start_letters``)."""

from __future__ import annotations

from types import SimpleNamespace

from sitrep.extract import clipped_acronyms
from sitrep.extract.joinable_index import JoinableIndex
from sitrep.extract.report_clusters import Cand, GrowingCluster


def _cluster(article: str, persons=(), others=(), story=None) -> GrowingCluster:
    cand = {"event_type": "CONSULT", "start_char": 0}
    return GrowingCluster([Cand(article, cand, frozenset(persons), frozenset(others), {}, story, None)])


def test_joinable_keeps_the_clusters_sharing_a_party_or_a_story_in_their_order():
    mine = _cluster("a1", persons={"p1"}, others={"o1"}, story="s1")
    shared_person = _cluster("a2", persons={"p1", "p2"})
    unrelated = _cluster("a3", persons={"p9"}, others={"o9"}, story="s9")
    shared_story = _cluster("a4", others={"o7"}, story="s1")
    shared_other = _cluster("a5", others={"o1"})
    no_story = _cluster("a6", persons={"p8"})
    clusters = [shared_person, unrelated, shared_story, shared_other, no_story]
    assert mine.joinable(clusters) == [shared_person, shared_story, shared_other]


def test_the_seeds_assemble_the_same_without_the_merge_shortcut(seeds_assembly, monkeypatch):
    tables = seeds_assembly
    shortcut = tables()
    assert shortcut["events"]
    # every cluster of the type, as the scan before the shortcut (round 30: the merge asks JoinableIndex)
    monkeypatch.setattr(JoinableIndex, "joinable", lambda self, c: list(self._by_type.get(c.etype, [])))
    assert tables() == shortcut


def test_clipped_keys_are_those_every_name_would_give():
    names = ["EU Naval Force", "US Central Command", "Africa Command", "International Police", "Central Bank",
             "Naval Forces Command", "Ministry of Defence", "Force Command Centre", "African Union"]  # fmt: skip
    groups = {(n,): [SimpleNamespace(m={"name": n})] for n in names}
    for acronym in ("NAVFOR", "CENTCOM", "AFRICOM", "INTERPOL", "FORCOM", "MINDEF", "CENBANK", "AFUN"):
        every = sorted(k for k, ms in groups.items() if clipped_acronyms.clipped_spelling(acronym, ms[0].m["name"]))
        assert clipped_acronyms.clipped_keys(acronym, groups, None) == every
    assert clipped_acronyms.clipped_keys("NAVFOR", groups, None) == [("EU Naval Force",)]
