"""Dated events: one per happening the article reports, with a short headline label."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .model import PRECISIONS, Event, TimeExpression, period
from .dates import year_to_now_tokens
from .nlp import text_of
from .index import MONTHS
from .syntax import first_conjunct
from .small_clauses import scheduling_participle
from .phrasing import agreed_articles, inflect, past_be, with_owner
from .retold import Told, repeating, same_act, same_noun, same_words, told
from .realise import (HARD_LABEL_WORDS, MAX_LABEL_WORDS, Resolver, clause_text, finish, np_text, realise, subject_of,
                      subject_phrase)
from .clauses import ArticleClauses, quoted_after_object, reporting_verb
from .complements import gerund_object
from .vague_happenings import happening_retold
from .empty_labels import left_out, mended
from .took_place import ACTS_OF_SUBJECT, noun_happening
from .owner_kinds import kind_owners_named
from .unnamed_subjects import apposed_thing_name, named_by_own_noun, nameless_passive, thing_subject, words_after_the
from .label_garbles import doubled_noun_cut, garbles_repaired, participle_made_finite, subject_lost
from .label_length import headline_length, infinitive_completed
from .label_tense import headline_worded
from .happened import (contractions_spelled, country_named, not_happening, placed_by_offset, present_perfect,
                       since_period, span_to_now)
from .headlines import (MIN_LABEL_WORDS, claim, clause_problem, done_act, generic_weekday, has_subject, names_happening,
                        repaired_label, reported_content, saying_noun, trimmed_label)
from .label_choice import (chosen_label, label_fault, period_end, printable_label, titled, unclear_object,
                           unplaced_only, unplaced_pronouns, unplaced_reference, without_name_list,
                           without_noun_tails)
from .label_scorer import drop_threshold, label_quality
from .referents import (company_in_doubt, company_subject_back, other_sex, person_noun, pronoun_referent,
                        the_company_named, two_countries_before)
from .fuller import TITLE_NOUNS, antecedent, described_person, titled_person
from .events_recall import (act_at_dated_occasion, act_of_noun, carries_period, casualty_act, comparison_base,
                            continued_act, happening_words, headlined_cause, headlined_perfect, joined_clauses, lead_act,
                            lead_announcement, lead_retelling, lead_sentence, lead_spans, lead_told_next, named_happening_act,
                            parallel_act, perfect_news, result_clause, retold_day_of, second_lead_news, spoken_occasion,
                            told_so_far)
from .tagged_dates import dates_since_object, within, year_written
from .told_dates import day_named_elsewhere, own_day
from .dates import number_word
from .offset_happenings import clause_before
from .wordlists import pattern, word_set
from .lexicon import key, load
from .lone_names import named_in_full
from .yardsticks import forecast_period, measure_base, path_to, since_first

_STATIVE = word_set("stative_verbs")
_REQUIREMENT = word_set("requirement_participles")
_ONSET = word_set("onset_participles")
_AMOUNT_HEADS = word_set("amount_heads")                  # 'the little (that was left)'
_SCHEDULING = word_set("scheduling_verbs")
_MARKING = word_set("marking_verbs")
_SCENE_PREPS = word_set("scene_prepositions")
_NAME_MODIFIER_DEPS = word_set("name_modifier_deps")
_FUNCTION_WORDS = word_set("english_function_words")
_RULINGS = word_set("ruling_verbs")        # 'authorities ruled Wednesday' after what they ruled
_QUOTATION_PRONOUNS = word_set("quotation_pronouns")
_TIME_NOUNS = word_set("time_nouns")
_CLAUSE_NOUNS = word_set("adverbial_head_nouns")    # 'the way (it was done)', 'the reason (he left)'
# what makes a relative clause's verb whole without the noun it describes
_OWN_PARTS = word_set("relative_whole_deps")
_ORG_KIND_NOUNS = word_set("org_role_nouns")
_MEASURE_NOUNS = word_set("owned_measure_nouns")
_OBJECT_PRONOUNS = word_set("object_pronouns") | {"it"}
_LABEL_PRONOUNS = word_set("label_pronouns")
_NOT_NAMING = ("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY")
_PRECISION_RANK = {p: i for i, p in enumerate(PRECISIONS)}     # finer first


@dataclass
class _Candidate:
    time: TimeExpression
    sentence_id: int
    verb: Token | None          # the clause the date belongs to
    noun: Token | None          # set when the date only names an event ("Tuesday's launch")
    label: str
    entities: frozenset[str]
    since: bool = False         # the date starts a period ("since 1994")
    zoned: bool = False         # the date is given in GMT/UTC ("0353 GMT Monday": the zone before the day)
    told: bool = False          # the date is the telling's ("crashed, police said Sunday"), not the act's own


def extract_events(parsed) -> list[Event]:
    """Events from sentences that report something happening at a resolved time, sorted by date."""
    doc: Doc = parsed.doc
    body = parsed.article.body            # == doc.text, which spaCy rebuilds on every access
    referents = label_resolver(parsed.index, doc)     # who 'he' or 'the two leaders' is; what 'the competition' is
    names = {e.text.lower() for ents in parsed.sentence_ents for e in ents
             if e.label_ in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")}
    datelines = _datelines(parsed.spans)
    blocked = set(datelines)
    for t in parsed.times:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None:
            blocked.update(_label_left_out(span))
    candidates: list[_Candidate] = []
    dated = _dated_tokens(doc, parsed.times) | year_to_now_tokens(doc)     # 'in the past year' too: a time given
    recall = _Recall(blocked, referents, parsed.clauses, names, dated,
                     lead_spans(parsed.spans, parsed.article.title), parsed.article.title)
    for t in parsed.times:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            continue
        verb, noun, label = _event_label(span, blocked, referents, parsed.clauses, future=t.future)
        since = body[max(0, t.start - 6):t.start].lower().rstrip().endswith("since")
        zoned = bool(_ZONE.search(body[max(0, t.start - 12):t.end]))
        told = verb is not None and reported_content(verb, parsed.clauses) is not None
        t = _own_day_of_told(t, parsed.times, reported_content(verb, parsed.clauses)) if told else t
        t = _period_figures_reported(t, span, verb, parsed.article.published)
        found = _Candidate(t, t.sentence_id, verb, noun, label, _entities(label, names), since, zoned, told)
        candidates += ([found] if label else []) + _recalled(found, span, recall)
    continued = _continued(candidates, parsed.spans, recall)
    candidates += _carried(candidates, parsed.spans, recall) + _announced(parsed, recall) + continued
    named = _named_again(candidates, parsed.spans, recall)
    candidates += named + _joined_to_recalled(continued + named, parsed.spans, recall)
    candidates += _counted_back(candidates, recall)
    merged = _placed(_since_spans(_well_worded(_merge(candidates, parsed.spans)), parsed.article.published), parsed.spans)
    lead = _lead_index(parsed.spans, recall)
    merged = _one_per_label(_empty_left_out(_fitted(merged, parsed.spans, lead), lead))
    merged = [_toll_redated(c, merged, parsed.clauses) for c in merged]
    merged.sort(key=lambda c: (c.time.date, _PRECISION_RANK[c.time.precision], c.sentence_id, c.time.start))
    return [Event(id=f"e{i + 1}", date=c.time.date, precision=c.time.precision,
                  label=_printed_wording(c.label, parsed.spans[c.sentence_id], datelines),
                  time_text=c.time.text, sentence_id=c.sentence_id, rule=c.time.rule,
                  future=c.time.future, date_end=c.time.date_end)
            for i, c in enumerate(merged)]


_EXPECTATION_VERBS = word_set("expectation_verbs")
_PERIOD_FIGURES = word_set("period_figure_nouns")


def _period_figures_reported(t: TimeExpression, span: Span, verb: Token | None,
                             published: dt.date | None) -> TimeExpression:
    """'third-quarter results came in below forecasts', 'fourth-quarter earnings beat estimates': figures
    set against what was expected are told when they are reported, after the period they cover; the
    period names the figures, so the telling is dated by the publication's month, not the quarter."""
    noun = span.root.head
    if published is None or verb is None or t.precision not in ("quarter", "half") or \
            verb.lemma_.lower() not in _EXPECTATION_VERBS or noun.lower_ not in _PERIOD_FIGURES or \
            span.root.dep_ not in ("amod", "compound", "nmod", "nummod") or noun.head != verb or \
            noun.dep_ not in ("nsubj", "nsubjpass") or period(t.date, t.precision)[1] > published:
        return t
    return dataclasses.replace(t, date=published.replace(day=1), precision="month", date_end=None, future=False,
                               rule=f"the publication's month: '{t.text}' is the period the figures cover")


def _printed_wording(label: str, sent: Span, datelines: set[int]) -> str:
    """The label as the timeline prints it: no dateline, no doubled noun, a finite verb, a headline's
    length, no cut infinitive, simple past tenses, 'a'/'an' agreeing."""
    label = participle_made_finite(doubled_noun_cut(_dateline_dropped(label, sent, datelines), sent), sent)
    return agreed_articles(headline_worded(infinitive_completed(headline_length(label, sent), sent), sent))


def _own_day_of_told(t: TimeExpression, times: list[TimeExpression], content: Token | None) -> TimeExpression:
    """A told happening's own day: named in its clause (told_dates.own_day), else elsewhere in the
    article (told_dates.day_named_elsewhere); the telling's day when neither names one."""
    own = own_day(t, times, content)
    return own if own is not t else day_named_elsewhere(t, times, content)


_TOLL_VERBS = word_set("harmed_verbs") | {"die"} | word_set("damage_verbs")


def _toll_redated(c: _Candidate, cands: list[_Candidate], clauses: ArticleClauses) -> _Candidate:
    """'A blast tore through the port on Tuesday. At least 100 people were killed, the Red Cross said
    Wednesday': a count of the dead or hurt told on a later day is the toll of the happening dated a
    day to three before it, told first; the day of the telling only bounds it."""
    if not _told_toll(c, clauses):
        return c
    earlier = [o for o in cands if not o.told and not o.time.future and o.time.precision == "day"
               and o.sentence_id <= c.sentence_id and 1 <= (c.time.date - o.time.date).days <= 3]
    if not earlier:
        return c
    o = max(earlier, key=lambda x: (x.time.date, x.sentence_id))
    rule = f"the toll told on {c.time.date:%B %-d} counts the dead or hurt of the happening of {o.time.text!r}: {o.time.rule}"
    return dataclasses.replace(c, time=dataclasses.replace(o.time, rule=rule, sentence_id=c.sentence_id))


def _told_toll(c: _Candidate, clauses: ArticleClauses) -> bool:
    """The candidate's date is a day's telling ('..., police said Tuesday') of a count of the dead or hurt,
    or of things damaged ('2,500 homes were destroyed, the mayor said Wednesday')."""
    content = reported_content(c.verb, clauses) if c.told and c.verb is not None else None
    return content is not None and content.lemma_ in _TOLL_VERBS and c.time.precision == "day" and \
        _counted_subject(content) and not told_so_far(content)


def _counted_subject(verb: Token) -> bool:
    """'At least 100 people were killed', 'Nine have died': the clause's subject is a number of people."""
    subj = next((s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and (subj.like_num or any(t.dep_ == "nummod" for t in subj.children))


def _label_left_out(span: Span) -> list[int]:
    """The words a date takes out of labels: its own, but "this year's event" keeps its words, and so
    does a yardstick inside the clause ('sold the fewest cars since 1959')."""
    if span.root.dep_ == "poss":
        return []
    return _comparison_aside(span) if _comparison_point(span) else _time_words(span)


def _comparison_aside(span: Span) -> list[int]:
    """'jumped 2 percent on Tuesday, the most since June 23': a comparison set off by a comma, its
    superlative hung on 'since', is an aside that goes whole ('the most' alone would dangle)."""
    prep = _preposition_before(span)
    if prep is None or prep.left_edge.i == prep.i or span.doc[prep.left_edge.i - 1].text != ",":
        return []
    return list(range(prep.left_edge.i, max(span.end, prep.right_edge.i + 1)))


def _described_period(span: Span) -> bool:
    """'capped (a golden) summer': a period named with 'a' and a describing word as the object of an
    act is a thing the clause is about; stripped, the label reads 'capped a golden by ...' (judged
    garbled). 'had a bad winter' is a state, left as before."""
    root = span.root
    if root.dep_ != "dobj" or root.pos_ != "NOUN" or root.head.lemma_ in ("have", "be"):
        return False
    before = {c.dep_ if c.dep_ != "det" else c.lower_ for c in root.children if c.i < span.start}
    return bool(before & {"a", "an"}) and "amod" in before


def _time_words(span: Span) -> list[int]:
    """The date's words and the adverb that leans on it ('only two months ago', 'just a month ago'):
    left alone in a label it says nothing ('returned to her country only after eight years')."""
    if _described_period(span):       # 'capped a golden summer (on Sunday)': the noun stays
        return list(range(span.root.i + 1, span.end))
    lean = [c.i for t in span for c in t.children if c.dep_ == "advmod" and c.i == span.start - 1
            and c.lower_ in _LEANING_ADVERBS]
    return [*range(span.start, span.end), *lean, *_leaning_before_preposition(span)]


def _leaning_before_preposition(span: Span) -> list[int]:
    """'put the plan to a vote (sometime) in May', 'closed (just) after midnight': the adverb right
    before the date's preposition leans on the date; the parser may hang it on the word before
    ('a vote sometime'), and without the date the label stops on it."""
    if span.start < 2 or span.root.head.i != span.start - 1 or span.root.head.dep_ != "prep":
        return []
    adverb = span.doc[span.start - 2]
    return [adverb.i] if adverb.dep_ == "advmod" and adverb.lower_ in _LEANING_ADVERBS else []


# ('broken even this year': 'even' belongs to the verb)
_LEANING_ADVERBS = word_set("date_leaning_adverbs")


def _fitted(cands: list[_Candidate], spans: list[Span], lead: int = -1) -> list[_Candidate]:
    """The events with labels a timeline prints (label_choice.printable_label: of a headline's length,
    no unnamed 'it'). One that cannot be made so is left out where another event tells its date; the
    only event of a date stays for the teacher to edit (within HARD_LABEL_WORDS), as a lost date costs
    the timeline more than a long line, and so does the lead sentence's (`lead`), the story's main
    happening. One whose subject was lost ('2,285 were absent', 'Will receive ...') is left out: no edit
    of the label alone can name it; so is a short nameless passive ('A decision was made') where another
    event tells its date."""
    printed = [printable_label(c.label, spans[c.sentence_id]) for c in cands]
    told = {(c.time.date, c.time.precision) for c, text in zip(cands, printed) if text}
    out = [dataclasses.replace(c, label=text or _kept_alone(c, set() if c.sentence_id == lead else told))
           for c, text in zip(cands, printed)]
    return _nameless_left_out([c for c in out if c.label and not subject_lost(c.label, spans[c.sentence_id])], spans)


def _empty_left_out(cands: list[_Candidate], lead: int) -> list[_Candidate]:
    """Without the events whose label says nothing of what happened ('Rahami was in custody', 'X made the
    claim': empty_labels.left_out) where another event tells their date and they are not the lead's."""
    gone = left_out([(c.label, (c.time.date, c.time.precision), c.sentence_id == lead) for c in cands])
    return [c for c, out in zip(cands, gone) if not out]


def _nameless_left_out(cands: list[_Candidate], spans: list[Span]) -> list[_Candidate]:
    """Without the events whose label names nothing ('A decision was made': unnamed_subjects.nameless_passive)
    where another event tells the same date; a date's only event stays for the teacher to edit, as
    `_fitted` keeps an unprintable one."""
    nameless = [nameless_passive(c.label, spans[c.sentence_id]) for c in cands]
    named_dates = {(c.time.date, c.time.precision) for c, bare in zip(cands, nameless) if not bare}
    return [c for c, bare in zip(cands, nameless) if not bare or (c.time.date, c.time.precision) not in named_dates]


def _lead_index(spans: list[Span], r: _Recall) -> int:
    """The index of the story's lead sentence among `spans`, -1 when it has none."""
    first = lead_sentence(r.lead)
    return next((k for k, span in enumerate(spans) if first is not None and span.start == first.start), -1)


def _one_per_label(cands: list[_Candidate]) -> list[_Candidate]:
    """A happening dated without words of its own (the lead placed in the week of publication) is left
    out where the same label is dated by the article's words ('Sunday evening'): one happening, and the
    written date is the one the text gives it. Labels dated twice by words stay (two periods told)."""
    written = {c.label.casefold() for c in cands if c.time.text}
    return [c for c in cands if c.time.text or c.label.casefold() not in written]


def _kept_alone(c: _Candidate, told: set[tuple]) -> str:
    alone = (c.time.date, c.time.precision) not in told
    return c.label if alone and len(c.label.split()) <= HARD_LABEL_WORDS else ""


def _since_spans(cands: list[_Candidate], published: dt.date | None) -> list[_Candidate]:
    """A present perfect clause 'since' a date tells a period running to now, not a happening on the
    date: its event spans from the date to the publication, or is dropped when that is unknown. A span
    that ends now ('in the past decade') gives no point event."""
    out = []
    for c in cands:
        if c.noun is None and span_to_now(c.time, c.verb):
            continue
        if c.since and c.noun is None and present_perfect(c.verb):
            time = since_period(c.time, published)
            if time is None:
                continue
            c = dataclasses.replace(c, time=time)
        out.append(c)
    return out


def _dated_tokens(doc: Doc, times: list[TimeExpression]) -> set[int]:
    """The tokens of every date the article gives."""
    spans = [doc.char_span(t.start, t.end, alignment_mode="expand") for t in times]
    return {i for span in spans if span is not None for i in range(span.start, span.end)}


@dataclass(frozen=True)
class _Recall:
    """What recalling a date's other happenings reads: the article's blocked words, resolver, clauses,
    names, the tokens of every date, and the lead sentences an act noun may name."""
    blocked: set[int]
    referents: Resolver
    clauses: ArticleClauses
    names: set[str]
    dated: set[int]
    lead: list[Span]
    title: str | None = None


def _recalled(c: _Candidate, span: Span, r: _Recall) -> list[_Candidate]:
    """The other happenings one date tells: each past clause joined to the dated one ('During the
    quarter, Delta issued shares and repurchased others'), and a dated act noun said as its clause
    ('Tuesday's declaration by Ford that ...' -> 'Ford declared ...'), which outranks the noun."""
    if c.time.future:
        return []         # a plan's other clauses are forecasts, not happenings of that date
    out = [_Candidate(c.time, c.sentence_id, verb, None, label, _entities(label, r.names), c.since, c.zoned)
           for verb, label in _joined_labels(c, span, r)]
    said = _noun_as_clause(c, span, r)
    if said:
        out.append(_Candidate(c.time, c.sentence_id, None, None, said, _entities(said, r.names), c.since, c.zoned))
    return out + _when_recalled(c, span, r)


def _when_recalled(c: _Candidate, span: Span, r: _Recall) -> list[_Candidate]:
    """The 'when' act of the date (_when_of_date) and the lead's headlined cause, each an event of the date."""
    out = []
    for when in (_when_of_date(span), _headlined_cause(c, r)):
        label = old = _label(when, None, r.blocked, r.referents, r.clauses) if when is not None else ""
        # a 'when' act found by its place alone is new: with a pronoun nobody can name it is no fact
        label = _subject_pronoun_named(label, when, span.sent) if label else ""
        label = label or (old if old and when != _when_right_after(span) or when == _when_relative(span) else "")
        if label:
            out.append(_Candidate(c.time, c.sentence_id, when, None, label, _entities(label, r.names), c.since,
                                  c.zoned))
    return out


def _subject_pronoun_named(label: str, verb: Token, sent: Span) -> str:
    """'Mayor Carter's campaign - capped Tuesday when she opened the pier': a 'he'/'she' opening the label is
    the one person the sentence named before it ('Ellen Carter opened ...'); '' when that is not sure."""
    first = label.split()[0].lower()
    if first not in _LABEL_PRONOUNS:
        return label
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == first), None)
    who = _sole_person_before(subj, sent) if first in ("he", "she") and subj is not None else None
    return f"{who}{label[len(first):]}" if who else ""


def _sole_person_before(pron: Token, sent: Span) -> str | None:
    """The one person the sentence names before the pronoun, when no name there is of the other sex."""
    named = [e for e in sent.ents if e.label_ == "PERSON" and e.end <= pron.i]
    people = {e.text for e in named}
    return people.pop() if len(people) == 1 and not any(other_sex(pron, e.root) for e in named) else None


def _headlined_cause(c: _Candidate, r: _Recall) -> Token | None:
    """The headlined 'after' act of a lead's dated past act (events_recall.headlined_cause), of that day."""
    lead = lead_sentence(r.lead)
    if c.verb is None or lead is None or c.verb.sent.start != lead.start or c.time.precision != "day" or c.told:
        return None
    return headlined_cause(c.verb, r.dated, r.title)


def _when_of_date(span: Span) -> Token | None:
    """'The revolt peaked on Thursday, when protesters stormed parliament': a past act a 'when' hangs on
    the date itself happened then, beside the clause the date belongs to ('in 1988, when net was below
    ...' tells a state of that year, no happening)."""
    return _when_relative(span) or _when_right_after(span)


def _when_relative(span: Span) -> Token | None:
    """The past 'when' act the parser made a relative clause of the date."""
    return next((c for c in span.root.children if c.dep_ == "relcl" and _when_act(c)), None)


def _when_act(verb: Token) -> bool:
    """A past act (no state) opened by 'when'."""
    return verb.tag_ == "VBD" and verb.lemma_ not in _STATIVE and verb.lemma_ not in ("be", "have") and \
        any(m.lower_ == "when" and m.dep_ == "advmod" for m in verb.children)


