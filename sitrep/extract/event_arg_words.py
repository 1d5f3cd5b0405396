"""Vocabulary of the argument, participant and place rules of the event modules: pronouns and descriptions
that refer back, words of the other party, of state agents, of hosts and guests, venue nouns and the
prepositions that set a scene or a place (the trigger words are in ``event_lexicon``)."""

from __future__ import annotations

from sitrep.extract.event_lexicon import GROUP_WORDS, NOUNS

PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
#: plural pronouns: the previous event's participants, or the persons of a reporting clause
PLURAL_PRONOUNS = {"they", "them", "their"}
#: determiners of a group description that refers back ('the two presidents', 'both leaders')
GROUP_REFERRERS = {"two", "both", "the"}
#: determiners of a title description that refers back ('the minister', 'his counterpart')
TITLE_REFERRERS = {"the", "his", "her"}
#: titles too general to prefer the person introduced with the same title
GENERIC_TITLES = {"counterpart", "leader", "head", "official", "guest", "host"}
#: verbs of arriving or visiting: the clause they hang from and an invitation name their other party
ARRIVAL_VERBS = {"arrive", "land", "visit", "travel"}
#: words of reporting that end the stretch a trigger's other party is looked for in
REPORTING_WORDS = {"said", "told", "reported", "says", "according"}
#: conjunctions of contrast that end the stretch a trigger's other party is looked for in ('the leaders met in
#: Geneva, but X did not attend': X is told as absent)
CONTRAST_CONJUNCTIONS = {"but", "yet"}
#: prepositions of absence: the persons they govern took no part ('met without X', 'all members except X')
ABSENCE_PREPS = {"without", "except", "excluding"}
#: reporting verbs whose subject is the speaker of an event told in the sentence
SPEAKER_VERBS = {"said", "says", "told", "added", "stated", "announced", "noted"}
#: trigger words whose other party usually follows them ('met X', 'talks with X', 'signed ... with X')
COUNTERPART_WORDS = {
    "meet",
    "met",
    "meets",
    "meeting",
    "talks",
    "hold",
    "held",
    "holds",
    "visit",
    "visited",
    "received",
    "receives",
    "welcomed",
    "greeted",
    "hosted",
    "signed",
    "consultations",
    "discussions",
    "agreements",
    "accords",
    "memorandum",
}
#: words of organisations in a name spaCy took for a person's ('X News', 'the Y Council')
ORG_NAME_WORDS = (
    "news",
    "agency",
    "council",
    "ministry",
    "union",
    "bank",
    "group",
    "party",
    "company",
    "corp",
    "inc",
    "forum",
    "organi[sz]ation",
    "committee",
    "commission",
    "office",
    "press",
    "times",
    "post",
    "service",
)
TITLE_HEADS = {
    "president",
    "leader",
    "minister",
    "diplomat",
    "counterpart",
    "head",
    "chief",
    "premier",
    "secretary",
    "chairman",
    "chair",
    "envoy",
    "king",
    "emir",
    "prince",
    "guest",
    "host",
    "adviser",
    "advisor",
    "aide",
    "spokesman",
    "spokeswoman",
    "official",
    "general",
    "commander",
}

#: role titles a definite description ('the senator', 'the Democratic candidate') refers back with only to a
#: person introduced with that same title ('Senator X', 'X, the candidate'); never to whoever spoke last
INTRODUCED_TITLES = {
    "senator",
    "governor",
    "mayor",
    "candidate",
    "nominee",
    "congressman",
    "congresswoman",
    "lawmaker",
    "ambassador",
    "prosecutor",
    "chancellor",
}


HOSTED_NOUNS = (
    {n for n, (etype, _) in NOUNS.items() if etype == "CONSULT"}
    | TITLE_HEADS
    | GROUP_WORDS
    | {
        "delegation",
        "delegations",
        "guest",
        "guests",
        "counterpart",
        "counterparts",
        "ambassador",
        "ministers",
        "presidents",
        "leaders",
        "envoys",
        "officials",
        "team",
        "mission",
        "visitor",
        "visitors",
        "premier",
    }
)


#: heads through which a demonym names the state acting ('Russian security officials', 'Cuban authorities')
STATE_AGENTS = GROUP_WORDS | {
    "official",
    "officials",
    "authorities",
    "authority",
    "government",
    "governments",
    "side",
    "delegation",
    "diplomats",
    "diplomat",
    "forces",
    "military",
    "army",
    "navy",
    "troops",
    "envoys",
    "representatives",
    "administration",
    "regime",
    "leadership",
    "counterparts",
    "team",
    "ministry",
    "state",
    "cabinet",
    "parliament",
    "lawmakers",
    "legislators",
    "police",
    "embassy",
    "ambassador",
    "spokesman",
    "spokeswoman",
    "negotiator",
    "negotiators",
    "mediator",
    "mediators",
}
#: sectors of the Phoenix agents file whose role nouns, named with a demonym, are the state acting ('Peruvian
#: ministers', 'Chilean lawmakers'): government, legislature, judiciary, armed forces, police, intelligence
STATE_SECTORS = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY"}


PLACE_NOUNS = {"capital", "city", "town", "port", "island", "region", "province", "resort", "village", "soil"}
INVOLVING = {"involving", "including", "featuring", "attended", "bringing", "gathering", "grouping"}
VENUE_NOUNS = {
    "city",
    "capital",
    "palace",
    "airport",
    "house",
    "ministry",
    "headquarters",
    "summit",
    "forum",
    "base",
    "residence",
    "office",
    "hall",
    "kremlin",
    "conference",
    "stop",
    "leg",
    "trip",
    "tour",
    "visit",
    "meeting",
    "talks",
    "ceremony",
    "session",
    "port",
}


#: prepositions that set an event as the scene of another ('during a meeting', 'at talks'): not governed by it
SCENE_PREPS = {"during", "at", "amid", "amidst", "after", "before", "following", "on", "in"}
LOCATIVE_PREPS = {"in", "at", "to", "into", "near", "outside", "from", "inside", "across", "around", "throughout"}
