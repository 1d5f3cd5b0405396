"""An announced act told in a sentence that also tells another happening keeps the day of its report (round 27):
the merge's evidence names a sentence, and every candidate of that sentence of the event's kind is read, not
only the last one coded there. Invented reports through the real spaCy pipeline and the merge."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract.pipeline import analyze_articles, assemble

#: a Friday
FRIDAY = date(2031, 5, 9)


def _events(nlp, text: str) -> list[dict]:
    articles = [{"article_id": "ann27", "body": text, "published_at": FRIDAY, "story_id": "s27"}]
    return assemble(analyze_articles(articles, nlp), {a["article_id"]: a for a in articles})["events"]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "The Ruritanian Workers Party will ask President Ana Ruiz to accept the demands, and police arrested "
            "two of its leaders.",
            "REQUEST",
        ),
        (
            "Canada will send humanitarian aid to Peru, and the Peruvian army evacuated three villages.",
            "AID",  # the evacuation is an AID too, told as done
        ),
    ],
)
def test_an_announced_act_beside_another_happening_takes_the_day_of_its_report(nlp, text, etype):
    events = _events(nlp, text)
    assert len(events) > 1, events  # the sentence holds another happening too
    found = [e for e in events if e["event_type"] == etype and e["event_status"] == "planned"]
    assert found and found[0]["event_date"] == FRIDAY.isoformat(), events