def _when_right_after(span: Span) -> Token | None:
    """'- capped Tuesday when he signed the changes into law -': a 'when' act written right after the date
    is that day's, wherever the parser hung the clause."""
    doc = span.doc
    i = span.end + (span.end < len(doc) and doc[span.end].text == ",")
    when = doc[i] if i < len(doc) else None
    if when is None or when.lower_ != "when" or when.dep_ != "advmod":
        return None
    return when.head if when.head.i > when.i and _when_act(when.head) else None


def _own_past_act(c: _Candidate) -> bool:
    """A labelled clause dated by its own words, not a plan, a period or its telling's day."""
    return c.verb is not None and bool(c.label) and not (c.told or c.since or c.time.future) and \
        c.time.date_end is None


def _counted_back(found: list[_Candidate], r: _Recall) -> list[_Candidate]:
    """'X conceded on Friday, a day after protesters stormed parliament': the clause a dated act comes a
    counted time after is an event of its own, dated back from the act's day
    (offset_happenings.clause_before); a told act's day ('..., police said Friday') counts nothing."""
    out: list[_Candidate] = []
    for c in (c for c in found if _own_past_act(c)):
        for verb in (v for v in c.verb.children if v.pos_ == "VERB"):
            time = clause_before(verb, c.time, number_word)
            label = _label(verb, None, r.blocked, r.referents, r.clauses) if time is not None else ""
            if label:
                out.append(_Candidate(time, c.sentence_id, verb, None, label, _entities(label, r.names)))
    return out


_CARRY_SENTENCES = 3        # at most this many undated results in a row share one period


def _carried(found: list[_Candidate], spans: list[Span], r: _Recall) -> list[_Candidate]:
    """The undated results of other companies told right after a dated result ('Meanwhile, net at
    GMAC fell 3.1%'), each an event of the dated result's period."""
    out: list[_Candidate] = []
    taken: set[int] = set()
    for c in found:
        k = c.sentence_id
        if c.verb is None or not c.label or c.time.future or c.since or c.verb != result_clause(spans[k]):
            continue
        for n in range(k + 1, min(k + 1 + _CARRY_SENTENCES, len(spans))):
            if n in taken or not carries_period(spans[n], spans[n - 1], c.time.precision, r.dated):
                break
            verb = result_clause(spans[n])
            label = _label(verb, None, r.blocked, r.referents, r.clauses) if verb is not None else ""
            if not label:
                break
            taken.add(n)
            out.append(_Candidate(c.time, n, verb, None, label, _entities(label, r.names), False, c.zoned))
    return out


def _continued(found: list[_Candidate], spans: list[Span], r: _Recall) -> list[_Candidate]:
    """The sentence after one that sets its day at its front ('On Sunday, X was let out. He walked to
    the checkpoint ...'), or after a lead whose main verb carries its day, an event of that day."""
    out: list[_Candidate] = []
    taken: set[int] = set()
    lead_start = _lead_start(r)
    queue = list(found)
    for c in queue:         # grows as it goes: a roll of parallel acts goes on from the one taken before it
        k = c.sentence_id + 1
        if k >= len(spans) or k in taken or not _may_continue_day(c):
            continue
        verb = continued_act(spans[k], spans[k - 1], c.time.start, r.dated, lead=spans[k - 1].start == lead_start) \
            or _parallel(c, spans[k], spans[k - 1], r)
        label = _label(verb, None, r.blocked, r.referents, r.clauses) if verb is not None else ""
        if label:
            taken.add(k)
            out.append(_Candidate(c.time, k, verb, None, label, _entities(label, r.names), False, c.zoned))
            queue.append(out[-1])
    return out


_NAMED_AGAIN_SENTENCES = 3     # how far on a happening named again ('the blast') is still the dated one


def _named_again(found: list[_Candidate], spans: list[Span], r: _Recall) -> list[_Candidate]:
    """The acts of the next sentences that name a day's happening again with no time of their own ('A car
    bomb exploded on Tuesday. The blast killed 12 people.'; 'At the ceremony, the mayor thanked them'),
    each an event of that day (events_recall.named_happening_act)."""
    out: list[_Candidate] = []
    taken = {c.sentence_id for c in found if c.label}
    for c in [c for c in found if _may_continue_day(c)]:
        for n, verb in _acts_naming(c, found, spans, r):
            label = _label(verb, None, r.blocked, r.referents, r.clauses) if n not in taken else ""
            if label:
                taken.add(n)
                out.append(_Candidate(c.time, n, verb, None, label, _entities(label, r.names), False, c.zoned))
    return out


def _acts_naming(c: _Candidate, found: list[_Candidate], spans: list[Span], r: _Recall) -> list[tuple[int, Token]]:
    """(sentence, act) of the next sentences naming c's happening again; the look stops at a sentence
    with a time of its own that is not c's day, which may tell another day."""
    own = {t.i for t in spans[c.sentence_id] if c.time.start <= t.idx < c.time.end}
    words = happening_words(c.verb, c.noun, r.dated - own)
    same_day = {k.sentence_id for k in found if k.time.date == c.time.date and k.time.precision == "day"}
    out = []
    for n in range(c.sentence_id + 1, min(c.sentence_id + 1 + _NAMED_AGAIN_SENTENCES, len(spans))):
        if n not in same_day and _has_date(spans[n], r.dated):
            break
        verb = _act_naming(spans, n, n == c.sentence_id + 1, words, r.dated)
        out += [(n, verb)] if verb is not None else []
    return out


def _act_naming(spans: list[Span], n: int, next_one: bool, words: frozenset[str], dated: set[int]) -> Token | None:
    """Sentence n's act naming the happening again, or its toll when it comes right after (`next_one`)."""
    toll = casualty_act(spans[n], spans[n - 1], words, dated) if next_one else None
    return named_happening_act(spans[n], words, dated) or toll


def _has_date(sent: Span, dated: set[int]) -> bool:
    return any(t.i in dated for t in sent)


def _may_continue_day(c: _Candidate) -> bool:
    """A labelled past happening of a day, which the next sentence may go on telling."""
    return bool(c.label) and not c.time.future and not c.since and c.time.precision == "day"


def _parallel(c: _Candidate, sent: Span, before: Span, r: _Recall) -> Token | None:
    """The same act of another doer told next (events_recall.parallel_act), when the date is the main verb's."""
    return parallel_act(sent, before, r.dated) if c.verb is not None and c.verb == before.root else None


def _lead_start(r: _Recall) -> int:
    """The first token of the story's lead sentence, -1 when it has none."""
    first = lead_sentence(r.lead)
    return first.start if first is not None else -1


def _sentence_index(parsed, tok: Token) -> int:
    """The index of the sentence span that holds the token."""
    return next(i for i, span in enumerate(parsed.spans) if span.start <= tok.i < span.end)


def _announcing_verb(parsed, r: _Recall) -> Token | None:
    """The undated lead's announcing verb (see lead_announcement), or the headlined act beside a
    yardstick date (_headlined_despite_yardstick); None when there is none. Both are told which tokens
    are dated only by a year or longer: such a date tells background, not the lead's day."""
    yearly = [t for t in parsed.times if t.precision and _PRECISION_RANK[t.precision] >= _PRECISION_RANK["year"]]
    yearly_tokens = frozenset(_dated_tokens(parsed.doc, yearly))
    dated = r.dated - _reported_periods(parsed, lead_sentence(r.lead))
    return lead_announcement(r.lead, dated, parsed.article.title, yearly=yearly_tokens) or \
        _headlined_despite_yardstick(parsed, r, yearly_tokens)


def _reported_periods(parsed, lead: Span | None) -> set[int]:
    """'Ralston Purina Co. reported a 47% decline in fourth-quarter earnings': the quarter a lead's
    report gives is the period its figures cover (_reported_period), no date of the report, which is
    the day's news; the lead is undated for its announcement."""
    if lead is None:
        return set()
    spans = [parsed.doc.char_span(t.start, t.end, alignment_mode="expand") for t in parsed.times
             if lead.start_char <= t.start < lead.end_char]
    return {i for span in spans if span is not None and _reported_period(span, _event_head(span, parsed.clauses)[0])
            for i in range(span.start, span.end)}


def _announced(parsed, r: _Recall) -> list[_Candidate]:
    """The undated lead's own news ('Upjohn Co. said it will offer ...'), dated by the publication:
    what a lead reports as said, or as just done, is the day's news."""
    verb = _announcing_verb(parsed, r)
    published = parsed.article.published
    if verb is None and published is not None:
        # the next lead sentence's own news of today, else a lead summing up the next sentence's day
        verb = second_lead_news(r.lead, r.dated, parsed.article.title)
        if verb is None:
            return _lead_of_next_day(parsed, r)
    if verb is None or published is None:
        return []
    k = _sentence_index(parsed, verb)
    label = _announced_label(verb, parsed.spans[k], r)
    if not label:
        return []
    start = parsed.spans[k].start_char
    time = _news_time(verb, k, start, parsed.article)
    time = (_retold_lead_day(parsed, verb, k) or time) if time.precision == "week" else time
    return [_Candidate(time, k, verb, None, label, _entities(label, r.names))]


_RETELLING_SENTENCES = 4     # a wire report gives its lead's day again within its next few sentences


def _retold_lead_day(parsed, verb: Token, k: int) -> TimeExpression | None:
    """'Acme posted a $226 million loss. ... The loss, reported yesterday, ...': an undated lead's act
    told again in one of the next sentences (events_recall.lead_retelling) with a past day of its own,
    up to three days before publication, happened that day: a wire report's 'yesterday' or 'Friday'
    dates the lead better than the publication's week. None when no retelling gives one day."""
    for sent in parsed.spans[k + 1:k + 1 + _RETELLING_SENTENCES]:
        word = lead_retelling(verb, sent)
        days = [t for t in _recent_days_in(parsed, sent) if word is not None and _day_dates(parsed.doc, t, word)]
        if len({t.date for t in days}) > 1:
            return None          # two days for one retelling: which is the lead's is not clear
        if days:
            rule = f"the day a later sentence tells the lead's happening again with ({days[0].text!r}): {days[0].rule}"
            start = parsed.spans[k].start_char
            return dataclasses.replace(days[0], sentence_id=k, text="", start=start, end=start, rule=rule)
    return None


def _day_dates(doc: Doc, t: TimeExpression, word: Token) -> bool:
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    return span is not None and retold_day_of(word, span)


def _recent_days_in(parsed, sent: Span) -> list:
    """The sentence's past day dates, up to three days before publication: a day far back is not the
    day the lead's news sums up."""
    return [t for t in parsed.times if sent.start_char <= t.start < sent.end_char and t.precision == "day" and
            not t.future and 0 <= (parsed.article.published - t.date).days <= 3]


def _lead_of_next_day(parsed, r: _Recall) -> list[_Candidate]:
    """The undated lead's act that the next sentence's day dates (events_recall.lead_told_next): a past
    day, up to three before publication, the day the lead sums up ('has been found dead' ... 'on Saturday')."""
    # a date after publication is no past act's own: 'stock plummeted because X may not meet the rules
    # effective Dec. 7' leaves the lead's act undated
    future = _dated_tokens(parsed.doc, [t for t in parsed.times if t.future])
    found = lead_told_next(r.lead, r.dated - set(future), parsed.article.title)
    if found is None:
        return []
    verb, after = found
    times = _recent_days_in(parsed, after)
    k = _sentence_index(parsed, verb)
    label = _announced_label(verb, parsed.spans[k], r, next_day=True) if times else ""
    if not label:
        return []
    rule = f"the day the next sentence gives ({times[0].text!r}): the undated lead sums up its happening"
    start = parsed.spans[k].start_char
    time = dataclasses.replace(times[0], sentence_id=k, text="", start=start, end=start, rule=rule)
    return [_Candidate(time, k, verb, None, label, _entities(label, r.names))]


def _headlined_despite_yardstick(parsed, r: _Recall, yearly: frozenset[int]) -> Token | None:
    """'France have won the World Cup for the first time since 1998' under 'France win the World Cup':
    the lead's only date is the one its act is measured against (the last time), so the act in the
    present perfect the headline names is the publication day's news (events_recall.headlined_perfect).
    A past act so measured ('sold the fewest cars since 1961') tells a period's result and stays undated."""
    dated = r.dated - _yardstick_tokens(parsed.doc, parsed.times)
    if dated == r.dated:
        return None
    verb = lead_announcement(r.lead, dated, parsed.article.title, yearly=yearly)
    return verb if verb is not None and headlined_perfect(verb, parsed.article.title) else None


def _yardstick_tokens(doc: Doc, times: list[TimeExpression]) -> set[int]:
    """The tokens of the dates a clause is measured against ('for the first time since 2012')."""
    spans = [doc.char_span(t.start, t.end, alignment_mode="expand") for t in times]
    return {i for span in spans if span is not None and _comparison_point(span) for i in range(span.start, span.end)}


def _news_time(verb: Token, k: int, start: int, article) -> TimeExpression:
    """The time of the lead's undated news. 'has crashed', 'has been crowned' under a headline naming
    or retelling that act (events_recall.perfect_news): the publication day, the present perfect telling
    what is new today. Else a paper prints yesterday's news: the day is not known, the week is (Monday's
    paper tells last week's)."""
    published = article.published
    if perfect_news(verb, article.title):
        return TimeExpression("", k, start, start, published, "day", "the publication date: the undated lead "
                              "tells this in the present perfect as the day's news, and the headline names it")
    told = published - dt.timedelta(days=1) if published.weekday() == 0 else published
    week = told - dt.timedelta(days=told.weekday())
    return TimeExpression("", k, start, start, week, "week",
                          "the week of publication: the lead tells this as recent news")


def _announced_label(verb: Token, sent: Span, r: _Recall, *, next_day: bool = False) -> str:
    """The lead's label, fitted to a headline's length ('announced plans to spin off X (to its
    holders)'); '' when it is no complete clause. A lead dated by its `next_day` sentence's own day may
    end on a verb that took nothing ('stock plummeted'): the day, not a guessed week, vouches for it."""
    label = _label(verb, None, r.blocked, r.referents, r.clauses)
    label = _with_said_content(label, verb, r.blocked, r.referents, r.clauses) if label else ""
    label = _lead_fitted(label, sent) if label else ""
    if not label or _cut_at_verb(label, verb, next_day) or label_fault(label, sent) not in (None, "too long"):
        return ""
    return label if len(label.split()) <= HARD_LABEL_WORDS else ""


def _cut_at_verb(label: str, verb: Token, next_day: bool) -> bool:
    """'The FBI has interviewed': a label ending on its active verb lost what was done ('warnings have
    been issued' is whole), unless the lead is dated by its next sentence's day and the verb took nothing."""
    if label.rsplit(" ", 1)[-1] != verb.text or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return not next_day or _takes_object(verb)


_DONE_DEPS = ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative")
_AMOUNT_PREPOSITIONS = ("to", "by", "from")


def _takes_object(verb: Token) -> bool:
    """The verb has, in its sentence, what was done or said ('has interviewed 20 people') or by how
    much ('has fallen 2.08%', 'rose to 40'): a label ending on it lost that. 'stock plummeted' (no
    amount given) ends whole."""
    return any(c.dep_ in _DONE_DEPS or _amount_of_change(c) for c in verb.children)


def _amount_of_change(c: Token) -> bool:
    """'2.08%' in 'fell 2.08%', 'to 40' in 'rose to 40': a number the verb's move is measured by."""
    if c.dep_ == "npadvmod" or (c.dep_ == "prep" and c.lower_ in _AMOUNT_PREPOSITIONS):
        return any(t.like_num and t.ent_type_ != "DATE" for t in c.subtree)
    return False


def _lead_fitted(label: str, sent: Span) -> str:
    """The lead's label cut to a headline's length, or kept long (_lead_kept_long); a faulty one
    without its object's tail ('announced new regulations designed to change the way')."""
    fault = label_fault(label, sent)
    if fault == "too long":
        return printable_label(label, sent) or _lead_kept_long(label, sent)
    return without_noun_tails(label, sent) if fault is not None else label


def _lead_kept_long(label: str, sent: Span) -> str:
    """A lead's happening that cannot be cut to a headline's length gives up a list of names on its
    object ('X agreed to sell its (A, B and C) candy businesses'), else stays whole within HARD_LABEL_WORDS,
    as the only event of a date does (_kept_alone): the story's main happening lost costs the timeline
    more than a long line."""
    if unclear_object(label, sent):
        return ""
    return without_name_list(label, sent) or (label if len(label.split()) <= HARD_LABEL_WORDS else "")


def _noun_as_clause(c: _Candidate, span: Span, r: _Recall) -> str:
    """The clause a dated act noun stands for: its own doer and object, or the lead that told it."""
    named = c.noun or _event_noun(span.root) or _named_by_noun(span)     # 'Friday's sale', 'the sale on Friday'
    if named is None:
        return ""
    act = _act_label(named, r.blocked, r.referents) if c.noun is not None or not c.label else ""
    return act or _lead_label(named, r)


def _joined_labels(c: _Candidate, span: Span, r: _Recall) -> list[tuple[Token, str]]:
    """(verb, label) of each past clause joined to the dated one that the date also governs."""
    if not _shares_date(c, span):
        return []
    out = []
    reported = r.clauses.frame(c.verb).reporting is not None
    first = lead_sentence(r.lead)
    # the date's place, not span.sent: a dateline set aside leaves blanks the parser's sentence may start with
    day_lead = c.time.precision == "day" and first is not None and first.start <= span.start < first.end
    for joined in joined_clauses(c.verb, span, r.dated, reported=reported, day_lead=day_lead):
        label = _printed_label(_checked_label(joined, r.blocked, r.referents, r.clauses), joined, span,
                               r.blocked, r.referents, r.clauses, future=False)
        if label and _norm(label) not in _norm(c.label) and not _bare_pronoun(label):
            out.append((joined, label))
    return out


def _joined_to_recalled(recalled: list[_Candidate], spans: list[Span], r: _Recall) -> list[_Candidate]:
    """'Spotlight won best picture on Sunday. DiCaprio won best actor, and Larson won best actress.':
    the past clauses joined to an act that takes an earlier sentence's day share that day, as the
    clauses joined to a dated act share its date (events_recall.joined_clauses)."""
    out = []
    for c in recalled:
        sent = spans[c.sentence_id]
        if c.verb is None or sent.start == 0:
            continue
        day_before = sent.doc[sent.start - 1:sent.start]    # the day is told before the sentence, as in 'On Friday, ...'
        reported = r.clauses.frame(c.verb).reporting is not None
        for joined in joined_clauses(c.verb, day_before, r.dated, reported=reported):
            label = _printed_label(_checked_label(joined, r.blocked, r.referents, r.clauses), joined, sent,
                                   r.blocked, r.referents, r.clauses, future=False)
            if label and _norm(label) not in _norm(c.label) and not _bare_pronoun(label):
                out.append(_Candidate(c.time, c.sentence_id, joined, None, label, _entities(label, r.names),
                                      False, c.zoned))
    return out


def _shares_date(c: _Candidate, span: Span) -> bool:
    """A clause's own date, which its joined clauses may share; not a period's start nor a yardstick."""
    return (bool(c.label) or _dated_copula(c.verb)) and c.verb is not None and not c.since and \
        not _yardstick(span, c.verb) and not comparison_base(span)


def _dated_copula(verb: Token | None) -> bool:
    """'Harbor was the surprise winner at the awards on Sunday, while Berg and Lind were named best
    actors': the copula gives no label, yet the date is the sentence's, and so of its joined acts."""
    return verb is not None and verb.lemma_ == "be" and verb.tag_ == "VBD" and \
        any(ch.dep_ == "attr" for ch in verb.children)


def _lead_label(noun: Token, r: _Recall) -> str:
    """'X said it agreed to sell Y for $370 million.' ... 'Friday's sale ...': the lead's undated
    happening, which the later dated noun names, labelled as the lead tells it."""
    verb = lead_act(noun, r.lead, r.dated)
    if verb is None:
        return ""
    main = _main_verb(verb, r.clauses)
    if r.clauses.future(main) or main.tag_ not in ("VBD", "VBN"):
        return ""
    return _label(main, None, r.blocked, r.referents, r.clauses)


def _content_clause(verb: Token, blocked: set[int], referents: Resolver) -> str:
    """'that it is prepared to bid' after 'X's declaration': the pronoun is the declarer, kept as
    'it' beside the declarer's name ('X declared it is prepared to bid')."""
    subj = subject_of(verb)
    if subj is None:
        return ""
    who = subj.lower_ if subj.pos_ == "PRON" else np_text(subj, blocked, referents)
    rest = clause_text(verb, blocked, referents, subject=False)
    return f"{who} {rest}" if who and rest else ""


def _bare_pronoun(label: str) -> bool:
    """'The mayor signed it': a joined clause whose object is a pronoun says nothing on its own."""
    return any(w.lower() in _OBJECT_PRONOUNS for w in re.findall(r"[A-Za-z]+", label)[1:])


def _act_label(noun: Token, blocked: set[int], referents: Resolver) -> str:
    """'Friday's sale of the unit by the group' -> 'The group sold the unit'; '' when the noun names
    no doer and no thing done, or the clause is no headline's length."""
    act = act_of_noun(noun)
    if act is None or act[2] is None:
        return ""
    doer, past, done = act
    who = re.sub(r"\s*['’]s?$", "", np_text(doer, blocked, referents))     # "Iraq's" -> "Iraq"
    what = _content_clause(done, blocked, referents) if done.pos_ in ("VERB", "AUX") else \
        np_text(done, blocked, referents)
    text = finish(f"{who} {past} {what}") if who and what else ""
    return text if MIN_LABEL_WORDS <= len(text.split()) <= MAX_LABEL_WORDS else ""


