"""Cases from the stop-27 probes and the items earlier probes left: each a pattern that recurs in news,
on sentences written here."""

from __future__ import annotations

from tests.extract_helpers import indirect, quote, run


def _speaker(r, name):
    return next(s for s in r.speakers if s.name == name)


def test_a_body_named_by_one_word_and_of_is_the_group_and_the_federation_later():
    r = run("The Organisation of Crude Exporting Nations met in Vienna on Monday. The group said prices would rise. "
            "The Federation of Harbour Pilots held a ballot. \"We are ready,\" the federation said.")
    assert indirect(r, "prices would rise").speaker == "Organisation of Crude Exporting Nations"
    assert quote(r, "We are ready,").speaker == "Federation of Harbour Pilots"
    r = run("Officials from the Office of Senator Ana Ruiz met on Monday. The group said prices would rise.")
    assert indirect(r, "prices would rise").speaker != "Office of Senator Ana Ruiz"
    r = run("Officials at the Union of European Football Associations met. The group said the rules would change. "
            "Ministers met the Chamber of Commerce on Friday. \"We need power,\" the chamber said.")
    assert indirect(r, "the rules would change").speaker == "Union of European Football Associations"
    assert quote(r, "We need power,").speaker == "Chamber of Commerce"
    assert not any(s.name == "Football Associations" for s in r.speakers)


def test_a_named_speaker_after_a_description_and_a_feeling_before_a_colon_speaks():
    r = run('Ruiz was delighted: "I have waited ten years for this." Her coach, Tom Lee, was more cautious: '
            '"We still have work to do." The mayor, who lost her home, was defiant: "We will rebuild."')
    assert quote(r, "I have waited ten years for this.").speaker == "Ruiz"
    q = quote(r, "We still have work to do.")
    assert (q.speaker, q.kind) == ("Tom Lee", "direct")
    assert _speaker(r, "Tom Lee").role == "coach"
    assert quote(r, "We will rebuild.").kind == "direct"
    r = run('Her coach, Tom Lee, was seen arriving: "We still have work to do."')
    assert quote(r, "We still have work to do.").speaker is None


def test_think_tank_and_demand_for_are_nouns_not_cues():
    r = run("The US-based think tank Frontier Analytics estimates that kidnappings rose 38% last year. "
            "Global demand for oil rose 3% last year. Daily demand in the capital had climbed.")
    assert [(q.text, q.speaker) for q in r.quotes] == [("kidnappings rose 38% last year", "Frontier Analytics")]
    assert {s.name for s in r.speakers} == {"Frontier Analytics"}


def test_what_a_speaker_declined_to_say_is_no_part_of_what_they_said():
    r = run("The firm said it was cooperating with regulators and declined to comment further. "
            "Ana Ruiz said the plan was sound but refused to comment.")
    assert indirect(r, "it was cooperating with regulators").speaker == "The firm"
    assert indirect(r, "the plan was sound").speaker == "Ana Ruiz"
    r = run("Officers said the man was aggressive and declined to give his address.")
    assert indirect(r, "the man was aggressive and declined to give his address").speaker == "Officers"


def test_a_firm_named_after_what_it_does_at_a_paragraph_start_or_in_lower_case():
    r = run("Fans were angry after the sale collapsed on Friday morning.\n\n"
            "Ticketing company SeatStream said its servers had crashed.")
    q = indirect(r, "its servers had crashed")
    assert q.speaker == "SeatStream"
    assert _speaker(r, "SeatStream").kind == "organization"
    r = run("Fans were angry, and ticketing company SeatStream said on Friday that its servers had crashed.")
    assert indirect(r, "its servers had crashed").speaker == "SeatStream"


def test_a_paragraph_opening_with_whose_consultant_a_man_is_keeps_him_as_he():
    r = run('Barack Obama won Iowa.\n\nObama consultant Cornell Belcher, the top pollster, picked up a similar '
            'thread at the time. "We won big," he said.')
    assert quote(r, "We won big,").speaker == "Cornell Belcher"
    r = run('Anna Berg defeated reigning champion Jules Martin. "It was tough," she said.')
    assert quote(r, "It was tough,").speaker == "Anna Berg"


