"""Cases from the stop-24 probes and the items left open before them (medical research, appeal courts,
accident inquiries, arts festivals, Canadian and Irish politics, layoffs, climate talks, ports, universities,
weather): each a pattern that recurs in news, on sentences written here."""

from __future__ import annotations

from tests.extract_helpers import indirect, quote, run


def test_a_head_of_a_department_before_the_name_is_the_role():
    for text, name, role in (
            ('Head of Policy Ann Lee said the plan was "a mess".', "Ann Lee", "Head of Policy"),
            ("Director of Public Prosecutions Karen Whitby said the case would be reviewed.", "Karen Whitby",
             "Director of Public Prosecutions"),
            ("Chief of Staff Rui Costa said the talks had stalled.", "Rui Costa", "Chief of Staff")):
        r = run(text)
        assert [(s.name, s.role) for s in r.speakers] == [(name, role)], text


def test_a_pronoun_after_an_anonymous_source_is_that_source():
    r = run('One engineer, who asked not to be named, said managers were told late. '
            '"We got a calendar invite with no title," she said.')
    assert quote(r, "We got a calendar invite").speaker == "One engineer"
    r = run('Two people familiar with the plan said the office would close. "It is a done deal," they said.')
    assert quote(r, "It is a done deal").speaker == "Two people familiar with the plan"
    assert indirect(r, "the office would close").speaker == "Two people familiar with the plan"


def test_a_quotation_alone_in_its_paragraph_goes_on_from_a_speaker_described_before():
    for said in ("Anna Kowal, a spokeswoman for the ministry, said", "Anna Kowal, 54, said",
                 "Finance minister Anna Kowal said"):
        r = run(f'{said} talks would continue.\n\n"We are not giving up."')
        assert quote(r, "We are not giving up").speaker == "Anna Kowal", said


def test_the_company_the_group_or_the_operator_is_the_firm_that_spoke_before():
    for text, words in (
            ('Orvane Mining said demand had collapsed. "We had no choice," the group said.', "We had no choice"),
            ('Halvard Line said congestion had forced its hand. "Our vessels were waiting," the company said.',
             "Our vessels were waiting"),
            ('Harbour Air said it accepted the findings. "We will hire 40 pilots," the airline added.',
             "We will hire 40 pilots"),
            ('Northline Rail said it accepted the findings. "We will hire staff," the operator added.',
             "We will hire staff"),
            ('Northline Rail, which operates the route, said it accepted the findings. "We will hire staff," '
             'the company added.', "We will hire staff")):
        r = run(text)
        firm = text.split(" said", 1)[0].split(",", 1)[0]
        assert quote(r, words).speaker == firm, text
        assert next(s for s in r.speakers if s.name == firm).kind == "organization", text


def test_a_kind_of_group_is_not_the_firm_that_spoke_before():
    r = run("The militia has called for attacks, according to the Harlow Monitoring Group, which tracks such "
            "statements. It said supporters were sharing the news. Forums posted messages in which the armed "
            "group urged followers to carry out attacks.")
    assert all(q.speaker != "Harlow Monitoring Group" for q in r.quotes if "carry out" in q.text)


def test_a_title_opening_with_first_is_the_role():
    for text, name, role in (('"The budget is balanced," First Minister Colm Ferriter said.', "Colm Ferriter",
                              "First Minister"),
                             ('"We will act," First Secretary Ann Bell said.', "Ann Bell", "First Secretary"),
                             ("First Minister Colm Ferriter said the budget was balanced.", "Colm Ferriter",
                              "First Minister")):
        r = run(text)
        assert [(q.speaker, q.kind) for q in r.quotes][:1] in ([(name, "direct")], [(name, "indirect")]), text
        assert [(s.name, s.role) for s in r.speakers] == [(name, role)], text
    r = run("First, Ann Bell said the plan was sound.")
    assert [s.name for s in r.speakers] == ["Ann Bell"]


def test_admitted_to_hospital_is_no_admission():
    r = run("According to the British Heart Circle, about 100,000 people are admitted to hospital each year.")
    assert [(q.text, q.speaker) for q in r.quotes] == [
        ("about 100,000 people are admitted to hospital each year", "British Heart Circle")]
    assert [s.kind for s in r.sources] == ["organization"]


def test_a_firm_named_in_an_appositive_that_acts_and_says_is_the_speaker():
    r = run("The drug's maker, Pellam Biosciences, funded the trial and said it would seek approval in Europe "
            "by the end of 2025.")
    q = indirect(r, "it would seek approval")
    assert q.speaker == "Pellam Biosciences"
    assert q.text.endswith("by the end of 2025")


