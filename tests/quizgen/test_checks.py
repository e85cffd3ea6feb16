"""The answer-key check: negation, modality, attribution, scope, two right options, scare quotes."""
from __future__ import annotations

import pytest

from quizgen import nlp
from quizgen.model import Question
from quizgen.questions.checks import answer_key_problem


def _sentence(text: str):
    return next(iter(nlp.parse(text).sents))


def _mc(prompt: str, answer: str, choices: tuple[str, ...], focus: str = "where") -> Question:
    return Question("q", "multiple_choice", prompt, answer, 0, choices=choices, focus=focus)


def _when(answer: str, choices: tuple[str, ...]) -> Question:
    return Question("q", "when", "When did it happen?", answer, 0, choices=choices, focus="when")


def _tf(prompt: str, answer: str = "True") -> Question:
    return Question("q", "true_false", prompt, answer, 0, choices=("True", "False"))


@pytest.mark.parametrize("text, question, time_text, reason", [
    ("Health officials believe the virus originated outside the United States.",
     _mc("Where did the virus originate?", "United States", ("United States", "China", "Brazil")), None, "outside"),
    ("The company did not open a new plant in Ohio last year.",
     _mc("Where did the company open a new plant?", "Ohio", ("Ohio", "Texas", "Utah")), None, "negated"),
    ("The new plant may open in Ohio next spring.",
     _mc("Where will the new plant open?", "Ohio", ("Ohio", "Texas", "Utah")), None, "may"),
    ("The company plans to open a new plant in Ohio.",
     _mc("Where did the company open a new plant?", "Ohio", ("Ohio", "Texas", "Utah")), None, "planned"),
    ("If the talks fail, the union will strike on Monday.",
     _when("Monday", ("Monday", "Tuesday", "Friday")), "Monday", "condition"),
    ("The breach presumably occurred on September 28, investigators said.",
     _when("September 28, 2024", ("September 28, 2024", "September 30, 2024")), "September 28", "hedges"),
    ("The minister denied that the army had entered the city on Tuesday.",
     _when("Tuesday", ("Tuesday", "Monday", "Friday")), "Tuesday", "denied"),
])
def test_negation_modality_condition_and_hedges_kill_the_key(text, question, time_text, reason):
    """A 'not', 'may', 'outside', 'if', 'plans to', 'presumably' or 'denied' over the answer: no question."""
    problem = answer_key_problem(question, _sentence(text), time_text=time_text)
    assert problem and reason in problem


def test_statement_someone_made_is_not_a_fact_without_its_speaker():
    """'Wilkins said Warhol was ...' -> 'Warhol was ...' keyed True is refused; with 'Wilkins said' it stands."""
    sentence = _sentence("Wilkins also said Warhol was both an artist and a businessperson.")
    assert "Wilkins" in answer_key_problem(_tf("Warhol was an artist and a businessperson."), sentence)
    assert answer_key_problem(_tf("Wilkins said Warhol was an artist and a businessperson."), sentence) is None


@pytest.mark.parametrize("text, question, time_text, reason", [
    ("The remains were dug up on Friday and Saturday, police said.",
     _when("Friday", ("Friday", "Saturday", "Monday")), "Friday", "Saturday"),
    ("Surface ozone declined by 25 percent from 1980 to 2012.",
     _when("1980", ("1980", "1995", "2001")), "1980", "range"),
    ("IE6 shipped with Windows XP nearly a decade ago.",
     _when("2001", ("2001", "2005", "1998")), "nearly a decade ago", "approximate"),
    ("Police arrested two men, Tom Hale and Jim Ross, in Leeds.",
     _mc("Who did police arrest in Leeds?", "Tom Hale", ("Tom Hale", "Jim Ross", "Ann Lee"), "who"), None,
     "Jim Ross"),
])
def test_two_right_options_are_refused(text, question, time_text, reason):
    """Another option the sentence also makes true: a list's other day, a range's other end, a vague time."""
    problem = answer_key_problem(question, _sentence(text), time_text=time_text)
    assert problem and reason in problem


@pytest.mark.parametrize("text, prompt, reason", [
    ('The chief said the crash could have been "far worse", as one helicopter landed safely.',
     "Who said, “far worse”?", "scare quote"),
    ('The chief said the crash could have been "far worse", as one helicopter landed on the sandbar safely.',
     "Who said, “as one helicopter landed on the sandbar safely”?", "reporter"),
])
def test_who_said_only_on_real_quotations(text, prompt, reason):
    question = Question("q", "who_said", prompt, "The chief", 0, choices=("The chief", "The mayor", "The pilot"))
    problem = answer_key_problem(question, _sentence(text))
    assert problem and reason in problem


