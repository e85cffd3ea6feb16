"""Questions worth asking (rules 6 and 9): no statement of the trivial half of a sentence, none from
the reporter's note, no blank of a quotation the headline fills, no second figure of a list asked alike."""
from __future__ import annotations

import pytest

from quizgen.model import Question, Sentence
from quizgen.questions import _gives_away, true_false
from quizgen.questions.ranking import same_form
from quizgen.questions.worth import quiz_doubt
from quizgen.ranker import ArticleView

_TEXT = ["Port workers in Calvera ended their strike on Monday.",
         "The union leader Rosa Pell said the deal raised pay by 6 percent.",
         "Ivo Brandt is the labour reporter for the Calvera Herald.",
         "Tom Ash joined the union in May.",
         "Rosa Pell is the union leader for the Calvera dockers."]
VIEW = ArticleView("Calvera dockers end strike", [Sentence(i, t, 0, 0, i) for i, t in enumerate(_TEXT)])


@pytest.mark.parametrize("sid, prompt, left_out", [
    (2, "Ivo Brandt is the labour reporter for the Calvera Herald.", True),
    (3, "Tom Ash joined the union.", False),
    (4, "Rosa Pell is the union leader for the Calvera dockers.", False),
    (1, "The union leader Rosa Pell said the deal raised pay by 6 percent.", False),
])
def test_the_reporters_note_is_no_statement_of_the_story(sid: int, prompt: str, left_out: bool):
    q = Question("q", "true_false", prompt, "True", sid, choices=("True", "False"), focus="fact")
    assert (quiz_doubt(q, VIEW) is not None) is left_out


@pytest.mark.parametrize("prompt, answer, left_out", [
    ("\u201cThese dockers are writing a new page in the _____ story,\u201d Pell said.", "Calvera", True),
    ('"The _____ strike showed our strength," Pell said.', "dockers", True),
    ("\u201cWe won _____ more in pay,\u201d Pell said.", "6 percent", False),
    ("The workers in _____ ended their strike on Monday.", "Calvera", False),
])
def test_a_quotation_blank_the_headline_fills_is_left_out(prompt: str, answer: str, left_out: bool):
    q = Question("q", "fill_blank", prompt, answer, 1, focus="other")
    doubt = quiz_doubt(q, VIEW)
    assert (doubt is not None and "quotation" in doubt) is left_out


def _tf(qid: str, prompt: str, sid: int, kind: str = "true_false") -> Question:
    return Question(qid, kind, prompt, "True", sid, choices=("True", "False"), focus="fact")


@pytest.mark.parametrize("first, second, alike", [
    ("Home debt increased from 63 percent to 94 percent of national income.",
     "Farm debt increased from 18 percent of national income at the start of the decade to 40 percent by June 2008.",
     True),
    ("Home debt increased from 63 percent to 94 percent of national income.",
     "The strike cost the port 12 million euros in 9 days.", False),
    ("Home debt increased from 63 percent to 94 percent of national income.",
     "Farm debt increased sharply over the decade.", False),
])
def test_the_next_figure_of_a_list_asked_alike_is_a_near_duplicate(first: str, second: str, alike: bool):
    a, b = _tf("a", first, 3), _tf("b", second, 4)
    assert same_form(a, b) is alike
    assert _gives_away(b, [a]) is alike


def test_same_form_wants_one_kind_and_two_sentences():
    a = _tf("a", "Home debt increased from 63 percent to 94 percent of national income.", 3)
    b = _tf("b", "Farm debt increased from 18 percent to 40 percent of national income.", 3)
    c = Question("c", "fill_blank", "Farm debt increased from _____ percent to 40 percent of national income.",
                 "18", 4, focus="number")
    assert not same_form(a, b) and not same_form(a, c)


_DUG = "Gene Marsh dug through Orbix supplier records this summer"


