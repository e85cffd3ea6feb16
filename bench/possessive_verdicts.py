"""How judged true/false statements, other stems and timeline labels that hold a possessive or object
pronoun ('its launchpad', 'his campaign manager', 'apply it') or a back-pointer ('since then', 'that
day') fared with the judges, by shape: is there a word before the pronoun, in the text itself, that
may be its owner (a person for 'his'/'her', one thing for 'its', ...)? Read alone, as a learner does:
the judged files carry no article. Counts every judged row (a statement judged in several rounds is
counted each time) and, beside it, the distinct texts. Also how often the judges cite rule 8 or call
the pronoun dangling in their reason.

    .venv/bin/python bench/possessive_verdicts.py [-v SHAPE]
"""
from __future__ import annotations

import collections
import functools
import json
import re
import sys
from pathlib import Path
# bench/queue.py must not shadow the standard library's queue module when a script here runs
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from spacy.tokens import Doc, Token  # noqa: E402

from quizgen.label_choice import may_own  # noqa: E402
from quizgen.nlp import load  # noqa: E402
from quizgen.clauses import quoted_tokens  # noqa: E402
from quizgen.wordlists import mapping, pattern  # noqa: E402

JUDGED = ROOT / "bench" / "judgments"
_HELD_BACK = "set48"          # the session's clean measure: never read
_POSSESSIVES = ("its", "his", "her", "their")
_SEX_WORDS = mapping("person_genders")
_PRONOUN_SEX = {"his": "male", "him": "male", "her": "female"}
_OBJECTS = ("it", "him", "her", "them")
_BACK_POINTERS = re.compile(pattern("back_pointer_phrases"), re.I)
# a reason that blames a reference: 'its' dangles, 'his' unresolved, no referent, who is 'he'
_BLAMES_REFERENCE = re.compile(r"dangl|unresolv|referent|antecedent|refers? to|never named|not named|"
                               r"out of context|which \w+\b|who is|unclear who|does not (?:say|name)", re.I)


def _rows() -> list[tuple[str, dict]]:
    """Every judged row of every judged file (not the held-back set), as (file, row)."""
    out = []
    for path in sorted(JUDGED.rglob("*.jsonl")):
        if _HELD_BACK in str(path):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append((str(path.relative_to(JUDGED)), json.loads(line)))
    return out


def _kind(row: dict) -> str | None:
    """'tf' (a true/false statement), 'stem' (another question's stem), 'label' (a timeline label)."""
    if "label" in row and isinstance(row.get("label"), str):
        return "label"
    if not isinstance(row.get("prompt"), str) or "verdict" not in row:
        return None
    if row.get("type") == "who_said" or row["prompt"].startswith("Who said,"):
        return None          # a quotation's pronouns are the speaker's
    tf = row.get("kind") == "True or false" or row.get("type") == "true_false"
    return "tf" if tf else "stem"


def _bad(row: dict) -> bool | None:
    if "label" in row:
        good = row.get("label_good", row.get("label_ok"))
        return None if good is None else not good
    return row.get("verdict") != "keep"


@functools.lru_cache(maxsize=None)
def _parsed(text: str) -> Doc:
    return load()(text.replace("_____", "something"))


def shapes(text: str) -> list[str]:
    """The shapes of reference the text holds: 'poss owned'/'poss unowned' (a possessive with or without
    a word before it that may own it; 'poss own subject' when that word is its own clause's subject),
    'object owned'/'object unowned', 'back-pointer'."""
    doc = _parsed(text)
    quoted = quoted_tokens(doc)
    found = []
    for t in doc:
        if t.i in quoted:
            continue
        if t.tag_ == "PRP$" and t.lower_ in _POSSESSIVES:
            found.append("poss " + _owner_shape(t))
        elif t.tag_ == "PRP" and t.lower_ in _OBJECTS and t.dep_ in ("dobj", "pobj", "dative"):
            found.append("object " + _owner_shape(t))
        elif t.lower_ == "it" and t.dep_ == "nsubj" and t.i > 0 and not _expletive(t):
            found.append("inner it " + _owner_shape(t))
    if _BACK_POINTERS.search(text):
        found.append("back-pointer")
    return found


def _expletive(it: Token) -> bool:
    """'it is too soon to stop', 'it is time for': an empty 'it' that stands for nothing."""
    return it.head.lemma_ == "be" and any(c.dep_ in ("xcomp", "ccomp", "acomp", "attr") for c in it.head.children) \
        and any(c.dep_ in ("xcomp", "ccomp") or c.tag_ == "TO" for c in it.head.subtree if c.i > it.i)


