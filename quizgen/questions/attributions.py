"""Quotations and who the article says spoke them: the attribution frame of its sentences."""
from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Span, Token

from ..clauses import ArticleClauses
from ..index import ArticleIndex, Mention
from ..referents import PRONOUN_NAMES
from ..wordlists import word_set

_QUOTE_RE = re.compile(r"[\u201c\"]([^\u201c\u201d\"]{12,}?)(?:[\u201d\"\u201c]|$)")
SPEAKER_KINDS = ("PERSON", "ORG", "MEDIA", "COUNTRY")


class _Article(NamedTuple):
    index: ArticleIndex
    quoted: frozenset
    paragraph: dict[int, int]
    clauses: ArticleClauses       # its verbs of saying: `clauses.quoting(span)`
    starts: dict[int, int]        # sentence id -> index of its first token


def _speaker_of(article: _Article, span: Span, sid: int, owners: dict[str, Mention]) -> Mention | None:
    """The speaker of the sentence's quotation: the subject of the reporting verb nearest the quoted
    words, not of another one ("When Tacopina asked why, she said: '...'" is hers, not his)."""
    ments = article.index.by_sentence.get(sid, [])
    verbs = sorted(article.clauses.quoting(span), key=lambda ts: _distance_to_quote(ts[0], span, article))
    if not verbs:
        return None
    t, s = verbs[0]
    m = _named_speaker(s, ments)
    if m is not None:
        _note_owned_documents(t, m, owners)
        return m
    if s.pos_ == "NOUN" and s.lemma_.lower() in owners:
        return owners[s.lemma_.lower()]
    if s.lower_ in ("he", "she"):
        others = {n.canon for _, o in verbs[1:] if (n := _named_speaker(o, ments)) is not None}
        return _only_person_of_paragraph(article, sid, s, others)
    return None


def _distance_to_quote(verb: Token, span: Span, article: _Article) -> tuple[bool, int]:
    """How far a reporting verb is from the quoted words; a verb of asking or one inside a 'when'
    clause introduces someone else's words, so it comes last."""
    inside = [t.i for t in span if t.i in article.quoted]
    asking = verb.lemma_.lower() in ("ask", "question") or verb.dep_ in ("advcl", "relcl")
    return asking, min((abs(verb.i - i) for i in inside), default=0)


def _named_speaker(s: Token, ments: list[Mention]) -> Mention | None:
    """The person, body or country the subject (or a name in apposition to it) names."""
    for c in [s] + [c for c in s.children if c.dep_ == "appos"]:
        for m in ments:
            if m.start <= c.i < m.end and m.kind in SPEAKER_KINDS:
                return m
    return None


def _note_owned_documents(t: Token, m: Mention, owners: dict[str, Mention]) -> None:
    """A body that said it "in a readout" owns later sentences where "the readout" speaks."""
    for ch in t.children:
        if ch.dep_ == "prep" and ch.lower_ == "in":
            for p in ch.children:
                if p.dep_ == "pobj":
                    owners[p.lemma_.lower()] = m


def _only_person_of_paragraph(article: _Article, sid: int, s: Token, others: set[str]) -> Mention | None:
    """'she said': the one person the paragraph has named so far, if there is just one (people who
    asked or spoke elsewhere in the sentence are not her)."""
    para = article.paragraph.get(sid)
    named = {m.canon: m for m in article.index.mentions if m.kind == "PERSON" and m.start < s.i
             and article.paragraph.get(m.sentence_id) == para and m.start not in article.quoted
             and m.canon not in others}
    if not named:
        return _person_just_before(article, sid, s, others)
    if len(named) != 1:
        return None
    only = next(iter(named.values()))
    return None if _pronoun_before(article, para, s, only.start) else only


def _person_just_before(article: _Article, sid: int, s: Token, others: set[str]) -> Mention | None:
    """'Finally, Judge Ann Lee read the sentence. "I have signed it," she said.': web reports give each
    quotation a paragraph of its own, so its paragraph names no one; the 'she' is the person the
    sentence just before names by family name outside quotations, when the resolver reads the pronoun
    as that person too, that sentence names no one else and no 'he'/'she' comes first in her own."""
    start = article.starts.get(sid)
    if start is None or sid - 1 not in article.starts or _unsure_pronoun(article, sid, s):
        return None
    person = _resolved_person(article, s, others)
    if person is None:
        return None
    prev = s.doc[article.starts[sid - 1]:start]
    family = person.full.split()[-1]
    named = any(t.text == family and t.pos_ == "PROPN" and t.i not in article.quoted for t in prev)
    return person if named and not _other_person(article, sid - 1, prev, person) else None


