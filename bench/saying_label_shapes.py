"""Judged timeline labels built on a verb of saying ('X said ...', 'X told lawmakers that ...', 'X declined to
comment'), tallied by shape and by what the content clause is (issue 11):

    .venv/bin/python -P bench/saying_label_shapes.py [-v SHAPE] [--from N] [--judged DIR]

Rows: the judged labels of bench/judgments/unseen/timeline-*.jsonl and realnews-*/timeline.jsonl (never set49),
one per (article, label), the last verdict wins; --from N keeps the unseen sets N and later (realnews rows are
kept only without --from). A label is a saying when its root verb (parsed alone) is one of SAYING below in
the active voice ('Delays were reported' tells the delays), a few of them only with a clause after them, or
'declined / refused (to) comment'. Shapes (first that fits):
  no_comment      a saying that nothing was said ('declined to comment', 'said he could not comment')
  bare_frame      no content at all: 'X said', 'X told reporters', 'X said in a statement', 'Keith Richards told CBS'
  quoted          the label holds quotation marks
  noun_object     the content is a noun, not a clause: 'X announced a $648 million loss', 'X confirmed the date'
  told_to         'X told Y to do Z' (an instruction)
  topic           no clause but what it was about: 'IBM told customers about the bugs'
  content_<kind>  a content clause with its own subject and finite verb, by the content's kind, the first two
                  read by the engine (quizgen.empty_labels): present (said_now: a present tense, no plan: 'X said
                  it is buying Y', 'Doctors said Z is recovering', 'X says F has improved'), past_act
                  (said_past_act: 'X said a warplane had attacked a convoy'); then plan (will / would / may /
                  plans to / is to / is ready to), past_state (was / were / had, a past progressive), other
  content_cut     a content clause without its own subject or finite verb ('X said the company is considering')
Further rows: verb:LEMMA (per verb of saying), that:yes/no ('said that ...' or not), frame:told_x / in_statement /
none (the frame words a label with a content clause keeps: 'told lawmakers that', 'said in a letter'), and
nothing_said (no_comment and bare_frame together). Gate (COMMON rules): n >= 8 and bad >= 80 % DROP, >= 70 %
demote."""
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

from bench.empty_label_shapes import print_gates  # noqa: E402
from quizgen.empty_labels import planned_content, said_now, said_past_act  # noqa: E402
from quizgen.nlp import load  # noqa: E402

SAYING = {"say", "tell", "add", "explain", "confirm", "announce", "declare", "state", "note", "warn", "insist",
          "claim", "tweet", "write", "reply", "respond", "comment", "remark", "stress", "emphasize", "argue",
          "admit", "acknowledge", "assert", "deny", "reveal", "disclose", "predict", "allege", "divulge",
          "continue", "conclude", "report", "post", "describe"}
_WITH_CLAUSE_ONLY = {"continue", "respond", "describe", "post", "conclude"}   # a saying only with a clause after it
_TOPIC_PREPS = {"about", "of", "against", "on", "for"}                         # 'told customers about the bugs'
_OCCASIONS = {"statement", "interview", "letter", "speech", "conference", "email", "blog", "post", "tweet", "release"}
_QUOTES = re.compile("[\"\u201c\u201d]")
_NO_COMMENT = re.compile(r"\b(declined|refused|could not|couldn't|would not|wouldn't|did not|didn't)\b.*\bcomment", re.I)


def judged_rows(judged: Path, first_set: int | None) -> dict[tuple[str, str], dict]:
    """(article, label) -> the last judged row of that label."""
    files = sorted(glob.glob(str(judged / "unseen/timeline-*.jsonl")))
    if first_set is None:
        files += sorted(glob.glob(str(judged / "realnews-*/timeline.jsonl")))
    rows: dict[tuple[str, str], dict] = {}
    for f in files:
        number = re.search(r"set(\d+)", Path(f).name)
        if "set49" in f or first_set is not None and (number is None or int(number.group(1)) < first_set):
            continue
        for line in open(f, encoding="utf-8"):
            r = json.loads(line) if line.strip() else {}
            if r.get("label") and isinstance(r.get("label_good"), bool):
                rows[(r["article"], r["label"])] = r
    return rows


