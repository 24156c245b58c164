"""Patterns found by the stop 20 probes (court reports, obituaries, takeovers, match reports, summits,
strikes), each on sentences written here."""

from __future__ import annotations

from tests.extract_helpers import indirect, quote, run


def _speaker(r, name):
    return next(s for s in r.speakers if s.name == name)


def test_the_person_named_after_a_capitalised_title_in_an_appositive_speaks():
    for text, role in (("Her colleague, the Labour MP Clive Maddox, said the ruling was unfair.", "Labour MP"),
                       ("His rival, the MP Clive Maddox, said the ruling was unfair.", "MP")):
        r = run(text)
        q = indirect(r, "the ruling")
        assert q.speaker == "Clive Maddox", text
        assert _speaker(r, "Clive Maddox").role == role


def test_a_name_of_a_firm_in_an_appositive_speaks_not_the_description():
    r = run("Her solicitor, Ananya Rao of Holt Brennan LLP, said the ruling was unfair.")
    assert indirect(r, "the ruling").speaker == "Ananya Rao"
    assert _speaker(r, "Ananya Rao").role == "solicitor"


def test_the_coroner_and_the_barrister_are_the_people_named_with_those_roles():
    r = run("Senior coroner Philippa Graves recorded a conclusion of accidental death. \"I am concerned about this "
            "junction,\" the coroner said.")
    assert quote(r, "I am concerned").speaker == "Philippa Graves"
    r = run("Defence barrister Rupert Stoakes rose to speak. \"My client is no thief,\" the barrister said.")
    assert quote(r, "My client").speaker == "Rupert Stoakes"
    assert not r.sources


def test_asked_by_someone_the_one_asked_answers():
    r = run("Moira Flanagan gave evidence. Asked by Helena Vance whether she had questioned the invoices, she "
            "replied: \"Never.\"")
    assert quote(r, "Never.").speaker == "Moira Flanagan"
    r = run("Moira Flanagan gave evidence on Monday. Asked by prosecutor Helena Vance why she had signed the forms, "
            "she said: \"I trusted him.\"")
    assert quote(r, "I trusted him.").speaker == "Moira Flanagan"
    assert _speaker(r, "Helena Vance").role == "prosecutor"


def test_a_company_that_says_it_is_an_organisation_and_the_company_it_said():
    r = run("Westmark Rail said it was disappointed. The company said it would run a reduced timetable.")
    assert indirect(r, "it would run").speaker == "Westmark Rail"
    assert _speaker(r, "Westmark Rail").kind == "organization"
    r = run("Lumora said on Monday it had received 112 reports of adapters overheating. The company said no one had "
            "been hurt.")
    assert indirect(r, "no one had").speaker == "Lumora"
    assert _speaker(r, "Lumora").kind == "organization"
    r = run("Northgate Investors said it would vote against the deal.")
    assert _speaker(r, "Northgate Investors").kind == "organization"


def test_a_person_then_the_company_stays_a_person():
    r = run("Tavita Faleolo said it would take years to rebuild the village. The company said it would help.")
    assert _speaker(r, "Tavita Faleolo").kind == "person"


def test_a_third_person_is_the_next_one_not_a_fraction():
    r = run("Two people familiar with the matter said talks had stalled. A third person said a deal was unlikely. "
            "She was a third-year student.")
    assert [n.value for n in r.numbers] == [2]
    r = run("A third of voters said no.")
    assert [round(n.value, 3) for n in r.numbers] == [0.333]


def test_police_ranks_before_a_name_are_roles():
    r = run("PC Daniel Mbeki said the lorry was travelling at 8mph. DC Ann Lowe said the van was fast. "
            "DC Mayor Muriel Bowser said the city was ready.")
    roles = {s.name: s.role for s in r.speakers}
    assert roles == {"Daniel Mbeki": "Police Constable", "Ann Lowe": "Detective Constable", "Muriel Bowser": "DC Mayor"}


def test_a_change_from_an_earlier_figure_across_a_reporting_period():
    r = run("Profit was £142m in the year to March, down from £168m. The economy will grow 0.8% in 2025, revised "
            "down from 1.1%.")
    froms = {n.text: n.from_value for n in r.numbers if n.value is not None}
    assert froms["£142m"] == 168_000_000
    assert froms["0.8%"] == 1.1


