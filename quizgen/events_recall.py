"""Happenings a date governs beyond the one clause it hangs on: the clauses joined to that clause
('During the quarter, Delta issued shares and repurchased 1.1 million more'; 'shares leaped Friday,
while Crane sank'), and a dated noun of an act said with its verb ('Tuesday's declaration by Ford
that ...' -> 'Ford declared ...'). Pure syntax: events.py turns what this finds into labelled events."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .clauses import SAYING_VERBS, hypothetical, negated, reporting_verb, subject_of
from .happened import present_perfect
from .headlines import names_happening, verb_of_noun
from .nlp import text_of
from .phrasing import inflect, inflect_all
from .wordlists import mapping, rows, word_set

_STATIVE = word_set("stative_verbs")
# 'the rescued included Rohingya': what a group held, no act ('sales totaled $9 million' is a figure of its time)
_STANDING = word_set("standing_verbs") - {"total", "number", "stand"}
_NO_ACTS = _STATIVE | _STANDING
_SEQUENCE = word_set("sequence_adverbs")
_SIMULTANEOUS = ("while", "whereas")
_BASE_WORDS = ("from", "than", "versus")
_NAMING_POS = ("NOUN", "PROPN", "NUM")     # the words a headline retells a lead's happening by
_SHARED_WITH_HEADLINE = 2
_FINDING = word_set("finding_verbs")
LEAD_SENTENCES = 2      # a wire story's lead: its first two sentences tell the main happening    # 'X rose Friday, while Y fell': two happenings of one time


def joined_clauses(verb: Token, span: Span, dated: set[int], *, reported: bool, day_lead: bool = False) -> list[Token]:
    """The past-tense clauses joined to `verb` (by 'and', or by 'while' with a subject of their own)
    that the date also governs: those with no date of their own, the date standing outside them.
    `reported`: the dated clause is what someone said happened. `day_lead`: the date is the day of a
    story's lead, which tells one day's news, so the clauses before the dated one are that day's too."""
    if verb.dep_ in ("acl", "advcl", "pcomp") or verb.tag_ not in ("VBD", "VBN") or _bare_participle(verb) or \
            _in_subject(verb, span, reported):
        # 'its strategy, started last month and expected ...': a description, no act; 'since Russia
        # invaded Ukraine on Feb. 24 and appeared to ...': an 'and' after a subordinate clause is
        # usually the main clause's, misread
        return []
    before = _clauses_before(verb) if day_lead else []
    return [joined for joined in before + _joined(verb) + _listed_after(verb)
            if _shares_time(joined, verb, dated) and (joined in before or _governed(joined, verb, span))]


def _shares_time(joined: Token, verb: Token, dated: set[int]) -> bool:
    """A past act joined to the dated `verb` with no time of its own."""
    own = _own_tokens(joined, verb) - _participle_tokens(joined)
    return not (own & dated) and not _own_time(joined, own) and _past_act(joined, verb)


def _clauses_before(verb: Token) -> list[Token]:
    """'Berg scored twice, Ek made 30 saves and the Wild beat the Bruins 5-2 on Tuesday night': the
    clauses the dated one is joined after. Only a lead's: elsewhere 'She founded the shop, and it
    moved on Tuesday' tells an earlier founding."""
    head = verb.head
    if verb.dep_ != "conj" or head.i > verb.i or head.pos_ != "VERB" or reporting_verb(head):
        return []
    return [head] + [t for t in _joined(head) if t.i < verb.i]


def _participle_tokens(joined: Token) -> set[int]:
    """'while Berg and Lind were named best actors, cementing their roles at the Oscars next month': a
    participle hanging on the joined clause, with no 'after' or 'before', tells what the act leads to;
    a date in it is the participle's, not the act's."""
    return {t.i for c in joined.children if c.tag_ == "VBG" and c.dep_ == "advcl" and
            not any(m.dep_ == "mark" for m in c.children) for t in c.subtree}


def _bare_participle(verb: Token) -> bool:
    """'started' with no auxiliary: a participle describing a noun, however the parser hung it."""
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _told_act(root: Token) -> Token:
    """The act a saying tells ('were killed' of 'Police said 12 were killed'), else the root itself."""
    return next((c for c in root.children if c.dep_ == "ccomp"), root) if reporting_verb(root) else root


def _own_time(joined: Token, own: set[int]) -> bool:
    """'and later won an award', 'and for 15 years she chaired', 'but caused no injuries': a joined
    clause at a time of its own (a sequence adverb, a time phrase the resolver left), or one that
    denies a happening."""
    doc = joined.doc
    timed = any(doc[i].ent_type_ in ("DATE", "TIME") or doc[i].lower_ in _SEQUENCE for i in own)
    denied = any(t.dep_ == "neg" or (t.dep_ == "det" and t.lower_ == "no") for t in joined.subtree if t.i in own)
    return timed or denied


def _in_subject(verb: Token, span: Span, reported: bool) -> bool:
    """'they said Friday's focus on stocks showed ...': a claim's dated subject does not date what
    it is said to have done; 'The bombings on Aug. 7 killed 259 and injured 5,500' does."""
    subj = subject_of(verb)
    inside = subj is not None and subj.left_edge.i <= span.start and span.end <= subj.right_edge.i + 1
    return inside and (reported or not names_happening(subj))


def _governed(joined: Token, verb: Token, span: Span) -> bool:
    """A clause with a subject of its own after 'and' is the date's only when the date comes first
    ('On Friday, X rose and Y fell'), not in 'X arrived April 2, and Y ordered ...'; a 'while'
    clause is simultaneous by its word, and a clause sharing the subject shares the date."""
    if joined.dep_ == "advcl" or not _has_own_subject(joined):
        return True
    subj = subject_of(verb)
    return subj is not None and span.end <= subj.left_edge.i


def _listed_after(verb: Token) -> list[Token]:
    """'Yesterday, Sweden defeated Korea; Belgium defeated Panama; and Tunisia lost': clauses listed
    after a semicolon, which the parser makes the sentence's root with the first clause under it."""
    head = verb.head
    if verb.dep_ not in ("ccomp", "parataxis") or head.i < verb.i or head.pos_ != "VERB" or reporting_verb(head):
        return []
    between = verb.doc[verb.right_edge.i + 1:head.i]
    if not any(t.text == ";" for t in between) or not _has_own_subject(head):
        return []
    return [head] + [t for t in _joined(head) if t != verb]


