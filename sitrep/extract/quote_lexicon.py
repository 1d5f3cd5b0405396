"""Word lists for quotations and their speakers, read from ``data/quotes/`` (vocabulary lives in data files)."""

from __future__ import annotations

from pathlib import Path

from sitrep.extract.entity_names import TITLE_WORDS
from sitrep.extract.spacy_ids import AUX, VERB

DATA = Path(__file__).parent / "data" / "quotes"


def _lines(name: str) -> list[str]:
    rows = (line.strip() for line in (DATA / name).read_text(encoding="utf-8").splitlines())
    return [r for r in rows if r and not r.startswith("#")]


def examples(name: str) -> dict[str, str]:
    """The ``# example[ kind]: ...`` lines of a word list (kind -> sentence with ``{word}``); run by the tests."""
    out = {}
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        head, _, text = line.partition(": ")
        if head.startswith("# example") and "{word}" in text:
            out[head.removeprefix("# example").strip()] = text.strip()
    return out


def words(name: str) -> list[str]:
    """The entries of a word list (first column)."""
    return [r.split("\t")[0] for r in _lines(name)]


def _verbs() -> tuple[dict[str, str], dict[str, str]]:
    """(inflected form -> lemma, lemma -> kind) from speech_verbs.tsv."""
    forms, kinds = {}, {}
    for row in _lines("speech_verbs.tsv"):
        lemma, inflected, kind = row.split("\t")[:3]
        kinds[lemma] = kind
        for form in (lemma, *inflected.split()):
            forms.setdefault(form, lemma)
    return forms, kinds


#: verbs of saying: form -> lemma, and lemma -> kind ('say', 'call' or 'express')
VERB_FORMS, VERB_KINDS = _verbs()
#: nouns whose owner speaks ("the ministry's statement said")
SPEECH_NOUNS = frozenset(_lines("speech_nouns.txt"))
#: head nouns of state bodies that speak for their country ("the French foreign ministry")
STATE_BODIES = frozenset(_lines("state_bodies.txt"))
#: head nouns of a description of an organisation ("the bloc said", "the agency said")
BODY_NOUNS = frozenset(_lines("body_nouns.txt"))
#: plural nouns of people acting for an organisation or a state ("the leaders said")
MEMBER_NOUNS = frozenset(_lines("member_nouns.txt"))
#: words before a quoted phrase that make it a name, not something said ("the so-called 'X'")
NAMING_CUES = frozenset(_lines("naming_cues.txt"))
#: pronouns that stand for one person / for a body
PERSON_PRONOUNS = frozenset({"he", "she"})
GROUP_PRONOUNS = frozenset({"it", "they"})
#: title words that describe a person ("the minister", "the head of X's diplomacy")
PERSON_TITLES = TITLE_WORDS - {
    "foreign", "interior", "defense", "defence", "finance", "economy", "trade", "justice", "oil", "energy",
    "health", "education", "agriculture", "security", "intelligence", "affairs", "international", "relations",
    "cooperation", "state", "treasury", "commerce", "labor", "labour", "transport", "transportation", "homeland",
    "industry", "environment", "culture", "information", "communications", "public", "national", "armed",
    "forces", "staff", "joint", "high", "central", "opposition", "crown", "retired", "former", "late", "interim",
    "acting", "first", "supreme", "executive", "presidential", "parliamentary", "assistant", "vice", "deputy",
}  # fmt: skip
#: function words a name of a thing may contain in lower case ("Embassy of France in Niger")
NAME_FUNCTION_WORDS = frozenset({"of", "the", "in", "and", "for", "on", "de", "la", "du", "to", "a", "an", "at"})


#: the parts of speech of a verb of saying (spaCy's symbol ids, compared without a string look-up)
_VERB_POS = frozenset({VERB, AUX})


def verb_lemma(form: str, lemma: str = "") -> str | None:
    """Lemma of a verb of saying written ``form`` (with spaCy's lemma when the lemmatizer runs), else None."""
    low = form.lower()
    if low in VERB_FORMS:
        return VERB_FORMS[low]
    return lemma if lemma in VERB_KINDS else None


def tells_clause(tok) -> bool:  # noqa: ANN001 - a spaCy Token
    """A verb (or auxiliary) of saying of kind 'say' ('said', 'told', 'stated'), by its form or its lemma: the verb
    whose said clause the told readings read (``event_breaches``, ``told_appraisals``, ``told_misdeeds``)."""
    if tok.pos not in _VERB_POS:  # asked first: four told readings ask it of every token of an article
        return False
    base = VERB_FORMS.get(tok.lower_) or VERB_FORMS.get(tok.lemma_.lower()) or ""
    return VERB_KINDS.get(base) == "say"
