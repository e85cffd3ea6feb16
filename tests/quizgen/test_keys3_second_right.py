"""Wrong keys and second right answers of the whole-bank verdicts (JUDGING.md rules 3, 4, 10): a long
paragraph cut at a comma where a full stop was at hand (an analyst's 'wouldn't be surprised if ...'
left as a plain statement), 'four of six' keyed 'six', a participle set off by commas read as the
subject's own verb ('X, rumored a takeover target, said'), the subject of a verb said with 'also'
(someone else did it too), a noun's 'that' content read as the fact a cause explains, and a happening
that lasts a span ordered by its first year."""
from __future__ import annotations

import spacy

import quizgen
from quizgen.limits import cap_sentence_length

HEADER = "Title: {title}\nDate: 2021-03-10\n\n"


def _lesson(title: str, body: str):
    return quizgen.build_lesson(HEADER.format(title=title) + body)


def _prompts(lesson) -> list[str]:
    return [q.prompt for q in lesson.questions]


def test_the_cap_cuts_at_a_full_stop_before_a_comma():
    doc = spacy.blank("en")("The firm grew fast . Its chief said he would not mind if , over two years , "
                            "its share rose to half .")
    cap_sentence_length(doc, limit=16)
    assert doc[5].is_sent_start and not doc[16].is_sent_start


def test_a_long_paragraph_keeps_a_hedged_clause_with_its_frame():
    filler = " ".join(f"The plant in town number {n} made {n * 10} chairs in March." for n in range(2, 11))
    body = filler + (" Mr. Hale said he wouldn't be surprised if, over the next three years or so, "
                     "Delta Foods' share rose to 40% or more.")
    texts = [s.text for s in _lesson("Chair makers", body).sentences]
    assert any("surprised if" in t and "Delta Foods' share rose" in t for t in texts)


BODY = ("Orbis Systems said on Tuesday that it would cut its research budget by half. The chief executive, "
        "Laura Penn, said the cuts were needed to protect profits. At the same time four of six design projects "
        "were cancelled, she said.\nHarbor Tools Inc., rumored a likely takeover target for eight months, said "
        "that a German company has sought approval to buy up to 20% of its shares. The company's share price "
        "fell 5% on Wednesday.")


def test_four_of_six_is_not_keyed_six():
    lesson = _lesson("Maker cuts research budget", BODY)
    assert not any(q.answer == "six" for q in lesson.questions)


def test_a_set_off_participle_is_not_the_subjects_verb():
    lesson = _lesson("Maker cuts research budget", BODY)
    assert not any("rumor" in p.lower() and "?" in p for p in _prompts(lesson))
    assert not any(e.label.startswith("Harbor Tools Inc. rumored") for e in lesson.events)


ALSO = ("An investigation by the Daily Ledger, published on Monday, found that the mayor had received payments "
        "from a builder. The Evening Post also reported on the payments. The mayor resigned on Tuesday.\n"
        "The city council will meet on Friday to choose a new mayor.")


def test_the_subject_of_also_is_not_asked_nor_swapped():
    lesson = _lesson("Paper reveals payments", ALSO)
    for q in list(lesson.questions) + [q.twin for q in lesson.questions if q.twin]:
        if "reported on the payments" in q.prompt:
            assert q.type == "true_false" and "Evening Post" in q.prompt and q.answer == "True"


def test_a_nouns_that_clause_is_not_explained_by_it():
    body = ("The council delayed its vote on the new bridge on Monday. because of objections from some board "
            "members that three weeks seemed short and unworkable. The mayor said the vote would take place "
            "next month.")
    lesson = _lesson("Council delays vote", body)
    assert not any("seemed short" in p for p in _prompts(lesson))


def test_a_span_is_not_ordered_by_its_first_year():
    body = ("Water levels in Lake Varna fell by two meters from 1990 to 2015, a new study found. The study was "
            "published on Monday in a science journal. A dam was built upstream of the lake in 1996. The town of "
            "Mirel opened a new water plant in 2019. Farmers near the lake asked the government for help last year.")
    lesson = _lesson("Lake levels fall", body)
    orders = [q for q in lesson.questions if q.type == "order_events"]
    assert orders and not any("Water levels" in label for q in orders for label in q.answer)


def test_a_quotation_after_another_speakers_verb_does_not_go_on_as_the_last_speakers():
    from quizgen.article import parse_article
    from quizgen.pipeline import analyse
    from quizgen.questions.context import make_context
    body = ('Secretary of State John Baxter met the union\'s president on Monday. "We made real progress on the '
            'border question," said Baxter after the meeting. The talks will resume next month. Certainly rebel '
            'leader Omar Vance continues to implore his men to fight on. "Fight them," he urged his men in a radio '
            'address. "All of you, fight them with all the power you have, and all struggle for everything." The '
            'army said it had taken two towns on Tuesday.')
    ctx = make_context(analyse(parse_article(HEADER.format(title="Talks collapse") + body)))
    assert [sp.full for sid, sp, q in ctx.attributions] == ["John Baxter"]


def test_an_open_span_from_a_start_to_now_is_still_ordered():
    body = ("On Wednesday, the heads of the two firms spoke on the phone. Since the beginning of this year, ties "
            "between the two firms have maintained a good momentum of growth. A new joint store opened in Leeds on "
            "Feb. 12.")
    lesson = _lesson("Brill grows", body)
    orders = [q for q in lesson.questions if q.type == "order_events"]
    assert orders and any("momentum" in label for q in orders for label in q.answer)
