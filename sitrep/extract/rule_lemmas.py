"""The rule lemmatizer's choice of lemma, as spaCy 3.8.18 makes it, whatever spaCy release is installed.

spaCy's rule ``Lemmatizer.rule_lemmatize`` changed within the 3.8 series (after 3.8.7): a form that a suffix rule
makes and that the part of speech's word index holds is now put first, so the last rule making a known word wins
("hoping": "hop", where 3.8.2 gives "hope"; "staged": "stag"; "riding": "rid"). sitrep's analyses, and every
warehouse built so far, read those later lemmas, while spaCy 3.8.2 parses with half the CPU of the later builds in
its parser and NER (with the same tags, parse and entities). ``FastLemmatizer`` asks this function instead of the
installed component's method, so the lemmas do not depend on the release: the code below is spaCy 3.8.18's
``rule_lemmatize`` (MIT licence, Explosion AI), with the component passed in and its cache left to the caller.
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING

from spacy.errors import Warnings

if TYPE_CHECKING:
    from spacy.pipeline import Lemmatizer
    from spacy.tokens import Token


def rule_lemmas(lemmatizer: Lemmatizer, token: Token) -> list[str]:
    """The lemmas spaCy 3.8.18's rule lemmatizer gives ``token`` (the first is the one it sets)."""
    string = token.text
    univ_pos = token.pos_.lower()
    if univ_pos in ("", "eol", "space"):
        if univ_pos == "":
            warnings.warn(Warnings.W108, stacklevel=2)
        return [string.lower()]
    if lemmatizer.is_base_form(token):
        return [string.lower()]
    lookups = lemmatizer.lookups
    index_table = lookups.get_table("lemma_index", {})
    exc_table = lookups.get_table("lemma_exc", {})
    rules_table = lookups.get_table("lemma_rules", {})
    if not any((index_table.get(univ_pos), exc_table.get(univ_pos), rules_table.get(univ_pos))):
        return [string] if univ_pos == "propn" else [string.lower()]
    index = index_table.get(univ_pos, {})
    exceptions = exc_table.get(univ_pos, {})
    rules = rules_table.get(univ_pos, {})
    orig, string = string, string.lower()
    forms: list[str] = []
    oov_forms = []
    for old, new in rules:
        if string.endswith(old):
            form = string[: len(string) - len(old)] + new
            if not form:
                pass
            elif form in index:  # the 3.8.18 order: a known form goes first (the last rule that makes one wins)
                forms.insert(0, form)
            elif not form.isalpha():
                forms.append(form)
            else:
                oov_forms.append(form)
    forms = list(dict.fromkeys(forms))  # duplicates out, the order kept
    for form in exceptions.get(string, []):  # exceptions first
        if form not in forms:
            forms.insert(0, form)
    if not forms:
        forms.extend(oov_forms)
    if not forms:
        forms.append(orig)
    return forms


def use_on(lemmatizer: Lemmatizer) -> Lemmatizer:
    """Make a stock rule ``lemmatizer`` lemmatize as ``rule_lemmas`` does (to compare it with ``FastLemmatizer``
    under any spaCy release: the tests and ``bench/check_fast_pipes.py``)."""
    if lemmatizer.mode == "rule":
        lemmatizer.lemmatize = lambda token: rule_lemmas(lemmatizer, token)
    return lemmatizer