_COMPANY_WORDS = word_set("company_nouns") | {"concern"}
_TIED_ROLES = ("nsubj", "nsubjpass", "dobj", "pobj")
_TIED_ENTS = frozenset({"ORG", "GPE", "LOC", "FAC", "PERSON", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})


def label_resolver(index: Resolver, doc: Doc) -> Resolver:
    """The resolver timeline labels name their noun phrases with (`_NamedAgain`), one per document, so
    quiz stems can name 'the agency' as the label does."""
    found = doc.user_data.get(_LABEL_RESOLVER)
    if found is None:
        found = doc.user_data[_LABEL_RESOLVER] = _NamedAgain(index, doc)
    return found


_LABEL_RESOLVER = "quizgen_label_resolver"      # doc.user_data key


class _NamedAgain:
    """The article's resolver, and for a label's bare 'the competition' (a definite noun with no word
    of its own) the fuller name the article gave it before ('the FIRST Global robotics competition'),
    so a timeline line says which one it means."""

    def __init__(self, index: Resolver, doc: Doc):
        self.index = index
        self._named: dict[str, list[Token]] = {}
        for tok in doc:
            if tok.pos_ == "NOUN" and tok.ent_type_ not in ("DATE", "TIME") and _naming_words(tok):
                self._named.setdefault(tok.lemma_.lower(), []).append(tok)

    def resolve(self, head: Token) -> str | None:
        if _unsure_company(head):
            return None          # 'Acme sued Beta Industries. The company said ...': either
        found = self._said_as(head)
        if found or head.pos_ != "NOUN" or head.lower_ in _TIME_NOUNS:
            return found
        owned = _owned_measure(head)
        if owned:
            return owned
        if [c.lower_ for c in head.children] != ["the"]:
            return self._modified_named(head)
        return self._bare_named(head)

    def _modified_named(self, head: Token) -> str | None:
        """A 'the N' with words of its own: by its appositive, its company, or the fuller name before."""
        return apposed_thing_name(head) or _epithet_owner(head) or self._fuller_modified(head)

    def _bare_named(self, head: Token) -> str | None:
        """A bare 'the N': by its tie, the fuller name before, or the one name ending in its noun."""
        return _tied_name(head) or self._fuller(head) or named_by_own_noun(head)

    def _said_as(self, head: Token) -> str | None:
        """What the resolver names the phrase, the person an earlier description tied to it, or the
        two countries 'the two countries' are."""
        return self.index.resolve(head) or described_person(head) or two_countries_before(head)

    def _fuller(self, head: Token) -> str | None:
        """The fuller name the article gave the bare 'the N' before ('the FIRST Global robotics competition')."""
        earlier = [t for t in self._named.get(head.lemma_.lower(), ()) if t.i < head.i]
        if not earlier or _two_sorts(head, earlier):
            return None          # 'a Navy dive team and a local police team ... the team': either
        words = [t.i for t in _naming_words(earlier[-1])] + [earlier[-1].i]
        text = realise(head.doc, sorted(words), headline=True)
        text = f"the {text.rsplit(' ', 1)[0]} {head.text}" if " " in text else ""
        return text if text and len(text.split()) <= 6 else None


    def _fuller_modified(self, head: Token) -> str | None:
        """'the Brightwater battery plant ... The battery plant will close' -> 'the Brightwater battery
        plant': a subject 'the N N' whose nouns the article gave before with a name among them, one
        sort only (never a guess between 'Brightwater' and 'Crayton' battery plants)."""
        own = _compound_subject_words(head)
        words = self._one_sort_with(head, own) if own else []
        if not any(w.pos_ == "PROPN" for w in words):
            return None          # 'the city battery plant' names no more than 'the battery plant'
        text = realise(head.doc, sorted([w.i for w in words]), headline=True)
        return f"the {text} {head.text}" if len(text.split()) < 6 else None

    def _one_sort_with(self, head: Token, own: set[str]) -> list[Token]:
        """The naming words of the earlier mentions of the noun that hold all of `own`, when they all
        name one sort; empty for none or two."""
        sorts = {frozenset(w.lower_ for w in _naming_words(t)): t for t in self._named.get(head.lemma_.lower(), ())
                 if t.i < head.i and own < {w.lower_ for w in _naming_words(t)}}
        return _naming_words(next(iter(sorts.values()))) if len(sorts) == 1 else []


def _compound_subject_words(head: Token) -> set[str]:
    """The nouns before a subject 'the battery plant' ('battery'); empty for another phrase (an
    adjective, a number, words after it) or a person's noun (the resolver names people)."""
    others = words_after_the(head)
    if others is None or not thing_subject(head) or not _nouns_before(head, others):
        return set()
    return {t.lower_ for c in others for t in c.subtree}


def _nouns_before(head: Token, words: list[Token]) -> bool:
    """Every word is a noun set before `head` ('battery' of 'the battery plant'), and there is one."""
    return bool(words) and all(c.dep_ == "compound" and c.i < head.i for c in words)


def _unsure_company(head: Token) -> bool:
    """'The company', 'the computer maker' where the nearest sentence naming a company names two."""
    return head.tag_ == "NN" and head.lemma_.lower() in _COMPANY_WORDS and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) and company_in_doubt(head)


_SORTS_BACK = 150      # tokens back (a few sentences) where two sorts of the noun leave 'the N' in doubt


def _two_sorts(head: Token, earlier: list[Token]) -> bool:
    """The mentions of the few sentences before `head` name two sorts of the thing, neither's naming
    words inside the other's ('Navy dive' and 'police'; 'FIRST Global robotics' and 'robotics' are one)."""
    near = [t for t in earlier if t.i >= head.i - _SORTS_BACK]
    sorts = {frozenset(w.lower_ for w in _naming_words(t)) for t in near}
    return any(not (a <= b or b <= a) for a in sorts for b in sorts)


def _tied_name(head: Token) -> str | None:
    """'The judge ruled', 'the paper won': a bare 'the N' subject or object the article tied to one
    name before (the stems' resolution: `titled_person`, `antecedent`), so the timeline line says who
    or what without the article; None for none or several, or when its sentence names a thing before
    the noun it may stand for ('Levee breaks near Oak Hollow flooded the town')."""
    if head.dep_ not in _TIED_ROLES:
        return None
    if person_noun(head) or head.lower_ in TITLE_NOUNS:
        return titled_person(head)
    name = antecedent(head) or the_company_named(head)
    sent = head.sent
    if name is None or name.lower().startswith("the ") or \
            any(t.ent_type_ in _TIED_ENTS for t in head.doc[sent.start:head.i]):
        return None          # a fuller form ('the hashtag #Name') the label's own naming steps already add
    return name


def _epithet_owner(head: Token) -> str | None:
    """'the U.S. auto giant', 'the Texas Air Corp. subsidiary': a described company is the company
    last named as a subject or owner ('GM has pointed out ...', 'MGM Grand's offering') in this
    sentence before it or the one before; None for another noun or when none was."""
    if not _company_epithet(head):
        return None
    doc = head.doc
    own = {t.i for t in head.subtree}
    start = head.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    for t in reversed(doc[start:head.left_edge.i]):
        if t.ent_type_ == "ORG" and _named_as_owner(t) and t.i not in own:
            return _entity_text(t)
    return company_subject_back(head.sent, _EPITHET_BACK)


def _named_as_owner(t: Token) -> bool:
    """A subject or an owner: 'Acme's shares', and 'shares of Acme' (a company figure's of-phrase
    owns it as a possessive does, so 'shares of Acme fell ... when the Ohio-based grocer' is Acme)."""
    if t.dep_ in ("nsubj", "nsubjpass", "poss"):
        return True
    prep = t.head
    return t.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in _MEASURE_NOUNS


_EPITHET_BACK = 6      # sentences back where the nearest company named as a subject is the one described


def _owned_measure(head: Token) -> str | None:
    """'Net income fell 22%, the company said': a company's figure with no owner in its phrase gets
    the one company this sentence, or else the paragraph's sentence before, names as a subject or
    owner ('GM Hughes' net income fell'); None when none or several are named."""
    if not _ownerless_measure(head):
        return None
    before = _paragraph_sentence_before(head.sent)
    owner = _one_company(head.sent, head) or (_one_company(before, head) if before is not None else None)
    if owner is None:
        return None
    words = [t for t in head.subtree if t.i <= head.i and t.dep_ in ("amod", "compound")
             and t.ent_type_ not in _NOT_NAMING and not t.is_punct or t == head]
    text = [t.text.lower() if k == 0 and t.pos_ != "PROPN" else t.text for k, t in enumerate(words)]
    words = text
    owner = owner.replace(" - ", "-")      # the entity's words were joined with spaces
    return with_owner(owner, " ".join(words))


def _ownerless_measure(head: Token) -> bool:
    """A subject that is a company's figure with no owner, 'of' phrase or quantifier of its own."""
    if head.lemma_.lower() not in _MEASURE_NOUNS and head.lower_ not in _MEASURE_NOUNS:
        return False
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return not any(c.dep_ in ("poss", "prep", "nummod") or (c.dep_ == "det" and c.lower_ != "the") or
                   _names_owner(c) for c in head.children)      # '11,580 shares': a count, no company's figure


def _names_owner(mod: Token) -> bool:
    """'Ralston shares', 'Compaq revenue': a name before the figure already says whose it is."""
    return mod.dep_ in ("compound", "nmod") and (mod.pos_ == "PROPN" or mod.ent_type_ in ("ORG", "GPE", "NORP"))


def _one_company(sent: Span, head: Token) -> str | None:
    """The one company a sentence names as a subject or owner (an epithet made its name)."""
    own = {t.i for t in head.subtree}
    found: list[str] = []
    for t in sent:
        if t.i in own or t.dep_ not in ("nsubj", "nsubjpass", "poss"):
            continue
        if t.dep_ == "poss" and t.head.lemma_.lower() not in _MEASURE_NOUNS | _ORG_KIND_NOUNS:
            continue             # 'Smith Barney's analyst' names no owner of the figure
        name = _entity_text(t) if t.ent_type_ == "ORG" else _epithet_owner(t) or _apposed_org(t)
        if name and name not in found:
            found.append(name)
    return found[0] if len(found) == 1 else None


def _apposed_org(t: Token) -> str | None:
    """'GM's electronics unit, GM Hughes Electronics, said': a described subject is the company named
    beside it."""
    org = next((c for c in t.children if c.dep_ == "appos" and c.ent_type_ == "ORG"), None)
    return _entity_text(org) if org is not None else None


def _paragraph_sentence_before(sent: Span) -> Span | None:
    """The sentence before in the same paragraph (no line break between), or None."""
    doc = sent.doc
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    return None if "\n" in text_of(doc)[prev.end_char:sent.start_char] else prev


def _company_epithet(head: Token) -> bool:
    """'the U.S. auto giant': 'the', words that describe, and a noun of a kind of company."""
    described = any(c.dep_ in ("amod", "compound", "nmod", "conj") and c.i < head.i for c in head.children)
    return described and head.lemma_.lower() in _ORG_KIND_NOUNS and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def _entity_text(tok: Token) -> str:
    """The words of the named entity a token ends, without a possessive."""
    doc = tok.doc
    i = tok.i
    while i > 0 and doc[i].ent_iob_ == "I" and doc[i - 1].ent_type_ == tok.ent_type_:
        i -= 1
    words = [t.text for t in doc[i:tok.i + 1] if t.tag_ != "POS"]
    return " ".join(words)


def _naming_words(noun: Token) -> list[Token]:
    """The nouns and names before a noun that say which one it is ('FIRST Global robotics', 'U.S.
    embassy'); none when its modifiers hold a date, a number, a pronoun or an adjective."""
    if any(c.lower_ in ("other", "another") for c in noun.children):
        return []            # 'the other SCRU club' is not 'the club'
    words = [t for c in noun.children if c.i < noun.i and c.dep_ in ("compound", "nmod") for t in c.subtree]
    if any(t.pos_ in ("PRON", "DET", "NUM", "ADJ") or t.ent_type_ in _NOT_NAMING for t in words):
        return []            # 'a magnitude 6.6 aftershock', 'the other SCRU club': a count or a contrast
    return words


def _event_label(span: Span, blocked: set[int], referents: Resolver, clauses: ArticleClauses, *,
                 future: bool) -> tuple[Token | None, Token | None, str]:
    """(verb, noun, label) of the happening a date belongs to; label '' when there is none."""
    if _dates_no_clause(span):
        return None, None, ""
    verb, noun = _event_head(span, clauses)
    verb = _told_by_when(verb) or verb
    if _offset_placed(span, verb, clauses):
        return verb, None, ""
    verb = _past_clause_before(span, verb, clauses) if not future and _present_clause(verb) else verb
    blocked = blocked | _gapped_others(verb, span) | _quotation_words(verb) | _self_dated_conjunct(verb, span)
    other = _other_clause_date(span, verb, blocked, referents, clauses, future=future)
    if other is not None:
        return other
    if _moved_to(span, verb):
        moved = next(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))
        return None, moved, _moved_happening(moved, span, blocked, referents, future=future)
    verb, noun, label = _clause_or_noun_label(verb, noun, span, blocked, referents, clauses, future=future)
    return verb, noun, _printed_or_occasion(label, verb, span, blocked, referents, clauses, future=future)


def _clause_or_noun_label(verb: Token | None, noun: Token | None, span: Span, blocked: set[int],
                          referents: Resolver, clauses: ArticleClauses, *,
                          future: bool) -> tuple[Token | None, Token | None, str]:
    """(verb, noun, label) from the dated clause's verb or noun, before a print or occasion takes it over."""
    label = _turned_label(verb, blocked, referents, clauses) or _label(verb, noun, blocked, referents, clauses)
    if verb is None and noun is not None:
        verb, noun, label = _dated_noun_event(label, noun, span, blocked, referents, clauses, future=future)
    if not label and verb is not None and clauses.frame(verb).negated and _named_by_noun(span) is not None:
        # "never recovered from the crash ... on 25 July 2000": the clause is no happening, the crash is
        verb, noun = None, _named_by_noun(span)
        label = _noun_label(noun, blocked, referents)
    if label and verb is not None:
        label = _with_said_content(_with_relative_object(label, verb, blocked, referents), verb, blocked, referents,
                                   clauses)
        label = _whose_owner_named(label, verb, blocked, referents)
    return verb, noun, label


def _whose_owner_named(label: str, verb: Token, blocked: set[int], referents: Resolver) -> str:
    """'two men whose vehicle was found submerged in a creek Thursday' -> 'Two men’s vehicle was found
    submerged in a creek': a dated relative clause's 'whose' is its noun's; '' when that noun is no name or thing."""
    if label.split()[0].lower() != "whose":
        return label
    rel = next((t for t in (verb, *verb.ancestors) if t.dep_ == "relcl"), None)
    owner = rel.head if rel is not None and rel.head.pos_ in ("NOUN", "PROPN") else None
    text = finish(np_text(owner, blocked, referents)) if owner is not None else ""
    if not text or len(text.split()) > 4 or text.split()[0].lower() in _LABEL_PRONOUNS:
        return ""
    return with_owner(text, label.split(" ", 1)[1])


_NAMING_VERBS = word_set("object_complement_verbs")


def _turned_label(verb: Token | None, blocked: set[int], referents: Resolver, clauses: ArticleClauses) -> str:
    """A label the dated verb's own clause cannot give: a fronted ruling's, a naming 'what' clause's, or
    the act a dated stretch of time went on."""
    return _fronted_ruling(verb, blocked, referents, clauses) or _what_named(verb, blocked, referents) or \
        _time_spent_on(verb, blocked, referents)


def _last_to_do(verb: Token | None, blocked: set[int], referents: Resolver) -> str:
    """'The last emperor to abdicate was Emperor Kokaku in 1817' -> 'Emperor Kokaku abdicated': 'the
    first' or 'the last' one to do something, said to be a named person at a date, did it then."""
    found = _ranked_doer(verb)
    past = inflect(found[1].lemma_, "VBD") if found is not None else None
    if not past:
        return ""
    name, act = found
    obj = next((c for c in act.children if c.dep_ == "dobj"), None)
    # the name as written, title and all ('Emperor Kokaku'): the title says who the one named is
    who = " ".join(t.text for t in name.subtree if not t.is_punct)
    text = f"{who} {past} {np_text(obj, blocked, referents) if obj is not None else ''}"
    return finish(text) if len(text.split()) <= MAX_LABEL_WORDS else ""


def _past_be(verb: Token | None) -> bool:
    """'was', 'were': a past 'be', the verb of 'The last emperor to abdicate was ...'."""
    return verb is not None and verb.lemma_ == "be" and verb.tag_ == "VBD"


def _ranked_doer(verb: Token | None) -> tuple[Token, Token] | None:
    """(name, act) of 'The last emperor (to abdicate) was (Emperor Kokaku)': a past 'be' whose subject is
    'the first' or 'the last' to do the act and whose attribute is a name; None otherwise."""
    if not _past_be(verb):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    name = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "PROPN"), None)
    act = _ranked_act(subj) if subj is not None else None
    return (name, act) if act is not None and name is not None else None


def _ranked_act(subj: Token) -> Token | None:
    """'to abdicate' of 'the last emperor to abdicate': the act 'the first' or 'the last' one did."""
    if not any(c.lower_ in ("first", "last") for c in subj.children):
        return None
    return next((c for c in subj.children if _infinitive_relative(c)), None)


def _infinitive_relative(c: Token) -> bool:
    """'(the last emperor) to abdicate': an infinitive describing its noun."""
    return c.dep_ in ("acl", "relcl") and c.tag_ == "VB" and any(a.lower_ == "to" for a in c.children)


_TIME_USE = word_set("time_use_verbs")


def _time_spent_on(verb: Token | None, blocked: set[int], referents: Resolver) -> str:
    """'X had spent Tuesday trying to save tools' -> 'X tried to save tools': when the date is what was
    spent, the clause without it ('had spent trying ...') has lost its object; what the day went on,
    told in the past by the same subject, is the happening."""
    doing = _spent_doing(verb)
    past = inflect(doing.lemma_, "VBD") if doing is not None else ""
    if not past:
        return ""
    subject = subject_phrase(verb, subject_of(verb), blocked, referents)
    words = clause_text(doing, blocked, referents, subject=False).split()
    text = finish(f"{subject} {past} {' '.join(words[1:])}") if subject and words and words[0] == doing.text else ""
    return text if MIN_LABEL_WORDS <= len(text.split()) <= MAX_LABEL_WORDS else ""


def _time_object(verb: Token) -> bool:
    """The verb's object, or the bare noun after it, is a date ('spent Tuesday')."""
    return any(c.dep_ in ("npadvmod", "dobj") and c.ent_type_ in ("DATE", "TIME") for c in verb.children)


def _spent_doing(verb: Token | None) -> Token | None:
    """The '-ing' clause a dated stretch of time was spent on ('spent Tuesday (trying ...)'), or None."""
    if verb is None or verb.lemma_ not in _TIME_USE or subject_of(verb) is None or not _time_object(verb):
        return None
    return next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VBG" and c.i > verb.i), None)


def _what_named(verb: Token | None, blocked: set[int], referents: Resolver) -> str:
    """'Bell signed what he called a historic deal on Monday' -> 'Bell signed a historic deal': the date
    the parser hung on the naming clause of a 'what' object belongs to the verb above it, and the name
    given is that verb's object ('he called a historic deal' is no happening)."""
    named = _name_given(verb)
    if verb is None or named is None:
        return ""
    head = verb.head
    subject = subject_phrase(head, subject_of(head), blocked, referents)
    thing = np_text(named, blocked, referents)
    return finish(f"{subject} {inflect(head.lemma_, 'VBD')} {thing}") if subject and thing else ""


def _name_given(verb: Token | None) -> Token | None:
    """The name a 'what' clause gives ('a historic deal' of 'signed what he called a historic deal'),
    when the clause is the object of a past active verb before it."""
    if verb is None or verb.dep_ != "ccomp" or verb.lemma_.lower() not in _NAMING_VERBS:
        return None
    what = _child_at(verb, "dobj", before=True)
    named = _child_at(verb, "oprd", before=False)
    if what is None or what.lower_ != "what" or named is None:
        return None
    return named if _past_active(verb.head) and verb.head.i < what.i else None


def _child_at(verb: Token, dep: str, *, before: bool) -> Token | None:
    """The verb's first child of a role on one side of it."""
    return next((c for c in verb.children if c.dep_ == dep and (c.i < verb.i) == before), None)


def _past_active(verb: Token) -> bool:
    """'signed', 'has signed': a past act in the active voice (not 'will sign', 'was signed')."""
    return verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBN") and not any(c.dep_ == "auxpass" for c in verb.children)


def _dates_a_thing_in_subject(span: Span) -> bool:
    """'The rebuilt 1936 Olympic stadium had promised a fine setting': a year inside the subject that
    labels a built thing says when the thing was new, not when the clause happened ('the 2006 campaign
    raised' is another matter: a campaign happens in its year)."""
    root = span.root
    noun = root.head
    if root.dep_ not in ("nummod", "compound", "amod", "nmod") or noun.lemma_.lower() not in _BUILT_THINGS:
        return False
    while noun.dep_ in ("compound", "amod", "nmod", "conj") and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass")


_BUILT_THINGS = word_set("structure_words")


def _contrasted(span: Span) -> bool:
    """'Unlike Thursday, when he was in floods of tears, he was composed': the day set against the
    clause is the one it did not happen on."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ == "unlike"


def _dates_no_clause(span: Span) -> bool:
    """A date that dates no clause of its sentence: an old value's, a closed period's end, a thing's."""
    return _old_value_date(span) or _closed_period_end(span) or _dates_a_thing_in_subject(span) or \
        _contrasted(span) or _dates_back_to(span) or _ahead_of_thing(span) or _in_described_noun(span) or \
        _as_done_before(span) or _in_gapped_clause(span) or _revised_figure_period(span)


