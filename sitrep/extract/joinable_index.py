"""The clusters of one event type that the merge across articles has made so far, indexed by their parties and
stories, so that a cluster's joinable ones (``GrowingCluster.joinable``: those sharing a party or a story with it)
are found by look-up instead of a test of every cluster of its type (a quadratic scan as a corpus grows).

A cluster's parties and stories only grow while the merge runs (reports are only ever added to a cluster), so an
index that is told of each growth (``join``) holds exactly each cluster's current parties and stories, and the
look-up gives the same clusters, in the same order, as the scan."""

from __future__ import annotations

from sitrep.extract.report_clusters import GrowingCluster


class JoinableIndex:
    """Clusters by event type, in the order added, with (event type, party or story) -> their positions."""

    def __init__(self) -> None:
        self._by_type: dict[str, list[GrowingCluster]] = {}
        self._positions: dict[tuple[str, str, str], set[int]] = {}
        self._where: dict[int, tuple[str, int]] = {}  # id(cluster) -> (event type, position)

    def add(self, cluster: GrowingCluster) -> GrowingCluster:
        """A new cluster of the merge, after all those added before; returns it."""
        clusters = self._by_type.setdefault(cluster.etype, [])
        self._where[id(cluster)] = (cluster.etype, len(clusters))
        clusters.append(cluster)
        self._note(cluster)
        return cluster

    def join(self, cluster: GrowingCluster, reports: list) -> None:
        """``reports`` join a cluster added before: its parties and stories grow."""
        cluster.members.extend(reports)
        self._note(cluster)

    def _note(self, cluster: GrowingCluster) -> None:
        """Note the cluster's parties and stories (they only grow: the earlier ones stay right)."""
        etype, position = self._where[id(cluster)]
        for party in cluster.parties():
            self._positions.setdefault((etype, "party", party), set()).add(position)
        for story in cluster.stories():
            self._positions.setdefault((etype, "story", story), set()).add(position)

    def joinable(self, cluster: GrowingCluster) -> list[GrowingCluster]:
        """The clusters of ``cluster``'s type sharing a party or a story with it, in the order they were added
        (what ``cluster.joinable`` gives of all of them)."""
        etype = cluster.etype
        found: set[int] = set()
        for party in cluster.parties():
            found |= self._positions.get((etype, "party", party), set())
        for story in cluster.stories():
            found |= self._positions.get((etype, "story", story), set())
        clusters = self._by_type.get(etype, [])
        return [clusters[i] for i in sorted(found)]
