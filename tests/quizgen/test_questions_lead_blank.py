"""Blanks on the main clause of a long lead sentence (the key number or name, side clauses cut away),
and statements whose words lost the comma or hyphen between them."""
from __future__ import annotations

import pytest

from quizgen import nlp
from quizgen.model import Question
from quizgen.questions import lead_blank
from quizgen.questions.checks import answer_key_problem
from quizgen.questions.fill_blank import BLANK

_FILLER = "The weather was mild. Officials met again. Roads were open. "

CASES = [
    # a long lead sentence: the count of the main happening, with its side clause and afterthought cut
    ("More than 120 passengers were injured in a train crash near Lyon, France, on Monday, after a "
     "signal near the station failed during a storm that had cut power to most of the region overnight.",
     [("More than _____ passengers were injured in a train crash near Lyon on Monday.", "120")]),
    # who did it, when the lead has no number
    ("The Kenyan government closed the border crossing at Busia to all lorries on Tuesday morning, while "
     "traders who had waited there for several days with food and fuel protested loudly in front of the "
     "customs building near the market.",
     [("The Kenyan government closed the border crossing at _____ to all lorries on Tuesday morning.",
       "Busia")]),
    # a sentence short enough for an ordinary blank is left to fill_blank
    ("More than 120 passengers were injured in a train crash near Lyon on Monday.", []),
    # a long sentence far from the lead, with nothing of the headline, is asked for its figure only
    (_FILLER + "More than 120 passengers were injured in a train crash near Lyon, France, on Monday, after "
     "a signal near the station failed during a storm that had cut power to most of the region overnight.",
     [("More than _____ passengers were injured in a train crash near Lyon on Monday.", "120")]),
    # ... and a name there (most often a passer-by) is not blanked
    (_FILLER + "The Kenyan government closed the border crossing at Busia to all lorries on Tuesday morning, "
     "while traders who had waited there for several days with food and fuel protested loudly in front of "
     "the customs building near the market.",
     []),
    # a condition stays with its happening: cut away, the happening would read as certain
    ("More than 120 passengers will be stranded at the station near Lyon, France, on Monday, if the signal "
     "near the station fails again during the storm that is expected to cut power to most of the region.",
     []),
    # an undated adjunct before the subject goes with the side clauses
    ("After a week of heavy rain across the whole of the south of the country, more than 120 passengers "
     "were injured in a train crash near Lyon on Monday, when a signal near the station failed in the storm.",
     [("More than _____ passengers were injured in a train crash near Lyon on Monday.", "120")]),
    # a possibility is not a fact to blank
    ("More than 120 passengers may have been injured in a train crash near Lyon, France, on Monday, after "
     "a signal near the station failed during a storm that had cut power to most of the region overnight.",
     []),
]


@pytest.mark.slow
@pytest.mark.parametrize("body, expected", CASES)
def test_lead_blanks(context_of, body, expected):
    ctx = context_of(body)
    # what reaches the bank: the generator's blanks that pass the answer-key check
    qs = [q for q in lead_blank.generate(ctx)
          if answer_key_problem(q, ctx.parsed.spans[q.sentence_id]) is None]
    assert [(q.prompt, q.answer) for q in qs] == expected
    assert all(q.prompt.count(BLANK) == 1 and q.type == "fill_blank" for q in qs)


def _sentence(text: str):
    return next(iter(nlp.parse(text).sents))


@pytest.mark.slow
@pytest.mark.parametrize("text, prompt, lost", [
    # an appositive's commas dropped: the words run together
    ("Nine other people, eight students and one teacher, were hospitalized.",
     "Nine other people eight students and one teacher were hospitalized.", True),
    ("Benefits would fall to 20% of pre-retirement earnings.",
     "Benefits would fall to 9.9% of pre retirement earnings.", True),
    ("The ferry sank near Split, Croatia, on Sunday.", "The ferry sank near Split Croatia.", True),
    ("The ferry sank on February 1, 2003.", "The ferry sank on February 1,.", True),
    # the marks kept, or the appositive cut away whole, or a number's comma: sound wording
    ("Nine other people, eight students and one teacher, were hospitalized.",
     "Nine other people were hospitalized.", False),
    ("The school has 1,900 students.", "The school has 1,900 students.", False),
    ("On Monday, the ferry sank near Split.", "The ferry sank near Split on Monday.", False),
])
def test_words_set_side_by_side_that_the_sentence_separates(text, prompt, lost):
    q = Question("q", "true_false", prompt, "True", 0, choices=("True", "False"), focus="fact")
    problem = answer_key_problem(q, _sentence(text))
    assert bool(problem and ("lost the comma" in problem or "ends on a comma" in problem)) is lost


@pytest.mark.slow
@pytest.mark.parametrize("text, prompt, lost", [
    # the reported content cut away (the parse hangs the that-clause on 'conference')
    ("On Monday, the ministry announced at a press conference that the two ferries would return to Split "
     "in June.", "The ministry announced at a press conference on Monday.", True),
    # the content kept, or no that-clause at all
    ("On Monday, the ministry announced at a press conference that the ferries would return to Split.",
     "The ministry announced at a press conference that the ferries would return to Split.", False),
    ("The ministry announced new ferry routes to Split on Monday.",
     "The ministry announced new ferry routes to Split on Monday.", False),
])
def test_a_reporting_verb_without_what_was_reported(text, prompt, lost):
    q = Question("q", "true_false", prompt, "True", 0, choices=("True", "False"), focus="fact")
    problem = answer_key_problem(q, _sentence(text))
    assert bool(problem and "not what was" in problem) is lost
