"""Score the engine's default quizzes by whole-bank teacher verdicts: any quiz it picks is judged already.

    .venv/bin/python bench/judged_quiz_score.py [--refit] [--per-article]

Whole-bank judgments (rows with `whole_bank`, bench/judgments/README.md) give a verdict on every question
the engine made for an article, so the quiz the engine picks now can be scored without new judges, as long
as it picks questions of that bank: a question it makes differently is counted `unknown`, and one judged
only as the repeat of another question of the listing (train_ranker._judged_as_pair) is counted `pair`.
`--refit` also scores the quizzes picked with logistic models refitted on five folds of whole articles
(each article's quiz picked by a model that never saw it): the old rows only, and all rows.
These articles are the developers' measure once read: report unseen articles' judgments apart.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
# bench/queue.py must not shadow the standard library's queue module when a script here runs
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.append(str(Path(__file__).resolve().parent))     # last, after the standard library

import quizgen  # noqa: E402
import quizgen.ranker as ranker  # noqa: E402
from article_folders import Folders  # noqa: E402
from train_ranker import _judged_as_pair  # noqa: E402

JUDGMENTS = ROOT / "bench" / "judgments"


def bank_verdicts(folder: Path = JUDGMENTS) -> dict[tuple[str, str], dict[str, str]]:
    """(folder, article) -> question id -> keep / edit / reject / pair, of the whole-bank rows."""
    out: dict[tuple[str, str], dict[str, str]] = {}
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            r = json.loads(line) if line.strip() else {}
            if r.get("whole_bank"):
                key = (r.get("folder") or "realnews", r["article"])
                out.setdefault(key, {})[r["question_id"]] = "pair" if _judged_as_pair(r) else r["verdict"]
    return out


def body_words(text: str) -> int:
    return len(text.split("\n\n", 1)[-1].split())


def quiz_verdicts(text: str, verdicts: dict[str, str], model=None) -> list[str]:
    """The verdict of each question of the default quiz the engine picks for `text` (with `model` as ranker)."""
    shipped = ranker.load_model
    if model is not None:
        ranker.load_model = lambda *a, **k: model
    try:
        quiz = quizgen.build_lesson(text).quiz
    finally:
        ranker.load_model = shipped
    return [verdicts.get(qid, "unknown") for qid in quiz]


def summary(label: str, results: list[tuple[str, int, list[str]]]) -> str:
    c = Counter(v for _, _, vs in results for v in vs)
    known = max(1, c["keep"] + c["edit"] + c["reject"])
    big = [vs for _, words, vs in results if words >= 300]
    return (f"{label:28} articles {len(results):3}  quiz q {sum(c.values()):4}  keep {c['keep'] / known:.3f}  "
            f"edit {c['edit'] / known:.3f}  reject {c['reject'] / known:.3f}  pair {c['pair']:2}  "
            f"unknown {c['unknown']:2}  300+ words with 6+ q {sum(len(v) >= 6 for v in big)}/{len(big)}")


def refitted_models(folders: Folders) -> tuple[dict[str, int], dict[str, list]]:
    """Article -> fold, and per recipe ('old rows', 'all rows') the model of each fold."""
    import numpy as np  # noqa: PLC0415 (training-time only)
    from sklearn.model_selection import GroupKFold  # noqa: PLC0415
    import train_ranker as T  # noqa: PLC0415
    rows = T.load_judgments(JUDGMENTS)
    held = {r["article"] for r in rows if r.get("judge") == "D"}
    X, y, groups, used, _ = T.examples([r for r in rows if r["article"] not in held], folders)
    A, names = T.matrix(X)
    y = np.array(y)
    whole = np.array([bool(r.get("whole_bank")) for r in used])

    def fit(train) -> ranker.RankerModel:
        mean, scale, m = T.fit(A[train], y[train], 0.03)
        return ranker.RankerModel(tuple(names), tuple(mean), tuple(scale), tuple(m.coef_[0]),
                                  float(m.intercept_[0]), 0.9)
    fold_of, models = {}, {"old rows": [], "all rows": []}
    for k, (train, test) in enumerate(GroupKFold(n_splits=5).split(A, y, groups)):
        fold_of.update({groups[i]: k for i in test})
        models["old rows"].append(fit(train[~whole[train]]))
        models["all rows"].append(fit(train))
    return fold_of, models


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--refit", action="store_true", help="also score quizzes picked by refitted rankers")
    ap.add_argument("--per-article", action="store_true", help="print each article's quiz verdicts")
    args = ap.parse_args()
    folders = Folders()
    verdicts = bank_verdicts()
    fold_of, models = refitted_models(folders) if args.refit else ({}, {})
    results: dict[tuple[str, str], list] = {}
    for (folder, name), judged in sorted(verdicts.items()):
        path = folders.path(folder, name)
        if path is None:
            continue
        text = path.read_text(encoding="utf-8")
        runs = [("engine", None)] + [(r, m[fold_of[name]]) for r, m in models.items() if name in fold_of]
        for label, model in runs:
            vs = quiz_verdicts(text, judged, model)
            results.setdefault((label, folder), []).append((name, body_words(text), vs))
            if args.per_article and label == "engine":
                print(f"  {folder}/{name}: {' '.join(vs) or '(empty quiz)'}")
    for (label, folder), rs in sorted(results.items(), key=lambda kv: (kv[0][1], kv[0][0] != "engine")):
        print(summary(f"{label}, {folder}", rs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
