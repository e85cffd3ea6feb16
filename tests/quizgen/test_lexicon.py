"""The shipped word lists behind quizgen.lexicon: the comparison key and the tables it loads."""
from __future__ import annotations

import pytest

from quizgen.lexicon import content_words, key, load


@pytest.mark.parametrize("text, expected", [
    ("The Federal Reserve", "federal reserve"),       # "the" dropped, lower case
    ("Xi\u2019s", "xi's"),                             # curly apostrophe made straight
    ("U.S.-China  talks", "u s china talks"),         # punctuation squeezed to single spaces
    ("  THE  Hague ", "hague"),
    ("Theresa May", "theresa may"),                  # "the" only as a whole word
])
def test_key_is_a_forgiving_comparison_form(text, expected):
    assert key(text) == expected


@pytest.mark.parametrize("written, country", [
    ("united states", "United States"), ("u s", "United States"), ("america", "United States"),
    ("uk", "United Kingdom"), ("britain", "United Kingdom"), ("russia", "Russia"),
])
def test_countries_are_found_by_name_alias_and_abbreviation(written, country):
    assert load().country_by_key[written].name == country


def test_demonyms_capitals_and_cities_point_to_their_country():
    lex = load()
    assert lex.demonyms["chinese"].name == "China"
    assert lex.capitals["moscow"].name == "Russia"
    assert lex.cities["paris"] == "France"          # capitals are cities too


@pytest.mark.parametrize("written, state", [("texas", "Texas"), ("calif", "California")])
def test_us_states_by_name_and_abbreviation(written, state):
    assert load().states[written] == state


@pytest.mark.parametrize("alias, name", [("fed", "Federal Reserve"), ("un", "United Nations"),
                                         ("u n", "United Nations")])
def test_organisation_aliases_lead_to_the_full_name(alias, name):
    assert load().org_alias[alias] == name


def test_media_roles_and_given_names_are_loaded():
    lex = load()
    assert {"bbc", "reuters"} <= lex.media_keys
    assert "president" in lex.roles and "prime minister" in lex.roles
    assert "nelson" in lex.given_names and "jinping" not in lex.given_names


def test_lexicon_is_loaded_once():
    assert load() is load()


@pytest.mark.parametrize("text, options, expected", [
    ("Floods hit the town of Marlow", {}, {"floods", "hit", "town", "marlow"}),
    ("Ross's council shuts two schools", {}, {"ross's", "council", "shuts", "two", "schools"}),
    ("Ross's council shuts two schools", {"at_apostrophe": True}, {"ross", "council", "shuts", "two", "schools"}),
    ("A new law on tax", {"min_length": 1}, {"new", "law", "tax"}),
])
def test_content_words_are_compared_without_stop_words(text, options, expected):
    found = content_words(text, **options)
    assert expected - found == set() and not found & {"the", "of", "a", "on"}
