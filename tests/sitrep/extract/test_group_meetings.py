"""Meetings whose other party is a group ('met the senators', 'talks with striking dockers'): the group is a
party with the country its sentence gives; an audience ('met reporters'), a thing ('met the target') or
private people only ('hikers met farmers') make no meeting."""

from __future__ import annotations

from datetime import date

from sitrep.extract.events import doc_event_candidates


def _consults(analyse, text: str) -> list[set[tuple[str, str, str | None]]]:
    doc, ments = analyse(text)
    by_idx = {m["idx"]: m for m in ments}
    out = []
    for c in doc_event_candidates(doc, ments, date(2024, 5, 6)):
        if c["event_type"] != "CONSULT":
            continue
        out.append(
            {
                (
                    p["role"],
                    by_idx[p["mention_idx"]]["surface"] if p["mention_idx"] is not None else p.get("group"),
                    p.get("country_iso3"),
                )
                for p in c["participants"]
            }
        )
    return out


def test_a_meeting_with_a_group_names_the_group_as_target(analyse):
    (roles,) = _consults(analyse, "Chilean President Gabriel Boric met the senators in Santiago on Tuesday.")
    assert ("source", "Gabriel Boric", None) in roles
    assert ("target", "legislators", "CHL") in roles  # the country the sentence gives


def test_a_group_after_with_is_the_other_party(analyse):
    (roles,) = _consults(analyse, "Norway's labour minister Tonje Brenna met with striking dock workers in Oslo.")
    assert any(r == "target" and g == "workers" for r, g, _ in roles), roles


def test_leaders_of_a_group_speak_for_that_group(analyse):
    (roles,) = _consults(analyse, "The Ghanaian interior minister met leaders of the opposition parties in Accra.")
    assert ("target", "opposition", "GHA") in roles
    assert ("source", "government", "GHA") in roles


def test_an_audience_or_a_thing_is_no_party(analyse):
    assert not _consults(analyse, "Prime Minister Jonas Gahr Store met reporters after the vote in Oslo.")
    assert not _consults(analyse, "The new plant met its production target in March.")


def test_private_people_meeting_private_people_is_no_meeting(analyse):
    assert not _consults(analyse, "Danish hikers met Icelandic farmers near Reykjavik on Sunday.")
