"""A QTI 2.1 content package: imsmanifest.xml, one assessmentItem per question, an assessmentTest."""
from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

from .. import kinds
from ..model import Lesson, Question
from . import Skipped, accepted_answers, clean, correct_order, feedback, problem, question_name

QTI_NS = "http://www.imsglobal.org/xsd/imsqti_v2p1"
QTI_XSD = "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1p2.xsd"
CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1"
CP_XSD = "http://www.imsglobal.org/xsd/imscp_v1p1.xsd"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
XML_NS = "http://www.w3.org/XML/1998/namespace"
RP_TEMPLATES = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/"
TOOL_NAME = "Newsline"
# Canvas's QTI importer keeps a modalFeedback only when its identifier says what it is for
# (Qti::AssessmentItemConverter#get_feedback): "general_..." is shown whatever the answer, which is
# what the evidence sentence is.
FEEDBACK_ID = "general_evidence"

_BLANK = re.compile(r"_{3,}")
_NOT_NCNAME = re.compile(r"[^A-Za-z0-9_.-]")


def _q(tag: str) -> str:
    return f"{{{QTI_NS}}}{tag}"


def identifier(raw: str, taken: set[str], prefix: str = "Q") -> str:
    """A QTI identifier (an XML NCName) made from a question id, unique within `taken`."""
    base = _NOT_NCNAME.sub("_", clean(raw)) or prefix
    if not (base[0].isalpha() or base[0] == "_"):
        base = f"{prefix}_{base}"
    name, n = base, 2
    while name in taken:
        name, n = f"{base}_{n}", n + 1
    taken.add(name)
    return name


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, _q(tag), {k: v for k, v in attrs.items() if v is not None})
    if text is not None:
        el.text = text
    return el


def _outcomes(item: etree._Element) -> None:
    for ident, base, default in (("SCORE", "float", "0"), ("MAXSCORE", "float", "1")):
        o = _sub(item, "outcomeDeclaration", identifier=ident, cardinality="single", baseType=base)
        _sub(_sub(o, "defaultValue"), "value", default)
    _sub(item, "outcomeDeclaration", identifier="FEEDBACK", cardinality="single",
         baseType="identifier")


def _response_processing(item: etree._Element, template: str, has_feedback: bool) -> None:
    """The standard template's rules written out, plus showing the evidence after any answer.

    The `template` attribute lets tools that only know the standard templates grade the item;
    the rules inside (preferred by the spec when both are given) also set FEEDBACK.
    """
    rp = _sub(item, "responseProcessing", template=RP_TEMPLATES + template)
    cond = _sub(rp, "responseCondition")
    if template == "match_correct":
        first = _sub(cond, "responseIf")
        m = _sub(first, "match")
        _sub(m, "variable", identifier="RESPONSE")
        _sub(m, "correct", identifier="RESPONSE")
        _set(first, "SCORE", "float", "1")
        _set(_sub(cond, "responseElse"), "SCORE", "float", "0")
    else:  # map_response
        first = _sub(cond, "responseIf")
        _sub(_sub(first, "isNull"), "variable", identifier="RESPONSE")
        _set(first, "SCORE", "float", "0")
        other = _sub(cond, "responseElse")
        _sub(_sub(other, "setOutcomeValue", identifier="SCORE"), "mapResponse", identifier="RESPONSE")
    if has_feedback:
        _set(rp, "FEEDBACK", "identifier", FEEDBACK_ID)


def _set(parent: etree._Element, ident: str, base: str, value: str) -> None:
    _sub(_sub(parent, "setOutcomeValue", identifier=ident), "baseValue", value, baseType=base)


def _response_declaration(item: etree._Element, q: Question, form: str | None) -> list[str]:
    """The correct response (and for blanks the accepted answers); returns the options shown."""
    choices: list[str] = []
    if form == "text":
        rd = _sub(item, "responseDeclaration", identifier="RESPONSE", cardinality="single",
                  baseType="string")
        answers = accepted_answers(q)
        # Every accepted answer is a correct response: the mapping below scores them all in a
        # standard player, and Canvas (which ignores the mapping) keeps each correctResponse value.
        correct = _sub(rd, "correctResponse")
        for a in answers:
            _sub(correct, "value", a)
        mapping = _sub(rd, "mapping", defaultValue="0", lowerBound="0", upperBound="1")
        for a in answers:
            _sub(mapping, "mapEntry", mapKey=a, mappedValue="1", caseSensitive="false")
    elif form == "order":
        rd = _sub(item, "responseDeclaration", identifier="RESPONSE", cardinality="ordered",
                  baseType="identifier")
        cr = _sub(rd, "correctResponse")
        for pos in correct_order(q):
            _sub(cr, "value", f"C{pos + 1}")
    else:
        rd = _sub(item, "responseDeclaration", identifier="RESPONSE", cardinality="single",
                  baseType="identifier")
        if form == "true_false":
            choices = ["True", "False"]
            answer = q.answer
        else:
            choices = [clean(c) for c in q.choices]
            answer = clean(q.answer)
        _sub(_sub(rd, "correctResponse"), "value", f"C{choices.index(answer) + 1}")
    return choices


