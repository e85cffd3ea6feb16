"""The last choice of a timeline label: among the clauses of the dated sentence, one that prints as a
complete clause (the reported content before its reporting frame), or none rather than a broken one."""
from __future__ import annotations

import re

from lemminflect import getAllInflections

from spacy.tokens import Span, Token

from .clauses import ArticleClauses, reporting_verb
from .headlines import clause_problem
from .realise import MAX_LABEL_WORDS, Resolver, clause_text, finish, np_text, subject_phrase
from .wordlists import word_set

_TIME_NOUNS = word_set("time_nouns")
_PERIOD_NOUNS = word_set("period_nouns")
_AUXILIARIES = word_set("auxiliary_forms")
_AMOUNTS = ("MONEY", "CARDINAL", "PERCENT", "QUANTITY")


def aligned(label: str, sent: Span) -> list[Token]:
    """The sentence's tokens that the label's words are, in order: the common sequence weighted to
    its verbs and content words, as a label may move an object ('the treaty, which they signed' ->
    'They signed the treaty'); a word the label added (a named pronoun, an inserted 'was') matches none."""
    words = [w.strip(",.;:\"“”'’").lower() for w in label.split()]
    toks = list(sent)
    best = [[0] * (len(toks) + 1) for _ in range(len(words) + 1)]
    for a in range(len(words) - 1, -1, -1):
        for b in range(len(toks) - 1, -1, -1):
            best[a][b] = max(best[a + 1][b], best[a][b + 1])
            if words[a] == toks[b].lower_:
                best[a][b] = max(best[a][b], best[a + 1][b + 1] + _weight(toks[b]))
    out: list[Token] = []
    a = b = 0
    while a < len(words) and b < len(toks):
        if words[a] == toks[b].lower_ and best[a][b] == best[a + 1][b + 1] + _weight(toks[b]):
            out.append(toks[b])
            a, b = a + 1, b + 1
        elif best[a + 1][b] >= best[a][b + 1]:
            a += 1
        else:
            b += 1
    return out


def _weight(t: Token) -> int:
    return 3 if t.pos_ in ("VERB", "AUX") else 2 if t.pos_ in ("NOUN", "PROPN", "NUM", "ADJ") else 1


def label_fault(label: str, sent: Span) -> str | None:
    """Why a label is no complete clause of its sentence, or None: a verbless chunk, two clauses merged,
    a reporting frame without what was said, a list cut before its last item, a period's bound."""
    toks = aligned(label, sent)
    words = {w.strip(",.;:\"“”'’").lower() for w in label.split()}
    if not toks:
        return None
    built = any(not _in_text(w, sent.text) for w in label.split())     # words of its own ('took place')
    parts = words | {p for w in words for p in w.split("-")}      # 're-opened' is read 're', '-', 'opened'
    if not built and not parts & {t.lower_ for t in sent if t.pos_ in ("VERB", "AUX")}:
        return "no verb"
    kept = {t.i for t in toks}
    if any(_lost_to(t, kept, label) for t in toks) or _foreign_words(toks, words) or _two_finite(label, toks):
        return "merged clauses"
    if any(_frame_without_content(t, kept) for t in toks):
        return "a reporting frame"
    if _cut_list(toks, kept):
        return "a cut list"
    if any(_period_bound(t) for t in toks):
        return "a period's bound"
    if _present_state(toks, kept):
        return "a present state"
    return None


def _in_text(word: str, text: str) -> bool:
    """A label word is the sentence's own when the sentence has it as a whole word ('C$44.3' is one)."""
    return re.search(rf"(?<!\w){re.escape(word.strip(',;:'))}(?!\w)", text, re.I) is not None


def _foreign_words(toks: list[Token], words: set[str]) -> bool:
    """'The candy businesses had sales of about $154 million to bankers': after the label's verb, a
    phrase of another clause (its verb, 'distributed', left out) glued on."""
    verbs = [t for t in toks if t.pos_ in ("VERB", "AUX")]
    if not verbs:
        return False
    return any(t.i > verbs[0].i and t.dep_ in ("prep", "dobj", "dative", "agent") and t.head.pos_ in ("VERB", "AUX")
               and not _verb_present(t.head, words) for t in toks)


