"""Third round of teacher verdicts: wrong people linked to a statement, dates of another clause,
misparsed subjects, swaps a reader could defend, trivia about sources, capitals as the article writes them."""
from __future__ import annotations

import pytest

from quizgen import nlp
from quizgen.model import Question
from quizgen.questions import select_quiz
from quizgen.questions.casing import names_of, true_case
from quizgen.questions.checks import answer_key_problem
from quizgen.questions.worth import quiz_doubt
from quizgen.ranker import ArticleView


def _sentence(text: str):
    return next(iter(nlp.parse(text).sents))


def _q(kind: str, prompt: str, answer: str = "True", choices=None, focus: str = "") -> Question:
    if choices is None and kind == "true_false":
        choices = ("True", "False")
    return Question("q", kind, prompt, answer, 0, choices=choices, focus=focus)


_YEARS = ("1990", "1991", "1992", "1993")
_DAYS = ("Friday", "Saturday", "Sunday", "Monday")


@pytest.mark.parametrize("text, question, time_text, reason", [
    # a key that is one end of a range the time phrase itself spans
    ("Records show Tom Brandt was fined at least twice from 1991 to 1997.",
     _q("when", "In which year was Tom Brandt fined?", "1991", _YEARS, "year"), "1991 to 1997", "range"),
    # the stem names the wrong member of a family
    ("Records show Tom Brandt was fined twice in 1991.",
     _q("when", "In which year was Anna Brandt fined?", "1991", _YEARS, "year"), "1991", "another Brandt"),
    # the date belongs to the rally, not to the founding decades ago
    ("Crowds cheered the men who founded the party more than four decades ago in a rally Saturday.",
     _q("when", "On what date did the men found the party in a rally?", "Saturday", _DAYS, "date"), "Saturday",
     "two times"),
    # an indirect question, hedged with 'could'
    ("On April 8, detectives, wondering how the thief could have left the house unseen, searched the garden.",
     _q("when", "On what date could detectives wondering how the thief have left the house?", "April 8",
        ("April 8", "April 9", "May 2"), "date"), "April 8", "wonders"),
    # 'the two men' turned into two names the sentence does not give
    ("The letter linked the two men and Carl Webb, a known smuggler.",
     _q("true_false", "The letter linked Dan Moss and Eric Hale."), None, "plural"),
    # 'Speaker after speaker' is not one person
    ("Speaker after speaker praised the mayor and thanked the city.",
     _q("multiple_choice", "Who did speaker praise?", "the mayor", ("the mayor", "the judge", "the priest"), "who"),
     None, "Speaker after speaker"),
    # a name cut from its possessive
    ("Anna Brandt's brother was fined in 1991.",
     _q("true_false", "Anna Brandt' was fined in 1991.", "False"), None, "possessive"),
    # the realiser dropped the subject of a 'that' clause
    ("Officials doubted that either man was involved in the theft.",
     _q("true_false", "Officials doubted the chance that was involved in the theft."), None, "lost the subject"),
    # a subject glued to the next clause's 'there was'
    ("The city sent inspectors but there was no word of any damage.",
     _q("true_false", "The city there was no word of any damage.", "False"), None, "there was"),
])
def test_misstated_actors_and_dates_of_other_clauses_kill_the_key(text, question, time_text, reason):
    problem = answer_key_problem(question, _sentence(text), time_text=time_text)
    assert problem and reason in problem


@pytest.mark.parametrize("name, wrong", [
    ("Tom Hale", True),      # the sheriff, named two sentences before: the wrong person
    ("Carl Webb", False),    # the last person named before 'he': the right one
])
def test_a_pronoun_read_as_someone_other_than_the_last_person_named(name, wrong):
    doc = nlp.parse("Sheriff Tom Hale spoke at a news conference. The suspect is a student named Carl Webb. "
                    "He left the classroom on Monday.")
    sentence = list(doc.sents)[2]
    q = _q("when", f"On what date did {name} leave the classroom?", "Monday", _DAYS, "date")
    problem = answer_key_problem(q, sentence, time_text="Monday")
    assert bool(problem and "last person named" in problem) is wrong


