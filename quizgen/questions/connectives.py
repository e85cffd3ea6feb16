"""A stem that opens on a discourse connective ('But', 'However,') or a relative time ('Hours later,'), or
ends on an additive adverb ('too', 'as well') leans on a sentence the learner does not see: those words go."""
from __future__ import annotations

import re

from ..wordlists import pattern, words

# 'But'/'And' open a sentence without a comma; the adverbs are set off by one ('Still, ...' but not
# 'Still more ...'), so only the comma form is dropped
_COORDINATORS = ("but", "and")
_OPENER = re.compile(r"^\W*(?:(?:%s)\s*,|(?:%s)\s+(?=\S))\s*" % (
    "|".join(re.escape(w) for w in words("discourse_openers")),
    "|".join(_COORDINATORS)), re.I)
# 'Also the mayor ...', 'Then England scored', 'Certainly the mayor ...' (the writer's stance): a bare opener
# before a subject (a determiner, a capitalised word or the blank), not before a verb ('Then came the storm')
_BARE_OPENER = re.compile(r"^\W*(?:%s)\s+(?=(?:the|a|an)\s|(?-i:[A-Z_]))" % "|".join(
    re.escape(w) for w in words("bare_openers") + words("stance_adverbs")), re.I)
# '..., though, ...', '..., meanwhile, ...': a connective set off by commas inside the sentence
_INNER = re.compile(r",\s+(?:%s)\s*,(?=\s)" % "|".join(
    re.escape(w) for w in sorted(set(words("sentence_adverbs")) | set(words("discourse_openers")), key=len,
                                 reverse=True)), re.I)
_TAIL = re.compile(r",?\s+(?:%s)(?=[.!?]?[\u201d\"]?$)" % "|".join(re.escape(w) for w in words("additive_tails")),
                   re.I)
# 'as well as' and 'not ... too' are not additive: a tail is only dropped after an ordinary word
_NOT_ADDITIVE_BEFORE = re.compile(pattern("not_additive_before"), re.I)


# 'has also been': an additive 'also' inside the stem adds to a sentence the learner does not see
# ('not only ... but also' is no addition)
_INNER_ALSO = re.compile(r"(?<!\bbut)(?<=\w)\s+also(?=\s+\w)", re.I)


def trim_edges(text: str) -> str:
    """The stem without a connective at its start or set off by commas inside, an additive 'also' inside or an
    additive adverb at its end."""
    out = _INNER_ALSO.sub("", _drop_inner(_drop_opener(text)))
    return drop_tail(_drop_since_then(out))


# 'has been a fugitive since then': a time counted from a happening the learner does not see (JUDGING rule 8);
# set off by commas it goes with them, else with the space before it
_SINCE_THEN = pattern("back_pointing_since")
_SINCE_THEN_SET_OFF = re.compile(r",\s+%s\s*,(?=\s)" % _SINCE_THEN, re.I)
_SINCE_THEN_INSIDE = re.compile(r"(?<=[\w\u2019'])\s+%s(?!\s*,)" % _SINCE_THEN, re.I)


def _drop_since_then(text: str) -> str:
    """'Prices have doubled since then.' -> 'Prices have doubled.'; 'The port, since then, has ...' -> 'The
    port has ...'. An opening 'Since then,' is _drop_opener's; a stem left shorter than four words stays."""
    out = _SINCE_THEN_INSIDE.sub("", _SINCE_THEN_SET_OFF.sub("", text))
    return out if len(out.split()) >= 4 else text


_FRONTING_PREPS = frozenset(words("fronting_prepositions"))
_SUBJECT_START = re.compile(pattern("subject_start"), re.I)      # 'the', 'its', a capital, the blank, a figure


def _drop_inner(text: str) -> str:
    """'The mayor's words, though, were ...' -> 'The mayor's words were ...'; after a phrase set before the
    subject one comma stays ('Nine years later, though, the troops ...' -> 'Nine years later, the troops')."""
    m = _INNER.search(text)
    if not m:
        return text
    before, after = text[:m.start()], text[m.end():]
    words_before = before.split()
    fronted = (bool(words_before) and words_before[0].lower() in _FRONTING_PREPS) or bool(_SUBJECT_START.match(after))
    return before + ("," if fronted else "") + after


# 'Early in the day,', 'Hours later,': a time counted from a moment the learner does not see
_TIME_OPENER = re.compile(pattern("relative_time_opener"), re.I)


def _drop_opener(text: str) -> str:
    m = _OPENER.match(text) or _TIME_OPENER.match(text) or _BARE_OPENER.match(text)
    if not m or len(text[m.end():].split()) < 4:
        return text
    rest = text[m.end():]
    return rest[:1].upper() + rest[1:]


def drop_tail(text: str) -> str:
    """The text without an additive adverb at its end ('..., too.', '... as well?')."""
    m = _TAIL.search(text)
    if not m or _NOT_ADDITIVE_BEFORE.search(text[:m.start()]) or len(text[:m.start()].split()) < 4:
        return text
    return text[:m.start()] + text[m.end():]