def _two_finite(label: str, toks: list[Token]) -> bool:
    """'Volta announced will double its range': a finite verb right after another's, with no subject of
    its own between them, is the reported clause glued onto its frame."""
    finite = ("VBD", "VBZ", "VBP", "MD")
    pairs = zip(toks, toks[1:])
    return any(p.pos_ == "VERB" and p.tag_ in ("VBD", "VBZ", "VBP") and q.tag_ in finite and q.i > p.i + 1 and
               f"{p.text} {q.text}" in label for p, q in pairs)


def _verb_present(verb: Token, words: set[str]) -> bool:
    """The verb is in the label in some form ('offering' printed as 'offered')."""
    forms = {f.lower() for fs in getAllInflections(verb.lemma_, upos="VERB").values() for f in fs}
    return bool(words & (forms | {verb.lower_}))


def _lost_to(t: Token, kept: set[int], label: str) -> bool:
    """'would extend its bid expire': an infinitive printed without its 'to' (and no auxiliary before
    it, of its own or the label's: 'The bank will raise rates') is another clause's verb glued on."""
    to = [c for c in t.children if c.dep_ == "aux" and c.lower_ == "to"]
    if t.tag_ != "VB" or not to or any(c.i in kept for c in to) or t.i - 1 in kept:
        return False
    words = [w.lower() for w in label.split()]
    before = [words[n - 1] for n, w in enumerate(words) if n and w == t.lower_]
    return not any(w in _AUXILIARIES or w == "to" for w in before)


def _frame_without_content(t: Token, kept: set[int]) -> bool:
    """'Unisys said', 'Waymo announced on its blog', 'X told reporters in Brussels': a saying whose
    words are in the sentence but not in the label."""
    if not reporting_verb(t):
        return False
    said = _said(t)
    if not said:
        objects = [c for c in t.children if c.dep_ in ("dobj", "attr", "oprd") and c.pos_ != "PRON"]
        if any(c.i in kept for c in objects):
            return False        # 'announced its plans': the object is what was said
        said = [v for v in t.sent if v.i > t.i and v.pos_ in ("VERB", "AUX") and v.dep_ not in ("aux", "auxpass")
                and v.tag_ in ("VBD", "VBZ", "VBP", "MD")]
        said += [t.head] if t.dep_ == "relcl" else []
    return bool(said) and not any(c.i in kept for c in said)


def _said(t: Token) -> list[Token]:
    """The clause a saying reports: its content clause after it, or (misread) the clause it was hung on
    ('Waymo announced on its blog, Waymo One will double ...')."""
    out = [c for c in t.children if c.dep_ in ("ccomp", "parataxis") and c.i > t.i and c.pos_ in ("VERB", "AUX")]
    if not out and t.dep_ == "ccomp" and t.head.i > t.i and t.head.pos_ in ("VERB", "AUX"):
        out = [t.head]
    return out


def _cut_list(toks: list[Token], kept: set[int]) -> bool:
    """'alienated members of the Cabinet, the White House staff' (and the party's leaders): the label
    ends inside a list, its later items left out. The parser may read the list as an apposition."""
    last = toks[-1]
    node = last
    while node.pos_ not in ("VERB", "AUX") and node.head != node:
        if any(_later_item(c, last) and c.i not in kept for c in node.children):
            return True
        node = node.head
    return False


def _later_item(c: Token, last: Token) -> bool:
    """A list item after the label's last word: an 'and' conjunct (not an amount said again, '$2
    million, or 5 cents a share'), or an apposition with conjuncts of its own on a common noun."""
    if c.i <= last.i or c.pos_ in ("VERB", "AUX") or c.ent_type_ in _AMOUNTS or c.tag_ == "CD":
        return False
    if c.dep_ == "conj":
        return any(x.dep_ == "cc" and x.lower_ == "and" and x.head in (c, c.head) for x in c.head.subtree)
    aside = c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text in ("(", "[")     # '(the price plus dividends)'
    named = c.pos_ == "PROPN"         # 'the mortgage giants Fannie Mae and Freddie Mac' names them again
    return c.dep_ == "appos" and c.head.pos_ == "NOUN" and not aside and not named and \
        any(x.dep_ == "conj" for x in c.children)


