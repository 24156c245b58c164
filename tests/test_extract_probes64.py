"""Cases from the stop-28 probes and the items earlier probes left: each a pattern that recurs in news,
on sentences written here."""

from __future__ import annotations

from tests.extract_helpers import indirect, quote, run


def _speaker(r, name):
    return next(s for s in r.speakers if s.name == name)


def test_a_body_named_people_without_borders_is_one_organisation():
    r = run("Reporters Without Borders said the journalist was detained. \"This is outrageous,\" the group said. "
            "Engineers Without Borders said the bridge would open.")
    assert indirect(r, "the journalist was detained").speaker == "Reporters Without Borders"
    assert _speaker(r, "Reporters Without Borders").kind == "organization"
    assert _speaker(r, "Reporters Without Borders").role is None
    assert quote(r, "This is outrageous,").speaker == "Reporters Without Borders"
    assert indirect(r, "the bridge would open").speaker == "Engineers Without Borders"


def test_a_title_ending_in_today_is_an_outlet():
    r = run("Trade paper Grocer Today reported that sales fell 4%. USA Today reported that the plant would close. "
            "Today Smith said the talks had failed.")
    assert indirect(r, "sales fell 4%").speaker == "Grocer Today"
    assert _speaker(r, "Grocer Today").kind == "outlet"
    assert indirect(r, "the plant would close").speaker == "USA Today"
    assert indirect(r, "the talks had failed").speaker == "Smith"


def test_a_capitalised_role_then_a_name_of_a_numbered_unit():
    r = run("Army medic Sam Carter of the 3rd Battalion said the men were exhausted. "
            "Police sergeant Ann Roe of the Kent Constabulary said the road was shut.")
    assert indirect(r, "the men were exhausted").speaker == "Sam Carter"
    carter = _speaker(r, "Sam Carter")
    assert (carter.role, carter.organization, carter.kind) == ("Army medic", "3rd Battalion", "person")
    roe = _speaker(r, "Ann Roe")
    assert (roe.role, roe.organization) == ("Police sergeant", "Kent Constabulary")
    assert not any(s.name == "Battalion" for s in r.speakers)


def test_businessman_and_tycoon_are_roles_before_a_name():
    r = run("Businessman Karl Otten said the port would close. Property tycoon Mei Lan said rents would rise.")
    assert indirect(r, "the port would close").speaker == "Karl Otten"
    assert _speaker(r, "Karl Otten").role == "Businessman"
    assert indirect(r, "rents would rise").speaker == "Mei Lan"
    assert _speaker(r, "Mei Lan").role == "Property tycoon"


def test_a_title_abbreviation_before_a_name_ends_no_sentence():
    r = run("The governor spoke first. Earlier, the veteran won narrowly over Florida Sen. Marco Rubio. Rubio said he "
            "would fight on. It was a rally such as businessman Karl Otten had never seen, Otten said.")
    assert _speaker(r, "Marco Rubio").role == "Senator"
    assert _speaker(r, "Karl Otten").role == "businessman"


def test_bodies_named_international_or_known_by_one_word_are_organisations():
    r = run("Transparency International said the arrests were unlawful. Oxfam said the aid was late. "
            "The species numbers 2,000 pairs, according to BirdWatch International.")
    for name in ("Transparency International", "Oxfam", "BirdWatch International"):
        assert _speaker(r, name).kind == "organization"
    assert {s.name for s in r.sources if s.kind == "organization"} >= {"Transparency International", "Oxfam"}


def test_a_pronoun_who_felt_something_in_the_sentence_before_speaks_the_quotation():
    r = run('Greta Lindholm spoke next. She was more cautious. "Good words are cheap and easy." '
            'Dr Siobhan Keane said the count was a success. But she was blunt about the risks. '
            '"One bad summer could wipe out half of these gains."')
    q = quote(r, "Good words are cheap and easy.")
    assert (q.speaker, q.speaker_mention.text) == ("Greta Lindholm", "She")
    assert quote(r, "One bad summer could wipe out half of these gains.").speaker == "Siobhan Keane"
    r = run('Greta Lindholm spoke next. She was more cautious than her rival. Rain fell all day. "We will march again on Friday."')
    assert quote(r, "We will march again on Friday.").speaker is None


