"""Event classes of round 22 (the tuning half of NewsArticles 8), each checked on sentences of our own.

- a legislature stripping a member of immunity (lifting, waiving, depriving of it) is SANCTION against the
  member (``triggers_curated.tsv`` immunity rows; ``trigger_objects.tsv`` @privilege 'immunity' for revoking);
- a 'by' phrase of means ('voted by a show of hands', 'by a large majority', 'by consensus') names no doer: the
  verb stays active and its subject is the source (``means_agents.tsv``, ``event_syntax.means_phrase``);
- a person's name the model cut after its particle ('Marine Le' of 'Marine Le Pen') takes the surname that
  follows, even when that word is also a place's name (``mention_repair._ends_in_particle``);
- a shorter name whose given name sits past the long name's first word must spell it alike: 'Marine Le Pen' is
  not a form of 'Jean-Marie Le Pen' (``entity_names.is_name_part_of``);
- a party written bare ('the Republicans', 'the GOP', 'Democrats', 'the Tories') is that country's party, with
  its country (``party_names.tsv``, read into the actor table beside ``armed_groups.tsv``);
- pointing the finger at someone, shifting the blame to someone is an accusation (``triggers_curated.tsv``);
- a report that accuses or blames someone ('published a report accusing the police') is its publisher's
  accusation, as a statement is (``event_arg_clauses.DOCUMENT_NOUNS``);
- inflicting losses or casualties on a force is an attack, not an imposition (``triggers_curated.tsv``).
"""

import gzip
from datetime import date

import pytest

from sitrep.extract import actor_dictionary, entities, entity_names
from sitrep.extract.data_files import read_tsv
from sitrep.extract.gazetteer import fold
from tests.sitrep.extract.coding import group_countries


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


PARTIES = read_tsv("party_names.tsv")


@pytest.mark.parametrize("row", PARTIES, ids=lambda r: r["names"].split("|")[0])
def test_each_party_row_example_codes_the_party_with_its_country(nlp, row):
    names = {fold(n) for n in row["names"].split("|")}
    found = group_countries(nlp, [row["example"]], "party", date(2024, 3, 1)).get("party0", {})
    mine = {n: c for n, c in found.items() if fold(n) in names}
    assert mine and all(c == {row["country"]} for c in mine.values()), found


def test_party_rows_add_names_only_where_phoenix_has_none():
    with gzip.open(actor_dictionary.ACTORS_FILE, "rt", encoding="utf-8") as fh:
        phoenix = {line.split("\t", 1)[0] for line in fh}
    assert not {fold(n) for r in PARTIES for n in r["names"].split("|")} & phoenix


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("President Ortega pointed the finger at Chile for the failed talks.", "Ortega", "Chile"),
        ("The Chilean minister shifted the blame for the blackout to Bolivia.", "Chile", "Bolivia"),
    ],
)
def test_pointing_the_finger_or_shifting_the_blame_is_an_accusation(event_roles, text, source, target):
    roles = event_roles(text, "ACCUSE")
    assert ("target", target) in roles and any(r == "source" for r, _ in roles), roles


def test_pointing_a_finger_at_a_thing_is_no_accusation(event_roles):
    assert not event_roles("The guide pointed her finger at the old map on the wall.", "ACCUSE")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Amnesty International published a report accusing the Chilean army of torturing detainees.",
         "Amnesty International", "military"),
        ("Human Rights Watch issued a report blaming the Bolivian police for the deaths of protesters.",
         "Human Rights Watch", "police"),
    ],
)  # fmt: skip
def test_a_report_accusing_someone_is_its_publishers_accusation(event_roles, text, source, target):
    roles = event_roles(text, "ACCUSE")
    assert ("source", source) in roles and ("target", target) in roles, roles


def test_dismissing_a_report_is_no_accusation_by_the_dismisser(event_roles):
    assert not event_roles("The minister dismissed a report accusing the Chilean army of torture.", "ACCUSE")


@pytest.mark.parametrize(
    "text",
    ["Army units inflicted heavy losses on the rebels near the dam.",
     "The militia inflicted casualties on the government troops in the north."],
)  # fmt: skip
def test_inflicting_losses_on_a_force_is_an_attack(event_roles, text):
    assert any(r == "source" for r, _ in event_roles(text, "ASSAULT")), text
    assert not event_roles(text, "COERCE")
