"""Whether a dated clause tells a happening of its date: a period 'since' a date, a prediction, a
future state ('will be a problem') are not events placed on that date."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

from spacy.tokens import Span, Token

from .clauses import if_marked, reporting_verb
from .headlines import names_happening, saying_noun
from .lexicon import key, load
from .model import TimeExpression
from .nlp import ents_of
from .realise import subject_of
from .wordlists import pattern, word_set

_HEDGES = word_set("prediction_adverbs")       # 'will likely rise', 'is likely to seek'
_FORECASTS = word_set("forecast_words")        # 'is expected to', 'is projected to'
_POSSIBLE = word_set("cut_modals")             # 'may close', 'could rise', 'would increase'
_LASTING = word_set("lasting_verbs") | {"continue"}      # 'will continue to be', 'will remain'
_COUNTRY_NOUNS = word_set("country_nouns")
_STANDING = word_set("standing_verbs")         # 'had 3,400 workers', 'included three mayors'
_STANDING_NOUNS = word_set("standing_nouns")   # 'had a fleet of 140 jets'
_CHANGED = word_set("measured_change_words")   # 'volume was flat', 'sales were up 4%'
_PLACED = word_set("placed_verbs")              # 'the depot was located in the port'
_STRETCHES = word_set("stretch_nouns")         # 'had scored twice in a 12-game stretch'
_OFFSET = re.compile(pattern("offset_from_happening"), re.I)      # 'ten days before the shooting'
_BARE_CLOCK = re.compile(pattern("bare_clock_time"), re.I)        # 'at 6 a.m.', no day of its own
_COUNTRY_WINDOW = 600        # characters back in which 'the country' finds the country it means


def _clause_verb(verb: Token) -> Token:
    """The verb that carries the clause's subject ('charged' under 'is charged with gunning')."""
    for _ in range(4):
        if subject_of(verb) is not None or verb.head == verb or verb.head.pos_ not in ("VERB", "AUX"):
            break
        verb = verb.head
    return verb


def present_perfect(verb: Token | None) -> bool:
    """'has treated', 'have opened', 'has been treating': a present perfect, which runs up to now."""
    if verb is None:
        return False
    verb = _clause_verb(verb)
    return any(c.dep_ == "aux" and spelled_aux(c) in ("has", "have") for c in verb.children)


_CONTRACTED = {"'ve": "have", "'re": "are", "'ll": "will", "'m": "am"}


def spelled_aux(aux: Token) -> str:
    """An auxiliary as written out: 'he’s treated' -> 'has', 'he’s leaving' -> 'is', 'they’ve' -> 'have'."""
    low = aux.lower_.replace("’", "'")
    if low == "'s":
        # an active aux before a past form is 'has' (the tagger often reads 'treated' as VBD there)
        return "has" if aux.dep_ == "aux" and aux.head.tag_ in ("VBN", "VBD") else "is"
    return _CONTRACTED.get(low, low)


def contractions_spelled(label: str, sent: Span) -> str:
    """'Dr Ali ’s treated two men' -> 'Dr Ali has treated two men': a contracted auxiliary, split off
    its pronoun when the pronoun was named, is written out."""
    for tok in sent:
        low = tok.lower_.replace("’", "'")
        if tok.dep_ in ("aux", "auxpass") and (low == "'s" or low in _CONTRACTED):
            label = re.sub(rf"(?<=\S) {re.escape(tok.text)} (?={re.escape(tok.head.text)}\b)",
                           f" {spelled_aux(tok)} ", label)
    return label


def country_named(label: str, sent: Span) -> str:
    """'The country’s famed network failed' -> 'Israel’s famed network failed': a bare 'the country' in a
    label is the country the article named last, just before it; left as it is when none was."""
    for tok in sent:
        if tok.lower_ not in _COUNTRY_NOUNS or [c.lower_ for c in tok.children if c.dep_ != "case"] != ["the"]:
            continue
        name = _last_country(tok)
        found = re.search(rf"\b[Tt]he {re.escape(tok.text)}\b", label)
        if name and found and len(re.findall(rf"\b{re.escape(tok.text)}\b", label)) == 1:
            label = label[:found.start()] + name + label[found.end():]
    return label


