"""A reference the engine fills in must be certain, or left as written: 'that N' is the nearest thing of
its kind, 'the company itself' is not an owner named beside it, a news outlet reporting is no actor,
'the N' after someone's own N is not an older, fuller N, and a surname the tagger calls a company is no
company (quizgen.referents, quizgen.fuller)."""
from __future__ import annotations

import pytest

from quizgen.fuller import fuller_form
from quizgen.referents import opening_owner

pytestmark = pytest.mark.slow

FILMS = ("Nora Pike will star in the next Comet Run movie, the studio said on Monday. "
         "The Comet Run movie is set to open in 2021.\n\n"
         "Last year Pike starred in Lucy in the Sky. That movie was poorly received by critics.")
FILM_NAMED = ("Nora Pike will star in the next Comet Run movie, the studio said on Monday. "
              "In 2019, Pike starred in the movie Red Harbor. That movie was poorly received by critics.")
OWNER = ("Deskly Inc. said on Tuesday that it would cut 900 jobs.\n\n"
         "Harlow Capital Corp, which owns a third of Deskly, agreed to lend it $5 billion last week. "
         "The company itself had 4,500 employees on June 30.")
OUTLET = ("Deskly Inc. said on Tuesday that it would cut 900 jobs. Deskly rents offices in 20 cities.\n\n"
          "The Daily Herald reported that the company had 4,500 employees on June 30.")
CARS = ("Deputies stopped the Marsh vehicle on Route 4 on Friday and found a rifle. "
        "Deputies then stopped Colby's vehicle on the same road. "
        "A search of the vehicle found 30 grams of cocaine.")
SECOND_CAR = ("Deputies stopped the Marsh vehicle on Route 4 on Friday and found a rifle. "
              "Ed Colby was driving a second vehicle behind it. "
              "A search of the vehicle found 30 grams of cocaine.")
WORRIES = ("Deskly Inc. said on Tuesday that it would cut 900 jobs. "
           "Lawmakers said the concerns were serious.")
SURNAME = ("Deskly founder Adam Neumark stepped down as chief executive on September 24. "
           "Neumark will remain chairman.\n\n"
           "Neumark said on Monday that the company would shelve its plans to sell shares.")


def _head(doc, word: str, n: int = 0):
    return [t for t in doc if t.text == word][n]


@pytest.mark.parametrize("body, word, n", [
    (FILMS, "movie", 2),           # 'that movie' after a film named since: not the Comet Run movie
    (FILM_NAMED, "movie", 2),      # 'that movie' after 'the movie Red Harbor': not the older one
    (SURNAME, "company", 0),       # 'Neumark' tagged a company once: still a person
    (WORRIES, "concerns", 0),      # 'the concerns' are worries, not 'the concern' (a company)
])
def test_a_doubtful_reference_is_left_as_written(resolved, body, word, n):
    assert resolved(body, word, n) is None


@pytest.mark.parametrize("body, word, n", [
    (CARS, "vehicle", 2),          # 'the vehicle' after Colby's vehicle is no Marsh vehicle
    (SECOND_CAR, "vehicle", 2),    # ... nor after 'a second vehicle'
])
def test_the_nearest_own_mention_stops_a_fuller_form(parsed_of, body, word, n):
    assert fuller_form(_head(parsed_of(body).doc, word, n)) is None


@pytest.mark.parametrize("body, sentence", [
    (OWNER, 2),                    # 'the company itself' beside an owner's aside: not the owner
])
def test_no_owner_is_given_in_doubt(parsed_of, body, sentence):
    parsed = parsed_of(body)
    owner = opening_owner(parsed.spans[sentence])
    assert owner is None or owner[2] == "Deskly"


def test_a_reporting_outlet_is_not_the_company(resolved):
    assert resolved(OUTLET, "company") == "Deskly"     # the newspaper that reports is no actor
