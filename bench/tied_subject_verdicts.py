"""How teachers judged questions whose stem writes a tied subject 'he'/'she' as the person's name
(quizgen/subject_names.py), and among them those tied only through a surname subject the tagger took
for no person ('Winehouse, 27, has long struggled ... She cancelled ...'):

    .venv/bin/python -P bench/tied_subject_verdicts.py [-v]

Every judged row (all kinds) whose article text can be found is matched, by its prompt, to a candidate
the engine makes now from a sentence with a tied pronoun."""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.append(str(ROOT / "bench"))

import quizgen.subject_names as sn  # noqa: E402
from quizgen.article import decode, parse_article, read_bytes  # noqa: E402
from quizgen.pipeline import analyse  # noqa: E402
from quizgen.questions import candidates  # noqa: E402
from quizgen.questions.context import make_context  # noqa: E402
from stem_definite_verdicts import _article, judged_question_files, norm  # noqa: E402


def judged_rows() -> dict[str, dict[str, Counter]]:
    """article -> normalised prompt -> verdict counts, over every judged question file."""
    files = judged_question_files()
    out: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for f in files:
        for line in f.read_text().splitlines():
            r = json.loads(line)
            if r.get("article") and r.get("prompt") and r.get("verdict") in ("keep", "edit", "reject"):
                out[r["article"]][norm(r["prompt"])][r["verdict"]] += 1
    return out


def _without_surname_rule(prev, name, art) -> bool:
    """`_main_subject_is` as it read before the surname subject counted."""
    people = sn._people_in(prev)
    if not sn._only_person(prev, people, name, art):
        return False
    roots = {e.root.i for e in people}
    return any(art.tied.get(t.i) == name or t.i in roots for t in prev if sn._main_subject(t))


def tied_questions(text: str) -> list[tuple[object, str, bool]]:
    """(candidate, name, new) for each candidate from a sentence with a tied pronoun its stem names;
    `new`: the pronoun is tied only with the surname rule."""
    new_rule = sn._main_subject_is
    sn._main_subject_is = _without_surname_rule
    try:
        old = set(analyse(parse_article(text)).doc.user_data[sn.SUBJECT_NAMES])
    finally:
        sn._main_subject_is = new_rule
    parsed = analyse(parse_article(text))
    tied = parsed.doc.user_data[sn.SUBJECT_NAMES]
    out = []
    for q in candidates(make_context(parsed)):
        if not 0 <= q.sentence_id < len(parsed.spans):
            continue
        span = parsed.spans[q.sentence_id]
        for t in span:
            name = tied.get(t.i)
            if name and t.lower_ in ("he", "she") and name.split()[-1] in q.prompt:
                out.append((q, name, t.i not in old))
                break
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    from article_folders import Folders     # noqa: PLC0415 (bench/ is last on sys.path)
    folders = Folders()
    tally = {True: Counter(), False: Counter()}
    for name, judged in sorted(judged_rows().items()):
        path = _article(name, folders)
        if path is None:
            continue
        for q, who, new in tied_questions(decode(read_bytes(str(path)))):
            v = judged.get(norm(q.prompt))
            if v:
                tally[new].update(v)
                if args.v:
                    print(f"{'NEW' if new else 'old'} {dict(v)!s:24} {q.prompt}  [{name}]")
    for new, c in tally.items():
        n = sum(c.values())
        print(f"{'surname-tied' if new else 'tied before'}: {n} verdicts keep {c['keep']} edit {c['edit']} "
              f"reject {c['reject']} -> kept {c['keep'] / max(n, 1):.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
