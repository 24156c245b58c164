"""Word lists the attribution rules rely on.

Kept in one place so a rule reads as a pattern ("a speaker noun phrase, then
a cue verb") and the vocabulary can grow without touching the rules.
"""

from __future__ import annotations

import re


def _forms(spec: str) -> frozenset[str]:
    return frozenset(w for w in spec.split() if w)


# Verbs that introduce speech, writing or reported claims, every inflection.
# "Speech" cues are safe for direct quotes; "claim" cues mostly introduce
# reported (indirect) content.
SPEECH_CUES = _forms(
    """
    say says said saying tell tells told telling add adds added adding   continued
    continuing declare declares declared declaring write writes wrote writing written post posts posted
    posting warn warns warned warning   note notes noted noting explain explains explained explaining
    argue argues argued arguing insist insists insisted insisting claim claims claimed claiming
    acknowledge acknowledges acknowledged acknowledging admit admits admitted admitting announce
    announces announced announcing   stated stating assert asserts asserted asserting
    recall recalls recalled recalling reply replies replied replying respond responds responded
    responding answer answers answered answering ask asks asked asking   tweeted tweeting texted texting messaged
    predict predicts predicted predicting promise promises promised promising vow vows vowed vowing
    pledge pledges pledged pledging urge urges urged urging exhort exhorts exhorted complain complains complained complaining
    concede concedes conceded conceding conclude concludes concluded concluding confirm confirms
    confirmed confirming deny denies denied denying contend contends contended contending maintain
    maintains maintained maintaining observe observes observed observing   remarked
    reveal reveals revealed revealing stress stresses stressed stressing emphasize emphasizes
    emphasized emphasise emphasises emphasised testify testifies testified testifying joke jokes
    joked joking quip quips quipped boast boasts boasted lament laments lamented muse muses mused
    recount recounts recounted shout shouts shouted shouting yell yells yelled yelling exclaim exclaims exclaimed
    caution cautions cautioned counter counters countered retort retorts retorted interject
    interjected wonder wonders wondered whisper whispered scoff scoffed snap snapped demand demands
    demanded charge charges charged allege alleges alleged advise advises advised inform informs
    informed report reports reported reporting repeat repeats repeated reiterate reiterates reiterated
    reiterating agree agrees agreed proclaim proclaimed thunder thundered sigh sighed laugh laughed
    boasted tout touts touted opine opined
    react reacts reacted confess confesses confessed surmise surmises surmised riff riffs riffed
    chimed marvel marvels marveled marvelled plead pleads pleaded sniff sniffed fume fumed gush gushed
    grouse groused grumble grumbles grumbled deadpan deadpanned tease teases teased disagree disagrees
    disagreed cracked huffed brag brags bragged mock mocks mocked sing sings sang singing chant chants
    chanted clarify clarifies clarified clarifying
    """
)

# Cues that attribute beliefs, findings and positions: only reported content.
CLAIM_CUES = _forms(
    """
    believe believes believed think thinks thought fear fears feared hope hopes hoped expect expects
    expected estimate estimates estimated find finds found show shows showed shown showing indicate
    indicates indicated suggest suggests suggested suggesting accuse accuses accused criticize
    criticizes criticized criticise criticised praise praises praised allege warn insist predict
    worry worries worried feel feels felt know knows knew learn learned learnt argue contend
    acknowledge recognize recognized recognise recognised disclose discloses disclosed reveal
    project projects projected forecast forecasts estimated calculate calculates calculated
    conclude determine determined suspect suspects suspected doubt doubts doubted heard
    """
)
# "shot back that", "hit back at": a retort, said
CLAIM_CUES = CLAIM_CUES | frozenset(f"{verb} back" for verb in ("shot", "fired", "fires", "hit", "hits", "pushed",
                                                                 "pushes", "struck", "snapped"))
# "..., the court was told", '"...," jurors were told': evidence given at a hearing (only after a hearing's
# word: see cues._is_not_a_cue)
CLAIM_CUES = CLAIM_CUES | frozenset(("was told", "were told"))
# "She accepted that she had been paid a bonus": a concession (but "accepted the nomination" is no claim)
CLAIM_CUES = CLAIM_CUES | frozenset(f"{verb} that" for verb in ("accept", "accepts", "accepted", "accepting"))
# A verb and its object that together say something: "made clear that ...", "made the case that ..."
CLAIM_CUES = CLAIM_CUES | frozenset(
    f"{verb} {obj}" for verb in ("made", "make", "makes", "making")
    for obj in ("clear", "it clear", "plain", "it plain", "the point", "the case", "the argument"))

