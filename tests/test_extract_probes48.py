"""Cases from the stop-25 probes (Indian results, Brazilian votes, climate finance, tennis, sentencing,
product launches, an outbreak, a tribunal, house prices, a pilots' strike, drought, a warship order): each a
pattern that recurs in news, on sentences written here."""

from __future__ import annotations

from tests.extract_helpers import indirect, quote, run


def test_the_airline_is_the_firm_whose_workforce_the_story_opens_with():
    for opening in ("Pilots at Aerolinea Baltica walked out on Monday.", "Workers at Castlemere Marine walked out."):
        firm = opening.split(" at ", 1)[1].split(" walked", 1)[0]
        for noun in ("airline", "company", "firm"):
            r = run(f'{opening} "We are ready for talks," the {noun} said.')
            assert quote(r, "We are ready for talks").speaker == firm, (opening, noun)
            assert next(s for s in r.speakers if s.name == firm).kind == "organization"
            assert any(s.kind == "organization" and s.name == firm for s in r.sources)


def test_a_name_that_says_it_will_hire_or_cancel_is_a_firm():
    for text in ("Castlemere Marine said it would recruit 400 apprentices.",
                 "Aerolinea Baltica said it had cancelled 420 flights."):
        r = run(text)
        firm = text.split(" said", 1)[0]
        assert indirect(r, "it ").speaker == firm
        assert [s.kind for s in r.speakers] == ["organization"], text
        assert [s.name for s in r.sources if s.kind == "organization"] == [firm], text


def test_a_paragraph_opening_like_page_furniture_is_story_when_someone_is_reported_in_it():
    text = ("Prices will rise 3%, the minister said.\n\nRelated costs will also rise, she said.\n\n"
            "Taxes will rise by 2%, the minister said.")
    r = run(text)
    assert indirect(r, "Taxes will rise by 2%").speaker_mention.text == "the minister"
    assert indirect(r, "Related costs will also rise").speaker_mention.text == "she"
    assert [n.text for n in r.numbers] == ["3%", "2%"]


def test_a_paragraph_opening_with_subscribers_is_no_sign_up_prompt():
    r = run("Streamly results beat forecasts\n\nSubscribers grew by 8.6 million in the quarter.\n\n"
            '"It was a strong quarter," said Ann Lee, the chief executive.')
    assert [n.text for n in r.numbers] == ["8.6 million"]


def test_a_sign_up_prompt_and_a_related_links_block_are_still_furniture():
    r = run('"We will appeal," said Ann Lee, the club\'s chairman.\n\nSign up for our newsletter and get 20% off.'
            "\n\nRelated stories\n\nClub fined 5,000 pounds over crowd trouble")
    assert [q.text for q in r.quotes] == ["We will appeal,"]
    assert r.numbers == []


def test_a_post_on_x_ends_its_sentence():
    r = run("The minister said he had posted the statement on X. Orbitek said it would review it.")
    assert indirect(r, "he had posted").text == "he had posted the statement on X"
    assert indirect(r, "it would review it").speaker == "Orbitek"
    r = run('"We will win," he wrote on X. The post was later deleted.')
    assert quote(r, "We will win").cue.text == "wrote"


def test_a_one_word_firm_whose_staff_the_text_names_is_a_firm():
    r = run("Orbitek said it would cut prices. Rajiv Menon, Orbitek's head of hardware, said the chip was faster.")
    menon = next(s for s in r.speakers if s.name == "Rajiv Menon")
    assert (menon.role, menon.organization) == ("head of hardware", "Orbitek")
    assert next(s for s in r.speakers if s.name == "Orbitek").kind == "organization"
    assert [s.name for s in r.sources] == ["Orbitek"]


def test_the_company_after_a_one_word_name_that_launched_a_product_is_that_firm():
    r = run("Orbitek unveiled the Halo phone on Tuesday. The company said it would ship in May.")
    assert indirect(r, "it would ship in May").speaker == "Orbitek"
    r = run("Okonkwo unveiled his plan on Tuesday. The company said it would ship in May.")
    assert indirect(r, "it would ship in May").speaker != "Okonkwo"