def comparison_base(span: Span) -> bool:
    """'rose 15% from a year earlier', 'more than in 1988', 'compared with a year ago': the date is
    a yardstick, not the time of the clauses around it."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is None:
        return False
    return before.lower_ in _BASE_WORDS or (before.lower_ in ("with", "to") and span.start > 1 and
                                            doc[span.start - 2].lemma_ == "compare")


def _joined(verb: Token) -> list[Token]:
    """Verbs coordinated with `verb` (through a chain of 'and's) and its simultaneous 'while' clauses."""
    out: list[Token] = []
    todo = [verb]
    while todo:
        v = todo.pop()
        for c in v.children:
            if _is_joined(c):
                out.append(c)
                todo.append(c)
    return sorted(out, key=lambda t: t.i)


def _is_joined(c: Token) -> bool:
    if c.pos_ != "VERB":
        return False
    return c.dep_ == "conj" or (c.dep_ == "advcl" and _has_own_subject(c) and _marked(c, _SIMULTANEOUS))


def _marked(verb: Token, words: tuple[str, ...]) -> bool:
    return any(m.dep_ == "mark" and m.lower_ in words for m in verb.children)


def _has_own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _own_tokens(joined: Token, dated_verb: Token) -> set[int]:
    """The joined clause with what hangs on it ('after they left in 1984'), without the clauses
    joined to it (each of those is judged on its own) nor the dated clause when it hangs under it."""
    out = {joined.i}
    for c in joined.children:
        if c not in _joined(joined) and c != dated_verb:
            out |= {t.i for t in c.subtree}
    return out


def _past_act(joined: Token, verb: Token) -> bool:
    """A happening told in the past like the dated clause: 'repurchased', 'was arrested and charged';
    not a state ('holds', 'owned') nor a saying (its content is another clause's)."""
    if joined.lemma_ in _STATIVE or joined.lemma_ in ("be", "have") or reporting_verb(joined):
        return False
    if joined.tag_ == "VBD":
        return True
    return joined.tag_ == "VBN" and _joined_passive(joined, verb)


def _joined_passive(joined: Token, verb: Token) -> bool:
    """'was arrested and charged': a participle sharing the dated clause's passive; 'while Berg and Lind
    were named best actors': a simultaneous past passive of its own, subject and all. Not an 'and'
    clause with a subject of its own ('before the checkpoint closed and he was locked out' may hang
    its 'and' on the main verb)."""
    if _has_own_subject(joined):
        return joined.dep_ == "advcl" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in joined.children)
    return joined.dep_ == "conj" and any(c.dep_ in ("aux", "auxpass") for c in verb.children) and \
        not _own_present_perfect(joined)


def _own_present_perfect(joined: Token) -> bool:
    """'was introduced in 2010 but has sold 29 million': a present perfect of its own runs to now, so the
    dated clause's past date is not its own."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in joined.children)


def act_of_noun(noun: Token) -> tuple[Token, str, Token | None] | None:
    """(doer, past verb, what was done) of a dated act noun with its doer named: 'Tuesday's
    declaration by Ford that it is prepared to bid' -> (Ford, 'declared', the that-clause); 'the
    sale of the unit by the group' -> (group, 'sold', unit). None without a doer or a verb form."""
    lemma = verb_of_noun(noun.lemma_.lower())
    past = inflect(lemma, "VBD") if lemma else None
    doer = _doer(noun)
    if not past or doer is None:
        return None
    return doer, past, _done(noun)


def _doer(noun: Token) -> Token | None:
    """'by Ford' after the noun, or its owner ('Ford's purchase') when that is no date."""
    by = _object_of(noun, "by")
    if by is not None:
        return by if by.pos_ in ("PROPN", "NOUN") else None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    named = owner is not None and owner.pos_ in ("PROPN", "NOUN") and owner.ent_type_ not in ("DATE", "TIME")
    return owner if named else None


def _object_of(noun: Token, prep: str) -> Token | None:
    """The object of the noun's own preposition ('by Ford', 'of the unit')."""
    return next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == prep
                 for p in c.children if p.dep_ == "pobj"), None)


def _done(noun: Token) -> Token | None:
    """The thing acted on: the 'of' object ('the sale of the unit'), or the content clause of a saying."""
    done = _object_of(noun, "of")
    if done is not None:
        return done
    return next((c for c in noun.children if _content_of(c)), None) or _stranded_content(noun)


def _content_of(c: Token) -> bool:
    return c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX") and _marked(c, ("that",))


def _stranded_content(noun: Token) -> Token | None:
    """'follows the declaration by Ford, which holds a stake, that it is prepared to bid': the parser
    hangs a that-clause right after the noun phrase on the verb above; it still says the noun's content."""
    after = noun.right_edge.i + 1
    while after < len(noun.doc) and noun.doc[after].is_punct:
        after += 1
    return next((c for c in noun.head.children if _content_of(c) and c.left_edge.i == after), None)


def lead_act(noun: Token, lead: list[Span], dated: set[int]) -> Token | None:
    """The verb of an undated lead sentence that a later dated act noun names again ('X said it agreed
    to sell Y.' ... 'Friday's sale ...', 'the purchase on Friday'): one happening, dated by the noun."""
    lemma = verb_of_noun(noun.lemma_.lower())
    if lemma is None or noun.tag_ != "NN" or not _definite(noun):
        return None
    for sent in lead:
        found = _verb_in(sent, lemma) if sent.start < noun.sent.start and not _dated(sent, dated) else None
        if found is not None:
            return found if _same_thing(noun, sent) else None
    return None


def _verb_in(sent: Span, lemma: str) -> Token | None:
    return next((t for t in sent if t.pos_ == "VERB" and t.lemma_ == lemma), None)


def _dated(sent: Span, dated: set[int]) -> bool:
    return any(t.i in dated for t in sent)


def _definite(noun: Token) -> bool:
    """'the sale', 'Friday's sale': one the reader already knows of, not 'a sale'."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in noun.children)


def _same_thing(noun: Token, sent: Span) -> bool:
    """'the sale of the unit' names the lead's sale only when the lead names that unit too; 'the sale
    of another unit' is another sale."""
    # 'the sale in 1988 of another unit': the parser may hang the 'of' on the date inside the phrase; but
    # an 'of' inside a clause it hung on the noun ('the vote Wednesday that it may be the most important one
    # of their careers') is the clause's, not the noun's
    done = next((o for t in _phrase_tokens(noun) if (o := _object_of(t, "of")) is not None), None)
    if done is None or done.pos_ not in ("NOUN", "PROPN"):
        return True
    other = any(c.lower_ in ("another", "other") for c in done.children)
    return not other and any(t.lemma_ == done.lemma_ and t.i != done.i for t in sent)


_CLAUSE_DEPS = ("acl", "relcl", "ccomp", "advcl")


