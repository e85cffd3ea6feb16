"""What share of the judged stems that quizgen/questions/bare_nouns.py flags the judges found bad
(edit/reject): a change noun with no complement ('A recovery isn't expected'). Every judged article
whose text can be found and whose judged prompts might meet a rule (`_may_meet`, a superset read on the words) is rebuilt
and each bank question matched to the judged prompts by its words.

    .venv/bin/python -P bench/bare_noun_verdicts.py [-v] [--prompts]

--prompts: the change-noun rule (which reads the stem alone) on every judged prompt of any kind but
who-said and order, parsed alone with a blank's key written in: the articles of most sets are not stored.
"""
from __future__ import annotations

import sys
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.append(str(ROOT / "bench"))

from quizgen.article import decode, parse_article, read_bytes  # noqa: E402
from quizgen.pipeline import analyse  # noqa: E402
from quizgen.questions import build_bank  # noqa: E402
from quizgen.questions import bare_nouns as B  # noqa: E402
from quizgen.questions.context import make_context  # noqa: E402
from quizgen.questions.references import _STEM_KINDS  # noqa: E402
from stem_definite_verdicts import (_article, bad_share, norm, verdict_rows,  # noqa: E402
                                    verdicts_by_article)

_EXTRA = [Path("/work/wt/set53"), Path("/work/shared/realnews"), ROOT / "bench" / "judgments" / "unseen" / "set48-articles"]


def _rule(q, sentence, quoted) -> str | None:
    """'change_noun' when the question's stem meets the rule as dangling_phrases reads it, else None."""
    if q.type not in _STEM_KINDS:
        return None
    return "change_noun" if B.unmeasured_change(sentence, q.prompt, quoted) else None


def _may_meet(prompts) -> bool:
    """Some judged prompt holds a change noun: the only articles worth rebuilding."""
    return any(set(p.split()) & B._COMPLEMENT_NEEDING for p in prompts)


def _flagged(job):
    """(rule, verdicts, prompt) of each judged bank question of one article a rule flags."""
    name, path, rows = job
    parsed = analyse(parse_article(decode(read_bytes(str(path)))))
    quoted = make_context(parsed).quoted
    out = []
    for q in build_bank(parsed):
        v = rows.get(norm(q.prompt))
        rule = v and 0 <= q.sentence_id < len(parsed.spans) and _rule(q, parsed.spans[q.sentence_id], quoted)
        if rule:
            out.append((rule, v, f"{q.prompt}  [{name}]"))
    return out


def prompts_only(verbose: bool) -> Counter:
    """Verdicts of the judged prompts whose words alone meet the change-noun rule."""
    from quizgen.nlp import load     # noqa: PLC0415
    nlp, out = load(), Counter()
    for f, r in verdict_rows():
        kind = r.get("kind") or r.get("type") or ""
        if kind.startswith(("Who said", "Put in order")) or kind in ("who_said", "order_events"):
            continue
        if not set(norm(r["prompt"]).split()) & B._COMPLEMENT_NEEDING:
            continue
        text = r["prompt"].replace("_____", str(r.get("answer", "")))
        if B.unmeasured_change(nlp(text)[:], text):
            out[r["verdict"]] += 1
            if verbose:
                print(f"{r['verdict']:6} {f.name:40} {r['prompt']}")
    return out


def main() -> int:
    verbose = "-v" in sys.argv
    import article_folders     # noqa: PLC0415 (bench/ is last on sys.path)
    if not (article_folders.SHARED / "te3").is_dir():       # run from a worktree under /work/wt
        article_folders.SHARED = Path("/work/shared")
    if "--prompts" in sys.argv:
        c = prompts_only(verbose)
        n = sum(c.values())
        print(f"change_noun (prompts): {n} verdicts {bad_share(c)}")
        return 0
    judged = verdicts_by_article(r for _, r in verdict_rows() if "article" in r)
    folders, out = article_folders.Folders(), defaultdict(Counter)
    jobs = []
    for name, rows in sorted(judged.items()):
        path = _article(name, folders, first=_EXTRA)
        if path is not None and _may_meet(rows):
            jobs.append((name, path, rows))
    print(len(jobs), "articles to rebuild", file=sys.stderr)
    with ProcessPoolExecutor(3) as ex:
        for found in ex.map(_flagged, jobs):
            for rule, v, line in found:
                out[rule].update(v)
                if verbose:
                    print(f"{rule:15} {dict(v)!s:24} {line}", flush=True)
    for rule, c in sorted(out.items()):
        n = c["keep"] + c["edit"] + c["reject"]
        print(f"{rule}: {n} verdicts {bad_share(c)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
