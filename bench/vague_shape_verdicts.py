"""Judged stems sorted by the shape of the word a learner cannot resolve (JUDGING.md rule 8), with how
often judges kept, edited or rejected each shape: what a rule on that shape would cost or save.

    .venv/bin/python -P bench/vague_shape_verdicts.py [-v SHAPE]

Shapes, read on the prompt parsed alone (first that fits): 'mr_surname' (an honorific and one name
word, 'Mr. Reupke'), 'demonstrative' ('this plan'), 'possessive' ('its engines' with no name before),
'the_subject' / 'the_object' (a bare 'the N' of common words as subject / object), else 'other'.
Also: rule-8 rows by the shape of the phrase the judge's reason quotes ('the fund' is unresolved).
Rows are the judged non-timeline prompts of bench/judgments/*.jsonl and unseen/questions-set*.jsonl,
one row per (article, prompt) (the last verdict wins).
"""
from __future__ import annotations

import argparse
import glob
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from spacy.tokens import Doc, Token  # noqa: E402

from quizgen.clauses import quotation_open  # noqa: E402
from quizgen.nlp import load  # noqa: E402
from quizgen.wordlists import word_set  # noqa: E402

_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? [A-Z][\w'’-]+(?! [A-Z])")
# an ordering question's fixed stem ('Put these events in the order ...') points at its own items
_ORDERING = re.compile(r"(?:Put|Arrange) these events\b")
_POINTERS = {"this", "that", "these", "those"}
_SELF_PLACED = word_set("world_nouns") | word_set("time_nouns")
_SUBJECTS = ("nsubj", "nsubjpass")
_OBJECTS = ("dobj", "pobj", "attr", "dative")


def judged_rows() -> dict[tuple[str, str], dict]:
    """(article, prompt) -> the judged row, for every non-timeline judged prompt."""
    files = sorted(glob.glob(str(ROOT / "bench/judgments/*.jsonl")))
    files += sorted(glob.glob(str(ROOT / "bench/judgments/unseen/questions-set*.jsonl")))
    rows = {}
    for f in files:
        if "47" in Path(f).name:
            continue      # the blind set is not read
        for line in open(f, encoding="utf-8"):
            r = json.loads(line) if line.strip() else {}
            if r.get("prompt") and r.get("verdict") in ("keep", "edit", "reject") and not _ORDERING.match(r["prompt"]):
                rows[(r["article"], r["prompt"])] = r
    return rows


def shape_of(doc: Doc) -> str:
    """The shape of the first unresolved word of a stem parsed alone (see the module docstring)."""
    if _HONORIFIC.search(doc.text):
        return "mr_surname"
    for t in doc:
        if quotation_open(doc[:t.i].text):
            continue          # a quotation's 'the oil' is the speaker's
        shape = _token_shape(t)
        if shape:
            return shape
    return "other"


def _token_shape(t: Token) -> str | None:
    """The shape the word `t` opens, if it is a pointer the stem leaves unplaced."""
    head = t.head
    if t.dep_ == "det" and t.lower_ in _POINTERS and head.pos_ == "NOUN" and not _says_which(head):
        return "demonstrative"
    if t.dep_ == "poss" and t.lower_ in ("its", "their", "his", "her") and \
            not any(w.pos_ == "PROPN" for w in t.doc[:t.i]):
        return "possessive"
    if t.dep_ == "det" and t.lower_ == "the" and head.pos_ == "NOUN" and \
            head.lemma_.lower() not in _SELF_PLACED and not _says_which(head):
        if head.dep_ in _SUBJECTS:
            return "the_subject"
        if head.dep_ in _OBJECTS:
            return "the_object"
    return None


_QUOTED = re.compile(r"['\"“‘]([^'\"”’]{2,60})['\"”’]")
_HONORIFIC_WORD = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr)\.? [A-Z]")


def reason_shape(row: dict) -> str | None:
    """For a rule-8 row, the shape of the first phrase its reason quotes from the prompt ('the fund'
    is unresolved): what the judge named as the word a learner cannot place; None when none is quoted."""
    for m in _QUOTED.finditer(str(row.get("reason", ""))):
        phrase = m.group(1).strip()
        if phrase.lower() not in row["prompt"].lower():
            continue
        first = phrase.split()[0].lower()
        if _HONORIFIC_WORD.match(phrase):
            return "mr_surname"
        if first in _POINTERS:
            return "demonstrative"
        if first in ("its", "their", "his", "her"):
            return "possessive"
        if first == "the":
            return "the_noun"
        if first in ("he", "she", "it", "they", "him", "them"):
            return "pronoun"
        return "other"
    return None


def _says_which(head: Token) -> bool:
    """The phrase carries a name, a number, an of-phrase, a clause or an apposition that places it."""
    return any(t is not head and (t.pos_ in ("PROPN", "NUM") or t.ent_type_ or
                                  t.dep_ in ("relcl", "acl", "appos", "prep", "poss"))
               for t in head.subtree)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", metavar="SHAPE", help="print the rows of this shape")
    args = ap.parse_args()
    rows = judged_rows()
    nlp = load()
    keys = list(rows)
    tally: dict[str, Counter] = defaultdict(Counter)
    rule8, judged_word = Counter(), Counter()
    for key, doc in zip(keys, nlp.pipe(k[1].replace("_____", "something") for k in keys)):
        r, shape = rows[key], shape_of(doc)
        tally[shape][r["verdict"]] += 1
        rule8[shape] += str(r.get("rule")) == "8"
        if str(r.get("rule")) == "8":
            judged_word[reason_shape(r) or "unquoted"] += 1
        if args.v == shape:
            print(f"{r['verdict']:6} {r.get('rule')!s:4} {key[1][:110]} | {str(r.get('reason'))[:90]}")
    print(f"{'shape':14} {'rule8':>5} {'keep':>5} {'edit':>5} {'rej':>5} {'bad%':>5}")
    for shape, c in sorted(tally.items(), key=lambda kv: -sum(kv[1].values())):
        n = sum(c.values())
        print(f"{shape:14} {rule8[shape]:5} {c['keep']:5} {c['edit']:5} {c['reject']:5} "
              f"{100 * (c['edit'] + c['reject']) / n:5.0f}")
    print("\nrule-8 rows by the phrase the judge's reason quotes:", dict(judged_word.most_common()))


if __name__ == "__main__":
    main()
