"""The ranker's training rows: verdicts joined to the engine's questions, article files found by folder."""
from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.append(str(BENCH))          # last, so bench/queue.py does not hide the standard library's
folders_mod = importlib.import_module("article_folders")
joiner = importlib.import_module("judged_quiz_to_training")


def _q(qid: str, prompt: str, answer: str) -> SimpleNamespace:
    return SimpleNamespace(id=qid, prompt=prompt, answer=answer)


# a lesson whose quiz moved: the judged statement is now second, and the bank has a twin of it
LESSON = SimpleNamespace(
    questions=[_q("a", "The mayor opened the bridge on Monday.", "True"),
               _q("b", "The council met in the old library.", "True"),
               _q("c", "The council met in the old library.", "False"),
               _q("d", "Who opened the bridge?", "the mayor")],
    quiz=["a", "b"])


@pytest.mark.parametrize("verdict, expected", [
    ({"n": 2, "prompt": "The council met in the old library.", "answer": "True"}, "b"),
    # the quiz place changed: the bank's question with the judged prompt and answer
    ({"n": 1, "prompt": "The council met in the old library.", "answer": "True"}, "b"),
    ({"n": 1, "prompt": "The council met in the “old” library.", "answer": "False"}, "c"),
    ({"n": 2, "prompt": "Who opened the bridge?", "answer": "The Mayor"}, "d"),
    # the engine no longer makes it, or makes it with another key
    ({"n": 1, "prompt": "The bridge closed on Tuesday.", "answer": "True"}, None),
    ({"n": 3, "prompt": "Who opened the bridge?", "answer": "the council"}, None),
])
def test_judged_question_found_by_prompt(verdict, expected):
    hit = joiner.judged_question(verdict, LESSON)
    assert (hit[1].id if hit else None) == expected


@pytest.mark.parametrize("verdict, expected", [
    # a whole-bank verdict names its id; its answer may carry the accepted variants the listing showed
    ({"n": 4, "id": "d", "prompt": "Who opened the bridge?", "answer": "the mayor (also accepted: mayor)"}, "d"),
    ({"n": 3, "id": "c", "prompt": "The council met in the old library.", "answer": "False"}, "c"),
    # an id now naming another question falls back on the prompt and answer
    ({"n": 4, "id": "a", "prompt": "Who opened the bridge?", "answer": "the mayor"}, "d"),
    ({"n": 4, "id": "a", "prompt": "Who opened the bridge?", "answer": "the mayor (also accepted: mayor)"}, None),
])
def test_whole_bank_verdict_found_by_id(verdict, expected):
    hit = joiner.judged_question(verdict, LESSON)
    assert (hit[1].id if hit else None) == expected


trainer = importlib.import_module("train_ranker")


@pytest.mark.parametrize("row, pair", [
    ({"whole_bank": True, "rule": 9, "reason": "Same fact as the true/false above."}, True),
    ({"whole_bank": True, "rule": 7, "reason": "Q3's stem prints the answer."}, True),
    ({"whole_bank": True, "rule": 7, "reason": "The answer is given in another stem."}, True),
    # a giveaway inside its own stem is the question's own fault
    ({"whole_bank": True, "rule": 7, "reason": "'aboard the' cues the answer."}, False),
    ({"whole_bank": True, "rule": 6, "reason": "A spokesperson's name, like Q2."}, False),
    # a default-quiz verdict: the quiz's repeat is the engine's choice, kept as a fault
    ({"rule": 9, "reason": "Same fact as Q2."}, False),
])
def test_whole_bank_repeats_are_left_out_of_training(row, pair):
    assert trainer._judged_as_pair(row) is pair


TML = ('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1999-03-04">March 4</TIMEX3></DCT>'
       '<TITLE>Ferry service resumes</TITLE><TEXT>\nThe ferry sailed again on '
       '<TIMEX3 tid="t1">Thursday</TIMEX3>.\n\nPassengers cheered.\n</TEXT></TimeML>')


@pytest.mark.parametrize("folder, article, found", [
    ("te3", "XYZ19990304.0001", "Published: 1999-03-04"),
    ("te3", "XYZ19990304.0002", None),                       # no such document
    ("stored-articles", "short_story", "A short story."),
    ("set10", "cnn_001", None),                              # the publishers' texts are not here
    ("set12", "cnn1", None),
    ("set11", "dw_com_colonial", "A web page."),             # rebuilt into ../set11
    ("nowhere", "short_story", None),
])
def test_folders_find_or_make_article_files(tmp_path, monkeypatch, folder, article, found):
    shared, root = tmp_path / "shared", tmp_path / "root"
    (shared / "te3" / "AQUAINT").mkdir(parents=True)
    (shared / "te3" / "AQUAINT" / "XYZ19990304.0001.tml").write_text(TML, encoding="utf-8")
    (root / "bench" / "judgments" / "stored-articles").mkdir(parents=True)
    (root / "bench" / "judgments" / "stored-articles" / "short_story.txt").write_text("A short story.\n")
    monkeypatch.setattr(folders_mod, "SHARED", shared)
    monkeypatch.setattr(folders_mod, "ROOT", root)
    (tmp_path / "set11").mkdir()
    (tmp_path / "set11" / "dw_com_colonial.txt").write_text("A web page.\n")
    monkeypatch.setattr(folders_mod, "WEB_PARENTS", (tmp_path,))
    path = folders_mod.Folders(shared / "realnews").path(folder, article)
    if found is None:
        assert path is None
    else:
        assert found in path.read_text(encoding="utf-8")


def test_a_feature_set_on_too_few_questions_is_left_out_of_the_model():
    """A weight learned from one or two rows would move every question the feature fires on by several
    log-odds: below MIN_ROWS set rows the model does not read the feature."""
    rare = [{"common": float(i % 2), "rare": float(i == 0), "most": float(i > 10)} for i in range(40)]
    A, names = trainer.matrix([{**x, trainer.RULE_SCORE: 0.5} for x in rare])
    assert names == ["common", "most"]
    assert A.shape == (40, 2)
    assert trainer.rows_set(A[:, 1]) == 11      # the ones not set are the rows that differ