def test_a_spokeswoman_for_the_charity_speaks_for_the_body_named_before():
    r = run("Threshold Care said costs rose. Anna Kowal, a spokeswoman for the charity, said delays were long.")
    kowal = next(s for s in r.speakers if s.name == "Anna Kowal")
    assert (kowal.role, kowal.organization) == ("spokeswoman", "Threshold Care")
    assert next(s for s in r.speakers if s.name == "Threshold Care").kind == "organization"
    r = run("Anna Kowal, a spokeswoman for the charity, said delays were long.")
    assert [(s.role, s.organization) for s in r.speakers] == [("spokeswoman for the charity", None)]


def test_a_firms_first_word_before_a_job_is_that_firm():
    r = run("Halvard Line said congestion was easing. A Halvard spokesman, Jens Overgaard, said the line would "
            "review the decision.")
    assert [(s.role, s.organization) for s in r.speakers if s.name == "Jens Overgaard"] == [("spokesman", "Halvard Line")]
    r = run("Brinemark Capital cut its forecast. Brinemark analyst Aisha Rahimova said the river had peaked.")
    assert [(s.role, s.organization) for s in r.speakers] == [("analyst", "Brinemark Capital")]
    r = run("Hillary Clinton spoke at the Clinton Foundation. Clinton spokesman Nick Merrill said she was tired.")
    assert next(s for s in r.speakers if s.name == "Nick Merrill").organization != "Clinton Foundation"


def test_which_after_according_to_a_body_is_that_body():
    r = run("Around 12,000 homes were without power, according to Northline Energy, which said supply would "
            "return within 48 hours.")
    assert indirect(r, "supply would return").speaker == "Northline Energy"
    assert indirect(r, "Around 12,000 homes").speaker == "Northline Energy"


def test_its_job_after_a_body_opening_the_sentence_before_is_that_bodys():
    r = run("Greenfield Alliance said the fund was small. The Institute for Carbon Pricing estimated savings. "
            "Its chief economist, Ravi Deshpande, said delay was costly.")
    assert [(s.role, s.organization) for s in r.speakers if s.name == "Ravi Deshpande"] == [
        ("chief economist", "Institute for Carbon Pricing")]


def test_the_group_is_a_group_described_before_rather_than_a_firm():
    for text, speaker in (
            ("Tessel Foods said sales fell. A group of shareholders said the board should resign. The group said it "
             "had 8% of the shares.", "A group of shareholders"),
            ("Villagers formed an action group. Halvard Energy said the turbines were safe. The group said it would "
             "fight on.", "an action group"),
            ("Brinemark Capital backed the bid. Local fishermen said they opposed it. The group said it would "
             "protest.", "The group")):
        r = run(text)
        assert r.quotes[-1].speaker == speaker, text
    r = run("Halvard Energy and Ofgem met on Monday. The group said talks were constructive.")
    assert indirect(r, "talks were").speaker == "The group"


def test_they_after_the_family_of_someone_spoken_of_is_not_the_officials_before():
    r = run("Officials close to the probe said the pilot was at fault. The pilot's family denied it. They said he "
            "was experienced.")
    assert indirect(r, "he was experienced").speaker != "Officials close to the probe"


def test_a_person_whose_surname_ends_like_a_firm_stays_a_person():
    for text, name in (('Dame Judi Care said the award was "a surprise".', "Judi Care"),
                       ("Sir Clive Water said the report was flawed.", "Clive Water"),
                       ("Clare Media, a student, said tuition fees were too high.", "Clare Media")):
        r = run(text)
        assert [(s.name, s.kind) for s in r.speakers] == [(name, "person")], text
        assert not [s for s in r.sources if s.kind == "organization"], text


def test_a_maker_named_in_one_word_is_a_firm():
    r = run("The toy's maker, Brightbox, recalled 10,000 units and said no injuries had been reported.")
    assert indirect(r, "no injuries").speaker == "Brightbox"
    assert [(s.kind, s.name) for s in r.sources] == [("organization", "Brightbox")]


def test_its_chief_executive_after_a_firm_speaks_for_the_firm():
    r = run("Orvane Mining will close two pits, its chief executive said on Tuesday.")
    assert [(s.role, s.organization) for s in r.speakers] == [("chief executive", "Orvane Mining")]
    assert [(s.kind, s.name) for s in r.sources] == [("organization", "Orvane Mining")]


def test_a_charity_or_the_coast_guard_is_an_organisation_source():
    for text in ("About 100,000 people are admitted to hospital each year, the charity said.",
                 "According to the coast guard, 40 people were reported missing."):
        assert [s.kind for s in run(text).sources] == ["organization"], text


def test_the_taoiseach_or_the_vice_chancellor_is_the_person_given_that_role():
    for role in ("Taoiseach", "Tánaiste", "vice-chancellor"):
        r = run(f'The {role}, Anna Kowal, spoke on Monday. "The budget is balanced," the {role} said.')
        assert quote(r, "The budget is balanced").speaker == "Anna Kowal", role