# Verbs of stance, evaluation and intent that news attributes like speech
# ("X endorsed Y", "X refused to ...", "X cited ..."). Chosen from how often
# each word introduces an attribution in PolNeAR's training split.
STANCE_CUES = _forms(
    """
    endorse endorses endorsed endorsing slam slams slammed slamming envision envisions envisioned
    reference references referenced referencing assail assails assailed recite recites recited
    rebut rebuts rebutted mock mocks mocked mocking blast blasts blasted blasting bemoan bemoans bemoaned
    assure assures assured speculate speculates speculated rebuke rebukes rebuked prefer prefers
    preferred dismiss dismisses dismissed dismissing blame blames blamed blaming cite cites cited citing
    condemn condemns condemned condemning question questions questioned questioning mention mentions
    mentioned mentioning defend defends defended defending thank thanks thanked thanking lambast
    lambasted credit credits credited invoke invokes invoked tout touts touted touting refuse refuses
    refused refusing eviscerate eviscerated praising denounce denounces denounced denouncing
      commented order orders ordered reject rejects rejected rejecting hoping expecting
    retweet retweets retweeted liken likens likened chant chants chanted chanting brag brags bragged
    bragging refer refers referred referring convince convinced accusing portray portrays portrayed
    portraying knock knocks knocked imply implies implied implying consider considers considered
    echo echoes echoed echoing wondering discuss discusses discussed discussing reminding challenge
    challenges challenged list lists listed highlight highlights highlighted highlighting criticizing
    criticising decline declines declined detail details detailed detailing deem deems deemed articulate
    articulated worrying remind reminds reminded outline outlines outlined outlining   emailed
    encourage encourages encouraged encouraging propose proposes proposed proposing recommend recommends
    recommended alleging quote quotes quoted signal signals signaled signalled hint hints hinted
    congratulate congratulated seek seeks sought seeking request requests requested demanding attack
    attacks attacked attacking advocate advocates advocated oppose opposes opposed opposing support
    supports supported supporting talk talks talked talking threaten threatens threatened threatening
    champion champions championed identify identifies identified press presses pressed embrace embraces
    embraced welcome welcomes welcomed applaud applauds applauded point points pointed pointing back
    backs backed backing push pushes pushed pushing express expresses expressed want wants wanted
    offering plan plans planned planning decide decides decided favor favors favored favour favoured
    urging pledging vowing promising insisting warning predicting
    offer offers offered see sees remember remembers remembered speak speaks spoke speaking rail rails railed
    railing
    realize realizes realized unveil unveils unveiled rule rules ruled rebuff rebuffed repeating emphasizing
    considering celebrate celebrates celebrated address addresses addressed present presents presented
    voice voices voiced fearing remarking persuade persuaded justify justified disavow disavowed
    acknowledging recognizing
    """
)

CUES = SPEECH_CUES | CLAIM_CUES | STANCE_CUES

# Past/present forms that can follow a name directly ("Smith said", "said Smith").
INVERTIBLE_CUES = _forms(
    "said says added adds continued asked wrote writes told tells declared noted explained replied "
    "responded answered warned argued insisted recalled observed remarked stressed quipped joked "
    "countered retorted conceded concluded tweeted posted cautioned exclaimed shouted offered "
    "acknowledged admitted announced reported "
    # the present of a feature story: '"I'm a voter," declares Stephanie Acs'
    "continues asks declares notes explains replies responds answers warns argues insists recalls "
    "observes remarks stresses quips jokes counters retorts concedes concludes tweets posts cautions "
    "exclaims shouts acknowledges admits announces reports "
    # manner of speaking, after the quotation: '"...," mused Blaze co-host Stu Burguiere'
    "opined opines mused muses stated states boasted boasts bragged brags lamented laments complained "
    "complains predicted predicts vowed vows promised promises urged urges exhorted thundered scoffed scoffs "
    "snapped mocked agreed agrees suggested suggests recounted recounts remembered demanded demands "
    "wondered wonders laughed reacted confessed surmised riffed chimed marveled marvelled pleaded "
    "sniffed fumed gushed groused grumbled deadpanned teased disagreed cracked huffed sings sang chanted"
)

# the plural present, inverted only before a plural speaker: '"...," say some Democrats', "..., argue critics"
PLURAL_INVERTIBLE_CUES = frozenset(
    "say argue note warn insist agree contend add write predict suggest caution complain worry".split())


#: quantifiers that stand for people at the head of a clause: "Some say ...", "But many said ..."
QUANTIFIER_SUBJECTS = frozenset("some many others most few several both another one".split())


