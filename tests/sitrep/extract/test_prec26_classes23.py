"""Round 23's precision classes, written from the development samples (bench/precision/dev_judged_2626.tsv and the
earlier dev_judged_*.tsv), each checked on sentences of our own through the real extraction:

- a warning is a threat only when it threatens (PLOVER THREATEN: "coercive or forceful warnings with serious
  potential repercussions"): a warning told by a person that 'it could take a while' is a prediction; a warning
  to the writer ('a policeman warned us') is a caution; a warning against a thing with no one warned ('warned
  against blanket bans') is advice (``event_agency.json`` required_arguments 'warn THREATEN': `addressee_object`,
  `addressed_preps`; ``event_senses._thing_pronoun``);
- a trial is an accusation (PLOVER ACCUSE allege: "sue, indict, or charge; bring to trial"), not an arrest, and the
  one tried is its target: 'went on trial', 'stood trial', 'faced trial', 'put X on trial' (``trigger_senses.tsv``
  go/face/stand/put + trial); the pattern's own noun is no party of a reversed reading (``event_args._covers``:
  'trial' was read as a group of people and became the accuser); a trial to come with no one named trying is no
  threat of arrest;
- a question whose text lost its curly quotes ('"?' glued to the next word) is still one question
  (``sentence_moods.LOST_QUOTE``): 'Who knew that "You better call Becky"?originally came from Ireland?';
- a force backed by military means receives military aid, not political support (PLOVER AID: "military and police
  assistance including arms and personnel"): 'Iraqi forces, backed by US advisers, artillery and air support'
  (``military_backing``, ``data/backing_means.tsv``).
"""

from __future__ import annotations

import pytest

from tests.sitrep.extract.coding import coded


def _types(nlp, text: str) -> list[str]:
    return [c["event_type"] for c in coded(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ivo Tarn warned that it could take a while.",
        "The Syldavian finance minister warned that it would be a long winter.",
        '"Stay inside," a policeman warned us.',
        "Human Rights Watch warned against blanket bans on migrants from the region.",
        "The Syldavian ombudsman cautioned against hasty conclusions about the fire.",
    ],
)
def test_a_warning_that_predicts_or_advises_is_no_threat(nlp, text):
    assert "THREATEN" not in _types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Syldavia warned Borduria against blocking the referendum.",
        "Iran warned that it would close the Strait of Hormuz.",
        "Syldavia warned that it would retaliate against any Bordurian incursion.",
        "The army warned them not to return to the village.",
        "NATO warned Ruritania against moving troops to the border.",
        "The European Union is warning Britain that its commitments should be honored in full.",
    ],
)
def test_a_warning_aimed_at_an_actor_or_telling_the_warners_act_is_a_threat(nlp, text):
    assert "THREATEN" in _types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The former mayor of Lima went on trial for fraud on Monday.",
        "The former mayor of Lima stood trial for fraud last year.",
        "Aaron Hernandez went on trial in Boston.",
    ],
)
def test_a_trial_is_an_accusation_of_the_one_tried(nlp, text):
    cands = coded(nlp, text)
    assert [c["event_type"] for c in cands] == ["ACCUSE"]
    assert all(p["role"] == "target" for p in cands[0]["participants"])


@pytest.mark.parametrize(
    "text",
    [
        "The former mayor of Lima will stand trial for fraud in June.",
        "A murder suspect will face trial on charges of terrorism, the district attorney said.",
    ],
)
def test_a_trial_to_come_is_no_threat(nlp, text):
    assert "THREATEN" not in _types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        'Who knew that "You better call Becky with the good hair"?originally emanated from the Emerald Isle?',
        'In 2011, Trump tweeted that the country was "blowing up"?while Obama was "campaigning,"?and asking, "does '
        "@BarackObama ever work?",
    ],
)
def test_a_question_that_lost_its_curly_quotes_codes_nothing(nlp, text):
    assert _types(nlp, text) == []


def test_a_sentence_with_lost_quotes_that_asks_nothing_is_kept(nlp):
    text = "\"?A Basque reporter, fined by authorities under Spain's gag law, has had his case dropped."
    assert "COERCE" in _types(nlp, text)


def _backing_rows() -> list[tuple[str, str]]:
    from sitrep.extract.data_files import read_tsv

    return [(r["lemma"], r["example"]) for r in read_tsv("backing_means.tsv")]


@pytest.mark.parametrize(("lemma", "text"), _backing_rows())
def test_each_backing_means_row_codes_military_aid(nlp, lemma, text):
    types = _types(nlp, text)
    assert "AID" in types and "SUPPORT" not in types, lemma


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi government forces, backed by US advisers, artillery and air support, have cleared the east of Mosul.",
        "Backed by Turkish fighter jets and tanks, the FSA fighters cleared ISIL from the border.",
    ],
)
def test_a_force_backed_by_troops_or_arms_gets_military_aid(nlp, text):
    cands = [c for c in coded(nlp, text) if c["event_type"] == "AID"]
    assert cands and cands[0]["event_mode"] == "military"


def test_political_backing_stays_support(nlp):
    assert "SUPPORT" in _types(nlp, "The peace plan is backed by France and Germany.")
