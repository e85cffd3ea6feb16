"""Worth asking: what keeps a checked question out of the default quiz (trivia, giveaways), and the
plain sentence the teacher's review page shows for every bank question left out."""
from __future__ import annotations

import dataclasses
import re
from collections import Counter

from ..cleaning import picture_caption
from ..clauses import ATTRIBUTION_VERBS, QUOTING_VERBS, REPORTING_VERBS, quotation_open
from ..lexicon import content_words, key, load as lexicon, news_outlet
from ..model import Question
from ..nlp import token_ids
from ..person_names import introduced_as_spokesperson
from ..ranker import FOCUS_GROUPS, ArticleView, contributions
from ..timex.lexicon import DAY_PARTS, MONTHS, WEEKDAYS
from ..wellformed import garbled
from ..wordlists import mapping, pattern, tagged, tokens, word_set, words
from .background_dates import date_blank_doubt
from .distractors import title_word
from .why import PURPOSE_FOCUS

PASSER_BY = ":passer-by"   # focus suffix of a who-said question on someone quoted for colour
_QUOTED = re.compile(r"[\u201c\"](.+?)[\u201d\"]\??$")
RECURRING = 3          # mentions that make a person one of the story's actors
LEAD_SENTENCES = 1     # sentence ids of the lead (the first two sentences)
MARKET_WORDS = 3       # words of shares and prices that make an article a market report
SHORTEST_CLAIM = 5     # words of a quoted sentence that can carry a claim

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_STOP = word_set("ranker_stopwords")
_TITLES = tagged("title_words", "index")
_REASONS = mapping("ranker_reasons")
_MINOR_ROLES = word_set("minor_roles")      # ranker feature -> why it lowers a question, in plain words
_NON_EVENTS = word_set("non_event_phrases")
_NEWS_AGENCIES = frozenset(key(w) for w in words("news_agencies"))
_NEWSPAPER_ENDS = word_set("newspaper_name_ends")
_AGENCY_REPORT = re.compile(pattern("agency_report_verb"))
# roles of people quoted for colour: a traveller, a neighbour, a relative
_WORKING_VERBS = word_set("working_verbs")      # 'who worked for her', 'who served under him'
_BYSTANDERS = word_set("bystander_roles") | word_set("kin_nouns") | word_set("child_nouns")
_NAME_GROUPS = frozenset({"person", "place", "org"})
# a country named once is still a fact of the story's world (where it happened), not a passer-by
_NATIONS = frozenset({"country", "which country"})
# a blank next to the other end of a range: '_____ to 175 pounds', 'between 150 and _____'
_RANGE_AFTER = re.compile(r"_____\s*(?:to|and|-|–|—)\s*([$£€]?[\d.,]+(?:\s*(?:%|percent))?)")
# 'How many more people died?', 'How many other buildings ...': more than what the sentence before said
_COUNT_BEYOND = re.compile(r"\bhow many (?:more|other|further|additional)\b", re.I)
_RANGE_BEFORE = re.compile(r"\b(?:from|between)\s+[$£€]?[\d.,]+\s*(?:to|and|-|–|—)\s*[$£€]?_____")
# a statement whose whole predicate is a copula and one plain adjective: 'The shop is unassuming.'
_DESCRIPTION = re.compile(pattern("description_ending"))
# an answer that dates nothing on its own: 'this year', 'a year ago', 'the quarter ended Sept. 30'
_RELATIVE_TIME = re.compile(pattern("relative_time_answer"), re.I)
_REPORTING_PERIOD = re.compile(pattern("reporting_period_answer"), re.I)
# a day's move of a share price: 'closed at $17.375', 'fell 75 cents to $16.25 in composite trading'
_PRICE_MOVE = re.compile(pattern("share_price_move"), re.I)
_PRICE_TOPIC = re.compile(pattern("share_price_topic"), re.I)
# one line of a market table, a bare tick with no unit: 'Intel eased 1/8 to 31 7/8', 'Lee Corp. fell _____ to 15'
# (10 judged questions on one, all rejects, 8 of them by rule 6)
_PRICE_TICK = re.compile(pattern("bare_price_tick"), re.I)
# a blank on the source of a report ('according to _____', 'As _____ said at a news conference')
_SOURCE_BLANK = re.compile(pattern("source_blank"), re.I)
# ... or a question on it: 'Which news organization reported that the decree banned rallies?'
_SOURCE_QUESTION = re.compile(pattern("source_question"), re.I)
# a blank on who says it: '_____ said the feedback had helped', 'president _____ called it a beacon'
_QUOTED_SOURCE = re.compile(pattern("quoted_source_blank"))
_EXCHANGE = re.compile(pattern("stock_exchange_answer"), re.I)
# a person's age beside their name: 'Slepian, _____, was shot'
_AGE_BLANK = re.compile(r"[\w.]+,\s+_____,")
# the body of a source's role: 'Ann Lee, a climate scientist at _____', 'Ann Lee, the director of _____'
_AFFILIATION = re.compile(r"[A-Z][\w.'’-]+,\s+(?:a|an|the)\s+[^,_]*?\b(?:at|of|for|with)\s+(?:the\s+)?_____")
# ... or before a capitalised title and a two- or three-word name: '_____ Chief Inspector Ann Lee said'
_BEFORE_TITLED_NAME = re.compile(r"^_____\s+(?:[A-Z][a-z]+\.?\s+){1,2}([A-Z][\w'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]+)\s+[a-z]")
_BODY_BEFORE_TITLE = re.compile(r"_____\s+([a-z][\w-]*)\s+[A-Z][\w.'’-]+\s+[A-Z]")
# the blank's measure again in other units, its acronym, how long ago it was, an age
# (a hyphened unit too: '_____ (6.7-meter)')
_CONVERTED = re.compile(r"_____\s*\(\s*(?:about\s+)?[\d.,]+[\s-]*[^\W\d_°]")
_ACRONYM_AFTER = re.compile(r"_____\s*\([A-Z]{2,}\)")
# any gloss in brackets right after the blank: another unit, its acronym, a date, a statistic ('going _____
# (.357)'): it gives the answer away or marks a detail (11 judged stems, all edited or rejected, by rules 6 and 7)
_GLOSSED = re.compile(r"_____\s*\(")
# ... or fused by a hyphen into a compound that describes a noun ('the par-_____ seventh'): a detail of one word
_FUSED = re.compile(r"\w-_____|_____-\w")
_YEARS_AGO = re.compile(r"_____,?\s+(?:[\w-]+\s+){1,3}years\s+(?:ago|earlier|before)")
# a social-media handle ('@POTUS'): it tells whose account it is
_HANDLE = re.compile(r"(?<![\w.])@[A-Za-z_]\w{1,14}\b")
_AGE_NOW = re.compile(r"\bnow\s+_____,")
_SAMPLE_SIZE = re.compile(pattern("poll_sample_blank"), re.I)
# a blank that only describes a noun ('During the _____ parade' = two-hour)
_MODIFIER_BLANK = re.compile(r"\b(?:the|a|an)\s+_____\s+[a-z]")
# a place a learner guesses from the words around it: 'Harbour City, _____', 'across the _____' (not
# one of a list of places: 'Chad, _____, Niger and Mali')
_GUESSED_PLACE = re.compile(r"[A-Z][\w.]*,\s+_____(?!\s*,\s*[A-Z]|\s+and\b)|\bacross\s+(?:the\s+)?_____")
# the place of a side clause's setting: '... when the Corps put on an exercise at California's _____':
# the sentence's point is elsewhere, the base of one exercise is trivia (a subordinator, then 'at')
_SIDE_MARKS = "|".join(re.escape(w) for w in words("side_clause_marks"))
_SIDE_SETTING = re.compile(rf"\b(?:{_SIDE_MARKS})\s[^,;:]*?\bat\s+(?:the\s+|[A-Z][\w.-]*['’]s\s+)?_____"
                           rf"(?:['’]s(?:\s+[A-Z][\w.-]*)+)?\s*[.,]?$")