@pytest.mark.parametrize("text, question, time_text", [
    ("Mayor Ana Ruiz opened the Harbour Bridge on Monday.",
     _mc("Who opened the Harbour Bridge on Monday?", "Ana Ruiz", ("Ana Ruiz", "Marta Gil", "Luis Mora"), "who"),
     None),
    ("Mayor Ana Ruiz opened the Harbour Bridge on Monday.",
     _when("Monday", ("Monday", "Tuesday", "Sunday")), "Monday"),
    ("The bridge cost 40 million euros.", _tf("The bridge cost 40 million euros."), None),
    ("“It joins two halves of our city and its people,” Ruiz said.",
     Question("q", "who_said", "Who said, “It joins two halves of our city and its people”?", "Ana Ruiz", 0,
              choices=("Ana Ruiz", "Marta Gil", "Luis Mora")), None),
])
def test_sound_questions_pass(text, question, time_text):
    """A plain fact, a plain date, a plain statement and a real quotation are all kept."""
    assert answer_key_problem(question, _sentence(text), time_text=time_text) is None


# ------------------------------------------------------------------ issue 12: more wrong-key causes

def _sentences(text: str):
    return list(nlp.parse(text).sents)


def test_who_said_refuses_the_person_who_asked_the_question():
    """'When Tacker asked why, she said: "..."' -> the quotation is not Tacker's."""
    text = ('When defence lawyer Joe Tacker asked why she stayed silent, she said: "Women are always asked '
            'that question and it keeps them quiet."')
    q = Question("q", "who_said", "Who said, \u201cWomen are always asked that question and it keeps them quiet\u201d?",
                 "Joe Tacker", 0, choices=("Joe Tacker", "Ann Lee", "Mark Bell"), focus="person")
    problem = answer_key_problem(q, _sentence(text))
    assert problem and "asked" in problem


def test_a_false_statement_that_another_sentence_makes_true_is_refused():
    """'At least 50 people have been killed' is keyed False from a state's 36, but the lead says 50 for
    the region: the statement is true, so the question goes."""
    sents = _sentences("At least 50 people have been killed by flash floods and landslides in the north. "
                       "The rains began on Friday. "
                       "In Kullu, at least 36 people have been killed by flash floods and landslides.")
    q = Question("q", "true_false", "At least 50 people have been killed by flash floods and landslides.",
                 "False", 2, choices=("True", "False"),
                 explanation="The article says: At least 36 people have been killed by flash floods and landslides.")
    problem = answer_key_problem(q, sents[2])
    assert problem and "another sentence" in problem
    honest = Question("q", "true_false", "At least 40 people have been killed by flash floods and landslides.",
                      "False", 2, choices=("True", "False"), explanation=q.explanation)
    assert answer_key_problem(honest, sents[2]) is None


def test_also_makes_an_earlier_option_a_second_right_answer():
    """'The Daily Ledger also reported on the redactions' after CNN did: CNN is right too."""
    sents = _sentences("An investigation by CNN found the names were redacted. "
                       "The Daily Ledger also reported on the redactions.")
    q = _mc("Which newspaper reported on the redactions?", "The Daily Ledger",
            ("The Daily Ledger", "CNN", "Reuters", "The Times"), focus="organisation")
    problem = answer_key_problem(q, sents[1])
    assert problem and "also" in problem and "CNN" in problem
    alone = _mc("Which newspaper reported on the redactions?", "The Daily Ledger",
                ("The Daily Ledger", "Reuters", "The Times", "Le Monde"), focus="organisation")
    assert answer_key_problem(alone, sents[1]) is None


def test_options_must_be_whole_phrases():
    """'Around 4:30 am (' is a cut-off option: the question is refused."""
    q = Question("q", "multiple_choice", "At what time did the assembly vote?", "Around 4:30 am (", 0,
                 choices=("Around 4:30 am (", "Around 5:30 am", "Around 3:30 am"), focus="time")
    problem = answer_key_problem(q, _sentence("The assembly voted around 4:30 am (local time) on Wednesday."))
    assert problem and "whole phrase" in problem


def test_a_question_that_drops_part_of_its_verb_is_a_misparse():
    """'went missing' asked as 'When did the submarine go in the Atlantic?' is refused; the whole verb passes."""
    text = "The nuclear submarine went missing in the Atlantic Ocean in May 1968."
    bad = Question("q", "when", "When did the nuclear submarine go in the Atlantic Ocean?", "May 1968", 0,
                   choices=("May 1968", "June 1968", "April 1968"), focus="when")
    problem = answer_key_problem(bad, _sentence(text), time_text="May 1968")
    assert problem and "missing" in problem
    good = Question("q", "when", "When did the nuclear submarine go missing in the Atlantic Ocean?", "May 1968", 0,
                    choices=("May 1968", "June 1968", "April 1968"), focus="when")
    assert answer_key_problem(good, _sentence(text), time_text="May 1968") is None


