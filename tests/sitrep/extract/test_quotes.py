"""Direct quotations and their speakers, on sentences written for these tests (real spaCy model, real mentions)."""

import pytest

from sitrep.extract import entities
from sitrep.extract.quotes import doc_quotes


@pytest.fixture(scope="module")
def quotes_of(nlp):
    """text -> [(quote text, speaker surface or None, country or None, method)] with the real mention extraction."""

    def run(text: str):
        doc = nlp(text)
        ments = entities.doc_mentions(doc)
        out = []
        for q in doc_quotes(doc, ments):
            assert text[q["start_char"] : q["end_char"]] == q["text"]
            idx = q["speaker_mention_idx"]
            out.append((q["text"], ments[idx]["surface"] if idx is not None else None, q["speaker_country_iso3"], q))
        return out

    return run


def one(found):
    assert len(found) == 1, found
    return found[0]


# ------------------------------------------------------------------------------------------------ quote forms


def test_split_quote_gives_two_rows_with_one_speaker(quotes_of):
    text = (
        "Nikolai Patrushev met Cuban officials in Havana.\n\n"
        "\u201cWe will support our friends in every possible way,\u201d Patrushev said, "
        "\u201cand the pressure on the island must end.\u201d"
    )
    found = quotes_of(text)
    assert [q[0] for q in found] == [
        "We will support our friends in every possible way,",
        "and the pressure on the island must end.",
    ]
    assert {q[1] for q in found} == {"Patrushev"}


def test_guillemets_and_doubled_single_marks_are_quotes(quotes_of):
    text = (
        "Maria Kowalska opened the fair in Warsaw on Monday. "
        "\u00abThis fair shows what our growers can do,\u00bb Kowalska said. "
        "\u2018\u2018Next year it will be twice as large,\u2019\u2019 she added."
    )
    found = quotes_of(text)
    assert [q[0] for q in found] == ["This fair shows what our growers can do,", "Next year it will be twice as large,"]
    assert all(q[1] and q[1].endswith("Kowalska") for q in found)


def test_reversed_opening_mark(quotes_of):
    q = one(quotes_of("Pedro Almeida told the crowd: \u201dWe have waited long enough for this road.\u201d"))
    assert q[0] == "We have waited long enough for this road." and q[1] == "Pedro Almeida"


def test_quote_over_two_paragraphs_keeps_its_speaker(quotes_of):
    text = (
        "The port reopened after the storm.\n\n"
        "\u201cThe cranes are working again and the first ships are unloading.\n\n"
        "\u201cWe expect the backlog to clear within a week,\u201d said Ingrid Solberg, who runs the port."
    )
    found = quotes_of(text)
    assert len(found) == 2
    assert all(q[1] == "Ingrid Solberg" for q in found)
    assert {q[3]["speaker_method"] for q in found} == {"direct", "continuation"}


def test_quote_cut_off_at_the_end_of_the_text(quotes_of):
    text = 'Governor Amara Okafor spoke to farmers on Tuesday.\n"The dams will be repaired before the rainy sea'
    q = one(quotes_of(text))
    assert q[0] == "The dams will be repaired before the rainy sea" and q[1] == "Amara Okafor"
    assert q[3]["speaker_method"] == "preceding"


def test_attributed_short_fragment_is_a_quote(quotes_of):
    text = "Prime Minister Lena Varga called the border closure \u2018a provocation\u2019 on Sunday."
    q = one(quotes_of(text))
    assert q[0] == "a provocation" and q[1] == "Lena Varga"


def test_scare_quotes_and_names_of_things_are_not_quotes(quotes_of):
    text = (
        'The so-called "peace dividend" never arrived in the valley. '
        'Farmers still call the old canal a "lifeline" for the region. '
        'The town hall launched the "Clean Rivers For Everyone" programme in spring.'
    )
    assert [q[0] for q in quotes_of(text)] == ["lifeline"]  # only the phrase someone is said to call it


def test_short_phrase_without_a_speaker_in_its_sentence_is_a_scare_quote(quotes_of):
    assert quotes_of('The "green corridor" ran along the coast for two hundred kilometres.') == []


# -------------------------------------------------------------------------------------------- speaker paths


def test_direct_subject_after_and_before_the_quote(quotes_of):
    text = (
        '"The new line will carry freight by June," said Tomas Berg.\n\n'
        'Anika Roy said: "Our costs will fall as a result."'
    )
    found = quotes_of(text)
    assert [q[1] for q in found] == ["Tomas Berg", "Anika Roy"]
    assert {q[3]["speaker_method"] for q in found} == {"direct"}
    assert found[1][3]["attribution"].startswith("Anika Roy said")