def test_the_italian_after_a_quotation_opening_with_i_is_the_player_just_named():
    for epithet in ("the Italian", "the 29-year-old"):
        r = run(f'Matteo Ferrante lost the final. "I\'m tired," {epithet} said.')
        assert quote(r, "I'm tired").speaker == "Matteo Ferrante", epithet


def test_a_rank_or_a_title_won_before_the_name_in_an_appositive_leaves_the_name_the_speaker():
    for rank in ("former world No. 4", "former world champion", "three-time finalist"):
        r = run(f"His coach, {rank} Anja Brückner, said he was stubborn.")
        assert indirect(r, "he was stubborn").speaker == "Anja Brückner", rank
    r = run("Third seed Anja Brückner said she was tired.")
    assert [(s.name, s.role) for s in r.speakers] == [("Anja Brückner", "Third seed")]


def test_a_tribunal_which_found_that_is_the_one_finding():
    for text in ('He won his case at the tribunal, which found that his employer had "predetermined" the outcome.',
                 'The tribunal, which found that the firm had "predetermined" the outcome, awarded him damages.'):
        r = run(text)
        assert quote(r, "predetermined").speaker.lower() == "the tribunal", text
        assert quote(r, "predetermined").cue.text == "found"


def test_that_after_said_on_tuesday_opens_the_claim_even_before_a_participle():
    r = run("The agency said on Tuesday that confirmed cases had risen to 214.")
    claim = indirect(r, "confirmed cases had risen")
    assert (claim.cue.text, claim.speaker_mention.text) == ("said", "The agency")
    r = run("Ann Lee told reporters last week that reported cases had risen to 214.")
    assert indirect(r, "reported cases had risen").speaker == "Ann Lee"


def test_a_body_named_with_of_or_for_is_one_body_and_the_union_is_all_of_it():
    r = run("The National Farmers' Union of Kellerton estimates that 1.8 million hectares have been affected. "
            "The union said the package fell short.")
    assert indirect(r, "the package fell short").speaker == "National Farmers' Union of Kellerton"
    assert [s.name for s in r.speakers] == ["National Farmers' Union of Kellerton"]
    r = run("The Centre for Policy Studies said pay was too low. Its director, Pat Cullen, said nurses would strike.")
    assert next(s for s in r.speakers if s.name == "Pat Cullen").organization == "Centre for Policy Studies"


def test_a_title_and_a_name_after_a_body_named_with_of_are_no_part_of_it():
    r = run("The Bank of Norvald Governor Ann Lee said rates would stay on hold.")
    assert indirect(r, "rates would stay").speaker == "Ann Lee"


def test_evidence_the_court_heard_or_was_told_is_reported_with_the_court_as_its_source():
    for text, claim in (("She used the money to pay for holidays, the court heard.", "She used the money"),
                        ("She used the money to pay for holidays, the court was told.", "She used the money"),
                        ("She had complained three times, Worcester Crown Court heard on Monday.", "She had complained"),
                        ("The inquest heard that the driver had been awake for 20 hours.", "the driver had been")):
        r = run(text)
        assert indirect(r, claim).speaker_mention.text.lower() in ("the court", "worcester crown court",
                                                                   "the inquest"), text
    r = run('"I was terrified," jurors were told.')
    assert quote(r, "I was terrified").cue.text == "were told"
    for text in ("He was told to leave.", "She heard the news, and wept."):
        assert run(text).quotes == [], text


def test_a_court_or_a_tribunal_is_an_organisation_source():
    r = run("The tribunal heard that Mr Fairweather had complained three times.")
    assert [(s.kind, s.text) for s in r.sources] == [("organization", "The tribunal")]


def test_the_agencys_director_after_a_title_with_a_stop_is_the_agencys():
    r = run("The Corvald Public Health Agency said cases had risen in Tannemoor. Dr. Helga Marrow, the agency's "
            "director of immunisation, said clinics would stay open.")
    marrow = next(s for s in r.speakers if s.name == "Helga Marrow")
    assert (marrow.role, marrow.organization) == ("director of immunisation", "Corvald Public Health Agency")


