"""How many judged stems and labels lean, read alone, on a subject the text does not resolve ('the
rule', 'the same panel', 'its engines'), and what share of those the judges found bad (edit/reject,
label_good false). A text-level proxy: the engine's own checks (questions/references.py) also read
the article, which the judged files do not carry.

    .venv/bin/python bench/dangling_verdicts.py [-v]
"""
from __future__ import annotations

import functools
import glob
import json
import sys
from pathlib import Path
# bench/queue.py must not shadow the standard library's queue module when a script here runs
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from spacy.tokens import Doc, Token  # noqa: E402

from quizgen.clauses import quotation_open  # noqa: E402
from quizgen.nlp import load  # noqa: E402
from quizgen.wordlists import word_set  # noqa: E402

JUDGED = ROOT / "bench" / "judgments" / "unseen"

_POINTERS = {"the", "this", "that", "these", "those"}
_ARGUMENT_DEPS = ("nsubj", "nsubjpass")
# nouns that name their one referent in any news story ('the weather', 'the government')
_SELF_PLACED = word_set("world_nouns")
_TIME_NOUNS = word_set("time_nouns")


@functools.lru_cache(maxsize=4096)
def _parsed(text: str) -> Doc:
    """The text parsed alone, as a learner reads it (once per text)."""
    return load()(text)


def dangling_reference(text: str) -> str | None:
    """The subject phrase ('the rule', 'its engines') the text leans on without saying which, or None."""
    doc = _parsed(text.replace("_____", "something"))
    for t in doc:
        if quotation_open(doc[:t.i].text):
            continue          # a quotation's 'the oil' is the speaker's
        if t.dep_ in _ARGUMENT_DEPS and t.pos_ == "NOUN":
            if _bare_definite(t) or _unowned(t):
                return doc[t.left_edge.i:t.i + 1].text
    return None


def _bare_definite(head: Token) -> bool:
    """'the rule', 'the same panel', 'this credit-card company': a pointing determiner and common words
    only, nothing that says which (a name, an 'of'-phrase, a clause, a number of its own)."""
    det = next((c for c in head.children if c.dep_ == "det"), None)
    if det is None or det.lower_ not in _POINTERS or head.lemma_.lower() in _SELF_PLACED | _TIME_NOUNS:
        return False
    return not _says_which(head)


def _says_which(head: Token) -> bool:
    """The phrase carries words of its own that place it: a name, a number, an 'of'/'in' phrase or a
    clause after it, or an apposition."""
    for t in head.subtree:
        if t is head:
            continue
        if t.pos_ in ("PROPN", "NUM") or t.ent_type_ or t.dep_ in ("relcl", "acl", "appos", "prep", "poss"):
            return True
    return False


def _unowned(head: Token) -> bool:
    """'its engines', 'their offer' with no noun before it in the text for the owner to be."""
    poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
    if poss is None:
        return False
    return not any(t.pos_ in ("NOUN", "PROPN") for t in head.doc[:poss.i])


def _rows(pattern: str) -> list[dict]:
    out = []
    for path in sorted(glob.glob(str(JUDGED / pattern))):
        for line in open(path, encoding="utf-8"):
            line = line.strip()
            if line:
                out.append(json.loads(line))
    return out


def _report(name: str, rows: list[dict], text_of, bad_of, show: bool) -> None:
    flagged = [(r, dangling_reference(text_of(r))) for r in rows if text_of(r)]
    flagged = [(r, p) for r, p in flagged if p]
    bad = [r for r, _ in flagged if bad_of(r)]
    rule8 = [r for r, _ in flagged if r.get("rule") == 8]
    share = len(bad) / len(flagged) if flagged else 0.0
    print(f"{name}: {len(rows)} judged, {len(flagged)} flagged, {len(bad)} bad ({share:.0%}), "
          f"{len(rule8)} of them rule 8")
    for sort in sorted({_sort(p) for _, p in flagged}):
        these = [r for r, p in flagged if _sort(p) == sort]
        n_bad = sum(1 for r in these if bad_of(r))
        print(f"  {sort:<22} {len(these):4} flagged, {n_bad:4} bad ({n_bad / len(these):.0%})")
    if show:
        for r, p in flagged:
            print(f"  [{'BAD ' if bad_of(r) else 'good'}] {p!r}: {text_of(r)}")


_COMPANY = word_set("company_nouns")


def _sort(phrase: str) -> str:
    """Which shape a flagged phrase has: a possessive, 'the same', 'this/that', a company noun, or 'the'
    with words between or bare."""
    words = phrase.lower().split()
    if words[0] in ("its", "their"):
        return "its/their"
    if words[:2] == ["the", "same"]:
        return "the same"
    if words[0] != "the":
        return "this/that/these/those"
    if words[-1] in _COMPANY:
        return "the ... company noun"
    return "the N (bare)" if len(words) == 2 else "the ... N (modified)"


def main() -> None:
    show = "-v" in sys.argv
    questions = _rows("questions-set*.jsonl")
    _report("questions", questions, lambda r: r.get("prompt") or "", lambda r: r.get("verdict") != "keep", show)
    labels = _rows("timeline-set*.jsonl")
    _report("labels", labels, lambda r: r.get("label") or "", lambda r: r.get("label_good") is False, show)
    rule8 = [r for r in questions if r.get("rule") == 8]
    caught = sum(1 for r in rule8 if dangling_reference(r.get("prompt") or ""))
    print(f"rule-8 questions judged: {len(rule8)}, flagged: {caught}")


if __name__ == "__main__":
    main()