def test_a_comparison_with_an_earlier_time_stays_in_the_claim():
    r = run("Anna Kowal said exports rose 5% compared with a year earlier.")
    assert indirect(r, "exports rose").text == "exports rose 5% compared with a year earlier"
    r = run("Anna Kowal said exports rose 5%, compared with 3% in May.")
    assert indirect(r, "exports rose").text == "exports rose 5%"


def test_who_chairs_or_founded_a_body_gives_the_role_and_the_body():
    for text, role, org in (
            ("Deborah Mwangi, who chairs the Halloway Survivors Group, said the report confirmed their fears.",
             "chair", "Halloway Survivors Group"),
            ("Tom Reyes, who founded Brightbox Labs in 2015, said the recall was voluntary.", "founder",
             "Brightbox Labs")):
        r = run(text)
        assert [(s.role, s.organization) for s in r.speakers] == [(role, org)], text
    r = run("Ann Lee, who leads Texas, said prices were rising.")
    assert [(s.role, s.organization) for s in r.speakers] == [(None, None)]


def test_one_senior_academic_is_one_source_however_referred_to_again():
    r = run("One senior academic, speaking on condition of anonymity, said morale was low. The academic said several "
            "departments faced closure.")
    assert [s.name for s in r.speakers] == ["One senior academic"]
    assert {q.speaker for q in r.quotes} == {"One senior academic"}


def test_a_firm_named_after_what_it_is_or_after_its_report_is_the_firm():
    r = run("Around 12,000 homes were without power, according to the network operator Northline Energy, which "
            "said supply would return.")
    assert {q.speaker for q in r.quotes} == {"Northline Energy"}
    for text, body in (("Damage could reach £450m, according to an early assessment by the Association of Northern "
                        "Insurers.", "Association of Northern Insurers"),
                       ("Sales of electric cars are growing 60 percent a year, according to a recent report from "
                        "Bloomberg New Energy Finance.", "Bloomberg New Energy Finance")):
        r = run(text)
        assert [(q.speaker, next(s.kind for s in r.speakers if s.name == q.speaker)) for q in r.quotes] == [
            (body, "organization")], text


def test_a_move_her_opponents_called_is_the_opponents_calling():
    r = run("The mayor cut the budget, a move her opponents called a desperate bid.")
    assert indirect(r, "a desperate bid").speaker == "her opponents"


def test_a_campaign_is_a_body_never_a_person_with_a_title():
    r = run("The case was brought by the Vale Access to Justice Campaign, which argued that the closures were unlawful.")
    assert all(s.kind == "organization" for s in r.speakers)
    assert indirect(r, "the closures").speaker != "Campaign"


def test_what_someone_did_is_not_their_role():
    for text, name, role in (('Jan Novak, 52, lost his home. "Everything is gone," Novak said.', "Jan Novak", None),
                             ('Smith won, beating incumbent Ann Lee. "It hurts," Lee said.', "Ann Lee", "incumbent"),
                             ('Kestrel Vale moved to sign striker Tobi Okonjo. "I am happy," Okonjo said.',
                              "Tobi Okonjo", "striker"),
                             ("The plan was set out, according to campaign manager Jeff Weaver.", "Jeff Weaver",
                              "campaign manager"),
                             ("The managing director Ann Lee said it was fine.", "Ann Lee", "managing director")):
        r = run(text)
        assert [(s.name, s.role) for s in r.speakers if s.name == name] == [(name, role)], text


def test_an_opening_conjunction_is_no_part_of_an_owner():
    r = run("But Holloway's lawyer, Nadia Fairbairn, said the claim was baseless.")
    assert [(s.role, s.organization) for s in r.speakers] == [("lawyer", "Holloway")]


def test_the_club_is_the_club_named_before():
    r = run('Ashworth Rovers FC sold their top scorer on Friday. "It was an offer we could not refuse," the club said.')
    assert quote(r, "It was an offer").speaker == "Ashworth Rovers FC"
    assert [(s.name, s.kind) for s in r.speakers] == [("Ashworth Rovers FC", "organization")]


def test_the_company_closing_a_claim_about_a_named_firm_is_that_firm_never_a_central_bank():
    r = run("The Central Bank of Nigeria said it was monitoring Payvora. Payvora processed 1.3 billion transactions "
            "in 2025, the company said.")
    assert indirect(r, "Payvora processed").speaker == "Payvora"
    r = run("The Central Bank of Nigeria said it was monitoring the sector. Payvora processed 1.3 billion "
            "transactions in 2025, the company said.")
    assert indirect(r, "Payvora processed").speaker != "Central Bank"
    r = run("Sales rose 5% in May, the company said.")
    assert indirect(r, "Sales rose").speaker == "the company"


