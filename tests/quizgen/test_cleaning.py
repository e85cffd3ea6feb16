"""Cleaning real pasted articles: datelines, bylines, credits, captions, boilerplate, wrapped lines, language."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen import ArticleError, build_lesson, parse_article
from quizgen.cleaning import check_english, clean_body, line_kind, split_dateline

STORY = "Ford said on Tuesday that it would cut 3,000 jobs at its plants in Ohio and Michigan."


@pytest.mark.parametrize("opening, place, agency", [
    ("KENNEDY SPACE CENTER, Fla. (AP) — ", "KENNEDY SPACE CENTER, Fla.", "AP"),
    ("DETROIT (Reuters) - ", "DETROIT", "Reuters"),
    ("WASHINGTON, June 3 (Reuters) - ", "WASHINGTON, June 3", "Reuters"),
    ("LONDON — ", "LONDON", None),
    ("ST. LOUIS, Mo. -- ", "ST. LOUIS, Mo.", None),
    ("KYIV, Ukraine — ", "KYIV, Ukraine", None),
    ("Beijing, China (CNN)—", "Beijing, China", "CNN"),
    ("Dayton, Ohio, United States - ", "Dayton, Ohio, United States", None),
    ("KENNEDY SPACE CENTER-", "KENNEDY SPACE CENTER", None),
    ("(AP) — ", "", "AP"),
    ("HARARE, Zimbabwe (AP) _ ", "HARARE, Zimbabwe", "AP"),   # older wire copy dashes with "_"
    ("OSLO (AP)_ ", "OSLO", "AP"),
])
def test_datelines_are_set_aside_with_place_and_agency(opening, place, agency):
    """Every common dateline shape is recognised; its place and agency are kept as metadata."""
    found = split_dateline(opening + STORY)
    assert found is not None
    item, got_place, got_agency, length = found
    assert (item.kind, got_place, got_agency) == ("dateline", place, agency)
    assert (opening + STORY)[length:] == STORY


@pytest.mark.parametrize("text", [
    STORY,
    "Officials said — after a long pause — that the plan would go ahead.",
    "NASA said the launch would go ahead on Friday.",
    "Smith, a farmer from Ohio, said the rain came too late.",
])
def test_story_openings_are_not_datelines(text):
    """Ordinary first sentences, including ones with dashes and capitals, are left alone."""
    assert split_dateline(text) is None


@pytest.mark.parametrize("line, kind", [
    ("By Marcia Dunn", "byline"),
    ("BY JOHN SMITH and JANE DOE, Associated Press", "byline"),
    ("By The Associated Press", "byline"),
    ("Reporting by David Shepardson; Editing by Chris Reese", "credit"),
    ("(Additional reporting by Ana Ruiz in Madrid)", "credit"),
    ("Associated Press writer Tom Hays contributed to this report.", "credit"),
    ("— The Associated Press", "credit"),
    ("FILE - Workers leave the plant in Dearborn, Mich., on March 3, 2021.", "caption"),
    ("The launch pad at dawn. (AP Photo/John Raoux)", "caption"),
    ("Photo: Astronauts wave before the launch", "caption"),
    ("Image source, Getty Images", "caption"),
    ("Read more: Why the plant is closing", "link"),
    ("RELATED: Layoffs spread across the industry", "link"),
    ("Advertisement", "boilerplate"),
    ("Story continues below advertisement", "boilerplate"),
    ("Sign up for our morning newsletter", "boilerplate"),
    ("Copyright 2022 The Associated Press. All rights reserved.", "boilerplate"),
    ("This material may not be published, broadcast, rewritten or redistributed.", "boilerplate"),
    ("Published June 3, 2022 at 4:15 PM EDT", "timestamp"),
    ("Wednesday, June 15, 2022", "timestamp"),
])
def test_lines_that_are_not_story_are_recognised(line, kind):
    """Bylines, credits, captions, links, boilerplate and date lines each have their kind."""
    assert line_kind(line) == kind


@pytest.mark.parametrize("line", [
    STORY,
    "By Friday, the company had laid off 3,000 workers.",
    "by the end of the week the water had gone.",
    "Watch officials arrived at the scene on Monday.",
    "Reporting from the border, she said the camps were full.",
    "Research teams from two universities found the mechanism.",
    "The photo was taken in 1969.",
])
def test_story_lines_are_kept(line):
    """Sentences that merely start like a byline or mention a photo stay in the story."""
    assert line_kind(line) is None


def test_body_offsets_stay_those_of_the_paste():
    """Cleaning blanks what it sets aside; it never moves the text (offsets stay exact)."""
    body = ("By Jane Smith\n\nDETROIT (Reuters) - Ford said on Tuesday it would cut jobs.\n\n"
            "Read more: Car makers cut back\n\nThe cuts begin in March.\n\n"
            "Reporting by Jane Smith; Editing by Tom Brown\n")
    cleaned = clean_body(body)
    assert len(cleaned.reading) == len(body)
    assert "Ford said on Tuesday" in cleaned.reading and "DETROIT" not in cleaned.reading
    for gone in ("Jane Smith", "Read more", "Editing by"):
        assert gone not in cleaned.reading
    assert [s.kind for s in cleaned.set_aside] == ["byline", "link", "credit", "dateline"]
    assert (cleaned.dateline, cleaned.agency) == ("DETROIT", "Reuters")


def test_hyphen_broken_across_lines_is_one_word_and_one_sentence():
    """'lake-\\neffect' read as one word: the sentence is not split into fragments."""
    text = ("Published: 2022-11-18\n\nForecasters warned that heavy lake-\neffect snow would fall "
            "on Buffalo on Friday, and schools closed early.")
    lesson = build_lesson(text)
    assert len(lesson.sentences) == 1
    assert lesson.text[lesson.sentences[0].start:lesson.sentences[0].end] == lesson.sentences[0].text


def test_hard_wrapped_paragraph_is_read_as_sentences_not_lines():
    """Text wrapped at a fixed width (e-mail, PDF copy) is unwrapped inside each paragraph."""
    text = ("Title: Storm closes schools\nPublished: 2022-11-18\n\n"
            "Forecasters at the National Weather Service said on Thursday that the\n"
            "storm would bring up to four feet of snow to the city and its suburbs\n"
            "before it moved east on Saturday.\n")
    lesson = build_lesson(text)
    assert len(lesson.sentences) == 1
    assert lesson.sentences[0].text.startswith("Forecasters") and lesson.sentences[0].text.endswith("Saturday.")


def test_wrapped_line_runs_on_into_a_capital():
    """A hard-wrapped wire story with no blank lines and short lines among the long ones: a line as long
    as the wrap width runs on, even into a name's second word ('company Acme / Widgets Inc')."""
    text = ("Title: Results\nPublished: 2014-07-30\n\n"
            "By Jane Doe\n"
            "July 30 Software and services company Acme\n"
            "Widgets Inc on Wednesday reported a\n"
            "higher-than-expected quarterly profit on a 1 percent rise in\n"
            "revenue, boosted by growth in its cloud and consulting\n"
            "divisions.\n"
            "The company also announced a plan to buy back up to an\n"
            "additional $1 billion in shares through the end of 2015.\n")
    lesson = build_lesson(text)
    assert [s.text.split()[-1] for s in lesson.sentences] == ["divisions.", "2015."]
    assert any("Acme Widgets Inc reported" in e.label for e in lesson.events), [e.label for e in lesson.events]


