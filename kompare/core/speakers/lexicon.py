"""Word lists that decide what is (not) a person's name and what attributes speech.

All lower case.  Small on purpose: a word missing here costs one name, a wrong word
costs every sentence that uses it.

>>> "president" in TITLES and "said" in CUE_WORDS and "university" in NOT_PERSON
True
"""

from __future__ import annotations

import re

from kompare.core.tokens import MONTHS, WEEKDAYS

#: Titles and roles written before a name; never part of it.
TITLES = frozenset(
    """president vice prime minister ministers professor prof dr mr mrs ms miss sir dame lord lady
    king queen prince princess pope general gen lt lieutenant colonel col major maj captain capt
    admiral adm sergeant sgt senator sen rep representative congressman congresswoman governor gov
    mayor secretary advisor adviser director chairman chairwoman chair chief leader supreme
    spokesman spokeswoman spokesperson ambassador envoy deputy foreign defence defense national
    security executive officer ceo commander marshal premier chancellor justice judge bishop rev
    reverend analyst researcher senior assistant associate former acting first lady crown
    political science economist editor correspondent reporter columnist founder president-elect
    secretary-general vice-president vice-chairman co-founder
    attorney counsel emeritus fellow head lecturer scientist expert speaker assemblyman
    assemblywoman delegate candidate nominee front-runner frontrunner strategist pollster
    commentator host anchor activist councilman councilwoman sheriff superintendent trustee
    businessman businesswoman billionaire mogul comptroller treasurer whip minority majority
    gop hon cmdr commissioner presidential campaign top longtime hopeful contender recorder clerk
    auditor constituent inspector superintendent pastor rabbi imam cardinal father sens reps govs
    manager intelligence""".split()
)

#: Places, peoples and institutions: a run ending in one of these is no person.
NOT_PERSON = frozenset(
    """korea korean koreans russia russian russians china chinese japan japanese
    america american americans united states kingdom britain british europe european
    ukraine ukrainian kyiv kiev moscow seoul pyongyang beijing washington tokyo taiwan taipei
    india iran israel israeli gaza palestine syria vietnam germany german france french paris
    london berlin brussels kremlin pentagon asia asian pacific africa
    turkey canada australia mexico brazil poland belarus georgia crimea donbas kharkiv odesa
    university institute centre center ministry department office agency council committee
    commission party army navy air force forces command group co co. corp inc ltd news times post
    press network bank fund association foundation school college academy court parliament
    assembly congress senate house airport square street road avenue province city island sea
    ocean river mountain peninsula treaty charter agreement pact summit program programme project
    company corporation daily herald journal tribune review magazine service services union
    federation republic republics state states government administration reuters yonhap
    bloomberg xinhua nikkei
    east west north south northern southern eastern western middle central
    god internet twitter facebook x telegram youtube
    republican republicans democrat democrats democratic gop liberal liberals conservative
    conservatives progressive progressives independent libertarian evangelical evangelicals
    alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii
    idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
    minnesota mississippi missouri montana nebraska nevada hampshire jersey mexico york carolina
    dakota ohio oklahoma oregon pennsylvania rhode tennessee texas utah vermont virginia
    wisconsin wyoming manhattan brooklyn chicago boston philadelphia cleveland baltimore
    america's nation nations county district parish tower club train hotel grille
    stadium arena plaza building museum library bridge memorial cathedral theater
    theatre festival convention conference forum caucus primary debate show network channel
    radio television tv magazine newspaper website blog podcast institute""".split()
) | MONTHS | WEEKDAYS

#: The last word of an institution, country or organisation that speaks as a body ("the
#: White House said", "the Justice Department said", "South Korea stated", "the Kremlin
#: said"): a source, not a person. Places that are surnames too ("Washington", "West") and
#: peoples ("Russian") are left out.
BODY_WORDS = frozenset(
    """house department ministry office agency council committee commission court government
    administration police army navy military embassy campaign party university institute
    center centre foundation association union bank company corporation network news times
    post journal tribune herald service kremlin pentagon senate congress parliament assembly
    cabinet secretariat command organisation organization coalition alliance authority board
    korea russia china japan ukraine iran israel syria france germany britain kingdom states
    america vietnam turkey canada mexico india taiwan poland moscow seoul pyongyang beijing
    tokyo kyiv kiev tehran taipei reuters yonhap xinhua kcna""".split()
)

