"""Sentences no question kind asks about (issue 12): `python bench/quiz_silent_sentences.py DIR...`.
Per article of 300+ words (--min-words), each sentence of 6+ words with no candidate, classed by what likely stops
it: a pronoun subject, a bare description subject ('the company'), a length over fill_blank.LONGEST,
a quotation, or other; a tally per class at the end."""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

# bench/ holds a queue.py that would hide the standard library's
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from quizgen.article import decode, parse_article, read_bytes  # noqa: E402
from quizgen.pipeline import analyse  # noqa: E402
from quizgen.questions import candidates  # noqa: E402
from quizgen.questions.context import make_context  # noqa: E402
from quizgen.questions.fill_blank import LONGEST  # noqa: E402

MIN_WORDS = 300


def sentence_class(span) -> str:
    """What most likely keeps the kinds off the sentence."""
    if len(span.text.split()) > LONGEST:
        return "long"
    subj = next((t for t in span if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
    if subj is not None and subj.pos_ == "PRON":
        return "pronoun"
    if subj is not None and subj.pos_ == "NOUN":
        return "description"
    return "quote" if any(q in span.text for q in '"“”') else "other"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--min-words", type=int, default=MIN_WORDS)
    args = ap.parse_args()
    tally: Counter = Counter()
    for d in args.dirs:
        for p in sorted(Path(d).glob("*.txt")):
            parsed = analyse(parse_article(decode(read_bytes(str(p)))))
            if len(parsed.article.body.split()) < args.min_words:
                continue
            asked = {c.sentence_id for c in candidates(make_context(parsed))}
            for i, span in enumerate(parsed.spans):
                if i in asked or len(span.text.split()) < 6:
                    continue
                cls = sentence_class(span)
                tally[cls] += 1
                print(f"{p.stem[:30]:30} {i:3} {cls:11} {span.text[:140]}")
    print(" ".join(f"{k}={v}" for k, v in tally.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