def test_a_lower_case_role_after_said_is_kept():
    for text, role in (("\"Orders are strong,\" said chief executive Vikram Deshpande.", "chief executive"),
                       ("\"Orders are strong,\" according to company chairman Vikram Deshpande.", "company chairman"),
                       ("Nixon's plan led to what aide Kevin Phillips called \"a new era\".", "aide")):
        r = run(text)
        assert [s.role for s in r.speakers] == [role], text


def test_a_partial_quote_before_a_new_clause_is_the_first_speakers():
    r = run("Anna Berg said the plan was \"broadly credible\", though she cautioned that costs were rising.")
    q = quote(r, "broadly credible")
    assert q.speaker == "Anna Berg"
    assert q.speaker_mention.text == "Anna Berg"


def test_the_company_is_not_an_analysts_employer():
    for text in ("Acme Ltd reported higher profit. Rohan Mehta of Sagar Capital said margins could shrink. The company "
                 "said it would hire 500 staff.",
                 "Acme Ltd reported higher profit. Rohan Mehta, an analyst at Sagar Capital, said margins could shrink. "
                 "The company said it would hire 500 staff."):
        assert indirect(run(text), "it would hire").speaker == "Acme Ltd", text


def test_the_official_is_the_official_described_before():
    r = run("A senior official at the Department of Health said ministers were considering the idea. The official said "
            "no decision had been taken.")
    assert len(r.speakers) == 1
    assert indirect(r, "no decision").speaker == "A senior official at the Department of Health"


def test_the_treasurer_is_the_person_named_treasurer():
    r = run("Treasurer Fiona McAllister spoke first. The Treasurer said the levy would raise money.")
    assert indirect(r, "the levy").speaker == "Fiona McAllister"


def test_a_change_is_not_carried_across_a_new_clause():
    r = run("Growth is forecast at 3.25 per cent, while unemployment is expected to edge up from 3.9 per cent to "
            "4.25 per cent. There were 27 cases in October, down from 64 in September.")
    froms = {n.text: n.from_value for n in r.numbers if n.value is not None}
    assert froms == {"3.25 per cent": None, "3.9 per cent": None, "4.25 per cent": 3.9, "27": 64, "64": None}


def test_a_spokesperson_after_a_body_speaks_for_it():
    r = run("The Highways Directorate said it respected the decision. A spokesperson said: \"Our priority remains "
            "keeping roads safe.\"")
    spokesperson = next(s for s in r.speakers if s.kind == "unnamed")
    assert (spokesperson.role, spokesperson.organization) == ("spokesperson", "Highways Directorate")
    assert {s.name for s in r.sources} == {"Highways Directorate"}
    r = run("The Highways Directorate said it respected the decision. Ann Lee said no. A spokesperson said: \"Our "
            "priority remains keeping roads safe.\"")
    assert next(s for s in r.speakers if s.kind == "unnamed").organization is None


def test_a_headline_quote_then_colon_and_name_is_that_persons():
    r = run("\"I write to find out what I think\": Lucia Ferreira-Holt on her new novel\n\nThe novelist spoke to us.")
    assert quote(r, "I write to find out").speaker == "Lucia Ferreira-Holt"
    r = run("\"Harbours and Hard Bargains\": a review\n\nThe book is long.")
    assert not r.quotes


def test_what_the_speaker_declined_to_say_is_not_part_of_the_claim():
    r = run("Acme Ltd said its profit rose sharply, but declined to name its buyers. Trump said Clinton had helped her, "
            "but offered no proof.")
    assert indirect(r, "its profit").text == "its profit rose sharply"
    assert indirect(r, "Clinton had").text == "Clinton had helped her"


def test_a_prison_term_is_no_cue():
    r = run("The average prison term rose to 19 months last year. Appeal judges cut jail term for climate protester.")
    assert not r.quotes and not r.sources
    r = run("Ann Lee termed the deal \"a disgrace\".")
    assert quote(r, "a disgrace").speaker == "Ann Lee"


