"""Day-dated sentences that give no timeline event (issue 11): `python bench/missed_day_events.py [DIR...]`.

Runs the engine on each article (default: dev sets 6-9, 1989-1998 wire reports) and, for every time expression of
day precision ('yesterday', a weekday, 'the Oct. 13 plunge') whose sentence holds no timeline event, prints the
expression's shape and why no event came of it: the step of events._event_label that gave no label, the
headlines.clause_problem check that refused the clause, or the later filter that dropped a made label.
A tally by shape and by reason is printed at the end.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

# bench/ holds a queue.py that would hide the standard library's
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from quizgen import events as ev  # noqa: E402
from quizgen.article import decode, parse_article, read_bytes  # noqa: E402
from quizgen.clauses import reporting_verb  # noqa: E402
from quizgen.headlines import clause_problem  # noqa: E402
from quizgen.label_choice import label_fault  # noqa: E402
from quizgen.label_scorer import drop_threshold, label_quality  # noqa: E402
from quizgen.pipeline import analyse  # noqa: E402

UNSEEN = Path(__file__).resolve().parent / "judgments" / "unseen"
DEV_SETS = [UNSEEN / f"set{n}-articles" for n in (6, 7, 8, 9)]
_WEEKDAY = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
_MONTH = re.compile(r"\b(jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.? \d", re.I)


def shape(t, span) -> str:
    """'yesterday', 'weekday', 'noun-date' (a month-day inside a noun phrase), 'month-day' or 'other'."""
    text = t.text.lower()
    if "yesterday" in text:
        return "yesterday"
    if _WEEKDAY.search(text):
        return "weekday"
    if _MONTH.search(text):
        root = span.root
        in_noun = root.dep_ in ("compound", "nmod", "amod", "poss", "nummod") and root.head.pos_ in ("NOUN", "PROPN")
        return "noun-date" if in_noun or ev._dated_noun(span) is not None else "month-day"
    return "other"


def why(parsed, t, span, blocked: set[int], referents) -> str:
    """The first step of the label making that gave nothing, or the filter that dropped a made label."""
    clauses = parsed.clauses
    if t.future:
        return "future"
    if ev._dates_no_clause(span):
        return "dates no clause"
    verb, noun = ev._event_head(span, clauses)
    verb = ev._told_by_when(verb) or verb
    if verb is None and noun is None:
        return "no head (generic weekday or unattached)"
    if ev._offset_placed(span, verb, clauses):
        return "offset placed"
    other = ev._other_clause_date(span, verb, blocked, referents, clauses, future=t.future)
    if other is not None and not other[2]:
        return "another clause's time (infinitive, earlier act)"
    v, n, label = ev._event_label(span, blocked, referents, clauses, future=t.future)
    if label:
        return made_label_dropped(parsed, label)
    if other is None and not ev._moved_to(span, verb):
        v, n, bare = ev._clause_or_noun_label(verb, noun, span, blocked, referents, clauses, future=t.future)
        if bare:
            return "print: " + print_refusal(bare, v, span, parsed, t.future)
    if v is None:
        return "noun label empty" if n is not None else "no head"
    told = ev._happening_told(v, clauses)
    text = ev.finish(ev.clause_text(told, blocked, referents, subject=True))
    problem = clause_problem(told, text, clauses)
    return f"clause check: {problem}" if problem else f"label empty ({told.tag_} {told.dep_})"


_NO_HAPPENING = ("_yardstick", "measure_base", "_comparison_point", "_attendant_noun_date", "_present_state",
                 "_reported_period")


def print_refusal(label: str, verb, span, parsed, future: bool) -> str:
    """Which test of events._printed_label emptied a label the clause gave."""
    sent = span.sent
    if ev._no_happening_at(span, verb, future=future):
        args = {"_yardstick": (span, verb), "measure_base": (span, verb), "_comparison_point": (span,),
                "_attendant_noun_date": (span,), "_present_state": (verb,), "_reported_period": (span, verb)}
        found = next((n for n in _NO_HAPPENING if getattr(ev, n)(*args[n])), None)
        return f"no happening at the date ({found or 'not_happening'})"
    if ev._quoted_voice(label, sent):
        return "quoted voice"
    if ev._subjectless_content(verb, label):
        return "subjectless content"
    final = ev._final_label(label, verb, span, future=future)
    if not final:
        return "final label: " + emptied_kind(label, verb)
    fault = label_fault(final, sent)
    return f"chosen_label: {fault or 'leans on an unseen referent'}"


def emptied_kind(label: str, verb) -> str:
    """What the label that events._final_label's repair and trim left empty was."""
    words = label.split()
    said = verb is not None and reporting_verb(verb)
    if said and words and words[-1] == verb.text or said and f" {verb.text} at " in label:
        return "a bare saying frame (its words a quotation)"
    if words and words[0].lower() in ("he", "she", "they", "it", "we", "i"):
        return "a pronoun subject"
    return "repaired or trimmed to nothing"


