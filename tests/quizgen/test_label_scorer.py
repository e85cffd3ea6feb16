"""The learned label scorer: a complete clause outscores a cut-off fragment; the engine uses it only to break
ties between two tellings of one happening and to drop labels below its low bound; the trainer runs."""
from __future__ import annotations

import datetime as dt
import importlib
import json
import sys
from pathlib import Path

import pytest

from quizgen import events
from quizgen.label_scorer import drop_threshold, label_features, label_quality
from quizgen.model import TimeExpression

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.append(str(BENCH))          # last, so bench/queue.py does not hide the standard library's


@pytest.mark.parametrize("good, bad", [
    ("Firefighters rescued two children from the burning house", "The company launched a series"),
    ("Carla Diaz won the regional election", "Its last voyage sails"),
    ("Rivera signed the contract with Boca Juniors", "Rivera signed him"),
    ("The museum opened a new wing", "The museum's new wing was"),
    ("Carla Diaz won the regional election", "4,100 were missing"),
    ("Carla Diaz won the regional election", "The minister said"),
])
def test_clause_scores_above_fragment(good, bad):
    assert label_quality(good) > label_quality(bad)


@pytest.mark.parametrize("label, feature", [
    ("The team took part", "ends_light_noun"),
    ("The minister said", "root_saying_bare"),
    ("The company closed its plant", "subject_bare_definite"),
    ("The coach praised him warmly", "inner_pronoun"),
    ("She resigned", "first_pronoun"),
    ("The rally in the square", "verbless"),
    ("4,100 were missing", "subject_number"),
    ("The talks will resume", "future"),
    ("Prices rose for three years", "ends_time_noun"),
    ("The board voted on", "ends_cut_word"),
])
def test_label_feature(label, feature):
    assert label_features(label)[feature] == 1.0


def test_named_subject_is_no_bare_definite():
    assert label_features("The Danish company closed its plant")["subject_bare_definite"] == 0.0


def _candidate(label: str, sentence_id: int = 0) -> events._Candidate:
    time = TimeExpression("Monday", sentence_id, 0, 6, dt.date(2020, 3, 2), "day", "weekday")
    return events._Candidate(time, sentence_id, None, None, label, frozenset())


@pytest.mark.parametrize("first, second", [
    ("The company launched a series", "Firefighters rescued two children from the burning house"),
    ("Firefighters rescued two children from the burning house", "The company launched a series"),
])
def test_equal_tellings_keep_the_better_worded(first, second):
    kept = events._kept(_candidate(first, 0), _candidate(second, 1))
    assert kept.label == "Firefighters rescued two children from the burning house"


@pytest.mark.parametrize("label", ["She said the hospital was rebuilt", "He died", "They closed the road"])
def test_a_pronoun_clause_keeps_its_happening(label):
    # judges fault the pronoun, but the dated happening is real: no drop
    assert [c.label for c in events._well_worded([_candidate(label)])] == [label]


def test_only_a_very_low_label_is_dropped():
    kept = events._well_worded([_candidate("She told him"), _candidate("Carla Diaz won the regional election"),
                                _candidate("The company launched a series")])
    assert label_quality("She told him") < drop_threshold() < label_quality("The company launched a series")
    assert [c.label for c in kept] == ["Carla Diaz won the regional election", "The company launched a series"]


GOOD = ["Carla Diaz won the regional election", "Firefighters rescued two children from the burning house",
        "The council approved the budget", "Rivera signed the contract with the club"]
BAD = ["The company launched a series", "Rivera signed him", "The museum's new wing was", "The minister said"]


def _write(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_training_runs_on_a_tiny_fixture(tmp_path):
    trainer = importlib.import_module("train_labels")
    judged = tmp_path / "judgments"
    for k in range(6):       # six articles, each with two good and two bad labels
        rows = [{"article": f"a{k}", "label": t, "label_good": t in GOOD} for t in (GOOD[k % 4], GOOD[(k + 1) % 4],
                                                                                     BAD[k % 4], BAD[(k + 1) % 4])]
        _write(judged / ("unseen" if k % 2 else f"realnews-x{k}") /
               (f"timeline-set2{k}-before.jsonl" if k % 2 else "timeline.jsonl"), rows)
    # held out, and a row without a label's text (sets 1-3): never read
    _write(judged / "unseen" / "timeline-set13-before.jsonl", [{"article": "h", "label": "X won", "label_good": True}])
    _write(judged / "realnews-short-x" / "timeline.jsonl", [{"article": "s", "label": "Y won", "label_good": True}])
    _write(judged / "unseen" / "timeline-set1-before.jsonl", [{"article": "o", "n": 1, "label_ok": "N"}])
    assert len(trainer.load_labels(judged)) == 24
    out = tmp_path / "model.json"
    assert trainer.main(["--judgments", str(judged), "--out", str(out)]) == 0
    model = json.loads(out.read_text(encoding="utf-8"))
    assert set(model) >= {"features", "mean", "scale", "weights", "bias", "drop_below"}
    assert label_quality("Carla Diaz won the regional election", path=out) > label_quality("Rivera signed him", path=out)