def test_a_report_counted_in_pages_is_a_document_not_a_cue():
    r = run("The auditors warned in a 90-page report that costs could rise.")
    assert [(q.text, q.speaker) for q in r.quotes] == [("costs could rise", "The auditors")]


def test_a_firm_named_only_by_what_it_is_is_an_organisation_source():
    r = run("The retailer said it would cut 300 jobs. The carmaker said sales fell. The lawmaker said it was a scandal.")
    kinds = {s.text: s.kind for s in r.sources}
    assert kinds["The retailer"] == "organization"
    assert kinds["The carmaker"] == "organization"
    assert kinds["The lawmaker"] == "anonymous"


def test_a_firm_in_apposition_by_what_it_is_and_its_name_speaks():
    r = run("Her employer, the retailer Summit Outdoors, said it was relieved. "
            "Its rival, the carmaker Vostra, said sales had fallen.")
    assert indirect(r, "it was relieved").speaker == "Summit Outdoors"
    assert indirect(r, "sales had fallen").speaker == "Vostra"
    assert _speaker(r, "Vostra").kind == "organization"


def test_an_aid_organisation_named_after_what_it_is_is_a_body_its_director_works_for():
    r = run('Asylum claims fell 9%, according to the Office for National Statistics. Aid organisation Open Harbour '
            'said the ruling was fair. Its director, Lucia Ferreira, said that the government should act.')
    assert _speaker(r, "Open Harbour").kind == "organization"
    assert _speaker(r, "Lucia Ferreira").organization == "Open Harbour"


def test_a_trade_with_a_modifier_before_a_name_of_a_body_gives_role_and_organisation():
    r = run("Lead rescuer Gerald Fisk of the Kessel Valley Mountain Rescue Team said the two had sheltered. "
            "Veteran climber Tom Hill of the Alpine Club said the route was icy.")
    fisk = _speaker(r, "Gerald Fisk")
    assert (fisk.role, fisk.organization) == ("Lead rescuer", "Kessel Valley Mountain Rescue Team")
    assert indirect(r, "the route was icy").speaker == "Tom Hill"
    assert _speaker(r, "Tom Hill").organization == "Alpine Club"


def test_a_claim_someone_denied_after_reported_speech_is_the_writers_note_not_part_of_it():
    r = run("The minister said the deal freed seven detainees, a claim the ministry denied on Tuesday. "
            "The envoy added that the deal involved the release of nine detainees, a claim Marenland's interior "
            "ministry denied in a statement.")
    assert indirect(r, "the deal freed seven detainees").speaker == "The minister"
    assert indirect(r, "the deal involved the release of nine detainees").speaker == "The envoy"
    assert len(r.quotes) == 2


def test_who_chairs_leads_or_teaches_at_gives_the_role_and_the_body():
    r = run("Harriet Vance, who chairs the council's finance committee, said the overrun was embarrassing. "
            "Ola Lind, who leads the opposition Green Party, said it was wrong. "
            '"This is serious," said Professor Anneli Vasko, who teaches Baltic history at the University of Kessel. '
            "Yuki Tanaka, who studied medicine at Oxford University, said it would work.")
    assert (_speaker(r, "Harriet Vance").role, _speaker(r, "Harriet Vance").organization) == ("chair", None)
    assert (_speaker(r, "Ola Lind").role, _speaker(r, "Ola Lind").organization) == ("leader", "Green Party")
    assert _speaker(r, "Anneli Vasko").organization == "University of Kessel"
    assert _speaker(r, "Yuki Tanaka").organization is None


def test_small_countries_are_places_that_speak_as_governments_not_people():
    r = run('Fiji says the deal should stand. The bank is in Puerto Rico. "It is hard," she said.')
    assert _speaker(r, "Fiji").kind == "organization"
    assert quote(r, "It is hard,").speaker is None


