"""Cases from the stop-23 probes (space, aviation, church, fashion, Australian and Indian politics, sport
interviews, housing, African elections, strikes, wildlife, a fraud trial): each a pattern that recurs in
news, on sentences written here."""

from __future__ import annotations

from tests.extract_helpers import indirect, quote, run


def test_the_company_after_a_named_person_is_still_the_company():
    r = run("The company said it would report within 30 days. Dev Santhanam said the drop came without warning. "
            "The company said it was too early to speculate.")
    assert indirect(r, "it was too early").speaker != "Dev Santhanam"
    assert indirect(r, "the drop came").speaker == "Dev Santhanam"
    assert next(s for s in r.speakers if s.name == "Dev Santhanam").role is None


def test_a_title_for_a_portfolio_runs_to_the_name():
    for text, name, role in (
            ("Minister for Water Resources Kavitha Shenoy said the file was delayed.", "Kavitha Shenoy",
             "Minister for Water Resources"),
            ("Minister for Health Kavitha Shenoy said the file was delayed.", "Kavitha Shenoy", "Minister for Health"),
            ("Leader of the Opposition Ramesh Kumar Iyer said the cost had been inflated.", "Ramesh Kumar Iyer",
             "Leader of the Opposition")):
        r = run(text)
        assert [(s.name, s.role) for s in r.speakers] == [(name, role)]


def test_the_surname_after_a_title_for_a_portfolio_is_the_same_person():
    r = run('Leader of the Opposition Ramesh Kumar Iyer said the cost had been inflated. "This is a scam," Iyer said.')
    assert quote(r, "This is a scam").speaker == "Ramesh Kumar Iyer"
    assert not [s for s in r.sources if s.kind == "organization"]


def test_a_state_title_of_a_portfolio_is_no_person_with_an_organisation():
    r = run("Ohio Secretary of State Jon Husted said the ruling was wrong. Husted said he would appeal.")
    assert indirect(r, "the ruling was wrong").speaker == "Jon Husted"
    assert [(s.name, s.role) for s in r.speakers] == [("Jon Husted", "Ohio Secretary of State")]


def test_a_title_with_its_portfolio_is_the_role_of_a_person_described_elsewhere():
    r = run("Talks between President Xi Jinping and Secretary of State John Kerry ran late. Mr. Kerry said the two "
            "sides had agreed on a second round.")
    assert indirect(r, "the two sides").speaker == "John Kerry"
    assert next(s for s in r.speakers if s.name == "John Kerry").role == "Secretary of State"


def test_who_someone_is_before_their_name_is_their_role():
    for text, name, role in (("Passenger Mary Collins said the drop came without warning.", "Mary Collins", "Passenger"),
                             ("Flight attendant Mary Collins said the drop came without warning.", "Mary Collins",
                              "Flight attendant"),
                             ("Warden Callum Dunleavy said the count was striking.", "Callum Dunleavy", "Warden"),
                             ("Survivor Lena Park said the water rose fast.", "Lena Park", "Survivor"),
                             ("Worshipper Ada Obi said the vote was a betrayal.", "Ada Obi", "Worshipper")):
        r = run(text)
        assert [(s.name, s.role) for s in r.speakers] == [(name, role)], text


def test_a_club_before_its_manager_is_the_organisation():
    r = run("Harrowgate Town manager Declan Pellew said his side had won.")
    assert [(s.name, s.role, s.organization) for s in r.speakers] == [("Declan Pellew", "manager", "Harrowgate Town")]


def test_someone_who_met_people_and_said_is_the_one_who_speaks():
    for text in ("President Barack Obama met survivors of the flood and relatives of the 12 people killed on Thursday "
                 "and said the country must act.",
                 "President Barack Obama met teachers at the school and said the country must act."):
        r = run(text)
        q = indirect(r, "the country must act")
        assert (q.speaker, q.speaker_mention.text) == ("Barack Obama", "President Barack Obama"), text


def test_what_a_source_is_comes_from_its_head_not_the_clause_after_it():
    r = run("A union representing flight attendants said the deal was fair. Figures released on Sunday suggest "
            "the fund is short.")
    kinds = {s.text: s.kind for s in r.sources}
    assert kinds["A union representing flight attendants"] == "organization"
    assert kinds["Figures released"] == "document"