# a length of time that only bounds a term or a stay: 'rentals expire within _____' = 48 hours
_EXTENT_BLANK = re.compile(r"\b(?:%s)\s+_____" % "|".join(words("extent_prepositions")), re.I)
_DURATION = re.compile(r"(?:[\d.,]+|%s)[\s-]*(?:%s)" % (pattern("duration_count"), pattern("duration_unit")), re.I)
# a blank a weekday fills ('went into _____'s awards' = Sunday): seven guesses, and 'last night' fits too
_WEEKDAY_ANSWER = re.compile(pattern("weekday_answer"), re.I)
# ... used as a word of another phrase ('_____'s awards', '_____ morning'), not as the date of a happening
# ('lie in state from _____' stays)
_WEEKDAY_WORD = re.compile(rf"(?:_____|day)(?:['’]s\b|\s+{DAY_PARTS}\b)", re.I)
# a figure between an owner and its noun ('Scorsese's _____ Netflix movie' = $170 million): it only
# describes the noun, while the sentence says something else about it
_OWNED_MODIFIER = re.compile(r"\w['’]s?\s+_____\s+[\w“\"]+\s+\w")
# a number inside a quoted name ('sponsoring "Climb Up the _____."'): recall of a name, not a fact
_IN_QUOTED_NAME = re.compile(r"[“\"](?:[A-Z][\w'’-]*\s+){1,6}(?:(?:the|of|a)\s+)?_____\s*[.,]?\s*[”\"]")
# ... or unquoted, a number ending a run of capitalised words before its verb ('Climb Up the _____ is based')
_ENDS_NAME = re.compile(r"(?:[A-Z][\w'’-]*\s+){2,6}(?:the|of)\s+_____\s+[a-z]")
# ... or a year inside an unquoted name ('during the Worlds _____ playoffs'), not after a month ('March _____')
_MONTH_WORDS = frozenset(w.lower() for w in words("month_names") + words("month_abbreviations"))
_YEAR_IN_NAME = re.compile(r"(?<=\w\s)([A-Z][\w'’-]*)\s+_____\s+[a-z]")
# the minute of a moment of a match: 'Just _____ in the second half, Lee scored'
_MATCH_MINUTE = re.compile(r"\b(?:first|second) half\b|\bextra time\b|\bstoppage time\b", re.I)
_PLATFORMS = "|".join(re.escape(w) for w in sorted(words("social_platforms"), key=len, reverse=True))
# a blank on who posted something ('On Twitter, _____ explains ...'): the poster's name; not '_____
# tweeted to the boy', where the tweet is the happening
_POSTER = re.compile(rf"^(?:On|In|Via)\s+(?:{_PLATFORMS}),\s+_____", re.I)
# a when question's time read off the publication date: 'this year', 'last month'
_RELATIVE_TO_PUB = re.compile(pattern("publication_relative_time"), re.I)
_PROMPT_GRAIN = re.compile(r"^In which (year|month)\b")
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
# years before the article's own that make a blank's year background history (history_blank)
BACKGROUND_YEARS = 5
TOPIC_YEAR = 3         # mentions of the latest year that make it the year the article is about
_REMARK_VERBS = word_set("remark_verbs")
# verbs whose subject is a source of what the story says: said, told, described, contended
_SAYING_VERBS = QUOTING_VERBS | REPORTING_VERBS | ATTRIBUTION_VERBS | _REMARK_VERBS
_UNNAMED_SUBJECT = re.compile(pattern("unnamed_subject_after_auxiliary"))
_GIVEN_NAMES = frozenset(tokens("given_names"))
# the name after the auxiliary of a when question: 'On which day did Ann Lee tweet?' -> 'Ann Lee'
_SUBJECT = re.compile(pattern("name_after_auxiliary"))
_COUNT_WORD = "|".join(words("number_words"))
# one count of a list of statistics: '_____ goals, five shots and one assist'
_LISTED_COUNT = re.compile(rf"_____\s+(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*,\s+(?:[\d.,]+|{_COUNT_WORD})\s+[a-z]", re.I)
# a count inside the participle clause that opens the sentence: 'Thanking the _____ fans, the coach ...'
_OPENING_ASIDE = re.compile(r"^(?!During\b)[A-Z][a-z]+ing\b[^,]*_____[^,]*,")
# a player's points beside other counts of the box score: 'added _____ points and six boards'
_BOX_SCORE = re.compile(rf"_____\s+points\b[^.]*\b(?:\d+|{_COUNT_WORD})\s+[a-z]", re.I)
# one name of a list of names ('countries such as _____, Laos, and the US', 'Ann Lee from _____, Bo Li
# from France'): which one is blanked is arbitrary, and the list is a detail of the sentence
_LISTED_NAME = re.compile(pattern("listed_name_blank"))
# a given name alone before the surname the sentence keeps ('beat Ann Lee and _____' Bo'): half a name
_GIVEN_NAME_BLANK = re.compile(r"_____['’]?\s+[A-Z][a-z]")
# a count of a split by sex ('the jury of _____ men and five women'), a side place's population ('a county
# with a population of about _____'), the year of a record beaten ('the previous high set in _____'):
# figures the sentence hangs on its point (6 judged stems, all rejects by rule 6)
_SIDE_FIGURES = tuple(re.compile(pattern(n), re.I) for n in
                      ("split_count_blank", "side_population_blank", "previous_record_blank"))
# a count after a place's noun is its population ('the third woman to lead the nation of _____' = 4.6
# million): a side figure too, when the answer is a number (not 'the island nation of _____' = Fiji)
_PLACE_SIZE = re.compile(pattern("place_size_blank"), re.I)
_COUNT_ANSWER = re.compile(r"(?:about\s+|some\s+|nearly\s+)?\d")
# a distance with nothing to measure it from: 'A fire about _____ away had burned ...'
_AWAY = re.compile(r"_____\s+away\b")
# a line of a list under a label, copied as a sentence ('District 7: Lee led with _____', 'Ann Lee:
# Possession of ..., held in lieu of $_____ bond'), or a blank on the dateline itself ('_____: Apple has ...')
_ENTRY_LABEL = re.compile(pattern("entry_label_start"))
# the name of a speaker the sentence introduces with their role ('_____, a senior from Monticello,
# cited ...', 'said _____, chief financial officer'): first named here, quoted for a view
_INTRODUCED_SPEAKER = re.compile(pattern("introduced_speaker_blank"))
# a name set off by commas after the role that already says who it is ('his attorney, _____, asked')
_ROLE_APPOSITIVE = re.compile(pattern("role_appositive_blank"))
# the realm in a ruler's title ('King Abdullah II of _____'): part of the name, known from outside the article
_REALM_OF_TITLE = re.compile(pattern("realm_of_title_blank"))
# a blank in the aside that describes a name: where it is based, born, registered or located, or who made
# it known ('Acme, based in _____, makes ...', 'the resort, made popular by the late _____,'): background
# of a name, not the sentence's point (8 judged stems, 7 edited or rejected, 6 of them by rule 6)
_DESCRIBED_NAME = re.compile(pattern("described_name_blank"))
# a web page's link label the paste kept in the sentence ('the Nasdaq Composite Index (search) shed ...')
_LINK_LABEL = re.compile(pattern("link_label_in_text"), re.I)
# the reporter's own doings ('reporter Ann Lee interviewed ...'), not the story's
_REPORTER_ACT = re.compile(r"\b(?:%s)\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:%s)\b" % (
    "|".join(words("reporter_nouns")), "|".join(words("reporter_verbs"))))