def _last_country(tok: Token) -> str | None:
    """The last country named in the text before a token, within a short window."""
    countries = load().country_by_key
    named = [e for e in ents_of(tok.doc) if e.label_ == "GPE" and e.end <= tok.i and
             tok.idx - e.start_char <= _COUNTRY_WINDOW and key(e.text) in countries]
    return named[-1].text if named else None


# 'the past decade', 'this past year': written like the calendar unit before this one (TimeML's value,
# kept by the tagger), but said of a span that runs up to now
_TO_NOW = re.compile(r"^(?:the|this)\s+(?:past|last)\s+(?P<unit>decade|century|year|month|week)$", re.I)


def span_to_now(time: TimeExpression, verb: Token | None) -> bool:
    """'exports have doubled in the past decade', 'has opened four shops in the past year': the span
    ending at publication, no point event on the unit before (a decade or century always; a year, month
    or week when the clause is a present perfect)."""
    m = _TO_NOW.match(" ".join(time.text.split()))
    if m is None:
        return False
    return m.group("unit").lower() in ("decade", "century") or present_perfect(verb)


def since_period(time: TimeExpression, published: dt.date | None) -> TimeExpression | None:
    """'Since October 7, a doctor has treated two farmers': the treating runs from the date to the
    publication, so the event is that span; None when the end is unknown (no point event on the start)."""
    if published is None or time.date is None or published < time.date:
        return None
    return dataclasses.replace(time, date_end=published)


def not_happening(verb: Token | None, *, future: bool, span: Span | None = None) -> bool:
    """A prediction, a state said of a coming date, or a state that merely held at the date (`span`):
    no event at the clause's date."""
    return verb is not None and (predicted(verb, future=future) or standing_state(verb, span) or
                                 source_release(verb) or future and (future_state(verb) or conditioned(verb)))


def source_release(verb: Token) -> bool:
    """'according to data released by the trade ministry in August': when a source came out is a detail
    of the reporting, not a happening of the story."""
    noun = verb.head
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and noun.dep_ == "pobj" and \
        noun.head.lower_ == "to" and noun.head.head.lower_ == "according"


def standing_state(verb: Token, span: Span | None = None) -> bool:
    """What merely held at the date `span`, which a 'when' cannot pin (the same may have held a month
    later): 'As of March, the airline had a fleet of 140 jets', 'had 3,400 workers on April 30', 'the
    shortlist included three mayors', 'the rate stood at 4% at the end of March', 'was the second
    witness', 'the depot was located in the port', 'has been facing mockery', 'had scored twice in a
    12-game stretch'. A change ('grew its fleet to 140', 'rose to 4%'), a passive ('was elected'),
    'there was', and a state over a stated period ('From 2010 to 2015 she was a deputy') stay."""
    # 'went on to have' is the having's state; a fronted 'Found in April, they have been famous' is not
    verb = _clause_verb(verb) if verb.dep_ == "xcomp" else verb
    kids = list(verb.children)
    if any(c.tag_ == "MD" for c in kids) or span is not None and _period(span):
        return False
    if verb.lemma_ in _PLACED:
        return True                                     # 'was located in', a passive of where it is
    return not any(c.dep_ in ("auxpass", "expl") for c in kids) and _active_state(verb, kids, span)


def _active_state(verb: Token, kids: list[Token], span: Span | None) -> bool:
    if _ongoing(verb, kids) or _tally_over_stretch(kids):
        return True
    return _copula_state(kids) if verb.lemma_ == "be" else _held(verb, kids, span)


def _held(verb: Token, kids: list[Token], span: Span | None) -> bool:
    """'had 3,400 workers', 'owned 14 branches', 'included three mayors', 'stood at 4% as of June'."""
    if verb.lemma_ not in _STANDING or verb.tag_ == "VBG":
        return False
    if verb.lemma_ == "have":
        return any(c.dep_ == "dobj" and _held_amount(c, span) for c in kids)
    if verb.lemma_ in _MEASURES:
        # 'spending totaled $40 billion in 2019' is the year's figure; 'as of June 30' a snapshot
        return span is not None and _snapshot(span) and (verb.lemma_ != "stand" or _preps(kids, "at"))
    return True


