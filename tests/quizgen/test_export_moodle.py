"""Moodle XML export, checked with xmlschema (XSD 1.1 of Moodle's format) and lxml."""
from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
import xmlschema
from lxml import etree

from quizgen.export import export_with_report

try:
    from .test_export_formats import NAMES, TRICKY, broken_questions, sample_lesson, sample_questions
except ImportError:
    from test_export_formats import NAMES, TRICKY, broken_questions, sample_lesson, sample_questions

SCHEMA = Path(__file__).parents[1] / "data" / "moodle" / "moodle_quiz_xml.xsd"
QUESTIONS = {q.id: q for q in sample_questions()}


@pytest.fixture(scope="module")
def schema():
    return xmlschema.XMLSchema11(str(SCHEMA))


@pytest.fixture(scope="module")
def exported():
    text, skipped = export_with_report(sample_lesson(), "moodle")
    assert skipped == []
    return text


@pytest.fixture(scope="module")
def questions(exported):
    root = etree.fromstring(exported.encode("utf-8"))
    return {q.findtext("idnumber"): q for q in root.iter("question")}


def html_text(el) -> str:
    """The text a learner sees in an HTML field (parsed by lxml.html, entities decoded)."""
    return lxml.html.fragment_fromstring(el.findtext("text"), create_parent="div").text_content()


def test_export_is_valid_moodle_xml(schema, exported):
    """The file is UTF-8 XML with a declaration and satisfies the Moodle XML schema."""
    assert exported.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    schema.validate(exported)


def test_schema_rejects_a_broken_file(schema, exported):
    """The schema is not a rubber stamp: no right answer, or an unknown type, fails."""
    assert not schema.is_valid(exported.replace('fraction="100"', 'fraction="0"', 1))
    assert not schema.is_valid(exported.replace('type="shortanswer"', 'type="essay"', 1))


def test_every_kind_maps_to_a_core_moodle_type(questions):
    """multichoice, truefalse, shortanswer and matching: all in Moodle core."""
    kinds = {qid: q.get("type") for qid, q in questions.items()}
    assert kinds == {"mc-1": "multichoice", "mc-tricky": "multichoice", "tf-1": "truefalse",
                     "tf-2": "truefalse", "fb-1": "shortanswer", "fb-tricky": "shortanswer",
                     "ws-1": "multichoice", "ord-1": "matching", "when-1": "multichoice"}


@pytest.mark.parametrize("qid", ["mc-1", "mc-tricky", "ws-1", "when-1"])
def test_choice_questions_round_trip(questions, qid):
    """Prompt and options read back exactly; the one 100% option is the answer."""
    q, el = QUESTIONS[qid], questions[qid]
    assert html_text(el.find("questiontext")) == q.prompt
    answers = el.findall("answer")
    assert [html_text(a) for a in answers] == list(q.choices)
    assert [html_text(a) for a in answers if a.get("fraction") == "100"] == [q.answer]


def test_tricky_characters_are_escaped_once(questions):
    """& < > quotes and GIFT's specials arrive as text, never as markup."""
    el = questions["mc-tricky"].find("questiontext")
    fragment = lxml.html.fragment_fromstring(el.findtext("text"), create_parent="div")
    assert [child.tag for child in fragment.iter()] == ["div", "p"]     # no <b> sneaked in
    assert fragment.text_content().endswith(TRICKY)


def test_true_false_round_trip(questions):
    """The right truth value gets the marks."""
    for qid, right in (("tf-1", "true"), ("tf-2", "false")):
        answers = {a.findtext("text"): a.get("fraction") for a in questions[qid].findall("answer")}
        assert answers == {right: "100", ({"true", "false"} - {right}).pop(): "0"}


def test_short_answers_are_plain_text(questions):
    """Short answers are compared as typed: no HTML, '*' escaped as Moodle's literal star."""
    got = [a.findtext("text") for a in questions["fb-tricky"].findall("answer")]
    assert got == ["AT&T 100% \\*star\\* {x}", "a=b~c#d:e"]
    assert questions["fb-1"].findtext("usecase") == "0"
    assert [a.findtext("text") for a in questions["fb-1"].findall("answer")] == [
        "Feb. 24", "February 24", "24 February"]


def test_order_question_becomes_matching(questions):
    """Each event is matched to its place in time, in the order the events were shown."""
    q = QUESTIONS["ord-1"]
    subs = questions["ord-1"].findall("subquestion")
    got = [(html_text(s), s.findtext("answer/text")) for s in subs]
    assert got == [(label, ["1st", "2nd", "3rd"][q.answer.index(label)]) for label in q.choices]


def test_general_feedback_has_the_evidence(questions):
    """General feedback quotes the evidence sentence; non-ASCII names survive."""
    fb = html_text(questions["ws-1"].find("generalfeedback"))
    assert f"said {NAMES[0]}, a spokeswoman" in fb
    assert html_text(questions["tf-2"].find("generalfeedback")).startswith(
        "The article says the invasion began on Feb. 24.")


def test_left_out_questions_are_reported_in_the_file():
    """Unexportable questions are skipped, reported, and named in an XML comment."""
    text, skipped = export_with_report(sample_lesson(sample_questions() + broken_questions()),
                                       "moodle")
    root = etree.fromstring(text.encode("utf-8"))
    comments = [c.text for c in root.iter(etree.Comment)]
    assert [qid for qid, _ in skipped] == ["bad-type", "bad-mc", "bad-order"]
    assert all(any(f"Left out {qid}" in c for c in comments) for qid, _ in skipped)
    assert len(root.findall("question")) == len(sample_questions())
