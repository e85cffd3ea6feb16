"""Timeline labels whose end is cut where their sentence goes on with a word they need (issue 11):
`python bench/cut_label_ends.py DUMP_DIR [-v]` counts them in a lesson dump, with the reason for each."""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from spacy.tokens import Span, Token  # noqa: E402

from quizgen.complements import infinitive_particle  # noqa: E402
from quizgen.label_ends import cut_object, lost_link, lost_noun_complement, lost_predicate  # noqa: E402
from quizgen.label_choice import word_alignment  # noqa: E402
from quizgen.nlp import load  # noqa: E402

# a word that only leads into the phrase after it, when that phrase's head is left out
_INSIDE_DEPS = frozenset({"det", "amod", "compound", "nummod", "poss", "quantmod", "nmod", "case", "prep"})
# what a verb needs after it: its object, particle, complement, agent ('was confirmed | by ...')
_NEEDED_DEPS = frozenset({"dobj", "prt", "acomp", "oprd", "attr", "xcomp", "agent", "dative"})
_DATE_ENTS = frozenset({"DATE", "TIME"})


def cut_reason(label: str, sent: Span) -> str | None:
    """Why the label stops before a word its last word needs, or None when its end is whole."""
    pairs = word_alignment(label, sent)
    if not pairs or pairs[-1][0] != len(label.split()) - 1:
        return None
    kept = {t.i for _, t in pairs}
    last = pairs[-1][1]
    compared = _lost_than(kept, sent) or _engine_cut([t for _, t in pairs], frozenset(kept))
    if compared:
        return compared
    after = sent.doc[last.i + 1] if last.i + 1 < sent.end else None
    if after is None or after.is_punct or after.ent_type_ in _DATE_ENTS:
        return None
    if last.dep_ in _INSIDE_DEPS and last.head.i > last.i and last.head.i not in kept and not _dated(last.head):
        return f"inside a phrase ({last.dep_} of '{last.head.text}')"
    needed = next((c for c in last.rights if c.i not in kept and _needed(c, last)), None)
    if needed is not None:
        return f"before the {needed.dep_} '{needed.text}'"
    return "before a particle" if infinitive_particle(after) and after.i not in kept else None


def _engine_cut(toks: list[Token], kept: frozenset[int]) -> str | None:
    """The label builder's own finders of a left-out part (quizgen.label_ends)."""
    if cut_object(toks, kept) or lost_noun_complement(toks, kept):
        return "before what its noun is"
    if lost_link(toks, kept) is not None or lost_predicate(toks, kept):
        return "before its object's link or predicate"
    return None


def _needed(c: Token, last: Token) -> bool:
    """A dependant the last word needs that comes right after it (a comma or dash between sets it off)."""
    between = last.doc[last.i + 1:c.left_edge.i]
    if any(t.is_punct for t in between) or _dated(c):
        return False
    if c.dep_ in _NEEDED_DEPS and last.pos_ in ("VERB", "AUX"):
        return True
    return c.dep_ == "pobj" and last.dep_ == "prep"


def _lost_than(kept: set[int], sent: Span) -> str | None:
    """A comparative the label prints whose 'than' phrase or clause, after the label, it leaves out."""
    for i in sorted(kept):
        t = sent.doc[i]
        if t.tag_ not in ("JJR", "RBR") or t.lower_ in ("earlier", "later"):
            continue
        for than in (x for x in sent if x.lower_ == "than" and x.i > max(kept) and x.i not in kept):
            if t in than.ancestors or any(a.i in kept and a in than.ancestors for a in t.ancestors) and \
                    than.head.head.i in kept | {a.i for a in t.ancestors}:
                return f"before 'than' of '{t.text}'"
    return None


def _dated(t: Token) -> bool:
    return any(x.ent_type_ in _DATE_ENTS for x in t.subtree)


def main(argv: list[str]) -> None:
    nlp, reasons, labels = load(), Counter(), 0
    for f in sorted(Path(argv[0]).glob("*.json")):
        lesson = json.loads(f.read_text())
        sentences = {s["id"]: s["text"] for s in lesson.get("sentences", [])}
        for e in lesson.get("events", []):
            labels += 1
            doc = nlp(sentences.get(e.get("sentence_id"), ""))
            reason = cut_reason(e["label"], doc[:]) if len(doc) else None
            if reason:
                reasons[re.sub(r"'[^']*'", "'…'", reason.split(" (")[0])] += 1
                if "-v" in argv:
                    print(f"  {reason:40s} {f.stem[:40]} | {e['label']}")
    print(f"labels {labels}  cut ends {sum(reasons.values())}", dict(reasons.most_common()))


if __name__ == "__main__":
    main(sys.argv[1:])