# the writer's note about themselves ('Ann Lee is the business reporter for the Daily Post.'), also
# where the cleaning left it in the text (it sets aside only a last line)
_REPORTER_BIO = re.compile(pattern("author_bio_line"))
_MINUTIAE = re.compile(r"\b(?:%s)\b" % "|".join(re.escape(w) for w in words("match_minutiae")), re.I)
# ... or any moment of play stamped with its minute ('In the 90th minute, Belgium made a change'), unless
# it scores: judges rejected all 16 judged questions on such a moment with no word of scoring (13 by
# rule 6); a goal in a named minute is the result, left to the other checks
_MINUTE_STAMP = re.compile(pattern("match_minute_stamp"), re.I)
_SCORING = re.compile(r"\b(?:%s)\b" % "|".join(re.escape(w) for w in words("match_scoring_words")), re.I)
_KIN = "|".join(re.escape(w) for w in sorted(word_set("kin_nouns"), key=len, reverse=True))
# a sentence about a relative of someone the article names: 'Mr. Lee's great-grandfather founded ...'
_FAMILY = re.compile(rf"^(?:[A-Z][\w.-]*\s+)*[A-Z][\w-]*['’]s\s+(?:(?:late|older|younger|elder)\s+)?"
                     rf"(?:great-)*(?:grand-?)?(?:{_KIN})\b")


def _answer_text(q: Question) -> str:
    return q.answer if isinstance(q.answer, str) and q.type not in ("true_false", "order_events") else ""


def _is_person(q: Question) -> bool:
    return FOCUS_GROUPS.get(q.focus.split(":")[0].strip().lower()) == "person"


def _names(answer: str) -> list[str]:
    """The capitalised words of an answer that name it ('Joe', 'Tacopina'); not a title before the
    name ('Pope' of 'Pope Francis' is in 'Pope John Paul I' without giving the answer away)."""
    return [w for w in _WORD.findall(answer) if w[:1].isupper() and len(w) > 2 and w.lower() not in _STOP
            and w.lower() not in _TITLES]


def quiz_doubt(q: Question, view: ArticleView) -> str | None:
    """Why a question that passed the answer-key check still should not be in the default quiz, or None."""
    if any(re.search(rf"\b{re.escape(p)}\b", q.prompt, re.I) for p in _NON_EVENTS):
        return "it asks about a source not answering the reporter, not about the story"
    answer = _answer_text(q)
    names = _names(answer) if answer else []
    return _form_doubt(q) or _detail_doubt(q, answer) or _time_doubt(q, answer) or \
        _cue_doubt(q, answer, names) or _background_doubt(q, view, answer) or \
        (_name_doubt(q, view, answer, names) if names else None)


# a statement whose subject is a named passer-by: 'The Lee family had planned to drive to Ohio.'
_BYSTANDER_SUBJECT = re.compile(r"^(?:The|A|An|One)\s+((?:[A-Z][\w'’-]*\s+)+)([a-z][\w-]*)\b")


def _anecdote(q: Question, view: ArticleView) -> str | None:
    """A true/false statement about a passer-by the story names in passing (a family, a driver, a
    traveller), away from the headline and the lead: an anecdote told for colour (JUDGING.md rule 6)."""
    m = _BYSTANDER_SUBJECT.match(q.prompt) if q.type == "true_false" else None
    if m is None or m.group(2).lower() not in _BYSTANDERS:
        return None
    names = [w for w in _WORD.findall(m.group(1)) if len(w) > 2]
    if not names or _in_lead(names, view) or max(view.count(w) for w in names) >= RECURRING:
        return None
    return "it tells an anecdote of someone the story names in passing, not a happening of the story"


def _in_lead(names: list[str], view: ArticleView) -> bool:
    """A word of the names is in the headline or the lead."""
    lead = " ".join(s.text for s in view.sentences[:LEAD_SENTENCES + 1])
    return any(re.search(rf"\b{re.escape(w)}\b", f"{view.title or ''} {lead}") for w in names)


def _cue_doubt(q: Question, answer: str, names: list[str]) -> str | None:
    """Cues and trivia the question's own words show (see _speaker_doubt and _blank_cue_doubt)."""
    return _speaker_doubt(q, names) or _blank_cue_doubt(q, answer) or _blank_aside(q, answer) or \
        _trivia_doubt(q, answer)


def _blank_aside(q: Question, answer: str) -> str | None:
    """A blank beside the sentence's point: a weekday ('went into _____'s awards'), who posted it ('On
    Twitter, _____ explains'), a figure between an owner and its noun ('Lee's _____ film'), a number
    inside a quoted name."""
    if q.type != "fill_blank":
        return None
    if _WEEKDAY_ANSWER.fullmatch(answer.strip()) and _WEEKDAY_WORD.search(f"{answer} {q.prompt}"):
        return "the blank is a weekday, which many words could fill"
    if _POSTER.search(q.prompt) and _focus_group(q) != "number":
        return "the blank is the name of who posted something, not what happened"
    if _focus_group(q) == "number" and _OWNED_MODIFIER.search(q.prompt):
        return "the blank is a figure that only describes a noun, not the point of the sentence"
    return _blank_in_name(q, answer)


def _blank_in_name(q: Question, answer: str) -> str | None:
    """A number of a name ('sponsoring "Climb Up the _____."', 'the Worlds _____ playoffs'), a given name
    blanked before its surname, or the minute of a moment of a match ('Just _____ in the second half')."""
    if _focus_group(q) == "number" and (_IN_QUOTED_NAME.search(q.prompt) or _ENDS_NAME.search(q.prompt)):
        return "the blank is part of a name, not a fact of the story"
    m = _YEAR_IN_NAME.search(q.prompt)
    if m and re.fullmatch(r"\d{4}", answer) and m.group(1).lower().rstrip(".") not in _MONTH_WORDS:
        return "the blank is part of a name, not a fact of the story"
    if _given_name_alone(q, answer):
        return "the blank is a given name alone, half of a name the sentence keeps"
    if re.fullmatch(r"(?:\w+|\d+)[ -]minutes?", answer) and _MATCH_MINUTE.search(q.prompt):
        return "the blank is the minute of a moment of a match, not its outcome"
    return None


def _given_name_alone(q: Question, answer: str) -> bool:
    """A person's one-word name blanked before a capitalised word: the given name of a full name."""
    return _is_person(q) and re.fullmatch(r"[A-Z][a-z]+", answer) is not None and \
        _GIVEN_NAME_BLANK.search(q.prompt) is not None