def test_a_place_or_a_clause_after_the_name_is_no_organisation():
    for text in ("Maria Lopes, 52, lives in Lisbon. \"I never felt at home,\" she said.",
                 "The prime minister, Rachel Tennyson, paid tribute to him in the Commons. \"He was a giant,\" she said.",
                 "Dr Sunita Rao, a GP in Lowfield, said many parents struggled to get appointments."):
        assert [s.organization for s in run(text).speakers] == [None], text
    for text, org in (("Ana Ruiz, chief economist at the Lisbon Trade Institute, said prices rose.", "Lisbon Trade Institute"),
                      ("Victor Cha, of the Center for Strategic Studies, said talks failed.", "Center for Strategic Studies")):
        assert [s.organization for s in run(text).speakers] == [org], text


def test_where_a_company_is_based_is_no_part_of_its_name():
    r = run("Mumbai-based Shreeram Textiles Ltd on Tuesday reported a 38% jump in net profit. The company said the new "
            "plant would create 8,500 jobs.")
    assert indirect(r, "the new plant").speaker == "Shreeram Textiles Ltd"
    r = run("\"Carson is cratering,\" said Texas-based Matt Mackowiak.")
    assert quote(r, "Carson").speaker == "Matt Mackowiak"


def test_a_spokesperson_for_the_company_works_for_the_company_named_before():
    for text in ("Brightwell Foods disputes the claim. A spokesperson for the company, Martin Keane, said: \"Safety is our "
                 "highest priority.\"",
                 "Brightwell Foods disputes the claim. \"Safety is our highest priority,\" said Martin Keane, a "
                 "spokesperson for the company."):
        r = run(text)
        assert [(s.role, s.organization) for s in r.speakers] == [("spokesperson", "Brightwell Foods")], text


def test_its_statement_is_the_body_that_spoke_before():
    r = run("Ostrenia's foreign ministry said the talks were frank. Its statement said any treaty must protect farmers.")
    assert indirect(r, "any treaty").speaker == "Ostrenia's foreign ministry"


def test_the_teenager_is_the_one_person_just_named():
    r = run("Lindqvist, 19, settled it with a low finish. \"I just heard the noise,\" the teenager said.")
    assert quote(r, "I just heard").speaker == "Lindqvist"
    assert not r.sources


def test_the_agency_filing_a_wire_story_is_not_it():
    r = run("GENEVA, Nov 14 (Continental Press Agency) - A readout issued by the presidency said the sides had agreed "
            "to meet. It said the crossings would reopen from December 1.")
    assert indirect(r, "the crossings").speaker != "Continental Press Agency"


def test_outlets_spoken_to_on_background_polled_by_or_published_in():
    for text, outlet in (("An official, speaking on background to the Westmoor Standard, said the surplus was fragile.",
                          "Westmoor Standard"),
                         ("The study was published on Wednesday in the Northern Journal of Clinical Oncology.",
                          "Northern Journal of Clinical Oncology"),
                         ("Halloran, speaking to state broadcaster ONT, said trade would rise.", "ONT"),
                         ("Economists polled by the Financial Courier had expected a cut.", "Financial Courier")):
        assert outlet in {s.name for s in run(text).sources if s.kind == "outlet"}, text


def test_a_count_counts_the_plural_noun_after_it():
    for text, ctx in (("Police made more than 300 arrests since Saturday.", "arrests"),
                      ("She leaves seven grandchildren.", "grandchildren"),
                      ("Bankers opened more than 2 million accounts for customers.", "accounts")):
        assert [n.context for n in run(text).numbers] == [ctx], text
    assert [n.context for n in run("Only one says otherwise.").numbers] in ([], [None])


def test_a_duration_through_consecutive_straight_or_more():
    for text, unit in (("Temperatures stayed above 40C for six consecutive days.", "day"),
                       ("Prices rose for three straight months.", "month"),
                       ("The talks need two more weeks.", "week")):
        durations = [n for n in run(text).numbers if n.kind == "duration"]
        assert [(n.unit, n.value) for n in durations] == [(unit, durations[0].value if durations else None)], text
        assert durations[0].value in (6, 3, 2)