_MEASURES = ("total", "number", "stand")
# the date a snapshot is taken at: 'as of March', 'at the end of 2020', 'on June 30'
_SNAPSHOT_BEFORE = re.compile(r"\b(?:as\s+of|(?:at\s+)?the\s+end\s+of|end\s+of|on)\s*$", re.I)
_PERIOD_WORDS = ("to", "through", "until", "till", "-", "–")


def _snapshot(span: Span) -> bool:
    before = span.doc[max(span.sent.start, span.start - 4):span.start].text
    return bool(_SNAPSHOT_BEFORE.search(before) or re.match(r"(?:the\s+)?end\s+of\b", span.text, re.I))


def _period(span: Span) -> bool:
    """'From 2010 to 2015', 'between 2004 and 2009': a state told over a span holds throughout it
    ('a painting from 1990' is no span)."""
    doc = span.doc
    prev = doc[span.start - 1].lower_ if span.start > span.sent.start else ""
    after = doc[span.end].lower_ if span.end < span.sent.end else ""
    return prev == "between" or after in _PERIOD_WORDS or any(t.lower_ in _PERIOD_WORDS for t in span[1:-1])


def _preps(kids: list[Token], word: str) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == word for c in kids)


def _ongoing(verb: Token, kids: list[Token]) -> bool:
    """'has been facing mockery', 'had been living there': a perfect progressive runs on through the date."""
    auxes = [spelled_aux(c) for c in kids if c.dep_ == "aux"]
    return verb.tag_ == "VBG" and "been" in auxes and any(a in ("has", "have", "had") for a in auxes)


def _tally_over_stretch(kids: list[Token]) -> bool:
    """'had scored twice in a 12-game stretch', 'two goals in his last five games': a count over a run
    of games ('in the 2019 season' is a year, no run)."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "over", "during", "across") and
               any(o.dep_ == "pobj" and o.lemma_.lower() in _STRETCHES and
                   any(t.like_num and t.ent_type_ != "DATE" for t in o.subtree) for o in c.children)
               for c in kids)


def _held_amount(obj: Token, span: Span | None) -> bool:
    """'a fleet of 140 jets', 'an annual output capacity', '3,400 workers': a stock a body holds, or an
    amount held at a snapshot date ('had 900 cases as of June 30'). 'had 2 million visitors in 2019'
    counts a year's flow, and 'had a meeting', 'had surgery' are happenings."""
    if obj.lemma_.lower() in _STANDING_NOUNS:
        return True
    return any(c.dep_ == "nummod" for c in obj.children) and span is not None and _snapshot(span)


def _copula_state(kids: list[Token]) -> bool:
    """'was the second witness', 'were full of trucks', 'the latest film was The Batman': a copula with
    a noun or adjective says how things stood. A feat ('was the first to walk on the moon'), a part at
    an occasion or in a happening ('was a guest at the fair', 'the winner of the race'), a figure
    ('its value was $12 billion', the day's number) and a change of the period ('sales were flat') stay."""
    comp = next((c for c in kids if c.dep_ in ("attr", "acomp")), None)
    if comp is None or comp.tag_ == "VBN" or comp.ent_type_ in ("MONEY", "PERCENT") or comp.lower_ in _CHANGED:
        return False
    return not any(_tells_happening(c) for c in comp.children)


def _tells_happening(c: Token) -> bool:
    """A word under a copula's complement that makes it a happening: 'the first to land', 'is due to
    sail', 'a guest at the fair', 'the winner of the race'."""
    return c.dep_ in ("acl", "relcl", "xcomp") and c.tag_ == "VB" or c.dep_ == "prep" and c.lower_ == "at" or _of_happening(c)


def _of_happening(prep: Token) -> bool:
    """'the winner of the race', 'the victim of a shooting': a part in a happening tells the happening."""
    return prep.dep_ == "prep" and prep.lower_ == "of" and \
        any(o.dep_ == "pobj" and names_happening(o) for o in prep.children)


def conditioned(verb: Token) -> bool:
    """'The bridge will open on Friday if the weather holds': a plan that holds only on a condition
    of its own is a possibility, not a scheduled happening."""
    return any(c.dep_ == "advcl" and if_marked(c) for c in _clause_verb(verb).children)