def _item_body(item: etree._Element, q: Question, form: str | None, prompt: str, choices: list[str]) -> None:
    """The interaction the learner answers in: a blank in the sentence, an ordering, or a choice."""
    body = _sub(item, "itemBody")
    if form == "text":
        # textEntryInteraction is inline: it stands in the sentence where the blank was.
        length = str(max(10, len(clean(q.answer)) + 5))
        para = _sub(body, "p")
        parts = _BLANK.split(prompt, maxsplit=1)
        if len(parts) == 2:
            para.text = parts[0]
            _sub(para, "textEntryInteraction", responseIdentifier="RESPONSE",
                 expectedLength=length).tail = parts[1]
        else:
            para.text = prompt
            _sub(_sub(body, "p"), "textEntryInteraction", responseIdentifier="RESPONSE",
                 expectedLength=length)
    elif form == "order":
        inter = _sub(body, "orderInteraction", responseIdentifier="RESPONSE", shuffle="true")
        _sub(inter, "prompt", prompt)
        for i, label in enumerate(q.choices, start=1):
            _sub(inter, "simpleChoice", clean(label), identifier=f"C{i}")
    else:
        shuffle = "false" if form == "true_false" or kinds.get(q.type).ordered_choices else "true"
        inter = _sub(body, "choiceInteraction", responseIdentifier="RESPONSE", shuffle=shuffle,
                     maxChoices="1", minChoices="1")
        _sub(inter, "prompt", prompt)
        for i, text in enumerate(choices, start=1):
            _sub(inter, "simpleChoice", text, identifier=f"C{i}")


def question_to_item(lesson: Lesson, q: Question, ident: str) -> etree._Element:
    """One question as a QTI 2.1 assessmentItem (the question must have passed `problem`)."""
    item = etree.Element(_q("assessmentItem"), nsmap={None: QTI_NS, "xsi": XSI_NS})
    item.set(f"{{{XSI_NS}}}schemaLocation", f"{QTI_NS} {QTI_XSD}")
    item.set("identifier", ident)
    item.set("title", question_name(q, width=80))
    item.set("label", clean(q.id)[:256])
    item.set(f"{{{XML_NS}}}lang", "en")
    item.set("adaptive", "false")
    item.set("timeDependent", "false")
    item.set("toolName", TOOL_NAME)
    item.set("toolVersion", clean(lesson.generator) or "1")

    prompt = clean(q.prompt)
    form = kinds.answer_form(q.type)
    choices = _response_declaration(item, q, form)
    _outcomes(item)

    _item_body(item, q, form, prompt, choices)

    fb = feedback(lesson, q)
    _response_processing(item, "map_response" if form == "text" else "match_correct",
                         bool(fb))
    if fb:
        mf = _sub(item, "modalFeedback", outcomeIdentifier="FEEDBACK", identifier=FEEDBACK_ID,
                  showHide="show", title="Where the article says so")
        _sub(mf, "p", fb)
    return item


def _test(lesson: Lesson, items: list[tuple[str, str]]) -> etree._Element:
    test = etree.Element(_q("assessmentTest"), nsmap={None: QTI_NS, "xsi": XSI_NS})
    test.set(f"{{{XSI_NS}}}schemaLocation", f"{QTI_NS} {QTI_XSD}")
    test.set("identifier", "NEWSLINE_TEST")
    test.set("title", clean(lesson.title) or "Newsline quiz")
    test.set("toolName", TOOL_NAME)
    test.set("toolVersion", clean(lesson.generator) or "1")
    o = _sub(test, "outcomeDeclaration", identifier="SCORE", cardinality="single", baseType="float")
    _sub(_sub(o, "defaultValue"), "value", "0")
    part = _sub(test, "testPart", identifier="PART_1", navigationMode="nonlinear",
                submissionMode="simultaneous")
    section = _sub(part, "assessmentSection", identifier="SECTION_1",
                   title=clean(lesson.title) or "Questions", visible="true")
    for ident, href in items:
        _sub(section, "assessmentItemRef", identifier=ident, href=href)
    op = _sub(test, "outcomeProcessing")
    total = _sub(_sub(op, "setOutcomeValue", identifier="SCORE"), "sum")
    _sub(total, "testVariables", variableIdentifier="SCORE")
    return test