def _owner_shape(pron: Token) -> str:
    probe = pron if pron.tag_ == "PRP$" else _as_possessive(pron)
    owners = [t for t in pron.doc[:pron.i] if may_own(probe, t)]
    if not owners:
        return "unowned"
    sex = _PRONOUN_SEX.get(pron.lower_)
    if sex and all(_told_sex(o) not in (None, sex) for o in owners):
        return "wrong sex"
    subj = next((c for c in pron.head.children if c.dep_ in ("nsubj", "nsubjpass")), None) if pron.tag_ != "PRP$" \
        else _clause_subject(pron)
    if subj is not None and all(o.i in {x.i for x in subj.subtree} for o in owners):
        return "own subject"
    return "owned"


def _told_sex(t: Token) -> str | None:
    """The sex a person's first name or noun tells ('Kellyanne' female, 'mother' female), or None."""
    first = t.doc[t.left_edge.i] if t.ent_type_ != "PERSON" else next(
        (e[0] for e in t.doc.ents if e.start <= t.i < e.end), t)
    return _SEX_WORDS.get(first.lower_) or _SEX_WORDS.get(t.lower_)


def _clause_subject(poss: Token) -> Token | None:
    verb = next((a for a in poss.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None


class _Probe:
    """An object pronoun read as the possessive of its person or number, for `may_own`."""

    def __init__(self, pron: Token):
        self.lower_ = {"him": "his", "her": "her", "it": "its", "them": "their"}[pron.lower_]
        self.head = pron.head


def _as_possessive(pron: Token):
    return _Probe(pron)


def _blames_reference(row: dict) -> bool:
    return row.get("rule") == 8 or bool(_BLAMES_REFERENCE.search(row.get("reason") or ""))


def _gate_lines(table: dict[tuple[str, str], list[tuple[dict, str]]]) -> None:
    """Two shapes: a label's object 'it'/'them' (the engine already leaves such a label out unless it is
    its date's only event, which held-out recall keeps: tests/quizgen/test_label_printable.py) and a
    'his'/'her' whose only owners in the text are of the other sex (named by the engine, never dropped)."""
    objects = {id(r): (r, t) for (kind, shape), rows in table.items() if kind == "label" and shape.startswith("object")
               for r, t in rows if re.search(r"\b(?:it|them)\b", t, re.I) and _it_them_object(t)}
    rows = list(objects.values())
    bad = sum(_bad(r) for r, _ in rows)
    print(f"GATE label object it/them: {len(rows)} rows, {bad} bad ({bad / max(len(rows), 1):.0%}), "
          f"{len({t for _, t in rows})} texts")
    for kind in ("label", "tf", "stem"):
        rows = table.get((kind, "poss wrong sex"), [])
        bad = sum(_bad(r) for r, _ in rows)
        print(f"GATE {kind} his/her with only other-sex owners: {len(rows)} rows, {bad} bad")


def _it_them_object(text: str) -> bool:
    doc = _parsed(text)
    quoted = quoted_tokens(doc)
    return any(t.lower_ in ("it", "them") and t.dep_ in ("dobj", "pobj", "dative") and t.i not in quoted for t in doc)


def main() -> None:
    show = sys.argv[sys.argv.index("-v") + 1] if "-v" in sys.argv else None
    table: dict[tuple[str, str], list[tuple[dict, str]]] = collections.defaultdict(list)
    totals: collections.Counter = collections.Counter()
    for _, row in _rows():
        kind = _kind(row)
        if kind is None or _bad(row) is None:
            continue
        text = row.get("label") if kind == "label" else row["prompt"]
        totals[kind] += 1
        for shape in set(shapes(text)):
            table[kind, shape].append((row, text))
    print(f"judged rows read: {dict(totals)}")
    print(f"{'kind':6} {'shape':18} {'rows':>5} {'bad':>5} {'bad%':>5} {'blame':>6} {'texts':>6} {'bad txt%':>8}")
    for (kind, shape), rows in sorted(table.items()):
        bad = sum(_bad(r) for r, _ in rows)
        blamed = sum(_bad(r) and _blames_reference(r) for r, _ in rows)
        texts = {t: _bad(r) for r, t in rows}
        print(f"{kind:6} {shape:18} {len(rows):5} {bad:5} {bad / len(rows):5.0%} {blamed:6} {len(texts):6} "
              f"{sum(texts.values()) / len(texts):8.0%}")
        if show and show == shape:
            for r, t in rows:
                print(f"    [{'BAD ' if _bad(r) else 'good'}{' R8' if _blames_reference(r) else ''}] {t}")
    _gate_lines(table)
    rule8 = [(k, r) for _, r in _rows() if (k := _kind(r)) in ("tf", "stem") and r.get("rule") == 8]
    with_shape = sum(1 for _, r in rule8 if shapes(r["prompt"]))
    print(f"rule-8 stems: {len(rule8)} (tf {sum(k == 'tf' for k, _ in rule8)}); with a pronoun or back-pointer: "
          f"{with_shape}")


if __name__ == "__main__":
    main()