@pytest.mark.parametrize("text, question, time_text", [
    # a negation in the other clause of the sentence does not negate this one
    ("The men were not charged, and police on Saturday released the two suspects.",
     _q("true_false", "Police on Saturday released the two suspects."), None),
    # one time for one verb stands
    ("Crowds cheered the mayor in a rally on Saturday.",
     _q("when", "On what date did crowds cheer the mayor?", "Saturday", _DAYS, "date"), "Saturday"),
    # the full name the sentence gives
    ("Records show Tom Brandt was fined twice in 1991.",
     _q("when", "In which year was Tom Brandt fined?", "1991", _YEARS, "year"), "1991"),
])
def test_sound_questions_keep_their_key(text, question, time_text):
    assert answer_key_problem(question, _sentence(text), time_text=time_text) is None


_BODY = ["Lena Ford, a spokeswoman for the port, said the ship would sail soon.",
         "Harbour police declined to comment on Monday.",
         "The ship carried 300 tonnes of grain."]


@pytest.mark.parametrize("question, doubt", [
    (Question("w", "who_said", "Who said, \u201cThe ship will sail soon\u201d?", "Lena Ford", 0,
              choices=("Lena Ford", "Max Ruiz", "Ida Holt"), focus="person"), "spokesperson"),
    (Question("m", "multiple_choice", "When did harbour police decline to comment?", "Monday", 1,
              choices=_DAYS, focus="when"), "not answering"),
    (Question("n", "multiple_choice", "How many tonnes of grain did the ship carry?", "300", 2,
              choices=("300", "30", "3,000"), focus="number"), None),
])
def test_sources_not_news_stay_out_of_the_quiz(question, doubt):
    view = ArticleView("Grain ship to sail", [_Sent(t) for t in _BODY])
    got = quiz_doubt(question, view)
    assert (got is None) if doubt is None else (got and doubt in got)


class _Sent:
    def __init__(self, text: str):
        self.text = text


@pytest.mark.parametrize("text, prompt, expected", [
    ("Amherst police declined to act. The mayor of Amherst spoke.",
     "When did amherst police decline to act?", "When did Amherst police decline to act?"),
    ("Top officials met on Sunday. Top officials agreed.",
     "When did Top officials meet?", "When did top officials meet?"),
    ("Crews flew for NASA. The agency grew.",
     "How many crews flew for nasa?", "How many crews flew for NASA?"),
    ("Investors sold shares. The Fed met in Washington.",
     "When did the fed meet in washington?", "When did the Fed meet in Washington?"),
    ("Crowds filled the square. The City of London grew.",      # the stem's own 'which city'
     "Which city grew?", "Which city grew?"),
])
def test_capitals_as_the_article_writes_them(text, prompt, expected):
    doc = nlp.parse(text)
    assert true_case(prompt, next(iter(doc.sents)), names_of(doc)) == expected


def test_one_speaker_is_asked_once_when_the_quiz_is_filled(parsed_of):
    """Two quotations of one speaker are a near-duplicate: the filler leaves the second out."""
    parsed = parsed_of("\u201cWe will rebuild the bridge this year,\u201d said Mayor Ann Cole.\n\n"
                       "\u201cThe money for the bridge is already in the budget,\u201d said Mayor Ann Cole.")
    bank = [Question(f"w{i}", "who_said", f"Who said, \u201c{t}\u201d?", "Ann Cole", i,
                     choices=("Ann Cole", "Bo Lind", "Cy Park"), focus="person", score=0.9)
            for i, t in enumerate(("We will rebuild the bridge this year",
                                   "The money for the bridge is already in the budget"))]
    assert len(select_quiz(bank, parsed)) == 1


@pytest.mark.parametrize("answer, other, same", [
    ("Labor Department", "Bureau of Labor Statistics", True),     # a body and its part: two right options
    ("Federal Reserve", "Labor Department", False),
    ("National Guard", "National Weather Service", False),         # sharing only a common word
])
def test_an_organisation_is_not_offered_beside_its_own_part(answer, other, same):
    from quizgen.questions.distractors import same_thing
    assert same_thing(answer, other, "ORG") is same