def test_figures_published_on_a_day_by_a_body_are_the_body_s():
    for text, body in (("House prices rose 6.4% in the year to March, according to figures published on Thursday by "
                        "the Northern Property Index.", "Northern Property Index"),
                       ("Otter numbers rose 8%, according to a survey released on Monday by the Upland Wildlife Trust.",
                        "Upland Wildlife Trust")):
        r = run(text)
        assert [(q.speaker, q.kind) for q in r.quotes] == [(body, "indirect")]


def test_a_firm_s_possessive_before_a_job_is_the_organisation():
    r = run('SkyMeridian Airways cancelled 40 flights. "The crew followed every procedure," SkyMeridian\'s chief '
            'operating officer, Lucia Brennan-Ota, told reporters.')
    assert [(s.name, s.role, s.organization) for s in r.speakers] == [
        ("Lucia Brennan-Ota", "chief operating officer", "SkyMeridian Airways")]  # the whole name the text gave


def test_a_fashion_house_described_as_one_is_an_organisation_and_the_brand_s_director_works_there():
    r = run("Maison Valtère, the French fashion house, reported a 9% rise in sales. The brand's creative director, "
            "Ines Carvalho-Roux, said luxury had become loud.")
    kinds = {s.name: (s.kind, s.role, s.organization) for s in r.speakers}
    assert kinds["Ines Carvalho-Roux"] == ("person", "creative director", "Maison Valtère")


def test_a_firm_described_by_what_it_is_keeps_its_short_name():
    r = run("And the Shanghai-based Hurun Report, a wealth research firm founded in 1999, has started tracking "
            "billionaires. In February, Hurun said that China had 568 billionaires.")
    assert [(s.name, s.kind) for s in r.speakers] == [("Hurun Report", "organization")]


def test_claims_rejected_are_a_noun_and_the_rejecter_goes_on_speaking():
    r = run("The electoral commission on Tuesday rejected claims by the opposition that results had been "
            "manipulated, saying the tally was final.")
    q = indirect(r, "the tally was final")
    assert q.speaker_mention.text == "The electoral commission"
    assert {s.name for s in r.speakers} == {"The electoral commission"}


def test_its_spokesman_speaks_for_the_front_named_just_before():
    r = run("The winner, Barasa Odhiambo of the ruling Umoja Alliance, took 84,316 votes. The opposition People's "
            "Front for Renewal said it would go to court. Its spokesman, Otieno Mwangi, claimed that agents had "
            "been barred.")
    people = {s.name: s for s in r.speakers}
    assert people["People's Front for Renewal"].kind == "organization"
    assert people["Otieno Mwangi"].organization == "People's Front for Renewal"


def test_a_role_before_a_name_keeps_no_conjunction_and_takes_its_body():
    r = run('She said turnout rose, and that the winning candidate, Barasa Odhiambo, had won. "Thank you," '
            'Odhiambo said.')
    assert next(s for s in r.speakers if s.name == "Barasa Odhiambo").role == "winning candidate"
    r = run("The chief executive of Halden Bank, Maria Lund, who joined in May, said profits would fall.")
    assert [(s.name, s.role, s.organization) for s in r.speakers] == [("Maria Lund", "chief executive", "Halden Bank")]


def test_a_byline_s_desk_is_no_person_an_epithet_could_mean():
    r = run("By Tomas Rilke, Sports Correspondent\n\nManager Declan Pellew said his side had won. The 47-year-old "
            "admitted he had considered changing his system.")
    assert indirect(r, "he had considered").speaker == "Declan Pellew"
    assert not r.sources


def test_a_department_before_a_job_of_a_body_is_part_of_the_description():
    r = run("The finance director of Acme Holdings said she had not been warned.")
    q = indirect(r, "she had not been warned")
    assert q.speaker_mention.text == "The finance director of Acme Holdings"
    assert [(s.role, s.organization) for s in r.speakers] == [("finance director", "Acme Holdings")]


def test_a_job_for_a_body_after_the_verb_is_a_person_not_the_body():
    r = run('"There are no paper ballots," said the communications director for the Iowa Democratic Party.')
    assert [(s.kind, s.role, s.organization) for s in r.speakers] == [
        ("unnamed", "communications director", "Iowa Democratic Party")]


def test_a_lower_case_job_after_from_is_the_role():
    r = run('The first collection from creative director Ines Carvalho-Roux drew long queues. "Luxury has become '
            'very loud," Carvalho-Roux said.')
    assert [(s.name, s.role) for s in r.speakers] == [("Ines Carvalho-Roux", "creative director")]


