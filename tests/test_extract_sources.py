"""Sources (outlets, anonymous, organisations, documents, social) and page furniture."""

from __future__ import annotations

from tests.extract_helpers import indirect, quote, run


def kinds(result):
    return {(s.kind, s.name) for s in result.sources}


def test_outlet_from_according_to_and_told_resolves_short_form():
    r = run(
        "Negotiators failed to agree on Tuesday, according to the Financial Times.\n\n"
        "Talks will resume next week, a senior official told the FT."
    )
    k = kinds(r)
    assert ("outlet", "Financial Times") in k
    ft = [s for s in r.sources if s.text == "the FT"]
    assert ft and ft[0].name == "Financial Times"


def test_outlet_reports_colon():
    r = run('The Harbour Gazette reports:\n\n"The port will close at midnight," Mayor Rui Costa said.')
    assert ("outlet", "Harbour Gazette") in kinds(r)


def test_anonymous_sources():
    r = run(
        "Kestria wants the duty cut to 15%, three people briefed on the talks said. "
        "Duvane has offered 20%, one of the people said. Officials said the round would end on Friday."
    )
    anon = {s.text for s in r.sources if s.kind == "anonymous"}
    assert {"three people briefed on the talks", "one of the people", "Officials"} <= anon


def test_organisation_and_spokesperson_sources():
    r = run(
        "The Kestrian Steel Federation said output fell by a third. "
        "A spokesman for the ministry said no decision had been taken."
    )
    k = {s.kind for s in r.sources}
    assert ("organization", "Kestrian Steel Federation") in kinds(r)
    assert "organization" in k and any("spokesman" in s.text for s in r.sources)


def test_official_document_sources():
    r = run(
        "Both leaders want a deal by late June, according to the ministry's readout of the call. "
        'A report titled "Harbours and Hard Bargains" put the cost at $70 million. '
        '"Nobody loses a berth," Claude Ferrand said in an emailed statement.'
    )
    docs = {s.text for s in r.sources if s.kind == "document"}
    assert any("readout" in d for d in docs)
    assert "Harbours and Hard Bargains" in docs
    assert "an emailed statement" in docs


def test_social_platform_sources():
    r = run("Ida Solheim posted on LinkedIn that the deal was rushed. Han Ji-woo tweeted her thanks.")
    social = {s.name for s in r.sources if s.kind == "social"}
    assert {"LinkedIn", "Twitter"} <= social


def test_related_links_share_prompts_and_byline_are_furniture():
    text = (
        "Port talks stall\n\n"
        '"We came with a serious offer," Ilse Brandt said. Prices rose 12% in May.\n\n'
        "Share this article: Facebook | X | Email\n\n"
        "By Harbour Wire\n\n"
        "Most Read From Harbour Gazette\n"
        '- "Grain prices hit 18-month high," traders say\n'
        "- Ferry strike enters third day"
    )
    r = run(text)
    cut = text.index("Share this article")
    assert all(item.start < cut for item in [*r.quotes, *r.numbers, *r.sources])
    assert r.article.byline == "Harbour Wire"
    assert r.article.outlet == "Harbour Gazette"


def test_furniture_lines_inside_the_story_do_not_end_it():
    # web pages put "Advertisement", captions and "Read more:" between paragraphs; the story goes on
    text = (
        "Flood defences fail\n\n"
        "Residents of Tarnby were evacuated overnight after the River Leese burst its banks.\n\n"
        "Advertisement\n\n"
        '"The water came up through the floor in ten minutes," said Priya Nair, who runs a bakery.\n\n'
        "Image caption, Firefighters pumped water from homes in Tarnby on Sunday\n\n"
        "Read more: How the 2019 floods changed Tarnby\n\n"
        'Councillor James Whitlow said: "We were told these walls would last a hundred years."\n\n'
        "Related Topics\nFlooding\nTarnby\n\nShare this article\n"
    )
    r = run(text)
    assert quote(r, "water came up").speaker == "Priya Nair"
    assert quote(r, "hundred years").speaker == "James Whitlow"
    furniture = [text.index(w) for w in ("Image caption", "Read more", "Related Topics")]
    assert not [n.text for n in r.numbers if any(f <= n.start < text.index("\n", f) for f in furniture)]