def test_a_time_word_after_said_owned_by_the_clause_keeps_the_statement():
    r = run("Karl Ode said last week's figures were encouraging. Ana Ruiz said next year the tax would rise. "
            "Tom Lee said this year's vote would be close. Jo Park said last week the deal was off.")
    assert indirect(r, "last week's figures were encouraging").speaker == "Karl Ode"
    assert indirect(r, "next year the tax would rise").speaker == "Ana Ruiz"
    assert indirect(r, "this year's vote would be close").speaker == "Tom Lee"
    assert indirect(r, "the deal was off").speaker == "Jo Park"


def test_a_unit_with_a_slash_ends_its_sentence():
    r = run("Police said the car was doing 140 km/h. The driver was arrested.")
    assert indirect(r, "the car was doing 140 km/h").end == len("Police said the car was doing 140 km/h")


def test_the_role_comma_name_after_a_preposition_mid_sentence():
    r = run("Criticism came from the mayor, Douglas Threlfall, who said it was too costly. "
            "The claim was disputed by the head of highways, Ruth Abara, who said she had never seen it.")
    assert indirect(r, "it was too costly").speaker == "Douglas Threlfall"
    assert _speaker(r, "Douglas Threlfall").role == "mayor"
    assert _speaker(r, "Ruth Abara").role == "head of highways"


def test_a_bare_spokesman_speaks_for_the_body_the_sentence_before_opened_with():
    r = run("Harlow Motors recalled 3,000 cars on Monday. A spokesman said the fault was rare.")
    spokesman = _speaker(r, "A spokesman")
    assert (spokesman.role, spokesman.organization) == ("spokesman", "Harlow Motors")
    assert [s.name for s in r.sources if s.kind == "organization"] == ["Harlow Motors"]
    r = run("Harlow Motors recalled 3,000 cars after Jo Lee complained. A spokesman said the fault was rare.")
    assert _speaker(r, "A spokesman").organization is None


def test_its_chief_and_a_governor_belong_to_the_body_the_sentence_before_opened_with():
    r = run("Kestrel Biosciences is backed by Brightwater Securities. Kestrel has 600 staff. "
            "Its chief executive, Oren Lind, said sales were strong.")
    assert _speaker(r, "Oren Lind").organization == "Kestrel Biosciences"
    r = run("The Central Bank of Nordavia held rates on Tuesday. Governor Lisbeth Aaberg said inflation was easing.")
    assert _speaker(r, "Lisbeth Aaberg").organization == "Central Bank of Nordavia"
    r = run("Voters in Texas went to the polls on Tuesday. Governor Greg Abbott said turnout was high.")
    assert _speaker(r, "Greg Abbott").organization is None


def test_they_are_the_people_the_sentence_before_opened_with():
    r = run('Nurses walked out on Monday. "We have been ignored," they said. '
            'Residents of the estate marched on Tuesday. "Nobody listens," they said.')
    assert quote(r, "We have been ignored,").speaker == "Nurses"
    assert quote(r, "Nobody listens,").speaker == "Residents of the estate"
    r = run('The rain fell on Monday. "We have been ignored," they said.')
    assert quote(r, "We have been ignored,").speaker is None


def test_the_people_later_are_not_an_earlier_thing_that_depicts_them():
    r = run('The name comes from a 1986 video depicting women on skateboards. As the young women skated, '
            'the crowd cheered. "This is a sisterhood," the young women said.')
    assert quote(r, "This is a sisterhood,").speaker == "the young women"
    r = run('A senior Duvanese official said talks had stalled. "We are far apart," the official said.')
    assert quote(r, "We are far apart,").speaker == "A senior Duvanese official"


def test_according_to_a_firm_then_what_kind_of_firm_it_is_ends_the_claim():
    r = run("Sales fell 5%, according to Kestrel Motors, the state-owned carmaker. "
            "Exports rose 2%, according to Halden Bank, the country's biggest lender.")
    assert indirect(r, "Sales fell 5%").end == len("Sales fell 5%")
    assert indirect(r, "Exports rose 2%").text == "Exports rose 2%"


def test_a_unit_word_that_names_a_thing_is_no_figure():
    r = run("Her winery lost a barrel room holding 80,000 litres of wine. "
            "Every pound we spend on a building is a pound we cannot spend on care. Oil rose to $80 a barrel.")
    assert [n.text for n in r.numbers] == ["80,000 litres", "$80 a barrel"]


