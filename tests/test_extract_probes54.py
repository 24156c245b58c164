"""Cases from the stop-26 probes and the items the stop-25 probes left: each a pattern that recurs in news,
on sentences written here."""

from __future__ import annotations

from tests.extract_helpers import indirect, quote, run


def _speaker(r, name):
    return next(s for s in r.speakers if s.name == name)


def test_a_party_in_brackets_after_a_name_is_the_persons_organisation():
    r = run('Henrike Wollmann (FDP) said the coalition was finished. "We cannot go on," said Sen. Dana Feld '
            '(D-Calif.). "Nor can we," said Rep. Tom Acre (R-Texas), and Mark Voss (Greens) said they would wait. Eli Orr (Iowa) said it was fine.')
    assert indirect(r, "the coalition was finished").speaker == "Henrike Wollmann"
    assert _speaker(r, "Henrike Wollmann").organization == "FDP"
    assert _speaker(r, "Dana Feld").organization == "Democratic Party"
    assert _speaker(r, "Dana Feld").role == "Senator"
    assert _speaker(r, "Tom Acre").organization == "Republican Party"
    assert _speaker(r, "Mark Voss").organization == "Greens"
    assert _speaker(r, "Eli Orr").organization is None  # his state


def test_a_bracket_after_a_name_that_is_no_party_gives_no_organisation():
    r = run('Anna Kay (pictured) said the plan was sound. Ben Roe (AP) said it was not. '
            'Carl Ude (left) said it was late. Dora Lim (2) said it was early.')
    for name in ("Anna Kay", "Ben Roe", "Carl Ude", "Dora Lim"):
        assert _speaker(r, name).organization is None, name


def test_papers_abroad_are_outlets_by_the_words_their_names_are_made_of():
    r = run('Mayor Ana Ruiz told La Voz del Sur that the strike would end soon. "It is a disgrace," she told '
            'Der Morgenkurier. Le Courrier Alpin reported that the mayor had resigned.')
    assert quote(r, "It is a disgrace").speaker == "Ana Ruiz"
    assert [s.name for s in r.sources if s.kind == "outlet"] == ["La Voz del Sur", "Der Morgenkurier",
                                                                 "Le Courrier Alpin"]
    assert indirect(r, "the mayor had resigned").speaker == "Le Courrier Alpin"
    assert _speaker(r, "Le Courrier Alpin").kind == "outlet"


def test_according_to_a_surname_then_a_comma_opens_the_claim_not_an_appositive():
    r = run("Security researcher Piotr Wielgosz studied the attack. According to Wielgosz, the hackers got in "
            "through a vendor's account.")
    assert indirect(r, "the hackers got in").speaker == "Piotr Wielgosz"
    assert _speaker(r, "Piotr Wielgosz").role.lower() == "security researcher"
    r = run("According to Piotr Wielgosz, a security researcher, the hackers got in.")
    assert _speaker(r, "Piotr Wielgosz").role == "security researcher"


def test_a_body_with_and_in_its_name_speaks_whole_before_saying():
    for body in ("Food and Drug Administration", "Competition and Markets Board"):
        r = run(f"The {body} approved the drug on Thursday, saying it was safe.")
        assert indirect(r, "it was safe").speaker == body
        assert [s.name for s in r.sources if s.kind == "organization"] == [body]


def test_a_body_named_an_administration_is_it_and_the_agency_later():
    r = run("The Kestrel Drug Administration approved the drug. It said it was safe.")
    assert indirect(r, "it was safe").speaker == "Kestrel Drug Administration"
    r = run("The Energy Information Administration cut its forecast. The agency said demand was weak.")
    assert indirect(r, "demand was weak").speaker == "Energy Information Administration"
    r = run("The Obama administration said it would appeal.")
    assert all(s.name != "Obama" for s in r.speakers)


