"""Quote rows: speaker entities (a country for a state body) and one group per quotation across articles."""

from sitrep.extract.quote_rows import assign_groups, normalise, quote_id_for, quote_rows


def _row(article, start, text, speaker):
    return {"quote_id": quote_id_for(article, start), "article_id": article, "start_char": start, "text": text,
            "speaker_entity_id": speaker}  # fmt: skip


def test_normalise_drops_case_accents_and_punctuation():
    assert normalise("\u201cWe Will Rebuild, S\u00e3o Paulo!\u201d") == "we will rebuild sao paulo"


def test_republications_share_a_group_and_other_speakers_do_not():
    rows = assign_groups(
        [
            _row("a2", 40, "We will rebuild every school in the province.", "ent_gov"),
            _row("a1", 10, "We will rebuild every school in the province", None),
            _row("a3", 5, "We will rebuild every school in the province.", "ent_other"),
            _row("a4", 90, "rebuild every school in the province", "ent_gov"),  # a cut republication
            _row("a1", 99, "We will rebuild every school in the province.", "ent_gov"),  # same article: no
        ]
    )
    groups = [r["quote_group_id"] for r in rows]
    first = quote_id_for("a1", 10)
    assert groups[0] == groups[1] == groups[3] == first
    assert groups[2] != first and groups[4] != first


def test_short_fragments_group_only_on_identical_words():
    rows = assign_groups([_row("a1", 1, "deep concern", "e1"), _row("a2", 1, "deep concern over the arrests", "e1")])
    assert rows[0]["quote_group_id"] != rows[1]["quote_group_id"]


def test_a_state_body_without_a_country_mention_gets_the_country_entity():
    analyses = [
        {
            "article_id": "a1",
            "quotes": [
                {"text": "We are watching closely.", "start_char": 1, "end_char": 25, "speaker_mention_idx": None,
                 "speaker_country_iso3": "USA", "speaker_method": "office", "attribution": "x",
                 "attribution_start": 0, "attribution_end": 40},
                {"text": "Nothing was agreed.", "start_char": 50, "end_char": 69, "speaker_mention_idx": 3,
                 "speaker_country_iso3": None, "speaker_method": "direct", "attribution": None,
                 "attribution_start": None, "attribution_end": None},
            ],
        }
    ]  # fmt: skip
    entity_rows = [
        {"entity_id": "ent_city", "canonical_name": "Washington", "entity_type": "GPE", "country_iso3": "USA"},
        {"entity_id": "ent_us", "canonical_name": "United States", "entity_type": "GPE", "country_iso3": "USA"},
    ]
    rows = quote_rows(analyses, {("a1", 3): "ent_person"}, entity_rows)
    assert [(r["speaker_entity_id"], r["speaker_method"]) for r in rows] == [
        ("ent_us", "office"),
        ("ent_person", "direct"),
    ]
    assert rows[0]["attribution_start_char"] == 0 and rows[1]["attribution"] is None
