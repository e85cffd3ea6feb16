"""Fill in the blank: one key name, date or number taken out of an article sentence."""
from __future__ import annotations

import re

from ..index import COARSE, NAME_KINDS, wordnum
from ..lexicon import key, load as load_lexicon
from ..memo import per_article
from ..model import Question
from ..nlp import text_of
from ..realise import NAME_ENTS
from ..referents import earlier_named_form, opening_owner, opening_subject
from ..syntax import additive_subject
from ..tagged_dates import part_of_name
from ..timex.lexicon import number_value
from ..wordlists import pattern, word_set, words
from .clauses import inside_brackets, pronoun_problem, unnamed_set_subject
from .connectives import trim_edges
from .context import Context, phrase_in, question, word_count
from .distractors import _MONTH_AP, _MONTH_FULL

BLANK = "_____"
_NAME_FOCUS = frozenset(COARSE[k] for k in NAME_KINDS)
_PLACE_KINDS = frozenset({"COUNTRY", "STATE", "CITY", "PLACE"})
_SECOND_BLANK_KINDS = frozenset({"NUMBER", "MONEY", "PERCENT", "QUANTITY"})
# a longer sentence makes a reading test, not a recall one: its main clause gets a blank instead
# (lead_blank.py)
LONGEST = 34
_PREF = {"PERSON": 0, "ORG": 1, "MEDIA": 1, "COUNTRY": 1, "CITY": 2, "STATE": 2, "PLACE": 2, "DATE": 2,
         "MONEY": 3, "NUMBER": 3, "PERCENT": 3, "DURATION": 4, "QUANTITY": 4, "TIME": 3}


def accepted(text: str, full: str, article: str = "") -> tuple[str, ...]:
    """Other spellings a learner may type for the same answer (with the `article`'s text, the
    country a capital or a people's adjective stands for, when the article names it)."""
    alts = []
    if full and full != text:
        alts.append(full)
    for ap, fu in zip(_MONTH_AP, _MONTH_FULL):
        if ap != fu and re.search(r"\b%s" % re.escape(ap), text):
            alts.append(text.replace(ap, fu))
    if "," in text and re.search(r"\d,\d", text):
        alts.append(re.sub(r"(?<=\d),(?=\d)", "", text))
    if text.startswith("$"):
        alts.append(text[1:] + " dollars")
    if re.search(r"\bpercent\b", text):
        alts.append(text.replace(" percent", "%"))
    if text.lower().startswith("the "):
        alts.append(text[4:])
    alts.extend(_same_in_other_words(text))
    alts.extend(_country_forms(text, article))
    out = []
    for a in alts:
        if a not in out and a != text:
            out.append(a)
    return tuple(out)


def _country_forms(text: str, article: str) -> list[str]:
    """'ties to Baghdad': 'Iraq' is as right, the capital standing for its country (and a place in
    the capital is in the country); so is 'Iraq' for 'Iraqi'. Only where the article names the
    country itself. Not the other way: 'born in Iraq' is not 'born in Baghdad'."""
    lex = load_lexicon()
    k = key(text)
    if k in lex.country_by_key:
        return _other_country_names(text, article)
    country = lex.capitals.get(k) or lex.demonyms.get(k)
    if country is None or key(country.name) == k:
        return []
    if re.search(r"\b%s\b" % re.escape(country.name), text):
        # 'Mexico City' keyed 'Mexico' too: a learner who leaves out 'City' names another place, the
        # country (judged: 'in the center of _____' accepting 'Mexico', a wrong key)
        return []
    return [country.name] if _names_word(article, country.name) else []


_COUNTRY_PARTS = word_set("country_part_names")


def _other_country_names(text: str, article: str) -> list[str]:
    """'Britain': 'the U.K.' the article also writes is as right (judged: a blank keyed 'Britain' where
    'the U.K.' fits, rule 3); each other name of the country the article uses, as it writes it."""
    country = load_lexicon().country_by_key[key(text)]
    if key(text) in _COUNTRY_PARTS:
        return []
    out = []
    for name in (country.name, *country.aliases):
        if key(name) in _COUNTRY_PARTS or key(name) == key(text) or not _written_alone(article, name):
            continue
        out.append(name)
        if re.search(r"\bthe\s+%s(?!\w)" % re.escape(name), article):
            out.append("the " + name)
    return out