def _present_state(toks: list[Token], kept: set[int]) -> bool:
    """'The approach of the year 2000 has many of these groups in a frenzy', 'The point is lower': a
    state that holds as the article is written is no happening at any date, past or planned."""
    heads = [t for t in toks if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")
             and (t.head.i not in kept or t.head == t)]
    if len(heads) != 1 or heads[0].lemma_ not in ("be", "have"):
        return False        # 'The treaty dates from 1961' names its origin; 'be' and 'have' only a state
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("xcomp", "ccomp") for t in toks):
        return False        # 'are to travel', 'is likely to seek': a plan, whose date is its own
    finite = [heads[0], *(c for c in heads[0].children if c.dep_ in ("aux", "auxpass") and c.i in kept)]
    return any(t.tag_ in ("VBZ", "VBP") for t in finite) and not any(t.tag_ == "MD" for t in finite)


def _period_bound(t: Token) -> bool:
    """'The six months were ended': 'ended Aug. 12' only bounds a period; it is no happening."""
    return t.dep_ == "acl" and t.lemma_ == "end" and t.head.lemma_.lower() in _TIME_NOUNS | _PERIOD_NOUNS


def chosen_label(label: str, verb: Token | None, span: Span, blocked: set[int], referents: Resolver,
                 clauses: ArticleClauses) -> str:
    """The label if it is a complete clause; else the first complete one among the date's other
    clauses (what a saying reported, with its speaker; the clause a bounded period is the time of);
    else ''."""
    if not label or label_fault(label, span.sent) is None:
        return label
    for frame, other in _other_clauses(label, verb, span):
        text = finish(clause_text(other, blocked, referents, subject=True))
        if not text or clause_problem(other, text, clauses) is not None or label_fault(text, span.sent):
            continue
        if frame is not None:
            text = _with_speaker(frame, text, blocked, referents, clauses)
        if text:
            return text
    return ""


def _with_speaker(frame: Token, content: str, blocked: set[int], referents: Resolver, clauses: ArticleClauses) -> str:
    """'Bush's son told Sununu he had lost Republican support': what was said, with who said it (and
    to whom), as a report is not a fact; '' when that is too long for a headline."""
    subj = clauses.frame(frame).subject
    speaker = subject_phrase(frame, subj, blocked, referents) if subj is not None else ""
    hearer = next((c for c in frame.children if c.dep_ in ("dobj", "dative") and c.pos_ in ("NOUN", "PROPN")), None)
    heard = np_text(hearer, blocked, referents) if hearer is not None else ""
    if not speaker or frame.lemma_ == "tell" and not heard:
        return ""
    first = content.split()[0]
    inner = content if first not in ("The", "A", "An") else first.lower() + content[len(first):]
    text = finish(" ".join(w for w in (speaker, frame.text, heard, inner) if w))
    return text if len(text.split()) <= MAX_LABEL_WORDS else ""


def _other_clauses(label: str, verb: Token | None, span: Span) -> list[tuple[Token | None, Token]]:
    """Candidate clauses for the date, best first, each with the saying that frames it: the content
    of a saying the label holds, then the verb a period phrase ('for the six months ended Aug. 12')
    is attached to."""
    out: list[tuple[Token | None, Token]] = []
    for t in aligned(label, span.sent):
        if reporting_verb(t):
            out += [(t, c) for c in _said(t)]
        if _period_bound(t) and t.head.dep_ == "pobj" and t.head.head.head.pos_ in ("VERB", "AUX"):
            out.append((None, t.head.head.head))
    return [(f, c) for f, c in out if c != verb]
