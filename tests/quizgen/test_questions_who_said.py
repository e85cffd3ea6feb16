"""Who said it: the speaker of each quote, pronoun and readout attributions, same-kind options."""
from __future__ import annotations

import pytest

from quizgen.questions import who_said

pytestmark = pytest.mark.slow

BODY = ("Shops opened early in Frankfurt. \"I counted two kinds of money all morning,\" said Klaus Wendt, "
        "who runs a bakery.\n\n"
        "In Rome, Giulia Ferri, a pharmacist, said prices were confusing. \"The coins are pretty,\" she said.\n\n"
        "\"Rounding a coffee up looks harmless, but it adds up,\" said Martin Kessler, an economist.\n\n"
        "\u201cWe support each other in hard times,\u201d the Chinese Foreign Ministry said in a readout of the call. "
        "\u201cThe two sides will keep talking about trade,\u201d the readout continued.")


@pytest.fixture(scope="module")
def generated(context_of):
    return who_said.generate(context_of(BODY))


def test_speakers_found(generated):
    by_quote = {q.prompt: q.answer for q in generated}
    assert any("two kinds of money" in p and a == "Klaus Wendt" for p, a in by_quote.items())
    assert any("coins are pretty" in p and a == "Giulia Ferri" for p, a in by_quote.items())  # "she said"
    assert any("keep talking about trade" in p and a == "Chinese Foreign Ministry"
               for p, a in by_quote.items())                                                # "the readout"


def test_options_are_of_the_speakers_kind(generated):
    for q in generated:
        assert q.prompt.startswith("Who said") and q.prompt.endswith("?")
        assert q.answer in q.choices and 3 <= len(q.choices) <= 5
        assert len(set(q.choices)) == len(q.choices)
        if q.answer == "Klaus Wendt":
            assert set(q.choices) <= {"Klaus Wendt", "Giulia Ferri", "Martin Kessler"}
        if q.answer == "Chinese Foreign Ministry":
            assert "Klaus Wendt" not in q.choices


SILENT_BODY = ("Police said the gunman shot Peter Lund outside his shop on Monday. Lund died at the hospital. "
               "\"We are hunting the killer day and night,\" said Chief Anna Berg.\n\n"
               "The suspect, Otto Kramm, fled the city. The 1995 shooting of Rita Vang is still unsolved. \"The street is calm again,\" said Mayor Lisa Holm.\n\n"
               "\"People here want answers,\" said Carl Nyberg, a neighbour.")


def test_the_dead_and_the_suspect_never_quoted_are_no_options(context_of):
    qs = who_said.generate(context_of(SILENT_BODY))
    assert qs
    for q in qs:
        assert not {"Peter Lund", "Otto Kramm", "Rita Vang"} & set(q.choices)


def test_a_product_tagged_as_a_person_is_never_a_speaker_option(context_of):
    """'Baby Ruth' (a candy bar the tagger takes for a person) has no title, role, verb of saying or
    given name anywhere: it is never offered beside the people who speak."""
    ctx = context_of('Harbor Candy Co. expects sales of its Baby Ruth and Butterfinger bars to grow next year. '
                     '"We are selling more chocolate than ever," said Ann Brook, the company\'s chief executive. '
                     '"People want a cheap treat when times are hard," said Hamid Karzo, an analyst at Lakeside '
                     'Securities. Baby Ruth sales rose 8% in the third quarter. Jorge Pell, a shopper, bought '
                     'two bars.')
    qs = who_said.generate(ctx)
    assert qs
    assert not any("Baby Ruth" in q.choices for q in qs), [q.choices for q in qs]
    assert all("Jorge Pell" in q.choices for q in qs)


@pytest.mark.parametrize("body, name, person", [
    ("The shares were sold on Monday by trader Lena Hoss.", "Lena Hoss", True),
    ("The shares were sold on Monday by Mr. Kwame Okafor.", "Kwame Okafor", True),
    ("The shares were sold on Monday by Kwame Okafor, the chairman.", "Kwame Okafor", True),
])
def test_used_as_person(context_of, body, name, person):
    from quizgen.questions.distractors import used_as_person
    ctx = context_of(body)
    if not any(m.kind == "PERSON" and name == (m.full or m.text) for m in ctx.index.mentions):
        pytest.skip("the tagger does not take the name for a person here")
    assert used_as_person(ctx.doc, ctx.index.mentions, name) is person


