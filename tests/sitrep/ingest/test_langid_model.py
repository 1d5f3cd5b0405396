"""The cached language-identifier model gives py3langid's own answers, and survives a missing or damaged cache."""

from __future__ import annotations

import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from sitrep.ingest import langid_model

TEXTS = [
    "The harbour council of Norvik voted on Tuesday to close the old ferry terminal for repairs.",
    "Le conseil municipal de Valmont a voté mardi la fermeture du vieux terminal des ferries.",
    "Der Stadtrat von Lindau stimmte am Dienstag für die Schließung des alten Fährterminals.",
    "El ayuntamiento de Valdoria votó el martes el cierre de la vieja terminal de transbordadores.",
    "THE HARBOUR COUNCIL OF NORVIK VOTED ON TUESDAY TO CLOSE THE OLD FERRY TERMINAL.",
]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("SITREP_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_cached_identifier_answers_as_py3langid(cache):
    stock = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    first = langid_model.load_identifier()  # fills the cache
    assert langid_model.cached_model_path().parent == cache
    assert langid_model.cached_model_path().exists()
    again = langid_model.load_identifier()  # reads it
    for text in TEXTS:
        assert first.classify(text) == stock.classify(text) == again.classify(text)


def test_damaged_cache_is_written_again(cache):
    path = langid_model.cached_model_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a model")
    ident = langid_model.load_identifier()
    assert ident.classify(TEXTS[0])[0] == "en"
    assert path.stat().st_size > 1_000_000


def test_unwritable_cache_falls_back_to_py3langid(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder would be")
    monkeypatch.setenv("SITREP_CACHE_DIR", str(blocker / "sub"))
    assert langid_model.load_identifier().classify(TEXTS[1])[0] == "fr"
