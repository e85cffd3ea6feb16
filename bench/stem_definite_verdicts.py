"""How many judged question stems (not statements) keep a 'the ...' phrase the statement test refuses
(the test of quizgen/questions/clauses.py unresolved_definite,
read on the sentence words the stem keeps), and what share of those the judges found bad (edit/reject).

    .venv/bin/python -P bench/stem_definite_verdicts.py [--prompts] [-v]

Default: every judged article whose text can be found is rebuilt, and a judged prompt the engine still
makes is tested on its sentence as the quiz tests it. --prompts: every judged non-statement prompt of
bench/judgments/*.jsonl, realnews-*/questions.jsonl and unseen/questions-set*.jsonl, parsed alone with
no earlier sentence (an upper bound: a word the article used before would place some of them).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.append(str(ROOT / "bench"))

from quizgen.article import decode, parse_article, read_bytes  # noqa: E402
from quizgen.model import Question  # noqa: E402
from quizgen.nlp import load  # noqa: E402
from quizgen.pipeline import analyse  # noqa: E402
from quizgen.questions import candidates  # noqa: E402
from quizgen.questions.clauses import unplaced_determiner  # noqa: E402
from quizgen.questions.context import make_context  # noqa: E402
from quizgen.questions.context import phrase_in  # noqa: E402
from spacy.tokens import Span, Token  # noqa: E402

JUDGED = ROOT / "bench" / "judgments"
# stems the realiser words from one sentence; statements refuse such phrases themselves
# (true_false.plain_claim), who-said quotes are the speaker's, timeline orders are labels
ASKED_STEMS = frozenset({"multiple_choice", "when", "fill_blank", "why"})


def unresolved_stem_phrase(q: Question, sentence: Span, seen_before,
                           named: set[int] = frozenset(), quoted: frozenset = frozenset()) -> str | None:
    """The 'the ...' phrase of the stem that `unresolved_definite` finds unplaced, read on the words of
    the sentence the stem keeps; None when it keeps none (or the question is a statement)."""
    if q.type not in ASKED_STEMS:
        return None
    text = _as_read(q)
    keep = [t.i for t in sentence if t.i not in quoted and _kept(t, text)]
    det = unplaced_determiner(sentence.doc, keep, seen_before, named)
    if det is None:
        return None
    return sentence.doc[det.i:det.head.i + 1].text if det.head.i > det.i else det.text


def _as_read(q: Question) -> str:
    """The stem with its blank filled by the answer: the sentence's own words as far as it keeps them."""
    return q.prompt.replace("_____", q.answer) if isinstance(q.answer, str) else q.prompt


def _kept(t: Token, text: str) -> bool:
    """The stem keeps the word; a determiner only with the words up to its noun ('the country', not a
    'the' of another phrase)."""
    if t.dep_ == "det" and t.head.i > t.i:
        return phrase_in(t.doc[t.i:t.head.i + 1].text, text)
    return not t.is_punct and phrase_in(t.text, text)

_KINDS = {"Fill in the blank": "fill_blank", "When did it happen": "when", "Why": "why"}
_SEARCH = [JUDGED / "unseen" / f"set{n}-articles" for n in (6, 7, 8, 9)] + \
    [Path("/work/wt") / f"set{n}" for n in (10, 11, 12)] + [ROOT.parent / "shared" / "realnews"] + \
    [Path("/work/wt") / f"dev{n}" for n in (42, 43)]  # sets 42 and 43 rebuilt from their sources tables


def norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", str(s).lower().replace("’", "'")).strip()


def _kind(r: dict) -> str | None:
    kind = r.get("type") or _KINDS.get(r.get("kind") or "")
    if kind is None and (r.get("kind") or "").startswith("Multiple choice"):
        kind = "multiple_choice"
    return kind


def judged_question_files() -> list[Path]:
    """Every file of judged questions: the banks, the realnews judgments and the unseen sets."""
    return sorted(JUDGED.glob("*.jsonl")) + sorted(JUDGED.glob("realnews-*/questions.jsonl")) + \
        sorted((JUDGED / "unseen").glob("questions-set*.jsonl"))


