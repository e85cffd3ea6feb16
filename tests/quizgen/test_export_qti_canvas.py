"""What Canvas keeps of our QTI 2.1 package, by a port of its importer's routing.

Canvas's qti_exporter plugin (gems/plugins/qti_exporter/lib/qti/) picks a converter per item from
the manifest's interactionType (AssessmentItemConverter.create_instructure_question) or, without
one, from QuestionTypeEducatedGuesser; it keeps a modalFeedback only when get_feedback recognises
its identifier; FillInTheBlank#process_text_entry reads the correctResponse values. The functions
below follow those three steps on our files.
"""
from __future__ import annotations

import re

import pytest
from lxml import etree

from quizgen.export import accepted_answers

try:
    from .test_export_formats import sample_lesson, sample_questions
except ImportError:
    from test_export_formats import sample_lesson, sample_questions

QTI = "http://www.imsglobal.org/xsd/imsqti_v2p1"
CP = "http://www.imsglobal.org/xsd/imscp_v1p1"
NS = {"q": QTI, "cp": CP}
# Qti::Converter: the namespaces an interactionType element may be in.
CANVAS_INTERACTION_NAMESPACES = (CP, QTI, "http://www.imsglobal.org/xsd/imsqti_v2p0",
                                 "http://www.imsglobal.org/xsd/imsqti_item_v2p1",
                                 "http://www.imsglobal.org/xsd/imsqti_item_v2p0")


def manifest_interaction(resource) -> str | None:
    """AssessmentItemConverter.get_interaction_type (CSS without a prefix: the default namespace)."""
    for ns in CANVAS_INTERACTION_NAMESPACES:
        found = resource.find(f".//{{{ns}}}interactionType")
        if found is not None:
            return found.text.lower()
    return None


def guess(item) -> tuple[str | None, str | None]:
    """QuestionTypeEducatedGuesser#educatedly_guess_type."""
    if item.find(".//q:choiceInteraction", NS) is not None:
        return "choiceInteraction", None
    if item.find(".//q:extendedTextInteraction", NS) is not None:
        return "extendedTextInteraction", None
    if item.find(".//q:textEntryInteraction", NS) is not None:
        return "textEntryInteraction", "text_entry_interaction"
    return None, None


def canvas_converter(resource, item) -> tuple[str, str | None]:
    """Which converter Canvas builds the question with, and its custom type."""
    kind, custom = manifest_interaction(resource), None
    if kind is None:
        kind, custom = guess(item)
    kind = (kind or "").lower()
    if re.search(r"choiceinteraction", kind):
        return "ChoiceInteraction", custom
    if re.search(r"orderinteraction|ordering_question", kind):
        return "OrderInteraction", custom
    if re.search(r"textentryinteraction", kind):
        return "FillInTheBlank", custom
    return "Error", custom        # the base converter raises: an error question in Canvas


def canvas_feedback(item) -> dict[str, str]:
    """AssessmentItemConverter#get_feedback: the feedback Canvas keeps, by where it puts it."""
    kept = {}
    for f in item.iterfind("q:modalFeedback", NS):
        ident = f.get("identifier")
        text = " ".join("".join(f.itertext()).split())
        if re.search(r"wrong|incorrect|(_IC$)", ident, re.I):
            kept["incorrect_comments"] = text
        elif re.search(r"correct|(_C$)", ident, re.I):
            kept["correct_comments"] = text
        elif re.search(r"general_|_all", ident, re.I):
            kept["neutral_comments"] = text
    return kept


def canvas_text_entry_answers(item) -> list[str]:
    """FillInTheBlank#process_text_entry: one answer per correctResponse value."""
    return [v.text for v in item.iterfind("q:responseDeclaration/q:correctResponse/q:value", NS)]


@pytest.fixture(scope="module")
def package(qti_package):
    """The package of sample_lesson() (built by the conftest's qti_package)."""
    return qti_package


@pytest.fixture(scope="module")
def routed(package):
    """Question id -> (converter, custom type, item) as Canvas would import it."""
    manifest = etree.fromstring(package.read("imsmanifest.xml"))
    out = {}
    for res in manifest.iterfind(".//cp:resource[@type='imsqti_item_xmlv2p1']", NS):
        item = etree.fromstring(package.read(res.get("href")))
        converter, custom = canvas_converter(res, item)
        out[item.get("label")] = (converter, custom, item)
    return out


def test_every_item_reaches_a_real_converter(routed):
    """Ordering items were error questions in Canvas; now each kind has its converter."""
    expected = {"fill_blank": "FillInTheBlank", "order_events": "OrderInteraction"}
    for q in sample_questions():
        converter, custom, _ = routed[q.id]
        assert converter == expected.get(q.type, "ChoiceInteraction"), q.id
        if q.type == "fill_blank":
            assert custom == "text_entry_interaction"     # the path that reads the answers


def test_the_evidence_feedback_is_kept_for_every_answer(routed):
    """The evidence sentence, Newsline's point, is named so Canvas keeps it as general feedback."""
    for qid, (_, _, item) in routed.items():
        kept = canvas_feedback(item)
        assert list(kept) == ["neutral_comments"], qid
        assert "article" in kept["neutral_comments"].lower()


def test_fill_in_the_blank_keeps_every_accepted_answer(routed):
    """Canvas read only the first accepted answer; every one is now a correct response."""
    for q in sample_questions():
        if q.type == "fill_blank":
            answers = canvas_text_entry_answers(routed[q.id][2])
            assert answers == accepted_answers(q)
            assert len(answers) == len({a.casefold() for a in (q.answer, *q.accept)}) > 1


def test_unlabelled_order_items_would_be_lost():
    """The port does fail on the old form: no label and no guess means an error question."""
    item = etree.fromstring(f'<assessmentItem xmlns="{QTI}"><itemBody><orderInteraction/></itemBody>'
                            '</assessmentItem>')
    resource = etree.fromstring(f'<resource xmlns="{CP}"/>')
    assert canvas_converter(resource, item)[0] == "Error"
    old = etree.fromstring(f'<assessmentItem xmlns="{QTI}"><modalFeedback identifier="EVIDENCE">'
                           '<p>x</p></modalFeedback></assessmentItem>')
    assert canvas_feedback(old) == {}
