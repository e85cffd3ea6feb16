"""name_runs.py DIRSFILE [--before]: the proper-name spans the engine keeps (index mentions) against the
maximal capitalised runs of the dev lessons' text, counted by kind (whole, trimmed, split, missed), and
how many of the runs not held whole are a clause's subject (a clause without its anchor name)."""
import collections
import os
import sys

sys.path[0] = "."      # the repository, not bench/ (its queue.py would hide the standard one)

from quizgen import nlp                                    # noqa: E402
from quizgen.article import parse_article                  # noqa: E402
from quizgen.index import NAME_KINDS, build_index          # noqa: E402
from quizgen.pipeline import ParsedArticle, _entities_by_sentence   # noqa: E402
from quizgen.sentences import split_sentences              # noqa: E402
from quizgen.whole_names import _CALENDAR, _STOPS          # noqa: E402

INNER = {"of", "de", "&"}
WORD_TAGS = {"NNP", "NNPS", "NN", "NNS", "JJ"}


def capital(t) -> bool:
    """A capitalised name word: a noun or adjective, not a title ('President'), month or weekday."""
    return t.text[:1].isupper() and any(c.isalpha() for c in t.text) and t.tag_ in WORD_TAGS \
        and t.lower_.rstrip(".") not in _CALENDAR | _STOPS


def runs(span):
    """Maximal capitalised runs of 2+ words in a sentence (inner of/de/&; a sentence-initial word only
    when tagged a proper noun; titles like 'President' cut off the front); headline-like sentences skipped."""
    alpha = [t for t in span if t.is_alpha]
    if len(alpha) >= 3 and sum(t.text[0].isupper() for t in alpha) >= 0.6 * len(alpha):
        return
    toks = list(span)
    i = 0
    while i < len(toks):
        if not capital(toks[i]) or (i == 0 and toks[i].tag_ not in ("NNP", "NNPS")):
            i += 1
            continue
        j = i + 1
        while j < len(toks):
            if capital(toks[j]):
                j += 1
            elif toks[j].lower_ in INNER and j + 1 < len(toks) and capital(toks[j + 1]):
                j += 2
            else:
                break
        a = i
        if j - a >= 2:
            yield toks[a].i, toks[j - 1].i + 1
        i = j


def trimmed(doc, a, b):
    """A kept span without a leading 'the' and a trailing possessive, as a run holds neither."""
    if b - a > 1 and doc[a].lower_ == "the":
        a += 1
    if b - a > 1 and doc[b - 1].tag_ == "POS":
        b -= 1
    return a, b


def kind_of(run, kept):
    a, b = run
    inside = [m for m in kept if a <= m[0] and m[1] <= b]
    over = [m for m in kept if m[0] < b and a < m[1]]
    if any(m == (a, b) for m in kept):
        return "whole"
    if len(inside) >= 2:
        return "split"
    if len(inside) == 1:
        m = inside[0]
        return "trimmed-" + ("both" if m[0] > a and m[1] < b else "front" if m[0] > a else "end")
    return "overrun" if over else "missed"


def lesson(path, tally, examples):
    article = parse_article(open(path, encoding="utf-8").read())
    doc = nlp.parse(article.reading or article.body)
    pairs = split_sentences(doc)
    spans = [sp for _, sp in pairs]
    parsed = ParsedArticle(article=article, doc=doc, sentences=[s for s, _ in pairs], spans=spans,
                           sentence_ents=_entities_by_sentence(doc, spans))
    idx = build_index(parsed)
    kept = {trimmed(doc, m.start, m.end) for m in idx.mentions if m.kind in NAME_KINDS}
    for sp in spans:
        for run in runs(sp):
            k = kind_of(run, kept)
            tally[k] += 1
            if k != "whole" and any(t.dep_ in ("nsubj", "nsubjpass") for t in doc[run[0]:run[1]]):
                tally["clause subject not whole (" + k + ")"] += 1
            if k != "whole":
                inside = [doc[a:b].text for a, b in sorted(kept) if a < run[1] and run[0] < b]
                examples[k].append("%s: %r kept %r" % (os.path.basename(path)[:30], doc[run[0]:run[1]].text, inside))


def main():
    dirs = open(sys.argv[1]).read().split()
    before = "--before" in sys.argv
    pipe = nlp.load()
    ctx = pipe.select_pipes(disable=["whole_names"]) if before else None
    tally, examples = collections.Counter(), collections.defaultdict(list)
    for d in dirs:
        for name in sorted(os.listdir(d)):
            if name.endswith(".txt") and not name.endswith((".quiz.txt", ".timeline.txt")) \
                    and not name.startswith("used_") and not name[0].isupper():
                lesson(os.path.join(d, name), tally, examples)
    if ctx is not None:
        ctx.restore()
    for k, lines in sorted(examples.items()):
        print("##", k, len(lines))
        for line in lines:
            print("  ", line)
    print("runs of 2+ words by kind:", dict(sorted(tally.items())))


if __name__ == "__main__":
    main()
