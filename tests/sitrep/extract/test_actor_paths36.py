"""Round 36 made three actor look-ups cheaper without changing an answer; these invented sentences run each path.

- ``event_coref.agency_subject``: a state news agency as the subject speaks for its state (the subject's subtree
  is walked only when an organisation or person mention lies under it);
- ``event_mentions.surname_antecedent``: the persons named earlier are filtered before they are sorted;
- ``actor_spotting.add_misspelt_countries``: a word's overlap with the stretches already taken is found by
  bisection (``test_overlap_by_bisection_is_the_pairwise_test`` compares it with the pairwise test).
"""

from __future__ import annotations

import random
from bisect import bisect_left
from itertools import accumulate

import pytest

from sitrep.extract import entities
from tests.sitrep.extract.coding import dyads


def _agency(nlp, text: str, subject: str) -> dict | None:
    from sitrep.extract.event_context import EventContext
    from sitrep.extract.event_coref import agency_subject

    doc = nlp(text)
    ctx = EventContext(doc, entities.doc_mentions(doc), None)
    return agency_subject(ctx, next(t for t in doc if t.text == subject))


@pytest.mark.parametrize(
    "text",
    [
        "Xinhua accused Vietnam of provoking the clash near the islands.",
        "The Xinhua news agency accused Vietnam of provoking the clash near the islands.",
    ],
)
def test_a_state_news_agency_subject_speaks_for_its_state(nlp, text):
    assert dyads(nlp, text, "ACCUSE") == [({"Xinhua"}, {"Vietnam"})]
    subject = "Xinhua" if text.startswith("Xinhua") else "agency"
    got = _agency(nlp, text, subject)
    assert got is not None and (got["surface"], got["label"], got["country_iso3"]) == ("Xinhua", "ORG", "CHN")


def test_a_subject_with_no_agency_under_it_is_none(nlp):
    text = "The angry farmers accused Vietnam of provoking the clash near the islands."
    assert dyads(nlp, text, "ACCUSE") == [({None}, {"Vietnam"})]
    assert _agency(nlp, text, "farmers") is None
    assert _agency(nlp, "Maria Lopez accused Vietnam of provoking the clash.", "Lopez") is None  # a person


def test_a_surname_alone_is_the_person_named_in_full_before(nlp):
    text = (
        "Carla Mendez, the foreign minister of Peru, arrived in Quito on Monday. "
        "Mendez accused Ecuador of violating the border treaty."
    )
    assert dyads(nlp, text, "ACCUSE") == [({"Mendez"}, {"Ecuador"})]


def test_a_misspelt_country_beside_a_country_is_read_as_it(nlp):
    doc = nlp("Etiopia and Djibouti opened a new railway link on Sunday.")
    got = {m["surface"]: (m["label"], m.get("country_iso3")) for m in entities.doc_mentions(doc)}
    assert got["Etiopia"] == ("GPE", "ETH")
    assert got["Djibouti"] == ("GPE", "DJI")


def test_overlap_by_bisection_is_the_pairwise_test():
    rng = random.Random(36)
    for _ in range(5000):
        taken = sorted((a, a + rng.randint(1, 8)) for a in rng.sample(range(60), rng.randint(0, 8)))
        starts, reach = [ts for ts, _te in taken], list(accumulate((te for _ts, te in taken), max))
        s = rng.randint(0, 70)
        e = s + rng.randint(1, 6)
        k = bisect_left(starts, e)
        assert bool(k and reach[k - 1] > s) == any(ts < e and s < te for ts, te in taken)