_REVISING = ("revise", "restate")


def _revised_figure_period(span: Span) -> bool:
    """'The revised job growth for June and July shrank the gain', "June's figure was revised": the month
    of a revised figure is the period it counts; the revision is made when it is reported, later."""
    noun = _subject_dated(span)
    if noun is None:
        return False
    revised = any(c.dep_ == "amod" and c.lower_ in ("revised", "restated") for c in noun.children)
    return revised or noun.head.lemma_.lower() in _REVISING


def _subject_dated(span: Span) -> Token | None:
    """The subject noun the date describes ('growth for June and July', "June's figure"), or None."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head           # 'for June and July'
    noun = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("for", "in") else root.head
    subject = root.dep_ in ("pobj", "poss") and noun.pos_ == "NOUN" and noun.dep_ in ("nsubj", "nsubjpass")
    return noun if subject else None


def _in_gapped_clause(span: Span) -> bool:
    """'added 169,000 jobs in August and many fewer in July': a date on a verbless 'and'/'but' conjunct of
    the verb ('many fewer', 'more') dates a clause whose verb is left out, told of other things; the verb's
    own words and their date are another happening ('fell 504 points, or 4.4 percent' restates one)."""
    prep = span.root.head
    gapped = prep.head
    if span.root.dep_ != "pobj" or prep.dep_ != "prep" or gapped.dep_ != "conj" or gapped.pos_ not in ("ADJ", "ADV"):
        return False
    return gapped.head.pos_ in ("VERB", "AUX") and _and_joined(gapped) and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "cop", "aux") for c in gapped.children)


def _and_joined(conjunct: Token) -> bool:
    """The conjunct is joined to its head by 'and' or 'but' (not 'or', which restates)."""
    return any(c.dep_ == "cc" and c.lower_ in ("and", "but") and c.i < conjunct.i for c in conjunct.head.children)


def _as_done_before(span: Span) -> bool:
    """'repeated, as he did in an interview two weeks ago, that ...': the date is the earlier time the
    act was done, set off by 'as ... did', not the time of the clause it interrupts."""
    words = span.doc[max(span.sent.start, span.start - 10):span.start]
    opened = [t for t in words if t.lower_ == "as" and t.i + 3 < span.start]
    for as_ in opened:
        after = span.doc[as_.i + 1:span.start]
        if any(t.lemma_ == "do" for t in after[:3]) and not any(t.text == "," for t in after):
            return True
    return False


def _ahead_of_thing(span: Span) -> bool:
    """'evacuated the town ahead of more dangerous weather this weekend': the date is the thing's that the
    clause comes ahead of, not the clause's (the parser may hang it on the verb, so the words decide)."""
    before = span.doc[max(span.sent.start, span.start - 8):span.start]
    ahead = next((t.i for t in reversed(before) if t.lower_ == "ahead" and t.nbor().lower_ == "of"), None)
    return ahead is not None and not any(t.pos_ in ("VERB", "AUX") for t in span.doc[ahead + 2:span.start])


def _in_described_noun(span: Span) -> bool:
    """'Workers at the plant - damaged in the 2011 tsunami - were evacuated': a date inside the phrase of a
    participle the parser took for an adjective describing a noun dates that description, not the clause."""
    for tok in span.root.ancestors:
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "amod":
            return False
        if tok.dep_ == "amod" and tok.tag_ == "VBN" and tok.i < span.start and \
                any(c.dep_ == "prep" for c in tok.children):
            # set off on both sides, the description is an event of its own (_participle_beside)
            return _participle_beside(tok, span) is None
    return False


def _dates_back_to(span: Span) -> bool:
    """'added a case dating back to 2003', 'a feud that dates from 1990': the date is the thing's age,
    not when the clause above happened."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ not in ("to", "from"):
        return False
    verb = root.head.head
    if verb.lower_ == "back":
        verb = verb.head
    return verb.lemma_.lower() == "date" and verb.pos_ == "VERB" and verb.dep_ in ("acl", "relcl")


_SEQUENCE_PREPS = ("after", "before", "since")
_PERIOD_EDGES = ("start", "end", "beginning", "close")


def _in_sequence_phrase(span: Span) -> bool:
    """'After clashes on Tuesday, protests were planned on Wednesday': a date inside an after/before/since
    phrase on a clause dated by its own words dates the phrase's happening, the clashes, not the clause
    ('after Tuesday', 'since the end of May' are the clause's own bounds, read elsewhere)."""
    path = _path_to_sequence_prep(span.root)
    if len(path) < 2 or path[-1].head.head.pos_ not in ("VERB", "AUX") or not _dated_apart(path[-1].head.head, span):
        return False           # only a clause with a date of its own: 'gained ground after a debate last week' is the debate's day
    return any(n.pos_ == "NOUN" and n.lemma_.lower() not in _PERIOD_EDGES and n.lower_ not in _TIME_NOUNS
               and not span.start <= n.i < span.end for n in path)


def _path_to_sequence_prep(tok: Token) -> list[Token]:
    """The words from a date up to the object of an 'after'/'before'/'since' above it ([] when a verb,
    'after clashes erupted on Tuesday', comes first: the date has a clause of its own)."""
    path = [tok]
    for _ in range(12):
        head = tok.head
        if head == tok or head.pos_ in ("VERB", "AUX"):
            return []
        if head.dep_ == "prep" and head.lower_ in _SEQUENCE_PREPS and tok.dep_ == "pobj":
            return path
        tok = head
        path.append(tok)
    return []


def _told_by_when(verb: Token | None) -> Token | None:
    """'There was chaos on Monday when protesters stormed the parliament': the dated 'there was' only
    sets the scene; the clause its 'when' opens is the happening."""
    if verb is None or verb.lemma_ != "be" or not any(c.dep_ == "expl" for c in verb.children):
        return None
    return next((c for c in verb.children if c.i > verb.i and _opened_by_when(c)), None)


def _opened_by_when(c: Token) -> bool:
    return c.dep_ == "advcl" and any(m.lower_ == "when" and m.dep_ == "advmod" for m in c.children)


def _offset_placed(span: Span, verb: Token | None, clauses: ArticleClauses) -> bool:
    """The happening the date's clause tells (its own, or the one it reports) is placed by its distance
    from another ('days after the killing'), so the date is not its own (happened.placed_by_offset)."""
    return verb is not None and placed_by_offset(span, reported_content(verb, clauses) or verb)


def _infinitive_dated_apart(span: Span, verb: Token | None, clauses: ArticleClauses, *,
                             future: bool) -> Token | None:
    """The infinitive below the clause that the date belongs to ('has made the decision to travel on
    Thursday'): when a future date hangs on a past act, or the date stands apart from the clause's own
    verb; None otherwise."""
    inner = _infinitive_of_date(span, verb, clauses)
    if inner is not None and (future and _past_act(verb, clauses) or _dated_apart(verb, span)):
        return inner
    return None


def _other_clause_date(span: Span, verb: Token | None, blocked: set[int], referents: Resolver,
                       clauses: ArticleClauses, *, future: bool) -> tuple[Token | None, None, str] | None:
    """(verb, None, label) when the date is not the clause's above all but an infinitive's below it
    ('has made the decision to travel on Thursday', 'pledged in 2019 to be carbon free by 2040'), or
    of no past clause at all ('cemented their roles at the Oscars next month'), or an earlier time's
    (see _earlier_time, _last_to_do); None otherwise."""
    inner = _infinitive_dated_apart(span, verb, clauses, future=future)
    if inner is not None:
        return inner, None, _planned_label(inner, verb, span, blocked, referents, clauses, future=future)
    if future and _past_clause_dated(span, verb, clauses) or not future and _will_with_past_year(span, verb):
        return None, None, ""
    earlier = _earlier_time(span, blocked, referents) or _last_to_do(verb, blocked, referents)
    return (None, None, earlier) if earlier or verb is not None and dates_since_object(span) else None


def _will_with_past_year(span: Span, verb: Token | None) -> bool:
    """'the biggest winner will be Texas, a solid Republican state in 2008': a clause of what will be
    cannot happen in a past year the sentence writes; that year is another phrase's."""
    if verb is None or not any(t.like_num and len(t.text) == 4 for t in span):
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in verb.children)


def _past_clause_dated(span: Span, verb: Token | None, clauses: ArticleClauses) -> bool:
    """The label would be a past act ('cemented their roles'), its own or the one it reports; a
    happening moved to the date ('was postponed until Monday') is the moved one's, not the act's, and
    an act taking effect at the date keeps it."""
    if verb is None or _moved_to(span, verb) or _takes_effect(span):
        return False
    return _past_act(_participle_head(reported_content(verb, clauses) or verb), clauses)


def _participle_head(verb: Token) -> Token:
    """'were named best actors, cementing their roles': a participle clause after a verb is done (or to be
    done) as that verb is, so the verb above it tells its time."""
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX") and verb.head != verb:
        return verb.head
    return verb


def _takes_effect(span: Span) -> bool:
    """'created an office, effective Feb. 1', 'raised fees starting June 1': the date is when the act
    takes effect, which the act's label may well carry."""
    head = span.root.head
    return head.lemma_ in _ONSET or head.pos_ == "ADJ" and head.dep_ == "advcl"


def _infinitive_of_date(span: Span, verb: Token | None, clauses: ArticleClauses) -> Token | None:
    """The infinitive the date hangs from ('the decision to travel on Thursday', 'pledged to be carbon
    free by 2040') when the label would be made of a clause above it; None otherwise."""
    inner = clauses.attached(span)
    if verb is None or inner is None or inner == verb or inner.tag_ != "VB" or inner.dep_ not in ("acl", "xcomp"):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in inner.children):
        return None
    return inner if verb in inner.ancestors else None


def _past_act(verb: Token, clauses: ArticleClauses) -> bool:
    """'made', 'has made', 'was named': a clause told as done, which no date to come can be the date of
    ('was scheduled for', 'was expected to' speak of what is to come)."""
    if clauses.future(verb):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not auxes
    return verb.tag_ == "VBN" and not any(a.tag_ == "MD" for a in auxes) and any(_past_auxiliary(a) for a in auxes)


def _past_auxiliary(aux: Token) -> bool:
    """'has' / 'had' of a perfect, 'was' / 'were' of a past passive."""
    return aux.lemma_ == "have" or aux.lemma_ == "be" and aux.tag_ == "VBD"


def _planned_label(inner: Token, verb: Token, span: Span, blocked: set[int], referents: Resolver,
                   clauses: ArticleClauses, *, future: bool) -> str:
    """'X has made the decision to travel to Canada on Thursday' -> 'X will travel to Canada': the
    infinitive completing a noun is the plan the date is for, done by the clause's subject. An
    infinitive completing the verb ('pledged to be carbon free by 2040') is a promise or a hope, not a
    happening; nor is a plan whose date has passed: no event then."""
    if not future or inner.dep_ != "acl":
        return ""
    subject = subject_phrase(verb, clauses.frame(verb).subject, blocked, referents)
    plan = clause_text(inner, blocked, referents, subject=False)
    if not subject or not plan.startswith("to "):
        return ""
    # 'X to travel to Canada': the printed label gives it 'will' as it does any planned infinitive
    return _printed_label(finish(f"{subject} {plan}"), inner, span, blocked, referents, clauses, future=future)


def _printed_or_occasion(label: str, verb: Token | None, span: Span, blocked: set[int], referents: Resolver,
                         clauses: ArticleClauses, *, future: bool) -> str:
    """The printed label; for a saying with none, the public occasion it was made at."""
    printed = _printed_label(label, verb, span, blocked, referents, clauses, future=future)
    return printed or ("" if future else _occasion_label(verb, span, blocked, referents))


def _occasion_label(verb: Token | None, span: Span, blocked: set[int], referents: Resolver) -> str:
    """'Sheriff Smith said at a news conference on Wednesday night, ...' -> 'Sheriff Smith spoke at a
    news conference': a saying whose words the label cannot hold still dates the occasion it was made at."""
    found = spoken_occasion(verb)
    if verb is None or found is None:
        return ""
    prep, occasion = found
    if not _named_occasion(occasion):
        return ""
    subject = subject_phrase(verb, subject_of(verb), blocked, referents)
    place = np_text(occasion, blocked, referents)
    if not subject or not place:
        return ""
    label = _pronouns_named(finish(f"{subject} {inflect('speak', 'VBD')} {prep.lower_} {_inner(place)}"), span.sent,
                            referents)
    return label if _fit_occasion_label(label, span.sent) else ""


def _named_occasion(occasion: Token) -> bool:
    """'the Harbor Trade Forum', 'a White House briefing': an occasion with a name is a happening of its
    own; 'a news conference', 'the meeting' only stand in for 'said' (judges kept none of those)."""
    before = occasion.doc[occasion.left_edge.i:occasion.i + 1]     # not a clause the parser hung on it
    return any(t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME") for t in before)


def _fit_occasion_label(label: str, sent: Span) -> bool:
    """A headline-length complete clause whose speaker is named ('He spoke at a rally' is not)."""
    words = label.split()
    return MIN_LABEL_WORDS <= len(words) <= MAX_LABEL_WORDS and words[0].lower() not in _LABEL_PRONOUNS and \
        not _quoted_voice(label, sent) and label_fault(label, sent) is None


def _old_value_date(span: Span) -> bool:
    """'fell from $327 million in 2016 to $116.8 million in 2017': the first date only says when the old
    value held; the fall is the second date's (else one happening is on the timeline twice)."""
    prep = span.root.head
    verb = prep.head
    return prep.dep_ == "prep" and verb.pos_ in ("VERB", "AUX") and _between_from_and_to(prep, verb)


def _closed_period_end(span: Span) -> bool:
    """'For the year ended Sept. 30, Ralston earned $422.5 million': the day only ends the period a
    result covers; nothing happened on it (a period still 'ending' may be the day a result is due)."""
    head = span.root.head
    return head.lower_ == "ended" and period_end(head)


def _between_from_and_to(prep: Token, verb: Token) -> bool:
    """The phrase comes right after the verb's 'from' phrase, and a 'to' phrase with a date follows."""
    starts = [c for c in _preps(verb, "from") if c.right_edge.i + 1 == prep.i]
    ends = [c for c in _preps(verb, "to") if c.i > prep.i]
    return bool(starts and ends) and any(_dated_prep(c) for c in verb.children if c.i > ends[0].i)


def _preps(verb: Token, word: str) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "prep" and c.lower_ == word]


def _gapped_others(verb: Token | None, span: Span) -> set[int]:
    """'adding Greece in 1952, West Germany in 1955 and Spain in 1982': one verb with several
    object-and-date pairs; each date's label keeps only the object told just before it."""
    if verb is None:
        return set()
    objects = [c for c in verb.children if _listed_object(c)]
    dated = [c for c in verb.children if _dated_prep(c)]
    if len(objects) < 2 or len(dated) < 2:
        return set()
    own = _own_object(objects, dated, span)
    out = {c.i for c in verb.children if c.dep_ == "cc" and c.i > objects[0].i}
    for other in objects:
        if other != own:
            out |= {x.i for x in other.subtree}
    return out


def _quotation_words(verb: Token | None) -> set[int]:
    """'announced the death of Y with these words: "He has gone home"': the quotation after the object
    and the phrase pointing to it ('with these words') are no part of what was announced."""
    if verb is None:
        return set()
    quoted = [c for c in verb.children if quoted_after_object(c, verb)]
    if not quoted:
        return set()
    start = quoted[0].left_edge.i
    pointing = [t for t in verb.doc[verb.i:start] if _points_to_colon(t)]
    quotation = {t.i for t in verb.doc[start:quoted[0].right_edge.i + 1]}
    return quotation.union(*({x.i for x in p.subtree} for p in pointing))


def _points_to_colon(prep: Token) -> bool:
    """'with these words:', 'in this statement:': a phrase naming what a colon then quotes."""
    after = prep.right_edge.i + 1
    pointing = any(d.lemma_ in ("this", "these") for d in prep.subtree)
    return prep.dep_ == "prep" and after < len(prep.doc) and prep.doc[after].text == ":" and pointing


def _self_dated_conjunct(verb: Token | None, span: Span) -> set[int]:
    """'won Euro 2008 and the World Cup in 2010': of two joined objects, one whose name carries its own year
    is not of the date told after them; the label keeps the other ('won the World Cup')."""
    pair = _joined_objects(verb)
    dated = [o for o in pair if _own_year(o, span)] if pair is not None else []
    if len(dated) != 1:
        return set()
    obj, other = pair
    joins = {c.i for c in obj.children if c.dep_ in ("cc", "punct") and obj.i < c.i < other.i}
    own = other.subtree if dated[0] == other else obj.doc[obj.left_edge.i:other.left_edge.i]
    return joins | {x.i for x in own}


def _joined_objects(verb: Token | None) -> tuple[Token, Token] | None:
    """The verb's object and the one object joined to it ('Euro 2008 and the World Cup'), or None."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb is not None else None
    return (obj, obj.conjuncts[0]) if obj is not None and len(obj.conjuncts) == 1 else None


def _own_year(noun: Token, span: Span) -> bool:
    """A name carrying a year of its own ('Euro 2008', 'the 2008 Olympics'), not the date being placed
    ('2000 cars' is a count)."""
    return noun.pos_ == "PROPN" and any(
        c.dep_ == "nummod" and _YEAR_NUMBER.fullmatch(c.text) and not span.start <= c.i < span.end
        for c in noun.children)


_YEAR_NUMBER = re.compile(pattern("year_number"))


def _own_object(objects: list[Token], dated: list[Token], span: Span) -> Token | None:
    """The object between the date before this one and this date; None when it was misread."""
    since = max((d.right_edge.i for d in dated if d.right_edge.i < span.start), default=-1)
    own = [o for o in objects if since < o.i < span.start]
    return own[-1] if own else None


def _listed_object(c: Token) -> bool:
    return c.dep_ == "dobj" or (c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"))


def _dated_prep(c: Token) -> bool:
    return c.dep_ == "prep" and any(x.ent_type_ == "DATE" for x in c.subtree)


def _printed_label(label: str, verb: Token | None, span: Span, blocked: set[int], referents: Resolver,
                   clauses: ArticleClauses, *, future: bool) -> str:
    """The label as the timeline prints it: checked, with the subject or speaker it needs, the dated
    noun of a present clause instead of the clause, and its pronouns and lone surnames named."""
    final = _final_label(label, verb, span, future=future)
    if verb is not None:
        final = _clause_final(final, label, verb, span, blocked, referents, clauses, future=future)
    dated_noun = _present_noun_event(verb, span, blocked, referents, future=future)
    if not dated_noun and _present_act_on_dated_noun(verb, span, future=future):
        return ""            # 'who remembers the 1956 uprising': the remembering is now, not in 1956
    chosen = chosen_label(dated_noun or final, verb, span, blocked, referents, clauses)
    chosen = (not dated_noun and happening_retold(verb, blocked, referents)) or chosen
    chosen = mended(chosen, verb, span, blocked, referents)    # 'X made the claim' + the claim's clause
    sent = span.sent
    named = named_in_full(_pronouns_named(chosen, sent, referents), sent, HARD_LABEL_WORDS)
    named = country_named(contractions_spelled(named, sent), sent)
    named = kind_owners_named(named, sent)      # 'the state's coal' -> "Wyoming's coal", as stems say it
    return garbles_repaired(named, span)


def _present_act_on_dated_noun(verb: Token | None, span: Span, *, future: bool) -> bool:
    """A present-tense act whose object carries the date ('remembers the 1956 uprising')."""
    root = span.root
    on_noun = root.dep_ in ("nummod", "compound", "amod", "nmod") and root.head.pos_ == "NOUN"
    return on_noun and not future and verb is not None and _present_clause(verb) == "act"


def _pronouns_named(label: str, sent: Span, referents: Resolver) -> str:
    """'Investigators found a rifle near his home' -> '... near James Kopp’s home': a pronoun the label
    does not place itself (`unplaced_pronouns`) names whom it means ('Bill Clinton met with his aides'
    stays), once: a later one is placed by the name ('through Slepian’s window and into his back'); a
    label too long with the full name takes the surname, or stays as it was."""
    for short in (False, True):
        words = label.split()
        done: set[str] = set()
        for k, tok in unplaced_pronouns(label, sent, by_sex=True):
            who = pronoun_referent(tok, sent, referents)
            named = _named_pronoun(tok, label, sent, referents, short=short)
            if named and who not in done:
                done.add(who)
                words[k] = (named[:1].upper() + named[1:] if k == 0 else named) + words[k][len(tok.text):]
        text = " ".join(words)
        if len(text.split()) <= max(HARD_LABEL_WORDS, len(label.split())):
            return text
    return label


def _named_pronoun(pron: Token, label: str, sent: Span, referents: Resolver, *, short: bool = False) -> str:
    """Whom a pronoun of a label means, as it reads in its place ('James Kopp’s', `short`: a person's
    'Kopp’s'); '' when that is unknown or the label names a person it may mean ('Akihito said ... his duties')."""
    who = pronoun_referent(pron, sent, referents)
    if not who or _may_mean_named(pron, label, sent) or _named_in(who, label):
        return ""
    who = who.split()[-1] if short and _person_pronoun(pron) and who.istitle() else who
    return f"{who}’s" if pron.dep_ == "poss" or pron.lower_ == "his" else who


def _named_in(who: str, label: str) -> bool:
    """The label already prints a name word of `who`."""
    return any(w in label for w in who.split() if w[:1].isupper())


def _person_pronoun(pron: Token) -> bool:
    return pron.lower_ in ("his", "her", "him")


def _may_mean_named(pron: Token, label: str, sent: Span) -> bool:
    """The label names a person of the sentence the pronoun may mean. An object 'him' or 'her' of a
    verb never means its own clause's subject ('Biden nominated her'), so it is not in doubt."""
    if not _person_pronoun(pron) or \
            pron.lower_ in ("him", "her") and pron.dep_ in ("dobj", "dative") and pron.head.pos_ == "VERB":
        return False
    words = label.split()
    return any(t.ent_type_ == "PERSON" and t.text in words and not other_sex(pron, t) for t in sent)