def test_short_lines_of_a_pasted_page_stay_their_own():
    """Lines of one paragraph each are no hard wrap: a heading line does not run into the story."""
    text = ("Title: Storm\nPublished: 2022-11-18\n\n"
            "Weather Service Warning\n"
            "Forecasters at the National Weather Service said on Thursday that the storm would bring snow.\n"
            "Schools in the city and its suburbs closed early on Friday, and buses stopped running by noon.\n"
            "Road crews worked through the night to clear the main roads before the morning rush.\n")
    lesson = build_lesson(text)
    assert not any("Warning Forecasters" in s.text for s in lesson.sentences)


def test_dateline_and_agency_do_not_become_the_subject_of_an_event():
    """The story after the dateline is read; the place and the agency are the lesson's metadata."""
    text = ("Title: Detroit layoffs grow\nPublished: 2022-06-15\n\n"
            "DETROIT (Reuters) - Ford Motor Co. cut 3,000 jobs on Tuesday, the company said.\n")
    lesson = build_lesson(text)
    assert (lesson.dateline, lesson.agency) == ("DETROIT", "Reuters")
    assert lesson.events and all("DETROIT" not in e.label and "Reuters" not in e.label for e in lesson.events)
    assert lesson.sentences[0].text.startswith("Ford Motor")
    assert any("dateline" in m and "DETROIT (Reuters) -" in m for m in lesson.messages)
    assert lesson.to_dict()["set_aside"] == [{"kind": "dateline", "text": "DETROIT (Reuters) -"}]