def _phrase_tokens(noun: Token) -> list[Token]:
    """The noun's phrase without the clauses hung on it or on its words."""
    inner = {t.i for c in noun.subtree if c.dep_ in _CLAUSE_DEPS and c != noun for t in c.subtree}
    return [t for t in noun.subtree if t.i not in inner]


_CHANGE_VERBS = frozenset(mapping("change_directions"))
_RESULT_VERBS = word_set("result_verbs")
_QUOTED_PRICES = word_set("quoted_price_nouns")
_RESULT_ENTS = ("PERCENT", "MONEY")
_CARRIED_PERIODS = ("quarter", "half", "year", "month")


def result_clause(sent: Span) -> Token | None:
    """The past main verb of a sentence that reports a company's result: a change of a figure or an
    amount earned ('net at X fell 3.1%', 'Y boosted net 16%', 'Z earned $46.9 million'); a reported
    one ('X said net fell 8%') counts. None for any other sentence."""
    verb = _told_act(sent.root)
    if verb.tag_ != "VBD" or not (verb.lemma_ in _RESULT_VERBS or verb.lower_ in _CHANGE_VERBS):
        return None
    said = any(t.ent_type_ in _RESULT_ENTS for c in verb.children if c.dep_ in ("dobj", "npadvmod", "prep", "attr")
               for t in c.subtree)
    subj = subject_of(verb)
    return verb if said and subj is not None and subj.lemma_.lower() not in _QUOTED_PRICES else None


def carries_period(sent: Span, before: Span, precision: str | None, dated: set[int]) -> bool:
    """'GM Hughes said net fell 22% in the third quarter. Meanwhile, net at GMAC fell 3.1%. By contrast,
    EDS boosted net 16%.': a results article gives the period once; an undated result of another
    company right after a dated result shares that period. Only for a period (a quarter, a year),
    never a day: a result is of a reporting period."""
    if precision not in _CARRIED_PERIODS or _dated(sent, dated):
        return False
    return result_clause(before) is not None and result_clause(sent) is not None


def lead_announcement(lead: list[Span], dated: set[int], title: str | None = None, *,
                      yearly: frozenset[int] = frozenset()) -> Token | None:
    """The verb of an undated lead that tells the news itself: a named subject's announcement in the
    past ('Upjohn Co. said it will offer ...', 'Courtaulds announced plans to ...'), an act in the
    present perfect ('The league has informed its clubs ...') or in the past ('Voters in Kent approved
    a library tax'). Such a lead is dated by the publication; a lead that gives a date of its own, or is
    followed by a dated one, gives None. A named source's report of a past act that the `title` names
    again gives that act (_headlined_act). Under a headline naming the lead's act, a next sentence dated
    only by a year or longer (`yearly`: 'in the latest fiscal year') tells background, not the lead's day."""
    sent = lead_sentence(lead)
    if sent is None:
        return None
    verb = _told_first(sent.root)
    subj = subject_of(verb)
    if subj is not None and _news_of_today(lead, sent, verb, dated, title):
        return verb
    return _announced_news(lead, sent, verb, dated, title, yearly)


def _announced_news(lead: list[Span], sent: Span, verb: Token, dated: set[int], title: str | None,
                    yearly: frozenset[int]) -> Token | None:
    """The lead's verb when it tells news of the days the paper reports on (lead_announcement), or None."""
    subj = subject_of(verb)
    if _dated_from(lead, sent, dated, _background_years(verb, title, yearly)) or subj is None or negated(verb) or hypothetical(verb) or \
            _done_lately(verb) and _dated(sent, dated):
        # a past act is the paper's news only when its lead gives no date at all: 'on her trip to Lima
        # this week, X met Y' sets its own time
        return None
    if _tells_news(verb, subj):
        return verb
    return None if _dated(sent, dated) else _headlined_act(verb, subj, title)


def _news_of_today(lead: list[Span], sent: Span, verb: Token, dated: set[int], title: str | None) -> bool:
    """An undated lead act in the present perfect that the headline names; the next sentences' dates are
    of other acts ('has died at 71. He recorded his first album in 1972') unless they tell the same act
    again with its day ('He died on Saturday')."""
    if _dated(sent, dated):
        return False
    if not headlined_perfect(verb, title):
        # a lead the headline retells in other words may sum up a next sentence's dated act
        return perfect_news(verb, title) and not _dated_from(lead, sent, dated)
    return not any(s.root.lemma_ == verb.lemma_ and _dates_verb(s.root, dated) for s in lead if s.start > sent.start)


def second_lead_news(lead: list[Span], dated: set[int], title: str | None) -> Token | None:
    """'A quake struck off Chile. Tsunami warnings have been issued for Peru.' under 'Tsunami warnings
    for Peru': when the lead's first sentence gives no date, a present perfect act in the next one that
    the headline names or retells (perfect_news) is the day's news as well; None otherwise."""
    first = lead_sentence(lead)
    if first is None or _dated(first, dated):
        return None
    verb = lead_announcement([s for s in lead if s.start > first.start], dated, title)
    return verb if verb is not None and perfect_news(verb, title) else None


def lead_told_next(lead: list[Span], dated: set[int], title: str | None) -> tuple[Token, Span] | None:
    """'Amy Winehouse has been found dead at her home. Ambulances were called to the house on Saturday.'
    under 'Amy Winehouse dead': an undated lead act in the present perfect that the headline retells, when
    the next sentence dates its own act, sums up that sentence's day (_dated_from): (the lead's act, the
    next sentence), or None."""
    sent = lead_sentence(lead)
    if sent is None or not title or _dated(sent, dated):
        return None
    verb = _headlined_perfect(sent, title)
    after = _next_dated_sentence(lead, sent, dated) if verb is not None else None
    return (verb, after) if after is not None else None


_REPEATS = word_set("repeat_words")          # 'another loss', 'again': one more of a kind, not the lead's
_COMPANY_NOUNS = word_set("company_nouns")


def lead_retelling(verb: Token, sent: Span) -> Token | None:
    """'Acme posted a $226 million loss. ... The loss, reported Friday, ...', 'Acme recalled 40,000 cases
    of soup. The company, which recalled the soup Tuesday, ...': the word of `sent` that tells the lead's
    act (`verb`) again, where a day may date it: the act's verb with the same doer and no other object,
    or its object noun ('the loss') or act noun ('the announcement') said as the one just told; None
    when there is none. One of several of its kind ('another loss', 'posted a loss again') is another
    happening."""
    if any(t.lower_ in _REPEATS for t in sent):
        return None
    own = _object_nouns(verb)
    return next((t for t in sent if _retells(t, verb, own)), None)


