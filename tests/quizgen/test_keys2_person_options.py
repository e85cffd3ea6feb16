"""Who-questions offer only people: a company named after someone in a list of companies, and a
newsletter named in apposition, are no person (issue 12: teachers judged such options rule 5)."""
from __future__ import annotations

import pytest

from quizgen.index import build_index

pytestmark = pytest.mark.slow

LISTED = ("The biggest stocks on the exchange include firms such as Orbit Computer, Delta Communications, "
          "Tele-Systems and Harriet Vance. Analyst Mark Oduya said those shares fell on Tuesday.")
NEWSLETTER = ("Dora Pell, publisher of Hop Growers Insights, a monthly newsletter, said prices would rise. "
              "Brewer Tom Lusk said sales had slowed.")
PEOPLE = ("Senators Ann Brook, Carl Ortiz and Maria Lind voted against the bill on Tuesday. "
          "Brook said the bill was rushed.")


def _people(index_of, body: str) -> set[str]:
    return {m.text for m in index_of(body).mentions if m.kind == "PERSON"}


@pytest.fixture(scope="module")
def index_of(parsed_of):
    return lambda body: build_index(parsed_of(body))


def test_a_name_listed_among_companies_is_no_person(index_of):
    people = _people(index_of, LISTED)
    assert "Harriet Vance" not in people
    assert any("Mark Oduya" in p for p in people)


def test_a_name_in_apposition_to_a_newsletter_is_no_person(index_of):
    people = _people(index_of, NEWSLETTER)
    assert not {p for p in people if "Growers" in p}
    assert "Dora Pell" in people


def test_people_listed_together_stay_people(index_of):
    assert {"Ann Brook", "Carl Ortiz", "Maria Lind"} <= _people(index_of, PEOPLE)


PRICE_WAR = """Title: Brewers brace for a price war
Published: 1989-11-01

The nation's largest brewer said on Tuesday it would cut beer prices across the country, setting off a price war.

"We will match any discount our rivals offer," said Ralph Duncan, the brewer's sales chief.

Dora Pell, publisher of Hop Growers Insights, a monthly newsletter, said, "Everybody else in the industry is going to have a hard time making money."

Analyst Victor Amari said, "The small brewers will be hurt the most by this."
"""


def test_who_said_never_offers_a_newsletter():
    import quizgen

    lesson = quizgen.build_lesson(PRICE_WAR).to_dict()
    options = [o for q in lesson["questions"] if q["type"] == "who_said" for o in q["choices"]]
    assert options and "Dora Pell" in options
    assert not [o for o in options if "Growers" in o]
