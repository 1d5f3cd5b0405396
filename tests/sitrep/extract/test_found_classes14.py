"""Event recall classes of round 14, each checked on sentences of our own written several ways.

- a family name written first ('Foreign Minister Wang Tao ... Wang said') that the model takes for an
  organisation is the person when it opens a person's full name in the same article
  (``data/entity_words.json`` family_names_first);
- a weapon as the subject of an attack verb with its user in a participle's 'by' phrase ('missiles fired by the
  rebels hit the camp'): the user attacks (``data/attack_instruments.json``).
"""

import json

import pytest

from sitrep.extract import entities, entity_vocab, event_instruments, events, resolution
from sitrep.extract.resolution import Item

FAMILY = json.loads(entity_vocab.VOCAB_FILE.read_text(encoding="utf-8"))["family_names_first"]
INSTRUMENTS = json.loads(event_instruments.DATA.read_text(encoding="utf-8"))


def _items(word: str, other_article: bool = False) -> list[Item]:
    full = Item("a1", {"name": f"{word} Tao"}, "PERSON", (word, "Tao"))
    short = Item("a2" if other_article else "a1", {"name": word}, "ORG", (word,))
    return [full, short]


@pytest.mark.parametrize("word", sorted(FAMILY["words"]))
def test_a_family_name_opening_a_full_name_is_that_person(word):
    items = _items(word.capitalize())
    resolution._relabel_persons(items)
    assert items[1].label == "PERSON", word
    elsewhere = _items(word.capitalize(), other_article=True)  # another article's 'Wang' stays what it was
    resolution._relabel_persons(elsewhere)
    assert elsewhere[1].label == "ORG", word


def test_a_word_outside_the_family_names_is_not_relabelled():
    items = _items("Vale")
    resolution._relabel_persons(items)
    assert items[1].label == "ORG"


def test_the_family_name_joins_the_full_name_in_the_article(nlp):
    text = FAMILY["example"].replace("{Word}", "Wang")
    analyses = [{"article_id": "a1", "mentions": entities.doc_mentions(nlp(text))}]
    rows, ent_of = entities.resolve_entities(analyses)
    people = [r for r in rows if r["canonical_name"].startswith("Wang")]
    assert [r["canonical_name"] for r in people] == ["Wang Tao"], rows


def _sources(nlp, text: str) -> list[str]:
    """The sources of the attacks coded for ``text``."""
    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    out = []
    for cand in events.doc_event_candidates(doc, ments, None):
        if cand["event_type"] != "ASSAULT":
            continue
        for p in cand["participants"]:
            if p["role"] == "source":
                out.append(ments[p["mention_idx"]]["surface"] if p.get("mention_idx") is not None else p["surface"])
    return out


@pytest.mark.parametrize(("text", "user"), INSTRUMENTS["examples"])
def test_the_user_of_a_weapon_named_by_its_participle_attacks(nlp, text, user):
    assert any(user in s for s in _sources(nlp, text)), (text, _sources(nlp, text))


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Rockets supplied by Hezbollah hit the border town on Monday.", "Hezbollah"),  # a supplier, no attacker
        ("Shells made by a Taliban workshop killed four police officers.", "Taliban"),
    ],
)
def test_a_participle_other_than_use_names_no_attacker(nlp, text, other):
    assert not any(other in s for s in _sources(nlp, text)), text


def _coded(nlp, text: str) -> list[tuple[str, str, set[str]]]:
    """(type, status, source names) of the candidates coded for ``text``."""
    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    out = []
    for cand in events.doc_event_candidates(doc, ments, None):
        names = {
            ments[p["mention_idx"]]["surface"] if p.get("mention_idx") is not None else p["surface"]
            for p in cand["participants"]
            if p["role"] == "source"
        }
        out.append((cand["event_type"], cand["event_status"], names))
    return out


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("The offer, rejected by Ukraine on Monday, would have frozen the front line.", "Ukraine"),
        ("The ceasefire proposal rejected by Hamas on Tuesday would have freed the hostages.", "Hamas"),
        ("Kenya backed the resolution, which was rejected by Uganda.", "Uganda"),
        (
            "Officials said talks could resume, a plan quickly dismissed by Canadian Foreign Minister Ana Vela.",
            "Ana Vela",
        ),
    ],
)
def test_a_clause_on_a_noun_with_its_own_doer_tells_its_own_act(nlp, text, doer):
    """A participle or relative clause on a noun that names its own doer in a 'by' phrase: the doer acts (not
    the target of its act), and the act is neither framed by the clause the noun sits in nor a part of it."""
    rejections = [c for c in _coded(nlp, text) if c[0] == "REJECT"]
    assert rejections and rejections[0][1] == "occurred" and doer in rejections[0][2], _coded(nlp, text)


def test_a_clause_without_its_own_doer_stays_framed(nlp):
    text = "The offer, if rejected, would have frozen the front line."
    assert not [c for c in _coded(nlp, text) if c[0] == "REJECT" and c[1] == "occurred"], _coded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Troops commanded by Ali Musa launched an offensive on the port on Tuesday.",
        "A militia backed by Iran attacked the base on Sunday.",
    ],
)
def test_a_clause_on_an_actor_only_says_who_it_is(nlp, text):
    """'troops commanded by X', 'a militia backed by Y': no act of its own beside the attack."""
    assert {c[0] for c in _coded(nlp, text)} == {"ASSAULT"}, _coded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Riot police prevented the demonstration held by nurses near the ministry.",
        "Police dispersed a rally organised by the opposition in Lima.",
        "Officials banned the protest planned by the union for Friday.",
    ],
)
def test_a_clause_on_an_event_noun_names_the_doer_of_the_noun_s_own_event(nlp, text):
    """'the rally staged by nurses': the clause's verb is the rally's, whose fate the clause around it tells (a
    prevented or banned rally took place nowhere); only the act on it is coded."""
    assert {c[0] for c in _coded(nlp, text)} == {"COERCE"}, _coded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The strike, called by dockers' unions, shut the ports of Varna for two days last week.",
        "The march, organised by the opposition, drew thousands to the square in Lima on Sunday.",
    ],
)
def test_an_event_noun_as_subject_with_its_own_doer_is_told_as_done(nlp, text):
    """'the strike, called by the unions, shut the ports': the strike took place (not planned, as an object of
    'banned' or 'prevented' would be)."""
    assert [c for c in _coded(nlp, text) if c[0] == "PROTEST" and c[1] == "occurred"], _coded(nlp, text)