def test_according_to_and_quoted_as_saying(quotes_of):
    text = (
        'The talks will resume "as soon as both sides are ready," according to Helga Brandt.\n\n'
        'Omar Haddad was quoted as saying "nothing has been decided about the pipeline yet."'
    )
    assert [q[1] for q in quotes_of(text)] == ["Helga Brandt", "Omar Haddad"]


def test_pronoun_goes_to_the_nearest_person_named_before(quotes_of):
    text = (
        "Chancellor Ruth Meyer arrived in Lisbon on Monday for two days of talks.\n\n"
        '"We share the same view on energy prices," she told reporters.'
    )
    q = one(quotes_of(text))
    assert q[1] == "Ruth Meyer" and q[3]["speaker_method"] == "pronoun"


def test_title_goes_to_the_person_with_that_title(quotes_of):
    text = (
        "President Carlos Duarte received Foreign Minister Sofia Lindqvist in the capital.\n\n"
        '"Trade between our countries doubled in three years," the minister said.'
    )
    q = one(quotes_of(text))
    assert q[1] == "Sofia Lindqvist" and q[3]["speaker_method"] == "title"


def test_a_state_body_speaks_for_its_country(quotes_of):
    text = (
        '"The embassy will stay closed until further notice," the French foreign ministry said.\n\n'
        '"We are watching the situation closely," the State Department said.\n\n'
        '"No such talks took place," the Kremlin said.'
    )
    found = quotes_of(text)
    assert [q[2] for q in found] == ["FRA", "USA", "RUS"]
    assert {q[3]["speaker_method"] for q in found} == {"office"}


def test_a_country_named_in_the_body_is_the_speaker_mention(quotes_of):
    text = 'Norway\'s embassy said on Sunday that "the exchange of prisoners went smoothly."'
    q = one(quotes_of(text))
    assert q[1] == "Norway" and q[2] == "NOR"


def test_continuation_in_the_next_paragraph_takes_the_previous_speaker(quotes_of):
    text = (
        '"The vaccine supply has doubled since April," Health Minister Aiko Tanaka said.\n\n'
        '"Every clinic will receive its share before the winter."'
    )
    found = quotes_of(text)
    assert [q[1] for q in found] == ["Aiko Tanaka", "Aiko Tanaka"]
    assert found[1][3]["speaker_method"] == "continuation"


def test_unnamed_speaker_stays_null_and_is_not_inherited(quotes_of):
    text = (
        '"The factory will close next month," said Viktor Hale.\n\n'
        '"Nobody told the workers in advance," several employees said.'
    )
    found = quotes_of(text)
    assert [q[1] for q in found] == ["Viktor Hale", None]
    assert found[1][3]["speaker_method"] == "unresolved"


def test_the_statement_said_refers_to_the_statement_quoted_before(quotes_of):
    text = (
        'Ghana\'s foreign ministry said the envoy was "asked to leave within three days."\n\n'
        '"Ghana reserves the right to respond further," the statement said.'
    )
    found = quotes_of(text)
    assert [q[2] for q in found] == ["GHA", "GHA"]
    assert found[1][3]["speaker_method"] == "continuation"


def test_in_someones_words_names_the_speaker(quotes_of):
    text = (
        "The two envoys backed a \u201cfairer and more balanced order for trade between regions,\u201d "
        "in Dmitri Volkov's words."
    )
    q = one(quotes_of(text))
    assert q[1] and "Volkov" in q[1] and q[3]["speaker_method"] == "direct"


def test_a_demonym_body_and_a_capital_speak_for_their_state(quotes_of):
    text = (
        "The Indian side dismissed the report as \u201cbaseless and misleading.\u201d\n\n"
        "Ottawa insists the envoy was \u201cnever told why he had to leave.\u201d"
    )
    found = quotes_of(text)
    assert [q[2] for q in found] == ["IND", "CAN"]
    assert {q[3]["speaker_method"] for q in found} == {"office"}


def test_the_name_after_a_verb_of_calling_is_its_object_not_its_speaker(quotes_of):
    text = (
        "Senator Paul Hewitt, head of the budget committee, called Mayor Lindqvist's plan "
        "\u201creckless and rushed.\u201d"
    )
    q = one(quotes_of(text))
    assert q[1] == "Paul Hewitt"


def test_a_statement_mentioned_in_passing_attributes_nothing(quotes_of):
    text = (
        "Spokeswoman Clara Dunn told reporters after Mayor Ortiz's statement that the city "
        "\u201cwill not change course on the tram line.\u201d"
    )
    q = one(quotes_of(text))
    assert q[1] == "Clara Dunn"


# ------------------------------------------------------------------------ descriptions and 'they' of a body


