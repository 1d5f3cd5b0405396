"""Deterministic fixture articles for dedup tests (generated text: no dev-set or seed wording)."""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest

_WORDS = [
    "harbour",
    "council",
    "budget",
    "river",
    "station",
    "market",
    "school",
    "bridge",
    "tunnel",
    "railway",
    "farmers",
    "union",
    "pension",
    "tariff",
    "ministry",
    "court",
    "hospital",
    "festival",
    "drought",
    "flood",
    "election",
    "grain",
    "export",
    "airport",
    "contract",
    "reform",
    "strike",
    "museum",
    "theatre",
    "factory",
    "mine",
    "forest",
    "coast",
    "island",
    "village",
    "border",
    "treaty",
    "summit",
    "delegation",
    "agreement",
    "inflation",
    "currency",
    "bank",
    "loan",
    "investment",
    "energy",
    "pipeline",
    "solar",
    "wind",
    "nuclear",
    "housing",
    "water",
    "police",
    "report",
    "inquiry",
    "vote",
    "parliament",
    "senate",
    "mayor",
    "governor",
    "coalition",
    "opposition",
    "protest",
    "rally",
    "campaign",
]
_VERBS = [
    "said",
    "announced",
    "approved",
    "rejected",
    "delayed",
    "proposed",
    "opened",
    "closed",
    "signed",
    "visited",
    "praised",
    "blamed",
]


def sentence(rng: random.Random, n: int = 14) -> str:
    words = [rng.choice(_WORDS) if i % 4 else rng.choice(_VERBS) for i in range(n)]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def article(seed: int, sentences: int = 12) -> list[str]:
    """An article as a list of sentences (one paragraph per two sentences when joined)."""
    rng = random.Random(seed)
    return [sentence(rng, rng.randint(10, 18)) for _ in range(sentences)]


def join(sents: list[str]) -> str:
    return "\n\n".join(" ".join(sents[i : i + 2]) for i in range(0, len(sents), 2))


@pytest.fixture(scope="session")
def textgen() -> SimpleNamespace:
    """article(seed, sentences) -> list of sentences; join(sentences) -> body; sentence(rng) -> str."""
    return SimpleNamespace(article=article, join=join, sentence=sentence)