def test_read_the_rest_here_and_reporting_by_lines():
    text = (
        '"It is done," Vera Holm said.\n\n'
        "(Reporting by Mara Lindqvist in Saltmere; editing by Tom Aske)\n\n"
        "(c) 2026 Kestrian Press Agency. All rights reserved."
    )
    r = run(text)
    assert r.article.byline == "Mara Lindqvist"
    assert all(n.start < text.index("(Reporting") for n in r.numbers)


def test_metadata_given_is_kept():
    r = run("By Jane Doe\n\nNothing happened.", byline="Someone Else", outlet="The Ledger")
    assert r.article.byline == "Someone Else" and r.article.outlet == "The Ledger"


def test_a_paragraph_opening_with_by_and_a_date_is_story_not_byline():
    text = (
        "Port talks stall\n\n"
        "The talks began in May.\n\n"
        "By late June, the two sides had agreed on a 12% tariff.\n\n"
        "By mid-June it was over, officials said.\n\n"
        "By Anna Berg and Jean de la Fontaine, Harbour Wire"
    )
    r = run(text)
    assert [n.text for n in r.numbers if n.kind != "date"] == ["two", "12%"]
    assert "mid-June" in [n.text for n in r.numbers]
    assert r.article.byline == "Anna Berg and Jean de la Fontaine"


def test_sources_named_after_citing():
    r = run(
        "Harbour Wire reported, citing people familiar with the matter, that the deal was off.\n\n"
        "The council said, citing a Treasury memo, that cuts were planned.\n\n"
        "Ferry fares rose, citing Harbour Wire.\n\n"
        "Lunde resigned, citing health reasons."
    )
    kinds = {(s.text, s.kind) for s in r.sources}
    assert ("people familiar with the matter", "anonymous") in kinds
    assert ("a Treasury memo", "document") in kinds
    assert not [s for s in r.sources if "health" in s.text]


def test_a_wire_dateline_names_the_outlet_and_a_contributor_credit_is_no_story():
    r = run("WASHINGTON (AP) \u2014 Senate Republicans blocked the bill on Tuesday, the majority leader said.\n\n"
            "\"We will bring it back,\" said Sen. Maria Ortiz.\n\n"
            "Associated Press writers Lisa Park and Tom Reed contributed to this report.")
    assert r.article.outlet == "AP"
    assert not [q for q in r.quotes if "contributed" in q.text]
    assert not [s for s in r.speakers if s.name in ("Lisa Park", "Tom Reed")]


def test_wire_agencies_and_a_hosts_outlet_are_outlets():
    r = run("Sharma told PTI that the company would expand. Kim told Yonhap the talks had failed. "
            "Ekwueme told CNN's Jake Tapper that the talks would go on.")
    outlets = {s.name for s in r.sources if s.kind == "outlet"}
    assert {"PTI", "Yonhap", "CNN"} <= outlets, outlets


def test_a_hosts_outlet_with_the_or_a_plural_possessive():
    r = run("Lind told the BBC's Laura Kuenssberg that talks would go on. "
            "Brekke told Fox News' Bret Baier that talks had failed. Efe Okonkwo said the team was tired.")
    outlets = {s.name for s in r.sources if s.kind == "outlet"}
    assert {"BBC", "Fox News"} <= outlets, outlets
    assert not any("Okonkwo" in o for o in outlets)


def test_outlet_names_stop_at_the_setting_and_keep_their_own_words():
    r = run("Irena Faltska told Meridian Wire in an interview that talks had failed. Researchers wrote in the "
            "Journal of Hepatic Epidemiology that the risk was real. Hollister told The Hill that the bill was "
            "dead. Senators told reporters on Capitol Hill that it was alive.")
    outlets = {s.name for s in r.sources if s.kind == "outlet"}
    assert outlets == {"Meridian Wire", "Journal of Hepatic Epidemiology", "The Hill"}


