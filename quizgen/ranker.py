"""The learned question ranker: how likely a teacher keeps a question, from features of its text and article.

The weights are learned from teacher judgments by `bench/train_ranker.py` and shipped as
`quizgen/data/ranker.json`; running the model needs nothing but this module.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from . import wordlists
from .lexicon import content_words, key
from .model import Question, Sentence

MODEL_PATH = Path(__file__).parent / "data" / "ranker.json"

KINDS = ("multiple_choice", "true_false", "fill_blank", "who_said", "when", "order_events")
FOCUS_GROUPS = wordlists.mapping("ranker_focus_groups")        # focus -> person, place, org, time, number
_GROUPS = tuple(dict.fromkeys(FOCUS_GROUPS.values()))
_PRONOUN_START = re.compile(wordlists.pattern("pronoun_start"), re.I)
_PRONOUN_ANY = re.compile(wordlists.pattern("pronoun_any"), re.I)
_QUOTES = "\"“”‘’'"
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_ATTRIBUTED = re.compile(wordlists.pattern("attributed_ranker"), re.I)
# a quotation that opens on a relative or a conjunction ('Which ...', 'But ...') goes on from words the
# question leaves out (case matters, so not re.I: a partial quote opening lower-case is common and fine)
_QUOTE_FRAGMENT = re.compile(wordlists.pattern("quote_fragment_start"))


# the most-mentioned name of an article is its topic when the article names it this often
TOPIC_MENTIONS = 4
# kinds of index mentions that name a thing (a person, place or organisation), not a value
_NAMING_KINDS = frozenset({"PERSON", "COUNTRY", "STATE", "CITY", "PLACE", "ORG", "MEDIA"})


@dataclass
class ArticleView:
    """What the ranker reads of an article: its title and sentences, and (when the article was
    parsed) the index's name mentions, which say how often each named thing recurs."""

    title: str | None
    sentences: Sequence[Sentence]
    mentions: Sequence = ()             # quizgen.index.Mention of the parsed article, if any
    year: int | None = None             # the publication year, when the article gives its date
    _text: str = field(default="", init=False, repr=False)
    _title_words: frozenset[str] = field(default=frozenset(), init=False, repr=False)
    _things: dict[str, int] = field(default_factory=dict, init=False, repr=False)
    _topics: frozenset[str] = field(default=frozenset(), init=False, repr=False)
    _counts: dict[str, int] = field(default_factory=dict, init=False, repr=False)
    _word_starts: dict[str, list[int]] | None = field(default=None, init=False, repr=False)
    _joined: str = field(default="", init=False, repr=False)
    _lead: tuple[frozenset[str], ...] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self._text = " ".join(s.text for s in self.sentences).lower()
        self._joined = "\0".join(s.text for s in self.sentences)
        self._title_words = frozenset(content_words(self.title or ""))
        self._things, self._topics = _salience(self.mentions, self.title or "")

    def lead_words(self, sentence_id: int) -> frozenset[str]:
        """The stems of the headline and the lead a sentence is compared with (its own words left out)."""
        if self._lead is None:
            self._lead = _lead_words(self)
        return self._lead[min(max(sentence_id, 0), len(self._lead) - 1)]

    def mentions_of(self, name: str) -> int:
        """How often the article names a thing: its index mentions under any of its names (a
        surname for the full name), or the plain count of the words when the index lacks it."""
        return max(self._things.get(key(name), 0), self.count(name))

    def is_topic(self, name: str) -> bool:
        """A thing the headline names, or the one the article names most (and often)."""
        k = key(name)
        if k in self._topics:
            return True
        title = f" {key(self.title or '')} "
        return bool(k) and f" {k} " in title

    def count(self, phrase: str) -> int:
        """How often a phrase occurs in the article (whole words, case folded)."""
        phrase = phrase.strip().lower()
        if not phrase:
            return 0
        if phrase not in self._counts:
            self._counts[phrase] = self._count(phrase)
        return self._counts[phrase]

    def _count(self, phrase: str) -> int:
        """Whole-word, non-overlapping matches, tried only where the text has the phrase's first word
        (a match starts a word, and that word is the phrase's first): a scan of the whole article per
        phrase made long lessons quadratic."""
        found = re.compile(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)")
        first = re.match(r"\w+", phrase)
        if first is None:
            return len(found.findall(self._text))
        if self._word_starts is None:
            self._word_starts = {}
            for m in re.finditer(r"\w+", self._text):
                self._word_starts.setdefault(m.group(), []).append(m.start())
        n, end = 0, 0
        for at in self._word_starts.get(first.group(), ()):
            m = found.match(self._text, at) if at >= end else None
            if m is not None:
                n, end = n + 1, m.end()
        return n

    def joined_text(self) -> str:
        """The sentences' texts joined by a NUL, which no word or space pattern crosses: one search of
        it tells whether any sentence matches."""
        return self._joined

    def paragraphs(self) -> int:
        return (max((s.paragraph for s in self.sentences), default=0) + 1) if self.sentences else 1


