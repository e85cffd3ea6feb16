"""Date options of the answer's own grain and reach: a month with its year beside a month with a year, a
working day beside working days, a year no further from the answer than the answer is from the story."""
from __future__ import annotations

import re

import pytest

from quizgen.questions import when

PUBLISHED = "2021-11-17"


def _mention(ctx, text):
    return next(m for m in ctx.index.mentions if m.text == text)


@pytest.mark.slow
@pytest.mark.parametrize("body, answer", [
    ("The council first met in January. It voted in March 2019 to rename the square after the poet.",
     "March 2019"),
    ("Builders began the bridge in June 2018. The city opened it in October, a year late.", "June 2018"),
])
def test_a_month_with_its_year_takes_months_with_a_year(context_of, body, answer):
    ctx = context_of(body)
    dis = ctx.picker.values(_mention(ctx, answer), 3)
    assert dis and all(re.search(r"\d{4}", d) for d in dis), dis


@pytest.mark.slow
@pytest.mark.parametrize("body, answer", [
    ("The first railway in the valley opened in 1871. The town's library was built in 1988. "
     "The mayor was elected in 2015 after a long campaign.", "2015"),
    ("The club was founded in 1902. Its new stadium was finished in 2019 after three years of work.", "2019"),
])
def test_year_options_stay_within_the_answers_reach(context_of, body, answer):
    ctx = context_of(body)
    dis = ctx.picker.values(_mention(ctx, answer), 3)
    assert dis and all(abs(int(d) - int(answer)) <= 20 for d in dis), dis


@pytest.mark.slow
@pytest.mark.parametrize("body, answer", [
    ("Students at Hillcrest Elementary School returned to class on Monday after storms closed the school "
     "for a week.", "Monday"),
    ("Workers at the Fenwick car plant returned to work on Tuesday after a two-week strike ended.", "Tuesday"),
])
def test_a_working_day_takes_working_days(context_of, body, answer):
    qs = [q for q in when.generate(context_of(body)) if q.answer == answer]
    assert qs, "no when-question"
    assert not {"Saturday", "Sunday"} & set(qs[0].choices), qs[0].choices


@pytest.mark.slow
@pytest.mark.parametrize("body, answer", [
    ("The first railway in the valley opened in 1871. The mayor was elected in 2015 after a long campaign.",
     "2015"),
])
def test_when_question_years_stay_within_reach(context_of, body, answer):
    qs = [q for q in when.generate(context_of(body)) if q.answer == answer]
    assert qs, "no when-question"
    assert "1871" not in qs[0].choices, qs[0].choices


@pytest.mark.slow
@pytest.mark.parametrize("body, answer, reporter", [
    ("Police chief Dana Whitfield ordered more officers to the harbour on Monday. Mayor Colin Oduya and "
     "council leader Priya Ramsay visited the docks. Tom Keller, CNN, Boston.", "Dana Whitfield", "Tom Keller"),
    ("Coach Marta Lindqvist named her squad on Friday. Captain Ole Berg and striker Nils Aune were left out. "
     "CNN's Sara Holm reports the fans were surprised.", "Marta Lindqvist", "Sara Holm"),
])
def test_the_stories_reporter_is_no_option_for_its_actors(context_of, body, answer, reporter):
    ctx = context_of(body)
    found = next(m for m in ctx.index.mentions if m.kind == "PERSON" and answer in m.text)
    dis = ctx.picker.names(found, 3, sentence_id=-1)
    assert reporter not in dis, dis