_PP_START = re.compile(r" (?:of|on|at|in|from|for|with|near|across|inside|outside|to|by) ")


#: Nationalities written before a name or an outlet: "Italian Marco Bellandi", "the German newspaper Die Zeit".
DEMONYMS = (
    "Afghan|Albanian|Algerian|American|Angolan|Argentine|Argentinian|Armenian|Australian|Austrian|Azerbaijani|"
    "Bangladeshi|Belarusian|Belgian|Bolivian|Bosnian|Brazilian|British|Bulgarian|Burmese|Cambodian|"
    "Cameroonian|Canadian|Chilean|Chinese|Colombian|Congolese|Croatian|Cuban|Cypriot|Czech|Danish|Dominican|"
    "Dutch|Ecuadorian|Egyptian|English|Eritrean|Estonian|Ethiopian|Filipino|Finnish|French|Georgian|German|"
    "Ghanaian|Greek|Guatemalan|Haitian|Honduran|Hungarian|Icelandic|Indian|Indonesian|Iranian|Iraqi|Irish|"
    "Israeli|Italian|Ivorian|Jamaican|Japanese|Jordanian|Kazakh|Kenyan|Korean|Kosovan|Kurdish|Kuwaiti|Latvian|"
    "Lebanese|Libyan|Lithuanian|Malaysian|Malian|Maltese|Mexican|Moldovan|Mongolian|Moroccan|Mozambican|"
    "Namibian|Nepalese|Nigerian|Nigerien|Norwegian|Pakistani|Palestinian|Panamanian|Paraguayan|Peruvian|"
    "Polish|Portuguese|Qatari|Romanian|Russian|Rwandan|Saudi|Scottish|Senegalese|Serbian|Singaporean|Slovak|"
    "Slovenian|Somali|Spanish|Sudanese|Swedish|Swiss|Syrian|Taiwanese|Tanzanian|Thai|Tunisian|Turkish|Ugandan|"
    "Ukrainian|Uruguayan|Uzbek|Venezuelan|Vietnamese|Welsh|Yemeni|Zambian|Zimbabwean"
)
#: How a nationality ends: Kestrian, Duvanese, British, French, Israeli, Soviet.
NATIONALITY_END = re.compile(r"(?:ian|ese|ish|ch|i|an|iet)$")


def words_before_pp(phrase: str) -> list[str]:
    """The words of a phrase up to its first preposition, where its head noun stands: "critics [of the
    mayor]", "workers [on the quay]", "a spokesman [for the council]"."""
    return _PP_START.split(phrase, maxsplit=1)[0].split()


def plural_speaker(words: str) -> bool:
    """Does a speaker phrase name more than one ("some Democrats", "critics of the mayor")?"""
    head = words_before_pp(words)
    return bool(head) and (head[-1].lower().endswith("s") and not head[-1].lower().endswith(("'s", "\u2019s", "ss"))
                           or head[0].lower() in QUANTIFIER_SUBJECTS and head[0].lower() != "another")


# Verbs used as "called X "..."" / "described X as "..."": partial-quote cues.
NAMING_CUES = _forms(
    "call calls called calling describe describes described describing label labels labeled "
    "labelled dub dubs dubbed term terms termed brand brands branded characterize characterized "
    "characterise characterised deride derided decry decried hail hailed"
)

# Verbs that take "to" and another verb: "X seemed to blame", "X went on to discuss", "X continued to
# defend": before a cue, X is still its speaker
CATENATIVES = frozenset(
    "seem seems seemed appear appears appeared continue continues continued begin begins began start starts "
    "started try tries tried proceed proceeds proceeded rush rushed manage managed sought seek seeks "
    "used".split())

# Adverbs and auxiliaries that may sit between a speaker and the cue ("Smith also said").
BETWEEN_WORDS = _forms(
    """
    also later then previously recently once again further still now has have had would will had
    repeatedly simply flatly publicly privately reportedly often frequently earlier separately
    subsequently quickly immediately bluntly angrily tersely curtly succinctly
    initially first finally ultimately only even just already long never has since on at today yesterday
    tonight twice himself herself themselves itself alone allegedly instead
    """
)

PRONOUNS = _forms("he she they i we it who you")
PERSON_PRONOUNS = _forms("he she")

