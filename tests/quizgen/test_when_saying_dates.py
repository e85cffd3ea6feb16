"""When-questions: a date of the saying is never the key of the reported clause, an ongoing figure
is no dated happening, a particle misread as a day's preposition stays, and a stem cut before its
complement is garbled."""
from __future__ import annotations

import pytest

from quizgen.questions import multiple_choice, when
from quizgen.wellformed import faults

PUBLISHED = "2021-11-15"


def _asked(context_of, body: str) -> list[str]:
    ctx = context_of(body)
    return [q.prompt for g in (when, multiple_choice) for q in g.generate(ctx)
            if q.type == "when" or q.focus == "when"]


@pytest.mark.parametrize("body, refused", [
    # the day belongs to 'said': the profit rose over a quarter, reported that day
    ("Orbis said Thursday that its profit rose 12 percent, driven by higher prices.",
     "On which day did Orbis's profit rise 12 percent, driven by higher prices?"),
])
def test_the_day_of_a_saying_is_not_asked_of_what_was_said(context_of, body, refused):
    asked = [p.replace("\u2019", "'") for p in _asked(context_of, body)]
    assert not any(p.startswith("On which day did") and "profit rise" in p for p in asked), asked
    assert refused not in asked


@pytest.mark.parametrize("body, kept", [
    # the saying itself may still be asked; a dated clause with no saying is asked as before
    ("Orbis said Thursday that its profit rose 12 percent, driven by higher prices.",
     "When did Orbis say that its profit rose 12 percent, driven by higher prices?"),
    ("The city council approved the new budget on Monday.", "On which day did the city council approve the new budget?"),
])
def test_a_saying_and_a_plain_happening_are_still_asked(context_of, body, kept):
    assert kept in _asked(context_of, body)


@pytest.mark.parametrize("prompt, state", [
    ("When was the app adding a million users per day?", True),
    ("When was the company losing $2 million a month?", True),
    ("When were prices rising 3 percent a year?", True),
    ("When would the father be traveling to the capital?", False),
    ("On which day did the app add a million users?", False),
])
def test_a_progressive_stem_asks_how_things_stood(prompt, state):
    assert when.asks_a_state(prompt) is state


@pytest.mark.parametrize("body, prompt", [
    ("Judge Ana Ruiz will be sworn in Saturday by Chief Justice Tom Reed.",
     "When will Judge Ana Ruiz be sworn in by Chief Justice Tom Reed?"),
])
def test_a_particle_before_a_day_stays_in_the_stem(context_of, body, prompt):
    asked = _asked(context_of, body)
    assert prompt in asked
    assert not any("sworn by" in p for p in asked)


@pytest.mark.parametrize("prompt, cut", [
    ("On which day did the firm confirm plans to buy the service in a deal worth?", True),
    ("On which day did the union and the district agree on four?", True),
    ("On which day did the union and the district agree on four demands?", False),
    ("On which day did the death toll rise to 290?", False),
    ("In which year did the club win the cup 2 - 0?", False),
])
def test_a_stem_cut_before_its_complement_is_garbled(prompt, cut):
    assert ("cut complement" in faults(prompt)) is cut