def test_a_quotation_after_a_sentence_saying_a_statement_was_issued_is_the_statement():
    r = run('Redmoor United issued a statement on Friday. "The offer has been rejected."')
    assert quote(r, "The offer has been rejected").speaker == "Redmoor United"
    assert [s.kind for s in r.speakers] == ["organization"]
    r = run('The club issued a brief statement late on Friday. "The offer has been rejected."')
    assert quote(r, "The offer has been rejected").speaker_mention.text == "The club"
    r = run('Acme Holdings cut 200 jobs. "We are devastated."')
    assert all(q.speaker != "Acme Holdings" for q in r.quotes)


def test_the_company_is_the_firm_that_reports_results_or_cuts_fares_or_is_hacked():
    r = run('Tesco reported a loss. "This was a tough year," the company said.')
    assert quote(r, "This was a tough year").speaker == "Tesco"
    r = run("Ryanair cut its fares. The airline said demand was weak.")
    assert indirect(r, "demand was weak").speaker == "Ryanair"
    assert [(s.kind, s.name) for s in r.sources] == [("organization", "Ryanair")]
    r = run("Serrano Health was hacked in March. The company said records were stolen.")
    assert indirect(r, "records were stolen").speaker == "Serrano Health"


def test_the_company_closing_a_claim_is_the_one_firm_the_claim_names():
    r = run("Records of patients were stolen from Serrano Health, the company said on Friday.")
    assert indirect(r, "Records of patients").speaker == "Serrano Health"
    r = run("Profits at Halvorsen Foods rose 5%, the company said.")
    assert indirect(r, "Profits at").speaker == "Halvorsen Foods"
    r = run("An analyst at Leerink Partners expects losses, the company said.")
    assert indirect(r, "An analyst").speaker != "Leerink Partners"
    r = run("The deal with the Ministry of Health was signed, the company said.")
    assert indirect(r, "The deal").speaker != "Ministry of Health"


def test_the_italian_is_the_manager_just_named_when_the_quotation_opens_with_a_capital():
    r = run('Fabio Lorenzetti, the Redmoor manager, spoke on Friday. "Football players are professionals," '
            'the Italian said.')
    assert quote(r, "Football players").speaker == "Fabio Lorenzetti"
    assert not any(s.kind == "anonymous" for s in r.sources)


def test_a_move_critics_say_is_the_critics_speaking():
    r = run("The government will cap bills at £1,950, a move critics say is too small.")
    assert indirect(r, "is too small").speaker_mention.text == "critics"
    r = run("Unemployment hit 5%, a figure economists said was worrying.")
    assert all("figure" not in (q.speaker_mention.text if q.speaker_mention else "") for q in r.quotes)
    assert all("figure" not in s.text for s in r.sources)


def test_an_outlet_named_before_what_kind_of_outlet_it_is():
    r = run('"Suppliers will go bust," Callum Reddaway told the Energy Desk newsletter.')
    assert [(s.kind, s.name) for s in r.sources] == [("outlet", "Energy Desk")]
    r = run("Callum Reddaway told the Morning Brief podcast that suppliers would go bust.")
    assert [(s.kind, s.name) for s in r.sources] == [("outlet", "Morning Brief")]
    r = run("Ann Lee told the Senate committee that it was fine.")
    assert not any(s.kind == "outlet" for s in r.sources)


def test_she_after_a_sentence_about_the_minister_is_the_minister():
    opening = ("Energy Minister Fiona Hartigan said the cap would help. Gwen Abernethy-Sloane of FairPower said it "
               "was not enough. The minister rejected that. ")
    r = run(opening + '"We are investing £2bn in insulation," she said.')
    assert quote(r, "We are investing").speaker == "Fiona Hartigan"
    r = run(opening + 'Abernethy-Sloane was unmoved. "It is too little," she said.')
    assert quote(r, "It is too little").speaker == "Gwen Abernethy-Sloane"


