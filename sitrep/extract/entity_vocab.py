"""Entity vocabulary, loaded once from ``data/entity_words.json`` (folded words; each list says what it is for)."""

from __future__ import annotations

import json
from pathlib import Path

VOCAB_FILE = Path(__file__).parent / "data" / "entity_words.json"
_VOCAB = {
    k: frozenset(v["words"]) for k, v in json.loads(VOCAB_FILE.read_text(encoding="utf-8")).items() if k != "_doc"
}

KEEP_LABELS = _VOCAB["keep_labels"]
LOOSE_LABELS = _VOCAB["loose_labels"]
PERSONLIKE_RELABEL = _VOCAB["personlike_relabel"]
DETERMINERS = _VOCAB["determiners"]
ORG_STOPWORDS = _VOCAB["org_stopwords"]
ORG_WORDS = _VOCAB["org_words"]
NEWS_AGENCIES = _VOCAB["news_agencies"]
PLATFORM_OR_AGENCY = _VOCAB["platforms"] | NEWS_AGENCIES
NOT_ACTOR_WORDS = _VOCAB["not_actor_words"]
STATE_WORDS = _VOCAB["state_words"]
PLACE_WORDS = _VOCAB["place_words"]
FIRST_NAMES_IN_STOPWORDS = _VOCAB["first_names_in_stopwords"]
HONORIFICS = _VOCAB["honorifics"]
NOT_ROLE = _VOCAB["not_role"]
SPOUSE = _VOCAB["spouse"]
OFFICE_HEADS = _VOCAB["office_heads"]
GENERIC_QUALIFIERS = _VOCAB["generic_qualifiers"]
DELEGATION_WORDS = _VOCAB["delegation_words"]
FAMILY_NAMES_FIRST = _VOCAB["family_names_first"]
LIST_CUES = _VOCAB["list_cues"]
DOMESTIC_ORG_HEADS = _VOCAB["domestic_org_heads"]
TRANSNATIONAL_WORDS = _VOCAB["transnational_words"]
NON_PERSON_NOUNS = _VOCAB["non_person_nouns"]
TITLE_BODIES = _VOCAB["title_bodies"]
AFFILIATION_NOUNS = _VOCAB["affiliation_nouns"]
STATE_DESCRIPTORS = _VOCAB["state_descriptors"]
CREDIT_WORDS = _VOCAB["credit_words"]
NAME_ENDERS = _VOCAB["name_enders"]
AGREEMENT_NOUNS = _VOCAB["agreement_nouns"]