def _past_clause_before(span: Span, verb: Token, clauses: ArticleClauses) -> Token:
    """'White heads a team prosecuting the bombings which killed 224 people ... on Aug. 7, 1998': a
    past date the parser hung on a present verb belongs to the last past-tense clause before it
    (the verb itself when there is none)."""
    past = [x for x in span.sent if verb.i < x.i < span.start and x.tag_ == "VBD" and x.pos_ == "VERB" and
            x.dep_ in ("relcl", "ccomp", "advcl", "conj") and clauses.frame(x).subject is not None]
    return past[-1] if past else verb


def _dated_noun_event(label: str, noun: Token, span: Span, blocked: set[int], referents: Resolver,
                      clauses: ArticleClauses, *, future: bool) -> tuple[Token | None, Token | None, str]:
    """(verb, noun, label) of a date that sits in a noun phrase rather than on a verb."""
    told = _told_in_which(noun)
    if told is not None:
        return told, None, _label(told, None, blocked, referents, clauses)
    if not label and span.root.dep_ == "nmod":
        # "the Oct. 23 slaying": the date is part of the happening's name
        label = finish(np_text(noun, blocked - set(range(span.start, span.end)), referents))
    if label or span.root.dep_ == "poss":
        # "Today's announcement": two words of a noun phrase, yet a happening of its own
        return _noun_event(label, noun, span, blocked, referents, clauses, future=future)
    return None, noun, label


def _told_in_which(noun: Token) -> Token | None:
    """'Tuesday's vote in which Republicans seized control of the Senate': the verb of a past clause
    that tells what happened in the dated happening, which says more than 'The vote took place'."""
    for rel in noun.children:
        if rel.dep_ != "relcl" or rel.tag_ != "VBD" or subject_of(rel) is None:
            continue
        if any(c.dep_ == "prep" and any(w.dep_ == "pobj" and w.lower_ == "which" for w in c.children)
               for c in rel.children):
            return rel
    return None


def _clause_final(final: str, label: str, verb: Token, span: Span, blocked: set[int], referents: Resolver,
                  clauses: ArticleClauses, *, future: bool) -> str:
    """A clause's printed label, given the subject the parser lost when it has none, and its
    speaker when it is a person's claim."""
    if not final and label:
        # "Naruhito, born in 1960, graduated ... in 1993": the parser lost the subject the sentence gives
        final = _final_label(_with_lost_subject(label, verb, blocked, referents), verb, span, future=future)
    if not final:
        final = _final_label(_owner_as_subject(verb, blocked, referents, clauses), verb, span, future=future)
    if not final:
        return ""
    unframed = _dates_content(span, verb) and not clauses.frame(verb).quoted
    claimed = final if unframed else _with_claimant(final, verb, blocked, referents, clauses)
    return claimed if claimed != final else _with_purpose(final, verb, span, blocked, referents, clauses)


def _with_purpose(label: str, verb: Token, span: Span, blocked: set[int], referents: Resolver,
                  clauses: ArticleClauses) -> str:
    """'The alliance expanded to include Greece in 1952 and ...': the infinitive the date hangs from
    says what happened that year; the label keeps it ('The alliance expanded to include Greece'). So
    does a label that ends on its verb ('The board voted' on Tuesday | to keep rates near zero)."""
    inner = _purpose_clause(label, verb, span, clauses)
    if not label or inner is None:
        return label
    purpose = clause_text(inner, blocked, referents, subject=False)
    if not purpose.startswith("to ") or purpose in label:
        return label
    text = f"{label} {purpose}"
    if len(text.split()) > MAX_LABEL_WORDS:
        # 'roared from virtual unknown | to win the final': the purpose says more than where it came from
        text = f"{_without_last_phrase(label, verb, 'from')} {purpose}"
    if len(text.split()) > MAX_LABEL_WORDS:
        # only where the date hangs in the purpose: there the label alone misses the day's happening
        text = _with_short_purpose(label, inner, blocked, referents) if inner == clauses.attached(span) else ""
    if not text:
        return label
    return trimmed_label(text, inner, span.sent) or label


def _with_short_purpose(label: str, inner: Token, blocked: set[int], referents: Resolver) -> str:
    """'FC Goa held on towards the end | to emerge 4-3 winners (from their game ...)': the clause the
    date hangs from, cut to the words left beside the label, is still the day's happening, which the
    label alone leaves out; '' when it does not fit whole."""
    purpose = clause_text(inner, blocked, referents, subject=False, taken=len(label.split()))
    text = f"{label} {purpose}"
    if not purpose.startswith("to ") or len(purpose.split()) < 3 or len(text.split()) > MAX_LABEL_WORDS:
        return ""
    return text


def _purpose_clause(label: str, verb: Token, span: Span, clauses: ArticleClauses) -> Token | None:
    """The infinitive of the verb the date hangs from, or the one after a verb the label ends on."""
    for inner in (clauses.attached(span), _ending_verb_purpose(label, verb)):
        if inner is not None and inner != verb and inner.head == verb and inner.dep_ == "advcl" and \
                _modifier_verb(inner):
            return inner
    return None


def _ending_verb_purpose(label: str, verb: Token) -> Token | None:
    """The side clause after the verb or its object that the label ends on, with no comma before it
    ('The board voted' | 'to keep rates near zero', 'passed a law' | 'to allow the king to abdicate')."""
    end = _label_end(label, verb)
    if end is None:
        return None
    return next((c for c in verb.rights if c.dep_ == "advcl" and c.i > end.i and _unbroken(end, c.left_edge)), None)


def _label_end(label: str, verb: Token) -> Token | None:
    """The verb, or the last word of its object or of a phrase after it, when the label ends on it."""
    last = label.split()[-1] if label else ""
    ends = (c.right_edge for c in verb.children if c.dep_ in ("dobj", "prep") and c.i > verb.i)
    return next((t for t in (verb, *ends) if t.text == last), None)


def _without_last_phrase(label: str, verb: Token, word: str) -> str:
    """The label without the verb's phrase opened by `word` that it ends on, when it ends on one."""
    phrase = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == word and c.i > verb.i and
                   label.endswith(" " + verb.doc[c.i:c.right_edge.i + 1].text)), None)
    return label[:-len(verb.doc[phrase.i:phrase.right_edge.i + 1].text) - 1] if phrase is not None else label


def _unbroken(a: Token, b: Token) -> bool:
    """No punctuation stands between the two tokens."""
    return not any(t.is_punct for t in a.doc[a.i + 1:b.i])


def _moved_happening(moved: Token, span: Span, blocked: set[int], referents: Resolver, *, future: bool) -> str:
    """'The vote was postponed until Saturday' -> 'The vote will take place': the new date is the moved
    happening's; a thing that is no happening ('extended its deadline to April 13') gives no event."""
    text = np_text(moved, blocked, referents)
    if not text or not names_happening(moved):
        return ""
    return noun_happening(finish(text), moved, span, blocked, referents, future=future)


def _dates_content(span: Span, verb: Token) -> bool:
    """'Jo Marsh said the mill closed in 2019': the date sits inside the said clause, so that clause is the
    dated happening and its label is printed without the reporting frame (judges call 'X said ...' no
    happening); a date on the saying ('said on Monday the mill closed') or a forecast ('said sales will
    rise in 1990': the speaker's, no fact) keeps the speaker, and so does a clause quoted in the speaker's
    words (_clause_final)."""
    if verb.dep_ != "ccomp" or sum(c.dep_ == "ccomp" for c in verb.head.children) != 1:
        return False         # 'added that the bill Obama signed last month may not have ended ...': misread
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    opening = subject.left_edge.i if subject is not None else verb.i
    # 'said on Monday the mother was kidnapped': a date before the said clause's subject is the saying's
    within = span.end - 1 <= verb.right_edge.i or _content_of_split_date(verb.head, span) == verb
    return opening < span.start and within and done_act(verb)


def _with_claimant(label: str, verb: Token, blocked: set[int], referents: Resolver, clauses: ArticleClauses) -> str:
    """'Castro said on Monday the mother was kidnapped': a person's claim keeps its speaker ('Castro
    said the mother was kidnapped'), or gives no event when that is longer than a headline."""
    said = clauses.frame(verb).reporting
    if said is None or not claim(said, verb):
        return label
    speaker = subject_phrase(said, clauses.frame(said).subject, blocked, referents)
    text = f"{speaker} {said.text} {_inner(label)}" if speaker else ""
    return text if len(text.split()) <= MAX_LABEL_WORDS else ""


def _owner_as_subject(verb: Token, blocked: set[int], referents: Resolver, clauses: ArticleClauses) -> str:
    """'the team's announcement they would join the league in 2023' -> 'The team would join the
    league': a clause that says what a noun says, whose pronoun nobody resolved, is about the noun's
    owner. '' when the clause is no such content clause."""
    subj = clauses.frame(verb).subject
    if subj is None or subj.pos_ != "PRON" or subj.head != verb or subj.i == 0:
        return ""
    said = verb.doc[subj.i - 1]          # the noun the clause follows ('announcement they would ...')
    owner = next((c for c in said.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None) \
        if said.pos_ == "NOUN" and saying_noun(said) else None
    if owner is None:
        return ""
    name = re.sub(r"\s*['’]s?$", "", np_text(owner, blocked, referents))
    clause = clause_text(verb, blocked, referents, subject=False)
    text = finish(f"{name} {clause}") if name and clause else ""
    return text if text and clause_problem(verb, text, clauses) is None else ""


def _noun_event(label: str, noun: Token, span: Span, blocked: set[int], referents: Resolver,
                clauses: ArticleClauses, *, future: bool) -> tuple[Token | None, Token | None, str]:
    """(verb, noun, label) for a date that names an event through a noun: the happening as a clause."""
    happening = noun_happening(label, noun, span, blocked, referents, future=future)
    if happening:
        return None, noun, happening
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX") and noun.head.lemma_ != "be":
        # "A 2011 law banned the practice": what the dated thing did ('was a mistake' is an opinion)
        clause = _label(noun.head, None, blocked, referents, clauses)
        return noun.head, None, _without_owner_date(clause, span) or label
    return None, noun, ""       # 'The Oct. 23 shooting', 'Important touchstones of the 1960s': no clause


def _without_owner_date(clause: str, span: Span) -> str:
    """'Next year's competition is scheduled ...' -> 'The competition is scheduled ...': a date that
    owns the subject goes from the label, as from every label."""
    if span.root.dep_ != "poss":
        return clause
    for mark in ("'s ", "’s "):
        if clause.lower().startswith(span.text.lower() + mark):
            return finish("the " + clause[len(span.text) + len(mark):])
    return clause


def _with_relative_object(label: str, verb: Token, blocked: set[int], referents: Resolver) -> str:
    """'a treaty, which the presidents signed last May' -> 'The presidents signed a treaty', 'the plan
    the agency developed this year' -> 'The agency developed the plan': the object of a relative clause
    is the noun it describes, which the clause's own words leave out; it follows the verb."""
    words = label.rstrip(".").split()
    if verb.dep_ != "relcl" or words.count(verb.text) != 1:
        return label
    # with no relative word, only a label ending on the verb: 'carried the robot she built to class'
    # is the parser's misreading, the 'to class' the carrying's
    if not any(c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") for c in verb.children) and \
            not (words[-1] == verb.text and _contact_relative(verb)):
        return label
    obj = np_text(verb.head, blocked, referents)
    if not obj:
        return label
    at = words.index(verb.text) + 1
    return " ".join(words[:at] + [_inner(obj)] + words[at:])


def _contact_relative(verb: Token) -> bool:
    """'the plan (that) the agency developed': a relative clause with no relative word, whose active
    verb has a subject but no object nor clause of its own, and whose noun is a thing (not 'the day
    she left', 'the way it ended', 'the house he lived in')."""
    noun = verb.head
    if verb.pos_ != "VERB" or noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() in _TIME_NOUNS | _CLAUSE_NOUNS:
        return False
    kids = list(verb.children)
    # 'the principle of fairness it vindicated': a thing pronoun is read back into the noun itself
    return any(c.dep_ == "nsubj" and c.lower_ not in ("it", "they") for c in kids) and \
        not any(map(_relative_or_whole, kids))


def _relative_or_whole(c: Token) -> bool:
    """A relative word ('which', 'when', 'that'), or a part that makes the verb whole without the noun
    (an object, a clause, a passive's auxiliary, a preposition left stranded)."""
    return c.tag_ in ("WDT", "WP", "WP$", "WRB") or c.lower_ == "that" or c.dep_ in _OWN_PARTS or \
        c.dep_ == "prep" and not any(True for _ in c.children)


def _with_said_content(label: str, verb: Token, blocked: set[int], referents: Resolver,
                       clauses: ArticleClauses) -> str:
    """'NASA announced at a press conference that the crew would return home': a label that lost what
    was announced (left out for length, or hung by the parser on 'conference' as a relative clause)
    gets it back as 'NASA announced that the crew would return home' when that fits a headline."""
    said = _that_clause(verb) if reporting_verb(verb) else None
    subj = clauses.frame(verb).subject if said is not None else None
    if said is None or subj is None or clauses.frame(said).subject is None or said.text in label.split():
        return label         # 'told LA Weekly that after traveling back walked': what was said lost its subject
    content = finish(clause_text(said, blocked, referents, subject=True)).rstrip(".")
    subject = subject_phrase(verb, subj, blocked, referents)
    if not subject or not content:
        return label
    for saying in _said_forms(verb, blocked, referents):
        text = finish(f"{subject} {saying} that {_inner(content)}")
        if len(text.split()) <= MAX_LABEL_WORDS:
            return text
    return label


def _fronted_ruling(verb: Token | None, blocked: set[int], referents: Resolver, clauses: ArticleClauses) -> str:
    """'The boy must be returned to his father, immigration authorities ruled Wednesday': a ruling whose
    content comes first reads 'Immigration authorities ruled that the boy must be returned to his
    father'; the ruling happened though what it orders has not. What was ruled is fitted to the room
    the ruling's words leave. '' when that is no headline."""
    ruled = _ruled_first(verb, clauses)
    subject = subject_phrase(verb, clauses.frame(verb).subject, blocked, referents) if ruled is not None else ""
    if not subject:
        return ""
    frame = f"{subject} {verb.text}"
    content = finish(clause_text(ruled, blocked, referents, subject=True, taken=len(frame.split()))).rstrip(".")
    content = _inner(content, ruled.left_edge) if content else ""
    text = finish(f"{frame} that {content}")       # 'that' where the room allows: 'ruled farmers may ...' else
    text = text if len(text.split()) <= MAX_LABEL_WORDS else finish(f"{frame} {content}")
    return text if content and MIN_LABEL_WORDS <= len(text.split()) <= MAX_LABEL_WORDS else ""


def _ruled_first(verb: Token | None, clauses: ArticleClauses) -> Token | None:
    """The clause a ruling verb's subject ruled, written before it; None for any other verb."""
    if verb is None or verb.lemma_ not in _RULINGS:
        return None
    frame = clauses.frame(verb)
    if frame.subject is None or frame.negated:
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and has_subject(c)), None)


def _that_clause(verb: Token) -> Token | None:
    """The 'that ...' clause of a saying, its own or one the parser hung on a noun as a relative clause."""
    return next((c for c in verb.subtree if (c.dep_ == "ccomp" and c.head == verb or c.dep_ == "relcl") and
                 any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def _said_forms(verb: Token, blocked: set[int], referents: Resolver) -> list[str]:
    """How the saying may read before 'that ...', fullest first: with whom it was told ('told
    reporters'), then without ('warned'); 'told' needs its hearer, else it reads 'said'."""
    hearer = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.pos_ in ("NOUN", "PROPN")), None)
    alone = inflect("say", verb.tag_) or "said" if verb.lemma_ == "tell" else verb.text
    heard = np_text(hearer, blocked, referents) if hearer is not None else ""
    return [f"{verb.text} {_inner(heard)}", alone] if heard else [alone]


def _inner(phrase: str, opening: Token | None = None) -> str:
    """A phrase as it reads inside a sentence: 'The treaty' -> 'the treaty' (names keep their capital);
    a common noun that opened its sentence ('Farmers may sell ...', the `opening` token) too."""
    first = phrase.split()[0]
    plain = first in ("A", "An", "The") or first.lower() in _FUNCTION_WORDS     # 'This father', not 'Elian'
    plain = plain or opening is not None and opening.text == first and opening.pos_ == "NOUN" and \
        not opening.ent_type_
    return first.lower() + phrase[len(first):] if plain and first != "I" else phrase


def _with_lost_subject(label: str, verb: Token, blocked: set[int], referents: Resolver) -> str:
    """A label that opens on its verb ('Graduated from Oxford') given the name the sentence makes its
    subject; '' when there is none."""
    first = label.split()[0].lower()
    if not any(t.lower_ == first and t.pos_ in ("VERB", "AUX") for t in verb.sent):
        return ""
    subj = _lost_subject(verb)
    text = np_text(subj, blocked, referents).rstrip(".,;") if subj is not None else ""
    return f"{text} {label[0].lower()}{label[1:]}" if text else ""


