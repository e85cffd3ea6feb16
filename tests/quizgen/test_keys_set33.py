"""Wrong answer keys and absurd options of sets 25-33's kinds: a false statement whose swapped-in thing
the article compares the same way ('bigger than all companies in Y' beside 'surpasses ... in X'), a film
named by a year asked as a year or swapped for another year, a relative day inside a quotation written as
the publication's date, a day the sentence sets against the happening ('Unlike Thursday, ...'), one person
or body written two ways as two options, a two-way split that no longer adds up, a share past 100 per cent,
a figure past its scale's ceiling or written '1060 million', and a person swapped in beside their own role."""
from __future__ import annotations

import re

import pytest

from quizgen import nlp
from quizgen.article import parse_article
from quizgen.model import Question
from quizgen.pipeline import analyse
from quizgen.questions import candidates
from quizgen.questions.checks import answer_key_problem
from quizgen.questions.context import make_context
from quizgen.questions.distractors import same_thing, variants
from quizgen.questions.true_false import _described_already
from quizgen.questions.when import year_as_name

_RALLY = """Title: Chipmaker adds record value in a single day
Published: 2024-02-23

Shares of the chipmaker Voltara jumped 16 percent on Thursday, adding $277 billion to its market value in a single day, the biggest one-day gain in the history of the stock market.

Voltara's $277 billion surge in market value surpasses the combined market capitalization of all listed software companies in Norway. The gain is also bigger than the entire market value of all listed companies in Iceland, which stood at about $240 billion at the end of last year.

The rally came after Voltara reported quarterly revenue of $22.1 billion, up 265 percent from a year earlier, as demand for its chips soared. Analysts said the results showed that the boom in spending on data centres had further to run.
"""

_AWARDS = """Title: Small studio film wins top prize at awards night
Published: 2020-02-09

A small studio film won the top prize at the awards night in Los Angeles on Sunday.

The director, Min-jun Park, also took the prize for best director, and he thanked his cast and his crew in a short speech.

The film opened in Seoul in May 2019 and later won the festival prize in Cannes. It has earned about $35 million in North America since it opened there in October.

The victory capped off an upset over 1917, which had won most of the earlier awards. Critics had picked Sam Lowe's 1917 to win.

The awards are voted on by about 8,000 members of the academy. The film will open in another 200 cinemas across the country next week, its distributor said.
"""

_TRIBUTES = """Title: Tributes pour in after sudden death of comedian
Published: 2014-08-12

Tributes have poured in from around the world after the sudden death of the comedian and actor Tom Ellery, who was found at his home in California.

"Tom Ellery passed away this morning. He has been battling severe depression of late," his press agent Dana Kroll said in a statement. "This is a tragic and sudden loss."

Police said the 63-year-old was found unconscious at his home in Tiburon shortly before noon on Monday, and he was pronounced dead at the scene.
"""


def _bank(text: str) -> list[Question]:
    out = []
    for q in candidates(make_context(analyse(parse_article(text)))):
        out += [s for s in (q, q.twin) if s is not None]
    return out


def _checked(text: str) -> list[Question]:
    """The candidates whose key the sentence check lets through."""
    parsed = analyse(parse_article(text))
    events = {e.id: e for e in parsed.events}
    out = []
    for q in _bank(text):
        time_text = events[q.event_ids[0]].time_text if q.event_ids and q.event_ids[0] in events else None
        if answer_key_problem(q, parsed.spans[q.sentence_id], time_text=time_text) is None:
            out.append(q)
    return out


def test_a_swap_to_a_thing_the_article_also_compares_is_no_false_statement():
    statements = [q for q in _bank(_RALLY) if q.type == "true_false" and "surpasses" in q.prompt]
    assert not [q for q in statements if q.answer == "False" and "Iceland" in q.prompt]


def test_a_film_named_by_a_year_is_neither_asked_as_a_year_nor_swapped():
    bank = _bank(_AWARDS)
    assert not [q for q in bank if q.type == "when" and q.answer == "1917"]
    assert not [q for q in bank if q.type == "true_false" and re.search(r"Lowe's 1\d\d\d", q.prompt)
                and "1917" not in q.prompt]


def test_a_year_word_tells_a_name_from_a_date():
    doc = nlp.parse("Critics picked Lowe's 1917, and the film beat 1917 in the summer of 1917 and again in 2019.")
    roles = [year_as_name(t) for t in doc if t.text in ("1917", "2019")]
    assert roles == [True, True, False, False]


def test_a_quoted_relative_day_is_not_written_as_the_publication_date():
    dated = [q.prompt for q in _checked(_TRIBUTES) if "passed away" in q.prompt]
    assert not [p for p in dated if "August 12, 2014" in p]


