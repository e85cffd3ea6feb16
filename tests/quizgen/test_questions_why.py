"""'Why' questions: a cause or purpose the sentence states for its own main clause, three reasons of
the same form from elsewhere in the article as wrong options; and the punctuation a kept phrase needs."""
from __future__ import annotations

import pytest

from quizgen import nlp
from quizgen.model import Question
from quizgen.questions.checks import answer_key_problem
from quizgen.clauses import clauses_of
from quizgen.realise import statement
from quizgen.questions import why

# the rest of an article: other things people did, each in a sentence of its own, far enough from the
# first sentences to give wrong options
_LATER = ("Engineers inspected the old crossing in March. The mayor opened a new library in the east district. "
          "Farmers sold their apples at the Saturday market. Volunteers planted two hundred trees along the river. "
          "The college hired twelve new teachers in August. ")


def _whys(context_of, first: str) -> list[Question]:
    return why.generate(context_of(first + " " + _LATER))


@pytest.mark.parametrize("first, prompt, answer", [
    ("The town council raised local taxes last year to pay for a new bridge.",
     "Why did the town council raise local taxes last year?", "to pay for a new bridge"),
    ("Officials closed the coastal road on Monday in order to protect the nesting turtles.",
     "Why did officials close the coastal road on Monday?", "to protect the nesting turtles"),
])
def test_a_stated_purpose_is_asked_with_why(context_of, first, prompt, answer):
    qs = [q for q in _whys(context_of, first) if q.sentence_id == 0]
    assert [(q.prompt, q.answer) for q in qs] == [(prompt, answer)]
    q = qs[0]
    assert len(q.choices) == 4 and len(set(q.choices)) == 4 and answer in q.choices
    assert all(c.startswith("to ") for c in q.choices)        # one form: no grammatical cue


@pytest.mark.parametrize("first", [
    "The old ferry came to end its service in the spring.",                 # 'came to': no purpose
    "Officials denied the visitors permits to enter the park last week.",   # completes 'deny'
    "The money will pay for the long campaign to save the old mill.",       # says which campaign
    '"We raised taxes to pay for the bridge," the mayor said on Monday.',    # a quotation
    "If the vote passes, the council will raise taxes to pay for the bridge.",   # a condition
])
def test_an_infinitive_that_is_no_stated_purpose_gives_no_why(context_of, first):
    assert [q for q in _whys(context_of, first) if q.sentence_id == 0] == []


def test_a_stated_cause_takes_happenings_of_other_sentences_as_wrong_options(context_of):
    body = ("The harbour ferry was cancelled on Tuesday because of the fog. Crews repaired the pier on Monday. "
            "A fire damaged a warehouse near the docks. Hundreds of fans joined a protest in the square. "
            "A strike halted the trains for a day. The council held a vote on the budget. "
            "An accident blocked the coast road for an hour.")
    qs = why.generate(context_of(body))
    assert [(q.prompt, q.answer) for q in qs] == [("Why was the harbour ferry cancelled on Tuesday?",
                                                  "because of the fog")]
    wrong = set(qs[0].choices) - {"because of the fog"}
    assert len(wrong) == 3 and all(w.startswith("because of ") for w in wrong)
    assert "because of an accident" not in wrong      # so general that it could be the fog too


def test_why_questions_pass_the_answer_key_check(context_of):
    for q in _whys(context_of, "The town council raised local taxes last year to pay for a new bridge."):
        sentence = next(iter(nlp.parse(q.choices and "The town council raised local taxes last year to pay "
                                       "for a new bridge.").sents))
        assert answer_key_problem(q, sentence) is None


@pytest.mark.parametrize("text, kept", [
    ("The measure banned the possession, use, production, or transfer of large magazines.",
     "possession, use, production, or transfer"),
    ("The six-man, three-woman jury awarded the writer five million dollars.", "six-man, three-woman jury"),
    ("Benefits would fall to half of pre-retirement earnings for new retirees.", "pre-retirement earnings"),
    ("The club sold shirts, scarves and hats at the final.", "shirts, scarves and hats"),
])
def test_a_statement_keeps_the_commas_of_a_list_and_the_hyphen_inside_a_word(text, kept):
    span = next(iter(nlp.parse(text).sents))
    clause = next(c for c in clauses_of(span, 0) if c.verb.dep_ == "ROOT")
    assert kept in statement(clause, span.doc)