def test_a_body_named_in_an_appositive_after_what_it_is_speaks():
    for text, body in (("A conservative evangelical group, the Fellowship of the Narrow Gate, said it would hold an "
                        "emergency meeting.", "Fellowship of the Narrow Gate"),
                       ("A pressure group, Clean Rivers Now, said the water was unsafe.", "Clean Rivers Now")):
        r = run(text)
        assert [(s.name, s.kind) for s in r.speakers] == [(body, "organization")], text


def test_the_union_is_the_federation_named_before():
    r = run("The Nurses and Midwives Federation has 21,000 members. The union said the offer was unfair.")
    assert indirect(r, "the offer was unfair").speaker == "Nurses and Midwives Federation"


def test_the_boss_of_a_firm_named_with_its_trade_speaks_not_the_firm():
    r = run("The former chief executive of logistics firm Acme Holdings told MPs that he had not been warned.")
    q = indirect(r, "he had not been warned")
    assert q.speaker_mention.text == "The former chief executive of logistics firm Acme Holdings"
    assert not [s for s in r.speakers if s.kind == "organization"]


def test_a_projection_by_a_firm_is_the_firm_s():
    r = run("A projection by the consulting firm Oxford Economics found that 4.2 million workers would gain.")
    assert indirect(r, "4.2 million workers").speaker == "Oxford Economics"


def test_accepted_that_is_a_concession_but_accepting_a_thing_is_none():
    r = run("Ms Ashworth-Pell accepted that she had been paid a bonus of £180,000. She accepted the award in 2019.")
    assert indirect(r, "she had been paid a bonus").speaker == "Ashworth-Pell"
    assert not [q for q in r.quotes if "award" in q.text]


def test_a_body_s_last_word_before_a_job_is_the_body_named_in_full():
    r = run('The Nurses and Midwives Federation said its members would vote. Federation secretary Kylie Marangoni '
            'said: "Our members are exhausted."')
    assert next(s for s in r.speakers if s.name == "Kylie Marangoni").organization == "Nurses and Midwives Federation"


def test_cases_a_review_found_the_new_rules_getting_wrong():
    """Near misses of this stop's rules, kept right: people described at a firm stay people, 'claims' after a
    noun is a verb, a sports federation is no union, parties are not joined, people at the front are no body,
    a verb before 'N in M' counts, 'over three quarters' is a share, 'the flight 30 passengers' counts."""
    r = run("Tavish Mohr, an employee of the firm, said he had been sacked.")
    assert [(s.name, s.kind) for s in r.speakers] == [("Tavish Mohr", "person")]
    r = run("A Senate probe claims the agency misled Congress about the programme.")
    assert indirect(r, "the agency misled Congress")
    r = run("The Football Federation banned the striker for six matches. The union said it would appeal on his behalf.")
    assert indirect(r, "it would appeal").speaker != "Football Federation"
    r = run("The Greens and Labour Party agreed a pact. The party said it was a historic day.")
    assert "Greens and Labour Party" not in {s.name for s in r.speakers}
    r = run("Troops on the front line said they were short of ammunition.")
    assert [s.kind for s in r.sources] == ["anonymous"]
    r = run("Police arrested 12 in 30 raids across the city overnight.")
    assert [n.value for n in r.numbers] == [12, 30]
    r = run("The reservoir is now over three quarters full.")
    assert [(n.value, n.unit) for n in r.numbers] == [(0.75, None)]
    r = run("After the flight 30 passengers complained of feeling ill.")
    assert [n.value for n in r.numbers] == [30]
    r = run("Maria Lopez, a spokeswoman for the airline, said flights would resume.")
    assert [s.role for s in r.speakers] == ["spokeswoman for the airline"]


def test_the_spokesman_for_a_named_leader_is_not_the_leader():
    r = run('"He will not resign," said the spokesman for Prime Minister Erik Lund.')
    assert quote(r, "He will not resign").speaker != "Erik Lund"


def test_a_name_with_particles_after_a_title_in_an_appositive_speaks():
    r = run("The rapporteur, Dutch MEP Anna van Berg, said the text would close the back door.")
    assert [(s.name, s.kind) for s in r.speakers] == [("Anna van Berg", "person")]
    assert not r.sources
    r = run("The foreign minister, Sheikh Faisal bin Hamad al-Rashidi, said talks would resume.")
    assert [(s.name, s.role) for s in r.speakers] == [("Faisal bin Hamad al-Rashidi", "foreign minister")]