def test_outlets_by_kind_sunday_titles_and_sports_shops():
    r = run("Interior minister Paul Garnier told French broadcaster BFM that the curfew would be lifted. "
            "Vale told the Mail on Sunday that he was innocent. JD Sports said sales rose by a tenth.")
    assert indirect(r, "the curfew").text == "the curfew would be lifted"
    outlets = {s.name for s in r.sources if s.kind == "outlet"}
    assert outlets == {"BFM", "Mail on Sunday"}


def test_a_subscription_appeal_is_furniture_and_a_listen_line_with_a_quote_is_story():
    r = run("Council backs plan\n\nThe council approved the plan on Tuesday after a long debate about the costs."
            "\n\nSubscribe to the Gazette\n\nJournalism like ours costs money. Support us from just £1 a month.")
    assert not r.numbers
    r = run('Minister quits\n\nListen: "We cannot go on like this," said Tom Vale, the minister, on Tuesday.')
    assert quote(r, "We cannot go on").speaker == "Tom Vale"


def test_an_outlet_name_ends_with_its_sentence():
    r = run("Anna Reis spoke to Reuters on Monday. The agency quoted her as saying the plant would close. The study "
            "was published in the Journal of Applied Cardiology.\n\nThe researchers said risks fell sharply.")
    assert {s.name for s in r.sources if s.kind == "outlet"} == {"Reuters", "Journal of Applied Cardiology"}


def test_a_press_releases_closing_sections_are_furniture():
    r = run("Revenue rose 8% to $27.1 billion, the company said in a statement.\n\nForward-looking statements\n\n"
            "This release contains forward-looking statements. Guidance of $26.8 billion to $27.4 billion is "
            "subject to risks.\n\nAbout Northwind Logistics\n\nNorthwind Logistics employs 71,000 people.")
    assert [n.text for n in r.numbers] == ["8%", "$27.1 billion"]


def test_an_unnamed_official_of_a_named_body_is_an_anonymous_source():
    r = run("A U.S. official, who spoke on condition of anonymity, said the plan was dead. "
            "A White House official said talks would resume. Two Pentagon officials said troops would stay. "
            "A Ministry of Defence spokesman said it was fine.")
    kinds = {s.text: s.kind for s in r.sources}
    assert kinds["A U.S. official"] == "anonymous"
    assert kinds["A White House official"] == "anonymous"
    assert kinds["Two Pentagon officials"] == "anonymous"
    assert kinds["A Ministry of Defence spokesman"] == "organization"


def test_according_to_a_source_then_what_it_did_and_a_legislature_told():
    r = run("Marcus Caldwell won by about 86,000 votes, according to the Associated Press, which called the race "
            "at 11:41 p.m. Keir Starmer told the Commons the government had inherited a black hole.")
    assert indirect(r, "Marcus Caldwell").text == "Marcus Caldwell won by about 86,000 votes"
    assert {s.name: s.kind for s in r.sources} == {"Associated Press": "outlet"}


def test_the_official_described_earlier_is_named_as_described_and_put_it_bluntly_speaks():
    r = run("A senior Duvanese official, who asked not to be named because the talks are confidential, put it "
            'more bluntly.\n\n"They want the port and they want it cheap."\n\n'
            '"They want the best seats in a theatre we are still building," the official said.')
    assert quote(r, "want it cheap").speaker == "A senior Duvanese official"
    assert "senior Duvanese official" in {s.name for s in r.sources if s.kind == "anonymous"}


def test_state_media_and_foreign_outlets_are_outlets_and_a_news_conference_is_not():
    r = run("The test was a success, KCNA said. State broadcaster CCTV reported that Wang had spoken with Cho. "
            "The weapon would deter enemies, Al Jazeera reported. Hale told NHK that a default would be "
            "catastrophic. Hayashida told a news conference that the launch violated U.N. resolutions.")
    outlets = {s.name for s in r.sources if s.kind == "outlet"}
    assert outlets == {"KCNA", "CCTV", "Al Jazeera", "NHK"}


