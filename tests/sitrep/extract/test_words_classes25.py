"""Acts of words with an object of judgement that coded no event (invented sentences, several shapes each):
voicing or expressing anger, fury or frustration at an actor's act (the @concern class of trigger_objects.tsv,
PLOVER ACCUSE disapprove), and calling an act or a claim a wrong ('called the report baseless', 'null and void',
'called the Dutch expulsion unjustified'): a naming with an object predicate is a criticism whatever reading the
CAMEO pattern of its object gives ('call * expulsion', 'call * strike'), event_frames.naming_reading."""

import pytest

from tests.sitrep.extract.coding import coded, dyads


def _types(nlp, text: str) -> list[str]:
    return [c["event_type"] for c in coded(nlp, text)]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Turkey voiced anger at the Dutch decision.", "Turkey", "Dutch"),
        ("Peru voiced its frustration over the Chilean tariffs.", "Peru", "Chilean"),
        ("The Ecuadorian government expressed disappointment at the Colombian ruling.", "Ecuadorian", "Colombian"),
        ("Ghana expressed its fury at Togo's closure of the border.", "Ghana", "Togo"),
        ("Hungary reiterated its irritation at the Romanian ban on the party.", "Hungary", "Romanian"),
    ],
)
def test_voiced_anger_at_an_act_is_a_criticism(nlp, text, source, target):
    assert any(source in s and target in t for s, t in dyads(nlp, text, "ACCUSE"))


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Russia called the Ukrainian report baseless.", "Russia", "Ukrainian"),
        ("Russia called the Ukrainian report null and void.", "Russia", "Ukrainian"),
        ("Ankara called the Dutch expulsion of its diplomats unjustified.", "Ankara", "Dutch"),
        ("Iran called the American sanctions illegitimate.", "Iran", "American"),
        ("Peru called the Chilean strike illegal.", "Peru", "Chilean"),
        ("Serbia called the Croatian report a fabrication.", "Serbia", "Croatian"),
        ("The Polish government called the German decision unfair.", "Polish", "German"),
    ],
)
def test_calling_an_act_or_claim_a_wrong_is_a_criticism(nlp, text, source, target):
    assert any(source in s and target in t for s, t in dyads(nlp, text, "ACCUSE"))


@pytest.mark.parametrize(
    "text",
    [
        "She called the number on the card.",
        "Fans voiced anger at the referee.",
        "The unions called a general strike over the illegal pay cut.",
    ],
)
def test_no_criticism_without_a_named_wrong_or_actors(nlp, text):
    assert "ACCUSE" not in _types(nlp, text)


def test_calling_for_an_act_stays_a_demand(nlp):
    assert "REQUEST" in _types(nlp, "Peru called for the expulsion of the Chilean ambassador.")
    assert "ACCUSE" not in _types(nlp, "Peru called for the expulsion of the Chilean ambassador.")


def test_a_called_strike_stays_a_strike(nlp):
    assert "PROTEST" in _types(nlp, "The unions called a general strike over the pay freeze.")


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean president phoned his Peruvian counterpart.",
        "The Chilean president telephoned his Peruvian counterpart on Monday.",
        "Chile's foreign minister phoned his Peruvian counterpart.",
    ],
)
def test_an_office_holder_phoning_a_counterpart_is_a_call_between_states(nlp, text):
    calls = [c for c in coded(nlp, text) if c["event_type"] == "CONSULT" and c["event_mode"] == "phone"]
    sides = {(p["role"], p.get("country_iso3")) for c in calls for p in c["participants"]}
    assert {("source", "CHL"), ("target", "PER")} <= sides


@pytest.mark.parametrize("text", ["The tourists phoned their Peruvian guide.", "She phoned her mother on Sunday."])
def test_private_people_phoning_is_no_call_between_parties(nlp, text):
    assert "CONSULT" not in _types(nlp, text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The United States withdrew from the Paris accord.", "United States"),
        ("Russia withdrew from the arms treaty with the United States.", "Russia"),
        ("Mali pulled out of the peace agreement with the rebels.", "Mali"),
        ("Iran quit the nuclear pact with the United States.", "Iran"),
        ("Burkina Faso withdrew from the regional bloc.", "Burkina Faso"),
    ],
)
def test_leaving_an_agreement_or_a_body_is_a_withdrawal_sanction(nlp, text, source):
    cands = [c for c in coded(nlp, text) if c["event_type"] == "SANCTION" and c["event_mode"] == "withdraw"]
    assert cands
    assert "RETREAT" not in _types(nlp, text)


def test_the_other_party_of_a_left_treaty_is_the_target(nlp):
    assert any(
        "Russia" in s and "United States" in t
        for s, t in dyads(nlp, "Russia withdrew from the arms treaty with the United States.", "SANCTION")
    )


def test_troops_leaving_a_town_stay_a_retreat(nlp):
    assert "RETREAT" in _types(nlp, "The army withdrew from the town.")


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("A presidential spokesman rejected the Dutch report.", "REJECT"),
        ("A presidential spokeswoman criticised the Chilean decision.", "ACCUSE"),
        ("The presidential spokesperson welcomed the Peruvian offer.", "SUPPORT"),
        ("A presidency spokesman condemned the Colombian raid.", "ACCUSE"),
    ],
)
def test_an_unnamed_presidential_spokesman_speaks_for_the_government(nlp, text, etype):
    sources = [
        p.get("group")
        for c in coded(nlp, text)
        if c["event_type"] == etype
        for p in c["participants"]
        if p["role"] == "source"
    ]
    assert "government" in sources


def test_a_spokesman_declining_to_comment_is_no_event(nlp):
    assert coded(nlp, "A presidential spokeswoman declined to comment.") == []