def _unsure_pronoun(article: _Article, sid: int, s: Token) -> bool:
    """A 'he' or 'she' outside quotations before the pronoun in its sentence ('When he asked, she said'),
    or quoted words on both sides of it ('"The reality is, when you have a fine unit," he said, "you keep
    it."': the part asked alone is no whole sentence)."""
    start, end = article.starts[sid], article.starts.get(sid + 1, len(s.doc))
    if any(t.lower_ in ("he", "she") and t.i not in article.quoted for t in s.doc[start:s.i]):
        return True
    return any(i in article.quoted for i in range(start, s.i)) and \
        any(i in article.quoted for i in range(s.i + 1, end))


def _resolved_person(article: _Article, s: Token, others: set[str]) -> Mention | None:
    """A person mention of the name the resolver reads the pronoun as, not one speaking elsewhere in its sentence."""
    meant = s.doc.user_data.get(PRONOUN_NAMES, {}).get(s.i)
    if not meant:
        return None
    return next((m for m in article.index.mentions if m.kind == "PERSON" and meant in (m.full, m.text)
                 and m.canon not in others), None)


def _other_person(article: _Article, sid: int, prev: Span, person: Mention) -> bool:
    """The sentence speaks of a person other than `person` outside quotations: a person mention or a
    person name the tagger marked, or a name word of another (see _other_name_word)."""
    own = set(person.full.split()) | set(person.text.split())
    if any(m.kind == "PERSON" and m.canon != person.canon and m.start not in article.quoted
           for m in article.index.by_sentence.get(sid, [])):
        return True
    if any(e.label_ == "PERSON" and e.start not in article.quoted and not own & set(e.text.split())
           for e in prev.ents):
        return True
    return _other_name_word(article, prev, person, own)


def _other_name_word(article: _Article, prev: Span, person: Mention, own: set[str]) -> bool:
    """A word of another person's name the article gives elsewhere ('Lee thanked clerk Ann Ray' with
    'Lee' left untagged), or a subject name the tagger left unmarked, outside quotations."""
    others = {w for m in article.index.mentions if m.kind == "PERSON" and m.canon != person.canon
              for w in m.full.split()} - own
    return any(t.i not in article.quoted and _names_another(t, own, others) for t in prev)


def _names_another(t: Token, own: set[str], others: set[str]) -> bool:
    """A capitalised word not of the person's own name: another's name word, or a subject name the
    tagger gave no entity (one it marked, 'the CDC', is a body, not a person)."""
    if t.text in own or not t.text[:1].isupper():
        return False
    return t.text in others or (t.pos_ == "PROPN" and not t.ent_type_ and t.dep_ in ("nsubj", "nsubjpass"))


def _pronoun_before(article: _Article, para: int | None, s: Token, first_named: int) -> bool:
    """The paragraph's own 'He said ...' comes before its one named person: that 'he' (and so this
    one) points back past the paragraph, to someone named earlier, not to the person named since."""
    start = min((i for sid, i in article.starts.items() if article.paragraph.get(sid) == para), default=s.i)
    return any(t.lower_ == s.lower_ and t.dep_ in ("nsubj", "nsubjpass") and t.i not in article.quoted
               for t in s.doc[start:first_named])


def _quote(text: str, span: Span | None = None) -> str | None:
    m = _QUOTE_RE.search(text)
    if not m:
        return None
    q = m.group(1).strip(" ,.")
    words = q.split()
    if len(words) < 4:
        return None
    if len(words) > LONGEST_QUOTE:
        q = _clause_cut(q, span) or " ".join(words[:14]).rstrip(",;:") + " …"
    return q


LONGEST_QUOTE = 16
_LONGEST_CLAUSE = 20     # a whole clause may run a little past LONGEST_QUOTE rather than be cut inside
_SHORTEST_CUT = 8        # words before a cut: fewer leave only an opening phrase
_BOUNDARY = {",", ";", ":", "--", "—", "–"}
_CUT_ENDINGS = word_set("clause_cut_endings")
_CORE_DEPS = word_set("core_dependents")


def _clause_cut(q: str, span: Span | None) -> str | None:
    """A long quotation shortened where its clause ends, not mid-clause ('... as they …'): its first
    sentence when that is short enough, else at the last comma, semicolon or dash that nothing before
    it hangs on past (a subordinate clause waiting for its main one is not cut off), else after the
    last word that closes what came before it."""
    lo, toks = _quoted_tokens(q, span)
    first = _first_sentence(toks)
    if first is not None:
        return q[:first - lo].strip(" ,").rstrip(".")
    cuts = [k for k in range(len(toks) - 1, 0, -1) if _cut_ok(toks, k)]
    k = next((k for k in cuts if _mark_cut(toks, k)), None) or next((k for k in cuts if _word_cut(toks, k)), None)
    return None if k is None else q[:_end(toks[k - 1]) - lo].strip(" ,").rstrip(",;:") + " …"