def test_it_is_the_body_that_spoke_not_one_its_words_named():
    r = run("Carvane Motors said that the inflators were supplied by Delcoro Systems. It said the recall would cost $400m.")
    assert indirect(r, "the recall would cost $400m").speaker == "Carvane Motors"


def test_a_town_where_someone_works_or_lives_is_no_person_he_can_be():
    for place in ("who works in Port Talbot", "who lives alone in Market Harborough"):
        r = run(f'"It is hot," said Tom Quill, {place}. He said he had not slept.')
        assert indirect(r, "he had not slept").speaker == "Tom Quill", place
        assert [s.name for s in r.speakers] == ["Tom Quill"], place


def test_a_second_cue_joined_to_reported_words_shares_their_speaker():
    r = run("Smith said the union would consider talks but warned that walkouts were planned.")
    assert indirect(r, "the union would consider talks").speaker == "Smith"
    assert indirect(r, "walkouts were planned").speaker == "Smith"
    r = run("The lawsuit says the company knew of the defect and told regulators the car was safe.")
    assert indirect(r, "the car was safe").speaker == "the company"


def test_support_for_and_world_champion_are_nouns_not_cues():
    r = run("The mayor won support for the plan. A poll put support for the reform at 52%. "
            "The senator met world champion Daichi Takemura.")
    assert r.quotes == []


def test_broadcasters_known_by_their_letters_are_outlets():
    r = run('"We are ready," Carlos Mendes told CNBC. "So are we," Ana Ruiz told RTE.')
    assert [(s.name, s.kind) for s in r.sources] == [("CNBC", "outlet"), ("RTE", "outlet")]


def test_what_a_speaker_would_not_say_or_give_ends_what_they_said():
    r = run("The minister said the province would not raise taxes but declined to rule out cuts elsewhere. "
            "Lindqvist said he would stay on but gave no timetable. "
            "Police said he posed a threat and refused to drop the gun. "
            "Witnesses said the driver was drunk and refused to answer questions.")
    assert indirect(r, "the province would not raise taxes").speaker == "The minister"
    assert indirect(r, "he would stay on").speaker == "Lindqvist"
    assert indirect(r, "he posed a threat and refused to drop the gun").speaker == "Police"
    assert indirect(r, "the driver was drunk and refused to answer questions").speaker == "Witnesses"


def test_figures_a_government_publishes_are_a_document():
    r = run("Deaths fell to 52,400 last year, federal figures show.")
    assert [(s.text, s.kind) for s in r.sources] == [("federal figures", "document")]


def test_a_name_in_apposition_with_what_a_firm_or_agency_is_is_a_body():
    r = run("The ship's owner, the shipping group Helios Maritime, said it was cooperating. The company said the "
            "clean-up could take three weeks. Karlsson & Dahl, the Swedish coffee group, said it would raise prices. "
            "The country's crop agency, Conab, said the harvest would be poor. Tom Hill, the ship's operator, said no. "
            "Okafor, the bus operator, said fares would rise.")
    for name in ("Helios Maritime", "Karlsson & Dahl", "Conab"):
        assert _speaker(r, name).kind == "organization", name
    assert indirect(r, "the clean-up could take three weeks").speaker == "Helios Maritime"
    assert _speaker(r, "Tom Hill").kind == "person"
    assert _speaker(r, "Okafor").kind == "person"


def test_a_sentence_about_how_a_named_person_felt_or_agreed_hands_them_the_next_quotation():
    r = run('"It is a disaster," said Rui Castel. Paulo Dias, another fisherman, was more hopeful. '
            '"The fish will come back."')
    assert quote(r, "The fish will come back.").speaker == "Paulo Dias"
    r = run('"It is a disaster," said Castel, whose boat sank. His neighbour, Paulo Dias, agreed. '
            '"Nobody will buy our fish now."')
    assert quote(r, "Nobody will buy our fish now.").speaker == "Paulo Dias"


def test_an_opening_according_to_is_the_source_not_the_words_of_the_subject_after_it():
    r = run("According to the police, the driver admitted the offence. According to a person briefed on the talks, "
            "Calloway had initially offered $1.9 billion.")
    assert indirect(r, "the driver admitted the offence").speaker == "the police"
    assert indirect(r, "Calloway had initially offered $1.9 billion").speaker == "a person briefed on the talks"
    assert len(r.quotes) == 2


