"""Sources described, not named ("a senior official said"): the description is the speaker."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kompare.core import ChangeType, Document, SpeakerKind, compare
from kompare.core.quotes import find_quotes
from kompare.present import quote_rendering


def speakers(text):
    """(speaker, kind value, text at speaker_range) for each quotation."""
    return [
        (q.speaker, q.speaker_kind.value, text[q.speaker_range[0] : q.speaker_range[1]] if q.speaker_range else None)
        for q in find_quotes(text)
    ]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("“We do not see a link to terrorism at this point,” a senior administration official said.",
         "a senior administration official"),
        ("“Republicans are in a frenzy that is disorganized,” said one Democratic source on the panel.",
         "one Democratic source on the panel"),
        ("Senior administration officials said the program was “limited in scope and subject to oversight.”",
         "Senior administration officials"),
        ("A high-level ROK government official stated Seoul will “reconsider” its policy on arms.",
         "a high-level ROK government official"),
        ("“Some of the packages went through the mail,” a government source told Fox News.", "a government source"),
        ("His condition was upgraded to “serious” on Thursday, a spokeswoman for George Washington University "
         "Hospital said.", "a spokeswoman for George Washington University Hospital"),
        ("According to a senior official, the plan is “dead on arrival in the Senate.”", "a senior official"),
        ("“This is not about the money at all,” one person familiar with the talks said.",
         "one person familiar with the talks"),
        ("“If he thinks that makes him smart,” the ad’s narrator says.", "the ad’s narrator"),
        ("“The committees were briefed on these operations many times,” the letter said.", "the letter"),
        ("“The math is daunting,” Michael Flynn’s lawyer said.", "Michael Flynn’s lawyer"),
        # party nouns are written with a capital; "as" may open the clause
        ("“There are more candidates competing in New Hampshire,” added another New Hampshire Republican.",
         "another New Hampshire Republican"),
        ("“It is a five-person race,” said one unaligned Florida Republican strategist.",
         "one unaligned Florida Republican strategist"),
        ("“We will look at it,” a spokesman for committee Democrats said.", "a spokesman for committee Democrats"),
        ("A spokesperson for Vice President Mike Pence said the veep “found the allegations disturbing.”",
         "a spokesperson for Vice President Mike Pence"),
        ("As one employee told Palo Alto Weekly, “She wants to put fear in our hearts.”", "one employee"),
        # a role noun: the one so titled when named, else as described
        ("“The administration should withdraw this decision,” the committee chairman said in a statement.",
         "the committee chairman"),
        ("The roads were closed all week. “We will win this state,” the senator said.", "the senator"),
        ("“We will pass the bill this year,” Republican senators said.", "Republican senators"),
    ],
)
def test_a_described_source_is_the_speaker_in_the_texts_words(text, speaker):
    (got,) = speakers(text)
    assert got[:2] == (speaker, "description")
    assert got[2].casefold() == speaker.casefold()  # speaker_range: where it is described


def test_the_spokesperson_is_the_one_described_before():
    text = ("A spokesperson for Google says the company “cares deeply” about the security of its users. "
            "“We disclose user data to government in accordance with the law,” the spokesperson said.")
    assert [s[0] for s in speakers(text)] == ["a spokesperson for Google"] * 2
    # ...but "the source" is not "people close to him": one is not many
    text = ("People close to Clinton said “she will run again next year”. "
            "“She has made up her mind about it,” the source said.")
    assert [s[0] for s in speakers(text)] == ["People close to Clinton", "the source"]


@pytest.mark.parametrize(
    "text, speaker, kind",
    [
        # a name after the noun: the noun titles it
        ("“We will win,” former official Danny Russel said.", "Danny Russel", "person"),
        ("Jim Brown, a spokesman for the governor, said “the governor will sign the bill on Friday.”",
         "Jim Brown", "person"),
        # where the words were, not who said them; a participle speaks as the sentence's subject
        ("“Most Americans agree that our country is on the wrong track,” Peter Thiel wrote in a statement "
         "to Wired explaining why he is speaking.", "Peter Thiel", "person"),
        # "her statement", "its analysis": whose words they are, not who speaks
        ("Hillary Clinton spoke. Later she revised her statement explaining that she had not sent emails "
         "“marked classified at the time.”", None, "person"),
        ("Win Htein said on Tuesday that according to its analysis, the party has won, but “we are "
         "still counting the seats.”", "Win Htein", "person"),
    ],
)
def test_a_description_never_stands_for_a_name_the_sentence_gives(text, speaker, kind):
    (got,) = speakers(text)
    assert got[:2] == (speaker, kind)


def test_described_sources_in_a_clause_leave_the_named_speaker_speaking():
    text = ("Ash Carter said that for decades some critics had been predicting a withdrawal from the region.\n\n"
            "“That is because this region is the most consequential for our own security.”")
    assert speakers(text)[0][:2] == ("Ash Carter", "person")
    # an ad called "dangerous" by whoever released it, not by the ad
    text = "After the attacks, Trump released a new radio ad calling it “dangerous” and weak."
    assert speakers(text)[0][0] != "a new radio ad"


def test_a_noun_phrase_is_no_speech_verb_and_no_source():
    # "secretary of state": no verb "state", and "the former secretary of" is no one
    text = ("Boos rained down when Trump mentioned the former secretary of state, and the crowd reprised the "
            "chant “Lock her up! Lock her up!” through the arena.")
    assert speakers(text)[0][0] is None


def test_a_judging_verb_needs_a_named_speaker():
    text = ("Despite warnings from the administration that the bill was “badly misguided,” lawmakers "
            "dismissed the concerns.")
    assert speakers(text)[0][0] is None


def test_he_after_a_description_still_means_the_person_named_before():
    text = ("Donald Trump spoke at a forum for military leaders in Virginia on Monday. At the forum, one "
            "questioner claimed that “the forces of political correctness” were hurting the military.\n\n"
            "“You’re right, we have a politically correct military,” he said.")
    assert speakers(text)[-1][:2] == ("Donald Trump", "person")


_OPENERS = ("one", "another", "two", "several")
_MODIFIERS = ((), ("senior",), ("top", "Senate"), ("former", "campaign"), ("White", "House"))
_NOUNS = ("official", "aide", "adviser", "spokesman", "source", "strategist")
_TAILS = ((), ("for", "the", "governor"), ("close", "to", "the", "campaign"), ("familiar", "with", "the", "talks"))


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_OPENERS), st.sampled_from(_MODIFIERS), st.sampled_from(_NOUNS), st.sampled_from(_TAILS),
       st.booleans())
def test_any_described_source_before_or_after_its_verb_is_the_speaker(opener, modifiers, noun, tail, inverted):
    plural = opener in ("two", "several")
    words = " ".join((opener, *modifiers, noun + ("s" if plural else ""), *tail))
    text = (f"“We will not back down on this bill,” said {words}." if inverted
            else f"“We will not back down on this bill,” {words} said.")
    (got,) = speakers(text)
    assert got == (words, "description", words)


def test_named_on_one_side_described_on_the_other_is_no_change_of_speaker():
    a = "“We will reconsider the issue of arms support to Ukraine,” a high-level ROK government official said."
    b = "“We will reconsider the issue of arms support to Ukraine,” Chang Ho-jin said."
    c = compare(Document(a), Document(b))
    (qa,), (qb,), (m,) = c.quotes_a, c.quotes_b, c.quote_matches
    assert (qa.speaker_kind, qb.speaker_kind) == (SpeakerKind.DESCRIPTION, SpeakerKind.PERSON)
    assert m.speaker_match is False
    assert quote_rendering(m, qa, qb) == "verbatim, named on one side, described on the other"
    assert [ch for l in c.links for ch in l.changes if ch.type is ChangeType.SPEAKER] == []
    # two descriptions worded alike are one speaker; worded otherwise, described apart
    same = compare(Document(a), Document(a.replace("a high-level", "A high-level")))
    assert [m.speaker_match for m in same.quote_matches] == [True]
    other = a.replace("a high-level ROK government official", "a South Korean diplomat")
    d = compare(Document(a), Document(other))
    (m,) = d.quote_matches
    assert quote_rendering(m, d.quotes_a[0], d.quotes_b[0]) == "verbatim, described differently on each side"
    assert [ch for l in d.links for ch in l.changes if ch.type is ChangeType.SPEAKER] == []


def test_a_source_described_on_one_side_only_is_not_called_named():
    a = "“We will reconsider the issue of arms support to Ukraine,” a senior official said."
    b = "The words “we will reconsider the issue of arms support to Ukraine” were read out."
    c = compare(Document(a), Document(b))
    (m,) = c.quote_matches
    assert quote_rendering(m, c.quotes_a[0], c.quotes_b[0]) == "verbatim, source described on one side only"


@pytest.mark.parametrize(
    "text, speaker, kind",
    [
        # a name that modifies the subject is not the subject
        ("The Clinton campaign released a statement, saying “we are confident in our numbers.”",
         "Clinton campaign", "body"),
        ("Clinton aides released a statement, saying “we are confident in our numbers.”", "Clinton aides",
         "description"),
        # ...but the name a title introduces is ("Clinton campaign manager Robby Mook")
        ("Clinton campaign manager Robby Mook released a memo, saying “we have built a nearly insurmountable lead.”",
         "Robby Mook", "person"),
        # a count opening the sentence is no one's name
        ("Two military analysts, Patrick Megahan and Chris Dougherty, wrote a paper, saying Israel is “the best "
         "in the world.”", "Patrick Megahan", "person"),
    ],
)
def test_the_subject_a_participle_speaks_for_is_what_the_name_modifies(text, speaker, kind):
    (got,) = speakers(text)
    assert got[:2] == (speaker, kind)


def test_an_administration_is_not_its_president():
    text = ("The Obama administration tried Saturday to marshal new evidence, arguing that a secret program called "
            "Prism is simply an “internal government computer system” designed to sort data.")
    assert speakers(text)[0][0] != "Obama"


def test_the_official_is_the_official_described_before_not_a_name_in_reach():
    text = ("Director of National Intelligence James Clapper issued a statement, saying the leak was "
            "“reprehensible” and harmful. Several hours earlier, a senior administration official pushed back, "
            "saying the program “does not allow the targeting of any U.S. citizen.” "
            "“The program is subject to oversight by the court,” the official said.")
    assert [s[0] for s in speakers(text)] == ["James Clapper"] + ["a senior administration official"] * 2
    # ...and "the spokesman" the spokesman described before, not the prime minister he speaks for
    text = ("Prime Minister David Cameron met the press. A spokesman for Prime Minister David Cameron said "
            "“the talks went well.” “We will meet again in March,” the spokesman said.")
    assert [s[0] for s in speakers(text)] == ["a spokesman for Prime Minister David Cameron"] * 2


def test_a_name_after_a_lower_case_of_is_still_that_word_s_object():
    text = ("A cutout of the head of Representative Tim Ryan, Democrat of Ohio, was held high. Chants of "
            "“We love you, Pelosi!” rang out briefly.")
    assert speakers(text)[0][0] != "Tim Ryan"
