"""Entity mentions from a spaCy Doc, and corpus-wide entity resolution.

``doc_mentions`` turns the (noisy) small-model NER into clean mentions with exact character offsets:
spans are split at line breaks, trimmed of quotes/bullets, a leading "the" and a trailing possessive;
leading titles ("Gen.", "President", "Spokeswoman") are kept out of the resolved name and recorded as the
mention's title; country names, demonyms and cities are relabelled from the offline gazetteer whatever the
model guessed ("Mali/PERSON" -> GPE, "Ukrainian/GPE" -> NORP); person names seen in the article are
propagated to spans the model mislabelled or missed ("Raisi/GPE", "Lavrov/ORG"). Each mention carries hints
for resolution: ``name`` (clean name), ``title``, ``role`` and ``country_iso3`` read from titles and
appositives ("Cuban President Miguel Díaz-Canel", "his Venezuelan counterpart X", "X, the Russian Security
Council secretary"), ``kind`` (country | city | seat | role) and ``geonameid`` for places. Unnamed
office-holders ("Russia's foreign minister", "the Cuban president") are mentions with label ``ROLE`` and
``nominal`` true: resolution links them to the named holder of that office (entity type PERSON); they carry
their own label so that event extraction, which looks for named persons, is not misled by them.

``resolve_entities`` groups mentions of the whole corpus into entities: persons by order-preserving,
transliteration-tolerant name matching (surname-only mentions go to the full name seen in the same article,
and across articles only when one person fits); organisations by content words plus their country; places
by gazetteer id. Canonical name = the most complete name, with accents restored from any accented variant.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from sitrep.extract.acronym_mentions import add_acronyms
from sitrep.extract.actor_context import attribute, nominal_roles
from sitrep.extract.actor_cues import role_key
from sitrep.extract.actor_dictionary import agent_sector
from sitrep.extract.actor_spotting import add_dictionary_actors, add_misspelt_countries
from sitrep.extract.agreement_names import drop_agreement_names
from sitrep.extract.bracketed_names import add_bracketed_names
from sitrep.extract.conjunct_persons import add_conjunct_persons
from sitrep.extract.described_countries import describe_countries
from sitrep.extract.described_persons import add_described_persons
from sitrep.extract.doc_text import doc_text
from sitrep.extract.entity_vocab import NEWS_AGENCIES, ORG_WORDS, PLACE_WORDS
from sitrep.extract.group_appositions import add_group_appositions
from sitrep.extract.joined_names import join_connected
from sitrep.extract.led_bodies import add_led_bodies
from sitrep.extract.listed_forms import add_listed_mentions
from sitrep.extract.lone_armed_groups import add_lone_armed_groups
from sitrep.extract.mention_repair import initial_spans
from sitrep.extract.missed_cities import add_missed_cities
from sitrep.extract.month_surnames import add_month_surnames
from sitrep.extract.org_anaphora import add_org_anaphors
from sitrep.extract.org_echoes import propagate_orgs
from sitrep.extract.org_name_runs import add_org_runs
from sitrep.extract.person_cues import dedupe, propagate_persons, speaker_cue, title_cue
from sitrep.extract.photo_credits import drop_credits
from sitrep.extract.resolution import entity_id_for, resolve_entities
from sitrep.extract.seat_actors import rename_seat_actors
from sitrep.extract.state_namesakes import read_us_states
from sitrep.extract.table_persons import add_listed_persons

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "NEWS_AGENCIES",
    "ORG_WORDS",
    "PLACE_WORDS",
    "add_components",
    "doc_mentions",
    "entity_id_for",
    "resolve_entities",
    "role_key",
]


def doc_mentions(doc: Doc) -> list[dict]:
    """Clean entity mentions of one article with exact char offsets and resolution hints (see module doc)."""
    text = doc_text(doc)
    spans = join_connected(doc, initial_spans(doc))  # 'Banco' + 'do' + 'Brasil': one name
    spans = add_org_runs(doc, spans)  # 'the [Syrian/NORP] Democratic Forces': one organisation
    spans = add_led_bodies(doc, spans)  # 'the [Saudi/NORP]-led coalition': one organisation
    spans = add_group_appositions(doc, spans)  # 'the militant group [Jund Ansar/PERSON] of Sinai': one organisation
    spans = drop_credits(text, spans)  # 'REUTERS/Ana Kessler': a photographer, no actor
    spans = add_bracketed_names(doc, spans)  # '[Jean-Claude] Juncker'
    spans = add_misspelt_countries(doc, add_dictionary_actors(doc, add_listed_mentions(doc, add_acronyms(doc, spans))))
    spans = add_missed_cities(doc, spans)  # 'clashes in Mazar/LOC-i-Sharif': the whole city
    spans = add_conjunct_persons(doc, spans)  # 'Merkel and Putin met': the untagged conjunct
    spans = add_listed_persons(doc, spans)  # 'Alexei Navalny was jailed', 'Olaf Scholz/ORG': a listed person
    title_cue(doc, spans)
    spans = add_month_surnames(doc, propagate_persons(doc, speaker_cue(doc, spans)))  # 'Theresa May ... May said'
    spans = dedupe(propagate_orgs(doc, spans), text)
    attribute(doc, spans)
    spans = drop_agreement_names(doc, add_org_anaphors(doc, nominal_roles(doc, spans)))
    spans = add_lone_armed_groups(doc, spans)  # 'militants' in an article naming one armed group: that group
    spans = describe_countries(doc, add_described_persons(text, spans))  # 'X ... The Polish driver': POL
    sent_starts = [s.start_char for s in doc.sents]
    out = []
    kept: dict[int, int] = {}  # id(span) -> mention idx
    for sp in spans:
        while sp.start < sp.end and text[sp.start] in '"?!“':  # spans grown by propagation may pick up quotes
            sp.start += 1
        surface = text[sp.start : sp.end]
        if not surface:
            continue
        sent_idx = max(0, _bisect(sent_starts, sp.start))
        kept[id(sp)] = len(out)
        out.append(
            {
                "idx": len(out),
                "surface": surface,
                "label": sp.label,
                "model_label": sp.model_label or sp.label,
                "start_char": sp.start,
                "end_char": sp.end,
                "sent_idx": sent_idx,
                "name": sp.name or surface,
                "title": " ".join(sp.title_words) or None,
                "role": sp.role,
                "country_iso3": sp.country,
                "kind": sp.kind,
                "geonameid": sp.geonameid,
                "nominal": sp.kind == "role",
                "context_country": sp.context_country,
                "addressed": sp.addressed,
                "state_body": sp.state_body,
                "sector": role_sector(sp.role),
                "affiliation_idx": None,
                "voice_idx": None,
            }
        )
    for sp in spans:  # the organisation named in a person's title or post, when it is a mention of its own
        if sp.affiliation is not None and id(sp) in kept and id(sp.affiliation) in kept:
            out[kept[id(sp)]]["affiliation_idx"] = kept[id(sp.affiliation)]
        if sp.voice is not None and id(sp) in kept and id(sp.voice) in kept:
            out[kept[id(sp)]]["voice_idx"] = kept[id(sp.voice)]
    read_us_states(text, out)  # 'a Georgia judge ... Atlanta': the US state, not the country
    rename_seat_actors(doc, out)
    return out


def role_sector(role: str | None) -> str | None:
    """CAMEO sector of a role from the Phoenix agents file ("Foreign Minister" -> GOV, "army general" ->
    MIL): its longest listed tail ("riot police chief" tries the whole, then "police chief", then "chief")."""
    words = (role or "").split()
    for n in range(len(words)):
        sector = agent_sector(" ".join(words[n:]))
        if sector:
            return sector
    return None


def _bisect(starts: list[int], pos: int) -> int:
    return bisect.bisect_right(starts, pos) - 1


def add_components(nlp) -> None:  # noqa: ANN001 - spaCy Language
    """No extra pipeline components: mention repair runs on the finished Doc in ``doc_mentions``."""
    return None