def test_according_to_a_body_described_then_named_is_the_name():
    r = run("The harvest will be poor, according to the UN's food agency, the FAO. Output will fall, according to "
            "the country's crop agency, Conab. According to the ministry, Smith, the suspect, was arrested.")
    assert indirect(r, "The harvest will be poor").speaker == "FAO"
    assert indirect(r, "Output will fall").speaker == "Conab"
    assert indirect(r, "Smith, the suspect, was arrested").speaker == "the ministry"
    assert not any(s.kind == "outlet" for s in r.sources)


def test_nouns_that_look_like_cues_warning_for_ordered_out_claimed_users():
    r = run("The agency issued its highest heat warning for the first time on Monday. The diplomats ordered out of "
            "Ostmark left on Sunday. The exchange, which claimed 2.3 million users, froze withdrawals.")
    assert r.quotes == []
    r = run("He claimed 3 million people attended. The group claimed 200 members had joined.")
    assert [q.text for q in r.quotes] == ["3 million people attended", "200 members had joined"]


def test_the_attorneys_general_are_several_not_the_one_named():
    r = run("The talks failed, the attorneys general said. Attorney General Dana Whitcombe was absent.")
    assert indirect(r, "The talks failed").speaker == "the attorneys general"


def test_the_report_is_the_document_of_the_sentence_that_named_it_not_a_person_before():
    r = run("Alastair Fenwick said overruns were routine. The auditors warned in a report that costs could rise. "
            "Interest will add £22m a year, the report said.")
    assert indirect(r, "Interest will add £22m a year").speaker != "Alastair Fenwick"


def test_a_name_that_says_it_will_buy_sell_or_fly_is_a_firm():
    r = run("Skyward Orbital said it would recall 12,000 kettles. Harwick Partners said it would acquire Lestrade. "
            "Ally Financial said profit rose 12%. Zhang Wei said it would be hard. Tane Parata said it would reopen "
            "once the floods receded.")
    kinds = {s.name: s.kind for s in r.speakers}
    assert kinds == {"Skyward Orbital": "organization", "Harwick Partners": "organization",
                     "Ally Financial": "organization", "Zhang Wei": "person", "Tane Parata": "person"}


def test_an_opening_conjunction_is_no_part_of_the_role_before_a_name():
    for conj in ("But", "Yet", "And"):
        r = run(f"{conj} a spokesman for the police, Tom Reed, said the apology was sincere.")
        assert _speaker(r, "Tom Reed").role == "spokesman for the police", conj


def test_a_term_after_such_is_no_partial_quotation_but_the_speakers_words_are():
    r = run('Climate researchers say such "false springs" are becoming more common. '
            'Critics say such "zombie firms" distort the market.')
    assert not any(q.kind == "partial" for q in r.quotes)
    r = run('The judge said such "grotesque" conduct deserved prison. Biden said such "extreme MAGA" ideas were a '
            'threat. The company said these "temporary difficulties" would not affect dividends.')
    assert [q.text for q in r.quotes if q.kind == "partial"] == ["grotesque", "extreme MAGA", "temporary difficulties"]


def test_a_trade_publication_is_an_outlet():
    for text in ("Prices rose 15 percent, according to trade publication Vino Mercato.",
                 "Trade publication Vino Mercato reported that prices rose."):
        r = run(text)
        assert _speaker(r, "Vino Mercato").kind == "outlet", text
        assert [s.kind for s in r.sources] == ["outlet"], text


def test_a_person_appointed_or_elected_to_a_job_at_a_body_holds_it():
    r = run('Priya Ramaswamy was appointed chief executive of Harwick Bank on Friday. "Today we won," she said. '
            "Tom Dale was elected general secretary of the National Union of Rail Workers.")
    p = _speaker(r, "Priya Ramaswamy")
    assert (p.role, p.organization) == ("chief executive", "Harwick Bank")