#: Titles that are surnames too when a first name comes before ("John Major", "Martin
#: Luther King"); "International Security" is no one.
TITLE_SURNAMES = frozenset("major king bishop judge marshal chancellor prince pope general".split())

#: Places and institutions that are surnames too when a first name comes before ("Allen West",
#: "Jack London", "Michael Bloomberg").
PLACE_SURNAMES = frozenset("west north washington london bloomberg".split())

#: Capitalised words that start sentences but never names.
FUNCTION_WORDS = frozenset(
    """the a an but and or nor so yet however meanwhile in on at for from with by of to as after
    before while when if since although though because this that these those it its he she they
    we i you his her their our my your such some many most other another both each every all any
    no not now then also still even only just later earlier last next finally additionally
    moreover further furthermore despite given clearly prior closer coming speaking according
    read photo whether there here what which who why how where once instead thus hence indeed
    during under over into about against between among without within upon via amid neither
    either same several few more less much very too again already always never perhaps
    political additional observers analysts experts officials critics diplomats sources
    residents authorities lawmakers scholars researchers reports media others some many
    like unlike following regarding notably overall together see watch click immediately
    interestingly ultimately similarly separately importantly initially eventually apparently
    specifically currently recently previously subsequently consequently fortunately
    unfortunately ironically surprisingly obviously certainly frankly officially here's there's
    that's it's what's who's""".split()
)

#: Prepositions: a name after one is no clause's subject ("Of Carson, Levine said").
PREPOSITIONS = frozenset(
    """in on at for from with by of to as after before during under over into about against
    between among without within upon via amid like unlike following regarding despite since""".split()
)

#: Lower-case words of a name ("Ludwig van Beethoven", "Osama bin Laden").
PARTICLES = frozenset("van von der de da di du la le bin al el ibn dos das".split())

#: Verbs (and "according to") that attribute speech; a few take the speaker after them.
CUE_WORDS = frozenset(
    """say says said saying tell tells told telling add adds added adding state states stated
    stating warn warns warned warning caution cautions cautioned cautioning note notes noted
    noting claim claims claimed claiming insist insists insisted insisting argue argues argued
    arguing explain explains explained explaining declare declares declared declaring stress
    stresses stressed stressing emphasise emphasised emphasising emphasize emphasized emphasizing
    write writes wrote writing ask asks asked asking reply replies replied replying respond
    responds responded responding remark remarks remarked announce announces announced
    acknowledge acknowledges acknowledged admit admits admitted suggest suggests suggested
    predict predicts predicted recall recalls recalled observe observes observed describe
    describes described describing vow vows vowed pledge pledges pledged urge urges urged
    hint hints hinted complain complains complained tweet tweets tweeted continue continues
    continued conclude concludes concluded reiterate reiterates reiterated assert asserts
    asserted confirm confirms confirmed deny denies denied threaten threatens threatened
    quip quipped joke joked boast boasted concede conceded countered call calls called
    calling praise praises praised praising thank thanks thanked thanking lament laments lamented
    lamenting bemoan bemoans bemoaned tout touts touted touting mock mocks mocked mocking blast
    blasts blasted slam slams slammed criticize criticizes criticized criticizing criticise
    criticised accuse accuses accused accusing charge charged promise promises promised promising
    contend contends contended maintain maintains maintained read reads post posts posted
    interject interjected interjecting recount recounts recounted testify testified testifying exclaim
    exclaimed shout shouted yell yelled refer refers referred referring dismiss dismissed
    label labeled labelled brand branded decry decried decrying report reports reported reveal
    revealed reveals cite cites cited demand demands demanded wonder wondered question questioned
    questioning muse mused chide chided scoff scoffed retort retorted agree agreed agrees
    proclaim proclaimed predicting recalling concluding assure assured assuring bark barked
    ponder pondered remember remembered remembers answer answers answered react reacted
    reacts opine opined opines retaliate retaliated snipe sniped worry worried worries
    estimate estimated estimates proclaims yelling shouting exhort exhorted fume fumed gush
    gushed marvel marveled marvelled plead pleaded brag bragged gripe griped grouse groused
    laugh laughed""".split()
)

