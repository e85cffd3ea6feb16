"""Sentences a story tells beside its news (a citation, an explainer, another story's item, the newsgathering):
a question on one goes behind its kind's others in the default quiz (JUDGING.md rule 6)."""
from __future__ import annotations

import re

from ..model import Question
from ..ranker import ArticleView
from ..wordlists import pattern

# each kind of side sentence, with what the teacher's page says of it; flags as the patterns need them
_SIDE_SENTENCES = (
    # 'The new study was published online in The Journal of ...': where a finding appeared, not the finding
    (re.compile(pattern("background_citation")), "where a study was published"),
    # 'The scale ranges from EF-0 ... to EF-5', 'a resort made popular by the late ...': an explainer
    (re.compile(pattern("background_explainer"), re.I), "a background explainer"),
    # 'In other recalls, Mazda is recalling ...', 'Separately, ...': an item of another story
    (re.compile(pattern("side_news_opener")), "an item of another story"),
    # 'ABC13 called the Sheriff's Office asking questions': the newsroom's own doings
    (re.compile(pattern("newsgathering_act")), "how the news was gathered"),
    # 'A spokesperson urged struggling students to talk to ...': a spokesperson's routine advice
    (re.compile(pattern("routine_advice"), re.I), "a spokesperson's routine advice"),
)


def background_sentence(q: Question, view: ArticleView) -> str | None:
    """What side sentence the question is asked on, or None. Judged questions on these sentences were
    edited or rejected 16 times in 19 (84 %, mostly by rule 6): enough to ask them after the others
    of their kind, too few to leave them out of a quiz that has nothing better."""
    if q.type == "order_events" or not 0 <= q.sentence_id < len(view.sentences):
        return None
    evidence = view.sentences[q.sentence_id].text
    return next((what for rx, what in _SIDE_SENTENCES if rx.search(evidence)), None)
