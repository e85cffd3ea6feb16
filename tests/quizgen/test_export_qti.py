"""QTI 2.1 package export: zip layout, XSD validation (QTI 2.1.2 / IMS CP subsets), answers."""
from __future__ import annotations

import dataclasses
import io
import re
import zipfile
from pathlib import Path

import pytest
import xmlschema
from lxml import etree

from quizgen.export import export_with_report

try:
    from .test_export_formats import NAMES, TRICKY, broken_questions, sample_lesson, sample_questions
except ImportError:
    from test_export_formats import NAMES, TRICKY, broken_questions, sample_lesson, sample_questions

DATA = Path(__file__).parents[1] / "data" / "qti"
QTI = "http://www.imsglobal.org/xsd/imsqti_v2p1"
CP = "http://www.imsglobal.org/xsd/imscp_v1p1"
NS = {"q": QTI, "cp": CP}
NCNAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")
QUESTIONS = {q.id: q for q in sample_questions()}


@pytest.fixture(scope="module")
def qti_schema():
    return xmlschema.XMLSchema(str(DATA / "imsqti_v2p1p2_subset.xsd"))


@pytest.fixture(scope="module")
def package(qti_package):
    """The package of sample_lesson() (built by the conftest's qti_package)."""
    return qti_package


@pytest.fixture(scope="module")
def items(package):
    """Each item's label (the Newsline question id) -> its parsed assessmentItem."""
    out = {}
    for name in package.namelist():
        if name.startswith("items/"):
            root = etree.fromstring(package.read(name))
            out[root.get("label")] = root
    return out


def choice_texts(item) -> dict[str, str]:
    return {c.get("identifier"): "".join(c.itertext()) for c in item.iterfind(".//q:simpleChoice", NS)}


def correct_values(item) -> list[str]:
    return [v.text for v in item.iterfind("q:responseDeclaration/q:correctResponse/q:value", NS)]


def test_manifest_is_valid_and_lists_every_file(package):
    """imsmanifest.xml validates (IMS CP subset) and every resource's file is in the zip."""
    manifest = package.read("imsmanifest.xml")
    xmlschema.XMLSchema(str(DATA / "imscp_v1p1_subset.xsd")).validate(manifest)
    root = etree.fromstring(manifest)
    assert root.tag == f"{{{CP}}}manifest"
    assert root.findtext("cp:metadata/cp:schema", namespaces=NS) == "QTIv2.1 Package"
    hrefs = [f.get("href") for f in root.iterfind(".//cp:file", NS)]
    assert sorted(hrefs) == sorted(package.namelist()[1:])
    types = [r.get("type") for r in root.iterfind(".//cp:resource", NS)]
    assert types.count("imsqti_test_xmlv2p1") == 1
    assert types.count("imsqti_item_xmlv2p1") == len(sample_questions())
    ids = {r.get("identifier") for r in root.iterfind(".//cp:resource", NS)}
    deps = [d.get("identifierref") for d in root.iterfind(".//cp:dependency", NS)]
    assert set(deps) <= ids and len(deps) == len(sample_questions())


def test_every_file_is_valid_qti(package, qti_schema):
    """Every item and the assessmentTest validate against the QTI 2.1.2 schema subset."""
    for name in package.namelist()[1:]:
        data = package.read(name)
        assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
        qti_schema.validate(data)


def test_schema_rejects_a_broken_item(package, qti_schema):
    """The schema subset catches a missing required attribute and an unknown element."""
    data = package.read("items/mc-1.xml")
    assert not qti_schema.is_valid(data.replace(b' timeDependent="false"', b""))
    assert not qti_schema.is_valid(data.replace(b"<itemBody>", b"<itemBody><bogus/>"))


def test_identifiers_are_ncnames_and_unique(package, items):
    """Item identifiers are XML NCNames, distinct, and the test refers to each of them."""
    idents = [item.get("identifier") for item in items.values()]
    assert all(NCNAME.match(i) for i in idents) and len(set(idents)) == len(idents)
    test = etree.fromstring(package.read("assessment_test.xml"))
    refs = {r.get("identifier"): r.get("href") for r in test.iterfind(".//q:assessmentItemRef", NS)}
    assert set(refs) == set(idents)
    assert all(href in package.namelist() for href in refs.values())


def test_each_kind_uses_the_right_interaction(items):
    """Choice kinds use choiceInteraction, ordering orderInteraction, the blank textEntry."""
    expect = {"multiple_choice": "choiceInteraction", "who_said": "choiceInteraction",
              "when": "choiceInteraction", "true_false": "choiceInteraction",
              "order_events": "orderInteraction", "fill_blank": "textEntryInteraction"}
    for qid, item in items.items():
        interactions = [el.tag.split("}")[1] for el in item.iter(f"{{{QTI}}}*")
                        if el.tag.endswith("Interaction")]
        assert interactions == [expect[QUESTIONS[qid].type]], qid
        assert item.find("q:responseDeclaration", NS).get("identifier") == "RESPONSE"