# Heads of descriptive noun phrases that can be speakers or sources.
SPEAKER_NOUNS = _forms(
    """
    army military navy militia rebels insurgents troops junta regime
    official officials source sources person people pal pals insiders family families spokesman spokeswoman spokesperson spokespeople
    aide aides adviser advisers advisor advisors analyst analysts economist economists expert experts
    minister ministers president presidents senator senators lawmaker lawmakers legislator legislators
    representative representatives diplomat diplomats ambassador envoy negotiator negotiators
    secretary chairman chairwoman chair director executive executives ceo chief head leader leaders
    governor mayor candidate nominee campaign campaigns statement statements report reports poll
    polls survey surveys study studies document documents memo readout letter filing complaint post tweet
    caption petition
    company companies firm firms group groups ministry department agency agencies government
    administration office committee commission council union association institute researchers
    researcher lobby lobbyist lobbyists critics critic supporters supporter opponents opponent
    observers observer insiders insider residents resident voters voter workers worker farmers
    officer officers police prosecutors prosecutor investigators investigator judge court lawyer
    lawyers attorney attorneys democrats republicans members member trader traders banker bankers
    manager managers owner owners founder professor scientist scientists activists activist
    protesters organizers organiser organizers authorities authority regulators regulator
    commentator commentators columnist editorial board party parties operative operatives strategist
    strategists pollster pollsters staffer staffers staff team teams bank banks data figures
    numbers statistics records record chancellor premier king queen prince pope general commander
    deputy speaker whip delegation delegates delegate counterpart counterparts partner partners
    industry sector unions producers exporters importers manufacturers automakers chamber
    federation coalition alliance bloc media newspaper paper broadcaster outlet network magazine tabloid broadsheet
    journal daily website blog video footage transcript slide chart clip ad ads spot book article
    piece analysis email emails tweet tweets message messages site page film documentary interview
    speech remarks verdict law bill bylaws rules resolution platform brief lawsuit indictment
    narrator announcer host anchor moderator reporter reporters correspondent editor writer author
    columnist spokesperson physician doctor doctors nurse teacher teachers student students parent
    parents mother father wife husband son daughter brother sister uncle aunt cousin grandmother grandfather
    nephew niece grandson granddaughter brother-in-law sister-in-law friend friends neighbor neighbors neighbour neighbours locals villagers commuters witness
    witnesses victim victims woman women man men resident citizens americans economist administration
    poll pollsters fact-checker fact-checkers campaign nominee challenger incumbent rival rivals
    agent agents broker brokers shipper shippers operator operators buyer buyers seller sellers exporter
    importer producer manufacturer retailer retailers dealer insurer insurers lender lenders investor
    investors negotiator economists growers grower miners dockers unionists campaigners
    defenders defender backers backer proponents proponent allies ally detractors skeptics sceptics
    panel jury tribunal inquest average tally projection projections model tracker index audit inquiry
    investigation probe watchdog watchdogs commissioner commissioners inspectors auditor auditors
    confidant confidants associates colleague colleagues co-worker co-workers coworker teammate teammates classmate classmates flatmate roommate majority majorities plurality donors donor conservatives
    liberals progressives evangelicals independents moderates respondents participants attendees
    employees veterans fans followers consumers shoppers specialist specialists scholar scholars historian
    historians academic academics physicists engineers jurors shareholders stakeholders crowd crowds viewers listeners
    audience audiences congregation mps legislature conference hearing club clubs league federation
    trust trusts hospital hospitals school schools university universities airline airlines
    maker makers developer developers supplier suppliers distributor distributors publisher publishers
    """
)

DETERMINERS = _forms(
    "the a an this that these those his her their its our my your one two three four five six seven "
    "eight nine ten several some many most few other another both each every all more no any senior "
    "top"
)

# Words that close a noun phrase scan: a clause starts at or before them.
#: Words that join a new clause to the one before ("..., while unemployment rose", "..., but he declined"):
#: what comes after them is no longer the clause a figure, a claim or a quotation belongs to.
# the past and present forms of the plain saying verbs, as a regex alternation
SAID_FORMS = ("said|says|told|tells|added|adds|wrote|writes|noted|notes|argued|argues|warned|warns|recalled|"
              "insisted|insists|explained|explains|replied|asked|announced|tweeted")
CLAUSE_JOINS = "and|but|while|whereas|although|though"

CLAUSE_WORDS = _forms(
    """
    that which because when while if but as since after before although though where so than whether
    whom whose until unless once how why what who is was were are be been being do does did will
    would can could should may might must shall not n't to
    """
)

#: The fields a ministry or a minister covers: "Finance" of "Finance Minister", "health" of "the health ministry".
FIELD_TITLES = frozenset("foreign finance trade defence defense interior economy economic commerce state treasury "
                         "health labour labor energy agriculture transport justice education environment home".split())

