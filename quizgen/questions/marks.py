"""Spacing and marks an article's own typing leaves in a stem ('$ 2.5 billion', '_____ .', a quoted
question closed by a second '?'), and a 'respectively' whose second list was cut: mended (rule 1)."""
from __future__ import annotations

import re

from ..phrasing import figure_article
from ..wordlists import words
from .connectives import drop_tail

# a currency sign typed apart from its figure ('$ 1.18'); 'US$ 20,000' too
_SIGN_SPACE = re.compile(r"([$\u00a3\u20ac]) (?=\d)")
# '&amp;' between two names that lost its marks ('Savings amp Loan'): the ampersand it stands for
_ENTITY_AMP = re.compile(r"\b([A-Z][\w.]*) amp (?=[A-Z])")
# a blank set apart from the mark that follows it ('energy giant _____ .')
_BLANK_SPACE = re.compile(r"(_____) +(?=[.,;:?!])")
# 'Who said, "Are these weapons ...?"?': the quotation's own mark ends the question
_DOUBLE_END = re.compile(r"([?!][\u201d\"\u2019']?)\?$")
# '... the shares of Hershey and Mars respectively.': the figures it paired were cut from the stem
_LONE_RESPECTIVELY = re.compile(r",? respectively(?=[.?]$)")
# 'How many pilots perished -- a terrible loss for the country?': a comment set off by one dash at the
# end of the sentence; the question asks about what comes before it
_DASH_ASIDE = re.compile(r"\s*(?:--|\u2014|\u2013)\s*(?:a|an|the)\s[^\u201c\u201d\"_\u2014\u2013]*\?$")


# 'caused by by last Thursday': a short word a join printed twice
_DOUBLED = re.compile(r"\b(%s)\s+\1\b" % "|".join(words("doubled_join_words")))
# 'investigating whether, Eric Rudolph is linked ...': an aside's opening comma after a subordinator,
# its words and its closing comma cut away (a second comma later may close a kept aside)
_BARE_COMMA = re.compile(r"\b(%s),\s+(?=[^,]+$)" % "|".join(words("bare_subordinators")), re.I)
# 'The city council, too, voted ...': an additive adverb set off inside the stem adds to a sentence
# the learner does not see
_INNER_ADDITIVE = re.compile(r",\s+(?:too|as well),(?=\s)", re.I)
_QUOTES = re.compile("[\"\u201c\u201d]")
# 'How many students does the school have, with 528 in 9th grade?': a set-off 'with' phrase at the
# end of a question runs a second fact on after what is asked
_WITH_TAIL = re.compile(r",\s+with\s[^,?]+\?$")
# 'an 10-year-old girl' copied from the article (judged: edited, rule 1): the article before a figure
# agrees with how the figure is read; a capital 'A' inside the stem may be a letter ('Grade A 10')
_FIGURE_ARTICLE = re.compile(r"(?:(?<=\s)|^)(an?|An?)\s+(\d[\d,]*)(?=[\s.-])")


def tidy_marks(prompt: str) -> str:
    """The prompt with a currency sign joined to its figure, an '&' for an entity's bare 'amp', a blank joined to its mark, no lone
    'respectively' at its end, and one end mark where a quoted question or exclamation closes it;
    no word a join printed twice, no lone comma after a subordinator, no additive 'too' that leans
    on the sentence before (in a question, or set off by commas), no set-off 'with' phrase run on
    after a question."""
    prompt = _DOUBLED.sub(r"\1", prompt)
    if not _QUOTES.search(prompt):
        prompt = _BARE_COMMA.sub(r"\1 ", _INNER_ADDITIVE.sub("", prompt))
        prompt = drop_tail(_WITH_TAIL.sub("?", prompt)) if prompt.endswith("?") else prompt
    prompt = _SIGN_SPACE.sub(r"\1", _ENTITY_AMP.sub(r"\1 & ", prompt))
    prompt = _BLANK_SPACE.sub(r"\1", prompt)
    prompt = _DASH_ASIDE.sub("?", prompt) if prompt.count("--") <= 1 else prompt
    prompt = _FIGURE_ARTICLE.sub(_figure_article, prompt)
    return _DOUBLE_END.sub(r"\1", _without_lone_respectively(prompt))


def _figure_article(m: re.Match) -> str:
    """'a' or 'an' as the figure after it is read ('an 8-year-old', 'an 18-hour wait', 'a 10-year-old');
    the writer's own where the reading is open ('a 1800s house': 'one thousand eight hundred' or
    'eighteen hundred'), or where a capital 'A' stands inside the stem."""
    article = m.group(1)
    wanted = figure_article(m.group(2).rstrip(","))
    if wanted is None or article[0] == "A" and m.start() > 0:
        return m.group(0)
    return f"{wanted.capitalize() if article[0] == 'A' else wanted} {m.group(2)}"


def _without_lone_respectively(prompt: str) -> str:
    """Two lists to pair need two 'and's; with fewer, the final 'respectively' pairs nothing."""
    if len(re.findall(r"\band\b", prompt)) >= 2 or not _LONE_RESPECTIVELY.search(prompt):
        return prompt
    cut = _LONE_RESPECTIVELY.sub("", prompt)
    return cut[:-1] if cut.endswith("..") else cut      # 'Bolt Inc. respectively.'