def _retells(t: Token, verb: Token, own: list[str]) -> bool:
    """The word tells the lead's act again: its verb, same doer, no other object; or its object or act noun."""
    if t.pos_ == "VERB":
        return t.lemma_ == verb.lemma_ and not negated(t) and _same_doer(t, verb) and _same_object(t, own)
    return t.pos_ == "NOUN" and _definite(t) and (t.lemma_ in own[:1] or verb_of_noun(t.lemma_.lower()) in _acts(verb))


def _acts(verb: Token) -> set[str]:
    """The lead's act and the act it agreed or decided to do ('agreed to sell its unit' ... 'the sale')."""
    return {verb.lemma_} | {c.lemma_ for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"}


def _same_object(later: Token, own: list[str]) -> bool:
    """'recalled 40,000 cases of soup' ... 'which recalled the soup Tuesday': the later act's object is a
    noun of the lead's object, or either has none ('it posted a profit Friday' is another act)."""
    other = _object_nouns(later)
    return not (own and other) or other[0] in own


def _object_nouns(verb: Token) -> list[str]:
    """The lemmas of the nouns of the verb's object, its head first ('cases', 'soup' of '40,000 cases of
    canned soup'); [] for none."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if obj is None:
        return []
    return [obj.lemma_] + [t.lemma_ for t in obj.subtree if t.pos_ == "NOUN" and t != obj]


def _same_doer(later: Token, verb: Token) -> bool:
    """The later verb's subject is the lead's doer again: a third-person pronoun ('it', 'he'), 'the company' of a named company, or
    a subject sharing a name or its head noun with the lead's ('Acme Industries Inc.' ... 'Acme')."""
    subj, lead_subj = _doer_of(later), subject_of(verb)
    if subj is None or lead_subj is None:
        return False
    if subj.pos_ == "PRON" and subj.morph.get("Person") == ["3"] or _company_again(subj, lead_subj):
        return True
    return subj.lemma_ == lead_subj.lemma_ or bool(_names_in(subj) & _names_in(lead_subj))


def _doer_of(later: Token) -> Token | None:
    """The subject, or the noun a 'which' clause describes ('the company, which reported the loss')."""
    subj = subject_of(later)
    return later.head if subj is not None and subj.tag_ == "WDT" and later.dep_ == "relcl" else subj


def _company_again(subj: Token, lead_subj: Token) -> bool:
    """'the company' in a report of a named company is that company."""
    return _definite(subj) and subj.lemma_ in _COMPANY_NOUNS and any(t.ent_type_ == "ORG" for t in lead_subj.subtree)


def _names_in(subj: Token) -> set[str]:
    return {t.lower_ for t in subj.subtree if t.pos_ == "PROPN"}


def retold_day_of(word: Token, day: Span) -> bool:
    """The day dates the retelling word: the nearest verb above the day is that word, or the clause on
    that noun ('the loss, reported Friday'), or the verb whose subject or object that noun is ('which
    reported the loss Friday')."""
    nearest = next((a for a in day.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if nearest is None:
        return False
    if nearest == word:
        return True
    return word.pos_ == "NOUN" and (nearest.head == word and nearest.dep_ in ("acl", "relcl") or
                                    word.head == nearest and word.dep_ in ("dobj", "nsubj", "nsubjpass"))


def _headlined_perfect(sent: Span, title: str) -> Token | None:
    """The lead's act when it is a present perfect act with a subject ('has been found dead') that the
    headline retells, or a simple past act the headline names (_headlined_past); None otherwise."""
    verb = _told_first(sent.root)
    if _headlined_past(verb, title):
        return verb
    if not present_perfect(verb) or not (_perfect_act(verb) or _found_as(verb)) or subject_of(verb) is None or \
            not _retold_by(sent, title):
        return None
    return verb


def _headlined_past(verb: Token, title: str) -> bool:
    """'A quake struck off Chile.' under 'Quake strikes Chile': a simple past act (no saying nor state)
    whose very verb the headline gives, and which the headline retells. A paper prints such a lead on
    the day or the day after, so only a day the next sentence gives dates it (lead_told_next)."""
    if not _done_lately(verb) or subject_of(verb) is None or reporting_verb(verb) or verb.lemma_ in _FINDING:
        return False
    return bool(_headline_forms(verb) & set(_words(title))) and _retold_by(verb.sent, title)


_CHANGE_LEMMAS = mapping("amount_change_lemmas")


def _headline_forms(verb: Token) -> set[str]:
    """The forms a headline may name the verb's act by: its own, and for a change of an amount
    ('stock plummeted') those of every verb of a change the same way ('stock plunges'), which headlines
    swap for one another."""
    lemma = verb.lemma_.lower()
    direction = _CHANGE_LEMMAS.get(lemma)
    kin = [other for other, way in _CHANGE_LEMMAS.items() if way == direction] if direction else []
    return set().union(_forms(lemma), *(_forms(other) for other in kin))


def _next_dated_sentence(lead: list[Span], sent: Span, dated: set[int]) -> Span | None:
    """The sentence after the lead's when a date of its own dates its act, and that act is not a plan
    (a planned act's day is not the day of the lead's news); None otherwise."""
    after = [s for s in lead if s.start > sent.start][:1]
    return after[0] if after and _dates_verb(after[0].root, dated) and not _planned(after[0].root) else None


def headlined_cause(verb: Token, dated: set[int], title: str | None) -> Token | None:
    """'The Dow dropped 777 points Monday after the House rejected a rescue plan' under 'Dow drops 777
    after House rejects bailout bill': a past act in an 'after' clause of a dated act, with no date of its
    own, that the headline names as well, is news of the same day; None when there is none."""
    if not title:
        return None
    headline = set(_words(title))
    return next((c for c in verb.children if _headlined_after_clause(c, dated, headline)), None)


def _headlined_after_clause(c: Token, dated: set[int], headline: set[str]) -> bool:
    """A past, undated, unnegated 'after' clause with a subject of its own whose verb the headline
    names ('after the House rejected a rescue plan' under '... after House rejects bailout bill')."""
    return c.dep_ == "advcl" and c.tag_ == "VBD" and _marked(c, ("after",)) and _has_own_subject(c) and \
        not ({t.i for t in c.subtree} & dated) and not negated(c) and bool(_forms(c.lemma_.lower()) & headline)


def _found_as(verb: Token) -> bool:
    """'has been found dead', 'has been found guilty': a finding verb's passive with what the subject was
    found to be tells a happening, not a finding of facts."""
    return verb.lemma_ in _FINDING and any(c.dep_ == "auxpass" for c in verb.children) and \
        any(c.dep_ in ("oprd", "acomp") for c in verb.children) and not negated(verb)


def headlined_perfect(verb: Token, title: str | None) -> bool:
    """'An airliner has crashed outside Paris' under 'Airliner crashes near Paris', 'X has been crowned
    champion': an act in the present perfect that the headline names again is the day's own news,
    whoever did it; not a saying ('have said') nor a lasting state ('has remained')."""
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
    if not perfect or not title or verb.lemma_ in _STATIVE or reporting_verb(verb) or negated(verb) or \
            hypothetical(verb):
        return False
    return bool(_forms(verb.lemma_.lower()) & set(_words(title)))


def perfect_news(verb: Token, title: str | None) -> bool:
    """'31 people have been killed in shootings at two churches' under '31 dead in church shootings': a
    present perfect happening the headline names, or retells in other words, is the day's own news."""
    if headlined_perfect(verb, title):
        return True
    subj = subject_of(verb)
    if not title or not present_perfect(verb) or not _perfect_act(verb) or subj is None or _done_now(verb, subj):
        # a named actor's deal ('MGM Grand has agreed to pay') is often the day before's: the lead's week
        return False
    return _retold_by(verb.sent, title)


def _retold_by(sent: Span, title: str) -> bool:
    """The headline names two of the sentence's names, numbers or nouns ('49', 'mosque', 'shootings')."""
    headline = set(_words(title))
    shared = {t.lower_ for t in sent if t.pos_ in _NAMING_POS and not t.is_stop and
              (t.lower_ in headline or t.lemma_.lower() in headline)}
    return len(shared) >= _SHARED_WITH_HEADLINE


def _perfect_act(verb: Token) -> bool:
    """An act ('has blasted off', 'have been killed'), not a state, a saying or finding ('reports have
    revealed that ...', 'has found evidence'), a denial or a supposition."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBN" or verb.lemma_ in _STATIVE or verb.lemma_ in _FINDING:
        return False
    told = any(c.dep_ == "ccomp" for c in verb.children)
    return not told and not reporting_verb(verb) and not negated(verb) and not hypothetical(verb)


def _headlined_act(verb: Token, subj: Token, title: str | None) -> Token | None:
    """'Reuters said Michael Reupke resigned as general manager' under the headline 'Reupke resigns':
    the act a named source reports is the story's news when the headline names it too, so it was
    done in the days the paper reports on; a reported act the headline leaves out may be an old one
    ('she said she was abused as a child')."""
    content = _reported_act(verb, subj)
    if content is None or not title:
        return None
    headline = set(_words(title))
    acts = [content, *(c for c in content.children if c.dep_ == "xcomp" and c.pos_ == "VERB")]
    return content if any(_forms(act.lemma_.lower()) & headline for act in acts) else None


def _reported_act(verb: Token, subj: Token) -> Token | None:
    """The past act with a subject of its own that a named source's past saying reports after it."""
    if verb.tag_ != "VBD" or not reporting_verb(verb) or not _named_subject(subj):
        return None
    content = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    ok = content is not None and _done_lately(content) and subject_of(content) is not None
    return content if ok else None


def _forms(lemma: str) -> set[str]:
    """Every form of a verb a headline may give it in ('resign', 'resigns', 'resigned', 'resigning')."""
    return {lemma} | {form.lower() for tag in ("VBZ", "VBD", "VBN", "VBG") for form in inflect_all(lemma, tag)}


def _told_first(verb: Token) -> Token:
    """'A fire gutted a mill in Dover, killing one worker, police said': the act a lead tells before
    its attribution is the lead's act, the saying only its source. 'Dell has confirmed that it has
    signed an agreement to buy EMC': a present perfect saying of a present perfect act tells that act."""
    verb = _before_quotation(verb)
    perfect = _perfect_content(verb)
    if perfect is not None:
        return perfect
    if not reporting_verb(verb):
        return verb
    content = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    told = content is not None and (_done_lately(content) or present_perfect(content) and _perfect_act(content))
    return content if told else verb


def _perfect_content(verb: Token) -> Token | None:
    """'has confirmed that it has signed ...': the present perfect act a present perfect verb tells after it."""
    if not present_perfect(verb):
        return None
    content = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    return content if content is not None and present_perfect(content) and _perfect_act(content) else None


def _before_quotation(verb: Token) -> Token:
    """'X has voted to boot Pluto, declaring: "The eight planets are ..."': the parser may make the quoted
    clause after a colon the sentence's root, with the lead's own act a clause before the colon."""
    colon = next((c for c in verb.children if c.dep_ == "punct" and c.text == ":" and c.i < verb.i), None)
    if colon is None:
        return verb
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i < colon.i and c.pos_ == "VERB"), verb)


def _tells_news(verb: Token, subj: Token) -> bool:
    """A named subject's past announcement of a plan or present state, or its act done now or lately;
    a happening's act done lately ('A fire destroyed the mill')."""
    if not _named_subject(subj):
        return names_happening(subj) and _done_lately(verb)
    announced = verb.tag_ == "VBD" and reporting_verb(verb) and not _past_content(verb)
    return announced or _done_now(verb, subj) or _done_lately(verb)


def _done_lately(verb: Token) -> bool:
    """'Berg beat Lind 6-2 6-4', 'Kell was named chief executive': a wire lead tells its main happening
    in the past with no day, the day being the paper's; an act, not a state or a saying."""
    if verb.tag_ == "VBN":
        # a past passive ('was named'); a bare participle is a description
        return any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children) and \
            verb.lemma_ not in _STATIVE and not reporting_verb(verb)
    return _asserted_act(verb)