def test_an_aside_between_commas_before_that_is_no_part_of_the_claim():
    r = run("Helen Sykes said on Monday, after a four-hour meeting, that the closures were painful. "
            "Anna Berg said, in a letter to shareholders, that the talks had failed.")
    assert indirect(r, "the closures were painful").text == "the closures were painful"
    assert indirect(r, "the closures were painful").speaker == "Helen Sykes"
    assert indirect(r, "the talks had failed").text == "the talks had failed"


def test_the_data_tell_a_story_is_no_speech():
    r = run("Prices fell in May. But the data tell a different story, Berg said.")
    assert indirect(r, "But the data tell a different story").speaker == "Berg"
    assert not any(s.kind == "document" for s in r.sources)


def test_the_company_is_the_subject_not_a_firm_named_in_its_appositive():
    r = run('Delta Foods, the owner of Crunchy Oats, said it would appeal. "We will not pay," the company said. '
            'Castellan Shipping, which operates Meridian Lines, said it would pay. "We are sorry," the company said.')
    assert quote(r, "We will not pay,").speaker == "Delta Foods"
    assert quote(r, "We are sorry,").speaker == "Castellan Shipping"


def test_firms_named_grid_ferries_mutual_or_followed_by_which_are_organisations():
    r = run("Voltara Grid said demand hit a record. Halden Mutual said the offer was fair. Calder Ferries said "
            "sailings were cancelled. Calder Shipways, which is owned by the regional government, said it would talk.")
    for name in ("Voltara Grid", "Halden Mutual", "Calder Ferries", "Calder Shipways"):
        assert _speaker(r, name).kind == "organization", name


def test_the_newspaper_and_the_magazine_are_the_outlet_named_before():
    r = run("Haight is suing the Sunday Herald. The newspaper said it stands by its journalism. "
            "Orbit Weekly reported the delay. According to the magazine, the fault was found in October.")
    assert indirect(r, "it stands by its journalism").speaker == "Sunday Herald"
    assert indirect(r, "the fault was found in October").speaker == "Orbit Weekly"
    assert {(s.name, s.kind) for s in r.sources} == {("Sunday Herald", "outlet"), ("Orbit Weekly", "outlet")}
    r = run("Rovers have rejected a bid, according to the Spanish newspaper La Voz Deportiva.")
    assert indirect(r, "Rovers have rejected a bid").speaker == "La Voz Deportiva"
    assert _speaker(r, "La Voz Deportiva").kind == "outlet"


def test_a_role_at_the_body_named_before_gives_that_body():
    r = run('The Environment Agency brought the case. "It hurts," said Tomas Ferreira, head of enforcement at the agency. '
            "The University of Harwick will raise fees. Dr Eleanor Vasko, a senior lecturer in economics at the "
            "university, said the plan was unfair.")
    ferreira, vasko = _speaker(r, "Tomas Ferreira"), _speaker(r, "Eleanor Vasko")
    assert (ferreira.role, ferreira.organization) == ("head of enforcement", "Environment Agency")
    assert (vasko.role, vasko.organization) == ("senior lecturer in economics", "University of Harwick")


def test_who_heads_a_body_named_after_what_it_is_gives_role_and_body():
    r = run("Priya Nair, who heads the campaign group Alden Wild, said the fine was too small. "
            "Rosa Delacroix, who runs the tenants' group Homes First, said rents rose. "
            "Anna Berg, who heads the research unit at the National Housing Observatory, said prices would rise. "
            "Tom Hale, who runs the family farm near Oxford, said yields fell.")
    assert (_speaker(r, "Priya Nair").role, _speaker(r, "Priya Nair").organization) == ("head", "Alden Wild")
    assert _speaker(r, "Rosa Delacroix").organization == "Homes First"
    assert _speaker(r, "Anna Berg").organization == "National Housing Observatory"
    assert _speaker(r, "Tom Hale").organization is None


def test_the_bodys_spokesman_after_a_body_described_in_lower_case():
    r = run("The health ministry said the rollout had begun. The ministry's spokesman, Joseph Banda, said the doses "
            "were safe.")
    banda = _speaker(r, "Joseph Banda")
    assert (banda.role, banda.organization) == ("spokesman", "health ministry")


