"""The flow process never parses: it dedups, saves analyses and assembles events with the extraction modules, and
must not load spaCy for that (≈ 0.3-0.4 CPU s a run): spaCy names used only in annotations are imported under
``if TYPE_CHECKING:``, and the constants the flow side needs come from ``sitrep.extract.spacy_ids``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sitrep.extract import pipeline

ROOT = Path(__file__).resolve().parents[3]

ARTICLES = [
    {"article_id": "f1", "published_at": "2025-03-04",
     "body": "Foreign Minister Ana Brel of Ruritania met her Peruvian counterpart in Lima on Tuesday. \"We will keep "
             "talking,\" Brel said. Police arrested two protesters outside the ministry."},
    {"article_id": "f2", "published_at": "2025-03-05",
     "body": "Rebels attacked an army post near the border on Wednesday, the Chilean defence ministry said."},
]  # fmt: skip

#: run in a fresh interpreter: what the flow process imports and calls, then whether spaCy was loaded
FLOW_SIDE = """
import json, sys
import polars as pl
import flows.pipeline, flows.runners, tasks.dedup, tasks.extract
from sitrep.dedup import assign_duplicates, assign_stories, signature_frame
from sitrep.dedup.features import key_terms, name_terms
from sitrep.extract import pipeline

analyses, meta = json.load(open(sys.argv[1]))
frame = pl.DataFrame({"article_id": ["x1", "x2"], "body": ["The talks went on in Lima.", "The talks went on in Lima."],
                      "published_at": ["2025-03-04", "2025-03-04"]})
signature_frame(frame)
assign_duplicates(frame)
terms = key_terms("Talks in Lima", "The ministers of Peru met in Lima on Tuesday.") + name_terms("", "Then Peru met.")
pipeline.warm_assembly()
pipeline.ANALYSIS_VERSION
rows = pipeline.assemble(analyses, meta)
print(json.dumps({"spacy": sorted(m for m in sys.modules if m == "spacy" or m.startswith("spacy.")),
                  "rows": rows, "terms": terms}, default=str))
"""


def test_the_flow_side_assembles_and_dedups_without_loading_spacy(nlp, tmp_path):
    analyses = pipeline.analyze_articles(ARTICLES, nlp)
    meta = {a["article_id"]: {"published_at": a["published_at"], "outlet": None, "story_id": a["article_id"]}
            for a in ARTICLES}  # fmt: skip
    path = tmp_path / "analyses.json"
    path.write_text(json.dumps([analyses, meta]), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", FLOW_SIDE, str(path)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["spacy"] == []
    # the same rows as assembly in a process that has spaCy loaded
    here = json.loads(json.dumps(pipeline.assemble(analyses, meta), default=str))
    assert out["rows"] == here
    assert {e["event_type"] for e in out["rows"]["events"]} >= {"CONSULT", "COERCE", "ASSAULT"}
    assert "lima" in out["terms"] and "the" not in out["terms"]


def test_spacy_ids_are_spacys_own():
    from spacy.attrs import LEMMA, POS
    from spacy.lang.en.stop_words import STOP_WORDS
    from spacy.strings import get_string_id
    from spacy.symbols import AUX, NOUN, PROPN, VERB

    from sitrep.extract import spacy_ids

    assert (spacy_ids.AUX, spacy_ids.NOUN, spacy_ids.PROPN, spacy_ids.VERB) == (AUX, NOUN, PROPN, VERB)
    assert (spacy_ids.LEMMA, spacy_ids.POS) == (LEMMA, POS)
    assert {tag: get_string_id(tag) for tag in spacy_ids.VERB_TAG_IDS} == spacy_ids.VERB_TAG_IDS
    assert spacy_ids.STOP_WORDS == STOP_WORDS and "’s" in spacy_ids.STOP_WORDS