def test_a_participle_opening_the_sentence_is_no_part_of_the_firms_name():
    r = run("Representing Brindle Logistics, barrister Owen Pyke spoke. The company said it would appeal.")
    assert indirect(r, "it would appeal").speaker == "Brindle Logistics"


def test_a_place_described_after_the_firm_is_no_part_of_its_name():
    r = run("Tom Beckwith, a director at Beckwith & Lowe in the northern suburbs, said inquiries had doubled.")
    assert [(s.role, s.organization) for s in r.speakers] == [("director", "Beckwith & Lowe")]


def test_a_firm_named_after_what_it_does_is_the_firm_after_according_to():
    r = run("The average mortgage rate fell to 4.72% in December, according to data provider Ratewatch.")
    assert indirect(r, "The average mortgage rate").speaker == "Ratewatch"
    assert [(s.kind, s.name) for s in r.sources] == [("organization", "Ratewatch")]


def test_two_roles_joined_by_and_before_the_name_are_one_persons():
    for text in ('"That is the most beautiful thing I have ever seen," said Orbitra founder and chief executive '
                 'Lukas Brenner.', "Orbitra founder and chief executive Lukas Brenner said the launch was perfect."):
        r = run(text)
        assert [(s.name, s.role, s.organization) for s in r.speakers] == [
            ("Lukas Brenner", "founder and chief executive", "Orbitra")], text
        assert r.sources == []


def test_a_quotation_in_a_passive_judgement_is_the_agents():
    r = run('The chief executive was accused of "treating rivers like an open drain" by MPs on Tuesday.')
    q = quote(r, "treating rivers")
    assert (q.kind, q.speaker_mention.text, q.cue.text) == ("partial", "MPs", "accused")
    r = run('This feature has been called "strategic ambiguity" by Joshua Hendrick, a professor at Loyola University.')
    assert quote(r, "strategic ambiguity").speaker == "Joshua Hendrick"
    assert run('The film was called "a triumph" at the festival.').quotes == []


def test_a_body_named_with_a_field_community_of_is_one_body():
    r = run("The Economic Community of West African States said it would impose sanctions.")
    assert [(s.name, s.kind, s.role) for s in r.speakers] == [
        ("Economic Community of West African States", "organization", None)]
    assert [s.kind for s in r.sources] == ["organization"]


def test_the_regulator_after_the_securities_and_exchange_commission_is_all_of_it():
    r = run("The Securities and Exchange Commission fined the bank on Monday. The regulator said the penalty "
            "reflected the scale of the fraud.")
    assert indirect(r, "the penalty reflected").speaker == "Securities and Exchange Commission"


def test_with_the_company_saying_is_the_company_speaking():
    r = run("Zambezi Copper Holdings halted work on Monday. The strike entered its second week, with the company "
            "saying it had lost 3,600 tonnes of output.")
    claim = indirect(r, "it had lost 3,600 tonnes")
    assert (claim.speaker, claim.cue.text) == ("Zambezi Copper Holdings", "saying")


def test_the_statement_is_the_one_who_said_in_a_statement_not_a_body_named_in_between():
    r = run("Zambezi Copper Holdings, which is owned by Halvard Resources, said in a statement that the strike was "
            'illegal. "We will not negotiate," the statement said.')
    assert quote(r, "We will not negotiate").speaker == "Zambezi Copper Holdings"


def test_the_company_after_talks_with_a_firm_is_that_firm():
    for verb in ("met with", "held talks with"):
        r = run(f"The union {verb} Acme Holdings on Monday. The company said the strike was illegal.")
        assert indirect(r, "the strike was illegal").speaker == "Acme Holdings", verb
    r = run("Ann Lee, an analyst with Brinemark Capital, praised Acme. The company said sales rose.")
    assert indirect(r, "sales rose").speaker != "Brinemark Capital"


