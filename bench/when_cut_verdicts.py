"""Judged when-stems cut before a part their verb or noun needs (issue 12 rule 1): `python bench/when_cut_verdicts.py
[-v]` turns each judged when-stem back into its label, lays it on its sentence and tallies verdicts by cut kind."""
from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.append(str(ROOT / "bench"))

from lemminflect import getInflection  # noqa: E402

from quizgen import parse_article  # noqa: E402
from quizgen.label_choice import word_alignment  # noqa: E402
from quizgen.label_cuts import complement_kept, cut_short, noun_part, required_part  # noqa: E402
from quizgen.nlp import parse  # noqa: E402
from quizgen.sentences import split_sentences  # noqa: E402
from still_made_labels import FORBIDDEN, JUDGED, article_paths  # noqa: E402

_LEAD = re.compile(r"^(?:When|On (?:what|which) (?:date|day)|In (?:what|which) (?:year|month))\s+(\w+)\s+(.*?)\?$")


def when_rows() -> list[dict]:
    """Every judged when-question row (but set49's)."""
    out = []
    for f in sorted(JUDGED.rglob("*.jsonl")):
        if FORBIDDEN in str(f) or "timeline" in f.name:
            continue
        for line in f.open(encoding="utf-8"):
            row = json.loads(line) if line.strip() else {}
            kind = str(row.get("type") or row.get("kind") or "").lower()
            if row.get("prompt") and row.get("verdict") and "when" in kind:
                out.append(row)
    return out


def stem_label(prompt: str) -> str | None:
    """'On which day did X begin delving?' -> 'X began delving'; 'When was X asked by Y?' -> 'X was asked by Y'."""
    found = _LEAD.match(prompt.strip())
    if found is None:
        return None
    doc = parse(prompt.strip().rstrip("?"))
    aux = next((t for t in doc if t.lower_ == found.group(1).lower()), None)
    if aux is None:
        return None
    rest = [t for t in doc if t.i > aux.i]
    verb = aux.head if aux.head.i > aux.i else next((t for t in rest if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.i <= aux.i:
        return None
    if aux.lower_ in ("did", "does", "do"):
        past = (getInflection(verb.lemma_, tag="VBD") or [verb.text])[0]
        return " ".join(past if t.i == verb.i else t.text for t in rest)
    return " ".join([t.text for t in rest if t.i < verb.i] + [aux.text] + [t.text for t in rest if t.i >= verb.i])


_SPANS: dict[str, list] = {}


def sentence_of(row: dict, label: str, paths: dict[str, Path]):
    """The evidence sentence, else the article's sentence the label aligns with best (60 % of its words)."""
    if row.get("evidence"):
        return parse(row["evidence"])[:]
    path = paths.get(row["article"])
    if path is None:
        return None
    if row["article"] not in _SPANS:
        doc = parse(parse_article(path.read_text(encoding="utf-8")).body)
        _SPANS[row["article"]] = [sp for _, sp in split_sentences(doc)]
    need = max(3, 0.6 * len(label.split()))
    scored = [(len(word_alignment(label, sp)), sp) for sp in _SPANS[row["article"]] if len(sp) < 150]
    n, best = max(scored, key=lambda x: x[0], default=(0, None))
    return best if n >= need else None


def cut_kind(label: str, sent) -> str:
    """The kind of part the stem's label leaves out, and whether complement_kept mends it (the stem is then
    rewritten) or not (when.py asks no question)."""
    part = required_part(label, sent)
    kind = "required:" + part.kind if part is not None else "noun-of" if noun_part(label, sent) else ""
    if not kind:
        return "(none)"
    return kind + (" dropped" if cut_short(complement_kept(label, sent)[0], sent) else " mended")


def main(argv: list[str]) -> None:
    paths = article_paths()
    tally: dict[str, Counter] = defaultdict(Counter)
    gate: Counter = Counter()
    for row in when_rows():
        label = stem_label(row["prompt"])
        sent = sentence_of(row, label, paths) if label else None
        kind = "unread" if sent is None else cut_kind(label, sent)
        bad = row["verdict"] != "keep"
        tally[kind][bad] += 1
        gate[(kind.split()[-1], bad)] += 1
        if "-v" in argv and kind not in ("(none)", "unread"):
            print(f"{kind:16s} {row['verdict']:6s} {row['prompt']}  || {row.get('reason', '')[:110]}")
    for kind, c in sorted(tally.items(), key=lambda kv: -sum(kv[1].values())):
        total = c[True] + c[False]
        print(f"{kind:26s} rows {total:5d} bad {c[True]:5d} ({100 * c[True] / total:.0f}%)")
    for what in ("dropped", "mended"):
        n = gate[(what, True)] + gate[(what, False)]
        print(f"{what}: rows {n}, bad {gate[(what, True)]}" + (f" ({100 * gate[(what, True)] / n:.0f}%)" if n else ""))


if __name__ == "__main__":
    main(sys.argv[1:])
