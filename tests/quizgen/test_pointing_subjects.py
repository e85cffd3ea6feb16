"""Timeline labels whose subject points back ('such groups', 'those withdrawals', 'the company') are
named by their antecedent, or left off the timeline (issue 11)."""
from __future__ import annotations

from quizgen import build_lesson


def _labels(text: str, published: str) -> list[str]:
    return [e.label for e in build_lesson(text, published=published).events]


def test_a_demonstrative_subject_takes_the_earlier_description_of_its_noun():
    text = ("A storm hit the coast of Maine on Monday. Rescue teams searched the shore for hours.\n\n"
            "Forecasters warned that hail storms are common there in spring.\n\n"
            "Such storms grew more frequent in 2019, the weather service said.")
    labels = _labels(text, "2021-04-06")
    assert any(l.startswith("Hail storms grew more frequent") for l in labels), labels
    assert not any(l.lower().startswith("such") for l in labels), labels


def test_a_demonstrative_subject_takes_a_named_place_of_the_earlier_mention():
    text = ("Three people died in a fire at Riverside Mall near Dayton on Sunday.\n\n"
            "Firefighters said the fire started in a kitchen.\n\n"
            "This fire was the worst in the county since 2004, officials said.")
    labels = _labels(text, "2022-05-09")
    assert not any(l.startswith("This fire") for l in labels), labels


def test_an_unresolved_demonstrative_subject_is_left_off_the_timeline():
    text = ("Investors pulled $40 million out of the Harbor Income Fund in October.\n\n"
            "Those outflows followed weak sales at the fund in September, a spokesman said.")
    labels = _labels(text, "1990-11-10")
    assert not any(l.startswith("Those outflows") for l in labels), labels


def test_such_as_introduces_examples_and_points_back_to_nothing():
    text = ("Police watched such groups as the Iron Guard in 1996, the report said.")
    labels = _labels(text, "1998-03-03")
    assert any("such groups as" in l or "Iron Guard" in l for l in labels), labels


def test_the_company_is_the_one_company_named_just_before():
    text = ("Harbor Mills said on Monday that its profit rose 12% in the third quarter.\n\n"
            "A Harbor Mills spokesman said sales were strong. The company adopted a new pay plan in 1988.")
    labels = _labels(text, "1989-10-26")
    assert any(l.startswith("Harbor Mills adopted a new pay plan") for l in labels), labels


_RESULTS = ("Harbor Mills said net income fell 12% in the third quarter.\n\n"
            "Meanwhile, Lake Foods boosted net 9% to $40 million. Bay Corp. earned $12 million.\n\n"
            "In composite trading on the New York Stock Exchange, Harbor Mills shares rose 50 cents to $31.")


def test_undated_results_of_other_companies_share_the_period_just_given():
    events = build_lesson(_RESULTS, published="1989-10-26").events
    quarter = {e.label for e in events if e.precision == "quarter"}
    assert any(l.startswith("Lake Foods boosted net") for l in quarter), quarter
    assert any(l.startswith("Bay Corp. earned") for l in quarter), quarter


def test_a_days_share_price_is_no_result_of_the_period():
    events = build_lesson(_RESULTS, published="1989-10-26").events
    assert not any("shares rose" in e.label and e.precision == "quarter" for e in events), events


_CLOSING = ("Harbor Mills Co. said it will close two of its bakeries in Ohio to cut costs.\n\n"
            "The company did not say how many workers would lose their jobs.")


def test_an_undated_lead_announcement_is_the_news_of_the_publication_week():
    """The paper does not say which day the news broke, only that it is this week's news."""
    events = build_lesson(_CLOSING, published="1991-03-14").events      # a Thursday
    assert any(e.label.startswith("Harbor Mills Co. said it will close") and str(e.date) == "1991-03-11"
               and e.precision == "week" for e in events), events


def test_a_monday_papers_lead_announcement_is_last_weeks_news():
    events = build_lesson(_CLOSING, published="1991-03-18").events      # a Monday
    assert any(e.label.startswith("Harbor Mills Co. said") and str(e.date) == "1991-03-11" for e in events), events


def test_a_lead_told_as_done_before_the_saying_gets_no_publication_date():
    """'said it agreed to sell': the agreeing came before the saying, on a day the lead does not give."""
    text = ("Harbor Mills Co. said it agreed to sell two of its bakeries in Ohio to Lake Foods.\n\n"
            "The company did not say how many workers would lose their jobs.")
    assert not build_lesson(text, published="1991-03-14").events


def test_a_lead_summing_up_a_dated_sentence_gets_no_publication_date():
    text = ("Harbor Mills Co. and Lake Foods Inc. have drawn closer together in recent months.\n\n"
            "The two companies signed a supply pact on Tuesday in Toledo.")
    events = build_lesson(text, published="1991-03-14").events
    assert not any(str(e.date) == "1991-03-14" for e in events), events


def test_a_statement_opening_with_an_unnamed_pointing_subject_is_no_question():
    text = ("Harbor Mills bought three rival bakeries in 1988 and doubled its sales by 1989, the company said.\n\n"
            "Such risk taking is an everyday matter for Ann Kell, who owns 25% of Harbor Mills.")
    lesson = build_lesson(text, published="1990-05-02")
    assert not any(q.prompt.startswith("Such risk taking") for q in lesson.questions), \
        [q.prompt for q in lesson.questions]