def test_a_body_named_in_lower_case_is_the_organisation_of_the_role():
    r = run("The port authority's chief executive, Arvid Solheim, said two cranes had been repaired.")
    assert (_speaker(r, "Arvid Solheim").role, _speaker(r, "Arvid Solheim").organization) == \
        ("chief executive", "port authority")
    for text in ("Dana Okafor, chief economist at the central bank, said inflation would ease.",
                 "Dana Okafor, the central bank's chief economist, said inflation would ease."):
        r = run(text)
        assert (_speaker(r, "Dana Okafor").role, _speaker(r, "Dana Okafor").organization) == \
            ("chief economist", "central bank"), text


def test_a_title_opening_with_the_last_word_of_a_body_just_named_is_that_bodys():
    r = run('The Lisbeth Film Festival sold 212,000 tickets. Festival director Paula Ingersoll told reporters: '
            '"This was our strongest year."')
    assert quote(r, "strongest year").speaker == "Paula Ingersoll"
    assert (_speaker(r, "Paula Ingersoll").role, _speaker(r, "Paula Ingersoll").organization) == \
        ("director", "Lisbeth Film Festival")


def test_a_centre_named_for_its_field_keeps_the_field():
    r = run("The attack is the third this year, according to the Health Sector Threat Center.")
    assert indirect(r, "The attack").speaker == "Health Sector Threat Center"
    assert _speaker(r, "Health Sector Threat Center").role is None


def test_an_average_after_a_clause_is_no_poll():
    r = run("Fares rose 9%, in a year that saw an average of 5 strikes.")
    assert r.quotes == [] and r.sources == []
    r = run("Clinton leads by 5 points in the RealClearPolitics polling average.")
    assert indirect(r, "Clinton leads").speaker_mention.text == "the RealClearPolitics polling average"


def test_broadcasters_named_with_a_number_are_outlets():
    for text, outlet in (("France 24 reported that the deal was done.", "France 24"),
                         ("The deal was done, Channel 4 reported.", "Channel 4"),
                         ("Channel 4 News reported that the deal was done.", "Channel 4 News")):
        r = run(text)
        assert [q.speaker for q in r.quotes] == [outlet], text
        assert [(s.kind, s.name) for s in r.sources] == [("outlet", outlet)], text
    r = run("He told Channel 4 News that the deal was done.")
    assert [(s.kind, s.name) for s in r.sources] == [("outlet", "Channel 4 News")]


def test_the_board_is_no_chairman_of_the_board_and_a_spokesman_for_a_mayor_works_for_the_person():
    r = run("Tom Reed, chairman of the board, opened the meeting. The board said profits would rise.")
    assert indirect(r, "profits would rise").speaker != "Tom Reed"
    r = run("A spokesman for Mayor Thomas Brightwater said he intends to stay out of it.")
    assert next(s for s in r.speakers if s.kind == "unnamed").organization == "Thomas Brightwater"


def test_a_role_and_name_between_a_description_and_an_age():
    r = run("Her neighbour, retired teacher Harold Benning, 79, said he had lived there for decades.")
    assert indirect(r, "he had lived there").speaker == "Harold Benning"
    assert _speaker(r, "Harold Benning").role == "retired teacher"
    assert not any(s.kind == "anonymous" for s in r.sources)


def test_a_role_then_a_name_after_said_ends_before_where_and_keeps_of_its_body():
    r = run('"We must change," said chief executive Daniela Holt in a memo.')
    assert quote(r, "We must change").speaker == "Daniela Holt"
    assert _speaker(r, "Daniela Holt").role == "chief executive"
    for body in ("Lumora", "Lumora Foods"):
        r = run(f'"We must change," said chief executive Daniela Holt of {body}.')
        assert quote(r, "We must change").speaker == "Daniela Holt", body
        assert (_speaker(r, "Daniela Holt").role, _speaker(r, "Daniela Holt").organization) == \
            ("chief executive", body)


def test_she_after_another_fan_who_said_she_is_that_fan():
    opening = "Keisha Brandt said the verdict was fair. "
    r = run(opening + 'Another fan said she had attended every day. "I took vacation days for this," she said.')
    assert quote(r, "I took vacation days").speaker_mention.text == "she"
    assert quote(r, "I took vacation days").speaker != "Keisha Brandt"
    assert next(s for s in r.speakers if s.kind == "unnamed").name == "Another fan"
    r = run(opening + 'A former aide said she demanded loyalty.')
    assert indirect(r, "she demanded").speaker_mention.text == "A former aide"


