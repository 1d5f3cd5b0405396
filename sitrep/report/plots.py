"""The analyst's plots (plotly): the actor network and the events timeline, from the curated tables.

Every label handed to plotly is HTML-escaped first: plotly renders a subset of HTML in hover text and titles
(links included), and article text is untrusted. Plotly shows the escaped entities as the original characters.
"""

from __future__ import annotations

import html
import math
from collections import Counter, defaultdict
from itertools import combinations
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import duckdb

#: at most this many actors (by number of events) in the network, so the picture stays readable
MAX_ACTORS = 60
#: one colour per PLOVER category (plotly's qualitative palettes, fixed so a category keeps its colour)
PLOVER_COLOURS = {
    "AGREE": "#1f77b4", "CONSULT": "#2ca02c", "SUPPORT": "#98df8a", "CONCEDE": "#aec7e8", "COOPERATE": "#17becf",
    "AID": "#9edae5", "RETREAT": "#c7c7c7", "REQUEST": "#bcbd22", "ACCUSE": "#ff9896", "REJECT": "#ffbb78",
    "THREATEN": "#ff7f0e", "PROTEST": "#e377c2", "SANCTION": "#9467bd", "MOBILIZE": "#8c564b", "COERCE": "#c5b0d5",
    "ASSAULT": "#d62728",
}  # fmt: skip
OTHER_COLOUR = "#7f7f7f"

_PARTICIPANTS_SQL = """
select p.event_id, e.event_type, n.entity_id, n.canonical_name
from curated.event_participants p
join curated.events e using (event_id)
join curated.entities n using (entity_id)
order by p.event_id, n.entity_id
"""
_TIMELINE_SQL = """
select event_id, event_type, event_date, coalesce(location_country_iso3, 'unknown') as country,
       coalesce(summary, '') as summary, coalesce(location_name, '') as place
from curated.events where event_date is not null order by event_date, event_id
"""


def _esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def actor_edges(rows: list[tuple]) -> tuple[dict[str, str], list[dict]]:
    """(event_id, event_type, entity_id, name) rows -> names by entity and edges ``{a, b, events, types}``."""
    names: dict[str, str] = {}
    members: dict[str, set[str]] = defaultdict(set)
    types: dict[str, str] = {}
    for event_id, event_type, entity_id, name in rows:
        names[entity_id] = name
        members[event_id].add(entity_id)
        types[event_id] = event_type
    pairs: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for event_id, ids in members.items():
        for a, b in combinations(sorted(ids), 2):
            pairs[(a, b)][types[event_id]] += 1
    edges = [{"a": a, "b": b, "events": sum(c.values()), "types": c} for (a, b), c in sorted(pairs.items())]
    return names, edges


def spring_layout(nodes: list[str], edges: list[dict], iterations: int = 80, seed: int = 7) -> dict[str, tuple]:
    """A small deterministic force-directed layout (Fruchterman-Reingold) in the unit square."""
    n = len(nodes)
    if n == 0:
        return {}
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2))
    index = {node: i for i, node in enumerate(nodes)}
    links = [(index[e["a"]], index[e["b"]], math.log2(1 + e["events"])) for e in edges]
    k = 1.0 / math.sqrt(n)
    temperature = 0.1
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.maximum(np.linalg.norm(delta, axis=-1), 1e-3)
        shift = (delta / dist[..., None] * (k * k / dist)[..., None]).sum(axis=1)
        for i, j, w in links:
            d = pos[i] - pos[j]
            length = max(float(np.linalg.norm(d)), 1e-3)
            pull = d / length * (length * length / k) * w
            shift[i] -= pull
            shift[j] += pull
        length = np.maximum(np.linalg.norm(shift, axis=-1), 1e-3)
        pos += shift / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature *= 0.95
    pos = (pos - pos.min(axis=0)) / np.maximum(np.ptp(pos, axis=0), 1e-9)
    return {node: (float(pos[i, 0]), float(pos[i, 1])) for node, i in index.items()}