def _speaker_doubt(q: Question, names: list[str]) -> str | None:
    """Who said a passer-by's words or a quip (trivia); a stem with the account handle of its answer."""
    if q.type == "who_said" and (q.focus.endswith(PASSER_BY) or too_short_to_claim(_quotation(q.prompt))):
        return "whose words these are is trivia: a passer-by quoted for colour, or a quip"
    if names and _HANDLE.search(q.prompt):
        return "the account handle in the stem names its owner, the answer"
    return None


def _blank_cue_doubt(q: Question, answer: str) -> str | None:
    """A blank the words beside it give away or make trivia: the same measure in other units ('_____
    (800 km)'), the acronym of the blanked name ('_____ (GBI)'), a year beside how long ago it was
    ('in _____, two hundred years ago'), a child's age ('now _____,'), a poll's sample size."""
    if q.type != "fill_blank":
        return None
    if _CONVERTED.search(q.prompt):
        return "the stem gives the answer in other units"
    if _ACRONYM_AFTER.search(q.prompt) and len(answer.split()) > 1:
        return "the acronym after the blank gives the answer away"
    if _YEARS_AGO.search(q.prompt) and re.fullmatch(r"\d{4}", answer):
        return "the stem says how many years ago it was, so the year can be worked out"
    if _AGE_NOW.search(q.prompt) and re.fullmatch(r"\d{1,3}", answer):
        return "the blank is a person's age"
    if _SAMPLE_SIZE.search(q.prompt):
        return "the blank is how many people a poll asked, not what they said"
    return None


def _detail_doubt(q: Question, answer: str) -> str | None:
    """A blank on a detail the sentence hangs on its main statement: a modifier of a noun ('the
    _____ parade'), a place the words around it give away ('Harbour City, _____'), one count of a
    list of statistics, or a count in the clause that opens the sentence ('Thanking the _____ fans,')."""
    if q.type != "fill_blank":
        return None
    if _MODIFIER_BLANK.search(q.prompt) and "-" in answer:
        return "the blank only describes a noun, a detail of the sentence"
    aside = _place_aside(q)
    if aside:
        return aside
    if _focus_group(q) == "number" and (_LISTED_COUNT.search(q.prompt) or _OPENING_ASIDE.search(q.prompt)):
        return "the blank is a count in a detail of the sentence, not in its main statement"
    return _side_detail(q)


def _side_detail(q: Question) -> str | None:
    """One name of a list of names, a distance from nowhere ('a fire about _____ away'), or one
    player's points among the other counts of a box score; a line of a list under a label; the realm
    in a ruler's title; the aside describing a name ('Acme, based in _____,')."""
    if _ENTRY_LABEL.match(q.prompt):
        return "its sentence is a line of a list under a label, or the blank is the dateline"
    if _LISTED_NAME.search(q.prompt):
        return "the blank is one name of a list, which any of the others could fill"
    if _REALM_OF_TITLE.search(q.prompt):
        return "the blank is the realm in a ruler's title, part of a name rather than a fact of the story"
    if _DESCRIBED_NAME.search(q.prompt):
        return "the blank is in an aside describing a name (where it is based or born), background"
    if _AWAY.search(q.prompt):
        return "the blank is a distance the sentence does not measure from anywhere"
    if _focus_group(q) == "number" and _BOX_SCORE.search(q.prompt):
        return "the blank is one player's points in a box score, not the game's outcome"
    if _side_figure(q):
        return "the blank is a side figure (a split by sex, a population, a beaten record's year), trivia"
    return None


def _side_figure(q: Question) -> bool:
    """A split by sex, a place's population, a beaten record's year: see _SIDE_FIGURES, _PLACE_SIZE."""
    if any(p.search(q.prompt) for p in _SIDE_FIGURES):
        return True
    return bool(_PLACE_SIZE.search(q.prompt) and _COUNT_ANSWER.match(_answer_text(q)))


_ADDRESS_WORDS = "|".join(re.escape(w) for w in words("address_words"))
_ADDRESS = re.compile(rf"\s(?:{_ADDRESS_WORDS})$", re.I)
_CORNER = re.compile(r"\b(?:intersection|corner)\s+of\b[^.;]{0,40}_____|_____[^.;]{0,40}\bintersection\b", re.I)
_CLOCK_AFTER = "|".join(re.escape(w) for w in words("game_clock_words"))
_GAME_CLOCK = re.compile(rf"_____\s+(?:{_CLOCK_AFTER})\b", re.I)
# a reading of the game clock, or a minute or a second of play ('the 18-minute mark', '10 seconds left')
_CLOCK_READING = re.compile(r"\d{1,2}:\d{2}|\d{1,3}[- ](?:minutes?|seconds?)", re.I)
# a count of the audience of an event ('To how many reporters did Lee show the phone?', '_____ fans')
_AUDIENCE = "|".join(re.escape(w) for w in words("audience_nouns"))
_AUDIENCE_COUNT = re.compile(rf"\b(?:how many|_____)\s+(?:[\w-]+\s+)?(?:{_AUDIENCE})\b", re.I)
_STOPWATCH = re.compile(r"\d{1,2}:\d{2}(?::\d{2}|\.\d+)|\d+\.\d+\s*(?:seconds?|secs?)\b", re.I)
_FINE_FIGURE = re.compile(r"\d\.\d{3,}")
_ABBREVIATION = re.compile(r"(?:the\s+)?[A-Z][A-Z&.]{1,5}s?")


def _trivia_doubt(q: Question, answer: str) -> str | None:
    """An answer no teacher asks a learner to recall: a game-clock or stopwatch time ('17:46 into the
    third period', '2:03:59'), a figure to three or more decimals ('16.057%'), the size of an
    audience ('how many reporters'), an abbreviation as the blank ('the _____' = 'NSC': which
    spelling?), a street address or street corner. (An abbreviation the article is about is already
    out as easy to guess.)"""
    if not answer:
        return None
    if _STOPWATCH.search(answer) or (_CLOCK_READING.fullmatch(answer.strip()) and _GAME_CLOCK.search(q.prompt)):
        return "the answer is a game-clock or stopwatch time, trivia"
    if _FINE_FIGURE.search(answer):
        return "the answer is a figure to three or more decimals, trivia"
    if _focus_group(q) == "number" and _AUDIENCE_COUNT.search(q.prompt):
        return "it asks how many people watched or attended, a colour detail rather than a happening"
    return _blank_trivia(q, answer) if q.type == "fill_blank" else None


def _blank_trivia(q: Question, answer: str) -> str | None:
    if _ABBREVIATION.fullmatch(answer.strip()) and sum(c.isupper() for c in answer) >= 2:
        return "the blank is an abbreviation, which learners may spell out or write otherwise"
    if _ADDRESS.search(answer) or _CORNER.search(q.prompt):
        return "the blank is a street address or a street corner, trivia"
    if _LINK_LABEL.search(q.prompt):
        return "its sentence keeps a web page's link label, which the learner would read as part of it"
    if _GLOSSED.search(q.prompt):
        return "the blank is glossed in brackets right after it (a conversion, an acronym, a date, a statistic)"
    if _FUSED.search(q.prompt):
        return "the blank is part of a hyphened word that only describes a noun, a detail"
    return None


