"""Fill-in-the-blank trivia kept out of the default quiz (kept in the bank): a speaker the sentence
introduces by role, one name of a list, a line under a label, a distance from nowhere, one player's
points in a box score, the body behind a report."""
from __future__ import annotations

import pytest

from quizgen.model import Question, Sentence
from quizgen.questions.worth import quiz_doubt
from quizgen.ranker import ArticleView

_TEXT = ["Floods hit the town of Marlow on Monday.",
         "The river rose two metres overnight, the mayor Anne Ross said.",
         "Anne Ross ordered the schools closed.",
         "Anne Ross said the roads were shut.",
         # the side names come twice, so none is a name the article gives only once
         "Tom Pell and Ann Vale drove from Ashford, Dunmore and Kelby to the Water Agency.",
         "Tom Pell, Ann Vale and the Water Agency met in Ashford, Dunmore and Kelby."]
VIEW = ArticleView("Floods hit Marlow as river rises", [Sentence(i, t, 0, 0, i) for i, t in enumerate(_TEXT)])


def _blank(prompt: str, answer: str, focus: str) -> Question:
    return Question("q", "fill_blank", prompt, answer, 2, focus=focus)


@pytest.mark.parametrize("prompt, answer, focus", [
    ("_____, a retired baker from Dunmore, cited the cost of the new wall.", "Tom Pell", "person"),
    ("_____, head of the Marlow Rowing Club in Dunmore, Kent, noted that boats were lost.", "Tom Pell", "person"),
    ("\u201cWe lost everything,\u201d said _____, owner of the corner shop.", "Tom Pell", "person"),
    ("Rescue teams came from towns such as _____, Dunmore, and Kelby to help.", "Ashford", "place"),
    ("Diplomats came from countries such as _____, Chile, and Peru.", "Brazil", "country"),
    ("Volunteers from Dunmore, Kelby and _____ filled sandbags all night.", "Ashford", "place"),
    ("The panel: Tom Pell from _____, Ann Vale from Kelby, and a river engineer.", "Dunmore", "place"),
    ("Tom Pell: Theft of a boat, held in jail in lieu of $_____ bond.", "5,000", "number"),
    ("Ward 3: Tom Pell won the seat with _____ of the vote.", "61 percent", "number"),
    ("_____: The council has opened two shelters for families.", "Kelby", "place"),
    ("A second flood about _____ away had covered farmland but spared the houses.", "20 miles", "number"),
    ("Tom Pell added _____ points, with Ann Vale hitting four threes.", "15", "number"),
    ("Ann Vale chipped in another _____ points and six rebounds.", "12", "number"),
    ("A report by the _____\u2019s Flood Risk Program said the wall was too low.", "Water Agency", "org"),
    ("The shelter has room for about 200 people, _____ reports.", "Water Agency", "org"),
    ("Tom Pell met King Henry IV of _____ to discuss the flood wall.", "Dunmore", "place"),
    ("The Marlow Flood Fund (search) raised _____ on Monday.", "$40,000", "number"),
])
def test_a_side_detail_blank_stays_out_of_the_quiz(prompt: str, answer: str, focus: str):
    assert quiz_doubt(_blank(prompt, answer, focus), VIEW) is not None


@pytest.mark.parametrize("prompt, answer, focus", [
    ("_____, the mayor, ordered the schools closed.", "Anne Ross", "person"),
    ("_____ ordered the schools closed on Monday.", "Anne Ross", "person"),
    ("Volunteers from Dunmore and _____ filled sandbags all night.", "Kelby", "place"),
    ("The river rose _____ overnight and flooded the main road.", "two metres", "number"),
    ("Marlow won the final by _____ points over Dunmore.", "12", "number"),
    ("The flood wall, built in 2009, was _____ too low.", "one metre", "number"),
    ("_____ met King Henry IV to discuss the flood wall.", "Anne Ross", "person"),
])
def test_a_blank_on_the_point_is_kept(prompt: str, answer: str, focus: str):
    assert quiz_doubt(_blank(prompt, answer, focus), VIEW) is None