def made_label_dropped(parsed, label: str) -> str:
    """Which later filter took a label the date's clause did give."""
    if label_quality(label) < drop_threshold():
        return "label score low"
    if any(e.label.lower() == label.lower() for e in parsed.events):
        return "merged into another sentence's event"
    return "later filter (merge/placed/fitted/one per label)"


def article_rows(path: Path, all_dates: bool) -> list[tuple[str, str, str, str, bool]]:
    parsed = analyse(parse_article(decode(read_bytes(str(path)))))
    with_event = {e.sentence_id for e in parsed.events}
    with_date = {(e.sentence_id, e.date) for e in parsed.events}
    doc = parsed.doc
    referents = ev.label_resolver(parsed.index, doc)
    blocked = set(ev._datelines(parsed.spans))
    for t in parsed.times:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None:
            blocked.update(ev._label_left_out(span))
    rows = []
    for t in parsed.times:
        if t.precision != "day" or (t.sentence_id, t.date) in with_date or all_dates and t.sentence_id in with_event:
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            continue
        rows.append((shape(t, span), why(parsed, t, span, blocked, referents), t.text,
                     parsed.spans[t.sentence_id].text.replace("\n", " "), t.sentence_id in with_event))
    return rows


DEV_JUDGED = range(6, 13)          # timeline verdicts of the dev articles (sets 6-12)
_SAYING_LABEL = re.compile(r"\b(said|says|told)\b")


def saying_verdicts() -> tuple[int, int]:
    """(judged, good) dev timeline labels of a saying ('X said ...'): the shape a label carrying a quotation's
    words would take; one verdict per article and label, the latest version's (final, after, before)."""
    rows: dict[tuple[str, str], bool] = {}
    for n in DEV_JUDGED:
        for version in ("before", "after", "final"):
            path = UNSEEN / f"timeline-set{n}-{version}.jsonl"
            for line in path.open(encoding="utf-8") if path.exists() else []:
                row = json.loads(line)
                if "label" in row and _SAYING_LABEL.search(row["label"]):
                    rows[(row["article"], row["label"])] = bool(row["label_good"])
    return len(rows), sum(rows.values())


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="*", default=[str(d) for d in DEV_SETS])
    ap.add_argument("--dated", action="store_true",
                    help="also sentences whose events are of other dates than the day expression's")
    args = ap.parse_args()
    shapes: Counter = Counter()
    reasons: Counter = Counter()
    for d in args.dirs:
        for p in sorted(Path(d).glob("*.txt")):
            if p.name.endswith((".quiz.txt", ".timeline.txt")) or p.name.startswith("used_"):
                continue
            for sh, reason, text, sent, other in article_rows(p, not args.dated):
                sh += "+" if other else ""
                shapes[sh] += 1
                reasons[(sh, reason)] += 1
                print(f"{p.stem[:24]:24} {sh:9} {reason:40} [{text}] {sent[:150]}")
    print("shapes ('+': the sentence has events of other dates):", " ".join(f"{k}={v}" for k, v in shapes.most_common()))
    by_reason: Counter = Counter()
    for (_, reason), n in reasons.items():
        by_reason[reason] += n
    print("reasons:", "; ".join(f"{k}={v}" for k, v in by_reason.most_common()))
    for (sh, reason), n in reasons.most_common():
        print(f"{n:4} {sh:9} {reason}")
    judged, good = saying_verdicts()
    print(f"gate for saying labels (sets {DEV_JUDGED.start}-{DEV_JUDGED.stop - 1} timeline verdicts): "
          f"{good}/{judged} good ({good / max(judged, 1):.0%}; a new kind needs >= 70% of >= 8)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
