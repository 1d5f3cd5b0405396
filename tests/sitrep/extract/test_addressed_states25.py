"""A state the person's sentence tells what it should do ("Ruritania should ensure the arrest of those behind the
attacks, X said") is not the person's: when the corpus falls back on the places of the person's reports, that
state's places do not count, and the country left must be named more than once (else the person stays open: the
speaker is of another state, not told which), through the real mention extraction and resolution."""

from sitrep.extract import entities

TEXT = (
    "Nigeria summoned the Indian ambassador to Abuja on Wednesday after attacks on Nigerian students in India. "
    "Mobs attacked students in Greater Noida, a satellite city of New Delhi, on Monday. "
    "India should ensure the immediate arrest of those behind the attacks, permanent secretary at the ministry "
    "of foreign affairs, Ahmed Bello, said after meeting the envoy. Police in New Delhi arrested five people. "
    "Students in Lagos marched on Thursday."
)


def _countries(nlp, text: str) -> dict[str, str | None]:
    analyses = [{"article_id": "a0", "mentions": entities.doc_mentions(nlp(text)), "quotes": []}]
    rows, _ = entities.resolve_entities(analyses)
    return {r["canonical_name"]: r["country_iso3"] for r in rows}


def test_the_state_told_to_act_is_not_the_speakers(nlp):
    assert _countries(nlp, TEXT).get("Ahmed Bello") == "NGA"


def test_addressed_state_is_read_on_the_mention(nlp):
    ments = entities.doc_mentions(nlp(TEXT))
    assert {m["surface"]: m.get("addressed") for m in ments if m["label"] == "PERSON"}.get("Ahmed Bello") == "IND"


def test_a_country_named_once_beside_the_addressed_one_is_no_guess(nlp):
    text = "Chile must reopen the two crossings that Argentina closed, Foreign Minister Ana Valdivieso said."
    assert _countries(nlp, text).get("Ana Valdivieso") is None


def test_beside_a_state_addressed_demonyms_count_too(nlp):
    text = TEXT.replace(" Students in Lagos marched on Thursday.", "")  # Abuja and 'Nigerian students' only
    assert _countries(nlp, text).get("Ahmed Bello") == "NGA"
