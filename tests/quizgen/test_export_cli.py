"""`python -m quizgen build ARTICLE --format gift|moodle|qti|timelinejs`: output that parses."""
from __future__ import annotations

import io
import json
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path

import pytest
from lxml import etree

with warnings.catch_warnings():
    # pygiftparser calls locale.getdefaultlocale() at import, deprecated since Python 3.11.
    warnings.simplefilter("ignore", DeprecationWarning)
    from pygiftparser import parser as giftparser

pytestmark = pytest.mark.slow

ROOT = Path(__file__).parents[2]
ARTICLE = """Title: Leaders talk trade & <security>
Source: Example Wire
Published: 2022-06-16

Zoë Łukasz-Ødegård, the trade minister, met Xi Jinping in Beijing on Wednesday.
Russia invaded Ukraine on Feb. 24, officials said. "We will talk again," said Vladimir Putin.
Trade between the two countries rose in 2021, according to the ministry.
"""


def run(article: Path, fmt: str, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quizgen", "build", str(article), "--format", fmt,
                           *extra], cwd=ROOT, capture_output=True, timeout=300, check=True)


@pytest.fixture(scope="module")
def article(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def lesson(article) -> dict:
    return json.loads(run(article, "json").stdout)


def test_gift_output_parses(article, lesson):
    """Every question of the bank comes out as a valid GIFT question."""
    text = run(article, "gift").stdout.decode("utf-8")
    assert text.startswith("// Newsline quiz: Leaders talk trade & <security>")
    parsed = giftparser.parseFile(io.StringIO(text))
    assert all(q.valid for q in parsed)
    assert len(parsed) == len(lesson["questions"])


def test_moodle_output_parses(article, lesson):
    """Moodle XML is well-formed UTF-8 with one <question> per question."""
    root = etree.fromstring(run(article, "moodle").stdout)
    assert root.tag == "quiz"
    assert len(root.findall("question")) == len(lesson["questions"])


def test_qti_output_is_a_package(article, lesson, tmp_path):
    """--format qti -o FILE writes a zip whose manifest lists one item per question."""
    out = tmp_path / "quiz.zip"
    run(article, "qti", "-o", str(out))
    package = zipfile.ZipFile(io.BytesIO(out.read_bytes()))
    manifest = etree.fromstring(package.read("imsmanifest.xml"))
    items = [r for r in manifest.iter("{http://www.imsglobal.org/xsd/imscp_v1p1}resource")
             if r.get("type") == "imsqti_item_xmlv2p1"]
    assert len(items) == len(lesson["questions"])
    assert "assessment_test.xml" in package.namelist()


def test_timelinejs_output_has_every_event(article, lesson):
    """The TimelineJS document has one slide per event, at the event's date."""
    doc = json.loads(run(article, "timelinejs").stdout)
    assert lesson["events"], "the article has dated events"
    starts = [e["start_date"] for e in doc["events"]]
    expected = []
    for e in lesson["events"]:
        y, m, d = (int(x) for x in e["date"].split("-"))
        expected.append({"year": y, **({"month": m} if e["precision"] != "year" else {}),
                         **({"day": d} if e["precision"] == "day" else {})})
    # Events of the same day may come in either order.
    assert sorted(starts, key=json.dumps) == sorted(expected, key=json.dumps)
    assert {"year": 2022, "month": 2, "day": 24} in starts