def _lost_subject(verb: Token) -> Token | None:
    """The name a subjectless verb belongs to: the noun its participle chain describes ('Naruhito,
    born ..., graduated ... and married'), or the last name before it with no finite verb between
    ('Akihito in a televised address last year said')."""
    t = first_conjunct(verb)
    if t.dep_ == "acl" and t.head.pos_ == "PROPN":
        return t.head
    names = [x for x in t.sent if x.i < t.i and x.pos_ == "PROPN" and x.dep_ != "compound"
             and x.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")]
    if not names or any(x.tag_ in ("VBD", "VBZ", "VBP", "MD") for x in t.doc[names[-1].i + 1:t.i]):
        return None
    return names[-1]


def _final_label(label: str, verb: Token | None, span: Span, *, future: bool = False) -> str:
    """The label as printed, or '' for no event: no well-formed clause, or no happening at that date."""
    if not label or _no_happening_at(span, verb, future=future) or _quoted_voice(label, span.sent) or \
            _subjectless_content(verb, label):
        return ""
    return trimmed_label(repaired_label(label, verb, future=future), verb, span.sent)


def _no_happening_at(span: Span, verb: Token | None, *, future: bool) -> bool:
    """The clause tells no happening at the date: a yardstick, a forecast's period, a reported
    period, a present state, a prediction or a state to come."""
    return _yardstick(span, verb) or measure_base(span, verb) or _comparison_point(span) or \
        _attendant_noun_date(span) or future and forecast_period(span, verb) or not future and _present_state(verb) or \
        _reported_period(span, verb) or not_happening(verb, future=future, span=span)


_PERIOD_REPORTS = word_set("period_report_verbs") | word_set("forecast_words")
_OUTLOOK_VERBS = word_set("forecast_words") | {"warn"}
_PART_OF_YEAR = re.compile(r"\b(?:quarter|half)\b|-quarter\b", re.I)


def _attendant_noun_date(span: Span) -> bool:
    """'The pope was selected on the fourth ballot, with the first vote on Monday evening and ...': a date
    on a noun of an attendant 'with' phrase dates that noun, not the clause the phrase hangs on."""
    prep = span.root.head
    noun = prep.head
    return span.root.dep_ == "pobj" and prep.dep_ == "prep" and noun.pos_ == "NOUN" and noun.dep_ == "pobj" and \
        noun.head.lower_ == "with" and noun.head.head.pos_ in ("VERB", "AUX")


def _reported_period(span: Span, verb: Token | None) -> bool:
    """'The chipmaker reported fourth-quarter earnings', 'Analysts had forecast 39 cents a share for
    the quarter': a quarter or half inside what a report or a forecast gives (or its 'for' period) is
    the period the figures cover, not the day the report or the forecast was made; so is the quarter of
    what a warning is of ('warned of a shortfall in its first quarter'). A result told with its own verb
    ('revenue rose in the quarter', 'posted a loss') keeps the quarter."""
    if verb is None or verb.lemma_.lower() not in _PERIOD_REPORTS or not _PART_OF_YEAR.search(span.text):
        return False
    top = ([span.root, *path_to(span, verb)])[-1]
    # 'warned of a shortfall in its first quarter': the parser may hang the quarter on the warning itself
    told_of = ("for", "of", "about", "in") if verb.lemma_.lower() in _OUTLOOK_VERBS else ("for", "of", "about")
    return top.dep_ == "dobj" or top.dep_ == "prep" and top.lower_ in told_of


def _subjectless_content(verb: Token | None, label: str) -> bool:
    """'Whitmore told LA Weekly that after traveling back from Florida walked': what was said, in
    the label, has no subject (the parser lost it), so the label is garbled."""
    if verb is None or not reporting_verb(verb):
        return False
    words = label.split()
    return any(c.dep_ == "ccomp" and c.pos_ == "VERB" and c.text in words and subject_of(c) is None
               and c.tag_ in ("VBD", "VBZ", "VBP") for c in verb.children)


def _quoted_voice(label: str, sent: Span) -> bool:
    """'Lee said my brother was taken', 'We lost the house': a speaker's own words, not a headline.
    'US' (the country) is no 'us', and 'Pope John Paul I' no 'I'."""
    pronoun_i = any(t.text == "I" and t.tag_ == "PRP" and not (t.i > sent.start and t.nbor(-1).tag_ == "NNP")
                    for t in sent)
    words = re.findall(r"[A-Za-z]+", label)
    return any(w.lower() in _QUOTATION_PRONOUNS and (w.islower() or w == words[0] and w != "US" and w != "I")
               or w == "I" and pronoun_i for w in words)


def _present_state(verb: Token | None) -> bool:
    """'Kopp is charged with the killing' (last fall), 'The school has about 1,900 students' (2024),
    'The boy has been the subject of a battle' (November): a present state says what holds now, not
    what happened at a past date. A perfect action ('has led the firm since 1994') and a saying stay,
    and so does a dated act the state follows ('X are champions after beating Y on Sunday')."""
    return _present_clause(verb) == "state" and not _act_before_state(verb)


def _act_before_state(verb: Token | None) -> bool:
    """'after beating France on Sunday': a gerund of 'after' tells a past act, the state its result."""
    return verb is not None and verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "after"


def _present_clause(verb: Token | None) -> str:
    """'state' for a present state (a passive, 'be' or 'have', or 'has been'), 'act' for another
    present-tense verb ('It follows the 2018 establishment'), '' for any other clause."""
    verb = _label_clause(verb)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or reporting_verb(verb):
        return ""
    return _present_kind(verb, [c for c in verb.children if c.dep_ in ("aux", "auxpass")])


def _present_kind(verb: Token, auxes: list[Token]) -> str:
    """The present kind of a clause from its verb group: 'has been' and a present passive or 'be' /
    'have' are states, another present verb an act; '' for a past, modal or perfect action."""
    if any(a.lemma_ == "have" for a in auxes):
        return "state" if verb.lemma_ == "be" else ""
    finite = auxes[0] if auxes else verb
    if finite.tag_ not in ("VBZ", "VBP") or any(a.tag_ == "MD" for a in auxes):
        return ""
    passive = any(a.dep_ == "auxpass" for a in auxes)
    return "state" if passive or verb.lemma_ in ("be", "have") else "act"


def _label_clause(verb: Token | None) -> Token | None:
    """The clause a label is made of: above subjectless verbs ('charged with gunning down a doctor')."""
    for _ in range(4):
        if verb is None or subject_of(verb) is not None or verb.head == verb or _fronted_participle(verb) or \
                verb.dep_ == "acl" and _set_off_participle(verb):
            break
        verb = verb.head
    return verb


def _present_noun_event(verb: Token | None, span: Span, blocked: set[int], referents: Resolver, *,
                        future: bool) -> str:
    """'It follows the 2018 establishment of a working group': a present-tense clause about a past
    date is no happening of that date; the dated noun it names is ('A working group was established')."""
    if verb is None or future or not _present_clause(verb):
        return ""
    noun = _event_noun(span.root) or _named_by_noun(span)
    if noun is None:
        return ""
    return noun_happening(_noun_label(noun, blocked, referents), noun, span, blocked, referents, future=future)


def _yardstick(span: Span, verb: Token | None) -> bool:
    """The date is no happening's: the start of a state ('has been independent since 1901') or a
    comparison point ('to 3.8 percent from 4.1 percent in December', 'higher than a year earlier').
    'has led the firm since 1994' stays: an action's start is a happening."""
    path = []
    t = span.root
    while t.head != t and t != verb:
        t = t.head
        path.append(t)
    if any(_compares(a, span) for a in path) or _since_other(span):
        return True
    prev = span.doc[span.start - 1] if span.start > 0 else None
    since = (prev is not None and prev.lower_ == "since") or any(a.lower_ == "since" for a in path)
    return since and verb is not None and _lasting_state(verb)


def _comparison_point(span: Span) -> bool:
    """'sold the fewest cars since 1959', 'levels not seen since 1959', 'the lowest since 1985': a date
    the clause measures its claim against, not when it happened; another date's label keeps it, as
    'sold the fewest cars' alone says something else."""
    prep = _preposition_before(span)
    return prep is not None and prep.lower_ == "since" and _measured_participle(prep.head) or \
        since_first(span) or _since_other(span)


def _measured_participle(verb: Token) -> bool:
    """'levels not seen since 1959', 'the highest level recorded since 1959': a participle describing a
    noun that is negated or ranked; 'many rallies held since May' tells a series, no yardstick."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and \
        (any(c.dep_ == "neg" for c in verb.children) or _first_time(verb.head))


def _since_other(span: Span) -> bool:
    """'the first emperor to abdicate since Kokaku in 1817', 'its first title since 1990': a date after
    'since' + a noun, or 'since' a date describing a noun, is a first time's yardstick, not the clause's."""
    prep = _preposition_before(span)
    if prep is None:
        return False
    t = span.doc[prep.i - 1]
    if prep.lower_ == "since" and (prep.head.pos_ == "NOUN" or _first_time(t) or _measured_since(prep)):
        return True               # 'its first title since 1990', 'sold the fewest cars since 1959'
    return _since_name(span) is not None


def _preposition_before(span: Span) -> Token | None:
    """The preposition the date is the object of, written right before it and after some word."""
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.i == 0 or prep.i != span.start - 1:
        return None
    return prep


def _since_name(span: Span) -> Token | None:
    """'since Emperor Kokaku in 1817': the name a date right after a 'since' phrase belongs to."""
    prep = _preposition_before(span)
    if prep is None:
        return None
    t = span.doc[prep.i - 1]
    while t.dep_ in _NAME_MODIFIER_DEPS and t.head != t:
        t = t.head
    since = t.dep_ == "pobj" and t.head.lower_ == "since" and t.ent_type_ not in ("DATE", "TIME")
    return t if since else None


def _earlier_time(span: Span, blocked: set[int], referents: Resolver) -> str:
    """'the first emperor to abdicate since Emperor Kokaku in 1817' -> 'Emperor Kokaku abdicated': the
    last time before the first one, the name doing what the first did; '' when that is not clear."""
    name = _since_name(span)
    if name is None or name.pos_ != "PROPN":
        return ""
    did = name.head.head
    past = inflect(did.lemma_, "VBD") if did.pos_ == "VERB" else None
    if past is None:
        return ""
    obj = next((c for c in did.children if c.dep_ == "dobj"), None)
    text = f"{np_text(name, blocked, referents)} {past} {np_text(obj, blocked, referents) if obj is not None else ''}"
    return titled(finish(text), span.sent) if len(text.split()) <= MAX_LABEL_WORDS else ""


def _first_time(noun: Token) -> bool:
    """'its first title', 'the largest crowd': a noun a date after 'since' measures."""
    return noun.pos_ == "NOUN" and any(c.lower_ == "first" or c.tag_ == "JJS" for c in noun.children)


def _measured_since(prep: Token) -> bool:
    """'since' on a noun ('his first win since winning ...') or on a clause with a superlative ('sold the
    fewest cars since 1959', 'fell to the lowest level since'): the date is the last time, a yardstick."""
    head = prep.head
    if head.pos_ in ("NOUN", "PROPN"):
        return True
    if head.dep_ == "relcl" and any(_nth_time(c) for c in head.head.children):
        return True               # 'the third time (a governor has addressed the state since 1950)'
    return _ranked_clause(prep)


def _ranked_clause(prep: Token) -> bool:
    """A superlative, 'first' or an nth time among the words of the clause 'since' hangs on ('sold the
    fewest cars since 1959')."""
    head = prep.head
    # the clause's own words: not another clause hung on it ('the first city where ...: Since June, X has')
    others = [t for c in head.children if c != prep and c.dep_ not in _OTHER_CLAUSE_DEPS for t in c.subtree]
    # 'jumped to 23 percent, the most since June 23': the parser may hang the superlative on 'since' itself
    own = [t for t in prep.subtree if t.i < prep.i]
    return any(_ranked_word(t) for t in others + own)


def _ranked_word(t: Token) -> bool:
    """A superlative, 'first' or an nth time: what makes a 'since' date the last time, a yardstick."""
    return t.tag_ in ("JJS", "RBS") or t.lower_ == "first" or _nth_time(t)


def _nth_time(t: Token) -> bool:
    """'only the third time an emperor has addressed his people since 1945': an ordinal counting the
    times ('the third time') makes the 'since' date the count's starting point, like 'the first since'."""
    return t.ent_type_ == "ORDINAL" and t.head.lemma_.lower() == "time" and t.dep_ == "amod"


_OTHER_CLAUSE_DEPS = ("ccomp", "advcl", "conj", "parataxis", "relcl", "csubj", "xcomp", "nsubj", "nsubjpass")


def _lasting_state(verb: Token) -> bool:
    """'has been independent', 'has been ruled by London': a perfect state or passive, which lasts."""
    return any(c.lemma_ == "have" and c.dep_ == "aux" for c in verb.children) and \
        (verb.lemma_ == "be" or any(c.dep_ == "auxpass" and c.lower_ == "been" for c in verb.children))


def _moved_to(span: Span, verb: Token | None) -> bool:
    """'extended its deadline to April 13', 'postponed the vote until Monday': the date is the new time
    of the thing moved, not the day it was moved. So is the time a happening was put at ('the
    meeting was scheduled for June 3'): the meeting's, not the scheduling's."""
    prep = span.root.head
    if verb is None or span.root.dep_ != "pobj" or prep.head != verb:
        return False
    if prep.lower_ == "for":
        return _scheduled_happening(verb)
    return prep.lower_ in ("to", "until", "till") and any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)


def _scheduled_happening(verb: Token) -> bool:
    """'The meeting was scheduled for', 'Sentencing is set for': a happening put at a time (the label
    'Sentencing is set' would leave its predicate open; 'Sentencing will take place' is whole)."""
    put = any(c.dep_ == "auxpass" and c.tag_ in ("VBD", "VBZ", "VBP") for c in verb.children)
    return verb.lemma_ in _SCHEDULING and put and \
        any(c.dep_ == "nsubjpass" and names_happening(c) for c in verb.children)


_CHANGED_FROM = word_set("measured_change_words")     # 'unchanged from', 'down from': a change measured


def _compares(a: Token, span: Span) -> bool:
    """'than', 'compared with', or 'from' + a figure: the date marks a yardstick."""
    if a.lower_ == "than" or a.lemma_ == "compare":
        return True
    if a.lower_ != "from":
        return False
    if a.head.lower_ in _CHANGED_FROM:
        return True               # 'a tax rate unchanged from last year', 'sales were down from 2015'
    # 'from 4.1 percent in December', 'down $2.5 billion from 1996'
    figure = [*a.subtree, *(() if a.head.pos_ in ("VERB", "AUX") else (a.head, *a.head.children))]
    return any(x.like_num for x in figure if not span.start <= x.i < span.end)


_DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]+(?:,\s+[A-Z][A-Za-z.]+)*\s*[—–-]+\s*")


# 'BELGRADE, Yugoslavia Slobodan Milosevic conceded': a dateline without its dash, glued to the sentence
_CAPS_OPENING = re.compile(r"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*,\s+(?:(?P<region>[A-Z][A-Za-z.]+)\s+(?=[A-Z]))?")


def _datelines(spans: list[Span]) -> set[int]:
    """Tokens of a dateline ("CAPE CANAVERAL, Fla. —") at the start of a sentence."""
    out: set[int] = set()
    for span in spans:
        m = _DATELINE.match(span.text)
        end = m.end() if m else _caps_opening_end(span.text)
        if end:
            out.update(t.i for t in span if t.idx < span.start_char + end)
    return out


def _dateline_dropped(label: str, sent: Span, datelines: set[int]) -> str:
    """'VIENNA, Austria Leaders welcomed ...': a dateline word the label still opens on (the tagger read
    'Austria Leaders' as one name) goes; the label starts on what happened."""
    words = label.split()
    for tok in (t for t in sent if t.i in datelines and not t.is_punct):
        if len(words) > MIN_LABEL_WORDS and words[0] == tok.text:
            words.pop(0)
    return finish(" ".join(words)) if len(words) < len(label.split()) else label


def _caps_opening_end(text: str) -> int:
    """Where a dashless capitals dateline ends: after its place and comma, and after the country or state
    that follows when a name comes next ('VIENNA, Austria Leaders'); 0 when the sentence opens otherwise."""
    m = _CAPS_OPENING.match(text)
    place = key(text.split(",")[0])
    if m is None or len(place) < 3 or place in load().org_alias or place in load().country_by_key:
        return 0        # 'US, Britain and France agreed': a country or a body's initials open the clause
    region = m.group("region")
    known = region is not None and (key(region) in load().country_by_key or key(region) in load().states)
    return m.end() if known else m.start("region") if region else m.end()


# --------------------------------------------------------------------------- which clause
def _event_head(span: Span, clauses: ArticleClauses) -> tuple[Token | None, Token | None]:
    """(verb, None) for a date modifying a clause; (None, noun) for one naming an event."""
    root = span.root
    if generic_weekday(span):
        return None, None          # "the Friday night league": a kind of thing, no day of it
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and _date_of_saying(before, root):
        return before, None        # "said Friday the agency did ...": the date is the saying's
    when_clause = _clause_of_date(span, clauses)
    if when_clause is not None:
        return when_clause, None
    noun = _dated_noun(span)
    if noun is not None and _act_at_dated_object(noun, span):
        return _main_verb(noun.head, clauses), None     # "celebrated the Thursday opening": the celebration
    if noun is not None:
        return None, noun
    return _attached_event(span, clauses)


# 'condemned the Aug. 2 invasion': a reaction follows the happening it names, which keeps the date
_REACTIONS = word_set("reaction_verbs")


def _act_at_dated_object(noun: Token, span: Span) -> bool:
    """'celebrated the Thursday opening': an act on a dated happening with no date of its own is done at
    it; a reaction to it ('condemned the invasion of Aug. 2') comes after, and the date stays the noun's."""
    return _object_of_verb(noun, span.root) and not _dated_apart(noun.head, span) and \
        noun.head.lemma_.lower() not in _REACTIONS


def _clause_of_date(span: Span, clauses: ArticleClauses) -> Token | None:
    """'when X did ...', or 'voted in Thursday's referendum': a clause that is the day's happening."""
    return _when_clause(span, clauses) or act_at_dated_occasion(span.root)


def _marked_happening(root: Token) -> Token | None:
    """'Monday marked the start of a new school year': a day as the subject of 'mark' does nothing; the
    happening is the act its object names with whom it befell ('the start of X' -> 'X started')."""
    head = root.head
    if root.dep_ not in ("nsubj", "npadvmod") or root.i > head.i or head.lemma_ not in _MARKING:
        return None
    obj = next((c for c in head.children if c.dep_ == "dobj"), None)
    return obj if obj is not None and obj.lemma_.lower() in ACTS_OF_SUBJECT else None


def _day_marked(noun: Token) -> bool:
    """The object of a day's 'marked' ('Monday marked the start of ...'): the day's own happening, which
    no other of that day restates."""
    head = noun.head
    return noun.dep_ == "dobj" and head.lemma_ in _MARKING and \
        any(c.dep_ in ("nsubj", "npadvmod") and c.ent_type_ == "DATE" and c.i < head.i for c in head.children)


def _date_of_saying(before: Token, root: Token) -> bool:
    """A date right after a reporting verb, in a role that makes it the saying's ('said Friday')."""
    return reporting_verb(before) and root.dep_ in ("npadvmod", "advmod", "nsubj", "ccomp")


def _dated_apart(verb: Token, span: Span) -> bool:
    """'On Friday, X welcomed the December 26 ruling': the verb's clause has a date of its own, so the
    date in its object is the object's happening, not the verb's."""
    return any(_date_phrase(c) and not span.start <= c.i < span.end for c in verb.children)


def _date_phrase(c: Token) -> bool:
    """'on Friday', 'Friday': a phrase on a verb that is only a date."""
    if c.dep_ == "npadvmod":
        return c.ent_type_ == "DATE"
    return c.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in c.children)


def _object_of_verb(noun: Token, root: Token) -> bool:
    """An event noun the date names that is a verb's object ('celebrated the Thursday opening'),
    the date not being its possessive. A participle describing a thing ('a resolution condemning the
    Oct. 7 attack') is no happening of that day: the date stays the noun's."""
    return noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and root.dep_ != "poss" and noun.head.dep_ != "acl"


def _attached_event(span: Span, clauses: ArticleClauses) -> tuple[Token | None, Token | None]:
    """With no event noun: the clause the date is attached to (verb, None), else the noun it
    modifies (None, noun) or nothing."""
    root = span.root
    marked = _marked_happening(root)
    if marked is not None:
        return None, marked
    relative = _inside_relative(span)
    if relative is not None:
        return relative, None
    if _in_sequence_phrase(span):
        return None, None
    verb = _period_clause(clauses.attached(span))
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None, (root.head if root.head.pos_ == "NOUN" else None)
    if _lost_relative(verb, clauses):
        return None, None
    verb = _content_of_split_date(verb, span) or verb
    verb = _twice_dated_participle(verb, span) or _passive_beside_copula(verb, span) or verb
    if _buried_participle(verb) is not None or _participle_beside(verb, span) is not None:
        return verb, None           # "concern over crowds gathering in parks over the weekend": the gathering's day
    main = _main_verb(_onset_head(verb), clauses)
    return _interrupting_when(main) or main, None


def _content_of_split_date(verb: Token, span: Span) -> Token | None:
    """'X reported the fire about 3:50 a.m. Wednesday, the chief said': the parser may hang the clock time on
    the reported clause and the day on the saying after it; the whole date is the reported clause's."""
    if not reporting_verb(verb) or verb.i < span.end:
        return None
    heads = {t.head for t in span if not span.start <= t.head.i < span.end}
    return next((h for h in heads if h.dep_ == "ccomp" and h.head == verb and h.i < span.start), None)


def _inside_relative(span: Span) -> Token | None:
    """'Bennett, who recorded the song with her last March, issued a statement': the parser may hang a
    date written inside a relative clause on the clause's noun, and the date then went to the main verb
    (judged: 'In which month did Bennett issue a statement?' keyed with the recording's month). A date
    after the relative verb and before the comma that closes the clause is the relative clause's."""
    tok = span.root
    for _ in range(6):
        head = tok.head
        if head.i == tok.i or head.pos_ in ("VERB", "AUX"):
            return None
        relative = next((c for c in head.children if c.dep_ == "relcl" and head.i < c.i < span.start), None)
        if relative is not None:
            return relative if _before_relative_closes(relative, span) else None
        tok = head
    return None


def _before_relative_closes(relative: Token, span: Span) -> bool:
    """No comma or dash between the relative verb and the date, and one right after the date: the date
    stands inside the comma-closed clause, not after it."""
    doc = span.doc
    between = doc[relative.i + 1:span.start]
    closed = span.end < len(doc) and doc[span.end].text in (",", "—", "--")
    return closed and not any(t.text in (",", ";", "—", "--", "(", ")") for t in between)


def _twice_dated_participle(verb: Token, span: Span) -> Token | None:
    """'broke the record set last year by Kim on Sunday': a reduced relative already dated by its own
    words keeps that date; a second one after it is the main clause's (the parser hung both on 'set')."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or noun.head.pos_ not in ("VERB", "AUX") or \
            noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    phrase = {t.i for t in span.root.head.subtree}      # 'in the Dec. 21, 1988, bombing': one date, not two
    own = [t for t in verb.subtree if t.i < span.start and t.i not in phrase and t.ent_type_ in ("DATE", "TIME")]
    return noun.head if own else None


def _passive_beside_copula(verb: Token, span: Span) -> Token | None:
    """'were second best as they were beaten 1-0 by the visitors on Sunday': the parser hung the passive's
    'by' phrase and the date after it on the 'be' of the state; a 'by' agent after a passive clause is that
    clause's, and so is the date after both: the passive is the happening."""
    if verb.lemma_ != "be":
        return None
    passive = next((c for c in reversed(list(verb.children)) if _passive_clause_before(c, span)), None)
    if passive is None:
        return None
    agent = any(c.dep_ == "prep" and c.lower_ == "by" and passive.i < c.i < span.start for c in verb.children)
    return passive if agent else None


def _passive_clause_before(c: Token, span: Span) -> bool:
    """A passive adverbial clause ('as they were beaten') set before the date."""
    return c.dep_ == "advcl" and c.i < span.start and any(a.dep_ == "auxpass" for a in c.children)


def _onset_head(verb: Token) -> Token:
    """'will receive Medicaid benefits starting January 1': a participle that holds nothing but the date
    only says when the clause it hangs on takes effect; that clause is the happening."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.lemma_ not in _ONSET or verb.dep_ not in ("advcl", "xcomp", "acl") or \
            head.pos_ not in ("VERB", "AUX"):
        return verb
    dated = all(t.ent_type_ in ("DATE", "TIME") or t.is_punct for c in verb.children for t in c.subtree)
    return head if dated else verb


def _interrupting_when(verb: Token) -> Token | None:
    """'X was heating soup in his kitchen last fall when he was gunned down': a past progressive only
    sets the scene; the when-clause that breaks into it is the happening. None otherwise."""
    if verb.tag_ != "VBG" or not any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and _past_when(c)), None)


def _past_when(clause: Token) -> bool:
    """A past when-clause: 'when he was gunned down', 'when she saw the fire'."""
    return clause.tag_ in ("VBD", "VBN") and any(m.dep_ == "advmod" and m.lower_ == "when" for m in clause.children)


def _period_clause(verb: Token | None) -> Token | None:
    """'For the six months ended Aug. 12, X posted ...', 'profit ... in the year ended March 31': the
    participle only says where an accounting period stops; the happening is the clause the period
    phrase belongs to."""
    if verb is None or not period_end(verb) or verb.head.dep_ != "pobj":
        return verb
    higher = verb.head.head.head               # the preposition's head: 'posted', 'had'
    return higher if higher.pos_ in ("VERB", "AUX") else verb


def _when_clause(span: Span, clauses: ArticleClauses) -> Token | None:
    """'1850, when the brothers went into business': the when-clause is the happening,
    unless it only describes a state ("since 2015, when the club was bottom")."""
    for child in span.root.children:
        if child.dep_ == "relcl" and child.pos_ == "VERB" and child.lemma_ != "be" and \
                any(_when_word(g) for g in child.children) and _main_is_state(span, clauses):
            return child
    return _when_after_noun_date(span)


def _when_after_noun_date(span: Span) -> Token | None:
    """'a campaign poster from 1989 when Solidarity won': a date describing a thing, followed by
    its when-clause (the parser hung it on the thing); the when-clause is the happening."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is None or after.lower_ != "when" or after.head.dep_ != "relcl" or after.head.lemma_ == "be":
        return None
    on_noun = span.root.dep_ == "pobj" and span.root.head.head.pos_ in ("NOUN", "PROPN")
    return after.head if on_noun and after.head.pos_ == "VERB" else None