def test_a_spokesperson_for_the_company_speaks_for_the_firm_named_before():
    for firm in ("Streamwave", "Streamwave Media"):
        r = run(f"{firm} said it had paid out $10 billion. A spokesperson for the company told the Daily Courier "
                'that "per-stream rates are a misleading measure".')
        spokes = next(s for s in r.speakers if s.name == "A spokesperson for the company")
        assert (spokes.role, spokes.organization) == ("spokesperson", firm), firm
        assert next(s for s in r.speakers if s.name == firm).kind == "organization"


def test_cricket_and_music_trades_before_a_name_are_roles():
    for text, name, role in (("Seamer Ben Aldridge said the pitch was slow.", "Ben Aldridge", "Seamer"),
                             ('"I had 14 million streams last year," said singer-songwriter Aoife Delaney.',
                              "Aoife Delaney", "singer-songwriter")):
        r = run(text)
        assert [(s.name, s.role) for s in r.speakers] == [(name, role)], text


def test_a_name_ending_in_a_commodity_is_a_firm():
    r = run("Zambezi Copper said in a statement that the strike was illegal.")
    assert [(s.name, s.kind) for s in r.speakers] == [("Zambezi Copper", "organization")]
    assert run("Nate Silver said the polls were close.").speakers[0].kind == "person"


def test_a_report_in_a_paper_is_the_papers():
    r = run("Orbitra is in talks to raise €150m, according to a report in the Western Courier.")
    assert indirect(r, "Orbitra is in talks").speaker == "Western Courier"
    assert [(s.kind, s.name) for s in r.sources] == [("outlet", "Western Courier")]


def test_what_a_firm_is_before_its_name_is_no_part_of_it():
    r = run("Developer Larchmont Homes said 30% of the houses would be affordable.")
    assert [s.name for s in r.speakers] == ["Larchmont Homes"]
    assert [s.name for s in run("Bank Holdings Ltd said sales fell.").speakers] == ["Bank Holdings Ltd"]


def test_a_quotation_posted_on_a_platform_is_a_social_post():
    for text in ('President Élise Damba wrote on X: "I am safe. Stay calm."', '"I am safe," Damba posted on Facebook.',
                 'Damba tweeted: "I am safe."', 'In a post on X, Damba said: "I am safe. Stay calm."'):
        r = run(text)
        assert [q.kind for q in r.quotes] == ["social"], text
        assert [s.kind for s in r.sources] == ["social"], text
    assert [q.kind for q in run('"We will win," Damba said on Tuesday.').quotes] == ["direct"]


def test_the_company_far_after_the_only_company_named_is_that_company():
    filler = "Analysts expected a weak year. " * 40
    r = run(f"Kaminoseki Electric Industries posted weak results. {filler}The company said it would restate results.")
    assert indirect(r, "it would restate").speaker == "Kaminoseki Electric Industries"
    r = run(f"Kaminoseki Electric Industries posted weak results. Halden Motors gained. {filler}"
            "The company said it would restate results.")
    assert indirect(r, "it would restate").speaker_mention.text == "The company"


def test_review_of_stop_25_what_the_new_rules_must_leave_alone():
    r = run("Acme Holdings, which has a deal with Brinemark Capital, said profit rose. The company said demand was strong.")
    assert indirect(r, "demand was strong").speaker == "Acme Holdings"
    r = run("Halvard Resources signed a deal with Pelton Logistics on Monday. The company said the purchase would close.")
    assert indirect(r, "the purchase would close").speaker == "Halvard Resources"
    r = run("Workers at Halberd Shipyards walked out. Halberd said it would review the claims.")
    assert indirect(r, "it would review").speaker == "Halberd Shipyards"
    r = run("The agency, which found itself under fire, said it had acted properly.")
    assert [q.text for q in r.quotes] == ["it had acted properly"]
    r = run("She gave a lecture on F. Scott Fitzgerald, the university said.")
    assert indirect(r, "She gave a lecture").text == "She gave a lecture on F. Scott Fitzgerald"
    r = run("Rates were held.\n\nRead more: Bank of England says inflation will fall.\n\nAnalysts were surprised.")
    assert r.quotes == []
    r = run("Starmer said it would recruit 6,500 new teachers.")
    assert [s.kind for s in r.speakers] == ["person"]
    r = run('The move was condemned as "reckless" by the opposition and welcomed by business groups.')
    assert quote(r, "reckless").speaker_mention.text == "the opposition"
    assert run("The committee heard, but did not act.").quotes == []
    r = run("The mayor wrote in an open letter that argued the plan would fail.")
    assert all(q.speaker_mention is None or q.speaker_mention.text != "The mayor" or q.text == "the plan would fail"
               for q in r.quotes)