@pytest.mark.parametrize("body, dropped, kept", [
    (f"{_DUG} and found evidence that Vexa is building a television set.", "dug through", "found evidence"),
    (f"{_DUG} and said Vexa is building a television set.", "dug through", "said Vexa"),
    ("As Calvera dockers marched to the Orbix port on Monday, Mayor Ana Lutz closed the Calvera bridge.",
     "dockers marched", "Lutz closed"),
])
def test_no_statement_of_the_trivial_half_of_a_sentence(context_of, body: str, dropped: str, kept: str):
    texts = _statements(context_of, body)
    assert not any(dropped in t for t in texts)
    assert any(kept in t for t in texts)


@pytest.mark.parametrize("body, kept", [
    (f"{_DUG} and found the Vexa contract.", "dug through"),
    ("After Calvera dockers marched to the Orbix port on Monday, Mayor Ana Lutz closed the Calvera bridge.",
     "dockers marched"),
    ("Calvera dockers marched to the Orbix port on Monday as Mayor Ana Lutz closed the Calvera bridge.",
     "dockers marched"),
])
def test_a_statement_with_its_point_is_still_made(context_of, body: str, kept: str):
    assert any(kept in t for t in _statements(context_of, body))


def _statements(context_of, body: str) -> list[str]:
    ctx = context_of(body)
    made = [true_false.true_statement(ctx, c) for c in ctx.clauses.get(0, [])]
    return [m[0] for m in made if m]


@pytest.mark.parametrize("prompt, left_out", [
    ("The days of sailing to Calvera by steamer are long gone.", True),
    ("The fight over the Calvera port is getting personal.", True),
    ("The Calvera strike was largely peaceful.", True),
    ("The Calvera strike was widely reported.", False),
    ("Rosa Pell is now the Calvera union leader.", False),
])
def test_a_description_is_no_statement_to_test(prompt: str, left_out: bool):
    assert (quiz_doubt(_tf("q", prompt, 1), VIEW) is not None) is left_out


@pytest.mark.parametrize("sentence, prompt, refused", [
    ("In 2001, a man was hurt after the parade float -- pushed by strong winds -- hit a lamp post.",
     "A man was hurt after the parade float -- pushed by strong winds in 2001.", True),
    ("In 2001, a man was hurt after the parade float -- pushed by strong winds -- hit a lamp post.",
     "A man was hurt after the parade float -- pushed by strong winds -- hit a lamp post in 2001.", False),
    ("The case strikes at the heart of the firm -- its bakery chain.",
     "The case strikes at the heart of the firm -- its bakery chain.", False),
])
def test_a_dash_aside_cut_in_half_is_refused(parse, sentence: str, prompt: str, refused: bool):
    from quizgen.questions.fragments import ill_formed
    q = Question("q", "true_false", prompt, "True", 0, choices=("True", "False"))
    problem = ill_formed(q, prompt, list(parse(sentence).sents)[0])
    assert (problem is not None and "aside" in problem) is refused


@pytest.mark.parametrize("prompt, left_out", [
    ("Run Across the _____ is held in Calvera, with riders crossing every county in May.", True),
    ("The Friends of the _____ raised money for the Calvera port.", False),     # not a number's name
    ("Calvera dockers won the _____ pay rise after the strike.", False),
    ("Rosa Pell said _____ of the dockers backed the deal.", False),
])
def test_a_number_ending_a_name_is_left_out(prompt: str, left_out: bool):
    q = Question("q", "fill_blank", prompt, "50" if "Friends" not in prompt else "Earth", 1,
                 focus="number" if "Friends" not in prompt else "other")
    assert (quiz_doubt(q, VIEW) is not None) is left_out


@pytest.mark.parametrize("body, made", [
    ("Ana Lutz was close to important painters of the 1960s in Calvera.", False),
    ("Ana Lutz studied with remarkable teachers at the Calvera Institute.", False),
    ("Ana Lutz was close to leading painters of the 1960s in Calvera.", True),
    ("Ana Lutz studied with three teachers at the Calvera Institute.", True),
    ("The UN special envoy met Calvera dockers on Monday.", True),
])
def test_the_writers_praise_is_no_statement(context_of, body: str, made: bool):
    assert bool(_statements(context_of, body)) is made
