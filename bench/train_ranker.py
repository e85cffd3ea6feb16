"""Train the question ranker on teacher judgments, report cross-validated precision, write the model.

    .venv/bin/python bench/train_ranker.py [--articles ../shared/realnews] [--judgments bench/judgments]
                                           [--out quizgen/data/ranker.json] [--dry-run]

Each judged question is matched to the question the current engine generates for its article
(by id, else by kind and prompt); unmatched judgments are skipped and counted. A row's `folder`
says where its article is (bench/article_folders.py; TempEval-3 articles are rebuilt into a
temporary directory, those of sets 10-12 are skipped when ../set10-../set12 are absent). Folds are
whole articles, so every reported figure is on articles the model did not see in training; the
model trained the old way (Wikinews verdicts only, judges OLD_JUDGES) is measured on the same folds.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
# bench/queue.py must not shadow the standard library's queue module when a script here runs
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.append(str(Path(__file__).resolve().parent))     # last, after the standard library

import numpy as np  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.metrics import roc_auc_score  # noqa: E402
from sklearn.model_selection import GroupKFold  # noqa: E402

import quizgen  # noqa: E402
from article_folders import Folders  # noqa: E402
from quizgen.pipeline import analyse  # noqa: E402
from quizgen.questions import QUIZ_FLOOR, ranked_candidates  # noqa: E402
from quizgen.ranker import MODEL_PATH, ArticleView, load_model, question_features  # noqa: E402

TARGET_PRECISION = 0.85     # the quiz takes unchecked only what the model trusts this much
# the judges of the Wikinews verdicts the ranker first learned from (realnews-abc, realnews-e)
OLD_JUDGES = frozenset("ABCE")


# a reason that points at another question of the listing: the fault is the pair's, not this question's
_OTHER_QUESTION = re.compile(r"\b(?:Q|#|questions?\s?)\d+|\banother\b|\bother (?:question|stem)s?\b|"
                             r"\bearlier\b|\blater\b", re.I)


def load_judgments(folder: Path) -> list[dict]:
    rows = []
    for path in sorted(folder.glob("*.jsonl")):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if not _judged_as_pair(r)]


def _judged_as_pair(row: dict) -> bool:
    """A whole bank is judged as one long quiz, so its repeats (rule 9) and answers another question gives
    away (rule 7) are faults of where the question stood; the quiz itself picks one of each pair."""
    return bool(row.get("whole_bank")) and (row["rule"] == 9 or
                                           (row["rule"] == 7 and bool(_OTHER_QUESTION.search(row["reason"]))))


def examples(rows: list[dict], folders: Folders) -> tuple[list[dict], list[int], list[str], list[dict], int]:
    """Features, labels (1 = kept unedited), article names and rows of the judged questions the engine
    still makes, and how many judged questions it no longer makes (or whose article is absent)."""
    by_article: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in rows:
        by_article[(r.get("folder") or "realnews", r["article"])].append(r)
    X, y, groups, used, missing = [], [], [], [], 0
    for folder, name in sorted(by_article):
        path = folders.path(folder, name)
        judged = by_article[(folder, name)]
        found = article_examples(judged, path) if path else []
        missing += len(judged) - len(found)
        for features, r in found:
            X.append(features)
            y.append(int(r["verdict"] == "keep"))
            groups.append(name)
            used.append(r)
        print(f"  {folder}/{name}: {len(found)} of {len(judged)} verdicts matched", file=sys.stderr)
    return X, y, groups, used, missing


def article_examples(judged: list[dict], path: Path) -> list[tuple[dict, dict]]:
    """(features, row) of each verdict on one article whose question the engine still makes; a
    question two readers judged counts once per verdict."""
    # the questions as the rules make them, before the learned order (a lesson's scores are the shipped
    # model's own output); the model reads no rule score or rank, which move when the bank around changes
    parsed = analyse(quizgen.read_article(path))
    bank = ranked_candidates(parsed)
    view = ArticleView(parsed.article.title, parsed.sentences, parsed.index.mentions)
    by_id = {q.id: (i, q) for i, q in enumerate(bank)}
    by_prompt = {(q.type, q.prompt): (i, q) for i, q in enumerate(bank)}
    out = []
    for r in judged:
        hit = by_id.get(r["question_id"]) or by_prompt.get((r["type"], r["prompt"]))
        if hit is not None and hit[1].prompt == r["prompt"]:     # an id may now name another question
            out.append(({**question_features(hit[1], view), RULE_SCORE: hit[1].score}, r))
    return out


# the rules' own score, kept beside the features only to compare the learned ranker with
RULE_SCORE = "rule_score"


def rule_scores(X: list[dict]) -> np.ndarray:
    """The rules' own score of each question, to compare the learned ranker with."""
    return np.array([x[RULE_SCORE] for x in X], dtype=float)


# a feature set on fewer judged questions than this is left out of the model: standardised, a weight learned
# from one or two rows moves a question by two or more log-odds wherever it fires (after the engine stopped
# making most of their questions, quote_fragment was set on 2 matched rows and swap_from_outside on 1, both
# kept, and their weights turned from demoting to promoting by +2 and +3 log-odds)
MIN_ROWS = 8


