"""The learned label check: how likely a judge keeps a timeline label, from the label's own words.

A judge keeps about half of the labels printed on real news; the rest are cut-off clauses, dangling
'the company' or 'him', bare reporting verbs, fragments, or states rather than happenings. The
weights are learned from those verdicts by `bench/train_labels.py` and shipped as
`quizgen/data/label_scorer.json`; scoring needs only the label (parsed alone) and this module.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from .completeness import reparse
from .clauses import SAYING_VERBS
from .wordlists import word_set

MODEL_PATH = Path(__file__).parent / "data" / "label_scorer.json"

_PRONOUNS = word_set("label_pronouns")
_INNER_PRONOUNS = word_set("label_object_pronouns")
_POINTING = word_set("pointing_determiners") | {"the"}
_CUT_ENDINGS = word_set("clause_cut_endings")
_LIGHT_NOUNS = word_set("label_light_nouns")
_STATES = word_set("stative_verbs") | word_set("lasting_verbs")
_FUTURE = word_set("future_auxiliaries")
_TIME_NOUNS = word_set("time_nouns")
_PARTITIVES = word_set("partitive_words")
_QUOTES = set("\"“”‘’")
_FIRST_POS = ("PRON", "DET", "PROPN", "NOUN", "NUM", "ADJ", "VERB", "ADV", "ADP")
_LAST_POS = ("NOUN", "PROPN", "VERB", "ADP", "DET", "ADJ", "ADV", "NUM", "PRON", "AUX", "PART")
# a verb's dependents that complete it: without any, a transitive verb at a label's end lost its object
_COMPLETING = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "prep", "dative", "oprd", "auxpass",
                         "agent", "advcl", "prt", "npadvmod", "advmod"})
_NAMING_DEPS = word_set("label_naming_deps")


def label_features(label: str) -> dict[str, float]:
    """Numbers describing a label's form: its length, how it opens and ends, what its main verb is."""
    doc = reparse(label.strip().rstrip("."))
    toks = [t for t in doc if not t.is_punct and not t.is_space]
    if not toks:
        return {"empty": 1.0}
    f = {"words": math.log1p(len(toks)), "short": float(len(toks) < 4), "long": float(len(toks) > 14),
         "quoted": float(any(t.text in _QUOTES for t in doc)), "has_digit": float(any(t.like_num for t in toks)),
         "has_name": float(any(t.pos_ == "PROPN" for t in toks))}
    f.update(_opening(toks))
    f.update(_ending(toks))
    f.update(_root(toks))
    f.update(_marks(toks))
    return f


def _opening(toks: list[Token]) -> dict[str, float]:
    """How the label opens: its first word's part of speech, a pronoun or bare 'the N' subject."""
    first = toks[0]
    f = {f"first_{p}": float(first.pos_ == p) for p in _FIRST_POS}
    f["first_pronoun"] = float(first.lower_ in _PRONOUNS)
    f["inner_pronoun"] = float(any(t.lower_ in _INNER_PRONOUNS for t in toks[1:]))
    f["bare_definite"] = float(any(_bare_definite(t) for t in toks))
    f.update(_subject([t for t in toks if t.dep_ in ("nsubj", "nsubjpass")]))
    return f


def _subject(subjects: list[Token]) -> dict[str, float]:
    """What the subject is: a bare 'the N', a name, a number alone, a part of a group, or none."""
    f = {}
    f["subject_bare_definite"] = float(any(_bare_definite(t) for t in subjects))
    f["subject_name"] = float(any(t.pos_ == "PROPN" for t in subjects))
    f["subject_number"] = float(any(t.pos_ == "NUM" for t in subjects))
    f["no_subject"] = float(not subjects)
    # 'One of the screens was ...': a part of a group the label does not name
    f["partitive_subject"] = float(any(t.lower_ in _PARTITIVES and any(c.lower_ == "of" for c in t.children)
                                       for t in subjects))
    return f


