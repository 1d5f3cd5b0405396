"""Triggers read from a whole clause rather than from a word's lexicon entry: what a verb of saying tells (a
breach of a commitment, an act judged wrong, a wrongdoing: ``told_appraisals``), a stated readiness ('is ready
to', ``stated_readiness``), a court's ruling against an act ('a judge blocked the ban', ``court_rulings``) and the
backing a force gets from military means named in its 'by' phrase (``military_backing``: 'forces backed by US
advisers and air support' is military aid); a demand told as an ultimatum is a threat (``ultimatums``); an act of
giving or meeting disavowed ('no question of negotiating with X', ``disavowed_intents``) is a refusal; a hostile
act disavowed ('no intention of recalling its ambassador') is none, and so is a foiled attack ('prevented a terror
attack', ``foiled_acts``); a permission refused ('will not allow X to') is a refusal, and 'will not tolerate' a
warning (``refused_permissions``); a verb of urging with an actor and an infinitive ('encouraged X to hold talks',
``urging_verbs``) is a request."""

from sitrep.extract import (
    court_rulings,
    custody_passives,
    disavowed_intents,
    foiled_acts,
    refused_permissions,
    told_blame,
    urging_verbs,
)
from sitrep.extract.military_backing import backing_reading
from sitrep.extract.spacy_ids import NOUN
from sitrep.extract.stated_readiness import read as stated_readiness
from sitrep.extract.token_lemma import lemma as _lemma
from sitrep.extract.told_appraisals import told_over, told_reading
from sitrep.extract.ultimatums import ultimatum_reading
from sitrep.extract.verb_index import VERB_POS

#: the clause readings below are read on verbs and auxiliaries (``verb_index.VERB_POS``): every one of them but the
#: disavowed intents ('no question of', a noun) and a verb of holding ('held X responsible') asks for a verb or an
#: auxiliary first (``told_appraisals``' told readings, ``stated_readiness``, ``refused_permissions``,
#: ``court_rulings``)


def clause_words(doc) -> tuple[list, list]:
    """(the verbs and auxiliaries of ``doc``, with any word whose lemma is a verb of holding; its nouns), in text
    order, from one pass over its tokens: the words the clause readings can hold a trigger on (each reading
    returns None on any other word, having asked for its part of speech or lemma first)."""
    verbs, nouns = [], []
    holding = told_blame.vocab()["hold"]
    for tok in doc:
        pos = tok.pos
        if pos in VERB_POS or _lemma(tok) in holding:
            verbs.append(tok)
        if pos == NOUN:
            nouns.append(tok)
    return verbs, nouns


def add_clause_readings(doc, seen: dict) -> None:
    """Add the clause readings of ``doc`` to ``seen`` (token index -> trigger). A told judgement replaces a reading
    the verb had only from its object noun (``told_over``); a stated readiness never replaces a lexicon reading."""
    verbs, nouns = clause_words(doc)
    for trig in filter(None, map(told_reading, verbs)):  # said Freedonia has not complied, said the ban was illegal
        seen[trig.token.i] = told_over(seen.get(trig.token.i), trig)
    for trig in filter(None, map(stated_readiness, verbs)):  # 'is ready to', 'stands willing to'
        seen.setdefault(trig.token.i, trig)
    for trig in filter(None, map(disavowed_intents.read, nouns)):  # 'no question of negotiating with X'
        seen[trig.token.i] = trig
    for i in [i for i, trig in seen.items() if disavowed_intents.disavowed(trig)]:
        del seen[i]  # 'had no intention of recalling its ambassador': no act, no refusal
    from sitrep.extract.event_triggers import lexicon  # (event_triggers reads this module)

    for i in [i for i, trig in seen.items() if foiled_acts.foiled(trig, lexicon().nouns)]:
        del seen[i]  # 'prevented a terror attack', 'thwarted a plot to attack': no support, no attack
    for trig in filter(None, map(refused_permissions.read, verbs)):  # 'will not allow X to', 'will not tolerate'
        seen[trig.token.i] = refused_permissions.over(seen.get(trig.token.i), trig)
    for tok in verbs:  # 'a federal judge blocked the travel ban', 'the court struck down the law'
        if (trig := court_rulings.read(tok, seen.get(tok.i))) is not None:
            seen[tok.i] = trig
        if (trig := custody_passives.read(tok, seen.get(tok.i))) is not None:
            seen[tok.i] = trig  # 'has been held in Nairobi since May': custody
        if (trig := urging_verbs.read(tok, seen.get(tok.i))) is not None:
            seen[tok.i] = trig  # 'encouraged Peru to hold talks', 'wooed the senators to back the bill'
    for i, trig in list(seen.items()):  # 'Iraqi forces, backed by US advisers and air support': military aid
        seen[i] = ultimatum_reading(backing_reading(trig))  # 'told X to disarm or face an offensive': a threat