def test_review_of_stop_25_figures():
    from briefing.extract.numbers import find_numbers
    nums = find_numbers("The cuts could reduce the workforce by 2,000 to 10,000, analysts estimated.")
    assert [(n.value, n.value_max) for n in nums] == [(2000, 10000)]
    nums = find_numbers("OTTAWA — The government will give C$2 billion. Provinces will add $1 billion.")
    assert [n.unit for n in nums] == ["CAD", "CAD"]
    nums = find_numbers("Petrova won 7-6(5), 6-3.")
    assert [(n.text, n.kind) for n in nums] == [("7-6(5)", "score"), ("6-3", "score")]


def test_a_title_after_a_body_named_with_of_is_a_job_at_that_body():
    for text, name, role, org in (
            ("Bank of England Governor Andrew Bailey said rates would stay.", "Andrew Bailey", "Governor",
             "Bank of England"),
            ("Federal Bureau of Investigation Director James Comey said the case was closed.", "James Comey",
             "Director", "Federal Bureau of Investigation")):
        r = run(text)
        assert [(s.name, s.role, s.organization) for s in r.speakers] == [(name, role, org)], text


def test_a_kind_of_firm_opening_a_two_word_name_is_what_the_firm_is():
    r = run("Chipmaker Orbitek said sales fell. The company said demand was weak.")
    assert [(s.name, s.kind) for s in r.speakers] == [("Orbitek", "organization")]
    assert indirect(r, "demand was weak").speaker == "Orbitek"
    assert [s.name for s in run("Bank Leumi said sales fell.").speakers] == ["Bank Leumi"]


def test_probes_52_53_speakers_named_after_a_trade_an_age_or_a_firm_kind():
    for text, name, role in (('"I\'m thrilled," said 18-year-old Amira.', "Amira", None),
                             ('"We will appeal," said his lawyer, attorney Jane Roe.', "Jane Roe", "lawyer"),
                             ("Pianist Hal Dresner said he was generous.", "Hal Dresner", "Pianist")):
        r = run(text)
        assert [(s.name, s.role) for s in r.speakers] == [(name, role)], text
    r = run('"It won\'t happen," said Osei Mensah of the consultancy Ridgeline Partners.')
    assert [(s.name, s.organization) for s in r.speakers] == [("Osei Mensah", "Ridgeline Partners")]
    r = run("Cabin crew at SkyHarbour Airways walked out. The airline said it was sorry.")
    assert indirect(r, "it was sorry").speaker == "SkyHarbour Airways"
    r = run("Orbitra co-founder and president Mia Chen said the launch went well.")
    assert [(s.role, s.organization) for s in r.speakers] == [("co-founder and president", "Orbitra")]


def test_a_subject_with_an_age_and_a_relative_clause_after_it_speaks():
    r = run("The economist Carla Mendes, 45, who advised him, said prices would rise.")
    assert indirect(r, "prices would rise").speaker == "Carla Mendes"
    r = run('Gareth Ellison praised the pupils. His friend Tom, 17, was less lucky. "It\'s gutting," he said.')
    assert quote(r, "It's gutting").speaker == "Tom"


def test_a_name_set_off_by_commas_after_the_nickname_is_no_quotation():
    for text in ('Dresner said the nickname, "Sonny," came from his mother.',
                 'He said the band\'s name, "Blue Harbor," came from a song.'):
        assert [q.kind for q in run(text).quotes] == ["indirect"], text
    r = run('She promised to put him in charge because, in her words, "he knows how to do it."')
    assert quote(r, "he knows how to do it").kind == "partial"
