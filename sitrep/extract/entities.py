"""Entity mentions from a Doc and corpus-wide entity resolution (walking-skeleton version)."""

from __future__ import annotations

import hashlib
from collections import defaultdict

from spacy.tokens import Doc

KEEP_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}


def doc_mentions(doc: Doc) -> list[dict]:
    """One dict per named-entity span of a kept label, with char offsets into the text."""
    sent_index = {s.start: i for i, s in enumerate(doc.sents)}
    out = []
    for ent in doc.ents:
        if ent.label_ not in KEEP_LABELS:
            continue
        out.append(
            {
                "idx": len(out),
                "surface": ent.text,
                "label": ent.label_,
                "start_char": ent.start_char,
                "end_char": ent.end_char,
                "sent_idx": sent_index.get(ent.sent.start, 0),
            }
        )
    return out


def entity_id_for(canonical_name: str, entity_type: str) -> str:
    return "ent_" + hashlib.sha256(f"{entity_type}|{canonical_name}".encode()).hexdigest()[:16]


def resolve_entities(analyses: list[dict]) -> tuple[list[dict], dict[tuple[str, int], str]]:
    """Group mentions by (label, casefolded surface); canonical name = the longest surface seen."""
    groups: dict[tuple[str, str], list[tuple[str, dict]]] = defaultdict(list)
    for analysis in analyses:
        for m in analysis["mentions"]:
            groups[(m["label"], m["surface"].casefold())].append((analysis["article_id"], m))
    entities, mention_entity = [], {}
    for (label, _), members in sorted(groups.items()):
        surfaces = sorted({m["surface"] for _, m in members})
        canonical = max(surfaces, key=lambda s: (len(s), s))
        eid = entity_id_for(canonical, label)
        entities.append(
            {
                "entity_id": eid,
                "canonical_name": canonical,
                "entity_type": label,
                "country_iso3": None,
                "role": None,
                "aliases": surfaces,
                "num_articles": len({a for a, _ in members}),
            }
        )
        for article_id, m in members:
            mention_entity[(article_id, m["idx"])] = eid
    return entities, mention_entity