def verdict_rows() -> Iterator[tuple[Path, dict]]:
    """Every judged question row with a prompt and a verdict (keep, edit or reject), with its file."""
    for f in judged_question_files():
        for line in f.read_text().splitlines():
            r = json.loads(line)
            if r.get("prompt") and r.get("verdict") in ("keep", "edit", "reject"):
                yield f, r


def verdicts_by_article(rows: Iterable[dict]) -> dict[str, dict[str, Counter]]:
    """article -> normalised prompt -> its verdicts: what a rebuilt article's questions are matched to."""
    by_article: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for r in rows:
        by_article[r["article"]][norm(r["prompt"])][r["verdict"]] += 1
    return by_article


def bad_share(c: Counter) -> str:
    """The verdicts counted and the share judged bad: 'keep 3 edit 1 reject 1 -> bad 40.0%'."""
    n = c["keep"] + c["edit"] + c["reject"]
    return f"keep {c['keep']} edit {c['edit']} reject {c['reject']} -> bad {(c['edit'] + c['reject']) / max(n, 1):.1%}"


def judged_rows() -> list[dict]:
    """Every judged non-statement row with a prompt and a verdict, its file's set number added."""
    rows = []
    for f, r in verdict_rows():
        m = re.search(r"set(\d+)", f.name)
        kind = _kind(r)
        if kind in ("multiple_choice", "when", "fill_blank", "why"):
            rows.append({**r, "type": kind, "set": int(m.group(1)) if m else 0, "file": f.name})
    return rows


def prompt_only(rows: list[dict], verbose: bool) -> Counter:
    nlp = load()
    out = Counter()
    for r in rows:
        text = r["prompt"].replace("_____", str(r.get("answer", "")))
        doc = nlp(text)
        named = {t.i for e in doc.ents for t in e}
        det = unplaced_determiner(doc, [t.i for t in doc], lambda w: False, named)
        if det is not None:
            out[r["verdict"]] += 1
            if verbose:
                print(f"{r['verdict']:6} set{r['set']:<3} {doc[det.i:det.head.i + 1].text!r:28} {text}")
    return out


def _article(name: str, folders, first: Iterable[Path] = ()) -> Path | None:
    """The judged article's file: one in the folders `first`, a stored or rebuilt set, else a TempEval-3
    document made into one."""
    for base in [*first, *_SEARCH]:
        p = base / f"{name}.txt"
        if p.exists():
            return p
    return folders.path("te3", name)


def article_based(rows: list[dict], verbose: bool) -> Counter:
    by_article = verdicts_by_article(rows)
    from article_folders import Folders     # noqa: PLC0415 (bench/ is last on sys.path)
    folders = Folders()
    out = Counter()
    for name, judged in sorted(by_article.items()):
        path = _article(name, folders)
        if path is None:
            continue
        for q, phrase in _flagged(decode(read_bytes(str(path)))):
            v = judged.get(norm(q.prompt))
            if v:
                out.update(v)
                out["matched"] += 1
                if verbose:
                    print(f"{dict(v)!s:24} {phrase!r:24} {q.prompt}  [{name}]")
    return out


def _flagged(text: str) -> list[tuple[Question, str]]:
    """Each candidate whose stem the quiz ranks after its kind's others, with the phrase."""
    parsed = analyse(parse_article(text))
    ctx = make_context(parsed)
    seen = set()
    out = []
    for q in candidates(ctx):
        if q.prompt in seen or not 0 <= q.sentence_id < len(parsed.spans):
            continue
        seen.add(q.prompt)
        named = {i for m in ctx.index.by_sentence.get(q.sentence_id, []) for i in range(m.start, m.end)}
        phrase = unresolved_stem_phrase(q, parsed.spans[q.sentence_id], ctx.seen_before(q.sentence_id), named,
                                        ctx.quoted)
        if phrase is not None:
            out.append((q, phrase))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--prompts", action="store_true")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    rows = judged_rows()
    if args.prompts:
        for label, part in (("all", rows), ("sets < 20", [r for r in rows if r["set"] < 20])):
            c = prompt_only(part, args.v)
            n = sum(c.values())
            print(f"{label}: judged {len(part)}, flagged {n}: {bad_share(c)}")
    else:
        c = article_based(rows, args.v)
        n = c["keep"] + c["edit"] + c["reject"]
        print(f"flagged judged prompts {c['matched']} ({n} verdicts): {bad_share(c)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
