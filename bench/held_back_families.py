"""Why whole-bank questions miss the default quiz, per family, with the teachers' verdicts on them:
`python bench/held_back_families.py [--short] [--json OUT]`.

Every question of the whole-bank verdicts (bench/judgments/bank*.jsonl, rows with `whole_bank`) that the
engine's default quiz leaves out is put in the first family select_quiz holds it back by: `doubt` (with
worth.quiz_doubt's reason), `left out` (a stem leaning on an earlier sentence, a second right answer),
`below floor` (QUIZ_FLOOR), `below spare` (SPARE_FLOOR, so not even a filler), else `selection` (it gives
a quiz question away, repeats a quiz answer, is demoted, or the quiz had no room), or `not in bank` (the
engine no longer makes it). A family teachers kept >= 75 % of is one the quiz
may let in; one they kept little of holds back rightly. `--short`: only the articles of 300+ words whose
quiz has fewer than SHORTEST_QUIZ questions or FEWEST_KINDS kinds (the quizzes a family would fill)."""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

# bench/queue.py must not shadow the standard library's queue module when a script here runs
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.append(str(Path(__file__).resolve().parent))     # last, after the standard library

import quizgen.questions as Q  # noqa: E402
from quizgen.article import parse_article  # noqa: E402
from quizgen.pipeline import analyse  # noqa: E402
from quizgen.questions.worth import minor_speaker, quiz_doubt, quoted_source  # noqa: E402
from quizgen.questions.owner_blanks import owner_blank  # noqa: E402
from quizgen.ranker import article_view  # noqa: E402
from article_folders import Folders  # noqa: E402
from judged_quiz_score import bank_verdicts, body_words  # noqa: E402


def family(q, quiz: list, parsed, view, left_out: dict[str, str]) -> str:
    """The first reason select_quiz leaves `q` out of `quiz` (`left_out`: id -> why select_quiz's
    _sound sets it aside besides a doubt)."""
    doubt = quiz_doubt(q, view)
    if doubt:
        return f"doubt: {doubt}"
    if q.id in left_out:
        return f"left out: {left_out[q.id]}"
    if q.score < Q.SPARE_FLOOR:
        return "below spare"
    if q.score < Q.QUIZ_FLOOR:
        return "below floor"
    why = [w for w, hit in (("gives away", Q._gives_away(q, quiz)), ("repeats answer", Q._repeats_answer(q, quiz)),
                            ("demoted", minor_speaker(q, view) or quoted_source(q, view, getattr(parsed, "doc", None))
                             or owner_blank(q, view)))
           if hit]
    return "selection: " + (", ".join(why) or "no room")


def article_rows(text: str, judged: dict[str, str]) -> tuple[bool, list[dict]]:
    """Whether the article's quiz is short, and a row per judged question left out of it."""
    parsed = analyse(parse_article(text))
    bank = Q.build_bank(parsed)
    ids = Q.select_quiz(bank, parsed)
    view = article_view(parsed)
    left_out = {i: "a second right answer" for i in Q.second_holders(bank, parsed)}
    left_out.update({i: "a stem leaning on an earlier sentence" for i in Q.dangling_phrases(bank, parsed)})
    by_id = {x.id: x for q in bank for x in (q, q.twin) if x is not None}
    quiz = [by_id[i] for i in ids if i in by_id]
    short = body_words(text) >= 300 and (len(quiz) < Q.SHORTEST_QUIZ or len({q.type for q in quiz}) < Q.FEWEST_KINDS)
    rows = []
    for qid, verdict in judged.items():
        q = by_id.get(qid)
        if qid in ids:
            continue
        rows.append({"question_id": qid, "verdict": verdict, "type": q.type if q else "?",
                     "family": family(q, quiz, parsed, view, left_out) if q else "not in bank",
                     "on_headline": bool(q and Q.on_headline(q, view)), "prompt": q.prompt if q else ""})
    return short, rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--short", action="store_true", help="only articles whose quiz is short of questions or kinds")
    ap.add_argument("--json", help="write every row here")
    args = ap.parse_args()
    folders, out = Folders(), []
    for (folder, name), judged in sorted(bank_verdicts().items()):
        path = folders.path(folder, name)
        if path is None:
            continue
        short, rows = article_rows(path.read_text(encoding="utf-8"), judged)
        out += [{"article": name, "short": short, **r} for r in rows if short or not args.short]
    total, kept = Counter(), Counter()
    for r in out:
        k = (r["type"], r["family"])
        total[k] += 1
        kept[k] += r["verdict"] == "keep"
    for (kind, fam), n in sorted(total.items(), key=lambda kv: -kv[1]):
        print(f"{n:4} kept {kept[kind, fam]:3} ({kept[kind, fam] / n:4.0%})  {kind:16} {fam}")
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
