"""Results downloads a spreadsheet reads right: numbers as numbers, nothing that turns into a date,
read back with Python's csv module and with openpyxl (a spreadsheet library not written here)."""
from __future__ import annotations

import csv
import datetime as dt
import io
import re

import openpyxl
import pytest
from conftest import RIGHT_ANSWERS
from teacher_helpers import join, sign_up
from test_teacher_classes import WRONG, assigned, take_assignment  # noqa: F401  (fixture and helpers)

# What spreadsheets turn into dates when they open a CSV: 4/9, 9-4, 2024-05-08 stays a date on purpose.
DATE_LIKE = re.compile(r"^\d{1,2}[/-]\d{1,2}([/-]\d{2,4})?$")


@pytest.fixture
def teacher(client):
    sign_up(client, "ana@school.example", name="Ana")
    return "ana@school.example"


@pytest.fixture
def answered(app, assigned):
    """Two students finished (4 of 6 and 6 of 6), one has not."""
    for name, answers in (("Ana", dict(RIGHT_ANSWERS, q1=WRONG["q1"], q2=WRONG["q2"])), ("Ben", RIGHT_ANSWERS)):
        student = app.test_client()
        join(student, assigned["code"], name)
        take_assignment(student, assigned, answers)
    join(app.test_client(), assigned["code"], "Cai")
    return assigned


def read_csv(client, url: str) -> list[dict[str, str]]:
    r = client.get(url)
    assert r.status_code == 200 and r.mimetype == "text/csv" and "attachment" in r.headers["Content-Disposition"]
    return list(csv.DictReader(io.StringIO(r.get_data(as_text=True))))


def test_grades_csv_has_numeric_score_max_and_percent(client, answered):
    rows = read_csv(client, f"/teach/assignments/{answered['assignment_id']}/grades.csv")
    by_name = {row["learner"]: row for row in rows}
    assert (int(by_name["Ana"]["score"]), int(by_name["Ana"]["max"]), float(by_name["Ana"]["percent"])) == (4, 6, 66.7)
    assert (int(by_name["Ben"]["score"]), int(by_name["Ben"]["max"]), float(by_name["Ben"]["percent"])) == (6, 6, 100.0)
    assert by_name["Cai"]["score"] == "" and by_name["Cai"]["finished"] == "no"
    submitted = dt.datetime.strptime(by_name["Ana"]["first_submitted_utc"], "%Y-%m-%d %H:%M:%S")
    assert abs(dt.datetime.now(dt.timezone.utc).replace(tzinfo=None) - submitted) < dt.timedelta(minutes=5)
    for row in rows:
        assert not any(DATE_LIKE.match(v) for v in row.values()), row


def test_responses_csv_has_one_row_per_student_and_question(client, answered):
    rows = read_csv(client, f"/teach/assignments/{answered['assignment_id']}/responses.csv")
    assert len(rows) == 12                                   # 2 finished students x 6 questions
    ana = [r for r in rows if r["learner"] == "Ana"]
    assert [int(r["question_number"]) for r in ana] == [1, 2, 3, 4, 5, 6]
    assert [int(r["mark"]) for r in ana] == [0, 0, 1, 1, 1, 1]
    assert ana[0]["answer"] == WRONG["q1"] and ana[0]["right_answer"] == "Ana Ruiz"
    order = next(r for r in ana if r["question_type"] == "order_events")
    assert order["right_answer"] == " → ".join(RIGHT_ANSWERS["q6"])


def test_item_statistics_csv(client, answered):
    rows = read_csv(client, f"/teach/assignments/{answered['assignment_id']}/items.csv")
    assert [int(r["number"]) for r in rows] == [1, 2, 3, 4, 5, 6]
    assert [float(r["facility"]) for r in rows] == [0.5, 0.5, 1.0, 1.0, 1.0, 1.0]
    assert all(int(r["answers"]) == 2 for r in rows)
    assert all(r["flags"] == "too few answers to judge (2 of the 5 needed)" for r in rows)


def test_results_workbook_has_typed_cells(client, answered):
    r = client.get(f"/teach/assignments/{answered['assignment_id']}/results.xlsx")
    assert r.status_code == 200 and r.mimetype.endswith("spreadsheetml.sheet")
    book = openpyxl.load_workbook(io.BytesIO(r.data))
    assert book.sheetnames == ["Grades", "Responses", "Questions"]
    grades = list(book["Grades"].iter_rows(values_only=True))
    header, data = grades[0], {row[0]: dict(zip(grades[0], row)) for row in grades[1:]}
    assert header[:5] == ("learner", "finished", "score", "max", "percent")
    assert (data["Ana"]["score"], data["Ana"]["max"], data["Ana"]["percent"]) == (4, 6, 66.7)
    assert isinstance(data["Ana"]["first_submitted_utc"], dt.datetime)
    assert data["Cai"]["score"] is None
    for cell in book["Grades"]["C"][1:3] + book["Grades"]["E"][1:3]:
        assert cell.data_type == "n", cell.coordinate
    assert book["Responses"].max_row == 13
    facility = [row[4] for row in book["Questions"].iter_rows(min_row=2, values_only=True)]
    assert facility == [0.5, 0.5, 1.0, 1.0, 1.0, 1.0]


def test_formula_like_names_are_neutralised_in_both(app, client, assigned):
    student = app.test_client()
    join(student, assigned["code"], "=1+2")
    take_assignment(student, assigned, RIGHT_ANSWERS)
    rows = read_csv(client, f"/teach/assignments/{assigned['assignment_id']}/grades.csv")
    assert rows[0]["learner"] == "'=1+2"
    book = openpyxl.load_workbook(io.BytesIO(client.get(
        f"/teach/assignments/{assigned['assignment_id']}/results.xlsx").data))
    assert book["Grades"]["A2"].value == "'=1+2" and book["Grades"]["A2"].data_type == "s"