# Titles before a name ("Finance Minister Hugo Lind", "Sen. Warren"): role words.
TITLE_WORDS = _forms(
    """
    mr mrs ms miss dr prof sen senator rep representative gov governor president vice minister
    secretary chancellor premier mayor judge justice gen general col colonel lt capt captain sgt
    adm admiral ambassador envoy commissioner chairman chairwoman chair director deputy prime
    foreign finance trade defence defense interior economy economic commerce state treasury health
    labour labor energy agriculture transport justice education environment home chief spokesman
    spokeswoman spokesperson king queen prince princess pope bishop rev father sheikh sir lord
    lady dame speaker leader candidate nominee rabbi imam coach ceo cfo cto chef whip cllr
    sheriff constable sergeant superintendent marshal commander chairperson councilwoman councilman
    councilmember alderman alderwoman assemblyman assemblywoman assemblymember mpp mha msp taoiseach
    tanaiste tánaiste td hon honourable honorable rt principal supervisor headteacher headmaster headmistress
    provost trustee coroner justices judges senators cardinal archbishop pontiff
    """
)

# Occupations and positions that can stand before a name ("Farmer Anneli Rud", "union boss Per Gundersen").
OCCUPATIONS = _forms(
    """
    farmer grower worker rescuer mountaineer lifeguard ranger diver medic rancher plumber electrician carpenter cleaner waiter waitress landowner shepherd herder veterinarian midwife caregiver carer janitor mechanic sailor lecturer tutor librarian painter sculptor influencer miner steelworker docker welder driver trucker fisherman baker shopkeeper owner
    teacher nurse doctor gp lawyer economist analyst activist campaigner organiser organizer boss chief
    executive founder investor trader banker broker dealer consultant strategist pollster researcher
    scientist professor historian author writer novelist columnist journalist reporter editor
    photographer presenter host anchor broadcaster commentator blogger actor singer musician artist comedian
    entertainer rapper filmmaker pastor preacher moderator contributor correspondent pundit producer publisher
    operative surrogate delegate congressman congresswoman commissioner speechwriter staffer volunteer
    player coach athlete manager chairman chairwoman director president secretary treasurer spokesman
    spokeswoman spokesperson lobbyist diplomat envoy ambassador negotiator minister senator lawmaker
    councillor councilor mayor governor official officer inspector detective judge magistrate
    prosecutor attorney advocate mp mep candidate nominee leader deputy adviser advisor aide veteran
    student resident voter shopper consumer pensioner retiree mother father parent widow actress poet
    footballer cricketer golfer astronaut soldier challenger incumbent
    striker goalkeeper goalie midfielder defender winger fullback quarterback linebacker pitcher
    batsman jockey referee umpire cyclist swimmer sprinter wrestler skier rower firefighter paramedic
    surgeon physician dentist pharmacist engineer architect accountant auditor entrepreneur landlord
    cashier forecaster backbencher trustee headteacher substitute kc qc msp mla coordinator rapporteur
    hopeful contender frontrunner front-runner incumbent clerk registrar coroner assessor vicar deacon supervisor
    neighbour neighbor witness bystander onlooker commuter motorist homeowner tenant contractor
    barrister solicitor counsel
    administrator examiner salesman saleswoman salesperson businessman businesswoman businessperson tycoon magnate
    industrialist holder
    critic reviewer playwright dramatist composer choreographer curator designer counterpart predecessor successor
    co-founder cofounder
    passenger survivor worshipper parishioner congregant attendant warden caretaker steward stewardess
    spectator climber hiker skipper pupil buyer wicketkeeper flanker scrum-half fly-half
    centre-back full-back bowler batter all-rounder captain
    seamer paceman spinner songwriter singer-songwriter
    pianist guitarist drummer trumpeter saxophonist bassist violinist cellist vocalist conductor restaurateur
    champion finalist semifinalist semi-finalist quarterfinalist quarter-finalist runner-up medallist medalist seed employee
    """
)

HONORIFICS = {
    "mr": "Mr.", "mrs": "Mrs.", "ms": "Ms.", "miss": "Miss", "dr": "Dr.", "prof": "Prof.", "sir": "Sir", "dame": "Dame",
    "hon": "Hon.", "rt": "Rt.", "honourable": "Honourable", "honorable": "Honorable",
}

TITLE_EXPANSIONS = {
    "sen": "Senator", "sens": "Senators", "rep": "Representative", "reps": "Representatives",
    "gov": "Governor", "gen": "General", "lt": "Lieutenant", "col": "Colonel", "capt": "Captain",
    "sgt": "Sergeant", "adm": "Admiral", "pres": "President", "supt": "Superintendent", "cllr": "Councillor",
    "di": "Detective Inspector", "dci": "Detective Chief Inspector", "dsi": "Detective Superintendent",
    "ds": "Detective Sergeant", "dcs": "Detective Chief Superintendent",
    "pc": "Police Constable", "dc": "Detective Constable", "pcso": "Police Community Support Officer",
    "insp": "Inspector",
}