@pytest.mark.parametrize("text, question, reason", [
    ("Another cousin, Ana Ruiz, said the boy should stay.",
     _q("true_false", "Another cousin said the boy should stay."), "Another"),
    ("Mayor Ann Cole, the police chief and other officials will also be there.",
     _q("fill_blank", "Mayor _____, the police chief and other officials will also be there.", "Ann Cole"),
     "be there"),
    ("Two cousins sought support on Capitol Hill for the bill.",
     _q("multiple_choice", "Which organisation did two cousins seek support on for the bill?", "Capitol Hill",
        ("Capitol Hill", "Senate", "the INS"), "which organisation"), "on for"),
    ("The father has cited his rights in his calls for the boy to be returned.",
     _q("true_false", "The father has cited his rights in his calls."), "stops before"),
    ("In the years that followed, the rebels fought the troops of dictator Juan Perez.",
     _q("true_false", "The rebels fought the troops of dictator Juan Perez in the years."), "in the years"),
    ("Two cousins sought support from the Senate for the bill.",
     _q("multiple_choice", "Which body did two cousins seek support from?", "Senate",
        ("Senate", "Reno and the INS", "the Pentagon"), "which organisation"), "joins two names"),
    ("\u201cPoland has come home.", _q("multiple_choice", "Which country has come home?", "Poland",
                                       ("Poland", "Hungary", "Latvia"), "which country"), "quotation"),
    ("Many hopefuls are waiting: Malta, Romania, Bulgaria and Latvia.",
     _q("fill_blank", "Many hopefuls are waiting: _____, Romania, Bulgaria and Latvia.", "Malta"), "list"),
    ("Many hopefuls are waiting: Malta, Romania, Bulgaria and Latvia.",
     _q("fill_blank", "Many hopefuls are waiting: Malta, Romania, _____ and Latvia.", "Bulgaria"), "list"),
    ("The curfew was lifted at 4:30 am Wednesday (1930 UTC on December 3).",
     _q("true_false", "The curfew was lifted at 4:30 am Thursday on December 3.", "False"), "weekday"),
    ("The firm's new capsule will undergo some changes before launching.",
     _q("multiple_choice", "Who will undergo some changes before launching?", "The firm's new capsule",
        ("The firm's new capsule", "Ann Lee", "Max Ruiz"), "who"), "asks 'who' of a thing"),
    ("Estimates suggest 9000 migrants may be at sea.",
     _q("true_false", "Estimates suggest 5000 migrants may be at sea.", "False"), "possibility"),
    ("Teams from Chad, Iran, Libya and Yemen were refused visas.",
     _q("multiple_choice", "Teams from which country Iran Libya and Yemen were refused visas?", "Chad",
        ("Chad", "Peru", "Mali"), "which country"), "list"),
])
def test_dangling_words_cut_statements_lists_and_quotations(text, question, reason):
    """A reference without its referent, a statement cut before its point, one item of a list, a
    speaker's words asked as a fact, two dates run together: no question."""
    problem = answer_key_problem(question, _sentence(text))
    assert problem and reason in problem


def test_a_past_time_does_not_date_a_present_verb():
    """'is still considering a request last week': 'last week' dates the request, not the considering."""
    q = _q("multiple_choice", "When is the ministry considering a request from the union?", "last week",
           ("last week", "yesterday", "last month"), "when")
    sentence = _sentence("The ministry is still considering a request last week from the union.")
    assert "present" in answer_key_problem(q, sentence)


@pytest.mark.parametrize("prompt, focus, paired", [
    ("Two students, Ann Lee and _____, died in the fire.", "person", True),
    ("Two students, _____ and Ann Lee, died in the fire.", "person", True),
    ("The embassies in _____ and Tanzania were bombed.", "country", False),   # a pair of places stands
    ("The student _____ died in the fire.", "person", False),
])
def test_a_name_blank_beside_another_name(prompt, focus, paired):
    q = Question("f", "fill_blank", prompt, "Max Ruiz", 0, focus=focus)
    text = prompt.replace("_____", "Max Ruiz")
    problem = answer_key_problem(q, _sentence(text))
    assert bool(problem and "pair" in problem) is paired


@pytest.mark.parametrize("quote, phrase", [
    ("our talks and the spirit of this deal", True),
    ("We will sign the deal next week", False),
])
def test_a_quoted_phrase_without_a_verb_is_not_a_quotation(quote, phrase):
    sentence = _sentence(f"The minister praised \u201c{quote}\u201d in a speech." if phrase
                         else f"\u201c{quote},\u201d the minister said.")
    q = Question("w", "who_said", f"Who said, \u201c{quote}\u201d?", "Ann Lee", 0,
                 choices=("Ann Lee", "Max Ruiz", "Ida Holt"), focus="person")
    problem = answer_key_problem(q, sentence)
    assert bool(problem and "without a verb" in problem) is phrase


def test_a_person_is_not_asked_as_a_place():
    doc = nlp.parse("Quarterback Cam Newton threw twice. Newton led the offense to the 28-yard line.")
    q = _q("multiple_choice", "Which place led the offense to the 28-yard line?", "Newton",
           ("Newton", "Denver", "Carolina"), "which place")
    assert "person" in answer_key_problem(q, list(doc.sents)[1])
