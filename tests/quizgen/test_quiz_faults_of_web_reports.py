"""Faults teachers found in quizzes of web news reports, each on a short text written here: a name's other
half swapped in as 'false', a 'So did X' option, a pipe dateline, a second speaker, an adjective of the
figure in a how-many stem, a dropped name in apposition, a city giving its country away, a misread object,
a monarch among politicians, a relative time opener, a blank on who 'did'."""
from __future__ import annotations

import pytest

from quizgen import build_lesson
from quizgen.cleaning import clean_body
from quizgen.questions import true_false, worth
from quizgen.questions.connectives import trim_edges


def _lesson(body: str, published: str = "2010-11-14"):
    return build_lesson(f"Title: Report\nPublished: {published}\n\n{body}")


@pytest.mark.parametrize("text, a, b, one", [
    ("Opposition leader Ko Min Thu was freed on Saturday.", "Min Thu", "Ko", True),
    ("Opposition leader Ko Min Thu was freed on Saturday.", "Ko", "Min Thu", True),
    ("Ko Lwin met Min Thu on Saturday.", "Min Thu", "Ko", False),
])
def test_two_halves_of_one_name_are_one_person(text, a, b, one):
    """A false statement that swaps 'Suu Kyi' for 'Aung San' is true of Aung San Suu Kyi (rule 4)."""
    assert true_false._one_name(text, a, b) is one


def test_who_did_so_too_is_no_wrong_option():
    """'So did Rep. Tom Baker.' right after the evidence: Tom Baker watched too, a second right option (rule 3)."""
    lesson = _lesson(
        "The Senate passed the farm bill 60-39 on Thursday after a month of debate. Majority Leader Paul Reed "
        "called the vote a victory for farmers. Minority Leader Sam Ortiz voted against the bill. Lena Marsh, the "
        "widow of the late Sen. Carl Marsh, who made farm reform his life's work, watched the vote from the gallery. "
        "So did Rep. Tom Baker, the longest-serving House member. Reed said the House would take up the bill next "
        "week. Ortiz said the bill cost too much. Reed thanked Ortiz for a fair debate.")
    asked = [q for q in lesson.questions if q.type == "multiple_choice" and "gallery" in q.prompt]
    assert all(not any("Baker" in c for c in q.choices) for q in asked), [q.choices for q in asked]


def test_a_pipe_after_an_upper_case_place_is_a_dateline():
    clean = clean_body("WASHINGTON | The agency on Thursday raised its alert level to Phase 6.")
    assert clean.dateline == "WASHINGTON"
    assert clean.reading.strip().startswith("The agency on Thursday")


def _statements(ctx) -> list[str]:
    said = (true_false.true_statement(ctx, c) for cl in ctx.clauses.values() for c in cl)
    return [s[0] for s in said if s]


def test_a_saying_is_not_attributed_to_its_speaker_twice(context_of):
    """'According to Peter Lang, a UN spokesman said ...' names two speakers where there is one (rule 1)."""
    ctx = context_of('The agency on Thursday raised its alert level for the flu to Level 4. A UN spokesman, Peter '
                     'Lang, said Level 4 "doesn\'t mean anything concerning severity" but has to do with "geographic '
                     'spread."')
    assert not any(s.startswith("According to Peter Lang, a UN spokesman said") for s in _statements(ctx))


def test_an_adjective_of_the_figure_stays_out_of_a_how_many_stem():
    lesson = _lesson("Harbor Phone has a staggering 660 million users worldwide, the company said on Tuesday. "
                     "Harbor Phone was founded in 2003 by two engineers in Tallinn.")
    stems = [q.prompt for q in lesson.questions if q.prompt.startswith("How many")]
    assert stems and not any("staggering" in s for s in stems), stems


def test_a_name_set_beside_its_noun_stays_in_the_statement(context_of):
    """'bought the Internet phone service Talkline': without the name the noun says nothing."""
    ctx = context_of("Globex bought the Internet phone service Talkline on Monday in a deal worth $2 billion.")
    said = [s for s in _statements(ctx) if "phone service" in s]
    assert said and all("service Talkline" in s for s in said), said