def test_a_country_is_not_the_bank_named_after_it():
    r = run("The Reserve Bank of India said rates would hold. India said it would protest the tariffs.")
    assert indirect(r, "it would protest").speaker == "India"


def test_the_network_a_show_is_on_is_the_outlet():
    r = run('Morrow told CNN\'s "State of the Union" that the deadline was August 9. Whitaker said on NBC\'s '
            '"Meet the Press" that Republicans would not budge. Kaplan said on CNN.')
    assert indirect(r, "the deadline").text == "the deadline was August 9"
    assert [s.text for s in r.sources if s.kind == "outlet"] == ["CNN", "NBC", "CNN"]


def test_pals_are_anonymous_polls_and_filings_are_documents_and_the_star_is_no_outlet():
    r = run("Pals say the singer is heartbroken. Castellano outspent Halvorsen by about $9 million, according to "
            "filings with the state elections board. Exit polls showed the economy was the top issue.")
    kinds = {s.text: s.kind for s in r.sources}
    assert kinds == {"Pals": "anonymous", "filings with the state elections board": "document",
                     "Exit polls": "document"}


def test_said_on_a_day_or_a_subject_names_no_outlet():
    r = run("The minister said on Post Office compensation that payments would be made by March. The broadcaster "
            "said on Monday BBC News would cut 130 jobs. Her sister Sana said the family had no word.")
    assert not [s for s in r.sources if s.kind == "outlet"]


def test_stations_broadcasters_journals_and_state_media_are_outlets_and_an_unnamed_detective_anonymous():
    r = run('"The levees did their job," Fontenot told WWL-TV. Speaking to the broadcaster RTV Lorrenne, Carrel '
            'said: "There comes a moment." Glaciers are shrinking, according to a study published on Wednesday in '
            'the journal Nature Geoscience. Kestrovan state media reported that 2,000 troops remained.')
    kinds = {s.name: s.kind for s in r.sources}
    assert kinds["WWL-TV"] == "outlet"
    assert kinds["RTV Lorrenne"] == "outlet"
    assert kinds["Nature Geoscience"] == "outlet"
    assert kinds["Kestrovan state media"] == "outlet"
    r = run("A detective with the Hollis County Police Department, who asked not to be named, said investigators "
            "were examining the transfers.")
    assert [s.kind for s in r.sources] == ["anonymous"]


def test_residents_of_a_street_are_people_unnamed_not_an_organisation():
    r = run("Residents of Marlow Street said the hotel project was rushed.")
    assert [(s.name, s.kind) for s in r.sources] == [("Residents of Marlow Street", "anonymous")]
    assert indirect(r, "the hotel project").speaker == "Residents of Marlow Street"


def test_a_body_that_speaks_of_itself_as_it_is_an_organisation_source():
    r = run("Ostra Line said on Tuesday it would divert all of its services. The Environment Regulator said it was "
            "investigating the spills. The regulator declined to comment further.")
    assert {(s.name, s.kind) for s in r.sources} == {("Ostra Line", "organization"),
                                                     ("Environment Regulator", "organization")}
    # a person who says "it was fine" is still a person
    assert not run("Zorvik Lund said it was fine.").sources


def test_a_paper_named_with_what_it_is_is_that_outlet():
    r = run("The Nikkei newspaper reported on Tuesday that Ishizaki had considered appointing an executive. The "
            "nationalist Global Times tabloid said the plan was weak.")
    assert [(s.name, s.kind) for s in r.sources] == [("Nikkei", "outlet"), ("Global Times", "outlet")]
    assert indirect(r, "Ishizaki had considered").speaker == "Nikkei"


