"""Quoted spans from quote marks alone: every mark style, paragraph conventions, apostrophes."""

import pytest

from sitrep.extract.quote_marks import quoted_spans


def spans(text):
    return [text[s.start : s.end] for s in quoted_spans(text)]


@pytest.mark.parametrize(
    "text",
    [
        'The mayor said: "The bridge opens in May."',
        "The mayor said: \u201cThe bridge opens in May.\u201d",
        "The mayor said: \u00abThe bridge opens in May.\u00bb",
        "The mayor said: \u2018\u2018The bridge opens in May.\u2019\u2019",
        "The mayor said: \u201dThe bridge opens in May.\u201d",  # reversed opening mark
        "The mayor said: \u201eThe bridge opens in May.\u201c",
        "The mayor said: \u2018The bridge opens in May.\u2019",
    ],
)
def test_every_mark_style_encloses_the_same_words(text):
    assert spans(text) == ["The bridge opens in May."]


def test_a_quote_split_by_its_attribution_gives_two_spans():
    text = "\u201cWe tried every door,\u201d the coach said, \u201cand none of them opened.\u201d"
    assert spans(text) == ["We tried every door,", "and none of them opened."]


def test_an_open_quote_continues_in_the_next_paragraph_that_opens_with_a_mark():
    text = '"Our river is rising fast.\n\n"We ask everyone to leave the lower town," the warden said.'
    found = quoted_spans(text)
    assert [text[s.start : s.end] for s in found] == [
        "Our river is rising fast.",
        "We ask everyone to leave the lower town,",
    ]
    assert [s.continued for s in found] == [False, True]


def test_a_quote_closed_in_the_next_paragraph_runs_over_the_break():
    text = 'She wrote: "The harvest was late this year.\n\nThe granaries are still full," she added.'
    found = quoted_spans(text)
    assert [text[s.start : s.end] for s in found] == [
        "The harvest was late this year.",
        "The granaries are still full,",
    ]
    assert found[1].continued


def test_a_quote_left_open_when_the_text_ends_runs_to_the_end():
    text = 'The pilot said on Friday.\n"We will land as soon as the fog lif'
    assert spans(text) == ["We will land as soon as the fog lif"]


def test_apostrophes_and_possessives_are_not_quote_marks():
    text = "The farmers\u2019 union didn't meet at Tom's barn in C\u00f4te d\u2019Ivoire."
    assert spans(text) == []


def test_single_marks_close_with_a_straight_apostrophe_and_skip_nested_quotes():
    text = "He voiced his \u2018sincere regret' on Monday. \"They told us 'wait' again,\" she said."
    assert spans(text) == ["sincere regret", "They told us 'wait' again,"]


def test_a_mark_glued_to_the_attribution_still_closes():
    assert spans('"The roads are closed,"the officer said.') == ["The roads are closed,"]