def test_days_of_one_month_named_with_weekdays_or_as_a_span():
    for text, dates in (("The strikes, on Tuesday 11 and Wednesday 12 March, will halt most services.",
                         ["--03-11", "--03-12"]),
                        ("Strikes are planned from 11 to 14 March.", ["--03-11", "--03-14"])):
        assert [n.date for n in run(text).numbers] == dates, text
    assert [n.kind for n in run("Sales rose from 11 to 14 in March.").numbers] == ["count", "count", "date"]


def test_a_participle_aside_between_subject_and_figure_keeps_the_subject():
    r = run("Shares in Lumora, listed in Amsterdam, fell 6.2% to €41.30.")
    assert [n.context for n in r.numbers] == ["Shares in Lumora", "Shares in Lumora"]


def test_an_interview_answer_in_quotation_marks_is_one_quote_without_its_marks():
    r = run("Lucia Ferreira-Holt spoke to us.\n\nQ: Do you read your reviews?\n\nA: \"Only the bad ones. The good ones "
            "make me lazy.\"\n\nQ: And prizes?\n\nA: Prizes are for horses.")
    answers = [q for q in r.quotes if q.speaker == "Lucia Ferreira-Holt"]
    assert [q.text for q in answers] == ["Only the bad ones. The good ones make me lazy.", "Prizes are for horses."]
    assert len(r.quotes) == 3


def test_the_minister_is_not_the_next_person_who_speaks_for_herself():
    r = run("Prices rose by 4%, the minister said. Maria Lopez said she was delighted.")
    assert indirect(r, "Prices rose").speaker == "the minister"
    assert {s.name: s.role for s in r.speakers}["Maria Lopez"] is None


def test_according_to_in_mid_sentence_before_a_new_clause_ends_the_claim():
    r = run("Labour's share fell to 31%, according to the Northern Ledger, and the leader faces questions. Drivers earn "
            "an average basic salary of £61,000, according to the company, while signallers earn about £44,500.")
    assert [q.text for q in r.quotes if q.kind == "indirect"] == [
        "Labour's share fell to 31%", "Drivers earn an average basic salary of £61,000"]


def test_she_is_the_subject_known_to_be_a_woman_not_the_object_of_unknown_sex():
    r = run("Maria Halvorsen beat Tomas Reddaway. She said the result was historic.")
    assert indirect(r, "the result").speaker == "Maria Halvorsen"
    r = run("Tomas Reddaway beat Maria Halvorsen. He said the result was historic.")
    assert indirect(r, "the result").speaker == "Tomas Reddaway"


def test_said_her_brother_then_the_name_keeps_the_quote():
    for relation in ("brother", "sister", "uncle", "aunt", "cousin", "grandmother", "nephew", "niece"):
        r = run(f"\"We never gave up,\" said her {relation}, Anna Berg.")
        q = quote(r, "We never gave up")
        assert q.speaker == "Anna Berg", relation
        assert r.speakers[0].role == relation


def test_a_dateline_with_a_country_after_the_city_is_no_part_of_the_claim():
    for text in ("JOHANNESBURG, South Africa, May 14 (Reuters) - At least 37 people were killed on Wednesday, "
                 "according to police.",
                 "SAN JUAN, Puerto Rico (AP) - At least 37 people were killed on Wednesday, according to police."):
        assert indirect(run(text), "At least 37").text == "At least 37 people were killed on Wednesday", text


def test_a_long_in_a_statement_tail_leaves_the_claim_before_it():
    for text in ("The talks will resume in May, the ministry said in a statement issued after the meeting between the "
                 "foreign ministers of both countries.",
                 "The talks will resume in May, the ministry said in a readout of a call between Foreign Minister Anna "
                 "Berg and her counterpart."):
        assert [q.text for q in run(text).quotes] == ["The talks will resume in May"], text
    r = run("The ministry said in a statement issued on Monday that the talks would resume.")
    assert [q.text for q in r.quotes] == ["the talks would resume"]


def test_he_after_a_spokesman_is_not_a_man_named_in_someone_elses_claim():
    r = run("Officials said Erik Stavnes was briefed. A ministry spokesman said talks continued. \"No decisions have "
            "been made,\" he said.")
    assert quote(r, "No decisions").speaker == "A ministry spokesman"