def test_source_kinds_of_firms_in_the_plural_research_firms_and_rulebooks():
    r = run("The banks said they would cut costs. Norvik Research said support had fallen. "
            "According to the union's rulebook, she will serve a five-year term. The Suffolk University Poll found "
            "that most voters were undecided.")
    kinds = {s.text: s.kind for s in r.sources}
    assert kinds["The banks"] == "organization"
    assert kinds["Norvik Research"] == "organization"
    assert kinds["the union's rulebook"] == "document"
    assert kinds["The Suffolk University Poll"] == "document"


def test_calling_a_strike_or_an_election_says_nothing_but_calling_it_a_sham_does():
    r = run("The federation said it would call a general strike on March 27. The prime minister called a snap "
            "election for June. She called the vote a sham.")
    assert [q.text for q in r.quotes] == ["it would call a general strike on March 27", "the vote a sham"]


def test_a_union_named_after_its_description_is_the_body_its_president_leads():
    r = run("Frost hit the Alto Serra valley. The aid was criticised by the growers' union, Coldiretta Valdoria. "
            'Its president, Matteo Lunardi, said: "We need a plan."')
    assert _speaker(r, "Matteo Lunardi").organization == "Coldiretta Valdoria"


def test_the_city_someone_comes_from_is_no_organisation():
    r = run("Priya Ramaswamy, a nurse from the city of Carrow, said the vote was historic.")
    p = _speaker(r, "Priya Ramaswamy")
    assert (p.role, p.organization) == ("nurse", None)


def test_a_role_before_sir_or_dame_is_the_persons_role():
    r = run('The inquiry was led by retired judge Dame Evelyn Marchbanks. "The evidence is clear," Marchbanks said.')
    assert _speaker(r, "Evelyn Marchbanks").role == "retired judge"


def test_the_bodys_director_named_after_the_quotation_is_its_director():
    r = run('The Royal Anselm Museum will return the bronzes. "This is overdue," the museum\'s director, '
            'Edmund Plowright, said.')
    p = _speaker(r, "Edmund Plowright")
    assert (p.role, p.organization) == ("director", "Royal Anselm Museum")


def test_a_chief_executive_named_after_a_sentence_about_a_firm_works_there():
    r = run("Skyward Orbital said it would recall 12,000 kettles. Chief executive Danielle Reyes said she was sorry. "
            "Korvex Holdings froze withdrawals on Tuesday. \"We made serious mistakes,\" chief executive Dariusz "
            "Mellen said.")
    assert _speaker(r, "Danielle Reyes").organization == "Skyward Orbital"
    assert _speaker(r, "Dariusz Mellen").organization == "Korvex Holdings"
    r = run("The finance ministry said taxes would rise in North Carolina. Chairman Tom Hale said no.")
    assert _speaker(r, "Tom Hale").organization is None


def test_its_spokeswoman_after_a_body_described_not_named_speaks_for_it():
    r = run("Dravia's foreign ministry rejected the claims. Its spokeswoman, Irina Beleva, said Ostmark would regret it.")
    assert _speaker(r, "Irina Beleva").organization == "Dravia's foreign ministry"


def test_who_after_a_name_restated_with_from_is_that_name():
    r = run('Cruz scored his first endorsement from a Senate colleague, from Mike Lee, who declared in the spin room, '
            '"It is time to unite." "I will vote for him," said Nicky Driscoll, 24, from Manchester, who said '
            "Cruz was best.")
    assert quote(r, "It is time to unite.").speaker == "Mike Lee"
    assert indirect(r, "Cruz was best").speaker != "Manchester"
    r = run('"This cannot go on," said Lars Berg. His colleague, Anna Holm, agreed. "We need action now."')
    assert quote(r, "We need action now.").speaker == "Anna Holm"


def test_a_body_named_after_what_it_is_at_a_sentence_start():
    r = run("Nonprofit Clean Streams said the river was polluted. Think-tank Bruegel said growth would slow.")
    assert {s.name: s.kind for s in r.speakers} == {"Clean Streams": "organization", "Bruegel": "organization"}
