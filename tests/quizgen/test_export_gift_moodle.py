"""GIFT inputs Moodle's importer misreads, read back by a port of Moodle's own GIFT reader.

`moodle_read` follows qformat_gift::readquestion (question/format/gift/format.php) step by step
for the parts that decide what a question becomes: the escape placeholders, the name, the answer
block, the question-type tests in Moodle's order, answer weights and format markers. pygiftparser
(used in test_export_gift.py) is more lenient than Moodle on exactly these cases.
"""
from __future__ import annotations

import html
import re

import pytest

from quizgen.export import export_with_report
from quizgen.model import Question

try:
    from .test_export_formats import sample_lesson
except ImportError:
    from test_export_formats import sample_lesson

_PLACEHOLDERS = {"\\:": "&&058;", "\\#": "&&035;", "\\=": "&&061;", "\\{": "&&123;", "\\}": "&&125;",
                 "\\~": "&&126;"}
_WEIGHT = re.compile(r"^%-*([0-9]{1,2})\.?([0-9]*)%")
_FORMATS = {"moodle", "html", "plain", "markdown"}


def _pre(text: str) -> str:
    text = text.replace("\\\\", "&&092;")
    for k, v in _PLACEHOLDERS.items():
        text = text.replace(k, v)
    return text.replace("&&092;", "\\")


def _post(text: str) -> str:
    for k, v in _PLACEHOLDERS.items():
        text = text.replace(v, k[1])
    return text


def _with_format(text: str, default: str) -> tuple[str, str]:
    fmt = default
    if text.startswith("["):
        end = text.find("]")
        name = text[1:end]
        if name in _FORMATS:
            fmt, text = name, text[end + 1:]
    return _post(text).strip(), fmt


def _weight(answer: str) -> tuple[float, str]:
    answer = answer[1:]
    end = answer.index("%")
    return float(answer[:end]) / 100, answer[end + 1:]


def moodle_read(block: str) -> dict:
    """What Moodle makes of one GIFT question: name, type, text, answers as (text, fraction)."""
    text = _pre(block.strip())
    name = None
    if text.startswith("::"):
        text = text[2:]
        end = text.index("::")
        name = re.sub(r"<[^>]*>", "", _post(text[:end])).strip()   # clean_question_name: strip_tags
        text = text[end + 2:].strip()
    start, finish = text.find("{"), text.find("}")
    answertext = text[start + 1:finish].strip()
    gf = answertext.rfind("####")
    if gf >= 0:
        answertext = answertext[:gf].strip()
    questiontext, qfmt = _with_format(text[:start], "moodle")
    if answertext.startswith("#"):
        qtype = "numerical"
    elif "~" in answertext:
        qtype = "multichoice"
    elif "=" in answertext and "->" in answertext:
        qtype = "match"
    elif answertext.split("#")[0].strip() in ("T", "TRUE", "F", "FALSE"):
        qtype = "truefalse"
    else:
        qtype = "shortanswer"
    answers = []
    if qtype == "multichoice":
        parts = [p for p in answertext.replace("=", "~=").split("~") if p.strip()]
        for part in parts:
            part = part.strip()
            if part.startswith("="):
                fraction, part = 1.0, part[1:]
            elif _WEIGHT.match(part):
                fraction, part = _weight(part)
            else:
                fraction = 0.0
            answers.append((_with_format(part.split("#", 1)[0].strip(), qfmt)[0], fraction))
    elif qtype == "shortanswer":
        for part in [p for p in answertext.split("=") if p.strip()]:
            part = part.strip()
            fraction, part = _weight(part) if _WEIGHT.match(part) else (1.0, part)
            answers.append((_with_format(part.split("#", 1)[0].strip(), qfmt)[0], fraction))
    elif qtype == "match":
        for part in [p for p in answertext.split("=") if p.strip()]:
            if "->" not in part:
                raise ValueError("Moodle: a matching answer without '->' (the whole import stops)")
            answers.append((part.split("->")[0].strip(), 1.0))
        if len(answers) < 2:
            raise ValueError("Moodle: a matching question needs two pairs (the whole import stops)")
    return {"name": name, "qtype": qtype, "text": questiontext, "format": qfmt, "answers": answers}


def shortanswer_accepts(pattern: str, response: str) -> bool:
    """qtype_shortanswer::compare_string_with_wildcard, case-insensitive: `*` matches anything,
    `\\*` is a literal star."""
    regex = "".join(".*" if part == "*" else re.escape(part.replace("\\*", "*"))
                    for part in re.split(r"(?<!\\)(\*)", pattern))
    return re.fullmatch(regex, response.strip(), re.I | re.S) is not None


def read_all(questions: tuple[Question, ...]) -> dict[str, dict]:
    text, skipped = export_with_report(sample_lesson(questions), "gift")
    assert skipped == []
    blocks = [b for b in text.split("\n\n") if b.strip() and not b.lstrip().startswith("//")]
    out = {}
    for block in blocks:
        q = moodle_read(block)
        out[q["name"].split(" ", 1)[0]] = q
    return out