def interaction_type(q: Question) -> str:
    """The QTI interaction an item uses (named in the manifest for importers such as Canvas)."""
    form = kinds.answer_form(q.type)
    if form == "text":
        return "textEntryInteraction"
    if form == "order":
        return "orderInteraction"
    return "choiceInteraction"


# Canvas routes an item by the manifest's interactionType when it is given, and otherwise guesses
# from the item. Its guess cannot tell an orderInteraction (the item becomes an error question),
# while a labelled textEntryInteraction goes down a path that reads no answers at all: so choice
# and order items are labelled, text entry items are left to the guess (which reads them right).
LABELLED_INTERACTIONS = ("choiceInteraction", "orderInteraction")


def _manifest(items: list[tuple[str, str]], test_href: str,
              interactions: dict[str, str] | None = None) -> etree._Element:
    cp = lambda tag: f"{{{CP_NS}}}{tag}"  # noqa: E731
    man = etree.Element(cp("manifest"), nsmap={None: CP_NS, "xsi": XSI_NS})
    man.set("identifier", "NEWSLINE_MANIFEST")
    man.set(f"{{{XSI_NS}}}schemaLocation", f"{CP_NS} {CP_XSD}")
    meta = etree.SubElement(man, cp("metadata"))
    etree.SubElement(meta, cp("schema")).text = "QTIv2.1 Package"
    etree.SubElement(meta, cp("schemaversion")).text = "1.0.0"
    etree.SubElement(man, cp("organizations"))
    resources = etree.SubElement(man, cp("resources"))
    res = etree.SubElement(resources, cp("resource"), identifier="RES_TEST",
                           type="imsqti_test_xmlv2p1", href=test_href)
    etree.SubElement(res, cp("file"), href=test_href)
    for ident, _ in items:
        etree.SubElement(res, cp("dependency"), identifierref=f"RES_{ident}")
    for ident, href in items:
        res = etree.SubElement(resources, cp("resource"), identifier=f"RES_{ident}",
                               type="imsqti_item_xmlv2p1", href=href)
        kind = (interactions or {}).get(ident)
        if kind in LABELLED_INTERACTIONS:
            qti_meta = etree.SubElement(etree.SubElement(res, cp("metadata")), _q("qtiMetadata"),
                                        nsmap={"imsqti": QTI_NS})
            etree.SubElement(qti_meta, _q("interactionType")).text = kind
        etree.SubElement(res, cp("file"), href=href)
    return man


def _xml(el: etree._Element) -> bytes:
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(el, encoding="UTF-8",
                                                                      pretty_print=True)


def _comment(text: str) -> str:
    return clean(text).replace("--", "\u2013")


def to_qti_package(lesson: Lesson, questions: list[Question]) -> tuple[bytes, list[Skipped]]:
    """The questions as a QTI 2.1 zip (bytes), and those left out with the reason."""
    taken = {"NEWSLINE_TEST", "PART_1", "SECTION_1"}
    files: list[tuple[str, bytes]] = []
    items: list[tuple[str, str]] = []
    interactions: dict[str, str] = {}
    skipped: list[Skipped] = []
    for q in questions:
        reason = problem(q)
        if reason:
            skipped.append((q.id, reason))
            continue
        ident = identifier(q.id, taken)
        href = f"items/{ident}.xml"
        files.append((href, _xml(question_to_item(lesson, q, ident))))
        items.append((ident, href))
        interactions[ident] = interaction_type(q)
    test_href = "assessment_test.xml"
    files.append((test_href, _xml(_test(lesson, items))))
    manifest = _manifest(items, test_href, interactions)
    for qid, reason in skipped:
        # A teacher opening the package can see what is missing and why.
        manifest.append(etree.Comment(f" Left out {_comment(qid)}: {_comment(reason)} "))
    files.insert(0, ("imsmanifest.xml", _xml(manifest)))

    # Fixed timestamps (the publication date when there is one) keep the zip byte-identical
    # from one run to the next.
    stamp = (1980, 1, 1, 0, 0, 0)
    if lesson.published and lesson.published.year >= 1980:
        stamp = (lesson.published.year, lesson.published.month, lesson.published.day, 0, 0, 0)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    return buf.getvalue(), skipped