FEMALE_HINTS = _forms("mrs ms miss she her hers herself woman women spokeswoman chairwoman queen princess lady dame madam "
                      "mother daughter wife sister grandmother widow actress mom congresswoman businesswoman girl")
MALE_HINTS = _forms("mr he his him himself man men spokesman chairman king prince lord sir "
                    "father son husband brother grandfather widower actor dad congressman businessman boy")

# Name particles that stay lower-case inside a name.
NAME_PARTICLES = _forms("de da di del della der den ter van von le la du dos das bin bint ibn al el ben")

#: irregular past forms: a phrase starting with one is a clause, not a description ("Jan Novak, 52, lost his home")
IRREGULAR_PAST = frozenset("came went took made held ran gave got left kept began brought told said saw found spent sent "
                           "bought sold met won lost built caught taught fought stood meant fled fell rose grew drove "
                           "flew wrote put cut hit led paid".split())

# Capitalised words that begin sentences or phrases but are not names.
# what a firm is called by its trade before its name: "logistics firm Acme Holdings", "the retailer Penmart"
FIRM_KINDS = frozenset("firm company group bank retailer lender carrier airline insurer consultancy agency charity "
                       "developer operator maker manufacturer giant chain supplier distributor publisher producer "
                       "utility provider miner".split())

NOT_NAMES = _forms(
    """
    the a an this that these those it its he she they we i you his her their our my in on at for of
    afterwards afterward later earlier subsequently
    to from by with and but or as if when while after before since during under over into about
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december today yesterday tomorrow tonight
    there here then so yet still also however meanwhile instead indeed moreover furthermore
    what who why how where which whose whom mr mrs ms dr
    was is are were be been did does do has have had will would can could should shall may might must
    not no yes nor all some any each every both either neither last next first one two
    although though because until unless once perhaps maybe even like against back now just only thus
    hence nevertheless nonetheless besides despite unlike whenever wherever rather keeps having using being
    making taking getting saying speaking asking according including following adding noting looking going
    coming calling trying many most few several
    don't don’t doesn't doesn’t didn't didn’t won't won’t can't can’t isn't isn’t
    """
)

WEEKDAYS = _forms("monday tuesday wednesday thursday friday saturday sunday")
#: Day and month names as written, for patterns that must not take one for a name ("told the newspaper Tuesday").
CALENDAR_NAMES = ("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
                  "July|August|September|October|November|December")

# Anonymous-source heads ("three people briefed on the talks", "officials said").
ANONYMOUS_HEADS = _forms(
    "source sources person people official officials insider insiders aide aides diplomat diplomats "
    "executive executives adviser advisers advisor advisors someone individuals individual witness witnesses "
    "neighbour neighbours neighbor neighbors bystander bystanders pals pal friend friends"
)
#: What an unnamed source knows of or is near to: "people familiar with the talks", "an official briefed on".
KNOWING = "familiar with|briefed on|close to|knowledgeable about|with knowledge of|involved in|aware of|privy to"
ANONYMOUS_QUALIFIERS = re.compile(
    rf"\b(?:{KNOWING}|who (?:spoke|asked|"
    r"requested|declined|were not|was not|are not|is not)|speaking on condition|not authori[sz]ed|"
    r"on condition of anonymity|anonymity|unnamed|anonymous|senior)\b",
    re.IGNORECASE,
)

# How a document comes out: "a study published Wednesday", "an indictment unsealed on Thursday"
DOCUMENT_PARTICIPLES = (
    r"(?:published|released|issued|conducted|commissioned|carried\s+out|made\s+public|obtained|prepared|compiled|"
    r"produced|filed|sent|posted|unsealed|seen|reviewed|signed|dated)")

DOCUMENT_HEADS = _forms(
    "readout statement report memo memorandum letter filing complaint transcript communique communiqué advisory "
    "alert notice bulletin guidance "
    "document documents release minutes indictment affidavit lawsuit ruling decision order "
    "declaration agreement text draft note notes research study survey analysis paper brief briefing "
    "review audit investigation inquiry probe assessment estimate estimates forecast projection projections "
    "tally census data statistics records evidence filing filings poll polls transcript transcripts reports studies surveys memos audits rulebook rulebooks handbook manifesto charter guidelines constitution"
)