@per_article
def _written_alone(article: str, name: str) -> bool:
    """The article writes the name on its own, not inside a longer name ('America' of 'Bank of America'
    or 'South America')."""
    for m in re.finditer(r"(?<!\w)%s(?!\w)" % re.escape(name), article):
        before = re.search(r"(\w+)\s+$", article[max(0, m.start() - 30):m.start()])
        inside = before is not None and (before.group(1) == "of" or
                                         (before.group(1)[:1].isupper() and before.group(1) != "The"))
        if not inside and not re.match(r"\s+(?:of\s+)?[A-Z]", article[m.end():]):
            return True
    return False


@per_article
def _names_word(article: str, word: str) -> bool:
    """Whether the article has `word` as a whole word: asked once per article and word, since a long
    article's blanks ask it of the same few countries again and again."""
    return re.search(r"\b%s\b" % re.escape(word), article) is not None


_LEGAL_FORMS = word_set("legal_form_words")
_DECADES = re.compile(r"(\w+) decades", re.I)


def _same_in_other_words(text: str) -> list[str]:
    """The answer as a learner may rightly write it otherwise: a company without its legal form
    ('Bayer' for 'Bayer AG'), decades as years ('70 years' for 'seven decades')."""
    alts = []
    words = text.split()
    if len(words) > 1 and words[-1].lower().rstrip(",") in _LEGAL_FORMS:
        alts.append(" ".join(words[:-1]).rstrip(","))
    decades = _DECADES.fullmatch(text.strip())
    value = number_value(decades.group(1)) if decades else None
    if value is not None and value.isdigit():
        alts.append(f"{int(value) * 10} years")
    return alts


def generate(ctx: Context) -> list[Question]:
    from .lead_blank import generate as lead_blanks   # they build on this module's blanks
    from .trimmed import generate as trimmed_blanks
    out = []
    doc = ctx.doc
    for s, span in zip(ctx.parsed.sentences, ctx.parsed.spans):
        words = word_count(s.text)
        if words < 6 or words > LONGEST:
            continue
        # a pronoun the sentence does not resolve ("..., he said", "her bookings") leaves the
        # learner guessing who is meant: no blank from such a sentence ("who"/"which" of a
        # relative clause point at the name just before them and are fine)
        named = opening_named(span)
        skip = set(range(named[0], named[1])) if named else set()
        # 'Each amount is ...' (each of what?) leaves the learner guessing as a pronoun does
        if blankable(doc, span, [t.i for t in span], skip):
            out.extend(_blanks(ctx, s, span, named))
    lead = lead_blanks(ctx)
    return out + lead + trimmed_blanks(ctx, {q.sentence_id for q in lead})


def blankable(doc, span, idxs: list[int], skip: set[int]) -> bool:
    """The words `idxs` of the sentence make a fair blank's stem: no pronoun they leave unresolved, no
    unnamed set as subject, no bare 'did' standing for a verb phrase of another sentence."""
    return not pronoun_problem(doc, [i for i in idxs if not _relative_pronoun(doc[i])], skip) and \
        not unnamed_set_subject(opening_subject(span)) and not _elided_predicate(span)


def _elided_predicate(span) -> bool:
    """'Andres Iniesta did, and Spain rules ...': a bare 'did' stands for a verb phrase of the sentence
    before ('find the net'); a blank on who 'did' asks about a deed the stem never names."""
    return any(t.lemma_ == "do" and t.pos_ != "AUX" and t.dep_ in ("ROOT", "conj") and
               not any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "advcl", "attr") for c in t.children)
               for t in span)


def opening_named(span) -> tuple[int, int, str] | None:
    """The sentence's opening subject named so that the stem says whose it is: 'The shares' -> the
    article's own 'Jaguar shares', else 'Sales' -> 'Armco's sales' (`referents`); None when it needs
    nothing or nothing is found."""
    subj = opening_subject(span)
    named = earlier_named_form(subj) if subj is not None else None
    if named:
        return named[0], subj.i + 1, named[1]
    return opening_owner(span)