def predicted(verb: Token, *, future: bool) -> bool:
    """A forecast, not a happening: 'prices will likely rise', 'is likely to seek', 'shortages would
    increase', and at a past date 'was expected to sign' (which may never have happened). A plan
    ahead ('is expected to fly on Tuesday') and a possibility inside a reported plan ('said he would
    resign Friday') stay: the schedule or the saying makes it a plan."""
    verb = _clause_verb(verb)
    kids = list(verb.children)
    if any(c.dep_ == "advmod" and c.lower_ in _HEDGES for c in kids) and any(c.tag_ == "MD" for c in kids):
        return True                                     # 'will likely rise' ('apparently failed' did happen)
    if not future and _forecast_passive(verb, kids) or _likely_to(kids):
        return True                                     # 'was expected to sign', 'is likely to seek'
    if _forecast_lasting(verb, kids):
        return True                                     # 'the trend is expected to continue': no act, a state
    return _possible(verb, kids)


def _possible(verb: Token, kids: list[Token]) -> bool:
    """'could rise', 'would increase' as a statement; with a saying ('said he would resign Friday',
    'the announcement they would join in 2031', '..., the announcement said') it is the plan told,
    whatever the parser hung it on."""
    if not any(c.tag_ == "MD" and c.lower_ in _POSSIBLE for c in kids):
        return False
    return not any(t.pos_ == "VERB" and reporting_verb(t) or t.pos_ == "NOUN" and saying_noun(t)
                   for t in verb.sent if t != verb)


def _forecast_passive(verb: Token, kids: list[Token]) -> bool:
    return verb.lemma_ in _FORECASTS and any(c.dep_ == "auxpass" for c in kids) and any(c.dep_ == "xcomp" for c in kids)


def _forecast_lasting(verb: Token, kids: list[Token]) -> bool:
    """'The slump is expected to continue', 'analysts expect the slump to continue': a forecast that a
    state goes on names no act of its date."""
    if _forecast_passive(verb, kids):
        return any(c.dep_ == "xcomp" and c.lemma_ in _LASTING for c in kids)
    return verb.lemma_ in _LASTING and verb.head.lemma_ in _FORECASTS and verb.dep_ in ("ccomp", "xcomp")


def _likely_to(kids: list[Token]) -> bool:
    return any(c.dep_ == "acomp" and c.lower_ in _HEDGES for c in kids)


def future_state(verb: Token) -> bool:
    """'Strong winds will continue to be a problem', 'Thursday will be a quieter day': a state said of a
    coming date, not a happening. 'There will be a vote' (a happening) and 'will be held' stay."""
    verb = _clause_verb(verb)
    kids = list(verb.children)
    if not any(c.tag_ == "MD" for c in kids):
        return False
    if verb.lemma_ in _LASTING and any(_state_complement(c) for c in kids):
        return True                                     # 'will remain closed', 'will continue to be'
    return verb.lemma_ == "be" and not any(c.dep_ in ("expl", "auxpass") for c in kids)


def _state_complement(c: Token) -> bool:
    return c.dep_ == "acomp" or c.dep_ == "xcomp" and c.lemma_ == "be"


def placed_by_offset(span: Span, happening: Token) -> bool:
    """'X was seen days after the killing, the paper reported Friday', 'a jogger spotted the car at 6 a.m.
    ten days before the shooting': a happening the text places by its distance from another is not on
    a date that is only its telling's, nor on the day a bare time of day was given from elsewhere."""
    words = " ".join(t.text for t in happening.subtree if not span.start <= t.i < span.end)
    if not _OFFSET.search(words):
        return False
    own = happening.left_edge.i <= span.start and span.end <= happening.right_edge.i + 1
    return not own or bool(_BARE_CLOCK.match(span.text.strip())) or _offset_opens_after(span, happening)


def _offset_opens_after(span: Span, happening: Token) -> bool:
    """'On Sept. 3, days before he left the country, Mensah helped ...': the parser may hang the fronted
    date on the clause that 'days before' opens after it; that clause is placed by its distance from the
    main one, and the date is the main clause's."""
    marks = [c for c in happening.children if c.dep_ == "mark" and c.lower_ in ("before", "after")]
    return any(span.end <= c.i < happening.i for c in marks)
