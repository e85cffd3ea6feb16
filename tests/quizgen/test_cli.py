"""The command line: lesson JSON out, clear errors (never a traceback) on bad input."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "xi-putin-call-2022.txt"


def run(*args, stdin: bytes | None = None):
    return subprocess.run([sys.executable, "-m", "quizgen", "build", *map(str, args)], cwd=ROOT,
                          capture_output=True, input=stdin, timeout=120)


def test_json_lesson_for_seed():
    """`build --format json` prints the lesson JSON; the header's date is used by default."""
    out = run(SEED, "--format", "json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["published"] == "2022-06-16"
    assert {e["date"] for e in data["events"]} >= {"2022-02-24", "2022-06-15"}
    for key in ("title", "sentences", "events", "questions", "unresolved"):
        assert key in data


def test_published_flag_overrides_header():
    out = run(SEED, "--published", "2022-06-23")
    dates = {e["date"] for e in json.loads(out.stdout)["events"]}
    assert "2022-06-22" in dates and "2022-06-15" not in dates


def test_unresolved_listed_without_publication_date(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("The ministers spoke on Wednesday. The treaty dates from 1961.", encoding="utf-8")
    data = json.loads(run(f).stdout)
    assert [e["date"] for e in data["events"]] == ["1961-01-01"]
    assert data["unresolved"] == [{"text": "Wednesday", "sentence_id": 0,
                                   "reason": "needs the publication date"}]


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"caf\xe9 au lait", "UTF-8"),
    (b"x" * 2_000_000, "too long"),
    (b"!!! ??? ...", "No sentences"),
])
def test_bad_input_is_a_message_not_a_traceback(tmp_path, content, message):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    out = run(f, "--published", "2022-06-16")
    err = out.stderr.decode()
    assert out.returncode == 2 and message in err and "Traceback" not in err


def test_bad_published_value():
    out = run(SEED, "--published", "16 June")
    assert out.returncode == 2 and "YYYY-MM-DD" in out.stderr.decode()
    assert "Traceback" not in out.stderr.decode()


def test_missing_file():
    out = run(ROOT / "no-such-article.txt")
    assert out.returncode == 2 and "No such file" in out.stderr.decode()


def test_article_without_dates_gives_message(tmp_path):
    f = tmp_path / "plain.txt"
    f.write_text("The cat sat on the mat. It was warm.", encoding="utf-8")
    out = run(f, "--published", "2020-01-01")
    assert out.returncode == 0
    assert json.loads(out.stdout)["events"] == []
    assert "No dated events" in out.stderr.decode()


def test_reads_standard_input():
    out = run("-", "--published", "2022-06-16", stdin=b"The two leaders spoke on the phone Wednesday.")
    assert json.loads(out.stdout)["events"][0]["date"] == "2022-06-15"