def _place_aside(q: Question) -> str | None:
    """A place blank the words around it give away ('Harbour City, _____'), or the setting of a side
    clause ('when the Corps put on an exercise at California's _____')."""
    if _GUESSED_PLACE.search(q.prompt) and _focus_group(q) == "place":
        return "the blank is a place the words around it give away"
    if _SIDE_SETTING.search(q.prompt) and _focus_group(q) in _NAME_GROUPS - {"person"}:
        return "the blank is where a side happening of the sentence took place, not its point"
    if _EXTENT_BLANK.search(q.prompt) and _DURATION.match(_answer_text(q)):
        return "the blank is how long a term or a stay lasts, fine print rather than a happening"
    return None


def _range_end(q: Question) -> bool:
    """The blank and the number after it are two ends of one range ('_____ to 175 pounds'), not a
    change and the level it reached ('rose _____ to $12 million' with the answer '40%')."""
    m = _RANGE_AFTER.search(q.prompt)
    return bool(m) and _unit_of(str(q.answer)) == _unit_of(m.group(1))


def _unit_of(number: str) -> str:
    if re.search(r"%|percent", number):
        return "percent"
    return "money" if number.strip()[:1] in "$£€" else "plain"


def _time_doubt(q: Question, answer: str) -> str | None:
    """A time answer that dates nothing a learner can tell apart: a relative phrase ('this year',
    'later this year', 'a year ago') or the period a figure covers ('the quarter ended Sept. 30', 'as of _____')."""
    if not answer:
        return None
    if _RELATIVE_TIME.fullmatch(re.sub(r"^(?:earlier|later|early|late)\s+", "", answer.strip(), flags=re.I)):
        return "its answer is a relative time phrase, not a date of the story"
    if _REPORTING_PERIOD.search(answer.strip()) or (q.type == "fill_blank" and "as of _____" in q.prompt.lower()):
        return "its answer is the period a figure covers, not the figure itself"
    return None


def _when_doubt(q: Question, view: ArticleView) -> str | None:
    """A date that tests nothing: the year the article was written (or the one before), read off
    'this year' or 'last year'; the year the whole article is about; the date of a remark by someone
    in passing. A multiple choice on a time ('When did one senior official describe ...?') asks the same."""
    if not asks_time(q) or view is None:
        return None
    grain = _PROMPT_GRAIN.match(q.prompt)
    # a month is kept: a story spans months, so 'earlier this month' dates a happening among others
    if grain and grain.group(1) == "year" and _RELATIVE_TO_PUB.search(q.fact or ""):
        return f"its year is only worked out from the article's own date and '{q.fact}'"
    if grain and grain.group(1) == "year" and year_of_article(str(q.answer), view):
        return "the whole article is about that year, so asking for it tests nothing"
    if _passing_actor(q, view):
        return "it asks for the date of what someone in passing did or said, not of a happening of the story"
    return None


def asks_time(q: Question) -> bool:
    """A when question, or a multiple choice whose answer is a time: both ask when something happened."""
    return q.type == "when" or (q.type == "multiple_choice" and q.focus == "when")


def _prompt_subject(q: Question, view: ArticleView) -> tuple[str, bool] | None:
    """The surname of the person a when question asks about ('did Ann Lee tweet' -> 'Lee') and
    whether it surely names a person (its full name starts with a given name: the index takes
    'Space Shuttle Challenger' for a person too); a two-word name the index missed may be a
    person's (it rarely misses places and bodies); None for anything else."""
    m = _SUBJECT.search(q.prompt)
    if m is None:
        return None
    parts = m.group(1).split()
    surname = parts[-1]
    known, people = _named(view, surname)
    sure = any(len(n) > 1 and n[0].lower() in _GIVEN_NAMES for n in [parts, *people])
    return (surname, sure) if sure or people or (len(parts) > 1 and not known) else None


def _named(view: ArticleView, surname: str) -> tuple[list, list[list[str]]]:
    """The index mentions whose name ends in the surname, and the words of those that are people's."""
    known = [k for k in view.mentions if (k.full or k.text).split()[-1:] == [surname]]
    return known, [(k.full or k.text).split() for k in known if k.kind == "PERSON"]


def year_of_article(year: str, view: ArticleView) -> bool:
    """The year is the article's own: in its headline, or the latest year it names and the one it
    names most (at least TOPIC_YEAR times)."""
    if not _YEAR.fullmatch(year):
        return False
    if year in (view.title or ""):
        return True
    counts = Counter(_YEAR.findall(view.joined_text()))
    return counts[year] >= TOPIC_YEAR and counts[year] == max(counts.values()) and year == max(counts)


def _passing_actor(q: Question, view: ArticleView) -> bool:
    """The when question's subject is a person away from the headline and the lead, and either named
    once or asked about a remark ('On which day did Ann Lee tweet?'); or an unnamed source's remark."""
    remark = bool(set(_WORD.findall(q.prompt.lower())) & _REMARK_VERBS)
    if remark and _UNNAMED_SUBJECT.search(q.prompt):
        return True       # 'When did one senior official describe ...': an unnamed source's remark
    subject = _prompt_subject(q, view)
    if subject is None:
        return False
    surname, sure = subject
    if _in_lead([surname], view):
        return False
    # a name the index missed ('Space Shuttle Challenger') is asked about only for a remark
    return remark or (sure and view.count(surname) <= 1)


def _background_doubt(q: Question, view: ArticleView, answer: str) -> str | None:
    """Background a teacher does not test: market detail, the reporter's own doings, the minutiae
    of a match, an aside of the sentence, or a date that tests nothing (_when_doubt)."""
    if view is None:
        return None
    evidence = view.sentences[q.sentence_id].text if 0 <= q.sentence_id < len(view.sentences) else ""
    furniture = _furniture_doubt(evidence)
    if furniture:
        return furniture
    if _passing_moment(_filled(q)) and not on_headline(q, view):
        return "it asks about a passing moment of a match, not about its outcome"
    return _market_doubt(view, evidence, answer, q.prompt) or _aside_doubt(q, view, evidence, answer) or \
        _quoted_topic(q, view, answer) or _when_doubt(q, view) or date_blank_doubt(q, len(view.sentences), LEAD_SENTENCES)


def _passing_moment(text: str) -> bool:
    """A moment of a match that is not its outcome: a phrase of match_minutiae ('was shown a yellow
    card'), or play stamped with its minute that scores nothing ('substituted Lee in the 28th minute')."""
    return bool(_MINUTIAE.search(text)) or (bool(_MINUTE_STAMP.search(text)) and not _SCORING.search(text))


def _filled(q: Question) -> str:
    """The prompt with its blank filled in by the answer ('at their 32-yard line'): the phrase the blank cut."""
    answer = q.answer if isinstance(q.answer, str) else ""
    return q.prompt.replace("_____", answer, 1) if q.type == "fill_blank" and answer else q.prompt


def _furniture_doubt(evidence: str) -> str | None:
    """A sentence of the page, not of the story: the reporter's own doings, the note on who wrote it,
    a photo's caption."""
    if _REPORTER_ACT.search(evidence):
        return "it asks about the reporter's own work, not about the story"
    if _REPORTER_BIO.match(evidence):
        return "it asks about the reporter, from the note on who wrote the article"
    if picture_caption(evidence):
        return "it asks about a photo's caption, not about the story"
    return None


