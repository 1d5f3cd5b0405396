"""Actor classes of the late round-21 lane (development samples 2020, 2222, 2323), each checked on sentences of our
own.

- a past participle's clause with no subject of its own, fronted or naming its doer in a 'by' agent, is passive:
  the clause's borrowed subject is the one acted on and the 'by' agent the doer ('Backed by Turkish jets, the
  rebels advanced': Turkey backs the rebels; ``event_syntax.participle_clause``);
"""

import pytest

from tests.sitrep.extract.coding import role_words


@pytest.mark.parametrize(
    ("text", "backer", "backed"),
    [
        ("Backed by Turkish jets, the rebels advanced on Tarsia.", "Turkish", "rebels"),
        ("The rebels advanced on Tarsia, backed by Turkish jets.", "Turkish", "rebels"),
        ("Backed by Russia, the separatists advanced on Tarsia.", "Russia", "separatists"),
    ],
)
def test_a_participle_clause_is_done_to_the_clause_subject(nlp, text, backer, backed):
    sources = role_words(nlp, text, "SUPPORT", "source")
    targets = role_words(nlp, text, "SUPPORT", "target")
    assert backer in sources and backed not in sources, (sources, targets)
    assert any(backed in t for t in targets), targets


def test_an_active_participle_clause_keeps_its_subject(event_roles):
    # 'Backing the rebels, Turkey sent jets': a present participle is active, Turkey backs
    assert ("source", "Turkey") in event_roles("Backing the rebels, Turkey sent jets to Tarsia.", "SUPPORT")