def _mark_cut(toks: list[Token], k: int) -> bool:
    return toks[k].text in _BOUNDARY and _words(toks[:k]) <= _LONGEST_CLAUSE


def _cut_ok(toks: list[Token], k: int) -> bool:
    """Enough words before the cut, and a clause closed at it (a semicolon ends one however parsed)."""
    return _SHORTEST_CUT <= _words(toks[:k]) and (_closed(toks, k) or toks[k].text == ";")


def _word_cut(toks: list[Token], k: int) -> bool:
    """A cut between words, short enough, not after a word a clause cannot end on."""
    last = toks[k - 1]      # 'the people who are …': a form of 'be' waits for what they are
    return not last.is_punct and last.lower_ not in _CUT_ENDINGS and last.lemma_ != "be" and \
        _words(toks[:k]) <= LONGEST_QUOTE


def _first_sentence(toks: list[Token]) -> int | None:
    """Where the quotation's first sentence ends, when it is whole and short enough to ask alone."""
    k = next((k for k in range(1, len(toks)) if toks[k - 1].text in (".", "!", "?")), None)
    if k is None or not 4 <= _words(toks[:k]) <= _LONGEST_CLAUSE or not _closed(toks, k):
        return None
    return _end(toks[k - 1])


def _quoted_tokens(q: str, span: Span | None) -> tuple[int, list[Token]]:
    """Where the quotation starts in the document, and its tokens (one with a mark glued on, '."So', too)."""
    at = span.text.find(q) if span is not None else -1
    if at < 0:
        return 0, []
    lo, hi = span.start_char + at, span.start_char + at + len(q)
    return lo, [t for t in span if _end(t) > lo and t.idx < hi]


def _end(t: Token) -> int:
    return t.idx + len(t.text)


def _closed(toks: list[Token], k: int) -> bool:
    """No word before the cut hangs on a word after it, and none after it is a complement a word
    before it needs ('... that reforms are …' without 'necessary')."""
    after, before = {t.i for t in toks[k:]}, {t.i for t in toks[:k]}
    return not any(t.head.i in after for t in toks[:k]) and \
        not any(t.head.i in before and t.dep_ in _CORE_DEPS for t in toks[k:])


def _words(toks: list[Token]) -> int:
    return sum(1 for t in toks if not t.is_punct)


def find_attributions(parsed, index: ArticleIndex, quoted: frozenset,
                      paragraph: dict[int, int]) -> list[tuple[int, Mention, str]]:
    """(sentence id, speaker, quote) for every quotation the article attributes to a named speaker."""
    article = _Article(index, quoted, paragraph, parsed.clauses, _first_tokens(parsed))
    owners: dict[str, Mention] = {}
    found: list[tuple[int, Mention, str]] = []
    last: tuple[int, Mention] | None = None      # (paragraph, speaker) of the last attributed quote
    for s, span in zip(parsed.sentences, parsed.spans):
        if not _has_quote(s.text, span, quoted):
            last = None if last and last[0] != s.paragraph else last
            continue
        sp = _speaker_of(article, span, s.id, owners)
        q = _quote(s.text, span) or (_quote("\u201c" + s.text, span) if sp is None and last else None)
        if sp is not None and q:
            found.append((s.id, sp, q))
            last = (s.paragraph, sp)
        elif sp is None and _quote_goes_on(last, s.paragraph, q, span, parsed.clauses):
            found.append((s.id, last[1], q))        # the same speaker's quotation goes on
        elif sp is None:
            last = None       # someone else speaks ("engineers said"): the quotation does not go on
    return found


def _first_tokens(parsed) -> dict[int, int]:
    return {s.id: span.start for s, span in zip(parsed.sentences, parsed.spans)}


def _has_quote(text: str, span, quoted: frozenset) -> bool:
    """A quotation mark in the sentence, or a token inside a quotation opened earlier."""
    return any(ch in text for ch in "\u201c\u201d\"") or any(t.i in quoted for t in span)


def _quote_goes_on(last: tuple[int, Mention] | None, paragraph: int, q: str | None, span,
                   clauses: ArticleClauses) -> bool:
    """An unattributed quotation in the same paragraph as the last one, with no new speaker's verb."""
    return last is not None and last[0] == paragraph and bool(q) and not clauses.quoting(span) \
        and not _someone_acts(span, clauses.quoted)


def _someone_acts(span, quoted: frozenset) -> bool:
    """'"Fight them," he urged Iraqis': a verb outside the quotation with its own subject outside it,
    a verb of saying the reporting list lacks; the quotation may be another speaker's, so it does not
    go on as the last speaker's."""
    return any(t.pos_ == "VERB" and t.i not in quoted and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i not in quoted for c in t.children) for t in span)