def _salience(mentions: Sequence, title: str) -> tuple[dict[str, int], frozenset[str]]:
    """Name key -> mentions of the thing it names; and the keys of the topic things."""
    per_thing: dict[str, int] = {}
    names: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind not in _NAMING_KINDS:
            continue
        per_thing[m.canon] = per_thing.get(m.canon, 0) + 1
        names.setdefault(m.canon, set()).update(k for k in (key(m.text), key(m.full), m.canon) if k)
    counts = {k: per_thing[c] for c, ks in names.items() for k in ks}
    title = f" {key(title)} "
    top = max(per_thing.values(), default=0)
    topics = {k for c, ks in names.items() for k in ks
              if (per_thing[c] == top and top >= TOPIC_MENTIONS) or any(f" {n} " in title for n in ks)}
    return counts, frozenset(topics)


def _stems(text: str) -> frozenset[str]:
    """Content words cut to five letters, so 'killed' meets 'kills' and 'strikes' meets 'striking'."""
    return frozenset(w[:5] for w in content_words(text))


def _lead_words(view: "ArticleView") -> tuple[frozenset[str], ...]:
    """Per lead sentence (the first two), the stems of the headline and the other lead sentence; last,
    for every later sentence, those of the headline and both lead sentences."""
    title = _stems(view.title or "")
    firsts = [_stems(s.text) for s in view.sentences[:2]]
    return tuple(title.union(*(w for j, w in enumerate(firsts) if j != i)) for i in range(len(firsts) + 1))


@dataclass(frozen=True)
class RankerModel:
    """A logistic model over standardised features."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    trust: float                      # keep probability above which a question goes in the quiz unchecked

    def probability(self, values: dict[str, float]) -> float:
        z = self.bias
        for name, m, s, w in zip(self.features, self.mean, self.scale, self.weights):
            z += w * ((values.get(name, 0.0) - m) / s)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def article_view(parsed) -> ArticleView:
    """The view of a parsed article: its title, sentences, name mentions and publication year."""
    article = getattr(parsed, "article", None)
    index = getattr(parsed, "index", None)
    published = getattr(article, "published", None)
    return ArticleView(getattr(article, "title", None), parsed.sentences, getattr(index, "mentions", ()),
                       published.year if published else None)


@lru_cache(maxsize=4)
def load_model(path: str | Path = MODEL_PATH) -> RankerModel:
    """The shipped model (a small JSON file written by bench/train_ranker.py)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return RankerModel(features=tuple(data["features"]), mean=tuple(data["mean"]),
                       scale=tuple(s or 1.0 for s in data["scale"]), weights=tuple(data["weights"]),
                       bias=float(data["bias"]), trust=float(data["trust"]))


def keep_probability(q: Question, article: ArticleView, *, model: RankerModel | None = None) -> float:
    """The probability that a teacher keeps `q` unedited: read from the question and its article alone,
    not from its place in the bank, so a question keeps its score when the bank around it changes."""
    model = model or load_model()
    return model.probability(question_features(q, article))


def contributions(q: Question, article: ArticleView, *, model: RankerModel | None = None) -> dict[str, float]:
    """Each feature's push on the model's log-odds for `q` (negative: it lowers the keep chance)."""
    model = model or load_model()
    values = question_features(q, article)
    return {name: w * ((values.get(name, 0.0) - m) / s)
            for name, m, s, w in zip(model.features, model.mean, model.scale, model.weights)}


def question_features(q: Question, article: ArticleView) -> dict[str, float]:
    """Numbers describing a question, its evidence sentence and its place in the article."""
    f: dict[str, float] = {f"kind_{k}": float(q.type == k) for k in KINDS}
    group = _focus_group(q.focus)
    f.update({f"focus_{g}": float(group == g) for g in (*_GROUPS, "other")})
    f["focus_context"] = float(q.focus.endswith(":context"))
    f.update(_position(q, article))
    f.update(_prompt(q, article))
    f.update(_answer(q, article))
    f.update(_choices(q, article))
    f.update(_statement(q, article))
    f.update(_point_features(q, article))
    return f


def _point_features(q: Question, article: ArticleView) -> dict[str, float]:
    """Whether the evidence sentence tells the story's point or a side of it (JUDGING.md rule 6): how many
    of its words the headline and the lead share. Of the judged questions on a sentence after the lead,
    teachers kept 54 % of 186 when it shares none of their words, 59 % of 683 with one or two, 68 % of
    678 with three or more."""
    i = q.sentence_id
    evidence = article.sentences[i].text if 0 <= i < len(article.sentences) else ""
    return {"evidence_lead_words": math.log1p(len(_stems(evidence) & article.lead_words(i)))}


def _statement(q: Question, article: ArticleView) -> dict[str, float]:
    """True/false and cloze: a false version's swapped-in words, a blank's share of the sentence."""
    swapped = set()
    if q.type == "true_false" and q.answer == "False" and q.explanation:
        swapped = set(_WORD.findall(q.prompt)) - set(_WORD.findall(q.explanation))
    foreign = [w for w in swapped if w[:1].isupper() and article.count(w) == 0]
    blank_share = 0.0
    if q.type == "fill_blank" and isinstance(q.answer, str):
        blank_share = len(q.answer.split()) / max(1, len(q.prompt.split()))
    return {"swap_from_outside": float(bool(foreign)), "swap_words": float(len(swapped)),
            "blank_share": blank_share}