def test_cut_or_giving_away_quotes_are_not_asked(context_of):
    """A quotation cut mid-clause, one opening on a bare verb, and one naming the speaker's own company
    ('our Acme brands') are not asked; a whole one is."""
    ctx = context_of("Jane Miller, president of Acme Foods, said the market had changed. \"Our company has not "
                     "been able to cope very effectively with\" the new rules, Miller said.\n\n"
                     "\"We expect our Acme brands to gain ground this year,\" Miller said.\n\n"
                     "Tom Baker, the chairman of Zenith Mills, said the mills would \"make an important "
                     "contribution to the region's economy.\"\n\n"
                     "\"The rules are too strict and they hurt small farmers badly,\" said Baker. \"Prices will "
                     "rise before the winter comes,\" said Paul Green of the Grain Council.")
    prompts = " ".join(q.prompt for q in who_said.generate(ctx))
    assert "cope very effectively" not in prompts
    assert "make an important" not in prompts
    assert "our Acme brands" not in prompts
    assert "Prices will rise" in prompts


def test_a_thing_with_a_given_name_first_is_no_person(context_of):
    """One reader of 'is this a person': words that make a name a thing ('Maria Award') win over
    a given name first, which alone makes 'Maria Lopez' a person."""
    from quizgen.questions.distractors import used_as_person
    ctx = context_of("The Maria Award went to a school in Lima. Maria Lopez thanked the pupils.")
    assert used_as_person(ctx.doc, ctx.index.mentions, "Maria Lopez")
    assert not used_as_person(ctx.doc, ctx.index.mentions, "Maria Award")


def test_a_court_or_a_measure_is_no_option_for_a_group_that_spoke(context_of):
    """A group's quotation gets groups as options, not the court that ruled or the ballot measure."""
    ctx = context_of("The Harney County Court upheld Westland Ballot Measure 12 on Friday. "
                     "\"This ruling is simple nonsense,\" said the Westland Hunters Federation. "
                     "\"The law keeps families safe,\" said the Westland Parents Alliance. "
                     "The Lakeside Rifle Association said it would appeal. "
                     "The District Court will hear the case in May.")
    qs = [q for q in who_said.generate(ctx) if "simple nonsense" in q.prompt]
    assert qs
    for q in qs:
        assert not any("Court" in c or "Measure" in c for c in q.choices), q.choices


def test_a_body_with_a_persons_name_glued_on_is_no_option(context_of):
    """'Harbour Radio Brenn' (the tagger ran a body into the judge's name) is no organisation option."""
    ctx = context_of("Judge Ada Brenn upheld the rule on Friday. The Westland Hunters Federation told "
                     "Harbour Radio Brenn's ruling was wrong. The Lakeside Rifle Association said it would appeal.")
    pools = [[(None, "Harbour Radio Brenn"), (None, "Lakeside Rifle Association")]]
    assert ctx.picker.take("Westland Hunters Federation", "ORG", pools, 3, -1, None) == ["Lakeside Rifle Association"]


def test_a_quoted_question_ends_the_stem_once(context_of):
    """'Who said, “Why should we pay twice?”' not '...twice?”?'."""
    body = ("\"Why should families pay twice for the same road?\" asked Nora Lindqvist, a councillor.\n\n"
            "\"The toll will stay,\" said Peter Aalto, the mayor.\n\n"
            "\"We will appeal the decision,\" said Ines Moreau, a lawyer for the drivers.")
    asked = [q.prompt for q in who_said.generate(context_of(body)) if "pay twice" in q.prompt]
    assert asked and all(p.endswith("road?\u201d") for p in asked), asked