def test_a_body_whose_name_joins_two_words_with_and_is_whole():
    r = run("The Transport and General Workers Union said the offer was too low. "
            "Mayor Tom Reed and Attorney General Ann Lee said the talks would go on.")
    assert indirect(r, "the offer was too low").speaker == "Transport and General Workers Union"
    assert _speaker(r, "Transport and General Workers Union").kind == "organization"


def test_a_day_named_between_a_body_and_its_officer_names_no_other_body():
    r = run("Harrowfield Borough Council has voted to close five libraries. The vote came late on Wednesday. "
            "The council's finance chief, Neil Ashdown, said the authority had no choice.")
    assert _speaker(r, "Neil Ashdown").organization == "Harrowfield Borough Council"


def test_stop_28_review_each_new_rule_kept_to_its_shape():
    r = run("The complaint came from the coach, Ann Lee said. She passed the file to the detective, Joan Fry told jurors.")
    assert _speaker(r, "Ann Lee").role is None
    assert _speaker(r, "Joan Fry").role is None
    r = run('Investors sued the directors. "We acted properly," they said in a statement.')
    assert quote(r, "We acted properly,").speaker != "Investors"
    r = run("The Football Association charged Millbrook United with misconduct. A spokesman said the club would "
            "contest the charge.")
    assert _speaker(r, "A spokesman").organization != "Football Association"
    r = run("Milk is now a dollar cheaper than last year. Coffee costs 9 real more than last year.")
    assert [(n.text, n.unit) for n in r.numbers] == [("a dollar", "USD"), ("9 real", "BRL")]
    r = run("The scientist who gathered the data told the inquiry the model was flawed.")
    assert indirect(r, "the model was flawed").speaker == "The scientist"
    r = run("Reporters Without Borders director Ana Lopez said three journalists had been jailed.")
    assert indirect(r, "three journalists had been jailed").speaker == "Ana Lopez"
    r = run("Harwick Bank opened a branch in Ohio. Governor Mike Dale cut the ribbon and said it was a great day.")
    assert _speaker(r, "Mike Dale").organization is None
    r = run('"We will fight on," said Mehmet Yilmaz, which has become his catchphrase. Yilmaz said he was tired.')
    assert _speaker(r, "Mehmet Yilmaz").kind == "person"
    r = run("After Harlow Motors cut prices on Monday, the rival carmaker Denby Cars said it would follow. "
            "The company said margins were thin.")
    assert indirect(r, "margins were thin").speaker == "Denby Cars"
    r = run("On the 3rd Ann Lee said she would resign.")
    assert indirect(r, "she would resign").speaker == "Ann Lee"


def test_as_chairman_and_its_chief_after_a_one_word_firm():
    r = run("As chairman, Ross Keane said the club would survive. As White House press secretary, Dana Pike said "
            "the plan was sound.")
    assert _speaker(r, "Ross Keane").role == "chairman"
    assert _speaker(r, "Dana Pike").organization == "White House"
    r = run("Marlow Foods supplies Tesco. Tesco has 3,000 stores. Its chief executive, Ken Murphy, said sales were strong.")
    assert _speaker(r, "Ken Murphy").organization == "Tesco"


def test_an_angry_he_and_asides_after_told_or_said():
    r = run('Tom Reed spoke last. He was visibly angry. "This is a disgrace." '
            "Lee told councillors, during a heated debate, that the budget was balanced. "
            "Ana Ruiz said, last week, that the tax would rise.")
    assert quote(r, "This is a disgrace.").speaker == "Tom Reed"
    assert indirect(r, "the budget was balanced").text == "the budget was balanced"
    assert indirect(r, "the tax would rise").text == "the tax would rise"


def test_results_lists_and_decisions_are_no_speech_and_a_firm_closes_its_plant():
    r = run("The company posted a loss of £48.6 million. Hospital waiting lists grew by 5% in March. "
            "The court will decide the case next month.")
    assert r.quotes == []
    r = run("Tarrant Coachworks will close its bus factory in Wexley, putting 1,150 jobs at risk, the company said.")
    assert indirect(r, "Tarrant Coachworks will close").speaker == "Tarrant Coachworks"