def _blanks(ctx: Context, s, span, named=None, trimmed=None) -> list[Question]:
    """The blank for the sentence's preferred mention (names first, then dates, then numbers), and
    up to two more beside a name: another kind of name, a number (dates have their own
    when-questions). The checks and the ranker choose between them; a quiz never takes two (one
    gives the other's answer away)."""
    ments = sorted(ctx.index.by_sentence.get(s.id, []), key=lambda m: (_PREF.get(m.kind, 5), m.start))
    out: list[Question] = []
    for m in sorted(ments, key=lambda m: m.modifier):
        if out and not _another_sort(out, m):
            continue
        q = _blank(ctx.doc, s, span, m, named, trimmed)
        if q is not None:
            out.append(q)
        if len(out) == 3:
            break
    return out


def _another_sort(made: list[Question], m) -> bool:
    """A further blank of a sentence that has one on a name: a name of another kind (a place beside
    a person) or a number, one of each."""
    if made[0].focus not in _NAME_FOCUS or m.coarse in {q.focus for q in made}:
        return False
    numbers = sum(q.focus not in _NAME_FOCUS for q in made)
    return (m.kind in _SECOND_BLANK_KINDS and not numbers) or m.kind in NAME_KINDS


def _blank(doc, s, span, m, named=None, trimmed=None) -> Question | None:
    """The sentence (or its `trimmed` text and token offsets, trimmed.py) with the mention blanked out,
    or None when the blank would be unfair or ambiguous."""
    text, where = trimmed or (text_of(doc)[s.start:s.end], None)
    a = _offset(doc, span, m, where) if blank_worthy(doc, m) else None
    prompt = _cloze(text, a, m.text)
    if prompt is None:
        return None
    b = a + len(m.text)
    prompt = _gaps_closed(text, s, prompt, trimmed)
    if named and m.start >= named[1]:
        prompt = _renamed_opening(doc, span, prompt, named, where)
    if text.count(m.text) > 1 or phrase_in(m.text, prompt) or \
            (m.modifier and (a > 0 and text[a - 1] == "-" or text[b:b + 1] == "-")):
        return None
    prompt = neutral_article(_tidy(prompt))
    return question("fill_blank", prompt, m.text, s.id, focus=m.coarse, accept=accepted(m.text, m.full, text_of(doc)))


_HEDGES = "|".join(re.escape(w) for w in words("restated_amount_hedges"))
_AMOUNT = rf"(?:(?:{_HEDGES})\s+)?(?:(?:[A-Z]{{0,3}}[$€£¥])?\d[\d.,]*|{'|'.join(word_set('number_words'))})"
# '_____ (nine meters) high', '30 feet (_____)': the same amount in another unit, right beside the blank,
# gives the answer away
_RESTATED_AFTER = re.compile(rf"^\s*\((?i:{_AMOUNT})(?:[\s-]+[^\W\d_][\w.%]*){{0,3}}\)")
_RESTATED_BEFORE = re.compile(rf"(?i:{_AMOUNT})(?:[\s-]+[^\W\d_][\w.%]*){{0,3}}\s*\(\s*$")


def _cloze(text: str, a: int | None, answer: str) -> str | None:
    """The text with the blank at `a` (None: no blank), without the same amount in another unit beside
    it: '_____ (nine meters) high' and '30 feet (_____) high' both read '_____ high'."""
    if a is None:
        return None
    after = text[a + len(answer):]
    before = _RESTATED_BEFORE.search(text[:a])
    if before is not None and after.lstrip().startswith(")"):
        return text[:before.start()] + BLANK + after.lstrip()[1:]
    return text[:a] + BLANK + _without_summed_parts(_RESTATED_AFTER.sub("", after, count=1), answer)


# an aside between dashes or brackets right after the blank (and at most two words of its noun):
# '_____ patients - 20 children and 65 adults - who ...'
_PARTS_ASIDE = re.compile(r"^((?:\s+[^\W\d_][\w'’-]*){0,2})\s+(?:[-–—]{1,2}\s+([^-–—()]+?)\s+[-–—]{1,2}|\(([^()]+)\))"
                          r"(?=[\s,.;:!?]|$)")