def _when_word(tok: Token) -> bool:
    """'when', or 'in which' / 'during which': a relative clause that says what happened on the date."""
    return tok.lower_ == "when" or (tok.dep_ == "prep" and any(c.lower_ == "which" for c in tok.children))


def _event_noun(root: Token) -> Token | None:
    """The noun a date names an event with ("the 2008 crisis", "Tuesday's launch"), or None."""
    if root.dep_ in ("nummod", "compound", "amod", "nmod") and root.head.pos_ == "NOUN":
        noun = _compound_head(root.head)    # "the 2008 crisis", "a 2011 interview", "the 1998 shooting death"
        if noun.lower_ in _TIME_NOUNS:
            return None                # "over the Thanksgiving holiday weekend": a time, its clause the event
        if noun.tag_ == "NNS":
            return None                # "fell to 2000 levels": a yardstick, not an event
        if not _sets_scene(noun) or _named_happening(noun):
            return noun                # an event named by the noun, unless it only sets the scene
    if root.dep_ == "poss" and root.head.pos_ == "NOUN":
        return root.head                                    # "Tuesday's launch"
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN" \
            and root.head.head.ent_type_ not in ("DATE", "TIME"):
        return root.head.head                               # "the attacks of Sept. 11, 2001"
    return _happening_ago(root)


def _dated_noun(span: Span) -> Token | None:
    """The happening noun a date names, by the parse (_event_noun) or by its place (_qualified_happening)."""
    return _event_noun(span.root) or _qualified_happening(span)


def _qualified_happening(span: Span) -> Token | None:
    """'after the September 11, 2001 attacks', 'since the Nov. 13 bombings': a date between 'the' and a
    happening noun in a preposition's phrase names that happening, not the clause above (the parser hangs
    such a noun on the date as an apposition, and _event_noun leaves plural nouns to their clause)."""
    doc, root = span.doc, span.root
    if not 0 < span.start < span.end < len(doc) or doc[span.start - 1].dep_ != "det" or \
            not _happening_word(doc[span.end]):
        return None
    noun = doc[span.end]
    # 'voted in the 2008 elections' keeps its clause: the happening sets its scene (_sets_scene)
    named = root.head == noun and noun.dep_ == "pobj" and not _sets_scene(noun)
    return noun if named or root.dep_ == "pobj" and (_apposed_to_date(noun) or _hung_beside(noun, root)) else None


_BESIDE_DEPS = ("attr", "dobj", "npadvmod", "appos")


def _hung_beside(noun: Token, date_root: Token) -> bool:
    """'became an ally after the September 11, 2001 attacks on X': the parser may hang the happening
    noun on the clause beside the date's preposition, as if a second complement of the verb."""
    prep = date_root.head
    return prep.dep_ == "prep" and noun.head == prep.head and noun.dep_ in _BESIDE_DEPS


def _happening_word(noun: Token) -> bool:
    """A common noun of a happening ('attacks', 'riot'), not a time ('weekend')."""
    return noun.pos_ == "NOUN" and noun.lower_ not in _TIME_NOUNS and names_happening(noun)


def _sets_scene(noun: Token) -> bool:
    """'voted in the 2008 election', 'a drop in third-quarter profit': the dated noun is the time or
    place of its clause; but a happening in a phrase of a noun before it ('interference in the 2016
    election') is dated itself, not the clause."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "during", "at", "on"):
        return False
    return prep.head.pos_ in ("VERB", "AUX") or not names_happening(noun)


def _happening_ago(root: Token) -> Token | None:
    """'after the collapse of communism 10 years ago': a happening noun the date follows."""
    on_noun = root.dep_ in ("advmod", "npadvmod") and root.head.pos_ == "NOUN"
    if root.dep_ == "npadvmod" and _scene_of_verb(root.head):
        return None
    return root.head if on_noun and names_happening(root.head) else None


def _scene_of_verb(noun: Token) -> bool:
    """'beat Mali 3-2 in a Group B match last night', 'was admitted into isolation Sunday': a day the
    parser hung on the noun a verb's act took place in; the day is the act's (the noun names no
    happening of its own, as 'the bombing of the airliner' would)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _SCENE_PREPS or _named_happening(noun):
        return False
    if prep.head.pos_ == "NOUN" and prep.head.dep_ == "pobj" and prep.head.head.lower_ in _SCENE_PREPS:
        return _scene_of_verb(prep.head)     # 'In a 5-2 vote at its meeting Tuesday night, the board ...'
    # ('said in a statement Tuesday' stays the statement's: a saying alone is no happening to print)
    return prep.head.pos_ in ("VERB", "AUX") and not reporting_verb(prep.head)


def _compound_head(noun: Token) -> Token:
    """'the October 1998 shooting death of ...': the noun a compound noun modifies (the death)."""
    while noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
        noun = noun.head
    return noun


def _named_happening(noun: Token) -> bool:
    """'charged two men in the 1988 bombing of the airliner': a past happening named with its object,
    which the verb's act is about, not a scene it took place in ('said in a 2011 interview')."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and \
        any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children) and names_happening(noun)


def _named_by_noun(span: Span) -> Token | None:
    """The noun a date's preposition hangs from ('the crash ... on 25 July 2000'), or None."""
    prep = span.root.head
    if span.root.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ == "NOUN" and \
            prep.head.ent_type_ not in ("DATE", "TIME"):
        return prep.head
    return None


def _main_verb(verb: Token, clauses: ArticleClauses) -> Token:
    """The verb of the happening, above participles that only describe a noun and above xcomps."""
    # A participle that only describes a noun: "a speech opening Parliament on Feb. 2, X lifted..."
    while _modifier_verb(verb):
        # "a speech opening Parliament on Feb. 2", "a scholarship to study ... in 1949"
        higher = clauses.attached(verb.doc[verb.i:verb.i + 1])
        if higher is None or higher == verb or higher.pos_ not in ("VERB", "AUX"):
            break
        verb = higher
    while _taken_by_head(verb):
        verb = verb.head                                    # "agreed to lend", "is expected to fly", "held off ordering"
        if verb.pos_ == "ADJ" and verb.dep_ == "acomp":     # "is due to arrive"
            verb = verb.head
    return verb


def _taken_by_head(verb: Token) -> bool:
    """An xcomp or a gerund object: what its head verb does, so the head's clause is the happening."""
    return (verb.dep_ == "xcomp" or gerund_object(verb)) and verb.head.pos_ in ("VERB", "AUX", "ADJ") and verb.head != verb


def _main_is_state(span: Span, clauses: ArticleClauses) -> bool:
    """'It was the club's first final since 1983, when...' (a state), not 'sat the exam on Nov. 16, when...'."""
    main = clauses.attached(span)
    return main is None or main.lemma_ in _STATIVE or main.tag_ in ("VBZ", "VBP") or clauses.frame(main).negated


def _describing(verb: Token, own_subject: bool) -> bool:
    """A verb hung on a noun; a relative clause with a subject of its own ('stormed it Friday, where gunmen
    had been holding pupils since Wednesday') is a clause of its own, not a description."""
    return verb.dep_ in ("acl", "amod") or verb.dep_ == "relcl" and not own_subject


def _modifier_verb(verb: Token) -> bool:
    """A participle or infinitive that only describes something of a higher clause."""
    infinitive = verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if verb.dep_ == "relcl" and verb.head.pos_ == "ADJ" and verb.head.lower_ in _AMOUNT_HEADS:
        return True         # 'picked through the little that was left (Sunday)': not 'The little was left'
    if _describing(verb, own_subject):
        # "crossed the line of 50 votes needed to pass late on Friday": the crossing's date
        needed = verb.tag_ == "VBN" and verb.lemma_.lower() in _REQUIREMENT
        # 'faces a final vote set for June 10': the day the object is put at is the facing clause's too
        needed = needed or scheduling_participle(verb) and verb.head.dep_ == "dobj"
        return verb.tag_ == "VBG" or infinitive or needed or period_end(verb)
    return verb.dep_ == "advcl" and infinitive and not own_subject    # "won a scholarship to study"


# --------------------------------------------------------------------------- labels
def _label(verb: Token | None, noun: Token | None, blocked: set[int], referents: Resolver,
           clauses: ArticleClauses) -> str:
    if verb is None:
        return _noun_label(noun, blocked, referents) if noun is not None else ""
    if _reduced_passive(verb):
        passive = _reduced_passive_label(verb, blocked, referents)
        if passive:
            return passive
    if (postposed := _postposed_participle(verb)) is not None:
        return _participle_label(verb, postposed, blocked, referents)
    if _fronted_participle(verb):
        return _participle_label(verb, clauses.frame(verb.head).subject, blocked, referents)
    if (buried := _buried_participle(verb) or _participle_beside(verb)) is not None:
        return _buried_participle_label(verb, buried, blocked, referents)
    gerund = _gerund_happening(verb, blocked, referents, clauses)
    if gerund is not None:
        return gerund
    for _ in range(3):
        # a finite verb with no subject is usually a misparse ("26 trillion won"): use the clause above
        if clauses.frame(verb).subject is not None or verb.dep_ == "ROOT" or verb.tag_ in ("VBG", "VB") or \
                verb.head.pos_ not in ("VERB", "AUX"):
            break
        verb = verb.head
    return _checked_label(_happening_told(verb, clauses), blocked, referents, clauses)


def _happening_told(verb: Token, clauses: ArticleClauses) -> Token:
    """The happening reported, not the reporting frame; but a past state told of another happening's
    time ('the defense admitted last week that X was present when Y was shot') holds at that time, not
    the date's: the date's happening is the telling."""
    content = reported_content(verb, clauses)
    if content is None or content.lemma_ == "be" and content.tag_ == "VBD" and _when_timed(content):
        return verb
    if _TIME_UNKNOWN.search(verb.sent.text):
        return verb         # 'said Thursday hackers broke in, but did not know when': the day is the telling's
    return content


# 'did not know when the breach took place', 'the date of the attack is unknown': the sentence denies a time
_TIME_UNKNOWN = re.compile(pattern("time_unknown"), re.I)


def _when_timed(verb: Token) -> bool:
    """A clause with a when-clause of its own ('was present when Lloyd was shot')."""
    return any(c.dep_ == "advcl" and any(t.lower_ == "when" and t.tag_ == "WRB" for t in c.subtree)
               for c in verb.children)


def _reduced_passive(verb: Token) -> bool:
    """'the treaty, signed ...', 'The incident, confirmed Tuesday, is ...': a participle on a noun ('born'
    is never a past tense, even with a birth name after it the tagger takes for an object)."""
    return verb.dep_ == "acl" and (verb.tag_ == "VBN" or verb.lower_ == "born" or _set_off_participle(verb))


def _set_off_participle(verb: Token) -> bool:
    """'The incident, confirmed Tuesday, is ...': a past form between commas right after its noun, with
    no subject of its own, is a reduced passive the tagger took for a past tense."""
    doc = verb.doc
    end = verb.right_edge.i + 1
    # the noun, a comma, the participle's words, a comma: not '..., which is part of X, coincided with'
    set_off = verb.head.i == verb.i - 2 and doc[verb.i - 1].text == "," and end < len(doc) and doc[end].text == ","
    return verb.tag_ == "VBD" and set_off and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in verb.children)


def _lost_relative(verb: Token, clauses: ArticleClauses) -> bool:
    """'was named CEO of the company Smith founded 35 years ago': a past verb the parser made a
    predicate of the clause above ('oprd') or an apposition, its subject lost, is a relative clause
    without 'that'; its date is its own, not the clause above's."""
    return verb.tag_ == "VBD" and verb.dep_ in ("oprd", "appos") and clauses.frame(verb).subject is None


def _gerund_of_sequence(verb: Token) -> Token | None:
    """'acquired 6% before reducing its stake in early September': a gerund after 'before'/'after' is a
    happening of its own, done by the main clause's subject; its date is not the main clause's.
    The main clause's verb, or None."""
    if _perfect_participle(verb):
        return verb.head          # 'earned $1 million, having won the Open in 2016': the winning's date
    gerund = verb.head if verb.dep_ == "conj" and verb.head.tag_ == "VBG" else verb
    if verb.tag_ != "VBG" or gerund.dep_ != "pcomp" or gerund.head.lower_ not in ("before", "after", "since"):
        return None
    main = gerund.head.head
    if main.pos_ == "NOUN" and main.dep_ in ("dobj", "appos", "attr", "npadvmod"):
        main = main.head          # 'earned $1 million, his first win since winning the Open in 2016'
    return main if main.pos_ in ("VERB", "AUX") else None


def _perfect_participle(verb: Token) -> bool:
    """'having won the Open in 2016': a perfect participle hung on a main verb, done before it."""
    return verb.tag_ == "VBN" and verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX") and \
        any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)


def _gerund_happening(verb: Token, blocked: set[int], referents: Resolver, clauses: ArticleClauses) -> str | None:
    """The label of a dated gerund after 'before'/'after' ('' after 'for'); None for any other verb."""
    main = _gerund_of_sequence(verb)
    if main is not None:
        return _gerund_label(verb, main, blocked, referents, clauses)
    return "" if _reason_gerund(verb) else None


def _reason_gerund(verb: Token) -> bool:
    """'attacked him for failing to enforce a court order in 1992': the date is the failing's, whose
    doer is the object, not the attack's; no clause of the sentence is that date's happening."""
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "for" and \
        verb.head.head.pos_ in ("VERB", "AUX")


def _told_ahead(verb: Token, main: Token, clauses: ArticleClauses) -> bool:
    """'will undergo changes before launching': the gerund shares the main clause's future; 'will race
    again, having stood on the podium on Sunday' does not: a perfect participle is done before it."""
    will = any(c.dep_ == "aux" and c.tag_ == "MD" for c in main.children) and clauses.future(main)
    return will and not _perfect_participle(verb)


def _gerund_label(verb: Token, main: Token, blocked: set[int], referents: Resolver, clauses: ArticleClauses) -> str:
    """'Thermo Electron reduced its stake': the gerund in the main clause's tense ('will undergo changes
    before launching' -> 'will launch'), with the main clause's subject."""
    subj = clauses.frame(main).subject
    subject = subject_phrase(main, subj, blocked, referents) if subj is not None else ""
    past = f"will {verb.lemma_}" if _told_ahead(verb, main, clauses) else inflect(verb.lemma_, "VBD")
    words = clause_text(verb, blocked, referents, subject=False).split()
    if words and words[0].lower() == "having":
        words = words[1:]
    if not subject or past is None or not words or words[0].lower() != verb.lower_:
        return ""
    return finish(" ".join([subject, past, *words[1:]]))


def _reduced_passive_label(verb: Token, blocked: set[int], referents: Resolver) -> str:
    """'Banks in the countries that share the euro reopened': the model read the verb as describing
    "euro", the object inside a relative clause; the sentence's opening noun phrase is the likelier
    subject. Otherwise it is a reduced passive ("the treaty, signed")."""
    inside_clause = any(a.dep_ == "relcl" for a in verb.head.ancestors) and \
        not any(c.dep_ == "agent" for c in verb.children)
    subject = _opening_subject(verb, blocked, referents) if inside_clause else ""
    if subject:
        return finish(f"{subject} {clause_text(verb, blocked, referents, subject=False)}")
    head = _by_owner_text(verb, blocked, referents) or _named_by_copula(verb.head, blocked, referents) or \
        np_text(verb.head, blocked, referents)
    be = "" if _verbless_sentence_past(verb) else "was "
    if head:
        return finish(f"{head} {be}{clause_text(verb, blocked, referents, subject=False)}")
    return ""


def _verbless_sentence_past(verb: Token) -> bool:
    """'One of the deadliest tornadoes in history roared through X': the parser made the sentence's only
    verb, a past tense spelled like its participle, describe the noun it put at the root; it is the main
    verb, and 'was roared' garbles it."""
    root = verb.sent.root
    return verb.head == root and root.pos_ not in ("VERB", "AUX") and verb.lower_ == inflect(verb.lemma_, "VBD") \
        and not any(c.dep_ in ("agent", "auxpass", "nsubj", "nsubjpass") for c in verb.children)


def _named_by_copula(noun: Token, blocked: set[int], referents: Resolver) -> str:
    """'The incident, confirmed Tuesday, is the first reported case of Ebola in the U.S.': a bare noun
    that points back ('the incident') is named by what its clause says it is, which the reader can
    place; '' otherwise."""
    attr = _copula_attribute(noun)
    if attr is None:
        return ""
    text = np_text(attr, blocked, referents)
    return text if len(text.split()) <= MAX_LABEL_WORDS - 2 else ""     # room for "was" and the act