def matrix(X: list[dict]) -> tuple[np.ndarray, list[str]]:
    """The features of each question (not the rule score) and their names, without those that differ
    from their most common value on fewer than MIN_ROWS questions."""
    names = sorted({k for x in X for k in x} - {RULE_SCORE})
    A = np.array([[x.get(n, 0.0) for n in names] for x in X], dtype=float)
    keep = [j for j in range(len(names)) if rows_set(A[:, j]) >= MIN_ROWS]
    return A[:, keep], [names[j] for j in keep]


def rows_set(column: np.ndarray) -> int:
    """How many values of a feature differ from its most common one."""
    _, counts = np.unique(column, return_counts=True)
    return int(len(column) - counts.max()) if len(column) else 0


def fit(A: np.ndarray, y: np.ndarray, C: float) -> tuple[np.ndarray, np.ndarray, LogisticRegression]:
    mean = A.mean(axis=0)
    scale = A.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=C, max_iter=2000, class_weight="balanced")
    model.fit((A - mean) / scale, y)
    return mean, scale, model


def cross_validate(A, y, groups, C: float, folds: int = 5, learn: np.ndarray | None = None) -> np.ndarray:
    """Out-of-fold keep probabilities, folds made of whole articles; only rows in `learn` (all by
    default) are trained on, so two training sets are measured on the same folds."""
    learn = np.ones(len(y), dtype=bool) if learn is None else learn
    out = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=folds).split(A, y, groups):
        train = train[learn[train]]
        mean, scale, model = fit(A[train], y[train], C)
        out[test] = model.predict_proba((A[test] - mean) / scale)[:, 1]
    return out


def precision_at(scores: np.ndarray, y: np.ndarray, groups: list[str], k: int) -> float:
    """Share kept among each article's top k by `scores` (all articles pooled)."""
    kept = total = 0
    for g in sorted(set(groups)):
        idx = [i for i, x in enumerate(groups) if x == g]
        top = sorted(idx, key=lambda i: -scores[i])[:k]
        kept += int(sum(y[i] for i in top))
        total += len(top)
    return kept / total if total else 0.0


def threshold_table(p: np.ndarray, y: np.ndarray, groups: list[str]) -> list[tuple[float, float, float, int]]:
    """For each threshold: precision of questions above it, questions per article above it, count."""
    n_articles = len(set(groups))
    rows = []
    for t in np.arange(0.30, 0.96, 0.05):
        sel = p >= t
        if sel.sum() == 0:
            continue
        rows.append((round(float(t), 2), float(y[sel].mean()), float(sel.sum()) / n_articles, int(sel.sum())))
    return rows


def trust_of(p: np.ndarray, y: np.ndarray, groups: list[str]) -> float:
    """The first threshold whose cross-validated precision reaches TARGET_PRECISION (on 20+ questions)."""
    table = threshold_table(p, y, groups)
    return next((t for t, prec, _, n in table if prec >= TARGET_PRECISION and n >= 20), table[-1][0])


def figures(p: np.ndarray, y: np.ndarray, groups: list[str], sel: np.ndarray, trust: float) -> str:
    """AUC, precision of each article's top 5 / 10, and of the questions at or above the quiz's floor
    and the trust threshold (with their count), on the rows `sel`."""
    p, y = p[sel], y[sel]
    g = [x for x, s in zip(groups, sel) if s]
    auc = roc_auc_score(y, p) if len(set(y)) > 1 else float("nan")
    def above(t: float) -> str:
        return f"{y[p >= t].mean():.2f} of {int((p >= t).sum()):3}" if (p >= t).any() else "  -  of   0"
    return (f"AUC {auc:.3f}  p@5 {precision_at(p, y, g, 5):.2f}  p@10 {precision_at(p, y, g, 10):.2f}  "
            f"p>={QUIZ_FLOOR} {above(QUIZ_FLOOR)}  p>=trust({trust}) {above(trust)}")


def compare(A, y, groups, used, C_new: float, C_old: float, X: list[dict]) -> None:
    """Old recipe (Wikinews verdicts only) vs new (all verdicts), on the same whole-article folds, and
    the model shipped before this run (in-sample on its own Wikinews articles), split by source."""
    learn_old = np.array([r.get("judge") in OLD_JUDGES for r in used])
    wiki = np.array([(r.get("folder") or "realnews") == "realnews" for r in used])
    runs = {"old recipe": cross_validate(A, y, groups, C_old, learn=learn_old),
            "new recipe": cross_validate(A, y, groups, C_new),
            "shipped": np.array([load_model(MODEL_PATH).probability(x) for x in X])}
    print("\nsame 5 folds of whole articles (each model sees none of a fold's articles):")
    for label, sel in (("all", np.ones(len(y), dtype=bool)), ("Wikinews", wiki), ("other news", ~wiki)):
        print(f" {label}: {int(sel.sum())} verdicts, {len({g for g, s in zip(groups, sel) if s})} articles, "
              f"kept {y[sel].mean():.0%}")
        for name, p in runs.items():
            print(f"   {name:11} {figures(p, y, groups, sel, trust_of(p, y, groups))}")


