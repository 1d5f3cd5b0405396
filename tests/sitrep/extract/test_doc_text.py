"""``Doc.text`` is read once per document (doc_text), never rebuilt per mention or per trigger."""

from __future__ import annotations

import ast
from pathlib import Path

import sitrep.extract
from sitrep.extract.doc_text import doc_text

EXTRACT = Path(sitrep.extract.__file__).parent


def _doc_text_reads(path: Path) -> list[int]:
    """Lines of ``path`` reading ``<doc>.text`` where ``<doc>`` is a name ``doc`` or an attribute ``.doc``."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr == "text":
            owner = node.value
            if (isinstance(owner, ast.Name) and owner.id == "doc") or (
                isinstance(owner, ast.Attribute) and owner.attr == "doc"
            ):
                lines.append(node.lineno)
    return lines


def test_extraction_code_reads_the_doc_text_through_doc_text():
    """spaCy joins every token on each ``Doc.text`` access: one read per mention costs a pass over the whole
    article each time (a quarter of the per-article extraction CPU when two such reads crept in)."""
    found = {
        str(p.relative_to(EXTRACT)): lines
        for p in sorted(EXTRACT.rglob("*.py"))
        if p.name != "doc_text.py" and (lines := _doc_text_reads(p))
    }
    assert found == {}, f"read the text with sitrep.extract.doc_text.doc_text(doc), not doc.text: {found}"


def test_doc_text_is_the_doc_text_read_once(nlp):
    doc = nlp("Protesters marched in the capital on Sunday. Police watched.")
    assert doc_text(doc) == doc.text
    doc.user_data["sitrep.doc_text"] = "kept"  # the first read is kept on the Doc itself
    assert doc_text(doc) == "kept"


def test_span_text_is_the_span_text(nlp):
    """``span_text`` cuts a span's text from the kept document text: the same string spaCy builds from its
    tokens, for every sentence and for spans ending on a token followed by a space or by none."""
    from sitrep.extract.doc_text import span_text

    doc = nlp(
        "Farmers blocked the ring road near Tarvia on Monday.  Two ministers met them (briefly) later;\n"
        "the talks ended without a deal.\n\nA spokesman said: “We will return.”"
    )
    spans = [*doc.sents, doc[0:0], doc[2:5], doc[len(doc) - 3 :], doc[:]]
    for span in spans:
        assert span_text(span) == span.text