def saying_root(doc) -> object | None:
    """The root verb of a label that is a saying, else None."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return None
    lemma = root.lemma_.lower()
    if lemma in _WITH_CLAUSE_ONLY and _child(root, ("ccomp",)) is None:
        return None
    if lemma in SAYING and not any(c.dep_ in ("nsubjpass", "auxpass") for c in root.children):
        return root
    return root if _NO_COMMENT.search(doc.text) else None


def _child(tok, deps):
    return next((c for c in tok.children if c.dep_ in deps), None)


def content_kind(root, content) -> str:
    """The kind of a content clause with its own subject and finite verb: the engine's gated shapes first
    (said_now: 'present', said_past_act: 'past_act'), then 'plan', 'past_state' or 'other'."""
    if said_now(root):
        return "present"
    if said_past_act(root):
        return "past_act"
    auxes = [c for c in content.children if c.dep_ in ("aux", "auxpass") and c.i < content.i]
    if planned_content(content, auxes):
        return "plan"
    stative = content.lemma_.lower() in ("be", "have") or content.tag_ == "VBG"
    return "past_state" if stative and (auxes or [content])[0].tag_ == "VBD" else "other"


def shape_of(doc, root) -> str:
    """The shape of a saying label (see the module docstring)."""
    if _NO_COMMENT.search(doc.text):
        return "no_comment"
    if _QUOTES.search(doc.text):
        return "quoted"
    content = _child(root, ("ccomp",))
    if root.lemma_.lower() == "tell" and _child(root, ("xcomp",)):
        return "told_to"
    if content is None:
        if _child(root, ("dobj",)) is not None and root.lemma_.lower() != "tell":
            return "noun_object"
        topic = any(c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS for c in root.children)
        return "topic" if topic else "bare_frame"
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in content.children)
    finite = content.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(c.dep_ in ("aux", "auxpass") for c in content.children)
    return f"content_{content_kind(root, content)}" if has_subject and finite else "content_cut"


def tally_names(doc, root, shape: str) -> list[str]:
    """The rows of the tally a saying label counts in, besides ALL sayings."""
    names = [shape, f"verb:{root.lemma_.lower()}", "that:" + ("yes" if " that " in doc.text else "no")]
    if shape.startswith("content_"):
        names.append("frame:" + frame_of(root))
    return names + (["nothing_said"] if shape in ("no_comment", "bare_frame") else [])


def frame_of(root) -> str:
    """'told_x' ('told lawmakers that'), 'in_statement' ('said in a letter', 'during his speech') or 'none'."""
    if root.lemma_.lower() == "tell" and _child(root, ("dobj", "dative")) is not None:
        return "told_x"
    occasion = any(c.dep_ == "prep" and any(g.lower_ in _OCCASIONS for g in c.subtree) for c in root.children)
    return "in_statement" if occasion else "none"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", metavar="SHAPE", help="print the rows of this shape ('all' for every saying)")
    ap.add_argument("--from", dest="first", type=int, default=None, help="only unseen sets N and later")
    ap.add_argument("--judged", default=str(ROOT / "bench/judgments"), help="the judged rows' folder")
    args = ap.parse_args()
    rows = judged_rows(Path(args.judged), args.first)
    keys = list(rows)
    tally: dict[str, Counter] = defaultdict(Counter)
    for key, doc in zip(keys, load().pipe(k[1] for k in keys)):
        root = saying_root(doc)
        if root is None:
            continue
        r, shape = rows[key], shape_of(doc, root)
        verdict = "good" if r["label_good"] else "bad"
        for name in tally_names(doc, root, shape):
            tally[name][verdict] += 1
        tally["ALL sayings"][verdict] += 1
        if args.v in (shape, "all"):
            print(f"{'good' if r['label_good'] else 'BAD ':5} {shape:16} {key[1][:90]} | {str(r.get('reason'))[:90]}")
    print(f"{len(rows)} judged labels")
    print_gates(sorted(tally.items(), key=lambda kv: (kv[0].count(":"), -sum(kv[1].values()))), width=22)

if __name__ == "__main__":
    main()