def test_byline_above_the_headline_is_set_aside_and_headline_found():
    """'By ...' first, then the headline: the headline is the title and neither is read as story."""
    text = "By Marcia Dunn\nAstronauts blast off for the space station\n\nThree astronauts left on Sunday."
    a = parse_article(text)
    assert a.title == "Astronauts blast off for the space station"
    assert a.reading is not None and a.reading.strip() == "Three astronauts left on Sunday."
    assert len(a.reading) == len(a.body)


def test_date_line_gives_the_publication_date_when_none_is_given():
    """A 'Published ...' line above the story anchors 'Wednesday' when the header has no date."""
    lesson = build_lesson("Published June 15, 2022\n\nThe two leaders spoke by phone on Wednesday.")
    assert lesson.published == dt.date(2022, 6, 15)
    assert lesson.events[0].date == dt.date(2022, 6, 15)
    assert any("read from the line" in m for m in lesson.messages)


def test_explicit_publication_date_wins_over_a_date_line():
    lesson = build_lesson("Published June 15, 2022\n\nThe two leaders spoke by phone on Wednesday.",
                          published="2022-06-20")
    assert lesson.published == dt.date(2022, 6, 20)
    assert not any("read from the line" in m for m in lesson.messages)


@pytest.mark.parametrize("text", [
    "Los ministros de los dos países se reunieron el martes en la capital para hablar de la crisis "
    "económica y de la guerra, según un comunicado del gobierno que fue publicado por la noche.",
    "Die Minister der beiden Länder trafen sich am Dienstag in der Hauptstadt, um über die "
    "Wirtschaftskrise und den Krieg zu sprechen, teilte die Regierung am Abend mit.",
    "两国部长星期二在首都会面，讨论经济危机和战争问题，政府在晚上发表的声明中说。" * 3,
])
def test_other_languages_are_refused_with_a_clear_message(text):
    """Another language gets 'English articles only', not a nonsense lesson."""
    with pytest.raises(ArticleError, match="English articles only"):
        build_lesson(text)


def test_english_with_foreign_names_and_a_quoted_phrase_is_accepted():
    check_english("The mayor of Neuchâtel, Jean-Pierre Dubois, said on Monday that the motto "
                  "“liberté, égalité, fraternité” still guided the city and its council.")


@pytest.mark.parametrize("text", [
    "KENNEDY SPACE CENTER, Fla. (AP) —",
    "FILE - Astronauts wave before the launch, May 30, 2020. (AP Photo/John Raoux)\n\n"
    "Photo: The rocket on the pad",
    "By Marcia Dunn\n\nReporting by Marcia Dunn; Editing by Tom Brown",
])
def test_a_paste_with_no_story_is_a_clear_error(text):
    """Only a dateline, only captions, only credits: a message that says so (the text is kept by the caller)."""
    with pytest.raises(ArticleError) as err:
        build_lesson(text)
    assert "story" in str(err.value).lower() or "empty" in str(err.value).lower()