def test_said_the_chief_executive_then_an_honorific_and_a_name():
    r = run('"We got this wrong," said the chief executive, Dr Helen Mbatha. '
            '"It will not happen again," said the deputy governor, Ann Lee.')
    q = quote(r, "We got this wrong,")
    assert (q.speaker, q.speaker_mention.text) == ("Helen Mbatha", "Dr Helen Mbatha")
    assert _speaker(r, "Helen Mbatha").role == "chief executive"
    assert quote(r, "It will not happen again,").speaker == "Ann Lee"


def test_demographers_ticket_holders_and_market_firms():
    r = run('Demographer Sunniva Hake said the figures were misleading. "About time," said season-ticket holder '
            "Mette Aalborg, 58. Daleside Market said it would not match the cuts.")
    assert _speaker(r, "Sunniva Hake").role == "Demographer"
    assert _speaker(r, "Mette Aalborg").role == "season-ticket holder"
    assert _speaker(r, "Daleside Market").kind == "organization"


def test_its_chief_past_an_appositive_and_an_organisation_without_what_it_is():
    r = run("Voltara, a joint venture with Orvik Motors, will build the plant. Its chief executive, Lars Nyqvist, "
            "said it would open in 2028.")
    assert _speaker(r, "Lars Nyqvist").organization == "Voltara"
    r = run("Gregor Halvorsen, a partner at the London firm Castle & Reade, said prices were rising. "
            "Anna Holt, a teacher at Greyfield Academy in London, said pupils were turned away.")
    assert _speaker(r, "Gregor Halvorsen").organization == "Castle & Reade"
    assert _speaker(r, "Anna Holt").organization == "Greyfield Academy"


def test_a_body_after_a_name_in_apposition_is_its_organisation():
    r = run("The moderator, Ines Okafor of the Merrick Courier, said both candidates had dodged the question. "
            "According to one analyst, Meera Castellanos of Redwater Capital, the move was inevitable.")
    assert (_speaker(r, "Ines Okafor").role, _speaker(r, "Ines Okafor").organization) == ("moderator", "Merrick Courier")
    assert _speaker(r, "Meera Castellanos").organization == "Redwater Capital"


def test_an_organisation_short_name_is_the_whole_name_the_text_gave():
    r = run("Lenox Healthcare bought the site in May. Lawrence Cummings, a partner at Lenox, said the deal was sound. "
            "Jeb Bush, the former governor of Florida, said he respected the voters. Florida Republicans agreed.")
    assert _speaker(r, "Lawrence Cummings").organization == "Lenox Healthcare"
    assert _speaker(r, "Jeb Bush").organization == "Florida"


def test_the_two_word_body_noun_owning_a_role_is_the_body_named_before():
    r = run("The Calderbrook Health Authority released the data on Tuesday. The health authority's chief executive, "
            "Pieter Lindqvist, said the backlog was driven by staff shortages.")
    assert _speaker(r, "Pieter Lindqvist").organization == "Calderbrook Health Authority"


def test_stop_28_second_review_each_new_rule_kept_to_its_shape():
    r = run('Doctors walked out in London and Leeds. "We are exhausted," they said.')
    assert quote(r, "We are exhausted,").speaker == "Doctors"
    r = run("Dan Cole, who leads the union branch at Fenwick Steel, said members would strike.")
    assert _speaker(r, "Dan Cole").organization != "Fenwick Steel"
    r = run("Sainsbury cut prices, and Tesco has 3,000 stores. Its chief executive, Ken Murphy, said prices would fall.")
    assert _speaker(r, "Ken Murphy").organization != "Sainsbury"
    r = run("The health ministry said the rollout had begun, and the finance ministry said it would pay. "
            "The ministry's spokesman, Joseph Banda, said doses had arrived.")
    assert _speaker(r, "Joseph Banda").organization is None
    r = run('He was calm, said his lawyer. "My client is innocent."')
    assert all(q.speaker_mention is None or q.speaker_mention.text != "He" for q in r.quotes)


def test_they_are_a_counted_group_that_opened_the_sentence_before():
    r = run("Hundreds of nurses walked out on Monday. They said staffing was unsafe.")
    assert indirect(r, "staffing was unsafe").speaker == "Hundreds of nurses"
