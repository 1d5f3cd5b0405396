"""Actors and their countries the parse alone would miss, end to end on sentences of our own: an untagged country
name before a weapon's name, a protest acted on whose holders are the targets, a group at a named institution, a
domestic authority's own people, the object of a chained complement, a reduced relative's host, a subject hung
on a fronted phrase, an ethnic minority's state of residence, a group named again with its country, a place name's
word that is no movement, and a border that says no group's country."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from sitrep.extract.coded_roles import coded_by_article
from sitrep.extract.event_arg_groups import fronted_subject
from sitrep.extract.pipeline import analyze_articles, assemble

#: (sentence, category as scored, role, country the role must hold)
CASES = [
    ("Recent US Hellfire strikes have killed four senior militia figures since June, officials said.",
     "ASSAULT", "source", "USA"),
    ("Indonesian police blocked a rally staged by students at Gadjah Mada University against the war in Syria.",
     "COERCE", "target", "IDN"),
    ("Pakistani troops prepared to resume shelling Indian border villages across the frontier.",
     "MOBILIZE", "target", "IND"),
    ("Several Chilean envoys had their first talks with Kenyan President Daniel Otieno over a dinner hosted by "
     "the Chilean ambassador.", "CONSULT", "target", "KEN"),
    ("The European Union gave food aid to Haitian refugees in the camps.", "AID", "target", "HTI"),
    ("Bulgarian police detained 30 ethnic Turks at a rally in the town of Kardzhali.", "COERCE", "target", "BGR"),
    ("Ethnic Hungarian students in Romania staged a march through Cluj on Sunday.", "PROTEST", "source", "ROU"),
    ("A spokesman for the Israeli army said troops had demolished two houses in Gaza.", "ASSAULT", "source", "ISR"),
    ("Supporters of the ousted Haitian president clashed with police in Port-au-Prince.", "ASSAULT", "target", "HTI"),
]  # fmt: skip


@pytest.fixture(scope="module")
def coded(nlp):
    """Article id -> [(category as scored, role, country)] for every case, one article each, months apart."""
    articles = [
        {"article_id": f"r{i}", "body": text, "published_at": date(2003, 1, 1) + timedelta(days=60 * i)}
        for i, (text, *_) in enumerate(CASES)
    ]
    out = assemble(analyze_articles(articles, nlp), {a["article_id"]: a for a in articles})
    return {
        aid: [(typ, r, c) for typ, roles in coded for r, c in roles] for aid, coded in coded_by_article(out).items()
    }


@pytest.mark.parametrize(("i", "case"), list(enumerate(CASES)), ids=[c[0][:40] for c in CASES])
def test_the_role_holds_the_country(coded, i, case):
    text, etype, role, iso3 = case
    found = coded.get(f"r{i}", [])
    want = {role, "participant"}
    assert any(t == etype and r in want and c == iso3 for t, r, c in found), (text, found)


def test_a_subject_hung_on_a_fronted_phrase_is_the_verbs_subject():
    """'After the signing of Accord X, the army and the rebels have agreed ...' parsed with 'army' as a conjunct
    of the accord's name and no subject on 'agreed' (a parse the small model gives for some such sentences)."""
    words = ["After", "the", "signing", "of", "Accord", "X", ",", "the", "army", "and", "the", "rebels", "have",
             "agreed", "to", "withdraw", "."]  # fmt: skip
    heads = [13, 2, 0, 2, 5, 3, 5, 8, 5, 8, 11, 8, 13, 13, 15, 13, 13]
    deps = ["prep", "det", "pobj", "prep", "compound", "pobj", "punct", "det", "conj", "cc", "det", "conj", "aux",
            "ROOT", "aux", "xcomp", "punct"]  # fmt: skip
    pos = ["ADP", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "CCONJ", "DET", "NOUN", "AUX",
           "VERB", "PART", "VERB", "PUNCT"]  # fmt: skip
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, sent_starts=[True] + [False] * 16)
    assert fronted_subject(doc[13]).text == "army"
    doc = Doc(Vocab(), words=["The", "army", "agreed", "."], heads=[1, 2, 2, 2], deps=["det", "nsubj", "ROOT", "punct"])
    assert fronted_subject(doc[2]) is None


def test_a_border_owner_gives_no_group_its_country(nlp):
    """'near the X border': the border has two sides, the guerrillas are not thereby X's."""
    text = "Kurdish guerrillas attacked a Turkish army outpost near the Iraqi frontier on Sunday."
    article = {"article_id": "b0", "body": text, "published_at": date(2003, 1, 1)}
    out = assemble(analyze_articles([article], nlp), {"b0": article})
    country = {e["entity_id"]: e.get("country_iso3") for e in out["entities"]}
    sources = {country.get(p["entity_id"]) for p in out["event_participants"] if p["role"] == "source"}
    assert "IRQ" not in sources