def test_a_titled_politician_from_a_state_keeps_the_title_and_gains_the_party():
    r = run("Rep. Jane Doe, a Republican from Ohio, said the veto was unfair. State Sen. Dwight Okonkwo, a Democrat "
            "from Harlan County, said it was fair.")
    assert (_speaker(r, "Jane Doe").role, _speaker(r, "Jane Doe").organization) == ("Representative", "Republican Party")
    assert (_speaker(r, "Dwight Okonkwo").role, _speaker(r, "Dwight Okonkwo").organization) == \
        ("State Senator", "Democratic Party")


def test_the_drugmaker_and_the_agency_point_back_at_the_body_named():
    r = run("Regulators fined Kestrel Pharma on Tuesday. The drugmaker said it would appeal.")
    assert indirect(r, "it would appeal").speaker == "Kestrel Pharma"
    r = run("The World Food Programme said it had cut rations. The agency said it needed $40 million.")
    assert indirect(r, "it needed").speaker == "World Food Programme"


def test_pushing_a_figure_to_a_level_is_no_stance():
    r = run("Prices rose sharply, pushing inflation to 5%.")
    assert r.quotes == [] and r.speakers == []
    r = run("Unions are pushing the government to raise pay.")
    assert indirect(r, "the government to raise pay").speaker_mention.text == "Unions"


def test_a_name_described_as_a_copper_producer_is_a_firm_the_company_points_at():
    r = run("Minera Cóndor Azul, the copper producer, said it regretted the disaster. The company said it would appeal.")
    assert indirect(r, "it would appeal").speaker == "Minera Cóndor Azul"
    assert _speaker(r, "Minera Cóndor Azul").kind == "organization"
    assert _speaker(r, "Minera Cóndor Azul").role is None
    r = run("Harlan Crow, a Texas real estate developer, said it was fine.")
    assert _speaker(r, "Harlan Crow").kind == "person"


def test_the_banks_governor_is_at_the_bank_named_with_of():
    r = run('The Bank of Norland held rates. "Inflation is high," said Ana Berg, the bank\'s governor.')
    assert (_speaker(r, "Ana Berg").role, _speaker(r, "Ana Berg").organization) == ("governor", "Bank of Norland")


def test_an_employee_at_the_plant_is_a_speaker_whose_quoted_word_is_a_partial_quotation():
    r = run('An employee at the plant said the plan was "reckless".')
    assert quote(r, "reckless").kind == "partial"
    assert quote(r, "reckless").speaker_mention.text == "An employee at the plant"
    assert [s.kind for s in r.sources] == ["anonymous"]


def test_a_council_member_after_said_speaks_and_is_anonymous():
    r = run("The vote was postponed, said a council member.")
    assert indirect(r, "The vote was postponed").speaker_mention.text == "a council member"
    assert [s.kind for s in r.sources] == ["anonymous"]
    r = run("A board member, who spoke on condition of anonymity, said the vote was postponed.")
    assert [s.kind for s in r.sources] == ["anonymous"]


def test_its_foreign_minister_after_a_country_is_that_countrys():
    r = run('Japan pledged $25 million in emergency aid. "We stand with Kereshan," its foreign minister, Anneke Vos, '
            'said.')
    assert quote(r, "We stand with").speaker == "Anneke Vos"
    assert _speaker(r, "Anneke Vos").organization == "Japan"


def test_a_place_between_said_and_that_is_no_part_of_the_claim():
    for where in ("outside the courthouse", "outside court"):
        r = run(f"Hollis said {where} that the case should never have been brought.")
        assert [q.text for q in r.quotes] == ["the case should never have been brought"], where