def test_they_after_the_leaders_of_a_body_is_that_body(quotes_of):
    text = (
        "The Andean Trade Council held an emergency summit in Lima on Monday. The leaders, who met for six "
        "hours, rejected the offer of the mining firms. \u201cOnly a deal signed by every member of the Andean "
        "Trade Council will be recognised,\u201d they said."
    )
    _, speaker, _, q = one(quotes_of(text))
    assert speaker == "The Andean Trade Council" or speaker == "Andean Trade Council", q
    # people who do not act for a body leave no one speaker
    _, speaker, _, q = one(quotes_of(text.replace("The leaders", "The protesters")))
    assert speaker is None, q


def test_they_takes_no_name_from_inside_the_quote(quotes_of):
    text = (
        "Nurses and doctors marched through Quito on Friday. \u201cThe Health Ministry must listen to us,\u201d "
        "they said."
    )
    _, speaker, _, q = one(quotes_of(text))
    assert speaker is None, q


def test_the_bloc_said_is_the_body_named_before(quotes_of):
    text = (
        "The Andean Trade Council met in Lima on Monday and backed new tariffs on steel. \u201cThese measures "
        "take effect at once and will stay in place for a year,\u201d the bloc said in a statement."
    )
    _, speaker, _, q = one(quotes_of(text))
    assert speaker in ("The Andean Trade Council", "Andean Trade Council"), q
    assert q["speaker_method"] == "title", q


def test_the_ministry_said_speaks_for_the_country_in_its_name(quotes_of):
    text = (
        "The Ministry of Fisheries of Peru raised its forecast for the anchovy catch on Tuesday.\n\n"
        "\u201cThe season has been better than any in a decade,\u201d the Ministry said."
    )
    _, _, country, q = one(quotes_of(text))
    assert country == "PER", q


# ------------------------------------------------------------------------------------- acts and reported acts


def test_a_quoted_object_of_an_act_goes_to_whoever_acts(quotes_of):
    text = (
        "The Andean Fisheries Council met in Quito on Tuesday. The council then closed the northern grounds, "
        'banning "any sale of fresh cod and haddock" until spring.'
    )
    _, speaker, _, q = one(quotes_of(text))
    assert speaker == "Andean Fisheries Council" and q["speaker_method"] == "actor"


def test_a_quoted_clause_after_a_non_speech_verb_is_not_the_actors(quotes_of):
    found = quotes_of("Mayor Ines Varga visited the clinic: \u201cYou will get the new beds by June.\u201d")
    assert all(speaker != "Ines Varga" for _, speaker, _, _ in found)


def test_a_reported_declaration_belongs_to_who_reports_it(quotes_of):
    text = "Trade Minister Anna Berg says Norway has declared the consul \u201cunwelcome.\u201d"
    _, speaker, _, _ = one(quotes_of(text))
    assert speaker == "Anna Berg"


def test_people_of_a_body_named_just_after_them_speak_for_it(quotes_of):
    text = (
        'Regional ministers on Friday gave the mills a month to pay, warning that they would weigh "a full '
        'trade embargo" against them.\nThe Andean Fisheries Council said the talks were over.'
    )
    _, speaker, _, _ = one(quotes_of(text))
    assert speaker == "Andean Fisheries Council"


def test_an_unattributed_quote_running_into_an_attributed_one_takes_its_speaker(quotes_of):
    text = (
        'The mayor met the council on Monday. Rivals had used the harbour "for smuggling arms and fuel to the '
        'rebels." "This has to stop now," Mayor Karen Holm said.'
    )
    found = quotes_of(text)
    assert [speaker for _, speaker, _, _ in found] == ["Karen Holm", "Karen Holm"]
    assert found[0][3]["speaker_method"] == "continuation"
    # across a paragraph break nothing is passed back
    found = quotes_of(text.replace(' "This has', '\n"This has'))
    assert [speaker for _, speaker, _, _ in found] == [None, "Karen Holm"]


def test_a_reporter_named_before_an_aside_is_the_speaker(quotes_of):
    text = (
        '"If the dam had given way, the valley would have flooded," Radio Nord\'s Karen Holm, '
        "reporting from Tromso, said."
    )
    _, speaker, _, _ = one(quotes_of(text))
    assert speaker == "Karen Holm"


def test_an_untagged_name_speaking_is_a_person_and_the_speaker(quotes_of):
    found = quotes_of('"The wall will not hold," said Okonjo. "The council knew it for years."')
    assert [speaker for _, speaker, _, _ in found] == ["Okonjo", "Okonjo"]
    # a title is no name: "the President said" leaves the speaker to the title path
    found = quotes_of('"The wall will not hold," the President said.')
    assert all(speaker != "President" for _, speaker, _, _ in found)