def test_a_day_the_sentence_sets_against_the_happening_is_not_its_date():
    sentence = next(iter(nlp.parse("Unlike Thursday, when he was in tears, the athlete was composed and "
                                   "calm as the verdict was read out.").sents))
    q = Question("q", "when", "On which day was the athlete composed and calm?", "Thursday", 0,
                 choices=("Wednesday", "Thursday", "Friday", "Tuesday"), focus="date")
    assert answer_key_problem(q, sentence, time_text="Thursday") is not None
    fine = next(iter(nlp.parse("On Thursday, the athlete was composed and calm as the verdict was read out.").sents))
    assert answer_key_problem(q, fine, time_text="Thursday") is None


@pytest.mark.parametrize("a, b, kind", [
    ("Director Kwon", "Kwon Min Ho", "PERSON"),                   # the name without its title inside the other
    ("Olek Dziuba", "Olex Dzyuba", "PERSON"),                     # one person spelt two ways
    ("NHS", "National Health Service and Care", "ORG"),           # initials before 'and ...'
])
def test_one_person_or_body_written_two_ways_is_never_two_options(a, b, kind):
    assert same_thing(a, b, kind)


@pytest.mark.parametrize("a, b, kind", [("Ann Lee", "Tom Kerr", "PERSON"), ("Director Kwon", "Director Park", "PERSON"),
                                        ("BP", "Barnes and Noble", "ORG")])
def test_different_people_and_bodies_stay_apart(a, b, kind):
    assert not same_thing(a, b, kind)


_VOTE = """Title: Voters reject plan to leave the federation
Published: 2014-09-19

Voters in the northern province have rejected a plan to leave the federation, ending a two-year campaign that divided families and friends.

The margin of victory was about 55 per cent to 45 per cent, with more than 3.6 million people casting ballots. Turnout reached 85 per cent, the highest in any vote in the province's history.

The province's first minister, Alan Reid, conceded defeat early on Friday and called for unity. He said he accepted the verdict of the people but that the campaign had changed politics for good.

Supporters of the plan gathered in the main square of the capital on Friday morning, many of them in tears.
"""


def test_a_false_statement_keeps_a_two_way_split_adding_up():
    false = [q.prompt for q in _bank(_VOTE) if q.type == "true_false" and q.answer == "False" and "margin" in q.prompt]
    assert not [p for p in false if "55 per cent to 45 per cent" not in p]


def test_no_share_of_a_whole_is_offered_past_100_per_cent():
    options = [o for q in _bank(_VOTE) if q.type == "multiple_choice" and q.answer == "85 per cent" for o in q.choices]
    statements = [q.prompt for q in _bank(_VOTE) if q.type == "true_false" and "Turnout" in q.prompt]
    assert options and not [o for o in options if int(o.split()[0]) > 100]
    assert not [p for p in statements if "105" in p or "125" in p]


_CONTEST = """Title: Mark Hollis wins party leadership contest
Published: 2019-07-23

Mark Hollis has won the race to lead the governing party and will become prime minister on Wednesday.

Mark Hollis, the former foreign secretary, was the favourite from the start. He defeated Jeremy Vance in the ballot of party members.
"""


def test_a_person_is_not_swapped_in_beside_their_own_role():
    ctx = make_context(analyse(parse_article(_CONTEST)))
    vance = next(m for m in ctx.index.mentions if m.kind == "PERSON" and "Vance" in m.text)
    said = "The former foreign secretary defeated Jeremy Vance in the ballot of party members."
    assert _described_already(ctx, "Mark Hollis", vance, said)
    assert not _described_already(ctx, "Mark Hollis", vance, "The party defeated Jeremy Vance in the ballot.")


def test_a_scaled_figure_past_a_thousand_is_written_in_the_next_scale():
    options = variants("$850 million", "MONEY")
    assert "$1.05 billion" in options and not [o for o in options if re.search(r"\d{4} million", o)]
    assert [v for v in options if v.endswith("billion")] and [v for v in options if v.endswith("million")]


_QUAKE = """Title: Strong earthquake shakes southern region
Published: 2023-02-06

A powerful earthquake struck the southern region early on Monday, killing at least 120 people and destroying hundreds of buildings.

The governor of the province said the death toll was expected to rise as crews reached remote villages.

The quake had a magnitude of 7.8 and was felt as far away as the capital, about 400 kilometres to the north.
"""


def test_no_option_or_swap_passes_the_ceiling_of_a_known_scale():
    said = [q for q in _bank(_QUAKE) if "magnitude" in q.prompt]
    values = [float(v) for q in said for v in re.findall(r"\d\.\d", " ".join([q.prompt, *(q.choices or ())]))]
    assert values and max(values) < 9.2
