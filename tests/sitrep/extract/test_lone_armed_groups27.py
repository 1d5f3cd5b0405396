"""'Militants', 'insurgents', 'rebels' in an article whose only named armed group is one group stand for that group,
before or after its name (``lone_armed_groups``, ``data/lone_armed_nouns.tsv``); texts of our own."""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv
from tests.sitrep.extract.coding import named_dyads

ROWS = read_tsv("lone_armed_nouns.tsv")
GROUPS = ("Boko Haram", "Taliban", "Houthis", "Shabaab")


@pytest.mark.parametrize("row", ROWS, ids=[r["noun"] for r in ROWS])
def test_each_noun_row_is_the_group_its_article_names(nlp, row):
    found = named_dyads(nlp, row["example"], "ASSAULT")
    assert any(any(s and g in s for g in GROUPS) for src, _ in found for s in src), found


def test_members_told_before_the_name_are_the_group(nlp):
    text = "Militants stormed a hotel in Mogadishu on Friday. Al-Shabaab said it carried out the attack."
    found = named_dyads(nlp, text, "ASSAULT")
    assert any(any(s and "Shabaab" in s for s in src) for src, _ in found[:1]), found


def test_killed_members_are_the_group_as_target(nlp):
    text = "Hamas fired rockets at Israel on Monday. Israeli troops killed five militants in Gaza on Tuesday."
    found = named_dyads(nlp, text, "ASSAULT")
    assert any("Hamas" in tar for _, tar in found[1:]), found


@pytest.mark.parametrize(
    "text",
    [
        # two armed groups: the members are of neither for sure
        "The Taliban and Islamic State fight in Kunar. Militants attacked a checkpoint on Tuesday.",
        # members with a side of their own
        "The Taliban control most of Helmand. Pakistani militants attacked a police checkpoint in Kandahar on Tuesday.",
        # no armed group named
        "Nigeria deployed troops to the northeast. Militants attacked a military base near Maiduguri on Monday.",
    ],
)
def test_members_stay_a_group_without_one_lone_named_group(nlp, text):
    found = named_dyads(nlp, text, "ASSAULT")
    assert not any(s and any(g in s for g in ("Taliban", "Islamic State")) for src, _ in found for s in src), found
    assert found, found