#: Two-word cues ("Hillary shot back, “...”").
PHRASAL_CUES = frozenset(
    (verb, particle)
    for verb, particle in (w.split("_") for w in """shot_back fired_back shoot_back fire_back
    pointed_out points_out point_out put_it puts_it went_on goes_on chimed_in weighed_in
    spoke_out speaks_out""".split())
)

#: Words opening a subordinate clause: the sentence's subject comes after its comma.
SUBORDINATORS = frozenset(
    "when after before while if as since because although though once until unless whereas".split()
)

#: Cues whose object is the listener, never the speaker ("told reporters", "asking Kim").
ADDRESSEE_CUES = frozenset(
    """tell tells told telling ask asks asked asking urge urges urged thank thanks thanked
    thanking call calls called calling praise praised mock mocked blast blasted slam slammed
    accuse accused criticize criticized criticise criticised label labeled labelled brand branded
    dismiss dismissed question questioned questioning chide chided""".split()
)

#: Verbs that judge rather than report speech: a cue only when they have a speaker
#: ("Seoul called it a “red line”" names no one's words).
JUDGING_CUES = frozenset(
    """call calls called calling praise praises praised praising thank thanks thanked thanking
    lament laments lamented lamenting bemoan bemoans bemoaned tout touts touted touting mock mocks
    mocked mocking blast blasts blasted slam slams slammed criticize criticizes criticized
    criticizing criticise criticised accuse accuses accused accusing charge charged label labeled
    labelled brand branded decry decried decrying dismiss dismissed question questioned
    questioning chide chided scoff scoffed refer refers referred referring""".split()
)

#: Verbs a headline capitalises ("Fans Are Celebrating X"): never part of a name.
HEADLINE_VERBS = frozenset(
    """is are was were be been being does do did has have had says said tells told wants wins
    won loses lost slams blasts celebrating celebrates reveals reveal responds calls""".split()
)

#: Words before a verb form that make it a noun or an adjective ("the said treaty").
DETERMINERS = frozenset("the a an his her its their our my your this that these those".split())

#: "The senator said": a role noun after "the" stands for a person named before, like "he".
ROLE_NOUNS = frozenset(
    """senator congressman congresswoman governor president candidate nominee mayor minister
    leader secretary spokesman spokeswoman chairman chairwoman general ambassador billionaire
    businessman businesswoman businessman-turned-candidate premier chancellor judge justice
    official executive professor diplomat""".split()
)

#: Nouns that describe a source instead of naming it ("a senior administration official
#: said", "the letter reads", "one person familiar with the talks said"), read in the
#: singular (:func:`~kompare.core.speakers.described.source_noun`): writings, then people.
#: Who they are is what the article says of them: the description is the speaker.
WRITINGS = frozenset(
    """statement letter report memo document ad advertisement release ruling complaint filing
    lawsuit indictment book article email study analysis transcript website""".split()
)
SOURCE_NOUNS = WRITINGS | frozenset(
    """official spokesman spokeswoman spokesperson aide adviser advisor source staffer lawyer
    attorney strategist operative analyst expert observer critic supporter opponent witness
    resident voter protester protestor narrator announcer questioner friend relative neighbor
    neighbour person investigator agent officer diplomat economist researcher scientist doctor
    historian lawmaker legislator insider colleague employee worker author writer columnist
    commentator pundit journalist blogger moderator organizer republican democrat""".split()
)

#: Works whose title a quotation may give ("his show, “The Apprentice,”"): no one says a title.
WORK_NOUNS = frozenset(
    """book show film movie song program programme documentary album series play column memoir
    novel magazine newspaper musical episode podcast""".split()
)