def test_initials_that_speak_are_an_organisation():
    for text in ("UNICEF said 30,000 children were at risk.", "NATO said the drills would continue."):
        r = run(text)
        assert [s.kind for s in r.speakers] == ["organization"], text
        assert [s.kind for s in r.sources] == ["organization"], text
    r = run("Chris Wallace asked the question.\n\nWALLACE said it was fair.")
    assert "organization" not in {s.kind for s in r.speakers}


def test_what_the_source_is_after_according_to_is_no_part_of_the_claim():
    for text, claim in (("At least five foreigners are held in the region, according to Amnesty International, a "
                         "London-based rights group.", "At least five foreigners are held in the region"),
                        ("The figure rose sharply, according to Ana Ruiz, chief economist at the bank.",
                         "The figure rose sharply")):
        assert [q.text for q in run(text).quotes] == [claim], text


def test_its_officer_and_a_named_bodys_officer_work_for_that_body():
    for text, name, role, org in (
            ("The World Food Programme said it had delivered aid. But its spokesman, Tomasz Okafor, warned that stocks "
             "would run out.", "Tomasz Okafor", "spokesman", "World Food Programme"),
            ("The figures were disputed by the Strand Institute. Its senior fellow, Dr Hanne Petrossian, said the "
             "campaign had cherry-picked.", "Hanne Petrossian", "senior fellow", "Strand Institute"),
            ("\"The cuts are dangerous,\" said Anna Berg, the Centre Party's defence spokeswoman.", "Anna Berg",
             "defence spokeswoman", "Centre Party")):
        person = next(s for s in run(text).speakers if s.name == name)
        assert (person.role, person.organization) == (role, org), text


def test_a_rank_gives_way_to_the_job_in_the_appositive():
    r = run("\"This is a war crime,\" Colonel Rustam Edigarov, a spokesman for the Tavrian armed forces, told reporters.")
    assert (r.speakers[0].role, r.speakers[0].organization) == ("spokesman", "Tavrian armed forces")
    r = run("\"We will act,\" Finance Minister Hugo Lind, a former banker, told reporters.")
    assert r.speakers[0].role == "Finance Minister"


def test_the_speaker_of_the_house_speaks():
    r = run("\"Order! The honourable lady will resume her seat,\" the Speaker said.")
    assert quote(r, "Order!").speaker == "the Speaker"


def test_a_count_counts_an_adjective_and_its_plural_noun():
    assert [n.context for n in run("The hospital treated 64 injured patients.").numbers] == ["injured patients"]
    assert [n.context for n in run("Trump has won 758 pledged delegates.").numbers] == ["pledged delegates"]
    assert [n.context for n in run("The relationship between the two turned vicious.").numbers] in ([], [None])


def test_each_share_in_a_poll_list_is_its_partys():
    r = run("The poll puts the Reform Bloc on 34%, the Social Democrats on 31% and the Liberal Party on 12%.")
    assert [n.context for n in r.numbers] == ["Reform Bloc", "Social Democrats", "Liberal Party"]


def test_a_two_word_claim_before_said_is_kept():
    assert [q.text for q in run("Prices rose, the minister said.").quotes] == ["Prices rose"]
    assert [q.text for q in run("Turnout fell, officials said.").quotes] == ["Turnout fell"]
    assert not run("However, he said.").quotes


def test_a_sketch_kicker_is_no_speaker():
    r = run("Sketch: Tempers fray as MPs clash over fishing bill\n\nThe debate began at noon.")
    assert not r.quotes and not r.speakers


def test_a_bodys_person_named_with_a_possessive():
    r = run("Labour's Tom Reddaway said the party takes nothing for granted. The Brookings Institution's Ann Lee said "
            "rates would hold. The Federal Reserve's Jerome Powell said they would.")
    assert {(s.name, s.kind, s.organization) for s in r.speakers} == {
        ("Tom Reddaway", "person", "Labour"), ("Ann Lee", "person", "Brookings Institution"),
        ("Jerome Powell", "person", None)}


def test_the_one_asked_answers_he_said():
    r = run("Last month, reporter Scott Conroy asked Bernie Sanders whether his age was fair game.\n\n\"Sure it is,\" "
            "he said.")
    assert quote(r, "Sure it is").speaker == "Bernie Sanders"