def test_review_of_the_stop_26_rules():
    # a named victim is given no official's role; a statement on someone's behalf is theirs
    r = run('Sara Kim was stopped by police. The officer searched her bag. "I felt humiliated," she said.')
    assert _speaker(r, "Sara Kim").role is None
    r = run('Police released a statement on behalf of the family. "He was a loving father."')
    assert quote(r, "He was a loving father").speaker != "Police"
    # "Radio 4's Today programme" keeps the claim whole
    r = run("He told Radio 4's Today programme that the plan would work.")
    assert [q.text for q in r.quotes] == ["the plan would work"]
    # the company is the firm the story is about, not a rival its claim names
    r = run("Halden Air said it would cut routes. The move followed a price war with Orvane Air, the company said.")
    assert indirect(r, "The move followed").speaker == "Halden Air"
    # people whose first names are unknown stay people
    for text in ("Mahmood Yakubu announced the results on Sunday. He said turnout was 27%.",
                 "Zhang Wei posted a loss of $2m. He said it was temporary.",
                 "Rahim Uddin, a garment exporter, said orders had halved.",
                 "Amara Okafor, a cheese maker, said it was fine.",
                 "Paul Courrier, a farmer, said the rain had ruined his crop."):
        assert [s.kind for s in run(text).speakers] == ["person"], text
    # two firms joined by "and" are no one body; a head-count after a sum is no money
    r = run("The merger is off, said Kestrel Foods and Brixel Holdings in a joint statement.")
    assert not any("statement" in s.name for s in r.speakers)
    r = run("The NHS budget is £180 billion, with 7.6 million on waiting lists.")
    assert next(n for n in r.numbers if n.text == "7.6 million").kind == "count"
    # a spokeswoman for Dell is the firm's; letters after a name are no party
    r = run("Michael Dell sold shares. A spokeswoman for Dell said the sale was planned.")
    assert next(s for s in r.speakers if s.kind == "unnamed").organization == "Dell"
    r = run("Ana Ruiz (MP) said the bill would fail.")
    assert _speaker(r, "Ana Ruiz").organization is None
    # a stance to push a figure to a level stays a stance; the describer is not the subject's "she"
    r = run("Unions are pushing wages to £15 an hour.")
    assert indirect(r, "wages to").speaker_mention.text == "Unions"
    r = run('Ana Ruiz won gold. Another athlete said she was the best in the world. "I just ran my race," she said.')
    assert quote(r, "I just ran my race").speaker == "Ana Ruiz"


def test_reports_and_surveys_are_documents_and_a_medical_firm_is_a_firm():
    r = run("Maldonado said internal reports showed the dam's safety factor had dropped.")
    assert [(s.kind, s.name) for s in r.sources] == [("document", "internal reports")]
    r = run("Bayside Medical said it would not appeal.")
    assert [(s.kind, s.name) for s in r.sources] == [("organization", "Bayside Medical")]


def test_a_cue_right_before_the_colon_introduces_the_words():
    r = run('Farrow said her daughter texted: "Mom, I am hiding."')
    assert quote(r, "Mom, I am hiding").speaker_mention.text == "her daughter"
    r = run('"I am safe," she texted her mother.')
    assert quote(r, "I am safe").cue.text == "texted"


def test_a_sentence_opening_in_a_post_on_a_platform_makes_its_quotation_a_post():
    r = run('In a post on Instagram shortly after the verdict, Marlowe wrote: "Back to the music."')
    assert quote(r, "Back to the music").kind == "social"
    assert [(s.kind, s.name) for s in r.sources] == [("social", "Instagram")]


def test_a_whose_clause_with_commas_of_its_own_is_skipped_to_the_subject():
    r = run("Acme Corp., whose chief executive, John Smith, resigned last week, said it would appeal.")
    assert indirect(r, "it would appeal").speaker == "Acme Corp."
    r = run("Ann Lee, whose son, Tom, was hurt, said the road was unsafe.")
    assert indirect(r, "the road was unsafe").speaker == "Ann Lee"