def test_one_unnamed_person_of_a_named_body_is_an_anonymous_source():
    for text in ("A Ministry of Health official said the talks had stalled.",
                 "A senior Google manager said the talks had stalled.",
                 "A senior Te Ora Health manager, who spoke on condition of anonymity, said plans had cost more."):
        assert [s.kind for s in run(text).sources] == ["anonymous"], text
    for text, kind in (("A Pentagon spokesman said the talks had stalled.", "organization"),
                       ("A union representing flight attendants said the talks had stalled.", "organization"),
                       ("An NBC reporter said the talks had stalled.", "outlet")):
        assert [s.kind for s in run(text).sources] == [kind], text


def test_in_the_words_of_and_according_to_introduce_a_whole_quotation():
    r = run('In the words of one former student, "She was never wrong about the weather."')
    assert [(q.kind, q.speaker) for q in r.quotes] == [("direct", "one former student")]
    r = run('According to the mayor, "The city will not pay."')
    assert [(q.kind, q.speaker) for q in r.quotes] == [("direct", "the mayor")]
    r = run('According to the mayor, the city will "not pay."')
    assert quote(r, "not pay").kind == "partial"


def test_second_review_near_misses_stay_as_they_were():
    for text in ("Leyton Orient FC fans were banned from the nightclub after a fight. The club said it would review "
                 "its door policy.",
                 "The jazz club on Dean Street will close, after Brentford FC bought the building. The club said it "
                 "had been blindsided.",
                 "The Sheffield Wednesday striker, who joined from Hull City, said he was happy. The club said he "
                 "would start on Saturday."):
        r = run(text)
        assert r.quotes[-1].speaker == "The club", text
    r = run("Kirby Rovers boss Dean Hale was sent off. The club said it would appeal.")
    assert r.quotes[-1].speaker == "Kirby Rovers"
    r = run("Leo Fahy met the Taoiseach in Dublin. The Taoiseach said the talks were constructive.")
    assert indirect(r, "the talks").speaker != "Leo Fahy"
    r = run("DUBLIN — Aer Lingus will add 12 routes this summer, the airline said. The Tánaiste welcomed the news.")
    assert all(s.role != "Tánaiste" for s in r.speakers)
    r = run("The team cut the deficit in half to $2 billion.")
    assert [(n.text, n.value) for n in r.numbers] == [("$2 billion", 2e9)]
    r = run('In the words of the song, "You can\'t always get what you want."')
    assert all(q.speaker != "the song" for q in r.quotes)


def test_results_and_statistics_offices_are_the_sources_they_are():
    for text, kind in (("Delgado won by 19 points, according to unofficial results.", "document"),
                       ("Annual inflation fell to 3.1% in April, according to the national statistics office.",
                        "organization")):
        assert [s.kind for s in run(text).sources] == [kind], text
    r = run("Forecasts improved by 30 percent, according to a 2002 assessment by the National Weather Bureau.")
    assert indirect(r, "Forecasts").speaker == "National Weather Bureau"
    r = run("Ana Lindqvist, who works for Coldharbor Labs, said the attack was routine.")
    assert [(s.role, s.organization) for s in r.speakers] == [(None, "Coldharbor Labs")]
    r = run('Few women held senior posts, and she was "the best of us."')
    assert not [q for q in r.quotes if q.cue and q.cue.text == "posts"]


def test_the_statement_after_a_body_opening_the_sentence_before_is_that_bodys():
    r = run('The Bank of Valdoria cut rates on Thursday. "Further adjustment may be warranted," the statement said.')
    assert quote(r, "Further adjustment").speaker == "Bank of Valdoria"


def test_the_capitalised_title_of_a_person_named_before_is_that_person():
    r = run("Treasury Cabinet Secretary Njuguna Mbatha presented the budget. The Cabinet Secretary added that taxes "
            "would not rise.")
    assert indirect(r, "taxes would not rise").speaker == "Njuguna Mbatha"
    assert all(s.kind == "person" for s in r.speakers)
    r = run("Bureau Administrator Kenneth Abernathy said the backlog was shrinking.")
    assert [(s.name, s.role, s.kind) for s in r.speakers] == [("Kenneth Abernathy", "Bureau Administrator", "person")]


def test_a_two_word_claim_with_a_singular_subject_is_kept():
    for text, claim in (("Police Commissioner Ann Lee said crime fell.", "crime fell"),
                        ("Ann Lee said demand rose.", "demand rose")):
        assert [q.text for q in run(text).quotes] == [claim], text
    assert not run("Recent polls show that has reversed.").quotes