def actor_network_figure(con: duckdb.DuckDBPyConnection):
    """Who met whom: actors as nodes, an edge per pair sharing events (width = events, colour = category)."""
    import plotly.graph_objects as go

    names, edges = actor_edges(con.execute(_PARTICIPANTS_SQL).fetchall())
    degree: Counter = Counter()
    for e in edges:
        degree[e["a"]] += e["events"]
        degree[e["b"]] += e["events"]
    keep = {node for node, _ in degree.most_common(MAX_ACTORS)}
    edges = [e for e in edges if e["a"] in keep and e["b"] in keep]
    nodes = sorted(keep)
    pos = spring_layout(nodes, edges)
    fig = go.Figure()
    shown: set[str] = set()
    for e in sorted(edges, key=lambda e: -e["events"]):
        category = e["types"].most_common(1)[0][0]
        (x0, y0), (x1, y1) = pos[e["a"]], pos[e["b"]]
        plural = "s" if e["events"] != 1 else ""
        kinds = ", ".join(f"{_esc(t)} {n}" for t, n in e["types"].most_common())
        label = f"{_esc(names[e['a']])} — {_esc(names[e['b']])}: {e['events']} event{plural} ({kinds})"
        fig.add_trace(
            go.Scatter(
                x=[x0, (x0 + x1) / 2, x1], y=[y0, (y0 + y1) / 2, y1], mode="lines",
                line={"width": 1 + 2 * math.log2(e["events"]), "color": PLOVER_COLOURS.get(category, OTHER_COLOUR)},
                name=_esc(category), legendgroup=_esc(category), showlegend=category not in shown,
                hoverinfo="text", text=[label] * 3,
            )
        )  # fmt: skip
        shown.add(category)
    fig.add_trace(
        go.Scatter(
            x=[pos[n][0] for n in nodes], y=[pos[n][1] for n in nodes], mode="markers+text",
            text=[_esc(names[n]) for n in nodes], textposition="top center",
            hovertext=[f"{_esc(names[n])}: {degree[n]} shared events" for n in nodes], hoverinfo="text",
            marker={"size": [8 + 3 * math.sqrt(degree[n]) for n in nodes], "color": "#333"}, name="actor",
            showlegend=False,
        )
    )  # fmt: skip
    fig.update_layout(
        title="Actor network: who met whom (edge width = shared events, colour = PLOVER category)",
        xaxis={"visible": False}, yaxis={"visible": False}, height=650, legend_title_text="PLOVER category",
        plot_bgcolor="white",
    )  # fmt: skip
    return fig


def timeline_figure(con: duckdb.DuckDBPyConnection):
    """Events over time by country (rows) and PLOVER category (colour)."""
    import plotly.graph_objects as go

    rows = con.execute(_TIMELINE_SQL).fetchall()
    by_type: dict[str, list[tuple]] = defaultdict(list)
    for row in rows:
        by_type[row[1]].append(row)
    fig = go.Figure()
    for event_type in sorted(by_type):
        group = by_type[event_type]
        fig.add_trace(
            go.Scatter(
                x=[r[2] for r in group], y=[_esc(r[3]) for r in group], mode="markers", name=_esc(event_type),
                marker={"size": 10, "color": PLOVER_COLOURS.get(event_type, OTHER_COLOUR), "opacity": 0.8},
                hovertext=[f"{_esc(r[2])} {_esc(event_type)} in {_esc(r[5] or r[3])}: {_esc(r[4])[:200]}"
                           for r in group],
                hoverinfo="text",
            )
        )  # fmt: skip
    countries = sorted({_esc(r[3]) for r in rows})
    fig.update_layout(
        title="Events timeline by country and PLOVER category", height=max(350, 40 * len(countries) + 150),
        yaxis={"categoryorder": "array", "categoryarray": countries, "title": "country"},
        xaxis={"title": "event date"}, legend_title_text="PLOVER category", plot_bgcolor="white",
    )  # fmt: skip
    return fig