SOCIAL_PLATFORMS = {
    "twitter": "Twitter", "x": "X", "facebook": "Facebook", "instagram": "Instagram",
    "linkedin": "LinkedIn", "tiktok": "TikTok", "threads": "Threads", "bluesky": "Bluesky",
    "mastodon": "Mastodon", "telegram": "Telegram", "youtube": "YouTube", "weibo": "Weibo",
    "truth social": "Truth Social", "reddit": "Reddit", "substack": "Substack",
}

OUTLET_WORDS = _forms(
    "times post journal gazette herald tribune news telegraph guardian chronicle ledger courier "
    "observer monitor review press wire reuters bloomberg associated ap afp cnn bbc nbc cbs abc fox cnbc cbc ctv rte rtp rtl orf zdf ard sbs tvnz rtve "
    "msnbc npr politico axios economist ft wsj nyt mail express sun mirror standard "
    "independent star examiner inquirer dispatch bulletin register sentinel globe record daily weekly "
    "magazine radio television tv channel broadcaster insider breitbart huffpost hill today espn "
    "fm advertiser enquirer gleaner "
    # the same words in the languages papers abroad are named in: "La Voce del Nord", "El Diario del Sur"
    "voce diário diario gazzetta giornale corriere stampa messaggero zeitung tageblatt anzeiger rundschau kurier "
    "noticias prensa presse correo heraldo nouvelles folha jornal gazeta dagblad dagbladet posten nyheter "
    "tidning novosti vesti voz courrier"
)
# the ends of papers' names written as one German word: "Der Morgenkurier", "Die Abendzeitung"
# ("-blatt" is also a surname's end: Greenblatt)
OUTLET_COMPOUND_ENDS = ("kurier", "zeitung", "nachrichten", "anzeiger")
# Wire agencies, an outlet only as the whole name: "Efe", "Antara", "Ani" are also first names
WIRE_AGENCIES = frozenset(
    "pti ani ians aap yonhap kyodo xinhua tass interfax dpa ansa efe anadolu bernama antara jiji kcna nhk "
    "irna isna tasnim wafa ukrinform unian".split())  # not "Sana" (a name) nor "CCTV" (cameras, in Britain)

# Agreements and programmes: capitalised like organisations ("Trans-Pacific Partnership"), never speakers.
AGREEMENT_WORDS = _forms("partnership pact treaty agreement accord initiative act")

ORG_WORDS = _forms(
    "financial entertainment dairies brewery distillery bakery front ministry department agency commission committee council bank institute university association "
    "union federation confederation collective homes chamber party office bureau authority board group company corporation corp "
    "inc ltd plc llc fund foundation organization organisation coalition alliance campaign caucus school college academy hospital consulting strategies church cathedral mosque synagogue resort hotel prize award energy motors airlines pharmaceuticals systems technologies communications petroleum steel foods brands labs solutions resources electric "
    "government administration parliament congress senate house assembly court service services "
    "forum center centre network trust society club league cabinet embassy consulate police army "
    "navy force forces command holdings partners capital ventures industries enterprises limited "
    "airlines airways shipping logistics motors steel mills works federation guild cooperative co-op "
    "exchange markets consortium syndicate team textiles cement chemicals mining metals telecom pharma "
    "construction insurance securities electricity utilities utility railways railway rail investors corps transit commodities economics investments associates analytics advisers advisors athletic rovers wanderers albion fc afc hotspur "
    "research elementary institution laboratory laboratories observatory museum library clinic studios "
    "therapeutics biosciences biotech biotechnology biopharma software robotics semiconductors semiconductor "
    "microsystems biologics diagnostics commons lords dáil dail knesset bundestag duma seanad storting riksdag "
    "health healthcare regulator watchdog equities instruments electronics aerospace airport"
)

#: bodies known by one word that says nothing of what they are (lower-cased): "Oxfam said"
KNOWN_BODIES = frozenset("oxfam greenpeace unicef unesco unhcr unrwa interpol europol frontex wwf amnesty "
                         "opec nato asean mercosur fifa uefa".split())