@pytest.mark.parametrize("body, quote, speaker", [
    # the paragraph opens on 'He said ...': its 'he' is the president named before, not the man named since
    ("President Lee Moon spoke to the nation on Sunday.\n\n"
     "He said Kim Dal's arrest will bring peace to the region. \"It is the end of the road for him,\" he said. "
     "\"And for his men, there will be no return.\"", "end of the road", None),
    ("Coach Ann Ruiz spoke after the game on Sunday.\n\n"
     "She said Maria Holt's injury will keep the striker out for weeks. \"We will miss her very much,\" she said.",
     "miss her very much", None),
    # without the paragraph's own pronoun first, its one named person is still the speaker
    ("The storm passed on Sunday.\n\n"
     "Mayor Tom Blake visited the shelter. \"We will rebuild every house on this street,\" he said.",
     "rebuild every house", "Tom Blake"),
])
def test_a_paragraph_opening_on_he_said_points_past_the_person_named_since(context_of, body, quote, speaker):
    found = {q: sp.text for _, sp, q in context_of(body).attributions}
    said = [who for q, who in found.items() if quote in q]
    assert said == ([speaker] if speaker else [])


# a quotation running on over two sentences with straight marks: the second sentence closes it and
# goes on with the reporter's tag; the third opens on a relative pronoun whose antecedent stayed behind
RUN_ON = ("Rain flooded the valley road on Monday, said Petra Olsen, who drives a school bus. "
          "\"Water came over the bridge in minutes. "
          "We had never seen anything like it,\" Olsen told local radio station KXRB.\n\n"
          "\"The farm lost its whole harvest of beans this year,\" said Anton Reyes, a farmer. "
          "\"Which as everyone here knows, has happened three times since the dam was built.\"\n\n"
          "\"Crews will repair the bridge before winter begins,\" said Maria Lund, the mayor.")


@pytest.fixture(scope="module")
def run_on(context_of):
    return who_said.generate(context_of(RUN_ON))


def test_reporters_tag_is_no_quotation(run_on):
    """The words after the closing mark ('Olsen told local radio station KXRB') are the
    reporter's, never asked as what someone said."""
    assert run_on, "the other quotations are still asked"
    assert not any("told local radio" in q.prompt for q in run_on)


def test_quotation_opening_on_relative_pronoun_is_not_asked(run_on):
    """'Which as everyone here knows, has happened ...' says nothing read alone."""
    assert not any("Which as everyone" in q.prompt for q in run_on)
    assert any("Crews will repair" in q.prompt for q in run_on)


JOB_TITLE_BODY = (
    "Harbor Candy Co. agreed to buy the cookie business of Delmont Foods Inc. for $250 million, the companies "
    "said yesterday.\n\nThe deal gives Harbor Candy a bigger share of the snack market. Delmont Foods Inc. will "
    "keep its cracker brands. Ruth Kaminski, an analyst at Bayfront Securities, said the price was fair.\n\n"
    "\"This means Harbor is now in the cookie business in a big way,\" said Ysolde Quarrington, publisher of "
    "Tampa-based Snack Trade Monthly.\n\n"
    "\"We will concentrate more on our crackers,\" said Paul Brenner, the Delmont chief executive.")


def test_a_speaker_with_a_job_title_is_a_person_among_people(context_of):
    """'Ysolde Quarrington, publisher of Tampa-based Snack Trade Monthly' is a person (a job title has
    no article; the 'based' is the magazine's): her quotation is offered among the article's people,
    never among its companies, which would give the answer away."""
    ctx = context_of(JOB_TITLE_BODY)
    kinds = {m.kind for m in ctx.index.mentions if m.canon == "ysolde quarrington"}
    assert kinds == {"PERSON"}
    qs = [q for q in who_said.generate(ctx) if q.answer == "Ysolde Quarrington"]
    assert qs
    for q in qs:
        assert set(q.choices) <= {"Ysolde Quarrington", "Ruth Kaminski", "Paul Brenner"}, q.choices


def test_a_business_in_apposition_is_still_a_body(context_of):
    """'Lonestar Live, a Dallas-based promoter' stays a body: the article's own word for it."""
    ctx = context_of("Lonestar Live, a Dallas-based promoter, cancelled the concert on Friday. "
                     "\"We had no choice,\" said Mark Odell, a spokesman.")
    kinds = {m.kind for m in ctx.index.mentions if m.canon == "lonestar live"}
    assert "PERSON" not in kinds
