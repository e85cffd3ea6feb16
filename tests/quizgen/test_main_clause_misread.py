"""Clauses a short article must not lose: a main clause the parser hung on an opening phrase's object as a
relative clause, and a joined verb that drops its ', saying ...' side remark as a main verb does."""
from __future__ import annotations

import pytest

from quizgen.clauses import _is_clause_verb, misread_main_clause


def _misparsed(parse, relative: str | None = None, comma: bool = True):
    """'After days of hearing fans describe the loss, coach Maria Lopez turned to the crowd and thanked the
    players.' as the parser misreads such a sentence: 'describe' the root, 'turned' a relative clause of 'loss'."""
    from spacy.tokens import Doc
    words = ["After", "days", "of", "hearing", "fans", "describe", "the", "loss", ",", "coach", "Maria", "Lopez",
             "turned", "to", "the", "crowd", "and", "thanked", "the", "players", "."]
    heads = [5, 0, 1, 2, 5, 5, 7, 5, 7, 11, 11, 12, 7, 12, 15, 13, 12, 12, 19, 17, 5]
    deps = ["prep", "pobj", "prep", "pcomp", "nsubj", "ROOT", "det", "dobj", "punct", "compound", "compound",
            "nsubj", "relcl", "prep", "det", "pobj", "cc", "conj", "det", "dobj", "punct"]
    tags = ["IN", "NNS", "IN", "VBG", "NNS", "VBP", "DT", "NN", ",", "NN", "NNP", "NNP", "VBD", "IN", "DT", "NN",
            "CC", "VBD", "DT", "NNS", "."]
    pos = ["ADP", "NOUN", "ADP", "VERB", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "NOUN", "PROPN", "PROPN", "VERB",
           "ADP", "DET", "NOUN", "CCONJ", "VERB", "DET", "NOUN", "PUNCT"]
    if relative is not None:        # ', which coach ...' / ', whom ...': a real relative clause
        words[8] = relative
        tags[8], pos[8], deps[8], heads[8] = "WDT", "PRON", "dobj", 12
    elif not comma:
        words[8], tags[8], pos[8] = "then", "RB", "ADV"
    return Doc(parse("x").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_a_relative_clause_opened_by_a_comma_and_a_named_subject_is_the_main_clause(parse):
    doc = _misparsed(parse)
    assert misread_main_clause(doc[12]) and _is_clause_verb(doc[12])


@pytest.mark.parametrize("relative, comma", [("which", True), (None, False)])
def test_a_true_relative_clause_stays_one(parse, relative, comma):
    doc = _misparsed(parse, relative, comma)
    assert not misread_main_clause(doc[12]) and not _is_clause_verb(doc[12])


def test_a_joined_verb_keeps_its_clause_without_its_saying_remark(parsed_of):
    parsed = parsed_of("Harbor officials closed the bridge on Monday and rerouted all traffic, citing the storm damage.")
    assert "rerouted" in [c.verb.text for c in parsed.clauses.by_sentence[0]]


def test_a_joined_verb_keeps_no_clause_without_its_infinitive(parsed_of):
    # 'the ministry is doing its best' without 'to stop them' says the opposite of the sentence
    parsed = parsed_of("Some cities are making these changes, but at the national level, the Harbor Ministry "
                       "is doing its best to stop them.")
    assert "doing" not in [c.verb.text for c in parsed.clauses.by_sentence[0]]
