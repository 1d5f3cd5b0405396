"""Event recall classes of round 17, each checked on sentences of our own written several ways.

- an act told in the infinitive clause of a decision or a stated will that its holder made, announced or voiced
  ('made a decision to impose sanctions on X', 'expressed readiness to hold talks with X') is the holder's: the
  verb's subject is its source (``event_arg_clauses.held_will``, ``data/held_wills.tsv``); a decision someone
  else welcomed names no holder;
- what an actor did in a relative clause on it ('the miners, who demanded higher pay, clashed with police') is an
  act of its own, coded beside the act of the main clause (``event_clause_acts.actors_own_clause``);
- an international organisation meeting with no partner, or its members or delegates meeting, is a meeting of
  its members ('the G-7 will meet in Ottawa', 'members of the Arab League met': ``party_groups.member_officials``);
- a name opening a headline and joined to the subject by a comma acts with it ('China, Russia condemn ...':
  ``event_syntax.headline_partners``);
- an act of custody told in the agentless passive ('were arrested, police said', 'the ministry said 40 inmates were
  released') was done by the state body or state whose statement tells it, not by a witness or a rights group
  (``event_authorities.reporting_authority``);
- regaining, reclaiming or liberating a town, a port or a territory is taking it in fighting, ASSAULT seize, as
  retaking and recapturing are (``triggers_curated.tsv`` regain / reclaim / liberate rows);
- a reaction told on a noun that sums up the clause before it ('X annexed the district, a move condemned by Y';
  'X said ..., a proposal rejected by Y') is aimed at the doer of that clause, or at the speaker of a proposal
  (``event_summaries``, ``data/summary_nouns.tsv``);
- criticism an act draws from someone ('the build-up drew criticism from X', 'closed the border, sparking
  condemnation from X') is X's ACCUSE of the act's doer (``drawn_reactions``, ``data/drawn_reactions.tsv``).
"""

from __future__ import annotations

import pytest

from sitrep.extract import entities, events
from sitrep.extract.event_arg_clauses import held_wills
from sitrep.extract.event_triggers import read_tsv
from tests.sitrep.extract.coding import coded


def _roles(nlp, text: str) -> list[tuple[str, str, set[tuple[str, str]]]]:
    """(event type, trigger, {(role, surface)}) of each candidate of ``text``."""
    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    by_idx = {m["idx"]: m for m in ments}
    out = []
    for cand in events.doc_event_candidates(doc, ments, None):
        roles = {
            (p["role"], by_idx[p["mention_idx"]]["surface"] if p.get("mention_idx") is not None else p.get("group"))
            for p in cand["participants"]
        }
        out.append((cand["event_type"], cand["trigger"], roles))
    return out


@pytest.mark.parametrize("row", read_tsv("held_wills.tsv"), ids=lambda r: f"{r['kind']}-{r['lemma']}")
def test_the_holder_of_a_decision_or_will_does_its_act(nlp, row):
    doc = nlp(row["example"])
    act = next(t for t in doc if t.dep_ == "acl" and t.head.lemma_ in held_wills()["noun"])
    holder = next(t for t in act.head.head.children if t.dep_ == "nsubj")
    got = [roles for _, trig, roles in _roles(nlp, row["example"]) if trig.split()[0] == act.text]
    names = {w.text for w in holder.subtree}
    assert any(("source", surface) in roles for roles in got for surface in names), got


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        ("Estonia has made a decision to expel three Russian diplomats.", "SANCTION", "Estonia"),
        ("Lithuania announced its decision to impose sanctions on Belarus.", "SANCTION", "Lithuania"),
        ("The rebels expressed readiness to hold talks with the government of Chad.", "CONSULT", "rebels"),
    ],
)
def test_a_decision_made_codes_its_act_with_its_maker(nlp, text, etype, source):
    got = [roles for t, _, roles in _roles(nlp, text) if t == etype]
    assert any(("source", source) in roles for roles in got), got


def test_a_decision_welcomed_is_not_the_welcomers_act(nlp):
    got = _roles(nlp, "Norway welcomed the decision to impose sanctions on Belarus.")
    assert not any(t == "SANCTION" and ("source", "Norway") in roles for t, _, roles in got), got


def test_a_possessor_keeps_its_decision(nlp):
    got = _roles(nlp, "Ghana's decision to boycott Togolese goods angered the traders.")
    assert any(t == "SANCTION" and ("source", "Ghana") in roles for t, _, roles in got), got


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        ("The protesters, who demanded the resignation of the governor, clashed with police in Lagos.", "REQUEST",
         "protesters"),
        ("The minister met the union leaders, who demanded that the government raise wages.", "REQUEST", "unions"),
        ("Police arrested the strikers, who had demanded higher wages from the mining company.", "REQUEST",
         "workers"),
    ],
)  # fmt: skip
def test_an_actors_relative_clause_is_an_act_of_its_own(nlp, text, etype, source):
    got = _roles(nlp, text)
    assert len({t for t, _, _ in got}) >= 2, got
    assert any(t == etype and ("source", source) in roles for t, _, roles in got), got


def test_a_relative_clause_on_a_thing_stays_part_of_its_act(nlp):
    got = _roles(nlp, "The envoy rejected the proposal, which called for new elections in Togo.")
    assert [t for t, _, _ in got] == ["REJECT"], got


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Members of the G-7 will meet in Ottawa next month.", "G-7"),
        ("The European Union met in Brussels on Monday.", "European Union"),
        ("Representatives of the Arab League will meet in Cairo on Sunday.", "Arab League"),
    ],
)
def test_an_organisation_meeting_alone_is_its_members_meeting(nlp, text, org):
    got = [roles for t, _, roles in _roles(nlp, text) if t == "CONSULT"]
    assert any(("source", org) in roles for roles in got), got