def report_held_out(held, folders, names, mean, scale, model, trust) -> None:
    """Figures on articles (and a reader) the model never saw."""
    X, y, groups, _, _ = examples(held, folders)
    A = np.array([[x.get(n, 0.0) for n in names] for x in X], dtype=float)
    y = np.array(y)
    p = model.predict_proba((A - mean) / scale)[:, 1]
    engine = rule_scores(X)
    print(f"\nheld out: {len(y)} questions of {len(set(groups))} articles, kept {y.mean():.0%}")
    print(f"  engine's own score: AUC {roc_auc_score(y, engine):.3f}  precision@5 "
          f"{precision_at(engine, y, groups, 5):.2f}")
    print(f"  learned ranker:     {figures(p, y, groups, np.ones(len(y), dtype=bool), trust)}")


def choose_C(A, y, groups) -> tuple[float, float, np.ndarray]:
    """The regularisation with the best cross-validated AUC: (C, AUC, out-of-fold probabilities)."""
    best = None
    for C in (0.03, 0.1, 0.3, 1.0):
        p = cross_validate(A, y, groups, C)
        auc = roc_auc_score(y, p)
        print(f"C={C:<5} cross-validated AUC {auc:.3f}  precision@5 {precision_at(p, y, groups, 5):.2f}  "
              f"precision@10 {precision_at(p, y, groups, 10):.2f}")
        if best is None or auc > best[1]:
            best = (C, auc, p)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=Path, default=ROOT.parent / "shared" / "realnews")
    ap.add_argument("--judgments", type=Path, default=ROOT / "bench" / "judgments")
    ap.add_argument("--out", type=Path, default=ROOT / "quizgen" / "data" / "ranker.json")
    ap.add_argument("--dry-run", action="store_true", help="report only; do not write the model")
    ap.add_argument("--holdout-judge", default="D",
                    help="judge whose articles are kept out of training and reported apart ('' for none)")
    args = ap.parse_args()

    folders = Folders(args.articles)
    rows = load_judgments(args.judgments)
    held = [r for r in rows if args.holdout_judge and r.get("judge") == args.holdout_judge]
    held_articles = {r["article"] for r in held}
    rows = [r for r in rows if r["article"] not in held_articles]
    print(f"{len(rows)} judgments in {args.judgments}", file=sys.stderr)
    X, y, groups, used, missing = examples(rows, folders)
    A, names = matrix(X)
    y = np.array(y)
    engine = rule_scores(X)
    print(f"\nmatched {len(y)} of {len(rows)} judged questions ({missing} no longer generated or article absent); "
          f"{len(set(groups))} articles; kept {y.mean():.0%}")

    C, auc, p = choose_C(A, y, groups)
    print(f"\nengine's own score:  AUC {roc_auc_score(y, engine):.3f}  precision@5 "
          f"{precision_at(engine, y, groups, 5):.2f}  precision@10 {precision_at(engine, y, groups, 10):.2f}")
    print(f"learned ranker C={C}: AUC {auc:.3f}  precision@5 {precision_at(p, y, groups, 5):.2f}  "
          f"precision@10 {precision_at(p, y, groups, 10):.2f}   (5 folds of whole articles)")
    print("\nthreshold  precision  per-article  n")
    for t, prec, per, n in threshold_table(p, y, groups):
        print(f"  {t:.2f}      {prec:.2f}       {per:5.1f}     {n}")
    trust = trust_of(p, y, groups)
    print(f"\ntrust threshold (first with cross-validated precision >= {TARGET_PRECISION}): {trust}")
    compare(A, y, groups, used, C, 0.03, X)

    mean, scale, model = fit(A, y, C)
    if held:
        report_held_out(held, folders, names, mean, scale, model, trust)
    order = np.argsort(-np.abs(model.coef_[0]))
    print("\nstrongest weights:", ", ".join(f"{names[i]} {model.coef_[0][i]:+.2f}" for i in order[:12]))
    if args.dry_run:
        return 0
    write_model(args.out, names, mean, scale, model, trust, {
        "auc": round(auc, 3), "precision_at_5": round(precision_at(p, y, groups, 5), 3),
        "precision_at_10": round(precision_at(p, y, groups, 10), 3), "C": C}, len(y), len(set(groups)))
    return 0


def write_model(out: Path, names, mean, scale, model, trust: float, cv: dict, n: int, articles: int) -> None:
    out.write_text(json.dumps({
        "about": "Logistic model of 'a teacher keeps this question unedited', trained by bench/train_ranker.py "
                 f"on {n} judged questions of {articles} real articles on {dt.date.today().isoformat()}.",
        "cross_validated": cv,
        "features": names, "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale],
        "weights": [round(float(v), 6) for v in model.coef_[0]], "bias": round(float(model.intercept_[0]), 6),
        "trust": trust}, indent=1) + "\n", encoding="utf-8")
    print(f"\nwrote {out}")


if __name__ == "__main__":
    sys.exit(main())