# ------------------------------------------------------------------------------------ helpers

def _focus_group(focus: str) -> str:
    return FOCUS_GROUPS.get(focus.split(":")[0].strip().lower(), "other")


def _position(q: Question, article: ArticleView) -> dict[str, float]:
    n = max(1, len(article.sentences))
    sentence = article.sentences[q.sentence_id] if 0 <= q.sentence_id < len(article.sentences) else None
    evidence = sentence.text if sentence else ""
    # teachers keep fewer questions of long articles (more minor details to ask about), whatever the source
    return {"sentence_position": q.sentence_id / n, "in_lead": float(q.sentence_id <= 1),
            "article_sentences": math.log1p(len(article.sentences)),
            "paragraph_position": (sentence.paragraph if sentence else 0) / article.paragraphs(),
            "evidence_words": math.log1p(len(evidence.split())),
            "evidence_is_quote": float(evidence[:1] in _QUOTES or evidence.count("“") + evidence.count('"') >= 2),
            "evidence_pronoun_start": float(bool(_PRONOUN_START.match(evidence))),
            "evidence_attributed": float(bool(_ATTRIBUTED.search(evidence)))}


def _prompt(q: Question, article: ArticleView) -> dict[str, float]:
    words = q.prompt.split()
    content = content_words(q.prompt)
    overlap = len(content & article._title_words) / len(content) if content else 0.0
    return {"prompt_words": math.log1p(len(words)), "prompt_long": float(len(words) > 22),
            "prompt_pronoun_start": float(bool(_PRONOUN_START.match(q.prompt))),
            "prompt_pronoun_any": float(bool(_PRONOUN_ANY.search(q.prompt))),
            "prompt_has_quote": float(any(c in q.prompt for c in "“”\"")),
            "prompt_lower_start": float(q.prompt[:1].islower()),
            "prompt_has_digit": float(any(c.isdigit() for c in q.prompt)),
            "prompt_title_overlap": overlap, "tf_false": float(q.type == "true_false" and q.answer == "False"),
            "quote_fragment": float(q.type == "who_said" and bool(_QUOTE_FRAGMENT.search(q.prompt)))}


def _answer(q: Question, article: ArticleView) -> dict[str, float]:
    answer = q.answer if isinstance(q.answer, str) and q.type != "true_false" else ""
    if not answer:
        return {"answer_words": 0.0, "answer_number": 0.0, "answer_capitalised": 0.0, "answer_mentions": 0.0,
                "answer_once": 0.0, "answer_in_title": 0.0, "answer_in_prompt": 0.0, "has_answer_text": 0.0,
                "person_once": 0.0, "answer_topic": 0.0, "answer_thing_mentions": 0.0}
    mentions = article.count(answer)
    last = answer.split()[-1] if answer.split() else answer
    mentions = max(mentions, article.count(last) if last[:1].isupper() and len(last) > 2 else 0)
    title = (article.title or "").lower()
    return {"answer_words": math.log1p(len(answer.split())),
            "answer_number": float(bool(re.search(r"\d", answer)) or answer.lower() in _NUMBER_WORDS),
            "answer_capitalised": float(answer[:1].isupper()),
            "answer_mentions": math.log1p(mentions), "answer_once": float(mentions <= 1),
            "answer_in_title": float(bool(title) and (answer.lower() in title or last.lower() in title)),
            "answer_in_prompt": float(answer.lower() in q.prompt.lower()), "has_answer_text": 1.0,
            "person_once": float(mentions <= 1 and _focus_group(q.focus) == "person"),
            # the index's count of the thing (all its names) and whether it is the article's topic
            "answer_topic": float(answer[:1].isupper() and article.is_topic(answer)),
            "answer_thing_mentions": math.log1p(article.mentions_of(answer))}


_NUMBER_WORDS = wordlists.word_set("ranker_number_words")


def _choices(q: Question, article: ArticleView) -> dict[str, float]:
    if not q.choices or q.type in ("true_false", "order_events"):
        return {"n_choices": 0.0, "distractor_overlap": 0.0, "distractor_nested": 0.0,
                "distractors_in_article": 0.0}
    answer = str(q.answer)
    others = [c for c in q.choices if c != answer]
    a_words = set(_WORD.findall(answer.lower()))
    overlap = max((len(a_words & set(_WORD.findall(c.lower()))) / max(1, len(a_words | set(_WORD.findall(c.lower()))))
                   for c in others), default=0.0)
    nested = any(c.lower() in answer.lower() or answer.lower() in c.lower() for c in others)
    in_article = sum(1 for c in others if article.count(c) > 0) / max(1, len(others))
    return {"n_choices": float(len(q.choices)), "distractor_overlap": overlap, "distractor_nested": float(nested),
            "distractors_in_article": in_article}