def _without_summed_parts(after: str, answer: str) -> str:
    """The text after the blank without an aside whose figures add up to the answer ('_____ patients -
    20 children and 65 adults - who': 20 + 65 gives 85 away; judged rule 7, 'drop that aside')."""
    aside = _PARTS_ASIDE.match(after)
    total = _count_of(answer)
    if aside is None or total is None:
        return after
    parts = [_count_of(w) for w in re.findall(r"\d[\d,]*|[^\W\d_]+", aside.group(2) or aside.group(3))]
    parts = [p for p in parts if p is not None]
    if len(parts) < 2 or sum(parts) != total:
        return after
    return aside.group(1) + after[aside.end():]


def _count_of(word: str) -> int | None:
    """A whole count written in figures ('1,200') or as one word ('twenty'), else None."""
    text = word.strip()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", text):
        return int(text.replace(",", ""))
    return wordnum(text)


def _gaps_closed(text: str, s, prompt: str, trimmed) -> str:
    """The stem from the sentence as read (`text`): where the cleaner set words aside inside the sentence
    ('Coral Resorts (NYSE: CRG) fell'), the gaps they leave are closed (a `trimmed` text has none)."""
    if trimmed is not None or text == s.text:
        return prompt
    return re.sub(r"(?<=\S) +(?=[.,;:!?])", "", re.sub(r" {2,}", " ", prompt.strip()))


def _offset(doc, span, m, where: dict[int, int] | None) -> int | None:
    """Where the mention's text starts in the sentence, or in the trimmed text whose token offsets are
    `where` (None when a word of it was cut, or the text is not found as written)."""
    if where is not None and any(i not in where for i in range(m.start, m.end)):
        return None
    off = doc[m.start:m.end].text.find(m.text)
    if off < 0:
        return None
    return off + (where[m.start] if where is not None else doc[m.start].idx - span.start_char)


# only 'an' is marked: 'a _____' reads as plain English and judges never call it a cue, while
# 'a(n) _____' before a consonant-sounded answer reads as a template's artifact
_ARTICLE_BEFORE_BLANK = re.compile(r"\b([Aa])n(?= %s)" % re.escape(BLANK))


def neutral_article(prompt: str) -> str:
    """'an _____' written 'a(n) _____': 'an' would tell that the answer starts with a vowel sound."""
    return _ARTICLE_BEFORE_BLANK.sub(lambda m: m.group(1) + "(n)", prompt)


def _renamed_opening(doc, span, prompt: str, named: tuple[int, int, str], where=None) -> str:
    """The stem with its opening subject replaced by the phrase that names its owner."""
    last = doc[named[1] - 1]
    cut = (where[last.i] if where else last.idx - span.start_char) + len(last.text)
    text = named[2]
    return text[:1].upper() + text[1:] + prompt[cut:]


def _relative_pronoun(t) -> bool:
    return t.tag_ in ("WP", "WDT", "WP$") and t.head.dep_ == "relcl"


_CLOCK_TIME = re.compile(pattern("clock_time"), re.I)


def blank_worthy(doc, m) -> bool:
    """A value a reader finds in the sentence, not one to work out or to guess from the shape:

    not a number in parentheses restating another unit ("80 mph (130 kph)"), not a time of day
    unless the blank is the whole clock time, and not a word capitalised only because it opens the
    sentence ("Results", "About"): the answer is typed as the article writes it inside a sentence;
    not one word of a name the article gives in full ('Smith' of 'John Smith'): which part to type?;
    not a place that only labels a noun ('the U.S. attorney', 'the New York toy store'): the blank
    asks for a label, not for where something happened."""
    if _part_of_full_name(m) or (m.kind in _PLACE_KINDS and m.modifier) or _aside_or_item(doc, m) \
            or _name_year_or_shared_act(doc, m):
        return False
    if m.kind == "TIME" and not _CLOCK_TIME.fullmatch(m.text.strip()):
        return False
    return not _capital_of_sentence_start(doc, m) and not _ragged_edge(doc, m)