def test_an_outlet_introduced_by_what_it_is_and_where_it_is_from():
    for text, name in (("Ruiz told the German newspaper Die Zeit that the deal was dead.", "Die Zeit"),
                       ("Ruiz told local newspaper the Brisk Echo that the deal was dead.", "Brisk Echo"),
                       ("Speaking to local radio station Wave FM, Ruiz said the deal was dead.", "Wave FM"),
                       ("Ruiz told Wave FM that the deal was dead.", "Wave FM")):
        r = run(text)
        assert [(s.name, s.kind) for s in r.sources] == [(name, "outlet")], text


def test_the_newspaper_is_the_outlet_named_before():
    r = run("The Harbour Gazette reported the deal on Monday. The mayor will resign, the newspaper said.")
    assert indirect(r, "The mayor").speaker == "Harbour Gazette"
    assert [(s.text, s.name, s.kind) for s in r.sources] == [
        ("The Harbour Gazette", "Harbour Gazette", "outlet"), ("the newspaper", "Harbour Gazette", "outlet")]
    r = run("The court upheld the sentence, according to the newspaper La Voce. The court also reduced a fine, "
            "the paper reported.")
    assert indirect(r, "The court also").speaker == "La Voce"


def test_outlets_abroad_and_outlets_named_by_a_club_or_an_interview():
    for text, name in (("The court upheld the sentence, according to La Voce del Nord.", "La Voce del Nord"),
                       ('"We will appeal," Anna Berg told El Diario del Sur.', "El Diario del Sur"),
                       ("Speaking to Rovers TV, Okafor said he was tired.", "Rovers TV"),
                       ('In a 2019 interview with the Science Review, Vance said: "The ocean is warm."', "Science Review"),
                       ("During an interview with NBC News Senior Correspondent Ann Kerr, Lehel said it was open.",
                        "NBC News")):
        r = run(text)
        assert [(s.name, s.kind) for s in r.sources] == [(name, "outlet")], text
    r = run("In an interview with Jane Smith, Vance said the ocean was warm.")
    assert not r.sources


def test_a_report_or_study_by_a_body_is_the_body_speaking_through_a_document():
    for text, body in (("A report by the Office for School Standards found attendance had fallen.",
                        "Office for School Standards"),
                       ("A study by the Halden Institute found attendance had fallen.", "Halden Institute")):
        r = run(text)
        assert indirect(r, "attendance").speaker == body, text
        assert [(s.name, s.kind) for s in r.sources] == [(body, "document")], text


def test_why_a_source_is_unnamed_is_no_part_of_who_the_source_is():
    for text, who in (("The deal is close, according to two people familiar with the talks who asked not to be named.",
                       "two people familiar with the talks"),
                      ("The man was armed, according to two law enforcement officials who spoke on condition of "
                       "anonymity because the investigation is ongoing.", "two law enforcement officials"),
                      ("He was tired, according to people who know him well.", "people who know him well")):
        r = run(text)
        assert [q.speaker_mention.text for q in r.quotes] == [who], text
        assert [s.text for s in r.sources] == [who], text


def test_clubs_trusts_schools_and_charities_speak_after_a_clause():
    for text, who in (("Halden FC will sell its stadium, the club confirmed.", "the club"),
                      ("Halden FC will sell its stadium, the two clubs said.", "the two clubs"),
                      ("Waiting times have fallen, the trust confirmed.", "the trust")):
        r = run(text)
        assert [q.speaker_mention.text for q in r.quotes] == [who], text


def test_a_body_introduced_by_what_it_is_speaks_by_its_name():
    for text, name in (("Shipments fell 8%, according to research firm Canalys.", "Canalys"),
                       ("Shipments fell 8%, according to market research firm Quadrant Insights.", "Quadrant Insights"),
                       ("Research firm Canalys said shipments fell 8%.", "Canalys")):
        r = run(text)
        assert [(q.speaker, s.kind) for q in r.quotes for s in r.speakers] == [(name, "organization")], text


def test_people_familiar_with_a_body_are_anonymous_not_the_body():
    for text in ("Two analysts familiar with central bank operations said the authority had not intervened.",
                 "Two traders familiar with the bank said it had sold dollars."):
        r = run(text)
        assert [s.kind for s in r.sources] == ["anonymous"], text
