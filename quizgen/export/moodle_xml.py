"""Moodle XML: the question bank format Moodle imports and exports (<quiz><question type=...>)."""
from __future__ import annotations

import html

from lxml import etree

from .. import kinds
from ..model import Lesson, Question
from . import (ORDER_INSTRUCTION, Skipped, accepted_answers, clean, correct_order, feedback,
               ordinal, problem, question_name)


def _html(text: str) -> str:
    return f"<p>{html.escape(clean(text), quote=False)}</p>"


def _text(parent: etree._Element, tag: str, value: str, *, fmt: str | None = None,
          as_html: bool = False) -> etree._Element:
    """<tag format=...><text>value</text></tag>; HTML goes in CDATA, as Moodle writes it."""
    el = etree.SubElement(parent, tag)
    if fmt:
        el.set("format", fmt)
    t = etree.SubElement(el, "text")
    # html.escape leaves no ">" so "]]>" cannot occur inside the CDATA section.
    t.text = etree.CDATA(_html(value)) if as_html else clean(value)
    return el


def _simple(parent: etree._Element, tag: str, value: str) -> None:
    etree.SubElement(parent, tag).text = value


def _answer(parent: etree._Element, fraction: int, value: str, *, as_html: bool,
            fmt: str = "html") -> None:
    a = _text(parent, "answer", value, fmt=fmt if as_html else "moodle_auto_format",
              as_html=as_html)
    a.set("fraction", str(fraction))
    _text(a, "feedback", "", fmt="html")


def question_to_xml(lesson: Lesson, q: Question) -> etree._Element:
    """One question as a Moodle <question> element (the question must have passed `problem`)."""
    form = kinds.answer_form(q.type)
    kind = {"true_false": "truefalse", "text": "shortanswer", "order": "matching"}.get(form, "multichoice")
    el = etree.Element("question", type=kind)
    # Moodle's importer strips anything shaped like a tag from names (clean_question_name).
    _text(el, "name", question_name(q).replace("<", "\u2039").replace(">", "\u203a"))
    prompt = clean(q.prompt)
    if form == "order":
        # Moodle's core has no ordering type (qtype_ordering is a plug-in): matching is
        # importable everywhere and grades each event's place.
        prompt = f"{prompt} {ORDER_INSTRUCTION}"
    _text(el, "questiontext", prompt, fmt="html", as_html=True)
    _text(el, "generalfeedback", feedback(lesson, q), fmt="html", as_html=True)
    _simple(el, "defaultgrade", "1")
    _simple(el, "penalty", "0.3333333" if kind != "truefalse" else "1")
    _simple(el, "hidden", "0")
    _simple(el, "idnumber", clean(q.id))
    if kind == "multichoice":
        _simple(el, "single", "true")
        _simple(el, "shuffleanswers", "false" if kinds.get(q.type).ordered_choices else "true")
        _simple(el, "answernumbering", "abc")
        answer = clean(q.answer)
        for c in q.choices:
            _answer(el, 100 if clean(c) == answer else 0, c, as_html=True)
    elif kind == "truefalse":
        _answer(el, 100 if q.answer == "True" else 0, "true", as_html=False)
        _answer(el, 100 if q.answer == "False" else 0, "false", as_html=False)
    elif kind == "shortanswer":
        _simple(el, "usecase", "0")
        for a in accepted_answers(q):
            # Moodle's short answer reads "*" as a wildcard; "\*" is a literal star.
            _answer(el, 100, a.replace("*", "\\*"), as_html=False)
    else:
        _simple(el, "shuffleanswers", "true")
        place = {pos: rank for rank, pos in enumerate(correct_order(q), start=1)}
        for i, label in enumerate(q.choices):
            sub = _text(el, "subquestion", label, fmt="html", as_html=True)
            ans = etree.SubElement(sub, "answer")
            etree.SubElement(ans, "text").text = ordinal(place[i])
    return el


def to_moodle_xml(lesson: Lesson, questions: list[Question]) -> tuple[str, list[Skipped]]:
    """The questions as a Moodle XML file, and those left out with the reason."""
    root = etree.Element("quiz")
    root.append(etree.Comment(f" Newsline quiz: {_comment(lesson.title)} "))
    skipped = []
    for q in questions:
        reason = problem(q)
        if reason:
            skipped.append((q.id, reason))
            root.append(etree.Comment(f" Left out {_comment(q.id)}: {_comment(reason)} "))
        else:
            root.append(question_to_xml(lesson, q))
    xml = etree.tostring(root, encoding="unicode", pretty_print=True)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + xml, skipped


def _comment(text: str) -> str:
    # "--" may not appear inside an XML comment.
    return clean(text).replace("--", "\u2013")