def _quoted_topic(q: Question, view: ArticleView, answer: str) -> str | None:
    """A blank inside a quotation on what the headline or the whole article names ('writing a new
    chapter in the _____ roll of honor' = the body the story is about): a word of someone's phrasing
    that the topic fills in, not a fact of the story."""
    if q.type != "fill_blank" or not answer or not _in_quotation(q.prompt):
        return None
    asked = {_stem(w) for w in content_words(answer, min_length=1)}
    title = {_stem(w) for w in content_words(view.title or "")}
    if view.is_topic(answer) or (asked and 2 * len(asked & title) >= len(asked)):
        return "the blank is a word of a quotation that the headline fills in"
    return None


def _in_quotation(prompt: str) -> bool:
    """The blank stands between a quotation's opening mark and its closing one."""
    return quotation_open(prompt.split("_____", 1)[0])


def _market_doubt(view: ArticleView, evidence: str, answer: str, prompt: str = "") -> str | None:
    """The day's move of a share price in a story about something else, or one stock's bare tick in a
    market report; which exchange a stock trades on."""
    if _PRICE_MOVE.search(evidence) and not _PRICE_TOPIC.search(view.title or ""):
        return "it asks about the day's share price, not about the story"
    if _PRICE_TICK.search(prompt) and _market_report(view):
        return "it asks about one stock's move in a market table, not about the story"
    if answer and _EXCHANGE.search(answer):
        return "it asks which exchange a stock trades on"
    return None


def _market_report(view: ArticleView) -> bool:
    """The article reports on a market: its headline, or MARKET_WORDS of its words, are of shares and prices."""
    return bool(_PRICE_TOPIC.search(view.title or "")) or \
        len(_PRICE_TOPIC.findall(view.joined_text())) >= MARKET_WORDS


def _aside_doubt(q: Question, view: ArticleView, evidence: str, answer: str) -> str | None:
    """Who reported a fact, a person's age beside their name, a relative's life in a profile, a
    passer-by's anecdote."""
    source = _source_doubt(q, view, answer) if q.type in ("fill_blank", "multiple_choice", "who_said", "true_false") \
        else None
    if source:
        return source
    if q.type == "fill_blank" and _AGE_BLANK.search(q.prompt) and re.fullmatch(r"\d{1,3}", answer):
        return "the blank is a person's age"
    if _FAMILY.match(evidence) and not on_headline(q, view):
        return "it asks about a relative's life, background to the story"
    return _anecdote(q, view)


def _source_doubt(q: Question, view: ArticleView, answer: str) -> str | None:
    """A blank or question on who reported a fact, or on the body a named source works for."""
    if _outlet_answer(answer, view):
        return "the answer is the news agency or outlet that reported the fact, not the fact"
    if q.type == "true_false" and _agency_reports(q.prompt, view):
        return "it asks which news agency reported the fact, not about the fact"
    if _SOURCE_BLANK.search(q.prompt):
        return "the blank is on who reported the fact, not on the fact"
    if _SOURCE_QUESTION.match(q.prompt):
        return "it asks who reported the fact, not about the fact"
    if _focus_group(q) == "org" and (_affiliation_blank(q.prompt) or _body_of_titled_person(q.prompt, view)):
        return "the blank is where a source works, an aside of the sentence"
    return None


def _news_agency(answer: str) -> bool:
    """'The Associated Press', 'Reuters', 'Xinhua News Agency': a wire service (news_agencies)."""
    return key(answer) in _NEWS_AGENCIES or bool(re.search(r"\b(?:News|Press) Agency$", answer.strip()))


def _outlet_answer(answer: str, view: ArticleView) -> bool:
    """The answer is a news agency or outlet that is not what the story is about."""
    return bool(answer) and (_news_agency(answer) or _newspaper(answer)) and not view.is_topic(answer)


def _newspaper(answer: str) -> bool:
    """'CBS News', 'The Fresno Bee', 'LA Weekly': a news outlet, listed or named by its last word."""
    names = answer.split()
    return news_outlet(names) or (len(names) > 1 and names[0][:1].isupper()
                                  and names[-1].strip(".").lower() in _NEWSPAPER_ENDS)


def _agency_reports(statement: str, view: ArticleView) -> bool:
    """'The Associated Press projected victory for Ross.': a statement whose subject is a news agency
    reporting or projecting (its swapped form names another agency or a photo credit)."""
    for n in range(1, min(5, len(statement.split())) + 1):
        subject = " ".join(statement.split()[:n])
        if _news_agency(subject) and not view.is_topic(subject):
            return bool(_AGENCY_REPORT.match(statement[len(subject):]))
    return False


def _affiliation_blank(prompt: str) -> bool:
    """The blank is the body a named source works for: inside the role after the name ('Ann Lee, a
    climate scientist at _____,') or before a title and a name ('_____ president Ann Lee said')."""
    if _AFFILIATION.search(prompt):
        return True
    m = _BODY_BEFORE_TITLE.search(prompt)
    return bool(m) and title_word(m.group(1))


def _body_of_titled_person(prompt: str, view: ArticleView) -> bool:
    """The blank is the body in front of a capitalised title and a person's name ('_____ Chief Inspector
    Ann Lee said', '_____ Major Bo Li will lead'): the person is the point, the body an aside (2 judged,
    both edits or rejects by rule 6). The name is a person's: a common given name, or the index's."""
    m = _BEFORE_TITLED_NAME.search(prompt)
    if not m:
        return False
    name = m.group(1).split()
    return name[0].lower() in _GIVEN_NAMES or \
        any(x.kind == "PERSON" and (x.full or x.text).split()[-1:] == name[-1:] for x in view.mentions)


def _form_doubt(q: Question) -> str | None:
    """What the printed wording shows: garbled English, or trivia its shape gives away."""
    return wording_doubt(q) or _shape_doubt(q) or _count_beyond(q)


def _count_beyond(q: Question) -> str | None:
    """'How many more people died?': more than a figure the stem does not give (JUDGING.md rule 8);
    a stem naming whom or what the others are beside ('other executives than Mr. Reupke') is left."""
    if not _COUNT_BEYOND.search(q.prompt):
        return None
    names = [w for w in _WORD.findall(q.prompt)[1:] if w[:1].isupper() and not w.isupper()
             and w.lower() not in WEEKDAYS and w.lower() not in MONTHS]
    return None if names else "it counts more or other things than the stem names"


def wording_doubt(q: Question) -> str | None:
    """The text the quiz prints (a cloze with its answer in the blank) is no well-formed English
    (JUDGING.md rule 1): wellformed.garbled names the shape. A doubt on the words, which another
    question on the same fact need not share (questions._facts_back reads it)."""
    if q.type == "order_events":
        return None
    text = q.prompt.replace("_____", str(q.answer)) if q.type == "fill_blank" else q.prompt
    fault = garbled(text)
    return f"its wording is garbled: {fault}" if fault else None


def _shape_doubt(q: Question) -> str | None:
    """Trivia the question's own shape shows: one end of a range ('weighs _____ to 175 pounds'), a
    statement that only describes something ('The small shop is unassuming.'), or a sentence that
    only leads into a quotation ('_____ said in an editorial on Thursday:')."""
    if q.type == "fill_blank" and (_range_end(q) or _RANGE_BEFORE.search(q.prompt)):
        return "the blank is one end of a range, not a fact of the story"
    if q.type == "true_false" and q.answer == "True" and _DESCRIPTION.search(q.prompt):
        return "it asks about a description, not about a happening or a claim"
    if q.type in ("fill_blank", "true_false") and q.prompt.rstrip().endswith(":"):
        return "its sentence introduces a quotation the question leaves out"
    if q.type == "why" and q.focus == PURPOSE_FOCUS:
        return "its reason is a plain 'to ...', which may be trivial or let a wrong option be true too"
    return None