def test_a_claim_introduced_by_according_to_is_not_asked_as_a_fact():
    """A person's account is a claim; a ministry's or the police's account is how news reports facts."""
    q = _mc("Which organisation approved the redaction?", "Court Office",
            ("Court Office", "City Council", "Senate"), focus="organisation")
    problem = answer_key_problem(q, _sentence("According to Matthew Kelso, the redaction was approved by the "
                                              "Court Office."))
    assert problem and "according to" in problem
    assert answer_key_problem(q, _sentence("According to the ministry, the redaction was approved by the "
                                           "Court Office.")) is None


def test_a_deadline_is_not_the_date_something_happened():
    text = "The hashtag had been used a million times by Thursday night."
    q = _when("Thursday", ("Thursday", "Wednesday", "Friday"))
    problem = answer_key_problem(q, _sentence(text), time_text="Thursday")
    assert problem and "deadline" in problem


def test_garbled_questions_and_one_side_of_a_count_are_refused():
    """'Who was intercepted by Ealy when?', a date question keeping '4:30 am', '13 of 23 passes' keyed 23,
    and an option ending in a bare possessive apostrophe."""
    s = _sentence("Manning completed 13 of 23 passes for 141 yards before Kony Ealy intercepted him at 4:30 pm.")
    two = _mc("Who was intercepted by Kony Ealy when?", "Peyton Manning", ("Peyton Manning", "Cam Newton", "Von Miller"),
              focus="who")
    assert "two things" in answer_key_problem(two, s)
    clock = Question("q", "when", "On what date was he intercepted 4:30 pm?", "May 3, 2016", 0,
                     choices=("May 3, 2016", "May 4, 2016", "May 5, 2016"), focus="when")
    assert "clock" in answer_key_problem(clock, s)
    count = _mc("How many passes did Manning complete?", "23", ("23", "18", "28", "33"), focus="number")
    assert "X of Y" in answer_key_problem(count, s)
    apostrophe = _mc("Who intercepted Manning?", "Kony Ealy", ("Kony Ealy", "Brandon McManus'", "Cam Newton"),
                     focus="who")
    assert "cut off" in answer_key_problem(apostrophe, s)


def test_an_answer_from_a_listed_group_refuses_options_named_beside_it():
    """'Kay Dunn, the treasurer, and Lee Marsh will sit on the board' after 'It will include Ms. Ortiz
    and Mr. Pratt': every one of them sits on the board, so Ortiz and Pratt are no wrong options."""
    sents = _sentences("The bank also created a five-member executive board. It will include Ms. Ortiz and "
                       "Mr. Pratt. Kay Dunn, 51, treasurer, and Lee Marsh, 60, were named directors and will "
                       "sit on the executive board. Sam Okafor, a former chairman, left the bank.")
    q = _mc("Who will sit on the executive board?", "Kay Dunn",
            ("Kay Dunn", "Rosa Ortiz", "Sam Okafor", "Tom Pratt"), focus="who")
    problem = answer_key_problem(q, sents[2])
    assert problem and "group" in problem
    apart = _mc("Who will sit on the executive board?", "Kay Dunn",
                ("Kay Dunn", "Sam Okafor", "Ann Webb", "Bo Lind"), focus="who")
    assert answer_key_problem(apart, sents[2]) is None


@pytest.mark.parametrize("text, left_out, reason", [
    # a word cut at its hyphen: 'Co- met Ahmed'
    ("The co-founder of the firm met Ahmed on Monday.", "founder of the firm", "hyphenated"),
    # 'to' kept without its 'from' ('received support to B')
    ("Ahmed received support ranging from Joe Biden to Steve Jobs.", "ranging from Joe Biden", "'from'"),
])
def test_statements_that_cut_inside_a_phrase_are_misread(parse, text, left_out, reason):
    """A statement that cuts a hyphenated word or a 'from ... to' pair, or leaves out the verb that leads a phrase, is not made."""
    from quizgen.questions.complete import _cut_inside
    doc = parse(text)
    gone = left_out.split()
    first = next(t.i for t in doc if doc[t.i:t.i + len(gone)].text.replace(" ", "") == "".join(gone))
    kept = {t.i for t in doc if not first <= t.i < first + len(gone) and not t.is_punct}
    assert reason in (_cut_inside(doc, kept) or "")


def test_a_statement_that_leaves_out_the_verb_leading_a_phrase_is_misread(parse):
    """'received support (ranging) from A': the parser hung the verb's phrase on the main verb; without the verb it misreads."""
    from spacy.tokens import Doc
    from quizgen.questions.complete import _cut_inside
    words = ["Lina", "received", "support", "ranging", "from", "Paris", "."]
    doc = Doc(parse("x").vocab, words=words, heads=[1, 1, 1, 1, 1, 4, 1],
              deps=["nsubj", "ROOT", "dobj", "advcl", "prep", "pobj", "punct"],
              pos=["PROPN", "VERB", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"])
    assert "left out before" in (_cut_inside(doc, {0, 1, 2, 4, 5}) or "")
