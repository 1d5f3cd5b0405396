"""bench/role_audit.py: a wrong-actor row persists while the current code names the same actors on the side judged
wrong; where a coded actor stands in the parse names its class."""

from __future__ import annotations

from tests.bench.bench_modules import load_bench


def _row(error: str, sources: str, targets: str) -> dict[str, str]:
    return {"error": error, "sources": sources, "targets": targets}


def test_actor_names_leave_countries_and_participant_marks():
    bench = load_bench("role_audit")
    assert bench.names("Ana Vell:PER; Tomas Ruiz:- (participant)") == {"Ana Vell", "Tomas Ruiz"}
    assert bench.names("") == frozenset()


def test_a_row_persists_changes_or_is_gone():
    bench = load_bench("role_audit")
    row = _row("wrong-target", "Peru:PER", "Lima:PER")
    same = {"sources": frozenset({"Peru", "Ana Vell"}), "targets": frozenset({"Lima"})}
    other = {"sources": frozenset({"Peru"}), "targets": frozenset({"Chile"})}
    assert bench.status(row, [])[0] == "gone"
    assert bench.status(row, [other])[0] == "changed"
    assert bench.status(row, [other, same])[0] == "persists"  # (only the side judged wrong is compared)
    both = _row("wrong-actors", "Peru:PER", "Lima:PER")
    assert bench.status(both, [same])[0] == "changed"


def test_where_a_name_stands(nlp):
    bench = load_bench("role_audit")
    doc = nlp("Police in Lima arrested the wife of Tomas Ruiz, who leads the Chilean party.")
    trig = next(t for t in doc if t.text == "arrested")
    by = {t.text: t for t in doc}
    assert bench.place_of(by["Ruiz"], trig) == "kin of-phrase"
    assert bench.place_of(by["Lima"], trig) == "place"
    assert bench.place_of(by["party"], trig) == "description clause"
    assert bench.place_of(by["Police"], trig) == "argument of the trigger"