#: Words that open a described source: articles, counts and quantifiers ("a", "two",
#: "several"). Not "his" or "its": "she revised her statement", "according to its analysis"
#: tell whose words they are, and that one is named.
DESCRIPTION_OPENERS = frozenset("a an one two three four five six several some many multiple other another the".split())

#: Words that join a described source to whom it speaks for ("a spokesperson for Google",
#: "an aide to Clinton", "one person familiar with the talks").
DESCRIPTION_LINKS = frozenset("for to of at with from in on familiar close".split())

#: Words written after a name as part of it ("Brent Bozell III", "Donald Trump Jr.").
NAME_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())

#: Words that may stand between a speaker and the verb ("Putin went on to state").
FILLERS = frozenset(
    """also has had have then later previously recently once again further repeatedly publicly
    earlier reportedly would will went on to go goes had also even simply just later today
    yesterday tonight last this week month year separately subsequently has been did does do
    already is was are were be been being not never still now could should might may can first
    quickly immediately later""".split()
) | WEEKDAYS

PRONOUNS = frozenset(("he", "she"))

#: Honorifics that tell a woman and a man apart ("Mrs. Clinton" is not Bill Clinton).
FEMALE_HONORIFICS = frozenset("mrs ms miss madam madame".split())
MALE_HONORIFICS = frozenset(("mr",))

#: Common English first names that name women (or men) nearly always: with a woman's
#: honorific, "Mrs. Clinton" is the Hillary Clinton of the article, not the Bill Clinton
#: named later. Names borne by both (Chris, Jordan, Kim, Pat, Sam...) are left out.
FEMALE_FIRST_NAMES = frozenset(
    """abigail alexandra alice alicia allison amanda amber amy andrea angela ann anna anne annie
    barbara betsy betty beverly brenda brittany carol caroline carolyn catherine cheryl christina
    christine cindy claire condoleezza cynthia deborah debbie debra denise diana diane donna doris
    dorothy elaine elizabeth ellen emily emma evelyn frances gina gloria grace hannah heather
    heidi helen hillary holly irene jacqueline jane janet janice jean jennifer jessica jill joan
    joanne joyce judith judy julia julie karen katherine kathleen kathryn kathy katie kay kelly
    kimberly kirsten kristen laura lauren linda lisa lois loretta lori louise lucy lynn madeleine
    margaret maria marie marilyn martha mary megan melania melanie melissa michelle mildred nancy
    natalie nicole nikki olivia pamela patricia paula peggy rachel rebecca rita roberta rose ruth
    sally samantha sandra sara sarah sharon shirley stephanie susan suzanne tammy teresa theresa
    tiffany tina valerie victoria virginia wanda wendy""".split()
)
MALE_FIRST_NAMES = frozenset(
    """aaron adam alan albert andrew anthony arthur barack benjamin bernard bernie bill billy bob
    bobby brad brandon brian bruce carl charles chuck craig dan daniel david dennis dick don
    donald douglas ed edward eric eugene frank fred gary george gerald gregory harold harry henry
    howard jack jacob james jason jeff jeffrey jeremy jerry jim jimmy joe john johnny jonathan
    joseph joshua keith kenneth kevin larry lawrence mark martin matthew michael mike mitch
    mitchell nathan nicholas patrick paul peter philip ralph randy raymond richard rick robert
    roger ronald roy russell ryan samuel scott sean stephen steve steven ted thomas timothy todd
    tom vladimir walter wayne william""".split()
)


def word_trie(words: set[str]) -> str:
    """A regular expression matching any of ``words``, as a trie: Python's engine tries an
    alternation's branches one by one, a trie's letters once.

    >>> re.fullmatch(word_trie({"say", "said", "says"}), "said") is not None
    True
    """
    heads: dict[str, set[str]] = {}
    for w in words:
        heads.setdefault(w[:1], set()).add(w[1:])
    branches = []
    for head, rests in sorted(heads.items()):
        if head == "":
            continue
        optional = "" in rests
        inner = word_trie(rests - {""}) if rests - {""} else ""
        branches.append(re.escape(head) + (f"(?:{inner})?" if optional and inner else inner))
    return "(?:" + "|".join(branches) + ")" if branches else ""