def _name_doubt(q: Question, view: ArticleView, answer: str, names: list[str]) -> str | None:
    """Trivia and giveaways of a question answered by a name."""
    if (q.type == "who_said" or _is_person(q)) and _mouthpiece(answer, view):
        return "it asks for the name of a spokesperson, not for who holds the view"
    if any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", q.prompt) for w in names):
        return "the question names its own answer"
    cue = _country_cue(q.prompt, answer)
    if cue:
        return cue
    if _minor_figure(q, view, names):
        return "it asks about someone the article names only once"
    return _blank_name_doubt(q, view, answer, names)


def _blank_name_doubt(q: Question, view: ArticleView, answer: str, names: list[str]) -> str | None:
    """Trivia and giveaways of a blank on a name: the article's topic, a name given once, a side person."""
    if q.type != "fill_blank" or _focus_group(q) not in _NAME_GROUPS:
        return None
    if view.is_topic(answer) or (_focus_group(q) == "place" and view.mentions_of(answer) >= 6):
        what = "the place" if _focus_group(q) == "place" else "what"
        return f"the blank is on {what} the whole article is about, so it is easy to guess"
    if q.focus not in _NATIONS and named_once(q, view, names):
        return "the blank is on a name the article gives only once, away from its main story"
    return _side_person(q, view, answer, names)


def _city_of_answer(prompt: str, answer: str) -> bool:
    """'Where did a quake strike 45 miles from Kabul?' keyed Afghanistan: the city gives the country away."""
    country = lexicon().country_by_key.get(key(answer))
    return country is not None and _names_a_city_of(prompt, country)


def _country_cue(prompt: str, answer: str) -> str | None:
    """What in the stem gives away the country asked for: one of its cities or its people's adjective."""
    country = lexicon().country_by_key.get(key(answer))
    if country is None:
        return None
    if _names_a_city_of(prompt, country):
        return "the question names a city of the country it asks for"
    if _names_its_people(prompt, country):
        return "the question names the people of the country it asks for ('Canadian officials')"
    return None


