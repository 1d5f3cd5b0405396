"""bench/place_steps40.py: where a place name of a report sentence stands against the trigger (invented sentences)."""

from __future__ import annotations

from tests.bench.bench_modules import load_bench


def _position(nlp, text: str, name: str, trigger: str) -> str:
    bench = load_bench("place_steps40")
    doc = nlp(text)
    start = text.index(name)
    return bench.position(doc, start, start + len(name), bench._trigger(doc, trigger))


def test_a_place_of_the_trigger_against_one_of_its_object(nlp):
    text = "Ruritanian troops attacked students from Valdoria in Zembla on Monday."
    assert _position(nlp, text, "Zembla", "attacked") == "trigger PP"
    assert _position(nlp, text, "Valdoria", "attacked") == "argument PP"


def test_the_reporting_clause_is_above_the_trigger(nlp):
    text = "Officials in Zembla said that rebels attacked a convoy."
    assert _position(nlp, text, "Zembla", "attacked") == "above"


def test_a_state_named_as_the_subject(nlp):
    text = "Valdoria expelled two diplomats on Monday."
    assert _position(nlp, text, "Valdoria", "expelled") == "argument:subject"


def test_a_relative_clause_of_a_party(nlp):
    text = "Rebels who had trained in Zembla ambushed a patrol on Monday."
    assert _position(nlp, text, "Zembla", "ambushed") == "relative/acl"


def test_a_set_id_names_the_same_articles_alike():
    bench = load_bench("place_steps40")
    assert bench._set_id(["a1", "a2"]) == bench._set_id(["a1", "a2"])
    assert bench._set_id(["a1", "a2"]) != bench._set_id(["a1"])