@pytest.mark.parametrize("qid", ["mc-1", "mc-tricky", "ws-1", "when-1", "tf-1", "tf-2"])
def test_single_choice_answers_round_trip(items, qid):
    """Prompt, options and the correct option read back exactly (tricky characters included)."""
    q, item = QUESTIONS[qid], items[qid]
    assert item.findtext(".//q:prompt", namespaces=NS) == q.prompt
    texts = choice_texts(item)
    assert list(texts.values()) == list(q.choices)
    decl = item.find("q:responseDeclaration", NS)
    assert (decl.get("cardinality"), decl.get("baseType")) == ("single", "identifier")
    assert [texts[v] for v in correct_values(item)] == [q.answer]


def test_order_answer_round_trips(items):
    """The ordered correct response lists the events earliest first."""
    q, item = QUESTIONS["ord-1"], items["ord-1"]
    decl = item.find("q:responseDeclaration", NS)
    assert decl.get("cardinality") == "ordered"
    texts = choice_texts(item)
    assert tuple(texts[v] for v in correct_values(item)) == q.answer
    assert item.find(".//q:orderInteraction", NS).get("shuffle") == "true"


def test_fill_blank_maps_every_accepted_answer(items):
    """The blank sits in the sentence; all accepted answers score 1, case-insensitively."""
    item = items["fb-tricky"]
    para = item.find("q:itemBody/q:p", NS)
    assert para.text == "The note ends with the word "
    assert para.find("q:textEntryInteraction", NS).tail == " after #, = and ~."
    assert correct_values(item) == ["AT&T 100% *star* {x}", "a=b~c#d:e"]   # every accepted answer
    entries = [(e.get("mapKey"), e.get("mappedValue"), e.get("caseSensitive"))
               for e in item.iterfind(".//q:mapEntry", NS)]
    assert entries == [("AT&T 100% *star* {x}", "1", "false"), ("a=b~c#d:e", "1", "false")]
    assert [e.get("mapKey") for e in items["fb-1"].iterfind(".//q:mapEntry", NS)] == [
        "Feb. 24", "February 24", "24 February"]


def test_feedback_shows_the_evidence_after_any_answer(items):
    """modalFeedback quotes the evidence sentence and response processing always shows it."""
    for qid, item in items.items():
        rp = item.find("q:responseProcessing", NS)
        assert rp.get("template").startswith("http://www.imsglobal.org/question/qti_v2p1/rptemplates/")
        shown = rp.find("q:setOutcomeValue[@identifier='FEEDBACK']/q:baseValue", NS).text
        feedback = item.find("q:modalFeedback", NS)
        assert feedback.get("identifier") == shown and feedback.get("showHide") == "show"
    text = "".join(items["mc-tricky"].find("q:modalFeedback", NS).itertext()).strip()
    assert text.endswith(f"{TRICKY}\u201d")
    assert NAMES[0] in "".join(items["ws-1"].find("q:modalFeedback", NS).itertext())


def test_package_is_byte_identical_between_runs():
    """Fixed zip timestamps: the same lesson always gives the same bytes."""
    first = export_with_report(sample_lesson(), "qti")[0]
    assert first == export_with_report(sample_lesson(), "qti")[0]
    stamps = {i.date_time for i in zipfile.ZipFile(io.BytesIO(first)).infolist()}
    assert stamps == {(2022, 6, 16, 0, 0, 0)}


def test_left_out_questions_are_reported():
    """Unexportable questions are not packaged, and come back with their reason."""
    data, skipped = export_with_report(sample_lesson(sample_questions() + broken_questions()), "qti")
    assert [qid for qid, _ in skipped] == ["bad-type", "bad-mc", "bad-order"]
    package = zipfile.ZipFile(io.BytesIO(data))
    assert len([n for n in package.namelist() if n.startswith("items/")]) == len(sample_questions())
    comments = [c.text for c in etree.fromstring(package.read("imsmanifest.xml")).iter(etree.Comment)]
    assert all(any(f"Left out {qid}" in c for c in comments) for qid, _ in skipped)


def test_odd_question_ids_become_valid_unique_identifiers(qti_schema):
    """Ids with spaces, digits first or repeats still give valid, distinct item identifiers."""
    base = QUESTIONS["mc-1"]
    odd = tuple(dataclasses.replace(base, id=i) for i in ("1 two", "1 two", "Zoë:ß"))
    data, _ = export_with_report(sample_lesson(odd), "qti")
    package = zipfile.ZipFile(io.BytesIO(data))
    idents = []
    for name in package.namelist():
        if name.startswith("items/"):
            qti_schema.validate(package.read(name))
            idents.append(etree.fromstring(package.read(name)).get("identifier"))
    assert len(set(idents)) == 3 and all(NCNAME.match(i) for i in idents)
