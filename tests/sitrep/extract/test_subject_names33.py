"""A person named in apposition to a title that is the sentence's subject ('Iran's supreme leader Ali Khamenei
spoke') is the subject a later 'he' or 'she' continues (``subject_names.in_subject``, used by
``event_mentions.pronoun_antecedent``): invented sentences through the real mention and event extraction."""

import pytest

from sitrep.extract.subject_names import in_subject

CONTINUED = [
    ("Ruritania's supreme leader Ali Rahimi spoke to officers on Tuesday. He criticised the United States.",
     "ACCUSE", ("source", "Ali Rahimi"), ("target", "United States")),
    ("The Kenyan president, Uhuru Kenyatta, spoke in Nairobi on Monday. He urged Somalia to hold elections.",
     "REQUEST", ("source", "Uhuru Kenyatta"), ("target", "Somalia")),
    ("Iran's president Hassan Rouhani spoke on Tuesday. The speech was aired on state television. "
     "He criticised the United States.", "ACCUSE", ("source", "Hassan Rouhani"), ("target", "United States")),
    ("Peru's defence minister Paul Ruiz toured the border on Monday. Later that day he accused Bolivia of "
     "moving troops.", "ACCUSE", ("source", "Paul Ruiz"), ("target", "Bolivia")),
]  # fmt: skip


@pytest.mark.parametrize("text,etype,source,target", CONTINUED, ids=[c[2][1] for c in CONTINUED])
def test_a_pronoun_continues_a_subject_named_after_its_title(event_roles, text, etype, source, target):
    roles = event_roles(text, etype)
    assert source in roles and target in roles, roles


def test_a_person_named_first_is_still_the_subject(event_roles):
    roles = event_roles("Ali Rahimi met Ann Cole on Tuesday. He criticised the United States.", "ACCUSE")
    assert ("source", "Ali Rahimi") in roles, roles


def test_an_object_pronoun_is_not_its_own_verbs_subject(event_roles):
    roles = event_roles(
        "Chile's president Sebastian Pinera flew to Lima on Monday. Peruvian officials welcomed him.", "CONSULT"
    )
    assert ("target", "Sebastian Pinera") in roles and ("source", "Sebastian Pinera") not in roles, roles


def test_in_subject_takes_a_subjects_appositive_only(nlp):
    doc = nlp("Iran's supreme leader Ali Khamenei met Turkish envoy Paul Ruiz, a former judge.")
    name = next(t for t in doc if t.text == "Khamenei")
    judge = next(t for t in doc if t.text == "judge")
    assert name.dep_ == "appos" and in_subject(name)
    assert not in_subject(judge)