def test_who_is_a_role_at_a_body_and_a_party_of_a_state():
    r = run("Jane Roe, who is chief economist at Kestrel Bank, said rates would fall.")
    assert (_speaker(r, "Jane Roe").role, _speaker(r, "Jane Roe").organization) == ("chief economist", "Kestrel Bank")
    for appos in ("Republican of Montana", "a Montana Republican"):
        r = run(f"Sen. Roy Castellano, {appos}, said the company had failed.")
        assert (_speaker(r, "Roy Castellano").role, _speaker(r, "Roy Castellano").organization) == \
            ("Senator", "Republican Party"), appos


def test_how_the_speaker_felt_before_a_colon_introduces_the_words():
    r = run('Kwame Asante-Boadu was delighted: "This is a budget for the many."')
    assert quote(r, "This is a budget").kind == "direct"
    assert quote(r, "This is a budget").speaker == "Kwame Asante-Boadu"


def test_a_firm_by_its_shares_or_its_kind_and_a_police_spokesman_for_the_force():
    r = run("Shares in Helixon Health fell 23% on Monday. The company said it would cooperate with investigators.")
    assert indirect(r, "it would cooperate").speaker == "Helixon Health"
    r = run("The airline Skyjet cancelled 300 flights. The airline said the strike was to blame.")
    assert indirect(r, "the strike").speaker == "Skyjet"
    assert [(s.kind, s.name) for s in r.sources] == [("organization", "Skyjet")]
    r = run("West Midshire Police are investigating. A police spokesman said inquiries were continuing.")
    spokesman = next(s for s in r.speakers if s.kind == "unnamed")
    assert (spokesman.role, spokesman.organization) == ("spokesman", "West Midshire Police")
    r = run("The death toll rose to 40, local media reported.")
    assert [s.kind for s in r.sources] == ["outlet"]


def test_words_posted_on_social_media_are_a_post():
    r = run('"Very productive meeting," President Grant Whitcombe posted on social media.')
    assert quote(r, "Very productive meeting").kind == "social"
    r = run("The minister said social media firms must act.")
    assert [q.kind for q in r.quotes] == ["indirect"]


def test_the_group_is_the_one_body_just_named_whatever_its_noun():
    r = run('The Kestrel Golf Foundation published its survey on Monday. Almost 650 courses have closed since 2006, '
            'the group said.')
    assert indirect(r, "Almost 650 courses").speaker == "Kestrel Golf Foundation"
    r = run('Students at Harlow University marched on Monday. "Power to the people!" the group said.')
    assert quote(r, "Power to the people").speaker != "Harlow University"


def test_second_review_of_the_stop_26_rules():
    # "a lawyer said his client": the client is the named man, whose next quotation stays his
    r = run('Tom Hale said he was innocent. A lawyer said his client would appeal. "I am innocent," he said.')
    assert quote(r, "I am innocent").speaker == "Tom Hale"
    # texting someone is no claim; a text quoted is
    assert run("She texted her mother from the bathroom.").quotes == []
    assert quote(run('"I am safe," she texted her mother.'), "I am safe").cue.text == "texted"
    # a closed "whose" clause does not capture a later speaker
    r = run("The victim, whose name was not released, died at the scene, and a neighbour, Tom Lee, said the street "
            "was in shock.")
    assert indirect(r, "the street").speaker == "Tom Lee"
    # a post opening covers its own clause only
    r = run('In a post on X, the group claimed the attack, but police said: "There is no evidence."')
    assert quote(r, "There is no evidence").kind == "direct"
    # a candidate for Congress is no member of it; the earlier figure must measure the same thing
    r = run("Tom Hale, who is a candidate for Congress, said he would cut taxes.")
    assert _speaker(r, "Tom Hale").organization is None
    r = run("Imports rose to 2 million tonnes in 2022, from 15 countries.")
    assert next(n for n in r.numbers if n.text == "2 million tonnes").from_value is None
    # the words after "the critics who complained:" are the speaker's answer
    r = run('Lee said of the critics who complained: "They never read the report."')
    assert quote(r, "They never read").speaker == "Lee"