# Countries, US states and large cities: a name that is one of these (perhaps after "North",
# "Nazi", "New" ...) is a place or its government, never a person "he" or "the candidate" can be.
# Names that are also common first names or surnames (Jordan, Georgia, Israel, Washington,
# Houston, Virginia, Paris ...) are left out: "Jordan said" is more often Rep. Jim Jordan.
PLACES = frozenset(
    w.replace("_", " ")
    for w in """
    afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain bangladesh
    belarus belgium bolivia bosnia botswana brazil bulgaria burma cambodia cameroon canada chile china
    colombia congo croatia czechia denmark ecuador egypt eritrea estonia ethiopia finland france gabon
    germany ghana greece guatemala haiti honduras hungary iceland india indonesia iran iraq ireland italy
    japan kazakhstan kenya korea kosovo kuwait kyrgyzstan laos latvia lebanon liberia libya lithuania
    luxembourg madagascar malawi malaysia mali malta mexico moldova mongolia montenegro morocco
    mozambique myanmar namibia nepal netherlands nicaragua niger nigeria norway oman pakistan palestine
    panama paraguay peru philippines poland portugal qatar romania russia rwanda senegal serbia
    singapore slovakia slovenia somalia spain sudan sweden switzerland syria taiwan tajikistan tanzania
    thailand tunisia turkey turkmenistan uganda ukraine uruguay uzbekistan venezuela vietnam yemen
    zambia zimbabwe britain england scotland wales europe asia africa crimea gaza kashmir tibet
    andorra antigua bahamas barbados belize benin bhutan brunei burundi comoros cuba cyprus djibouti eswatini
    fiji gambia grenada guinea guyana jamaica kiribati lesotho liechtenstein maldives mauritania mauritius
    micronesia monaco nauru palau samoa seychelles suriname togo tonga tuvalu vanuatu greenland catalonia
    kurdistan somaliland transnistria abkhazia martinique guadeloupe bermuda gibraltar macau puerto_rico
    papua_new_guinea trinidad_and_tobago east_timor timor-leste
    hong_kong new_zealand saudi_arabia south_africa sri_lanka united_states united_kingdom
    united_arab_emirates the_united_states the_united_kingdom soviet_union the_soviet_union
    alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho
    illinois iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
    missouri nebraska new_hampshire new_jersey new_mexico new_york ohio oklahoma oregon pennsylvania
    rhode_island south_carolina north_carolina south_dakota north_dakota texas utah vermont wisconsin
    wyoming west_virginia
    beijing moscow tokyo london berlin brussels tehran kabul baghdad damascus cairo istanbul ankara
    kiev kyiv warsaw madrid rome athens beirut riyadh seoul pyongyang shanghai mumbai delhi
    new_delhi karachi islamabad havana caracas mexico_city chicago los_angeles san_francisco
    philadelphia boston miami seattle detroit baltimore atlanta cleveland pittsburgh manhattan
    silicon_valley wall_street capitol_hill the_white_house the_kremlin
    san_antonio san_diego san_jose jacksonville fort_worth indianapolis
    nashville oklahoma_city el_paso las_vegas memphis louisville milwaukee albuquerque tucson
    fresno sacramento kansas_city mesa omaha raleigh long_beach virginia_beach oakland minneapolis tulsa
    tampa new_orleans wichita bakersfield anaheim honolulu santa_ana riverside corpus_christi st_louis
    saint_louis st_paul cincinnati pittsburgh greensboro anchorage orlando irvine chula_vista toledo
    fort_wayne st_petersburg laredo jersey_city scottsdale buffalo north_las_vegas winston-salem
    chesapeake norfolk hialeah boise spokane baton_rouge tacoma des_moines flint hartford providence albany
    annapolis trenton harrisburg little_rock topeka frankfort cheyenne bismarck olympia carson_city santa_fe
    montpelier tallahassee ferguson dearborn youngstown scranton erie allentown toronto montreal vancouver
    ottawa amsterdam vienna prague budapest stockholm oslo copenhagen helsinki dublin lisbon geneva
    zurich munich frankfurt barcelona brussels jerusalem tel_aviv dubai doha aleppo mosul raqqa
    tripoli benghazi kandahar sanaa mecca hanoi bangkok jakarta manila melbourne nairobi lagos
    johannesburg bogota buenos_aires sao_paulo rio_de_janeiro guantanamo
    """.split()
)
PLACE_PREFIXES = frozenset("north south east west northern southern eastern western nazi new upper lower central".split())


#: Words in -ing that name a field or a standing before a role or a body, not a verb: "planning officer
#: James Rook", "managing director Ann Lee", "ticketing company SeatStream".
FIELD_PARTICIPLES = frozenset(
    "managing acting outgoing incoming founding presiding visiting leading ruling governing reigning consulting "
    "supervising commanding serving sitting working holding coaching marketing engineering accounting nursing "
    "teaching polling banking lending planning housing parking training licensing fundraising organizing organising "
    "lobbying publishing broadcasting advertising building manufacturing mining shipping trading pricing sporting "
    "scouting recruiting casting programming operating policing funding ticketing gaming gambling betting streaming "
    "messaging computing brewing printing packaging trucking farming fishing catering clothing staffing recycling "
    "processing ride-hailing".split())
