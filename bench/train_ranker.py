"""Train the question ranker on teacher judgments, report cross-validated precision, write the model.

    .venv/bin/python bench/train_ranker.py [--articles ../shared/realnews] [--judgments bench/judgments]
                                           [--out quizgen/data/ranker.json] [--dry-run]

Each judged question is matched to the question the current engine generates for its article
(by id, else by kind and prompt); unmatched judgments are skipped and counted. Folds are whole
articles, so every reported figure is on articles the model did not see in training.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import defaultdict
from pathlib import Path
# bench/queue.py must not shadow the standard library's queue module when a script here runs
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.metrics import roc_auc_score  # noqa: E402
from sklearn.model_selection import GroupKFold  # noqa: E402

import quizgen  # noqa: E402
from quizgen.pipeline import analyse  # noqa: E402
from quizgen.questions import ranked_candidates  # noqa: E402
from quizgen.ranker import ArticleView, question_features  # noqa: E402

TARGET_PRECISION = 0.85     # the quiz takes unchecked only what the model trusts this much


def load_judgments(folder: Path) -> list[dict]:
    rows = []
    for path in sorted(folder.glob("*.jsonl")):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows


def examples(rows: list[dict], articles: Path) -> tuple[list[dict], list[int], list[str], int]:  # noqa: C901
    """Features, labels (1 = kept unedited) and article names of the judged questions the engine still makes."""
    by_article: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_article[r["article"]].append(r)
    X, y, groups, missing = [], [], [], 0
    for name in sorted(by_article):
        # the features the engine gives the model at run time: rule scores and rule ranks, before the
        # learned order (a lesson's scores are the shipped model's own output)
        parsed = analyse(quizgen.read_article(articles / f"{name}.txt"))
        bank = ranked_candidates(parsed)
        view = ArticleView(parsed.article.title, parsed.sentences, parsed.index.mentions)
        by_id = {q.id: (i, q) for i, q in enumerate(bank)}
        by_prompt = {(q.type, q.prompt): (i, q) for i, q in enumerate(bank)}
        seen = set()
        for r in by_article[name]:        # a question two readers judged counts twice, once per verdict
            hit = by_id.get(r["question_id"]) or by_prompt.get((r["type"], r["prompt"]))
            if hit is None:
                missing += 1
                continue
            seen.add(hit[1].id)
            rank, q = hit
            X.append(question_features(q, view, rank=rank, bank_size=len(bank)))
            y.append(int(r["verdict"] == "keep"))
            groups.append(name)
        print(f"  {name}: {len(seen)} judged questions matched", file=sys.stderr)
    return X, y, groups, missing


def matrix(X: list[dict]) -> tuple[np.ndarray, list[str]]:
    names = sorted({k for x in X for k in x})
    return np.array([[x.get(n, 0.0) for n in names] for x in X], dtype=float), names


def fit(A: np.ndarray, y: np.ndarray, C: float) -> tuple[np.ndarray, np.ndarray, LogisticRegression]:
    mean = A.mean(axis=0)
    scale = A.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=C, max_iter=2000, class_weight="balanced")
    model.fit((A - mean) / scale, y)
    return mean, scale, model


def cross_validate(A, y, groups, C: float, folds: int = 5) -> np.ndarray:
    """Out-of-fold keep probabilities, folds made of whole articles."""
    out = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=folds).split(A, y, groups):
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


def report_held_out(held, articles, names, mean, scale, model, trust) -> None:
    """Figures on articles (and a reader) the model never saw."""
    X, y, groups, _ = examples(held, articles)
    A = np.array([[x.get(n, 0.0) for n in names] for x in X], dtype=float)
    y = np.array(y)
    p = model.predict_proba((A - mean) / scale)[:, 1]
    engine = A[:, names.index("engine_score")]
    print(f"\nheld out: {len(y)} questions of {len(set(groups))} articles, kept {y.mean():.0%}")
    print(f"  engine's own score: AUC {roc_auc_score(y, engine):.3f}  precision@5 "
          f"{precision_at(engine, y, groups, 5):.2f}")
    print(f"  learned ranker:     AUC {roc_auc_score(y, p):.3f}  precision@5 {precision_at(p, y, groups, 5):.2f}  "
          f"kept among p >= trust ({trust}): {y[p >= trust].mean() if (p >= trust).any() else float('nan'):.2f} "
          f"of {(p >= trust).sum()}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=Path, default=ROOT.parent / "shared" / "realnews")
    ap.add_argument("--judgments", type=Path, default=ROOT / "bench" / "judgments")
    ap.add_argument("--out", type=Path, default=ROOT / "quizgen" / "data" / "ranker.json")
    ap.add_argument("--dry-run", action="store_true", help="report only; do not write the model")
    ap.add_argument("--holdout-judge", default="D",
                    help="judge whose articles are kept out of training and reported apart ('' for none)")
    args = ap.parse_args()

    rows = load_judgments(args.judgments)
    held = [r for r in rows if args.holdout_judge and r.get("judge") == args.holdout_judge]
    held_articles = {r["article"] for r in held}
    rows = [r for r in rows if r["article"] not in held_articles]
    print(f"{len(rows)} judgments in {args.judgments}", file=sys.stderr)
    X, y, groups, missing = examples(rows, args.articles)
    A, names = matrix(X)
    y = np.array(y)
    engine = A[:, names.index("engine_score")]
    print(f"\nmatched {len(y)} of {len(rows)} judged questions ({missing} no longer generated); "
          f"{len(set(groups))} articles; kept {y.mean():.0%}")

    best = None
    for C in (0.03, 0.1, 0.3, 1.0):
        p = cross_validate(A, y, groups, C)
        auc = roc_auc_score(y, p)
        print(f"C={C:<5} cross-validated AUC {auc:.3f}  precision@5 {precision_at(p, y, groups, 5):.2f}  "
              f"precision@10 {precision_at(p, y, groups, 10):.2f}")
        if best is None or auc > best[1]:
            best = (C, auc, p)
    C, auc, p = best
    print(f"\nengine's own score:  AUC {roc_auc_score(y, engine):.3f}  precision@5 "
          f"{precision_at(engine, y, groups, 5):.2f}  precision@10 {precision_at(engine, y, groups, 10):.2f}")
    print(f"learned ranker C={C}: AUC {auc:.3f}  precision@5 {precision_at(p, y, groups, 5):.2f}  "
          f"precision@10 {precision_at(p, y, groups, 10):.2f}   (5 folds of whole articles)")
    print("\nthreshold  precision  per-article  n")
    table = threshold_table(p, y, groups)
    for t, prec, per, n in table:
        print(f"  {t:.2f}      {prec:.2f}       {per:5.1f}     {n}")
    trust = next((t for t, prec, _, n in table if prec >= TARGET_PRECISION and n >= 20), table[-1][0])
    print(f"\ntrust threshold (first with cross-validated precision >= {TARGET_PRECISION}): {trust}")

    mean, scale, model = fit(A, y, C)
    if held:
        report_held_out(held, args.articles, names, mean, scale, model, trust)
    order = np.argsort(-np.abs(model.coef_[0]))
    print("\nstrongest weights:", ", ".join(f"{names[i]} {model.coef_[0][i]:+.2f}" for i in order[:12]))
    if args.dry_run:
        return 0
    args.out.write_text(json.dumps({
        "about": "Logistic model of 'a teacher keeps this question unedited', trained by bench/train_ranker.py "
                 f"on {len(y)} judged questions of {len(set(groups))} real articles on {dt.date.today().isoformat()}.",
        "cross_validated": {"auc": round(auc, 3), "precision_at_5": round(precision_at(p, y, groups, 5), 3),
                            "precision_at_10": round(precision_at(p, y, groups, 10), 3), "C": C},
        "features": names, "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale],
        "weights": [round(float(v), 6) for v in model.coef_[0]], "bias": round(float(model.intercept_[0]), 6),
        "trust": trust}, indent=1) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
