"""Name folding and name-variant matching (pure functions, no spaCy)."""

from __future__ import annotations

from sitrep.extract.entity_names import (
    fold,
    is_name_part_of,
    is_titlecase_name,
    name_key,
    name_tokens,
    strip_possessive,
    tokens_match,
)


def test_fold_and_tokens_drop_accents_possessives_and_hyphens() -> None:
    assert fold("Díaz-Canel") == "diaz-canel"
    assert name_tokens("Díaz-Canel’s") == ("diaz", "canel")
    assert name_key("Lázaro Alberto Álvarez Casas") == "lazaro alberto alvarez casas"
    assert strip_possessive("Patrushev's") == "Patrushev"
    assert strip_possessive("Burundis’") == "Burundis"


def test_transliteration_variants_match() -> None:
    assert tokens_match("sergey", "sergei")
    assert tokens_match(name_tokens("Sergueï")[0], "sergey")
    assert tokens_match("nikolai", "nikolay")
    assert tokens_match("goita", "goyta")
    assert tokens_match("raeisi", "raisi")
    assert tokens_match("zelenskyi", "zelensky")


def test_different_names_do_not_match() -> None:
    assert not tokens_match("raul", "fidel")
    assert not tokens_match("europe", "european")
    assert not tokens_match("maria", "mario")
    assert not tokens_match("castro", "c")  # a full token is never matched by someone else's initial


def test_shorter_forms_are_part_of_the_full_name() -> None:
    full = name_tokens("Lázaro Alberto Álvarez Casas")
    assert is_name_part_of(name_tokens("Alberto Álvarez"), full)
    assert is_name_part_of(name_tokens("Álvarez Casas"), full)
    assert is_name_part_of(name_tokens("Diaz-Canel"), name_tokens("Miguel Díaz-Canel Bermúdez"))
    assert is_name_part_of(name_tokens("Patrushev"), name_tokens("Nikolai Patrushev"))
    assert is_name_part_of(name_tokens("Ryan Berg"), name_tokens("Ryan C. Berg"))


def test_first_names_other_people_and_relatives_are_not_parts() -> None:
    assert not is_name_part_of(name_tokens("Miguel"), name_tokens("Miguel Díaz-Canel"))
    assert not is_name_part_of(name_tokens("Raúl Castro"), name_tokens("Fidel Castro"))
    assert not is_name_part_of(name_tokens("Castro"), name_tokens("Ryan C. Berg"))
    assert not is_name_part_of(name_tokens("George W. Bush"), name_tokens("George H. W. Bush"))
    assert not is_name_part_of(name_tokens("Donald Trump"), name_tokens("Donald Trump Jr."))


def test_strict_matching_needs_identical_skeletons() -> None:
    assert is_name_part_of(name_tokens("Goyta"), name_tokens("Assimi Goita"), strict=True)
    assert not is_name_part_of(name_tokens("Cyril Ramaphsa"), name_tokens("Cyril Ramaphosa"), strict=True)
    assert is_name_part_of(name_tokens("Cyril Ramaphsa"), name_tokens("Cyril Ramaphosa"))


def test_a_spelling_slip_needs_an_exact_anchor() -> None:
    assert is_name_part_of(name_tokens("Ebrahim Raeisi"), name_tokens("Ebrahim Raisi"))
    assert not is_name_part_of(name_tokens("Regan"), name_tokens("Ronald Reagan"))
    assert not is_name_part_of(name_tokens("Ramaphsa"), name_tokens("Cyril Ramaphosa"))


def test_titlecase_name() -> None:
    assert is_titlecase_name("Alberto van Klaveren")
    assert not is_titlecase_name("the Kremlin")