def test_a_double_surname_with_particles_after_a_title_is_one_person():
    r = run('Finance Minister Rodrigo Salas de la Vega said growth would slow. "We are cautious," Salas said.')
    assert [(s.name, s.role) for s in r.speakers] == [("Rodrigo Salas de la Vega", "Finance Minister")]


def test_the_company_is_the_firm_the_sentence_was_about_not_one_it_mentioned():
    r = run("Xinghe Semiconductor said in a filing to the Shanghai Stock Exchange that profit doubled. Zhang Wei, the "
            "company's founder and chief executive, said demand was strong.")
    assert next(s for s in r.speakers if s.name == "Zhang Wei").organization == "Xinghe Semiconductor"


def test_a_noun_phrase_after_the_attribution_is_the_writer_s_comment():
    r = run("Prices rose 5% in May, the statistics agency said on Monday, the biggest rise in a decade.")
    assert [q.text for q in r.quotes] == ["Prices rose 5% in May"]
    r = run("Now, she said, the Christians and Muslims don't mix much.")
    assert [q.text for q in r.quotes] == ["Now, she said, the Christians and Muslims don't mix much"]


def test_firms_named_for_their_trade_and_players_named_for_their_position():
    r = run("Northmead Dairies said its prices would fall. Starlume Entertainment said sales rose.")
    assert {s.kind for s in r.speakers} == {"organization"}
    r = run("Wicketkeeper Tom Pellow said the side was happy.")
    assert [(s.name, s.role) for s in r.speakers] == [("Tom Pellow", "Wicketkeeper")]


def test_an_opening_adverb_is_no_speaker_before_a_colon():
    for text, mention in (('Afterwards the coach was blunt: "We were poor."', "the coach"),
                          ('Later the minister was blunt: "We were poor."', "the minister"),
                          ('Afterwards Lister was blunt: "We were poor."', "Lister"),
                          ('The captain was blunt: "We were poor."', "The captain")):
        r = run(text)
        assert quote(r, "We were poor").speaker_mention.text == mention, text


def test_a_body_named_after_what_it_is_is_an_organisation_and_its_head_works_there():
    r = run('Consumer group ShopSafe said the recall was the fourth this year. "Parents need to trust what they buy," '
            'said its head of campaigns, Tom Ferreira.')
    people = {s.name: s for s in r.speakers}
    assert people["ShopSafe"].kind == "organization"
    assert people["Tom Ferreira"].organization == "ShopSafe"


def test_a_product_recall_is_no_claim():
    r = run("Penmart recalled 40,000 bottles last week. Budget retailer Penmart is recalling up to 40,000 bottles.")
    assert not r.quotes
    r = run("He recalled that three men had entered the shop.")
    assert indirect(r, "three men had entered")


def test_cases_a_second_review_found():
    """A memory is no product recall; a time phrase may follow the opening adverb; a first name before a firm's
    word is a person; a spokesman for a firm named with its trade works for it."""
    r = run("She recalled 1989, when the wall came down. The veteran recalled 30 missions over Germany.")
    assert len([q for q in r.quotes if q.cue and q.cue.text == "recalled"]) == 2
    r = run('Later that day the president spoke: "We will rebuild."')
    assert quote(r, "We will rebuild").speaker_mention.text == "the president"
    r = run("Tom Dairies, 54, said he had farmed for 30 years.")
    assert [(s.name, s.kind) for s in r.speakers] == [("Tom Dairies", "person")]
    r = run("A spokesman for logistics firm Brantwell Holdings said the company was cooperating fully.")
    assert [(s.role, s.organization) for s in r.speakers] == [("spokesman", "Brantwell Holdings")]


def test_a_job_of_a_body_before_a_name_and_a_body_described_by_its_owner():
    r = run("Chief executive of Penmart Helen Kavanagh said the firm had been unlucky.")
    assert [(s.name, s.role, s.organization) for s in r.speakers] == [("Helen Kavanagh", "chief executive", "Penmart")]
    r = run("Kazemoto will recall 480,000 vehicles, Japan's transport ministry said on Friday. The ministry said it "
            "had received 37 reports.")
    assert {q.speaker for q in r.quotes} == {"Japan's transport ministry"}


def test_runs_added_are_no_claim():
    r = run("Tom Pellow added a quick 41 before lunch. Ruddock added a brisk 28 from 19 deliveries.")
    assert not r.quotes