def test_a_side_remark_keeps_no_comma_of_its_own():
    span = next(iter(nlp.parse("The mayor, who took office in May, opened the new library.").sents))
    clause = next(c for c in clauses_of(span, 0) if c.verb.dep_ == "ROOT")
    assert statement(clause, span.doc) == "The mayor opened the new library."


@pytest.mark.parametrize("prompt, refused", [
    ("On what date did Ann Wells uphold the state law?", False),    # the title is not part of the name
    ("On what date did Tom Reed uphold the state law?", True),      # someone else
])
def test_a_title_before_the_dated_subject_is_not_a_name_the_question_must_keep(prompt, refused):
    sentence = next(iter(nlp.parse("On Friday, District Court Judge Ann Wells upheld the state law.").sents))
    q = Question("q", "when", prompt, "June 10, 2022", 0, choices=("June 10, 2022", "June 3, 2022",
                                                                    "June 17, 2022", "May 10, 2022"), focus="when")
    problem = answer_key_problem(q, sentence, time_text="Friday")
    assert bool(problem) == refused


@pytest.mark.parametrize("text, statement_text", [
    # the comma before a participle the subject loses goes with it
    ("Northwind, based in Leeds, is a maker of bicycles.", "Northwind is a maker of bicycles."),
    # a comma at the edge of a phrase, before a part hung on the verb, is not kept
    ("The school has about 900 pupils in grades 7–11, with 200 pupils in grade 7.",
     "The school has about 900 pupils in grades 7–11 with 200 pupils in grade 7."),
])
def test_no_comma_is_kept_at_the_edge_of_a_phrase(text, statement_text):
    span = next(iter(nlp.parse(text).sents))
    clause = next(c for c in clauses_of(span, 0) if c.verb.dep_ == "ROOT")
    assert statement(clause, span.doc) == statement_text


def test_a_wrong_purpose_says_what_it_is_for(context_of):
    """'to close on Friday' (only a time) is no reason at all: never a wrong option."""
    body = ("The town council raised local taxes last year to pay for a new bridge. " + _LATER
            + "The old market closed on Friday.")
    q = next(q for q in why.generate(context_of(body)) if q.sentence_id == 0)
    assert "to close on Friday" not in q.choices


@pytest.mark.parametrize("first, explicit", [
    ("The town council raised local taxes last year to pay for a new bridge.", False),
    ("Officials closed the coastal road on Monday in order to protect the nesting turtles.", True),
])
def test_only_an_explicit_purpose_goes_to_the_default_quiz(context_of, first, explicit):
    """A bare 'to ...' may be trivial or let a wrong option be true too: it stays in the bank."""
    from quizgen.questions.worth import quiz_doubt
    q = next(q for q in _whys(context_of, first) if q.sentence_id == 0)
    assert (q.focus == "why") is explicit
    assert (quiz_doubt(q, None) is None) is explicit


@pytest.mark.parametrize("first, prompt, answer", [
    ("The harbour ferry was cancelled on Tuesday as a result of the thick fog.",
     "Why was the harbour ferry cancelled on Tuesday?", "because of the thick fog"),
    ("The harbour ferry was cancelled on Tuesday thanks to the thick fog.",
     "Why was the harbour ferry cancelled on Tuesday?", "because of the thick fog"),
])
def test_as_a_result_of_and_thanks_to_state_a_cause(context_of, first, prompt, answer):
    body = (first + " Crews repaired the pier on Monday. A fire damaged a warehouse near the docks. "
            "Hundreds of fans joined a protest in the square. A strike halted the trains for a day. "
            "The council held a vote on the budget. An accident blocked the coast road for an hour.")
    qs = [q for q in why.generate(context_of(body)) if q.sentence_id == 0]
    assert [(q.prompt, q.answer) for q in qs] == [(prompt, answer)]
    assert all(c.startswith("because of ") for c in qs[0].choices)


def test_as_a_result_without_a_cause_is_no_reason(context_of):
    body = ("The harbour ferry was cancelled as a result on Tuesday. Crews repaired the pier on Monday. "
            "A fire damaged a warehouse near the docks. A strike halted the trains for a day.")
    assert [q for q in why.generate(context_of(body)) if q.sentence_id == 0] == []