def _name_year_or_shared_act(doc, m) -> bool:
    """A year of a law's name ('the Election Act, _____' is no date to ask), or the subject of a verb
    said with 'also' ('_____ also reported on it': someone else did too, a second right answer)."""
    if m.kind == "DATE":
        return part_of_name(doc[m.start:m.end])
    return m.kind in NAME_KINDS and additive_subject(doc[m.start:m.end].root)


def _aside_or_item(doc, m) -> bool:
    """In brackets, one of a list, or the number of a name."""
    return inside_brackets(doc, m.start) or _one_of_a_list(doc, m) or _number_of_a_name(doc, m)


def _number_of_a_name(doc, m) -> bool:
    """'iTunes 2', 'the Boeing 737 Max', 'Super Bowl 50': a number right after the name it numbers is
    part of that name (a version, a model, an edition), no figure of the story."""
    t = doc[m.start:m.end].root
    return m.end - m.start == 1 and t.like_num and t.dep_ == "nummod" and t.head.i == t.i - 1 and \
        t.head.pos_ == "PROPN"


def _one_of_a_list(doc, m) -> bool:
    """'diplomats from countries such as _____, Laos, and the US', 'three fund groups -- _____, Vanguard and
    T. Rowe Price': one name of a list of three or more asks which of equals it was (teachers rejected
    7 of 8 such blanks as trivia)."""
    if m.kind not in NAME_KINDS:
        return False
    return len(doc[m.start:m.end].root.conjuncts) >= 2 or _last_of_a_list(doc, m.start)


def _last_of_a_list(doc, start: int) -> bool:
    """'in Sudan, Angola, Congo, and _____ caused': the parser may hang a list's last name on the verb;
    the 'and' before the blank then follows a name that is already an item of a list of two or more."""
    i = start - 1
    if i < 2 or doc[i].lower_ not in ("and", "or"):
        return False
    prev = doc[i - 2] if doc[i - 1].text == "," else doc[i - 1]
    while prev.dep_ in ("pobj", "prep") and 0 < prev.i - prev.head.i <= 2:
        prev = prev.head                     # 'Congo' of 'Republic of Congo' is part of the item
    return (prev.pos_ == "PROPN" or bool(prev.ent_type_)) and len(prev.conjuncts) >= 2


def _ragged_edge(doc, m) -> bool:
    """A mention whose span the tagger cut wrongly: it opens on a verb ('Are Urban Meyer' of a question
    sentence: the blank swallows its verb) or starts inside a name ('NBC' + 'News/ Wall Street Journal
    Poll': a blank that splits the name cannot be filled)."""
    first = doc[m.start]
    if first.pos_ in ("AUX", "VERB") or first.tag_ in ("MD", "VBZ", "VBP", "VBD"):
        return True
    # a title before a name ('President _____') is no part of another name
    before = doc[m.start - 1] if m.start > 0 else None
    return before is not None and before.pos_ == "PROPN" and before.ent_type_ in NAME_ENTS and \
        before.ent_type_ == first.ent_type_ and m.start <= before.head.i < m.end


def _part_of_full_name(m) -> bool:
    """One word of a name the article gives in full ('Smith' of 'John Smith')."""
    return m.kind in NAME_KINDS and m.full != m.text and len(m.text.split()) == 1


def _capital_of_sentence_start(doc, m) -> bool:
    """The mention's first word is capitalised only because it opens the sentence ('Results'):
    not a proper noun by tag nor part of a name."""
    first = next((t for t in doc[m.start:m.end] if m.text.startswith(t.text)), None)
    return bool(first is not None and first.is_sent_start and first.text[:1].isupper() and first.is_alpha and
                first.tag_ not in ("NNP", "NNPS") and first.ent_type_ not in NAME_ENTS)


def _tidy(text: str) -> str:
    t = text.strip()
    # a sentence that opens or closes a quotation spread over several sentences: drop the lone mark
    if t.count("\u201c") + t.count("\u201d") + t.count('"') == 1:
        t = t.strip("\u201c\u201d\"")
    return trim_edges(t.strip())
