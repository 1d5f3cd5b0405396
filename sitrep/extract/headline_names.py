"""Names in a headline that the NER left out and its body names: 'Duterte rails against US', 'Shultz arrives in
Moscow for arms talks' (the small model tags neither name in the short, context-free title, while the body's
'Rodrigo Duterte' and 'George Shultz' are persons). A capitalised word of the title (its casing the body's:
``doc_bytes.body_cased``) outside every entity becomes an entity of the body's label when the body has a mention
of that name, or a person of that surname; neighbouring words of one label make one name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.entity_names import name_key, name_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

#: parts of speech the tagger gives a headline's untagged name
NAME_POS = frozenset({"NOUN", "PROPN"})


def _labels(body_mentions: list[dict]) -> tuple[dict[str, str], dict[str, str]]:
    names = {name_key(m["surface"]): m["label"] for m in body_mentions if name_key(m["surface"])}
    surnames = {
        name_tokens(m["surface"])[-1]: "PERSON"
        for m in body_mentions
        if m["label"] == "PERSON" and len(name_tokens(m["surface"])) > 1
    }
    return names, surnames


def add_body_names(title_doc: Doc, body_mentions: list[dict]) -> None:
    """Give the title's untagged names the body's labels (in place)."""
    names, surnames = _labels(body_mentions)
    found: list[tuple[int, str]] = []
    for t in title_doc:
        if t.ent_type_ or not t.text[:1].isupper() or t.pos_ not in NAME_POS:
            continue
        words = name_tokens(t.text)
        label = names.get(name_key(t.text)) or (surnames.get(words[0]) if len(words) == 1 else None)
        if label:
            found.append((t.i, label))
    from spacy.tokens import Span  # here: a parsed title means spaCy is loaded; the flow process never loads it

    spans: list[Span] = []
    for i, label in found:
        if spans and spans[-1].end == i and spans[-1].label_ == label:
            spans[-1] = Span(title_doc, spans[-1].start, i + 1, label=label)
        else:
            spans.append(Span(title_doc, i, i + 1, label=label))
    if spans:
        title_doc.set_ents(spans, default="unmodified")
