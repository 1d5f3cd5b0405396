"""A claim of responsibility for attacks told before: the claimer attacked whom the claimed attack hit; the claimed
attack is the nearest one before whose attackers are unnamed (``claimed_attacks``)."""

from tests.sitrep.extract.coding import dyads


def _claim(nlp, text):
    return [d for d in dyads(nlp, text, "ASSAULT") if None not in d[0]][-1]


def test_the_claimer_hits_whom_the_unnamed_attackers_hit(nlp):
    text = (
        "Suicide car bombers struck Iraqi army forces west of Mosul on Monday, killing a number of troops. "
        "A third car bomber was blown up before reaching the troops. "
        "ISIL claimed responsibility for two attacks in an online statement."
    )
    sources, targets = _claim(nlp, text)
    assert sources == {"ISIL"} and targets, (sources, targets)


def test_a_claim_for_an_attack_by_a_named_group_takes_no_targets(nlp):
    text = "Boko Haram fighters attacked Nigerian soldiers on Sunday. Al-Shabab claimed responsibility for the attack."
    assert _claim(nlp, text) == ({"Al-Shabab"}, set())


def test_a_claim_with_no_attack_before_it_takes_no_targets(nlp):
    assert _claim(nlp, "Al-Shabab claimed responsibility for the bombing of the hotel.") == ({"Al-Shabab"}, set())
