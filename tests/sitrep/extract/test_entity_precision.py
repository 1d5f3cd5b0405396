"""Person names must look like names: repairs and refusals for junk the small model tags PERSON on ordinary
news (scraper-glued punctuation, platforms and news agencies, saints' place names, coinages)."""

from __future__ import annotations

import pytest

from sitrep.extract.entities import doc_mentions, resolve_entities
from sitrep.extract.mention_repair import repair_person
from sitrep.extract.mention_span import Span


def repaired(text: str, surface: str) -> tuple[bool, str, str]:
    start = text.index(surface)
    span = Span(start, start + len(surface), "PERSON")
    keep = repair_person(text, span)
    return keep, text[span.start : span.end], span.label


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ('"It was a twist,"?said Jeff Perkins, a resident.', 'twist,"?said Jeff Perkins', (True, "Jeff Perkins")),
        ("He spoke to Frances Fitzgerald-met with her.", "Frances Fitzgerald-met", (True, "Frances Fitzgerald")),
        ("The suspect Ziyed Ben Belgacem- was shot.", "Ziyed Ben Belgacem-", (True, "Ziyed Ben Belgacem")),
        ("Sandra Day O'Connor retired.", "Sandra Day O'Connor", (True, "Sandra Day O'Connor")),
        ("George W. Bush spoke.", "George W. Bush", (True, "George W. Bush")),
        ("Revs 52.5 mln vs 48.1 mln", "Revs 52.5", (False, None)),
        ('I Don"t know', 'Don"t', (False, None)),
        ("voters backed a Hard Brexit", "Hard Brexit", (False, None)),
        ("satirist Jan B?hmermann said", "Jan B?hmermann", (True, "Jan B?hmermann")),
        ("Cardinal Tom\ufffd\ufffds Fiaich", "Tom\ufffd\ufffds Fiaich", (True, "Tom\ufffd\ufffds Fiaich")),
    ],
)
def test_person_spans_are_cut_to_a_name_or_dropped(text: str, surface: str, expected) -> None:
    keep, name, label = repaired(text, surface)
    assert keep == expected[0]
    if keep:
        assert (name, label) == (expected[1], "PERSON")


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        ("support poured in on Twitter", "Twitter", "ORG"),
        ("as RT Sputnik reported", "RT Sputnik", "ORG"),
        ("they called an Uber", "Uber", "ORG"),
        ("the summit in St Petersburg", "St Petersburg", "LOC"),
    ],
)
def test_platforms_agencies_and_saint_places_are_not_persons(text: str, surface: str, label: str) -> None:
    keep, _, got = repaired(text, surface)
    assert keep and got == label


def test_doc_mentions_keep_agencies_out_of_persons(nlp) -> None:
    text = (
        "MOSCOW (Sputnik) - Russian Foreign Minister Sergey Lavrov arrived in St Petersburg on Monday. "
        "Lavrov told Sputnik that support on Twitter was strong."
    )
    ments = doc_mentions(nlp(text))
    persons = {m["surface"] for m in ments if m["label"] == "PERSON"}
    assert persons <= {"Sergey Lavrov", "Lavrov"} and "Sergey Lavrov" in persons
    assert all(m["label"] != "PERSON" for m in ments if m["surface"] in {"Sputnik", "Twitter", "St Petersburg"})


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("North Korean general Kim Jong-chol spoke.", "Kim Jong-chol", "Kim Jong-chol"),
        ("says Scott Griffen,-IPI director.", "Scott Griffen,-IPI", "Scott Griffen"),
        ("Uralvagonzavod, Oleg Siyenko said", "Uralvagonzavod, Oleg Siyenko", "Oleg Siyenko"),
        ("Kellyanne Conway-sitting on a couch", "Kellyanne Conway-sitting", "Kellyanne Conway"),
    ],
)
def test_repair_keeps_the_name_piece_and_romanised_given_names(text: str, surface: str, expected: str) -> None:
    keep, name, label = repaired(text, surface)
    assert keep and (name, label) == (expected, "PERSON")


def test_ampersand_names_are_organisations() -> None:
    assert repaired("customers of AT&T Wireless said", "AT&T Wireless")[0::2] == (True, "ORG")


def test_sentence_initial_common_words_and_table_rows_are_not_names(nlp) -> None:
    text = (
        "Chemical pesticides have been mobilised in most countries. Farmers use chemical sprays. "
        "Revs 52.5 mln vs 48.1 mln. Archbishop Oscar Romero was shot in 1980."
    )
    ments = doc_mentions(nlp(text))
    surfaces = {m["surface"] for m in ments}
    assert not surfaces & {"Chemical", "Revs"}
    assert "Oscar Romero" in surfaces


def test_common_acronym_is_not_swallowed_by_a_rare_full_name() -> None:
    def ment(idx: int, name: str) -> dict:
        return {"idx": idx, "surface": name, "label": "ORG", "start_char": 0, "end_char": len(name), "sent_idx": 0}

    analyses = [{"article_id": f"a{i}", "mentions": [ment(0, "BBC")]} for i in range(4)]
    analyses.append({"article_id": "b1", "mentions": [ment(0, "Bank of British Columbia")]})
    analyses.append({"article_id": "b2", "mentions": [ment(0, "African Union"), ment(1, "AU")]})
    analyses.append({"article_id": "b3", "mentions": [ment(0, "AU")]})
    rows, _ = resolve_entities(analyses)
    by_name = {r["canonical_name"]: set(r["aliases"]) for r in rows}
    assert "BBC" in by_name and "BBC" not in by_name.get("Bank of British Columbia", set())
    assert "AU" in by_name["African Union"]


def test_label_glued_before_a_name_is_trimmed() -> None:
    from sitrep.extract.mention_span import trim

    text = "Source:-Al Jazeera and News"
    s, e = trim(text, 0, len("Source:-Al Jazeera"))
    assert text[s:e] == "Al Jazeera"


def test_dates_in_a_dateline_are_not_organisations(nlp) -> None:
    text = (
        "ISLAMABAD, (UrduPoint News / Sputnik - 07th Feb, 2023) Russian Foreign Minister Sergey Lavrov met "
        "Malian Foreign Minister Abdoulaye Diop in Bamako on Tuesday."
    )
    ments = doc_mentions(nlp(text))
    assert not any(any(c.isdigit() for c in m["surface"]) for m in ments)
    assert {m["surface"] for m in ments if m["label"] == "ORG"} <= {"UrduPoint News", "Sputnik"}


def test_glued_punctuation_ends_an_organisation_name(nlp) -> None:
    text = "The move comes after the Lisbon Treaty,-officially adopted in 2009, was invoked by the European Union."
    doc = nlp(text)
    orgs = {m["surface"] for m in doc_mentions(doc) if m["label"] != "PERSON"}
    assert not any(",-" in o or "officially" in o for o in orgs)
    glued = [e.text for e in doc.ents if ",-" in e.text]
    if glued:  # the model glued the words: the repaired mention keeps the name part
        assert "Lisbon Treaty" in orgs


def test_encoding_lost_surname_still_propagates_and_trailing_angle_is_trimmed(nlp) -> None:
    lost = "G\ufffd\ufffdlen"
    text = f"Fethullah {lost} denies it. Turkey blames {lost} for the coup. Renta Inmobiliaria SA> said."
    ments = doc_mentions(nlp(text))
    assert not any(m["surface"].endswith(">") for m in ments)
    assert all(m["label"] == "PERSON" for m in ments if "len" in m["surface"])