def test_an_organisation_meeting_a_partner_meets_the_partner(nlp):
    got = [roles for t, _, roles in _roles(nlp, "NATO will meet Russia in Brussels next week.") if t == "CONSULT"]
    assert got and all(("target", "Russia") in roles for roles in got), got


@pytest.mark.parametrize(
    ("text", "etype", "sources"),
    [
        ("Germany, France condemn attack on embassy", "ACCUSE", {"Germany", "France"}),
        ("Brazil, Argentina condemn attack on embassy", "ACCUSE", {"Brazil", "Argentina"}),
        ("US, Japan agree to boost missile defence", "AGREE", {"US", "Japan"}),
    ],
)
def test_a_headline_name_before_a_comma_acts_with_the_subject(nlp, text, etype, sources):
    got = [roles for t, _, roles in _roles(nlp, text) if t == etype]
    assert any(sources <= {s for r, s in roles if r == "source"} for roles in got), got


def test_a_fronted_time_is_no_partner(nlp):
    got = [c for c in coded(nlp, "On Monday, Russia condemned the attack.") if c["event_type"] == "ACCUSE"]
    assert got and all(len([p for p in c["participants"] if p["role"] == "source"]) == 1 for c in got), got


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        ("Nine students were detained in Harare on Monday, police said.", "COERCE", "police"),
        ("The interior ministry said 40 inmates were released on Friday.", "RETREAT", "government"),
        ("Chile said three Peruvian fishermen were freed on Sunday.", "RETREAT", "Chile"),
    ],
)
def test_the_authority_reporting_an_agentless_custody_act_did_it(nlp, text, etype, source):
    got = [roles for t, _, roles in _roles(nlp, text) if t == etype]
    assert any(("source", source) in roles for roles in got), got


@pytest.mark.parametrize(
    ("text", "reporter"),
    [
        ("Amnesty International said 40 inmates were released on Friday.", "Amnesty International"),
        ("Witnesses said nine students were detained in Harare.", "Witnesses"),
    ],
)
def test_a_witness_or_rights_group_reporting_custody_is_no_doer(nlp, text, reporter):
    got = [roles for _, _, roles in _roles(nlp, text)]
    assert got and not any(("source", reporter) in roles for roles in got), got


def test_a_defining_relative_clause_stays_part_of_its_act(nlp):
    got = _roles(nlp, "A UN report accuses Serbia of having built a regime that oppresses the Kosovars.")
    assert [t for t, _, _ in got] == ["ACCUSE"], got


def test_an_organisations_members_speaking_about_a_topic_is_no_meeting(nlp):
    got = _roles(nlp, "Representatives of the alliance speak about the need to prevent such incidents.")
    assert not any(t == "CONSULT" for t, _, _ in got), got


@pytest.mark.parametrize(
    "text",
    [
        "The army regained the town of Marawi after a month of fighting.",
        "Syrian troops reclaimed three villages near Palmyra.",
        "Iraqi forces liberated the city of Tal Afar from the militants.",
    ],
)
def test_taking_back_territory_is_an_attack(nlp, text):
    assert "ASSAULT" in {t for t, _, _ in _roles(nlp, text)}


@pytest.mark.parametrize(
    "text",
    ["The team regained the lead in the second half.", "The country regained its independence in 1991."],
)
def test_regaining_what_is_no_territory_is_no_attack(nlp, text):
    assert "ASSAULT" not in {t for t, _, _ in _roles(nlp, text)}


@pytest.mark.parametrize("row", read_tsv("summary_nouns.tsv"), ids=lambda r: r["noun"])
def test_a_reaction_on_a_summing_up_noun_targets_the_doer_or_speaker(nlp, row):
    got = [roles for t, _, roles in _roles(nlp, row["example"]) if t in {"ACCUSE", "REJECT", "SUPPORT"}]
    assert any(("target", row["target"]) in roles for roles in got), got


def test_a_reaction_on_a_noun_with_no_clause_before_has_no_target(nlp):
    got = [roles for t, _, roles in _roles(nlp, "The move was condemned by France on Monday.") if t == "ACCUSE"]
    assert got and not any(r == "target" for roles in got for r, _ in roles), got


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab, which has staged similar raids in the past, denied responsibility for the bombing.",
        "The rebels, who have attacked convoys in the past, denied involvement in the ambush.",
    ],
)
def test_what_an_actor_is_known_for_is_no_act_of_its_own(nlp, text):
    assert "ASSAULT" not in {t for t, _, _ in _roles(nlp, text)}


@pytest.mark.parametrize("row", read_tsv("drawn_reactions.tsv"), ids=lambda r: f"{r['kind']}-{r['lemma']}")
def test_a_reaction_drawn_from_someone_is_their_criticism_of_the_doer(nlp, row):
    got = [roles for t, _, roles in _roles(nlp, row["example"]) if t == "ACCUSE"]
    assert any({("source", row["source"]), ("target", row["target"])} <= roles for roles in got), got


@pytest.mark.parametrize(
    "text", ["The film drew criticism from reviewers.", "The verdict sparked protests across the country."]
)
def test_a_reaction_from_no_actor_is_no_criticism(nlp, text):
    assert "ACCUSE" not in {t for t, _, _ in _roles(nlp, text)}
