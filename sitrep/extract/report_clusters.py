"""The units the event merge works on: a candidate with its resolved entity ids (``Cand``), and a group of
candidates taken for one happening (``Cluster``) with the date, place and stories the group tells."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

#: which kind of date wins inside a cluster: one stated in the text, then one carried on, then the publication
SOURCE_RANK = {
    "expression": 0,
    "discourse": 1,
    "statement": 1,
    "story": 1,
    "told_bound": 2,  # the day a past perfect was told ('said on Monday that X had attacked'): by then
    "publication": 2,
    "collection": 2,
}


def participants_compatible(a_p: set, a_o: set, b_p: set, b_o: set) -> bool:
    """Nested person sets sharing someone; without persons on one side, nested non-person actors."""
    if a_p and b_p:
        return bool(a_p & b_p) and (a_p <= b_p or b_p <= a_p)
    if not a_p and not b_p:
        return bool(a_o & b_o) and (a_o <= b_o or b_o <= a_o)
    return False


@dataclass
class Cand:
    """One candidate with resolved entity ids."""

    article_id: str
    cand: dict
    persons: frozenset[str]
    others: frozenset[str]
    roles: dict[str, str]
    story_id: str | None
    outlet: str | None
    home: frozenset[str] = frozenset()  # countries its source persons and bodies are of (title, demonym cues)
    joined_day: date | None = None  # the dated happening's day an undated weekday report joined
    #: countries of its source parties and of its other parties (states, persons and groups alike)
    state_sides: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    #: the countries its targets name when every target is a country or a region of one ('invaded Freedonia')
    target_ground: frozenset[str] = frozenset()
    #: parties credited only once the reports are merged (entity -> role): a demonym's own entity (demonym_credits)
    added_roles: dict[str, str] = field(default_factory=dict)


@dataclass
class Cluster:
    members: list[Cand] = field(default_factory=list)

    @property
    def persons(self) -> set[str]:
        return set().union(*(m.persons for m in self.members))

    @property
    def others(self) -> set[str]:
        return set().union(*(m.others for m in self.members))

    @property
    def etype(self) -> str:
        return self.members[0].cand["event_type"]

    def dated(self) -> list[dict]:
        return [m.cand for m in self.members if m.cand.get("event_date")]

    def date(self) -> tuple[str | None, str | None]:
        """The most precise date; among those, one stated in the text beats one carried from the
        discourse, which beats the bare publication date (a report is often published the day after);
        then the most frequent, then the earliest."""
        ds = self.dated()
        if not ds:
            return None, None
        rank = {"day": 0, "month": 1, "year": 2}
        best_prec = min(rank.get(d.get("date_precision"), 3) for d in ds)
        pool = [d for d in ds if rank.get(d.get("date_precision"), 3) == best_prec]
        best_src = min(SOURCE_RANK.get(d.get("date_source") or "", 1) for d in pool)
        counts = Counter(d["event_date"] for d in pool if SOURCE_RANK.get(d.get("date_source") or "", 1) == best_src)
        iso = min(counts, key=lambda k: (-counts[k], k))
        return iso, {0: "day", 1: "month", 2: "year"}.get(best_prec)

    def place(self) -> dict | None:
        ps = [m.cand for m in self.members if m.cand.get("location_country_iso3")]
        if not ps:
            return None
        rank = {"sentence": 0, "discourse": 1, "story": 1, "dateline": 2}
        best = min(rank.get(p.get("place_source") or "", 3) for p in ps)
        ps = [p for p in ps if rank.get(p.get("place_source") or "", 3) == best]
        cities = [p for p in ps if p.get("latitude") is not None]
        if not cities:  # 'landed in Cuba' + 'met Castro in Havana': the city within the stated country
            countries = {p["location_country_iso3"] for p in ps}
            cities = [
                m.cand
                for m in self.members
                if m.cand.get("latitude") is not None and m.cand.get("location_country_iso3") in countries
            ]
        pool = cities or ps
        name = Counter(p["location_name"] for p in pool).most_common(1)[0][0]
        return next(p for p in pool if p["location_name"] == name)

    def stories(self) -> set[str]:
        return {m.story_id for m in self.members if m.story_id}

    def hints(self) -> list[dict]:
        return [m.cand.get("date_hints") or {} for m in self.members]


@dataclass(eq=False)
class GrowingCluster(Cluster):
    """A ``Cluster`` while the merge grows it: what it tells (persons, date, place, stories, hints) is computed
    once per size, not on each of the thousands of comparisons with candidates. While it merges, its members are
    only ever added to and their candidates are not changed; the merge hands plain ``Cluster``s on."""

    _memo: dict = field(default_factory=dict, repr=False)
    _size: int = field(default=-1, repr=False)

    def _once(self, name: str, compute):  # noqa: ANN001, ANN202 - one of Cluster's own readers
        if self._size != len(self.members):
            self._memo, self._size = {}, len(self.members)
        if name not in self._memo:
            self._memo[name] = compute(self)
        return self._memo[name]

    @property
    def persons(self) -> set[str]:
        return self._once("persons", Cluster.persons.fget)

    @property
    def others(self) -> set[str]:
        return self._once("others", Cluster.others.fget)

    def date(self) -> tuple[str | None, str | None]:
        return self._once("date", Cluster.date)

    def place(self) -> dict | None:
        return self._once("place", Cluster.place)

    def stories(self) -> set[str]:
        return self._once("stories", Cluster.stories)

    def hints(self) -> list[dict]:
        return self._once("hints", Cluster.hints)

    def parties(self) -> set[str]:
        """Every entity of its reports, persons and other actors alike."""
        return self._once("parties", lambda c: c.persons | c.others)

    def joinable(self, clusters: Iterable[GrowingCluster]) -> list[GrowingCluster]:
        """Those of ``clusters`` (of reports from other articles) this one can be one happening with at all: those
        sharing a party or a story with it, in their order. Every way two reports of different articles fit
        (``event_merge._compatible``) asks one of the two (nested persons or other actors sharing one; a source
        and a target told in one story; one act told at the levels of states and of officials in one story), so
        a cluster sharing neither is passed over without asking whether each report of one fits the other (most
        pairs of a type: the bulk of the merge's work); the merge's outcome is the same."""
        mine, stories = self.parties(), self.stories()
        return [g for g in clusters if not mine.isdisjoint(g.parties()) or not stories.isdisjoint(g.stories())]
