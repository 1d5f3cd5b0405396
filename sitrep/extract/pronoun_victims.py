"""A personal pronoun as the people an attack hurt ('he was shot and killed by soldiers', 'police beat her', 'they
were shot by gunmen'), when no named person stands behind it: the pronoun stands for the nearest person noun
before it of its number that is a subject or an object, in its sentence or the one before ('An individual tried to
attack the guards; he was shot by soldiers': the individual; 'The gunman fled. He was shot by police': the
gunman), and the attack's target is that noun's group (``event_arg_victims``). A person noun is one the agents
dictionary or the group lists know, or one of ``data/person_nouns.tsv`` (with an example each,
tests/sitrep/extract/test_pronoun_victims35.py). A pronoun that stands for a named person is the parse's
(``event_mentions.pronoun_antecedent``)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.actor_dictionary import agent_sector
from sitrep.extract.event_arg_groups import recipient_group
from sitrep.extract.event_triggers import read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Token

#: personal pronouns of the people hurt -> whether they stand for more than one
PERSONAL = {"he": False, "him": False, "she": False, "her": False, "they": True, "them": True}
#: tags of a singular and a plural common noun
NUMBER_TAGS = {False: {"NN"}, True: {"NNS"}}
#: links of the noun a pronoun takes up: a subject or an object
ANTECEDENT_DEPS = {"nsubj", "nsubjpass", "dobj"}


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Lemmas of ``person_nouns.tsv``."""
    return frozenset(r["lemma"] for r in read_tsv("person_nouns.tsv"))


def pronoun_noun(pron: Token) -> Token | None:
    """The person noun a personal pronoun of the people hurt stands for, or None."""
    plural = PERSONAL.get(pron.lower_)
    if plural is None or pron.tag_ != "PRP":
        return None
    sents = list(pron.doc.sents)
    at = next(i for i, s in enumerate(sents) if s.start <= pron.i < s.end)
    start = sents[at - 1].start if at > 0 else sents[at].start
    for tok in reversed(pron.doc[start : pron.i]):
        if tok.pos_ != "NOUN" or tok.dep_ not in ANTECEDENT_DEPS or tok.ent_type_:
            continue
        if tok.tag_ in NUMBER_TAGS[plural] and _person(tok):
            return tok
    return None


def _person(noun: Token) -> bool:
    lemma = (noun.lemma_ or noun.lower_).lower()
    return lemma in person_nouns() or agent_sector(lemma) is not None or recipient_group(noun) is not None
