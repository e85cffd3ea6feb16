"""One company under all its names (issue 12 rule 8): a product written after its maker's name and a
role written after a company's name do not count as companies of their own, so 'the company' far from
any name is still the one the story leads with."""
from __future__ import annotations

from quizgen.article import parse_article
from quizgen.company_names import product_names, without_role_tail
from quizgen.pipeline import analyse
from quizgen.referents import the_company_named

_STORY = """Title: Tellmark shows off a TV app
Published: 2021-03-04

Tellmark Communications is preparing a new live TV app for tablets.
At a demonstration, Tellmark CIO Dana Pell showed new features for its Brightwave TV service.
The app lets Brightwave TV subscribers watch live TV at home.
Pell said the service will work only in the home at first.
"We built Brightwave TV in software," Pell said.
Tellmark executives said the app will be ready next year.
Tellmark is nearing the end of its project to wire its territory with fiber.
Since the company launched the Tellmark Brightwave TV service, it has added new features.
On Wednesday, the company announced a set of new offerings for subscribers.
"""


def test_a_product_named_more_often_than_its_maker_does_not_hide_the_lead_company():
    doc = analyse(parse_article(_STORY)).doc
    company = next(t for t in doc if t.lower_ == "company" and t.sent.text.startswith("On Wednesday"))
    assert the_company_named(company) == "Tellmark Communications"


def test_a_product_after_its_makers_name_is_the_maker_and_alone_no_company():
    names = ["Tellmark Communications", "Brightwave TV", "Tellmark Brightwave TV", "Brightwave", "Ostrel Bank"]
    assert product_names(names, frozenset()) == {
        "Tellmark Brightwave TV": "Tellmark", "Brightwave TV": "", "Brightwave": ""}


def test_a_name_ending_in_a_thing_of_the_article_is_a_product():
    assert product_names(["Orchard Pad", "Tellmark"], frozenset({"Pad"})) == {"Orchard Pad": ""}


def test_two_companies_sharing_a_word_are_no_product():
    assert product_names(["Ostrel Bank", "Ostrel", "Bank Holdings"], frozenset()) == {}


def test_a_role_after_a_company_name_is_that_company():
    assert without_role_tail("Tellmark CIO") == "Tellmark"
    assert without_role_tail("Tellmark executives") == "Tellmark"
    assert without_role_tail("Officers") == "Officers"
    assert without_role_tail("Tellmark Communications") == "Tellmark Communications"