def _names_a_city_of(prompt: str, country) -> bool:
    cities = lexicon().cities
    words = re.findall(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*", prompt)
    return any(cities.get(key(w)) == country.name for w in words)


def _names_its_people(prompt: str, country) -> bool:
    """'... born in rural _____, served in the German Army' keyed Germany: the adjective of the
    country gives it away (5 judged stems with it, all edits or rejects by rule 7)."""
    return bool(country.demonym) and re.search(r"(?<!\w)" + re.escape(country.demonym) + r"(?!\w)", prompt) is not None


def _side_person(q: Question, view: ArticleView, answer: str, names: list[str]) -> str | None:
    """A blank on the name of a side person: a source quoted in passing, or someone the sentence
    already gives by their role."""
    return _passing_source(q, view, answer, names) or _role_named_aside(q, view, answer, names)


def _passing_source(q: Question, view: ArticleView, answer: str, names: list[str]) -> str | None:
    """A blank on the name of who says something ('president _____ said'), someone the article names
    fewer than RECURRING times, after its lead and not in its headline."""
    introduced = _INTRODUCED_SPEAKER.search(q.prompt)
    if _focus_group(q) != "person" or not (introduced or _QUOTED_SOURCE.search(q.prompt)) or \
            q.sentence_id <= LEAD_SENTENCES:
        return None
    # a speaker introduced by their role here is new to the story even if named again later
    if _in_title(view, names) or (not introduced and _recurring(view, answer, names)):
        return None
    return "the blank is the name of a source quoted in passing, not what they said"


def _role_named_aside(q: Question, view: ArticleView, answer: str, names: list[str]) -> str | None:
    """A blank on the name of a person the sentence already gives by their role ('The mayor's brother,
    _____, said', 'his attorney, _____, asked for a delay'), someone the article names fewer than
    RECURRING times and not in its headline: the role carries the fact, the name is trivia, in the lead
    too (14 judged rows of the shape, 12 edited or rejected; 7 of the 8 keyed a person)."""
    if _focus_group(q) != "person" or not _ROLE_APPOSITIVE.search(q.prompt) or _in_title(view, names):
        return None
    if _recurring(view, answer, names):
        return None
    return "the blank is the name of someone the sentence already gives by their role"


def _in_title(view: ArticleView, names: list[str]) -> bool:
    title = (view.title or "").lower()
    return any(w.lower() in title for w in names)


def _recurring(view: ArticleView, answer: str, names: list[str]) -> bool:
    """The article names the answer, or a word of its name, RECURRING times or more."""
    return view.mentions_of(answer) >= RECURRING or max(view.count(w) for w in names) >= RECURRING


def _focus_group(q: Question) -> str:
    return FOCUS_GROUPS.get(q.focus.split(":")[0].strip().lower(), "other")


def named_once(q: Question, view: ArticleView, names: list[str] | None = None) -> bool:
    """The answer names something the article mentions once, outside its headline and lead: a
    passer-by, a relative, a building named in passing."""
    answer = _answer_text(q)
    names = _names(answer) if names is None and answer else (names or [])
    if not names or q.sentence_id <= 1 or view.is_topic(answer):
        return False
    title = (view.title or "").lower()
    if any(w.lower() in title for w in names):
        return False
    return view.mentions_of(answer) <= 1 and max(view.count(w) for w in names) <= 1


def passer_by(doc, mentions, speaker, title: str | None) -> bool:
    """A person the story quotes only for colour: named fewer than RECURRING times, not in the
    headline or the lead, and never given a title or a role (a traveller, a driver, a fan): who said
    their words is trivia, while a minister or a coach quoted once speaks for their side."""
    if speaker.kind != "PERSON":
        return False
    own = [m for m in mentions if m.canon == speaker.canon]
    if len(own) >= RECURRING or any(m.sentence_id <= LEAD_SENTENCES for m in own) or _in_heading(speaker.full, title):
        return False
    return not any(_given_role(doc, m) for m in own)


def _in_heading(name: str, title: str | None) -> bool:
    heading = f" {key(title or '')} "
    return any(f" {w} " in heading for w in key(name).split() if len(w) > 2)


def _given_role(doc, m) -> bool:
    """A role or title written beside this mention of a person: before it ('curator Ann Lee', 'Prime
    Minister, Ann Lee') or as the phrase after its comma ('Ann Lee, undersecretary to ...', 'Ann Lee, a
    climate scientist'); a bystander's role ('a resident', 'a mother of two') makes no actor."""
    return any(_role_noun(t) for t in [*_phrase_before(doc, m.start), *_apposition_after(doc, m.end)]) or \
        _works_with(doc, m.end)


def _works_with(doc, end: int) -> bool:
    """'Ann Lee, who worked for her': a relative clause of working beside someone is a role too."""
    clause = doc[end:end + 3]
    return len(clause) == 3 and clause[0].text == "," and clause[1].lower_ in ("who", "whom") and \
        clause[2].lemma_.lower() in _WORKING_VERBS


def _phrase_before(doc, start: int) -> list:
    """The words of the noun phrase just before a name, across a comma after a title."""
    i = start - 1
    if i > 0 and doc[i].text == "," and title_word(doc[i - 1].text):
        i -= 1
    out = []
    while i >= 0 and doc[i].pos_ in _PHRASE_TAGS and doc[i].ent_type_ != "PERSON":
        out.append(doc[i])
        i -= 1
    return out


def _apposition_after(doc, end: int) -> list:
    """The words of a noun phrase set off by a comma after a name, up to its first verb or mark."""
    if end >= len(doc) - 1 or doc[end].text != "," or doc[end + 1].pos_ not in _APPOSITION_START:
        return []
    out = []
    for t in doc[end + 1:end + 9]:
        if t.is_punct or t.pos_ in ("VERB", "AUX", "PRON"):
            break
        out.append(t)
    return out


def _role_noun(t) -> bool:
    if t.lemma_.lower() in _BYSTANDERS or t.lower_ in _BYSTANDERS:
        return False
    return title_word(t.text) or (t.pos_ == "NOUN" and t.text.islower())


_PHRASE_TAGS = frozenset({"NOUN", "PROPN", "ADJ", "DET"})
_APPOSITION_START = frozenset({"DET", "ADJ", "NOUN", "PROPN"})


def too_short_to_claim(quote: str) -> bool:
    """A whole sentence of a quotation with fewer than SHORTEST_CLAIM words ('I smacked them
    around'): a quip, too short to carry a claim about the story."""
    words = _WORD.findall(quote)
    return quote[:1].isupper() and len(words) < SHORTEST_CLAIM


def _quotation(prompt: str) -> str:
    """The quotation of a who-said stem."""
    m = _QUOTED.search(prompt)
    return m.group(1) if m else ""


def history_blank(q: Question, view: ArticleView) -> bool:
    """A blank after the lead keyed to a year long before the article's own ('records kept since _____', 'a
    reporter since _____'): background history, not the news (JUDGING.md rule 6).
    Of 15 judged such blanks teachers edited or rejected 11 (73 %): too few to drop, enough to ask later."""
    if q.type != "fill_blank" or view.year is None or q.sentence_id <= LEAD_SENTENCES:
        return False
    years = [int(y) for y in _YEAR.findall(_answer_text(q))]
    return bool(years) and view.year - max(years) >= BACKGROUND_YEARS


def minor_speaker(q: Question, view: ArticleView) -> bool:
    """A quotation whose speaker the article names once: a teacher asks about recurring actors first."""
    return q.type == "who_said" and named_once(q, view)


def quoted_source(q: Question, view: ArticleView, doc) -> bool:
    """A blank or a multiple choice answered by a person the story only quotes: every time the article
    names them they are who says something ('Ann Lee said', 'according to Ann Lee'), and never in the
    headline or the lead. Their name is a source's, not an actor's (JUDGING.md rule 6)."""
    names = _names(_answer_text(q)) if q.type in ("fill_blank", "multiple_choice") and doc is not None else []
    if not names or _in_lead(names, view) or _in_title(view, names) or not _person_asked(q, names[-1], view):
        return False
    said = [_says(doc[i]) for i in token_ids(doc, names[-1])]
    return bool(said) and all(said)


def _person_asked(q: Question, surname: str, view: ArticleView) -> bool:
    """The question asks for a person: by its focus, or the index names someone by the surname (a
    focus may take a quoted person for a place: 'Panigrahi described ...')."""
    return _is_person(q) or any(m.kind == "PERSON" and (m.full or m.text).split()[-1:] == [surname]
                                for m in view.mentions)


def _says(t) -> bool:
    """The word of a name is the subject of a verb of saying ('Lee said', 'said Ann Lee') or follows
    'according to'."""
    while t.dep_ in ("compound", "flat") and t.head.i != t.i:
        t = t.head
    if t.dep_ == "nsubj" and t.head.lemma_.lower() in _SAYING_VERBS:
        return True
    return t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according"


def _minor_figure(q: Question, view: ArticleView, names: list[str]) -> bool:
    """A person the article names once, in passing, by a minor role (a spokesperson, an umpire, an
    analyst), away from the headline and the lead."""
    if not _is_person(q) or not named_once(q, view, names):
        return False
    evidence = view.sentences[q.sentence_id].text if q.sentence_id < len(view.sentences) else ""
    return bool(set(_WORD.findall(evidence.lower())) & _MINOR_ROLES)


def _mouthpiece(answer: str, view: ArticleView) -> bool:
    """The article introduces the speaker as a spokesperson ('Paul Moskal, a spokesman for ...',
    'spokeswoman Ann Lee')."""
    return introduced_as_spokesperson(view.joined_text(), answer)


def on_headline(q: Question, view: ArticleView) -> bool:
    """Does the question ask about what the headline says (two of its content words, compared
    without their endings so 'kills' meets 'killed' and 'beatifies' meets 'beatified')?"""
    title = {_stem(w) for w in content_words(view.title or "")}
    if not title:
        return False
    words = {_stem(w) for w in content_words(f"{q.prompt} {_answer_text(q)}", min_length=1)}
    return len(title & words) >= 2


def _stem(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[:-len(ending)]
            break
    return word[:5]


_ENDINGS = words("inflection_endings")


def notes(bank: list[Question], quiz_ids: list[str], view: ArticleView, floor: float,
          overlap: set[str] = frozenset(), unplaced: dict[str, str] | None = None,
          dangling: dict[str, str] | None = None) -> list[Question]:
    """The bank with a note on every question outside the default quiz (none on quiz questions);
    `overlap`: ids of questions a quiz question answers or shares an answer with; `unplaced`: id ->
    the phrase of its stem a learner cannot place without the article; `dangling`: id -> such a
    phrase no name can stand in for, which keeps the question out of the default quiz."""
    in_quiz = set(quiz_ids)
    out = []
    for q in bank:
        note = "" if q.id in in_quiz else _note(q, view, floor, len(in_quiz), q.id in overlap,
                                                (unplaced or {}).get(q.id), (dangling or {}).get(q.id))
        out.append(dataclasses.replace(q, note=note) if note != q.note else q)
    return out


def _note(q: Question, view: ArticleView, floor: float, quiz_size: int, overlaps: bool,
          unplaced: str | None = None, dangling: str | None = None) -> str:
    doubt = quiz_doubt(q, view) or (dangling and f"its stem says '{dangling}', which the learner cannot place "
                                    "without the article")
    if doubt:
        return f"Left out: {doubt}."
    if unplaced:
        return f"Ranked below the others: its stem says '{unplaced}', which the learner cannot place " \
            "without the article."
    if q.score < floor:
        why = _REASONS.get(_blame(q, view), "teachers kept few questions like it")
        return f"Ranked low ({q.score:.2f}): {why}."
    if overlaps:
        return "Left out: a question of the quiz asks about the same fact or gives its answer away."
    return f"Not needed ({q.score:.2f}): the quiz already has {quiz_size} questions of its kind or sentence."


def _blame(q: Question, view: ArticleView) -> str:
    """The feature that lowers the question most among those with a reason a teacher can read."""
    pushes = [(v, name) for name, v in contributions(q, view).items() if name in _REASONS and v < 0]
    return min(pushes)[1] if pushes else ""
