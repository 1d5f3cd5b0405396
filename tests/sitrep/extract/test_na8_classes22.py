"""Event classes of round 22 (the tuning half of NewsArticles 8), each checked on sentences of our own.

- a legislature stripping a member of immunity (lifting, waiving, depriving of it) is SANCTION against the
  member (``triggers_curated.tsv`` immunity rows; ``trigger_objects.tsv`` @privilege 'immunity' for revoking);
- a 'by' phrase of means ('voted by a show of hands', 'by a large majority', 'by consensus') names no doer: the
  verb stays active and its subject is the source (``means_agents.tsv``, ``event_syntax.means_phrase``);
- a person's name the model cut after its particle ('Marine Le' of 'Marine Le Pen') takes the surname that
  follows, even when that word is also a place's name (``mention_repair._ends_in_particle``);
- a shorter name whose given name sits past the long name's first word must spell it alike: 'Marine Le Pen' is
  not a form of 'Jean-Marie Le Pen' (``entity_names.is_name_part_of``).
"""

import pytest

from sitrep.extract import entities, entity_names
from sitrep.extract.data_files import read_tsv


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Andean Parliament voted on Thursday to strip Marine Le Pen of her parliamentary immunity.",
         "Andean Parliament", "Marine Le Pen"),
        ("The Andean Parliament stripped Jorge Del Castillo of his immunity on Monday.", "Andean Parliament",
         "Jorge Del Castillo"),
        ("Senator Ana Ruiz was stripped of immunity by the Andean Parliament.", "Andean Parliament", "Ana Ruiz"),
        ("The Andean Parliament lifted the immunity of Senator Ana Ruiz.", "Andean Parliament", "Ana Ruiz"),
    ],
)  # fmt: skip
def test_stripping_a_members_immunity_is_a_sanction(event_roles, text, source, target):
    roles = event_roles(text, "SANCTION")
    assert ("source", source) in roles and ("target", target) in roles, roles


def test_stripping_other_things_is_no_sanction(event_roles):
    assert not event_roles("The workers stripped the old paint from the hull of the ship.", "SANCTION")


@pytest.mark.parametrize("row", read_tsv("means_agents.tsv"), ids=lambda r: r["lemma"])
def test_a_by_phrase_of_means_leaves_the_subject_the_doer(event_roles, row):
    assert ("source", "Andean Parliament") in event_roles(row["example"], "COERCE"), row["example"]


def test_a_real_by_agent_still_names_the_doer(event_roles):
    roles = event_roles("Ana Ruiz was expelled from the country by the Andean Parliament.", "COERCE")
    assert ("source", "Andean Parliament") in roles


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("After a brief debate Marine Le Pen removed the photos from her account.", "Marine Le Pen"),
        ("Police in Lima detained Jorge Del Castillo on Monday.", "Jorge Del Castillo"),
        ("The minister met Ana De Paris in the capital.", "Ana De Paris"),
    ],
)
def test_a_name_is_not_cut_after_its_particle(nlp, text, name):
    surfaces = {m["surface"] for m in entities.doc_mentions(nlp(text))}
    assert name in surfaces, surfaces


def test_a_different_given_name_makes_a_different_person():
    def toks(s):
        return tuple(entity_names.name_tokens(s))

    assert not entity_names.is_name_part_of(toks("Marine Le Pen"), toks("Jean-Marie Le Pen"))
    assert entity_names.is_name_part_of(toks("Le Pen"), toks("Jean-Marie Le Pen"))
    assert entity_names.is_name_part_of(toks("Alberto Alvarez"), toks("Lazaro Alberto Alvarez Casas"))