def shown(text: str) -> str:
    return html.unescape(text)


def test_short_answer_with_an_arrow_stays_a_short_answer():
    """'->' in a short answer made Moodle read a matching question and abort the whole file."""
    q = Question(id="fb-arrow", type="fill_blank", prompt="The sign reads _____.", sentence_id=0,
                 answer="North -> South", accept=("N->S",))
    got = read_all((q,))["fb-arrow"]
    assert got["qtype"] == "shortanswer"
    patterns = [a for a, _ in got["answers"]]
    assert shortanswer_accepts(patterns[0], "North -> South")
    assert shortanswer_accepts(patterns[1], "n->s")
    assert not shortanswer_accepts(patterns[0], "North South")
    assert all(f == 1.0 for _, f in got["answers"])


def test_short_answer_starting_with_a_weight_keeps_it_and_full_credit():
    """'%50%' at the start of a short answer was taken as a 50 % weight and cut off."""
    q = Question(id="fb-pct", type="fill_blank", prompt="Prices fell by _____.", sentence_id=0,
                 answer="%50% off", accept=("50%",))
    got = read_all((q,))["fb-pct"]
    assert got["answers"] == [("%50% off", 1.0), ("50%", 1.0)]


@pytest.mark.parametrize("prefix", ["[plain]", "[html]", "[moodle]", "[markdown]"])
def test_format_names_at_the_start_of_options_and_answers_are_kept(prefix):
    """An option or answer starting with a format name in brackets lost it as a format marker."""
    mc = Question(id="mc-fmt", type="multiple_choice", prompt="Which tag?", sentence_id=0,
                  choices=(f"{prefix} text", "plain text", "other"), answer="other")
    mc_right = Question(id="mc-fmt2", type="multiple_choice", prompt="Which tag?", sentence_id=0,
                        choices=(f"{prefix} right", "wrong", "also wrong"), answer=f"{prefix} right")
    fb = Question(id="fb-fmt", type="fill_blank", prompt="The tag is _____.", sentence_id=0,
                  answer=f"{prefix} word")
    got = read_all((mc, mc_right, fb))
    assert [(shown(a), f) for a, f in got["mc-fmt"]["answers"]] == [
        (f"{prefix} text", 0.0), ("plain text", 0.0), ("other", 1.0)]
    assert [(shown(a), f) for a, f in got["mc-fmt2"]["answers"]][0] == (f"{prefix} right", 1.0)
    assert got["fb-fmt"]["answers"] == [(f"{prefix} word", 1.0)]


def test_option_starting_with_a_weight_is_not_partial_credit():
    """'~%50%...' was a 50 % partly-right option in Moodle."""
    q = Question(id="mc-pct", type="multiple_choice", prompt="How much?", sentence_id=0,
                 choices=("%50% of it", "%100% of it", "none"), answer="none")
    got = read_all((q,))["mc-pct"]
    assert [(shown(a), f) for a, f in got["answers"]] == [("%50% of it", 0.0), ("%100% of it", 0.0),
                                                          ("none", 1.0)]


def test_question_names_keep_what_looks_like_a_tag():
    """Moodle strips tags from question names: '<b>' would vanish, so it is written '‹b›'."""
    q = Question(id="mc-tag", type="multiple_choice", prompt="Why is <b>bold</b> used -> here?",
                 sentence_id=0, choices=("yes", "no"), answer="yes")
    got = read_all((q,))["mc-tag"]
    assert got["name"] == "mc-tag Why is \u2039b\u203abold\u2039/b\u203a used -\u203a here?"
    assert shown(got["text"]) == "Why is <b>bold</b> used -> here?"
    assert got["qtype"] == "multichoice"


def test_the_port_reproduces_the_reported_failures():
    """The reader above really does go wrong on the unprotected forms (so the tests can fail)."""
    with pytest.raises(ValueError):
        moodle_read("::x::[html]Sign? {=North -> South}")
    with pytest.raises(ValueError):
        moodle_read("::x::[html]Sign? {=North -> South =N->S =North}")
    assert moodle_read("::x::[html]Q {~%50%half ~=all}")["answers"][0] == ("half", 0.5)
    assert moodle_read("::x::[html]Q {=[plain] word}")["answers"] == [("word", 1.0)]
    assert moodle_read("::<b>x</b>::Q {T}")["name"] == "x"


def test_moodle_xml_names_keep_what_looks_like_a_tag():
    """The same name rule in Moodle XML, whose importer also strips tags from names."""
    from lxml import etree

    q = Question(id="mc-tag", type="multiple_choice", prompt="Why <b>bold</b>?", sentence_id=0,
                 choices=("yes", "no"), answer="yes")
    text = export_with_report(sample_lesson((q,)), "moodle")[0]
    root = etree.fromstring(text.encode())
    name = root.find(".//question[@type='multichoice']/name/text").text
    assert re.sub(r"<[^>]*>", "", name) == name == "mc-tag Why \u2039b\u203abold\u2039/b\u203a?"
