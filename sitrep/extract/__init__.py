"""Extraction: spaCy NER, entity resolution, events, quotes (plain records out; Docs stay inside)."""
