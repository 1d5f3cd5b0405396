"""spaCy's fixed ids (part-of-speech symbols, token attributes, tag hashes) and its English stop words, at hand
without importing spaCy.

The flow process never parses: it dedups and assembles with the extraction modules, and loading spaCy there only
for these constants cost about 0.3-0.4 CPU s a run. The ids are spaCy's own (``spacy.symbols``, ``spacy.attrs``,
``spacy.strings.get_string_id``), fixed across its versions; the stop words are read from spaCy's own file
without importing the ``spacy`` package. tests/sitrep/extract/test_spacy_free36.py checks every value against
spaCy.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

#: ``spacy.symbols``: coarse part-of-speech ids (``Token.pos``)
AUX, NOUN, PROPN, VERB = 87, 92, 96, 100
#: ``spacy.attrs``: token attribute ids (``Doc.to_array``)
LEMMA, POS = 73, 74
#: ``spacy.strings.get_string_id`` of the Penn verb tags (``Token.tag``)
VERB_TAG_IDS = {
    "VBG": 1534113631682161808,
    "VBN": 3822385049556375858,
    "VBD": 17109001835818727656,
    "VBZ": 13927759927860985106,
    "VBP": 9188597074677201817,
    "VB": 14200088355797579614,
}


def _stop_words() -> set[str]:
    spec = importlib.util.find_spec("spacy")  # a top-level package is found without being imported
    path = Path(spec.submodule_search_locations[0]) / "lang" / "en" / "stop_words.py"
    names: dict = {}
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), names)  # noqa: S102 - spaCy's own data file
    return names["STOP_WORDS"]


#: ``spacy.lang.en.stop_words.STOP_WORDS``
STOP_WORDS = _stop_words()