@pytest.mark.parametrize("prompt, answer, gives", [
    ("Where did a 5.9-magnitude earthquake strike about 45 miles from Kabul?", "Afghanistan", True),
    ("Where did the bus crash 30 miles from Lima?", "Peru", True),
    ("Where did the bus crash 30 miles from Lima?", "Chile", False),
    ("Where did the bus crash on Sunday?", "Peru", False),
])
def test_a_city_of_the_country_asked_for_gives_it_away(prompt, answer, gives):
    assert worth._city_of_answer(prompt, answer) is gives


def test_a_verb_whose_object_was_read_as_a_side_clause_makes_no_statement(context_of):
    """'was ferrying the most seriously injured to hospitals': the statement kept 'was ferrying ... away'."""
    ctx = context_of("A quake destroyed the village on Sunday. Omar Bek said a helicopter was ferrying the most "
                     "seriously injured to hospitals in the nearest large city, more than 60 miles away.")
    assert not any("ferrying more than" in s for s in _statements(ctx)), _statements(ctx)


def test_a_monarch_is_no_option_for_a_prime_minister(context_of):
    ctx = context_of("Conservative leader Ann Lowe became the new prime minister on Tuesday. Lowe was driven to the "
                     "palace, where Queen Elizabeth II asked her to form a government. Tom Grant stepped down. Nick "
                     "Hale agreed to join the government. Jo Park said Lowe would meet Elizabeth II again on Friday.")
    lowe = next(m for m in ctx.index.mentions if m.text == "Ann Lowe")
    options = ctx.picker.names(lowe, 3)
    assert "Tom Grant" in options and not any(o.endswith(" II") for o in options), options


@pytest.mark.parametrize("stem, trimmed", [
    ("Early in the day, Tom Grant stepped down as prime minister.", "Tom Grant stepped down as prime minister."),
    ("Earlier in the evening, Lena Marsh won the award for best actress.",
     "Lena Marsh won the award for best actress."),
    ("Hours later, rescuers pulled two men from the rubble of the hotel.",
     "Rescuers pulled two men from the rubble of the hotel."),
    ("Later, rescuers pulled two men from the rubble.", "Rescuers pulled two men from the rubble."),
    ("Early voting began in Ohio on Tuesday.", "Early voting began in Ohio on Tuesday."),
])
def test_a_time_counted_from_an_unseen_moment_leaves_the_stem(stem, trimmed):
    assert trim_edges(stem) == trimmed


@pytest.mark.parametrize("text, elided", [
    ("Ana Ruiz did, and the Lions rule the league at long, long last.", True),
    ("Ana Ruiz did the work, and the Lions rule the league at long last.", False),
    ("Ana Ruiz scored, and the Lions rule the league at long last.", False),
])
def test_no_blank_on_who_did_what_the_sentence_before_says(parsed_of, text, elided):
    """'_____ did, and Spain rules ...': 'did' stands for 'find the net' in a sentence the learner never sees."""
    from quizgen.questions import fill_blank
    parsed = parsed_of(text)
    assert fill_blank._elided_predicate(parsed.spans[0]) is elided


@pytest.mark.parametrize("quote, whole", [("We have the final proof", False), ("The water is as salty as the sea.", True)])
def test_a_quotation_whose_clause_runs_on_past_its_marks_is_not_whole(context_of, quote, whole):
    """'"We have the smoking gun" that proves ...': the quoted words alone say nothing (rule 8)."""
    from quizgen.questions import who_said
    ctx = context_of('The probe found a lake under the ice on Thursday. "We have the final proof" that shows the lake '
                     'was fed by a river, said Ana Ruiz, a geologist. "The water is as salty as the sea." Tom Park, '
                     'a chemist, said.')
    sid = next(s.id for s in ctx.parsed.sentences if quote in s.text)
    assert who_said.whole_quote(ctx, sid, quote) is whole


@pytest.mark.parametrize("text, country, placed", [
    ("Acme S.A. is based in Nyon, Switzerland, the company said.", "Switzerland", True),
    ("Acme sold its plants in Spain and Switzerland on Friday.", "Switzerland", False),
])
def test_the_country_after_a_town_is_not_swapped(context_of, text, country, placed):
    """'Nestle S.A. is based in Vevey, the U.S.': the town gives the false country away (rule 5)."""
    ctx = context_of(text)
    m = next(m for m in ctx.index.mentions if m.text == country)
    assert true_false._region_of_named_place(ctx.doc, m) is placed