def _bare_definite(t: Token) -> bool:
    """'the company', 'this plan': a common noun with a pointing determiner and nothing saying which."""
    kids = list(t.children)
    return t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in _POINTING for c in kids) and \
        not any(c.dep_ in _NAMING_DEPS for c in kids)


def _ending(toks: list[Token]) -> dict[str, float]:
    """How the label ends: its last word's part of speech, and the endings of a clause cut short."""
    last = toks[-1]
    f = {f"last_{p}": float(last.pos_ == p) for p in _LAST_POS}
    f["ends_cut_word"] = float(last.lower_ in _CUT_ENDINGS)
    f["ends_light_noun"] = float(last.pos_ == "NOUN" and last.lemma_.lower() in _LIGHT_NOUNS)
    # 'has fallen', 'Smith said' (a passive 'was killed' is complete: auxpass counts as completing)
    f["ends_bare_verb"] = float(last.pos_ == "VERB" and not any(c.dep_ in _COMPLETING for c in last.children))
    f["ends_to"] = float(last.lower_ == "to")
    # 'The announcement took place': a noun the engine made a clause of, often a thing no reader can place
    f["took_place"] = float(last.lower_ == "place" and len(toks) > 1 and toks[-2].lemma_ == "take")
    f["ends_time_noun"] = float(last.lemma_.lower() in _TIME_NOUNS)      # 'spent about five years'
    return f


def _root(toks: list[Token]) -> dict[str, float]:
    """The main verb: a saying without what was said, a state, its tense and voice."""
    root = next((t for t in toks if t.dep_ == "ROOT"), toks[0])
    said = root.lemma_.lower() in SAYING_VERBS
    content = any(c.dep_ in ("ccomp", "xcomp") for c in root.children)
    tags = {root.tag_} | {c.tag_ for c in root.children if c.dep_ in ("aux", "auxpass")}
    return {"root_not_verb": float(root.pos_ not in ("VERB", "AUX")),
            "root_saying_bare": float(said and not content), "root_saying_content": float(said and content),
            "root_state": float(root.lemma_.lower() in _STATES),
            "root_past": float("VBD" in tags), "root_present": float(bool(tags & {"VBZ", "VBP"})),
            **_voice(root)}


def _voice(root: Token) -> dict[str, float]:
    """A passive ('was killed') or a perfect ('have agreed'): the perfect tells a state now more than a
    happening at the date."""
    kids = {(c.dep_, c.lemma_) for c in root.children}
    return {"root_passive": float(any(dep == "auxpass" for dep, _ in kids)), "perfect": float(("aux", "have") in kids)}


def _marks(toks: list[Token]) -> dict[str, float]:
    """Whether the label has a verb at all, how many clauses, and a modal, future or negation."""
    verbs = [t for t in toks if t.pos_ in ("VERB", "AUX")]
    return {"verbless": float(not verbs),
            "clauses": float(sum(t.dep_ not in ("aux", "auxpass") for t in verbs)),
            "modal": float(any(t.tag_ == "MD" and t.lower_ not in _FUTURE for t in toks)),
            "future": float(any(t.lower_ in _FUTURE or t.lower_ == "wo" for t in toks)),
            "negated": float(any(t.dep_ == "neg" for t in toks))}


@lru_cache(maxsize=2)
def _model(path: str) -> dict:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    data["scale"] = [s or 1.0 for s in data["scale"]]
    return data


def label_quality(label: str, *, path: str | Path = MODEL_PATH) -> float:
    """The probability that a judge keeps this timeline label (0..1), from its words alone."""
    model = _model(str(path))
    values = label_features(label)
    z = model["bias"]
    for name, m, s, w in zip(model["features"], model["mean"], model["scale"], model["weights"]):
        z += w * ((values.get(name, 0.0) - m) / s)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def drop_threshold(*, path: str | Path = MODEL_PATH) -> float:
    """The score below which a label is bad so surely (cross-validated) that its event goes."""
    return float(_model(str(path))["drop_below"])