def _copula_attribute(noun: Token) -> Token | None:
    """What a bare 'the incident' subject is said to be, when that has a phrase of its own ('the first
    case of Ebola'); 'is a blow', 'is the largest' are no more than an opinion of it."""
    be = noun.head
    if noun.dep_ != "nsubj" or be.lemma_ != "be" or not _bare_the(noun):
        return None
    attr = next((c for c in be.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    return attr if attr is not None and any(c.dep_ == "prep" for c in attr.children) else None


def _bare_the(noun: Token) -> bool:
    """'the incident': 'the' and the noun, a participle set off after it, nothing else."""
    left = [c for c in noun.children if c.i < noun.i]
    return len(left) == 1 and left[0].lower_ == "the" and not noun.ent_type_


def _by_owner_text(verb: Token, blocked: set[int], referents: Resolver) -> str:
    """'a survey by Kyodo News conducted in May': the participle describes the noun the by-phrase
    belongs to (the survey was conducted), not the maker named in it; '' otherwise."""
    maker = verb.head
    by = maker.head
    if maker.dep_ != "pobj" or by.lower_ != "by" or by.head.pos_ != "NOUN" or by.head.ent_type_ in ("DATE", "TIME"):
        return ""
    thing = np_text(by.head, blocked | {t.i for t in by.subtree}, referents)
    named = np_text(maker, blocked | {t.i for t in verb.subtree}, referents)
    return f"{thing} by {named}" if thing and named else ""


def _fronted_participle(verb: Token) -> bool:
    """'Rescued on Nov. 25 by fishermen, the boy has become ...': a past participle opening the
    sentence, with no subject or auxiliary of its own, says what happened to the main clause's subject."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i < verb.head.i and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children)


def _postposed_participle(verb: Token) -> Token | None:
    """'appeal the decision, announced Wednesday by the commissioner, that ...': a past participle
    set off by a comma or dash right after a noun describes that noun (the parser hung it on the verb);
    the noun, or None."""
    doc = verb.doc
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or verb.i < 2 or doc[verb.i - 1].text not in _SETTING_OFF or \
            any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
        return None
    noun = doc[verb.i - 2]
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.ent_type_ not in ("DATE", "TIME") else None


def _participle_beside(verb: Token, span: Span | None = None) -> Token | None:
    """'Workers at the plant - damaged in the 2011 tsunami - have been evacuated': a past participle set
    off by a dash or comma right after a noun, with the date in it, tells what befell that noun then,
    not the main clause's happening (judged: the evacuation was dated 2011); the noun, or None."""
    if verb.dep_ not in ("acl", "amod") or verb.tag_ != "VBN" or not _set_off_both_sides(verb):
        return None
    if span is not None and not verb.i < span.start <= verb.right_edge.i:
        return None
    # the noun right before the dash, wherever the parser hung the participle in its phrase
    noun = verb.doc[verb.i - 2]
    if noun != verb.head and verb.head not in noun.ancestors:
        return None
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.ent_type_ not in ("DATE", "TIME") else None


def _set_off_both_sides(verb: Token) -> bool:
    """The participle's phrase stands between two dashes or commas, right after the word before it."""
    doc, end = verb.doc, verb.right_edge.i + 1
    return verb.i >= 2 and end < len(doc) and doc[verb.i - 1].text in _SETTING_OFF and doc[end].text in _SETTING_OFF


_SETTING_OFF = frozenset({",", "-", "–", "—"})


def _buried_participle(verb: Token) -> Token | None:
    """'came amid anger over crowds of fans gathering outside over the weekend': an -ing participle
    describing a noun inside another noun's prepositional phrase tells a happening of its own, not
    the main clause's; the whole noun phrase it describes ('crowds of fans'), or None."""
    if not _told_participle(verb):
        return None
    noun = verb.head
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head               # "large numbers of people" -> "numbers"
    buried = noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN"
    return noun if buried and _marked_noun(noun) else None


def _marked_noun(noun: Token) -> bool:
    """A common noun with a determiner or modifier: some who did a thing, where a bare plural is a
    kind of people ('cuts for pupils leaving school')."""
    return noun.pos_ == "NOUN" and any(c.dep_ in ("det", "amod", "nummod", "poss") for c in noun.children)


def _told_participle(verb: Token) -> bool:
    """A subjectless -ing participle describing a noun, with a place or object besides the date: a
    happening told ('gathering outside'), not a kind of thing ('options backdating in the 2000s')."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    return sum(c.dep_ in ("prep", "advmod", "npadvmod", "dobj") for c in verb.children) >= 2


def _buried_participle_label(verb: Token, noun: Token, blocked: set[int], referents: Resolver) -> str:
    """The buried participle's happening as a clause of the noun it describes (`_buried_participle`:
    'Crowds of fans were gathering outside'); '' when either part is missing."""
    subject = np_text(noun, blocked | {t.i for t in verb.subtree}, referents)
    return _as_passive_clause(subject, noun, verb, blocked, referents)


def _participle_label(verb: Token, subj: Token | None, blocked: set[int], referents: Resolver) -> str:
    """The happening of a participle as a passive clause of the noun it describes ('The boy was
    rescued by fishermen'), not the main clause's ('has become the subject of a custody battle');
    '' without that noun."""
    subject = subject_phrase(subj.head, subj, blocked, referents) if subj is not None else ""
    if not subject or subj.pos_ == "PRON" and subject == subj.text:
        return ""
    return _as_passive_clause(subject, subj, verb, blocked, referents)


def _as_passive_clause(subject: str, noun: Token, verb: Token, blocked: set[int], referents: Resolver) -> str:
    """The participle's words told of the subject with a past 'be' ('The boy' + 'rescued by fishermen'
    -> 'The boy was rescued by fishermen'); '' without a subject or words."""
    words = clause_text(verb, blocked, referents, subject=False)
    if not subject or not words:
        return ""
    words = words[0].lower() + words[1:] if words.split()[0] == verb.text else words
    return finish(f"{subject} {past_be(noun)} {words}")


def _checked_label(verb: Token, blocked: set[int], referents: Resolver, clauses: ArticleClauses) -> str:
    """The clause's label if it is a headline; a subjectless participle gives way to the clause it
    hangs from ('retired following the completion ... last month', 'undergo changes before launching')."""
    for _ in range(3):
        text = finish(clause_text(verb, blocked, referents, subject=True))
        problem = clause_problem(verb, text, clauses)
        if problem is None:
            return "" if _free_relative(verb) else text
        if problem != "no subject":
            return ""
        higher = verb.head
        while higher.pos_ not in ("VERB", "AUX") and higher.head != higher:
            higher = higher.head
        if higher == verb or higher.pos_ not in ("VERB", "AUX"):
            break
        verb = higher
    # a finite past verb whose subject the parser lost still names the happening
    return text if verb.tag_ == "VBD" else ""


def _free_relative(verb: Token) -> bool:
    """'stared at what was left of his home on Friday': 'what was left of his home' names a thing, it
    tells no happening ('What was left of his home' is no clause to print)."""
    return verb.dep_ == "pcomp" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "what" for c in verb.children)


def _opening_subject(verb: Token, blocked: set[int], referents: Resolver) -> str:
    """The first noun of the verb's sentence, when it comes before the verb and is plural or a name."""
    doc = verb.doc
    i = verb.i
    while i > 0 and not doc[i].is_sent_start:
        i -= 1
    for tok in doc[i:verb.i]:
        if tok.i in blocked or tok.is_punct or tok.is_space:
            continue
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "compound":
            return np_text(tok, blocked, referents) if tok.tag_ in ("NNS", "NNPS", "NNP") else ""
        if tok.pos_ not in ("DET", "ADJ", "NUM", "PROPN", "NOUN"):
            return ""
    return ""


def _noun_label(noun: Token, blocked: set[int], referents: Resolver) -> str:
    if _date_fronted(noun, blocked):
        return _apposed_label(noun, blocked, referents)
    own_date = {t.i for t in noun.subtree if t.head == noun and (t.lower_ == "of" or
                                                                  t.dep_ in ("nummod", "compound", "amod"))}
    if own_date:       # "the attacks of Sept. 11, 2001": the date is part of the event's name
        blocked = blocked - {x.i for o in own_date for x in noun.doc[o].subtree}
    text = np_text(noun, blocked, referents)
    return finish(text) if len(text.split()) >= MIN_LABEL_WORDS else ""    # not "2000 levels"



def _date_fronted(noun: Token, blocked: set[int]) -> bool:
    """'the Jan. 6, 2021 riot': a happening noun after its date, however the parser split the two."""
    return _apposed_to_date(noun) or _split_date_before(noun, blocked)


def _split_date_before(noun: Token, blocked: set[int]) -> bool:
    """'the September 11, 2001 attacks' parsed with '2001' on the noun and the rest on the preposition
    before it (_hung_beside): the date's last word is the noun's, its first words are not."""
    first = noun.left_edge
    return noun.dep_ in _BESIDE_DEPS and first.i in blocked and first.i > 0 and first.i - 1 in blocked and \
        noun.doc[first.i - 1] not in set(noun.subtree)


def _apposed_label(noun: Token, blocked: set[int], referents: Resolver) -> str:
    """"the September 11, 2001 attacks on X" -> "The attacks on X": the parser made the date the phrase's head;
    the date goes from the label as from every label (in it, a question on the day would print its answer)."""
    text = np_text(noun, blocked | set(range(noun.head.left_edge.i, noun.i)), referents)
    return finish(f"the {text}") if len(text.split()) >= MIN_LABEL_WORDS else ""


def _apposed_to_date(noun: Token) -> bool:
    """'the Jan. 6, 2021 riot': a happening noun the parser hung on the month before it as an apposition."""
    head = noun.head
    return noun.dep_ == "appos" and head.i < noun.i and head.lower_.rstrip(".") in MONTHS and \
        head.left_edge.dep_ == "det"



def _entities(label: str, names: set[str]) -> frozenset[str]:
    low = label.lower()
    found = {n for n in names if re.search(rf"\b{re.escape(n)}\b", low)}
    for piece in re.findall(r"[A-Z][a-z]+", label):   # "China-Russia relations" -> china, russia
        if piece.lower() in names:
            found.add(piece.lower())
    return frozenset(found)


# --------------------------------------------------------------------------- merging
def _merge(cands: list[_Candidate], spans: list[Span]) -> list[_Candidate]:
    """One event per happening: dates of one clause, or references to an event already dated."""
    out: list[_Candidate] = []
    for c in cands:
        twin = next((o for o in out if _same_happening(o, c)), None)
        if twin is None:
            out.append(c)
            continue
        out[out.index(twin)] = _only_printable(twin, c, spans) or _told_placed(twin, c, spans) or _kept(twin, c)
    # a noun reference ("Tuesday's launch") never stands alone beside an event of its date
    return [c for c in out if not _restated(c, out)]


def _only_printable(a: _Candidate, b: _Candidate, spans: list[Span]) -> _Candidate | None:
    """Of one happening told in two sentences at one date, the telling whose label a timeline can print
    (label_choice.printable_label) when the other's cannot ('X and Y signaled their' cut to length): else
    _fitted drops the twin kept and the happening is lost; None when both or neither can be printed."""
    if a.sentence_id == b.sentence_id or (a.time.date, a.time.precision) != (b.time.date, b.time.precision):
        return None
    fit_a, fit_b = (bool(printable_label(c.label, spans[c.sentence_id])) for c in (a, b))
    return a if fit_a and not fit_b else b if fit_b and not fit_a else None


# a telling dated a few days after the act it tells: the news of it, not a later act of its own
_TOLD_WITHIN_DAYS = 3
# scores closer than this are noise of the scorer, not a better label (it is trained on labels alone)
_CLEARLY_BETTER = 0.05


def _well_worded(cands: list[_Candidate]) -> list[_Candidate]:
    """The events without those whose label the learned scorer rates so low that, cross-validated on
    judged labels, at least 85% of such labels were judged bad (a fragment, a bare 'the N was')."""
    low = drop_threshold()
    return [c for c in cands if label_quality(c.label) >= low]


def _placed(cands: list[_Candidate], spans: list[Span]) -> list[_Candidate]:
    """The events without those whose label says nothing placed beside another event of its date, or
    leans on an unseen sentence where another event tells the same act placed."""
    return [c for c in cands if not _unplaced_beside(c, cands, spans) and not _told_placed_beside(c, cands, spans)]


def _told_placed_beside(c: _Candidate, out: list[_Candidate], spans: list[Span]) -> bool:
    """'Kerr cancelled the talks' beside 'Kerr cancelled a meeting with the Sudra envoys' at its date: the
    same actor's same act, told once with a thing the reader can place and once with 'the talks' of a
    sentence unseen (the words differ, so the two were not merged); the placed telling stays."""
    actor = _actor(c.verb)
    if actor is None or unplaced_reference(c.label, spans[c.sentence_id]) is None:
        return False
    return any(o is not c and _actor(o.verb) == actor and o.verb.lemma_ == c.verb.lemma_
               and o.time.date == c.time.date and o.time.precision == c.time.precision
               and unplaced_reference(o.label, spans[o.sentence_id]) is None for o in out)


def _actor(verb: Token | None) -> str | None:
    """The lemma of an act's subject, or None for no act (a noun event, a be/have/say clause)."""
    if verb is None or verb.lemma_ in ("be", "have", "say"):
        return None
    return next((s.lemma_ for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")), None)


def _unplaced_beside(c: _Candidate, out: list[_Candidate], spans: list[Span]) -> bool:
    """'Two other people were hurt in a similar incident' beside another event of its date: a label
    whose only thing the reader cannot place adds nothing the timeline's line of that date does not
    (alone it still keeps the date's happening)."""
    return any(o is not c and o.time.date == c.time.date and o.time.precision == c.time.precision for o in out) \
        and unplaced_only(c.label, spans[c.sentence_id])


def _restated(c: _Candidate, out: list[_Candidate]) -> bool:
    """A noun reference ('Tuesday's launch') beside a clause event of its date told before it or in
    its sentence, or of the same thing ('the storm struck'), which it restates; a noun that comes first
    ('Monday's earthquake' in the lead, a figure given 'Monday night' after) names the day's happening."""
    return c.noun is not None and not _own_saying(c, out) and not _day_marked(c.noun) and \
        any(o is not c and o.noun is None and o.time.date == c.time.date and o.time.precision == c.time.precision
            and (o.sentence_id <= c.sentence_id or _about_noun(o.verb, c.noun)) for o in out)


def _about_noun(verb: Token | None, noun: Token) -> bool:
    """A clause whose subject or object is the dated noun's kind ('The storm hit' of 'Monday's storm')."""
    return verb is not None and any(t.dep_ in ("nsubj", "nsubjpass", "dobj") and t.lemma_.lower() == noun.lemma_.lower()
                                    for t in verb.children)


def _own_saying(c: _Candidate, out: list[_Candidate]) -> bool:
    """'Today's announcement' beside 'NASA celebrated the launch' that day: a noun of saying names an
    act of its own, unless an event of its date is that saying ('announced ... Today's announcement')."""
    if c.noun is None or not saying_noun(c.noun):
        return False
    return not any(o.verb is not None and o.time.date == c.time.date and saying_noun(c.noun, o.verb.lemma_)
                   for o in out)


def _told_placed(old: _Candidate, new: _Candidate, spans: list[Span]) -> _Candidate | None:
    """Of two tellings of one happening at one date, the one whose label the reader can place ('Tom
    Brandt left Acme' over '... left the company' of two companies): a line that leans on a sentence
    unseen is no fact on its own. None when both or neither can be placed, or the dates differ (the
    better date then decides)."""
    if old.time.date != new.time.date or old.time.precision != new.time.precision:
        return None
    old_ok, new_ok = (unplaced_reference(c.label, spans[c.sentence_id]) is None for c in (old, new))
    return None if old_ok == new_ok else old if old_ok else new


def _kept(old: _Candidate, new: _Candidate) -> _Candidate:
    """Which of two candidates of one happening the timeline keeps: the better dated retelling, else the
    better by the rules; when the rules find them equal, the one whose label a judge more likely keeps
    (the learned label scorer), by a clear margin."""
    if old.sentence_id != new.sentence_id and _retold(old, new):
        return new if _better_dated(new, old) else old
    if _better(new, old):
        return new if old.noun is not None or new.time.sentence_id == old.time.sentence_id else old
    if not _better(old, new) and label_quality(new.label) > label_quality(old.label) + _CLEARLY_BETTER:
        return new
    return old


def _same_happening(a: _Candidate, b: _Candidate) -> bool:
    if a.sentence_id == b.sentence_id:
        return _same_in_sentence(a, b)
    if _retold(a, b):
        return True
    if a.time.date != b.time.date or a.time.precision != b.time.precision:
        return False
    if _same_act(a.verb, b.verb):
        return True          # 'authorities issued a warrant Monday' ... 'the warrant issued Monday charged'
    # "Since the beginning of this year, ..." said twice: the same period, restated
    same_period = _norm(a.time.text) == _norm(b.time.text) and a.since and b.since
    return same_period and bool(a.entities & b.entities)


def _retold(a: _Candidate, b: _Candidate) -> bool:
    """Two sentences' labels that tell one happening: the same act or nearly the same words at
    dates one of which holds the other, or a bare 'X took place' beside a label about X then. At two
    dates that exclude each other only a misdated twin: the same words planned beside past, or two
    sentences running on days (weeks) next to each other (never two years the text writes)."""
    ta, tb = told(a.label), told(b.label)
    if _one_of_several(a) or _one_of_several(b):
        return False
    if _held(a.time, b.time):
        return _told_alike(a, b, ta, tb)
    if a.time.future != b.time.future:
        return same_words(ta, tb)       # '416 motorists died' dated as planned: not 'will visit' beside 'visited'
    return _retold_apart(a, b, ta, tb)


def _retold_apart(a: _Candidate, b: _Candidate, ta: Told, tb: Told) -> bool:
    """One happening at two dates that exclude each other: dated once by its telling a few days after
    the act, or misdated in one of two sentences running."""
    if _told_later(a, b) or _told_later(b, a):
        return _told_alike(a, b, ta, tb)
    return (same_words(ta, tb) or same_act(ta, tb)) and _misdated_day(a, b)


def _told_alike(a: _Candidate, b: _Candidate, ta: Told, tb: Told) -> bool:
    """The two labels tell one happening: nearly the same words, the same act, or the same noun."""
    return same_words(ta, tb) or same_act(ta, tb) or same_noun(ta, tb, _sentence_words(a), _sentence_words(b))


def _told_later(told_one: _Candidate, other: _Candidate) -> bool:
    """'A bus crashed, police said Sunday' beside 'the crash happened Saturday': a happening dated only by
    its telling is the one the text dates a few days before; the telling's day is no bound on the act."""
    gap = (told_one.time.date - other.time.date).days
    return told_one.told and not other.told and told_one.time.precision == other.time.precision == "day" and \
        0 < gap <= _TOLD_WITHIN_DAYS


def _held(a: TimeExpression, b: TimeExpression) -> bool:
    """One date lies within the other, a period's last part too ('2017-18' within '2011 to 2018')."""
    return _compatible(a, b) or _in_period(a, b) or _in_period(b, a)


def _in_period(inner: TimeExpression, outer: TimeExpression) -> bool:
    if outer.date_end is None:
        return False
    first, after = period(inner.date, inner.precision)
    return outer.date <= first and after <= period(outer.date_end, outer.precision)[1]


def _sentence_words(c: _Candidate) -> set[str]:
    """The words and lemmas of a candidate's sentence, in lower case."""
    tok = c.verb if c.verb is not None else c.noun
    return set() if tok is None else {w for t in tok.sent for w in (t.lower_, t.lemma_.lower())}


def _one_of_several(c: _Candidate) -> bool:
    """'won the title again', 'the following year': the clause or its date tells a repetition."""
    said = c.time.text.split() + ([t.text for t in c.verb.children] if c.verb is not None else [])
    return repeating(said)


def _misdated_day(a: _Candidate, b: _Candidate) -> bool:
    """One act told in two sentences running, on days (or weeks) next to each other that a relative
    phrase gave ('yesterday' of a story written the day before): one of the two is misread."""
    return abs(a.sentence_id - b.sentence_id) == 1 and a.time.precision == b.time.precision in ("day", "week") and \
        not (_year_written(a) and _year_written(b)) and _next_to(a.time, b.time)


def _year_written(c: _Candidate) -> bool:
    return year_written(c.time.text)


def _next_to(a: TimeExpression, b: TimeExpression) -> bool:
    """Two dates no further apart than the longer one lasts (Monday and Tuesday, two weeks running)."""
    (a0, a1), (b0, b1) = period(a.date, a.precision), period(b.date, b.precision)
    return max(b0 - a1, a0 - b1) <= max(a1 - a0, b1 - b0)


def _better_dated(new: _Candidate, old: _Candidate) -> bool:
    """Of one happening told twice, the date to keep: a past one over a planned one, a whole period
    over a date within it (its end), then the finer, then one whose year the text writes over one read
    from a relative phrase, then a told act over a bare 'took place'; before the precision, the act's
    own date over the day it was told."""
    def rank(c: _Candidate) -> tuple:
        return (c.time.future, c.time.date_end is None, c.told, _PRECISION_RANK[c.time.precision], not _year_written(c),
                bool(told(c.label).hollow))
    return rank(new) < rank(old)


def _same_act(a: Token | None, b: Token | None) -> bool:
    """Two clauses of one date with the same verb about the same thing ('issued a warrant', 'the
    warrant issued'): one happening told twice."""
    if a is None or b is None or a.lemma_ != b.lemma_ or a.lemma_ in ("be", "have", "say"):
        return False
    return _same_thing(a, b) and not _named_apart(a, b)


def _same_thing(a: Token, b: Token) -> bool:
    """The two clauses share a noun they are about, and no two objects differ."""
    objects = {_object_of(a), _object_of(b)}      # 'arrested a man', 'arrested a woman': two arrests
    return bool(_act_nouns(a) & _act_nouns(b)) and (len(objects) == 1 or None in objects)


def _named_apart(a: Token, b: Token) -> bool:
    """'Lind won the award', 'Berg won the award': two named doers, two acts of one kind."""
    doers = [next((c for c in v.children if c.dep_ == "nsubj"), None) for v in (a, b)]
    return all(d is not None and d.pos_ == "PROPN" for d in doers) and doers[0].lemma_ != doers[1].lemma_


def _object_of(verb: Token) -> str | None:
    return next((c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"), None)


def _act_nouns(verb: Token) -> set[str]:
    """The nouns a verb's act is about: its subject and object, or the noun a participle describes."""
    args = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.pos_ in ("NOUN", "PROPN")]
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        args.append(verb.head)
    return {t.lemma_.lower() for t in args}


def _same_in_sentence(a: _Candidate, b: _Candidate) -> bool:
    """Two dates of one sentence name one happening: one clause, a noun reference, one label."""
    if a.verb is not None and a.verb == b.verb:
        return _one_clause_dated(a, b)
    if (a.noun is not None or b.noun is not None) and _compatible(a.time, b.time):
        return True
    if a.label == b.label:
        return True
    # "left on Nov. 26 ... since its launch last year": a coarser date of the same sentence
    return _compatible(a.time, b.time) and a.time.precision != b.time.precision and \
        _contains_reference(a, b)


def _one_clause_dated(a: _Candidate, b: _Candidate) -> bool:
    """Two dates of one clause that tell one happening: one within the other, one moment in two
    time zones, or the clause's date beside a date of one of its nouns."""
    return _compatible(a.time, b.time) or _zone_twins(a, b) or _noun_dated_twin(a, b)


def _noun_dated_twin(a: _Candidate, b: _Candidate) -> bool:
    """'Last year, a 2011 petition was approved': one clause with its own date and a date that only
    names one of its nouns; the clause happened once, at its own date ('on Sept. 17, 2001' after
    another verb is that verb's date, not this one's)."""
    return a.label == b.label and _names_noun(a) != _names_noun(b)


def _names_noun(c: _Candidate) -> bool:
    """The date is a word of a noun phrase ('a 2011 petition', 'the 2016 election')."""
    span = _date_span(c)
    return span is not None and span.root.dep_ in ("compound", "nummod", "amod", "nmod") and \
        span.root.head.pos_ == "NOUN"


def _contains_reference(a: _Candidate, b: _Candidate) -> bool:
    """The coarser of two dates in one sentence names the same event through a noun ('its launch')."""
    coarse = a if _PRECISION_RANK[a.time.precision] > _PRECISION_RANK[b.time.precision] else b
    return coarse.noun is not None or _head_is_noun(coarse)


def _date_span(c: _Candidate) -> Span | None:
    doc = c.verb.doc if c.verb is not None else (c.noun.doc if c.noun is not None else None)
    return None if doc is None else doc.char_span(c.time.start, c.time.end, alignment_mode="expand")


def _head_is_noun(c: _Candidate) -> bool:
    span = _date_span(c)
    if span is None:
        return False
    h = span.root.head
    return h.pos_ == "NOUN" or (h.dep_ == "prep" and h.head.pos_ == "NOUN")


def _compatible(a: TimeExpression, b: TimeExpression) -> bool:
    """One date lies within the other (2011-11-26 within 2011, within the week of Nov. 21)."""
    return within(a, b) or within(b, a)


_ZONE = re.compile(r"\b(?:GMT|UTC|Z)\b")


def _zone_twins(a: _Candidate, b: _Candidate) -> bool:
    """'at 10:53 pm on Sunday (0353 GMT Monday)': one moment in two time zones, a day apart at most."""
    return a.time.precision == b.time.precision == "day" and abs((a.time.date - b.time.date).days) <= 1 and \
        a.zoned != b.zoned


def _better(new: _Candidate, old: _Candidate) -> bool:
    """Prefer a clause to a noun reference, local time to GMT/UTC, then the more precise date."""
    if _zone_twins(new, old):
        return not new.zoned
    if new.verb is not None and new.verb == old.verb and not _compatible(new.time, old.time):
        return _names_noun(old)       # the clause's own date, not its noun's
    if (old.noun is None) != (new.noun is None):
        return old.noun is not None
    return _PRECISION_RANK[new.time.precision] < _PRECISION_RANK[old.time.precision]


def _norm(s: str) -> str:
    return re.sub(r"^(since|on|in)\s+", "", s.lower().replace("’", "'")).strip()