def lead_spans(spans: list[Span], title: str | None) -> list[Span]:
    """The story's opening sentences. A web page often prints its headline again above the story: that
    line tells no lead, and taking it for one hides the lead itself."""
    headline = _words(title or "")
    return [s for s in spans[:LEAD_SENTENCES + 1] if not headline or _words(s.text) != headline][:LEAD_SENTENCES]


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def lead_sentence(lead: list[Span]) -> Span | None:
    """The lead proper: the first of the opening sentences with a verb (a dateline line has none)."""
    return next((s for s in lead if s.root.pos_ in ("VERB", "AUX")), None)


def _background_years(verb: Token, title: str | None, yearly: frozenset[int]) -> frozenset[int]:
    """The year-long dates that cannot date the lead's act: all of them when the headline names that act
    or what it says ('Provigo Inc. said it will sell ...' under 'Provigo to Sell ...'), else none ('X sold
    its unit. The sale in 1988 of another unit ...' may tell the lead's own time)."""
    headline = set(_words(title or ""))
    acts = [verb, *(c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB")]
    return yearly if any(_forms(a.lemma_.lower()) & headline for a in acts) else frozenset()


def _dated_from(lead: list[Span], sent: Span, dated: set[int], yearly: frozenset[int] = frozenset()) -> bool:
    """A lead whose next sentence dates its main verb ('the two leaders spoke on Wednesday') sums up
    what that sentence dates: it is no news of the publication day. A next sentence's plan ('X was named
    chief. He will succeed Y Feb. 1') dates what comes after the news, not the news itself; nor does a next
    sentence dated only by a year or longer ('The unit made 27% of sales in the latest fiscal year')."""
    dated = dated - {i for i in yearly if i >= sent.end}      # the lead's own year still dates it
    return any(_dates_verb(s.root, dated) and not _planned(s.root) for s in lead if s.start >= sent.start)


def _planned(verb: Token) -> bool:
    """'will succeed', 'shall take office': a main verb of what is yet to happen."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in verb.children)


def _named_subject(subj: Token | None) -> bool:
    """A subject that names who acts: a proper noun, or a phrase holding a name ('the Upjohn board')."""
    if subj is None:
        return False
    return subj.pos_ == "PROPN" or any(t.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") for t in subj.subtree)


def _done_now(verb: Token, subj: Token) -> bool:
    """'MGM Grand Inc. has agreed to pay ...': a named actor's act on someone or something in the
    present perfect. Not a report ('have reported' tells of days past) nor a thing's lasting effect
    ('the bombings have frightened away travelers')."""
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
    actor = subj.pos_ == "PROPN" or subj.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")
    # an act done to someone or something ('has informed its clubs', 'has agreed to pay'); 'Delta has
    # benefited from ...' is a lasting state, no happening of a day
    acts = any(c.dep_ in ("dobj", "dative", "xcomp", "ccomp") for c in verb.children)
    return perfect and actor and acts and verb.lemma_ not in _STATIVE and verb.lemma_ not in SAYING_VERBS


def _dates_verb(verb: Token, dated: set[int]) -> bool:
    """A date of the verb's own, or of what it says ('said Monday', 'said it will close Friday'); a
    date inside a noun's phrase ('a fourth-quarter charge') is the noun's."""
    clauses = {verb, *(c for c in verb.children if c.dep_ == "ccomp")}
    for i in dated & set(range(verb.sent.start, verb.sent.end)):
        nearest = next((a for a in verb.doc[i].ancestors if a.pos_ in ("VERB", "AUX")), None)
        if nearest in clauses:
            return True
    return False


def _past_content(verb: Token) -> bool:
    """'X said it agreed to sell Y', 'X said his board rejected Y': what was said happened before the
    saying, on a day the lead does not give; only a plan or a present state told is the news itself."""
    content = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if content is None:
        return False
    finite = [content, *(c for c in content.children if c.dep_ in ("aux", "auxpass"))]
    return any(t.tag_ == "VBD" for t in finite) and not any(t.lower_ in ("would", "could") for t in finite)


_OCCASIONS = word_set("speaking_occasions")
_SPOKEN = word_set("speaking_verbs")
_AT_OCCASION = ("at", "in", "during")


def spoken_occasion(verb: Token | None) -> tuple[Token, Token] | None:
    """'Sheriff Smith said at a news conference on Wednesday night, ...': (preposition, noun) of the
    public occasion a past saying was made at, which makes the saying itself a happening of that date."""
    if not _past_saying(verb):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _AT_OCCASION:
            continue
        occasion = next((o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in _OCCASIONS), None)
        if occasion is not None:
            return prep, occasion
    return None


def _past_saying(verb: Token | None) -> bool:
    """A past, asserted saying with a subject of its own: 'Smith said', not 'Smith did not say'."""
    return verb is not None and verb.tag_ == "VBD" and verb.lemma_ in _SPOKEN and subject_of(verb) is not None \
        and not negated(verb) and not hypothetical(verb)


def continued_act(sent: Span, before: Span, day_start: int, dated: set[int], *, lead: bool = False) -> Token | None:
    """'But on October 7, the network failed. Gunmen breached the border and killed 1,400 people.': a
    sentence that sets its day at its front opens a narration of that day; the past act of the next
    sentence of its paragraph is of that day too, when that sentence has no time of its own, tells no
    saying, state or denial, and moves on with no sequence word ('Later', 'Since then'). So does a
    story's lead (`lead`) whose main verb carries the day, when its actor goes on ('A jury found X
    liable on Tuesday. The jury awarded Y $5 million.'), in a paragraph of its own or not."""
    if not _opens_day(sent, before, day_start, lead=lead):
        return None
    if any(t.i in dated or t.ent_type_ in ("DATE", "TIME") or t.lower_ in _SEQUENCE for t in sent):
        return None
    verb = sent.root
    return verb if _asserted_act(verb) and not _describes_object(subject_of(verb), before) else None


def parallel_act(sent: Span, before: Span, dated: set[int]) -> Token | None:
    """'Spotlight won best picture on Sunday. DiCaprio won best actor for The Revenant.': the next
    sentence of the paragraph tells the same past act again of another actor (or another result of the
    contest: 'Y was named MVP'), with no time of its own
    and no sequence word; a roll of results of one occasion, so of the day dated on the first act's
    main verb (the caller checks that). A saying, state or denial, or the same actor again, is not."""
    if "\n" in text_of(sent.doc)[before.end_char:sent.start_char] or _timed(sent, dated):
        return None
    verb, first = sent.root, before.root
    if not (verb.lemma_ == first.lemma_ or _contest_result(verb) and _contest_result(first)) or \
            not (_asserted_act(verb) or _past_passive(verb)) or _again(sent):
        return None
    return verb if _other_actor(subject_of(verb), subject_of(first)) else None


def _past_passive(verb: Token) -> bool:
    """'was named', 'were crowned': a past act told in the passive, said to have happened."""
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children) \
        and _named_act(verb)


_CONTEST_RESULTS = mapping("contest_result_verbs")


def _contest_result(verb: Token) -> bool:
    """'won best actor', 'beat the Hawks', 'was named MVP': a result of a contest or an awards night,
    which a roll of such results may tell with other verbs ('X swept the awards. Y won best actor.')."""
    voice = _CONTEST_RESULTS.get(verb.lemma_.lower())
    return voice == "any" or voice == "passive" and any(c.dep_ == "auxpass" for c in verb.children)


def _timed(sent: Span, dated: set[int]) -> bool:
    """The sentence has a time of its own, or a sequence word that moves the telling on."""
    return any(t.i in dated or t.ent_type_ in ("DATE", "TIME") or t.lower_ in _SEQUENCE for t in sent)


def _other_actor(subj: Token | None, actor: Token | None) -> bool:
    """A named other doer: not 'he' or 'it' (who may be the first), not the first doer again."""
    if subj is None or actor is None or subj.lower_ in _PERSON_PRONOUNS + _THING_PRONOUNS:
        return False
    return subj.lemma_.lower() != actor.lemma_.lower()


def _again(sent: Span) -> bool:
    """'again', 'previously', 'last': words that may set the act at another time than the first."""
    return any(t.lower_ in _OTHER_TIME for t in sent)


_OTHER_TIME = word_set("other_time_words")


_OCCASION_PREPS = ("in", "at", "during", "on")


def act_at_dated_occasion(date_root: Token) -> Token | None:
    """'Britain has voted to leave the EU in Thursday's referendum', 'three people were killed in
    Tuesday's attack': a past act told within a day's occasion (the date owns the noun) is the
    happening of that day; the noun alone gives at best 'The attack took place', or no label at all."""
    verb = _verb_of_occasion(date_root)
    if verb is None or verb.lemma_ in _NO_ACTS or verb.lemma_ in ("be", "have") or reporting_verb(verb):
        return None
    return verb if _told_past(verb) and not negated(verb) and not hypothetical(verb) else None


def _verb_of_occasion(date_root: Token) -> Token | None:
    """The verb whose 'in'/'at' phrase is the noun the date owns ('voted ... in Thursday's referendum')."""
    noun = date_root.head
    if date_root.dep_ != "poss" or noun.dep_ != "pobj" or noun.head.lower_ not in _OCCASION_PREPS:
        return None
    verb = noun.head.head
    while verb.dep_ == "xcomp" and verb.tag_ == "VB":
        verb = verb.head        # 'voted to leave the EU in Thursday's referendum': the parser's 'leave' is the vote's
    return verb if noun.head.dep_ == "prep" and verb.pos_ in ("VERB", "AUX") else None


def _told_past(verb: Token) -> bool:
    """'voted', 'has voted', 'were killed': a finite past or perfect, not a bare participle ('the man
    killed in Tuesday's attack' describes a noun) nor a plan ('will compete')."""
    if verb.tag_ == "VBD":
        return True
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and bool(auxes) and all(a.tag_ in ("VBD", "VBZ", "VBP") for a in auxes)


def _opens_day(sent: Span, before: Span, day_start: int, *, lead: bool) -> bool:
    """`before` sets the day the next sentence `sent` goes on with: by the day at its front, in the same
    paragraph, or as a lead by its main verb's day when its actor goes on acting."""
    if _fronted(before, day_start) and "\n" not in text_of(sent.doc)[before.end_char:sent.start_char]:
        return True
    return lead and _day_of_main_verb(before, day_start) and _same_actor(sent, before)


_PERSON_PRONOUNS = ("he", "she", "they")


def _same_actor(sent: Span, lead: Span) -> bool:
    """'A jury found X liable on Tuesday. The jury awarded Y $5 million.': the lead's actor goes on acting,
    named again or as 'he', 'she', 'they'; a new actor ('The river burst its banks on Tuesday. Rescue
    teams evacuated 300 families.') may act on another day."""
    subj, actor = subject_of(sent.root), subject_of(lead.root)
    if subj is None or actor is None:
        return False
    return subj.lower_ in _PERSON_PRONOUNS or subj.lemma_.lower() == actor.lemma_.lower()


def _day_of_main_verb(sent: Span, day_start: int) -> bool:
    """The date starting at `day_start` hangs on the sentence's main verb ('found X liable on
    Tuesday'), not on a noun ('the announcement Friday of a loss showed')."""
    day = next((t for t in sent if t.idx == day_start), None)
    if day is None:
        return False
    up = day.head
    # through its preposition, or an adjective the parser hung it on ('found X liable on Tuesday')
    while up.pos_ in ("ADP", "ADJ") and up.head != up:
        up = up.head
    return up == sent.root


def _asserted_act(verb: Token) -> bool:
    """A past act said to have happened: not a state ('was', 'owned', 'included'), a saying, a denial or
    a guess."""
    if verb.tag_ != "VBD" or verb.lemma_ in _NO_ACTS or verb.lemma_ in ("be", "have") or \
            reporting_verb(verb):
        return False
    return not negated(verb) and not hypothetical(verb)


_THING_PRONOUNS = ("it", "this", "that")


def _describes_object(subj: Token | None, before: Span) -> bool:
    """'On Friday, a judge upheld the measure. The measure banned ...': a sentence about a thing the one
    before acted on describes that thing (what it does, since when), no act of the day; so may 'It'."""
    if subj is None or subj.lower_ in _THING_PRONOUNS:
        return True
    actor = subject_of(before.root)
    own = {t.i for t in actor.subtree} if actor is not None else set()
    named = subj.lemma_.lower()
    return any(t.lemma_.lower() == named and t.i not in own for t in before if t.pos_ in ("NOUN", "PROPN"))


def _fronted(sent: Span, day_start: int) -> bool:
    """'On Sunday, ...', 'But on October 7, ...': the day opens its sentence, set off by a comma."""
    before = [t for t in sent if t.idx < day_start]
    after = next((t for t in sent if t.idx > day_start and t.ent_type_ not in ("DATE", "TIME")), None)
    return all(t.pos_ in ("CCONJ", "ADP") for t in before) and after is not None and after.text == ","


_HAPPENING_KIN = [frozenset(r[0].split()) for r in rows("happening_noun_kin.txt")]
_HAPPENING_NOUNS = word_set("event_nouns") | word_set("occasion_nouns") | frozenset().union(*_HAPPENING_KIN)
_IMMEDIATE_CAUSES = word_set("immediate_cause_participles")
_CLOSE_AFTER = word_set("close_after_words")
_NAMED_AT = ("at", "during", "in")
_DEFINITE = ("the", "that", "this")
_CASUALTY_VERBS = word_set("harmed_verbs") | {"die"}
_RELATING = word_set("happening_relation_verbs")
_HARMING = word_set("disaster_words") | word_set("harmed_verbs")


def happening_words(verb: Token | None, noun: Token | None, other_dates: set[int]) -> frozenset[str]:
    """The words that name a dated happening: its verb and the happening nouns its clause has as
    subject, object or 'at'/'in' phrase ('A car bomb exploded at a market on Tuesday' -> explode, bomb),
    widened by their kin (blast, explosion). A noun with a date of its own ('the toll from Monday's
    earthquake rose on Thursday': `other_dates` are the other dates' tokens) is another day's."""
    verbs = _dated_verbs(verb)
    toks = ([noun] if noun is not None else []) + [n for v in verbs for n in _clause_nouns(v)]
    own = {t.lemma_.lower() for t in toks if _undated_happening(t, other_dates)} | {v.lemma_.lower() for v in verbs}
    return frozenset(own) | kin_of(own)


def kin_of(words: set[str] | frozenset[str]) -> frozenset[str]:
    """The words of every kin row (data/happening_noun_kin.txt) one of `words` is in: 'quake' -> quake,
    earthquake, tremor; empty when none is a happening's word."""
    return frozenset().union(*(kin for kin in _HAPPENING_KIN if kin & words))


def _dated_verbs(verb: Token | None) -> list[Token]:
    """The dated verb, and the clause a dated 'while landing' is a step of ('crashed while landing')."""
    if verb is None:
        return []
    return [verb, verb.head] if verb.dep_ == "advcl" else [verb]


def _clause_nouns(verb: Token) -> list[Token]:
    """The verb's subject and object, and the nouns of its prepositional phrases."""
    args = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return args + [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]


def _undated_happening(t: Token, other_dates: set[int]) -> bool:
    """A happening noun with no date of its own ('Monday's earthquake' has one)."""
    noun = t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in _HAPPENING_NOUNS
    return noun and not any(d.i in other_dates for d in t.subtree)


def named_happening_act(sent: Span, words: frozenset[str], dated: set[int]) -> Token | None:
    """'A car bomb exploded on Tuesday. The blast killed 12 people.'; '... At the ceremony, the mayor
    thanked them.'; 'Minutes after the quake, rescuers began digging.': a later sentence whose past act
    names the dated happening again, definite, as its subject or by 'at'/'during'/'in' or a close 'after'
    phrase, and has no time of its own, happened that day. A saying's told act counts ('Police said
    12 were killed in the blast'); a state, a denial or a guess does not."""
    verb = _told_act(sent.root)
    if not _named_act(verb) or verb.lemma_ in _RELATING or running_toll(verb) or \
            not any(_names_again(n, words) for n in _naming_nouns(verb)):
        return None
    return None if _time_beyond_steps(sent, dated, _close_after_words(verb)) or _again(sent) else verb


def _time_beyond_steps(sent: Span, dated: set[int], steps: set[int]) -> bool:
    """The sentence has a time or sequence word of its own, beyond the `steps` of a close 'after'."""
    return any((t.i in dated or t.ent_type_ in ("DATE", "TIME") or t.lower_ in _SEQUENCE) and t.i not in steps
               for t in sent)


def _close_after_words(verb: Token) -> set[int]:
    """The tokens of the verb's 'after' phrases before 'after' ('Minutes' of 'Minutes after the quake'):
    they tell a step within the happening's day, no time of the sentence's own."""
    afters = [p for p in verb.children if p.lower_ == "after"]
    return {t.i for p in afters for t in p.subtree if t.i < p.i} | {p.i - 1 for p in afters}


def _named_act(verb: Token) -> bool:
    """A past act said to have happened, active or passive ('killed', 'were killed')."""
    if verb.lemma_ in _NO_ACTS or verb.lemma_ in ("be", "have") or reporting_verb(verb):
        return False
    return _told_past(verb) and not negated(verb) and not hypothetical(verb)


def _naming_nouns(verb: Token) -> list[Token]:
    """The verb's subject, and the nouns of its 'at'/'during'/'in' phrases and of an 'after' phrase a
    short stretch opens ('minutes after the quake')."""
    out = _subjects_and_causes(verb)
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        if prep.lower_ in _NAMED_AT or _close_after(prep):
            out += [c for c in prep.children if c.dep_ == "pobj"]
    return out


def _subjects_and_causes(verb: Token) -> list[Token]:
    """The verb's subjects and the happenings they are the immediate result of (_caused_by)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects + [n for s in subjects for n in _caused_by(s)]


def _caused_by(subject: Token) -> list[Token]:
    """'A tsunami generated by the quake': the happening a subject is the immediate result of, which
    its act names again (the wave struck within the quake's day)."""
    return [n for c in subject.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lower_ in _IMMEDIATE_CAUSES
            for a in c.children if a.dep_ == "agent" for n in a.children if n.dep_ == "pobj"]


def _close_after(prep: Token) -> bool:
    """'minutes after', 'shortly after': an 'after' a short stretch opens."""
    if prep.lower_ != "after":
        return False
    return any(t.lower_ in _CLOSE_AFTER for t in prep.children) or prep.i > 0 and prep.nbor(-1).lower_ in _CLOSE_AFTER


def _names_again(noun: Token, words: frozenset[str]) -> bool:
    """'the blast', 'that vote': a definite happening noun of the dated happening's words."""
    lemma = noun.lemma_.lower()
    definite = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)
    return definite and lemma in _HAPPENING_NOUNS and lemma in words


def casualty_act(sent: Span, before: Span, words: frozenset[str], dated: set[int]) -> Token | None:
    """'A gunman opened fire at a rally on Saturday. The gunman and one spectator were killed.': the
    toll told in the next sentence of the paragraph after a day's harming happening (`words`, see
    happening_words), with no time of its own, is of that day."""
    if "\n" in text_of(sent.doc)[before.end_char:sent.start_char] or not words & _HARMING:
        return None
    verb = _told_act(sent.root)
    if verb.lemma_ not in _CASUALTY_VERBS or not _named_act(verb) or running_toll(verb):
        return None
    return None if _time_beyond_steps(sent, dated, set()) or _again(sent) else verb


_RUNNING_WORDS = tuple(word_set("running_toll_words"))


def running_toll(verb: Token) -> bool:
    """'The fire has killed 11 people', '11 were killed so far': a count of the dead or hurt that runs
    up to the telling (a present perfect, or 'so far', 'now'), no happening of one day; a single
    death ('The painter has died') is one."""
    return present_perfect(verb) and verb.lemma_ in _CASUALTY_VERBS and _counts_people(verb) or told_so_far(verb)


def told_so_far(verb: Token) -> bool:
    """'11 people have been killed so far', 'The fire has now killed 11': a count of the dead or hurt
    its words say runs to the telling. A plain 'At least 89 people have died, officials said Monday'
    after Sunday's tornado counts the tornado's dead (judges date it Sunday)."""
    if verb.lemma_ not in _CASUALTY_VERBS or not _counts_people(verb):
        return False
    clause = " " + " ".join(t.lower_ for t in verb.subtree if t.dep_ != "ccomp") + " "
    return any(f" {w} " in clause for w in _RUNNING_WORDS)


def _counts_people(verb: Token) -> bool:
    """'At least 11 people were killed', 'killed 11 workers', 'Nine have died': a number of the harmed."""
    harmed = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return any(h.like_num or any(t.dep_ == "nummod" for t in h.children) for h in harmed)
