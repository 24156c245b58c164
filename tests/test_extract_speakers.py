"""Speakers: pronouns, titles, surnames, roles and organisations, surname-first names."""

from __future__ import annotations

from tests.extract_helpers import indirect, mentions, quote, run


def speaker(result, name):
    hits = [s for s in result.speakers if s.name == name]
    assert hits, f"no speaker {name!r} in {[s.name for s in result.speakers]}"
    return hits[0]


def test_pronoun_resolves_to_fullest_name():
    r = run(
        "Finance Minister Hugo Lind arrived late. \"We have a plan,\" he said.\n\n"
        "\"The plan is sound,\" Lind added."
    )
    assert quote(r, "We have a plan").speaker == "Hugo Lind"
    assert quote(r, "We have a plan").speaker_mention.text == "he"
    assert quote(r, "The plan is sound").speaker == "Hugo Lind"


def test_she_skips_a_man_named_more_recently():
    r = run('Ms. Vera Holm met Mr. Jonas Berg on Friday. "It went well," she said.')
    assert quote(r, "It went well").speaker == "Vera Holm"


def test_the_minister_resolves_to_the_person_with_that_role():
    r = run(
        "Trade Minister Oskar Halvorsen visited a mill in Torvik.\n\n"
        "\u201cI don\u2019t comment on leaks,\u201d the minister said."
    )
    q = quote(r, "comment on leaks")
    assert q.speaker == "Oskar Halvorsen"
    assert q.speaker_mention.text == "the minister"


def test_aliases_merge_into_one_speaker():
    r = run(
        'Finance Minister Hugo Lind opened the session. "We are ready," Lind said. '
        '"So is the treasury," the minister added.'
    )
    names = [s.name for s in r.speakers]
    assert names.count("Hugo Lind") == 1
    aliases = speaker(r, "Hugo Lind").aliases
    assert "lind" in aliases and "hugo lind" in aliases


def test_role_and_organization_from_appositive():
    r = run('"Prices will stay high," Ana Ruiz, chief economist at the Lisbon Trade Institute, told reporters.')
    s = speaker(r, "Ana Ruiz")
    assert s.role == "chief economist"
    assert s.organization == "Lisbon Trade Institute"


def test_role_from_title_before_name():
    r = run('"We will not move," Finance Minister Hugo Lind said.')
    assert speaker(r, "Hugo Lind").role == "Finance Minister"


def test_role_before_name_in_commas():
    r = run('The EU ambassador to Japan, Marta Kowal, said the offer was "final".')
    assert quote(r, "final").speaker == "Marta Kowal"
    assert "ambassador to Japan" in speaker(r, "Marta Kowal").role


def test_surname_first_names_are_kept_whole_and_resolved():
    r = run(
        "Duvane's trade minister, Han Ji-woo, opened the talks. \"We are patient,\" Han said.\n\n"
        "Teo Boon Keat, a shipping executive, was less sure. \"It will take months,\" Mr Teo said."
    )
    assert quote(r, "We are patient").speaker == "Han Ji-woo"
    assert quote(r, "take months").speaker == "Teo Boon Keat"
    assert speaker(r, "Han Ji-woo").role == "trade minister"


def test_unnamed_speaker_is_named_by_its_description():
    r = run('"The gap is narrowing," a Trade Ministry spokesman said.')
    q = quote(r, "gap is narrowing")
    assert q.speaker == "a Trade Ministry spokesman"


def test_the_official_refers_back_to_the_official_introduced_earlier():
    r = run(
        "A senior Duvanese official, who asked not to be named, was blunt.\n\n"
        '"They want the best seats in a theatre we are still building," the official said.'
    )
    assert quote(r, "best seats").speaker == "A senior Duvanese official"


def test_who_relative_clause_resolves_to_the_name_before_it():
    r = run(
        "The team is led by Ong Bee Lian, a veteran negotiator, who told the agency the talks began "
        "\"in a good spirit\"."
    )
    assert quote(r, "in a good spirit").speaker == "Ong Bee Lian"


def test_organisation_as_speaker():
    r = run('The Kestrian Farmers\u2019 Union said the draft was "a betrayal of rural Kestria".')
    assert quote(r, "betrayal").speaker == "Kestrian Farmers\u2019 Union"


def test_name_of_organisation_keeps_the_name_and_records_the_organisation():
    r = run('"It is the hardest deal to sell," said Lotte Brekke of the Halden Institute.')
    q = quote(r, "hardest deal to sell")
    assert q.speaker == "Lotte Brekke"
    assert speaker(r, "Lotte Brekke").organization == "Halden Institute"


def test_dateline_is_not_the_speaker_of_a_participle():
    r = run(
        "PHILADELPHIA, July 25 (UPI) \u2014 The national committee released a statement on Monday, "
        "offering \u201ca deep and sincere apology\u201d to the senator."
    )
    q = quote(r, "deep and sincere apology")
    assert q.speaker_mention.text == "The national committee"


def test_gender_from_a_later_pronoun_steers_she():
    r = run(
        "Elin Markvard spoke first. She was brief. Tom Berg, a steelworker, listened. He said nothing.\n\n"
        '"We will sign," she said.'
    )
    assert quote(r, "We will sign").speaker == "Elin Markvard"


def test_possessive_claim_that_is_reported_speech():
    r = run("Critics rejected Hugo Lind's claim that the tariff had already saved 2,000 jobs.")
    ind = [q for q in r.quotes if q.kind == "indirect"]
    assert any(q.text == "the tariff had already saved 2,000 jobs" and q.speaker == "Hugo Lind" for q in ind)


def test_attributing_headline():
    r = run("Deal within reach, Lind says\n\nTalks resumed on Monday in Halden.")
    ind = [q for q in r.quotes if q.kind == "indirect"]
    assert ind and ind[0].text == "Deal within reach" and ind[0].speaker_mention.text == "Lind"


def test_party_and_state_then_an_appositive_before_the_cue():
    r = run('"They would never get an immunity deal," Rep. Ida Berg (R-Ohio), an oversight panel member, said.')
    q = quote(r, "immunity deal")
    assert q.speaker == "Ida Berg"
    assert speaker(r, "Ida Berg").role == "oversight panel member"


def test_role_words_and_names_before_the_speaker_after_a_quotation():
    r = run('"The port is finished," said master of ceremonies Asab Tal, a Kestrian engineer.')
    assert quote(r, "port is finished").speaker == "Asab Tal"
    r = run('"The port is finished," said former Sen. Ida Berg, who retired in May.')
    assert quote(r, "port is finished").speaker == "Ida Berg"
    r = run('"The port is finished," Halden Capital portfolio manager Ida Berg said at an event.')
    assert quote(r, "port is finished").speaker_mention.text == "Halden Capital portfolio manager Ida Berg"


def test_described_speaker_keeps_role_and_organisation():
    r = run('"We will appeal," said a spokesman for Halden Shipping.')
    s = quote(r, "We will appeal")
    assert s.speaker == "a spokesman for Halden Shipping"
    who = speaker(r, "a spokesman for Halden Shipping")
    assert (who.role, who.organization) == ("spokesman", "Halden Shipping")
    # people described by a place are not that place
    assert quote(run('"We are tired," said voters in New Halden.'), "We are tired").speaker == "voters in New Halden"


def test_manner_of_speaking_verbs_after_a_quotation():
    for verb in ("mused", "surmised", "opined", "riffed", "deadpanned"):
        r = run(f'"People are afraid of wasting their votes," {verb} Ida Berg.')
        assert quote(r, "wasting their votes").speaker == "Ida Berg", verb


def test_places_are_never_a_person_pronoun_or_description():
    r = run("Lind spoke about North Korea for an hour. He said the claim was false.")
    assert quote(r, "claim was false", ("indirect",)).speaker != "North Korea"
    r = run("The senator spoke about Nazi Germany. The Republican candidate said the claim was false.")
    assert quote(r, "claim was false", ("indirect",)).speaker != "Nazi Germany"
    # a country may speak for its government; a surname that is also a place is still a person
    assert quote(run("China said the talks would resume."), "talks would resume", ("indirect",)).speaker == "China"
    r = run("Rep. Jim Jordan said the bill would fail. Jordan added that it was dead.")
    assert quote(r, "it was dead", ("indirect",)).speaker == "Jim Jordan"


def test_a_number_before_the_role_after_an_inverted_cue():
    r = run("\u201cThey are 100 percent wrong,\u201d said 9/11 widow Terry Strada.")
    assert quote(r, "100 percent wrong").speaker == "Terry Strada"


def test_an_owner_before_a_name_is_the_organization():
    from briefing.extract.pipeline import extract
    from briefing.models import Article

    r = extract(Article(id="x", text="Halden State University's Dianne Brekke agreed. \"The port is running out of "
                                     "time.\" KTV\u2019s Dante Weir said the map was shifting."))
    speakers = {s.name: s for s in r.speakers}
    assert speakers["Dianne Brekke"].organization == "Halden State University"
    assert speakers["Dante Weir"].organization == "KTV"


def test_the_agent_of_a_released_thing_speaks_and_nouns_after_names_are_not_cues():
    r = run('After the Halden attacks, Berg released a new radio ad calling it "dangerous" that the council '
            '"has no strategy at all."')
    assert quote(r, "no strategy at all").speaker == "Berg"
    assert not [q for q in r.quotes if q.kind == "indirect" and q.text.startswith("After the Halden attacks")]
    assert not [q for q in r.quotes if q.speaker and "Halden" in q.speaker]


def test_a_clause_between_commas_is_not_an_appositive_of_an_inverted_speaker():
    r = run("Even if the agency closed, some of its work would be done by other offices, said Rolf Dahl, who was "
            "elected in 2012. In nearby Torvik, the mill is hanging on, said the company's chief executive, Ida Moen.")
    indirect = {q.text: q for q in r.quotes if q.kind == "indirect"}
    first = next(q for t, q in indirect.items() if t.startswith("Even if the agency closed"))
    assert first.speaker == "Rolf Dahl"
    second = next(q for t, q in indirect.items() if "the mill is hanging on" in t)
    assert second.speaker == "Ida Moen"
    assert not [q for q in r.quotes if q.speaker and ("agency" in q.speaker or "Torvik" in q.speaker)]


def test_a_party_tag_and_a_participle_phrase_stand_between_subject_and_cue():
    r = run("Sen. Mara Olsen, R-Fla., appearing on television right after the speech, said Lind failed to "
            "address public concerns.")
    q = next(q for q in r.quotes if q.kind == "indirect")
    assert q.speaker == "Mara Olsen"
    assert q.text == "Lind failed to address public concerns"


def test_an_inverted_speaker_stops_before_a_time_or_a_setting():
    r = run('"We are done," said Ruiz on Tuesday. "No," said a spokesman for the ministry in a statement. '
            '"Yes," said Ida Berg of the Halden Institute.')
    assert quote(r, "We are done").speaker_mention.text == "Ruiz"
    assert quote(r, "No,").speaker_mention.text == "a spokesman for the ministry"
    assert quote(r, "Yes,").speaker == "Ida Berg"


def test_reported_content_starts_after_a_time_and_place():
    r = run("The debate grew, with Senator Per Lund telling reporters on Thursday he viewed the plan as a "
            "failure. Ada Nys said Sunday in Halden, Kestria, that she was hoping for a large turnout. "
            "This has been a persistent concern for the party, Nys said.")
    texts = {q.text: q.speaker for q in r.quotes if q.kind == "indirect"}
    assert texts["he viewed the plan as a failure"] == "Per Lund"
    assert texts["she was hoping for a large turnout"] == "Ada Nys"
    assert texts["This has been a persistent concern for the party"] == "Ada Nys"


def test_a_quotation_running_on_into_its_sentence_takes_the_speaker_that_ends_it():
    r = run("Alan Berg disagreed. \"It fails,\" Mr. Berg said.\n\n"
            "''I admire the mechanics'' of the council's plan, Mr. Holt said. ''They are detailed.''")
    assert quote(r, "I admire the mechanics").speaker == "Holt"
    assert quote(r, "They are detailed").speaker == "Holt"
    assert quote(r, "It fails").speaker == "Alan Berg"


def test_a_speaker_phrase_never_opens_with_a_conjunction():
    r = run("Officials met on Monday. But a source familiar with the talks said the deal was close. "
            "The mayor reported that the company said it would stay. Although Klein said he was busy, "
            "he came.\n\nAnd Mr. Lund gloated: \"I told you so.\"")
    said_by = mentions(r)
    assert "a source familiar with the talks" in said_by
    assert "the company" in said_by
    assert not [m for m in said_by if m.split()[0] in ("But", "that", "Although", "And")], said_by
    assert "Although Klein" not in {s.name for s in r.speakers}
    assert quote(r, "I told you so").speaker == "Lund"


def test_more_poll_shares_speak_for_the_people_they_count():
    r = run("About four out of 10 voters said life would be worse. One in five say the plan will fail. "
            "All but two said the party should act. Even so, a number of attendees said they backed him. "
            "Nearly a third say they do not know.")
    said_by = mentions(r)
    for share in ("four out of 10 voters", "One in five", "All but two", "a number of attendees", "Nearly a third"):
        assert share in said_by, (share, said_by)


def test_a_subject_with_its_own_relative_clause_speaks():
    r = run("Supporters who have heard directly from the campaign say their priority is to finish ahead. "
            "They arrested the man who police say shot him. "
            "A guest who is not the host and is asked to comment is counted.")
    q = indirect(r, "their priority")
    assert q.speaker_mention.text == "Supporters who have heard directly from the campaign"
    assert not [q for q in r.quotes if q.speaker_mention and "the man who" in q.speaker_mention.text]
    assert not [q for q in r.quotes if q.speaker_mention and "host and" in q.speaker_mention.text]


def test_a_parenthesis_between_dashes_or_a_party_tag_stands_between_subject_and_cue():
    r = run("The chief judge -- who has been in a feud with the mayor -- said she regretted her remarks. "
            "Lea Kall \u2014 co-editor of a book on the debates \u2014 said the candidate liked surprises. "
            "Sen. Jack Reed (D-R.I.), said after a lunch on Tuesday that he had not read the plan.")
    texts = {q.text: q for q in r.quotes if q.kind == "indirect"}
    assert texts["she regretted her remarks"].speaker_mention.text == "The chief judge"
    assert texts["the candidate liked surprises"].speaker == "Lea Kall"
    assert texts["he had not read the plan"].speaker == "Jack Reed"


def test_a_party_or_occupation_before_a_full_name_is_a_role_not_part_of_the_name():
    from briefing.extract.pipeline import extract
    from briefing.models import Article

    r = extract(Article(id="x", text='Democrat Ada Nyberg said the plan would pass. Comedian Sara Lind said it '
                                     'was a joke. The Republican National Committee said it would fight. '
                                     'Rather Nyberg said nothing more.'))
    names = {s.name: s for s in r.speakers}
    assert "Ada Nyberg" in names and names["Ada Nyberg"].role == "Democrat"
    assert "Sara Lind" in names
    assert "Republican National Committee" in names
    assert not [n for n in names if n.startswith(("Democrat ", "Comedian ", "Rather "))], names


def test_capitals_of_a_title_case_headline_make_no_person():
    from briefing.extract.pipeline import extract
    from briefing.models import Article

    r = extract(Article(id="x", text="Just Leaked: Look At The Mayor's Shocking Response To Learning Six Workers Died\n\n"
                                     "Mayor Ada Lind said the report was wrong. \"We will review it,\" the mayor said."))
    names = {s.name for s in r.speakers}
    assert "Ada Lind" in names
    assert not [n for n in names if "Leaked" in n or "Workers Died" in n], names
    assert next(q for q in r.quotes if q.text.startswith("We will review")).speaker == "Ada Lind"


def test_a_description_is_not_the_person_in_the_prepositional_phrase_before_it():
    r = run("Ada Lind spoke out on Tuesday about the death of Per Olsen in Torvik. The former minister and "
            "current party leader said she wanted to speak directly to voters.")
    q = indirect(r, "she wanted")
    assert q.speaker == "Ada Lind"


def test_a_surname_known_with_one_role_is_not_merged_into_a_namesake_with_another():
    r = run('President Lund is rolling out a new message: "It is about me."\n\n'
            "The campaign plans to use Mr. Lund and the first lady, Maria Lund, as much as possible. "
            '"My name is not on the ballot," Mr. Lund said.')
    assert quote(r, "It is about me").speaker == "Lund"
    assert quote(r, "My name is not on the ballot").speaker == "Lund"


def test_a_possessed_description_stops_before_its_verb():
    r = run("In response, Ada Lind's right-hand woman rallied supporters, saying: \"We have to be ready.\"")
    assert quote(r, "We have to be ready").speaker_mention.text == "Ada Lind's right-hand woman"


def test_a_clause_is_never_a_speaker_description():
    r = run("Senate leaders have insisted they won't consider a nominee to the court. "
            "The department had spent months pushing back against claims by the agencies.")
    assert not [q for q in r.quotes if q.speaker_mention and " have " in f" {q.speaker_mention.text} "]
    assert not [q for q in r.quotes if q.speaker_mention and " had " in f" {q.speaker_mention.text} "]


def test_a_serving_role_or_a_naming_participle_makes_no_speaker_of_the_last_person():
    r = run("Prime Minister Ada Lind met the envoy on Monday. \"We made progress,\" the spokesman said. "
            "Per Olsen, a radio host, set up a website called \u201cHalden If Lind Wins\u201d last week.")
    q = quote(r, "We made progress")
    assert q.speaker != "Ada Lind"
    assert not [x for x in r.quotes if x.cue and x.cue.text == "called"]


def test_the_addressee_before_a_participle_is_not_its_speaker():
    r = run("\u201cMany people are uncertain this year,\u201d Per Thiel wrote in a statement to Wired explaining why he "
            "would speak, \u201cbut most people agree the country is on the wrong track.\u201d")
    assert quote(r, "but most people agree").speaker == "Per Thiel"
    assert not [q for q in r.quotes if q.speaker == "Wired"]


def test_a_city_is_never_he_they_or_it():
    r = run("Sen. Ada Lind spoke in San Diego on Monday. \"We will win here,\" he said. "
            "Officials in Tulsa met later. They said the vote would be close.")
    assert quote(r, "We will win here").speaker != "San Diego"
    assert not [q for q in r.quotes if q.speaker in ("San Diego", "Tulsa")]


def test_a_speaker_phrase_never_holds_a_clause_of_its_own():
    r = run("Lund met with her and other party leaders and came away convinced that reforms were underway. "
            "They sent a letter on Thursday to Senate leaders opposing the plan. "
            "Companies and individuals complain that taxes are too high.")
    said_by = mentions(r)
    assert not [m for m in said_by if "came away" in m or m.startswith("sent ")], said_by
    assert "Companies and individuals" in said_by


def test_a_possessive_pronoun_speaker_resolves_like_its_subject_pronoun():
    r = run("Senator Per Lund met the Halden Port Authority on Monday. He repeated his claim that the port "
            "was losing money.")
    q = next(q for q in r.quotes if q.speaker_mention and q.speaker_mention.text == "his")
    assert q.speaker == "Per Lund"


def test_who_speaks_for_the_people_named_right_before_it():
    r = run("Among the voters who said the economy mattered most, half backed the levy.")
    q = next(q for q in r.quotes if q.speaker_mention and q.speaker_mention.text == "who")
    assert q.speaker == "the voters" or q.speaker == "voters"


def test_a_role_before_the_name_after_a_quotation_and_a_reported_sentence_before_one():
    r = run("''He deserved it,'' the assailant, Per Moen, told the station.\n\n"
            "In response, she said she and Lind had made progress. \"I really believe we did a good job.\"\n\n"
            "Lind \u201cdrew well from farmers\u201d in 2008, said Halden State University professor Ida Berg. "
            "\u201cThat was more her base than his.\u201d")
    assert quote(r, "He deserved it").speaker == "Per Moen"
    assert quote(r, "I really believe").speaker_mention.text == "she"
    assert quote(r, "That was more her base").speaker == "Ida Berg"


def test_a_quotation_running_into_its_sentence_with_an_inverted_or_mid_sentence_speaker():
    r = run('"He can assert it, but it seems unlikely" that Lund can win, said Ada Berg, a strategist. '
            "''Most of the complexity derives from efforts to measure'' income, he said, rather than from "
            "deductions.\n\n"
            '"The way he is acting shows why he has no support," said former Halden congressman Per Frank. '
            "''As the threat has changed, so has our work,'' Twitter said in a statement.")
    assert quote(r, "He can assert it").speaker == "Ada Berg"
    assert quote(r, "Most of the complexity").speaker_mention.text == "he"
    assert quote(r, "The way he is acting").speaker == "Per Frank"
    assert quote(r, "As the threat has changed").speaker == "Twitter"


def test_first_names_that_are_also_words_and_a_quotation_after_a_reported_sentence():
    r = run("\"It's a pretty expensive model,\" Will Dole, a professor at the institute, said of the plan. "
            "April Nys said the team would work with the police.\n\n"
            "With two crews filming, Perez says too many women feel guilty at work. "
            "\"They feel like a bad employee.\" Employees treated well stay, he added.")
    assert quote(r, "pretty expensive model").speaker == "Will Dole"
    assert any(q.speaker == "April Nys" for q in r.quotes if q.kind == "indirect")
    assert quote(r, "They feel like a bad employee").speaker == "Perez"


def test_he_is_not_the_person_the_quotation_talks_about_and_a_statement_comma_intro():
    r = run("Ada Berg, who wrote the party's review, doubts Per Lund can recover. But the candidate could "
            "change the subject.\n\n\"Lund's best argument is the economy,\" he said.\n\n"
            "Immediately after the vote, Lund issued a statement, \u201cLast night we lost. We will be back.\u201d")
    assert quote(r, "best argument is the economy").speaker != "Per Lund"
    assert quote(r, "Last night we lost").speaker == "Per Lund"


def test_a_clause_with_its_own_verb_between_commas_is_no_appositive_before_a_participle():
    r = run("In an interview with the Courier, Lund continued to question Berg's temper, saying the senator "
            "could not \"make deals\" as president.")
    assert indirect(r, "the senator could not").speaker == "Lund"


def test_a_speaker_phrase_stops_before_its_own_past_verb():
    r = run("A recent Courier survey found 90 percent of farmers say the quota is too low. "
            "The Lund campaign sent a fundraising email Wednesday saying the levy would hurt families.")
    said_by = mentions(r)
    assert "A recent Courier survey" in said_by or "90 percent of farmers" in said_by, said_by
    assert "The Lund campaign" in said_by, said_by
    assert not [m for m in said_by if " sent " in f" {m} " or " found " in f" {m} "], said_by


def test_an_office_for_or_of_something_is_not_a_person_named_after_it():
    r = run("Mara Lind took office in May. \"We are concerned,\" said the Halden High Commissioner for Refugees. "
            "\"We will fight,\" said Attorneys for Lind.")
    names = {s.name for s in r.speakers}
    assert "Refugees" not in names and quote(r, "We will fight").speaker != "Mara Lind"


def test_a_quotation_after_a_sentence_that_called_someone_something_is_the_caller_s():
    r = run("His former partner, Lars B. Moen, called him a master at impossible deals. "
            "\"He showed again and again an ability to close deals.\"")
    assert quote(r, "He showed again and again").speaker == "Lars B. Moen"


def test_a_headline_verb_does_not_join_two_names_into_one_person():
    r = run("Ada Lind Says Oskar Brenner \u2018Makes You Want To Leave\u2019\n\n"
            "Prime Minister Ada Lind said on Tuesday that Oskar Brenner had gone too far. "
            "\"He has insulted every farmer in the valley,\" Brenner's rival said.\n\n"
            "\"We will not back down,\" Brenner told reporters.")
    names = {s.name for s in r.speakers}
    assert not [n for n in names if "Says" in n], names
    assert quote(r, "We will not back down").speaker == "Oskar Brenner"


def test_a_subject_with_a_relative_clause_of_an_irregular_verb_speaks():
    r = run("Former officials who spoke with the Harbour Gazette said the agency has become a shell of itself.")
    assert indirect(r, "the agency has become").speaker_mention.text.endswith(
        "officials who spoke with the Harbour Gazette")


def test_a_capitalised_cue_opening_an_inverted_attribution_is_not_part_of_the_name():
    r = run('In other words, explained debate moderator Nina Aasen: "What does that have to do with donations?"\n\n'
            'Said Nina Aasen: "We will come back to that."')
    assert quote(r, "What does that have").speaker == "Nina Aasen"
    assert quote(r, "come back to that").speaker == "Nina Aasen"
    assert not [s.name for s in r.speakers if s.name.startswith(("Said", "Explained"))]


def test_a_treaty_is_never_it_or_they():
    r = run("The Norland Farmers Union backed the deal on Monday. Farmers protested against the Baltic "
            "Trade and Investment Partnership. It said the talks would resume in May.")
    assert indirect(r, "the talks would resume").speaker == "Norland Farmers Union"


def test_the_subject_of_a_by_participle_is_the_clause_subject_not_the_object():
    r = run("Journalist Ines Vik corrected the candidate by tweeting back at him with a study proving "
            "\u201cimmigrants are less likely to be criminals than the native-born.\u201d")
    assert quote(r, "less likely to be criminals").speaker == "Ines Vik"


def test_a_noun_called_points_is_no_cue():
    r = run("Lind, the sitting governor, repeated accusations that Brenner recites the same campaign points, "
            "calling him a \u201ctalented guy\u201d on stage.")
    assert quote(r, "talented guy").speaker == "Lind"


def test_a_title_and_a_description_with_a_synonym_are_one_person():
    r = run("Rep. Petra Welde is backing Sen. Ola Brekke for governor. The Norland congresswoman said she "
            "planned to vote for Brekke in March.")
    assert indirect(r, "she planned to vote").speaker == "Petra Welde"


def test_a_place_named_before_an_institution_is_not_a_person():
    r = run("Ola Brekke met parents at the firehouse near Linda Vale Elementary School, where families were "
            "gathering, and found the cause he believes will define his career. After Linda Vale, the debate "
            "changed.")
    assert indirect(r, "will define his career").speaker == "Ola Brekke"
    assert not {"Linda Vale", "Linda Vale Elementary School"} & {s.name for s in r.speakers}


def test_a_place_and_a_time_after_an_opening_phrase_are_not_the_subject():
    r = run("Speaking at a town hall in Salem, New Hampshire, Ola Brekke went after Lind, calling him "
            "\u201ca total stiff.\u201d\n\n"
            "At a rally in Halden, Alabama, on Saturday, supporters pushed a protester, with Brekke reportedly "
            "yelling: \u201cGet him out of here!\u201d")
    assert quote(r, "a total stiff").speaker == "Ola Brekke"
    assert quote(r, "Get him out of here").speaker == "Ola Brekke"


def test_a_bare_surname_shared_by_two_people_is_the_one_named_first():
    r = run("Senator Oskar Brenner spoke in Halden on Friday. His wife, Heidi Brenner, joined him on stage.\n\n"
            "\"We will win this county,\" Brenner said.")
    assert quote(r, "We will win this county").speaker == "Oskar Brenner"


def test_company_names_with_an_ampersand_and_roles_with_figures_lead_a_name():
    r = run("\"We are shocked, he was a friend to us,\" one P&G Halden employee told the local radio.\n\n"
            "\"They have to choose between rent and food,\" Fight for $15 organizing director Ada Lind told "
            "reporters.")
    assert quote(r, "We are shocked").speaker_mention.text == "one P&G Halden employee"
    assert quote(r, "rent and food").speaker == "Ada Lind"


def test_a_relative_clause_ending_in_a_quotation_does_not_hide_the_subject():
    r = run("Halvorsen, who calls the plan a \u201cdisaster,\u201d said he doesn\u2019t believe the effort will "
            "succeed.")
    assert indirect(r, "he doesn\u2019t believe").speaker_mention.text == "Halvorsen"
    assert quote(r, "disaster").speaker_mention.text != "he"


def test_him_after_a_womans_verb_does_not_make_her_a_man():
    r = run("Anna Berg scolded him: \u201cWe are against you,\u201d she said.")
    assert quote(r, "We are against you").speaker == "Anna Berg"


def test_an_all_capitals_run_in_head_is_no_person():
    r = run("QUESTIONABLE MEDICAL CLAIMS \u2014 For years, the show has been dogged by charges.\n\n"
            "Senator Claire Lund scolded him: \u201cThe science is against you,\u201d she said.")
    assert quote(r, "The science is against you").speaker == "Claire Lund"
    assert "QUESTIONABLE MEDICAL CLAIMS" not in {s.name for s in r.speakers}


def test_a_known_first_name_decides_he_or_she_before_nearby_pronouns():
    r = run("Donald Brenner met Anna Lind on Monday. Anna Lind's aides were there.\n\n"
            "\"We will win,\" he said.")
    assert quote(r, "We will win").speaker == "Donald Brenner"


def test_a_person_named_only_in_a_title_case_headline_is_known_by_surname():
    r = run("Hillary Brenner Goes After Oskar Lind As The New Villain\n\n"
            "HALDEN \u2014 The Democratic nominee attacked her opponent on Monday.\n\n"
            "\"He is a fraud,\" Brenner said.")
    assert quote(r, "He is a fraud").speaker == "Hillary Brenner"


def test_capitalised_words_before_a_plural_noun_are_a_description_not_a_name():
    r = run("Before the debate, two Democratic speechwriters urged her to return to the attack, arguing that it "
            "unsettled her rival.\n\nLocal authorities told people to stay home, the broadcaster reported.")
    assert indirect(r, "it unsettled her rival").speaker == "two Democratic speechwriters"
    assert "Democratic" not in {s.name for s in r.speakers}


def test_a_clause_or_a_place_after_a_name_is_not_taken_for_a_role():
    r = run("Ola Brekke, like Lind, said the plan was dead.\n\nAda Lind, of Springfield, said she agreed.\n\n"
            "Per Vik, the mill's new owner, said the talks would go on.")
    roles = {s.name: s.role for s in r.speakers}
    assert roles.get("Ola Brekke") is None and roles.get("Ada Lind") is None, roles
    assert roles.get("Per Vik") == "mill's new owner", roles


def test_a_surname_that_is_also_a_word_follows_a_known_first_name():
    r = run('Prime Minister Theresa May said on Monday that the deal was done. "It is fair," she added.')
    assert indirect(r, "the deal was done").speaker == "Theresa May"
    assert quote(r, "It is fair").speaker == "Theresa May"


def test_a_name_in_quotation_marks_inside_an_appositive_does_not_hide_the_speaker():
    r = run("\u201cWe have had better conventions than this one,\u201d delegate Ola Brekke, wearing a hat and "
            "\u201cTed Lind\u201d pins, said as confetti fell.")
    assert quote(r, "better conventions").speaker == "Ola Brekke"


def test_state_abbreviations_companies_and_crowds_are_not_he_or_she():
    r = run("Ada Lind, 80, of Bethesda, Md., toured the museum with Peabody Energy staff. Many Americans came too.\n\n"
            "\u201cI had to step back and think,\u201d she said.")
    assert quote(r, "step back and think").speaker == "Ada Lind"


def test_a_verb_never_opens_a_speaker_description():
    r = run("Chastened by the analyses, Ola Brekke revised his plan, promising to focus more of it on farmers.\n\n"
            "A Halden judge on Thursday rejected a media request to open the file, saying the courts have no "
            "business deciding what voters need.")
    assert indirect(r, "to focus more").speaker == "Ola Brekke"
    assert indirect(r, "the courts have no business").speaker_mention.text == "A Halden judge"


def test_a_place_inside_a_list_or_a_phrase_does_not_speak_for_a_participle():
    r = run("The 50-state poll shows Lind faring better in the Rust Belt states of Indiana, Michigan, Ohio and "
            "Pennsylvania than in other battlegrounds, offering a glimpse of a potential route to victory.")
    assert indirect(r, "a glimpse of a potential route").speaker_mention.text == "The 50-state poll"


def test_a_place_or_a_pair_is_not_listed_as_a_person():
    r = run("France and Germany said the talks would resume. Colorado Springs, officials said, will host them.")
    kinds = {s.name: s.kind for s in r.speakers}
    assert kinds.get("France and Germany", "organization") == "organization", kinds


def test_a_surname_that_is_a_title_word_and_titles_with_a_full_stop():
    r = run("Larry King hosts a show on the network. \"They pay us a lot of money,\" Mr. King said.\n\n"
            "\"The city will never go back to normal,\" said the Rev. Peter Wherry, of Mayfield Church.\n\n"
            "Ada Lind, a voter from Jackson, Miss., said she could not support the plan.")
    assert quote(r, "They pay us").speaker == "Larry King"
    assert quote(r, "never go back to normal").speaker == "Peter Wherry"
    assert "Miss." not in {s.name for s in r.speakers}


def test_a_role_then_a_comma_then_the_name_after_a_quotation():
    r = run("\u201cThe pope said what we all know,\u201d the Vatican spokesman, Federico Lund said on Friday.")
    q = quote(r, "The pope said")
    assert q.speaker == "Federico Lund" and q.speaker_mention.text.startswith("the Vatican spokesman")


def test_a_capitalised_modifier_is_not_the_speaker_after_an_inverted_cue():
    # "said a Tarvik aide": the aide speaks, not Ola Tarvik; the same for one party source
    r = run(
        "Premier Ola Tarvik toured the harbour on Monday.\n\n"
        "\u201cHe will not back down,\u201d said a Tarvik aide.\n\n"
        "The talks collapsed after midnight, said one Labour source in the room."
    )
    q = quote(r, "He will not back down")
    assert q.speaker_mention.text == "a Tarvik aide"
    assert q.speaker != "Ola Tarvik"
    assert indirect(r, "The talks collapsed").speaker_mention.text == "one Labour source"


def test_an_organisation_then_a_role_then_the_name_after_an_inverted_cue():
    r = run(
        "\u201cThe figures speak for themselves,\u201d said Halden campaign manager Rita Solberg.\n\n"
        "\u201cWe expected it,\u201d said Harbour Board chief of staff Per Lunde.\n\n"
        "\u201cIt was a long night,\u201d said Ministry spokesman Navy Capt. Eirik Vold."
    )
    assert quote(r, "speak for themselves").speaker == "Rita Solberg"
    assert speaker(r, "Rita Solberg").role == "Halden campaign manager"
    assert quote(r, "We expected it").speaker == "Per Lunde"
    assert quote(r, "a long night").speaker == "Eirik Vold"


def test_press_before_a_noun_is_no_cue():
    r = run("Harbour Board press secretary Per Lunde said the ferry would sail on time.")
    assert [q.cue.text for q in r.quotes] == ["said"]


def test_a_description_said_of_a_person_earlier_names_that_person():
    # "the Labour nominee" was said of Rita Solberg, not of Ola Tarvik, who was named last
    r = run(
        "On Thursday Rita Solberg accepted the party's backing as the Labour nominee, painting her "
        "rival, Ola Tarvik, as unfit for office.\n\n"
        "\u201cA man you can bait with a post is not a man to trust with the port,\u201d said the Labour nominee."
    )
    assert quote(r, "bait with a post").speaker == "Rita Solberg"


def test_a_name_with_an_initial_in_an_appositive_and_its_organisation():
    r = run(
        "\u201cThe odds favour a short session,\u201d said another leading trade lawyer, Anders K. Moe of the "
        "firm Moe & Berg."
    )
    q = quote(r, "The odds favour")
    assert q.speaker == "Anders K. Moe"


def test_an_owner_and_one_capitalised_word_is_no_person():
    # "Solberg's Labour vote director" : "Solberg's Labour" is no one
    r = run(
        "According to Kari Dahl, Solberg's Labour vote director, the campaign has targeted young voters.\n\n"
        "\u201cWe will not take them for granted,\u201d she said."
    )
    assert all("Labour" not in s.name for s in r.speakers)
    assert quote(r, "take them for granted").speaker == "Kari Dahl"


def test_a_description_with_a_role_opens_a_colon_introduction():
    r = run(
        "Former secretary of state Kari Dahl:\u201cWe learned that from the ministry.\u201d\n\n"
        "The Solberg campaign, in a note on the matter, put it more carefully: \u201cThe practice was to "
        "write to officials on their own accounts.\u201d"
    )
    assert quote(r, "We learned that").speaker == "Kari Dahl"
    assert quote(r, "The practice was").speaker_mention.text == "The Solberg campaign"


def test_a_capitalised_opening_word_is_not_part_of_a_name():
    r = run(
        "Rival Kari Dahl hit back on Monday. \u201cThe port is not for sale,\u201d she said.\n\n"
        "Republican Ola Tarvik stayed away."
    )
    assert quote(r, "not for sale").speaker == "Kari Dahl"
    assert {s.name for s in r.speakers} == {"Kari Dahl"}


def test_places_days_and_parties_are_not_people():
    # "he" is Mr. Lunde, not Fairfax County, Election Day or "Orlando Democrat"
    r = run(
        "Per Lunde drove to Fairfax County on Election Day to meet the Orlando Democrat leadership.\n\n"
        "\u201cWe will win the county,\u201d he said."
    )
    assert quote(r, "We will win the county").speaker == "Per Lunde"
    assert all(s.name not in ("Fairfax County", "Election Day", "Orlando Democrat") for s in r.speakers)


def test_an_opener_before_a_title_and_a_home_state_is_dropped_from_the_name():
    r = run(
        "\u201cThe port will recover,\u201d said former Gov. Ola Tarvik of Nordland.\n\n"
        "Former Secretary of State Kari Dahl:\u201cWe learned that from the ministry.\u201d"
    )
    assert quote(r, "The port will recover").speaker == "Ola Tarvik"
    assert quote(r, "We learned that").speaker == "Kari Dahl"


def test_an_acronym_or_an_initial_at_the_end_is_no_person_but_a_generation_is():
    r = run(
        "Hewlett-Packard CEO Carly Fiorina spoke in Washington D.C. on Monday.\n\n"
        "\u201cWe will cut costs,\u201d she said.\n\n"
        "\u201cThe audit is done,\u201d said I. Charles McCullough III."
    )
    assert quote(r, "We will cut costs").speaker == "Carly Fiorina"
    assert quote(r, "The audit is done").speaker.endswith("Charles McCullough III")  # a person, "III" and all


def test_it_and_they_stand_for_a_body_or_people_described_before():
    r = run("The ministry said in a statement that talks with the company were continuing. It added that no "
            "decision had been made on state aid.\n\nThe levy is unfair to farmers, the groups say. They argue "
            "that the minister should resign.")
    assert indirect(r, "no decision").speaker == "The ministry"
    assert indirect(r, "the minister should").speaker == "the groups"


def test_she_is_the_person_named_not_a_person_described():
    r = run("Finance Minister Ida Berg caused a stir when an Iowa voter asked if she might raise the levy.\n\n"
            '"What a great idea. Nobody has ever suggested that to me," she replied.')
    assert quote(r, "great idea").speaker == "Ida Berg"


def test_a_conference_call_is_no_cue():
    r = run("Olsen told reporters on a conference call that the company had no plans to sell its Dutch arm.")
    hits = [q for q in r.quotes if q.text.startswith("the company had no plans")]
    assert [q.speaker for q in hits] == ["Olsen"]


def test_an_interviews_answers_are_the_interviewees_and_its_kicker_is_no_speaker():
    r = run("Interview: the harbour chief on the strike\n\n"
            "Actress Ida Berg has run the Torvik harbour trust since 2021. Berg spoke to the Ledger on Monday, "
            "a day after Mayor Tomas Weir had called for talks.\n\n"
            "Q: How long can the port survive the strike?\n\n"
            "A: A few more weeks. After that, shipping lines will reroute for good.\n\n"
            "Q: Will you raise your offer?\n\n"
            "A: We have already moved twice. The union has not moved at all.")
    assert quote(r, "A few more weeks").speaker == "Ida Berg"
    assert quote(r, "moved twice").speaker == "Ida Berg"
    assert quote(r, "survive the strike").speaker is None
    assert not [q for q in r.quotes if q.text.startswith("the harbour chief")]
    assert {s.name for s in r.speakers} == {"Ida Berg"}


def test_a_ministry_named_by_its_field_is_a_body_and_it_speaks_for_it():
    r = run("The Trade Ministry said in a statement that the talks were in their final stretch. It added that the "
            "wheat quota would rise no further.")
    assert indirect(r, "the talks").speaker == "Trade Ministry"
    assert indirect(r, "the wheat quota").speaker == "Trade Ministry"
    assert speaker(r, "Trade Ministry").kind == "organization"


def test_names_with_several_particles_keep_their_first_names():
    r = run('"We are ready," said Dutch Finance Minister Eelco van der Berg. Van der Berg added that talks would '
            'resume.\n\n"This is a historic day," said Sheikh Mohammed bin Rashid Al Maktoum, the ruler of Dubai.')
    assert quote(r, "We are ready").speaker == "Eelco van der Berg"
    assert indirect(r, "talks would").speaker == "Eelco van der Berg"
    assert quote(r, "historic day").speaker == "Mohammed bin Rashid Al Maktoum"


def test_an_explainers_answers_are_nobodys_and_an_interview_names_its_interviewee():
    r = run("Explainer: What the wheat deal means for shoppers\n\nTrade minister Ana Ruiz signed the deal on "
            "Tuesday. Ruiz said it would lower prices.\n\nQ: Will bread get cheaper?\n\nA: Probably, but not "
            "soon. Millers say old stocks must be used first.")
    assert quote(r, "Probably, but not soon").speaker is None
    r = run("Piet Vos built the port. Piet Vos ran it for years. Vos retired in 2019.\n\nPort director Jan "
            "Hollis, who took over from Vos, spoke to the Gazette on Monday.\n\nQ: Will the port survive?\n\n"
            "A: It will, if the strike ends this month.")
    assert quote(r, "if the strike ends").speaker == "Jan Hollis"


def test_a_titled_person_whose_surname_is_a_body_is_still_a_person():
    r = run("Ms Mills, the harbour master, said the rota would stay for another year. She added that crews "
            "would get a bonus in December. Senator Church said the plan would fail.")
    assert indirect(r, "crews would get").speaker == "Mills"
    assert speaker(r, "Mills").kind == "person" and speaker(r, "Church").kind == "person"


def test_a_document_that_says_still_speaks_after_a_determiner():
    r = run("The union issued a report that says the port is losing money. Staff received a note that said the "
            "canteen would close.")
    assert indirect(r, "the port is losing").speaker_mention.text == "that"
    assert indirect(r, "the canteen").speaker_mention.text == "that"


def test_it_is_nobody_in_an_impersonal_passive_or_after_a_thing_named_between():
    r = run("The council said the bridge was safe. It is estimated that 5,000 cars cross it every day.")
    assert indirect(r, "5,000 cars").speaker is None
    r = run("The government said the bill would pass easily. The bill was published on Monday. It says ports "
            "must publish their accounts every year.")
    assert indirect(r, "ports must").speaker is None
    r = run("A spokesman for the council said the bridge was safe. It added that repairs would start in June.\n\n"
            "Dockers at the gate said the rota was unfair. They added that they would strike. Crane operators "
            "said the pay was low. They warned that talks had failed.")
    assert indirect(r, "repairs would").speaker != "A spokesman for the council"
    assert indirect(r, "they would strike").speaker == "Dockers at the gate"
    assert indirect(r, "talks had failed").speaker == "Crane operators"


def test_a_role_in_lower_case_before_a_name_is_the_names():
    r = run('"Ships are leaving," said union boss Lena Marsh. "Jobs are going." That is the stark assessment '
            'of union leader Per Olsen. "It is over," said union officials.')
    assert quote(r, "Ships are leaving").speaker == "Lena Marsh"
    assert quote(r, "Jobs are going").speaker == "Per Olsen"
    assert quote(r, "It is over").speaker_mention.text == "union officials"


def test_an_interviewee_is_the_person_spoken_to_and_it_is_nobody_after_a_new_subject():
    r = run("Gazette reporter Ana Ruiz spoke to port director Jan Hollis about the strike.\n\nQ: Will it reopen?\n\n"
            "A: No. We made a profit last year, but not this one.")
    assert quote(r, "We made a profit").speaker == "Jan Hollis"
    r = run("The Trade Ministry said exports would rise. The bill was published on Monday. It says importers "
            "must register. The ministry said the dam was safe. It's believed the minister will resign.")
    assert indirect(r, "importers must").speaker is None
    assert indirect(r, "the minister will").speaker is None
    r = run("The ministry said exports would rise. The minister welcomed the deal. It added that talks would "
            "resume.")
    assert indirect(r, "talks would").speaker == "The ministry"


def test_anonymity_reasons_and_documents_that_are_verbs():
    r = run("He asked not to be identified because he was not authorised to discuss the matter. The court will "
            "review claims that the vote was rigged. A person familiar with the investigation said the talks had "
            "stalled for good.")
    assert not [q for q in r.quotes if q.text.startswith("not to be")]
    assert not [q for q in r.quotes if q.speaker_mention and q.speaker_mention.text == "review"]
    assert [s.kind for s in r.sources if s.text.startswith("A person familiar")] == ["anonymous"]


def test_he_is_the_person_just_described_when_nobody_named_fits():
    r = run("Torvik mayor Nina Berg vowed to fight the plan.\n\nA board spokesman insists no decision has been "
            "taken. 'We are consulting,' he says.\n\nMs Holt said the plan was fine. A ministry official said the "
            "fund was ready. 'It is all agreed,' he said.")
    assert quote(r, "We are consulting").speaker == "A board spokesman"
    assert quote(r, "all agreed").speaker == "A ministry official"


def test_present_tense_saying_verbs_and_adding_to_something():
    r = run("The mother-of-two, 44, adds that she has the backing of every councillor. The latest hiccup adds to "
            "the drama around the port. Hillary Clinton added to her delegate lead on Tuesday.")
    assert indirect(r, "she has the backing").speaker_mention.text == "The mother-of-two"
    assert not [q for q in r.quotes if q.text.startswith("to ")]


def test_a_sports_or_trade_role_before_a_name_is_the_role():
    r = run('Striker Chidi Okafor put it bluntly: "I owed the fans one." '
            "Goalkeeper Ana Lima said the pitch was poor. Engineer Tom Hale said the bridge was sound.")
    assert quote(r, "I owed the fans one").speaker == "Chidi Okafor"
    roles = {s.name: s.role for s in r.speakers}
    assert roles["Chidi Okafor"] == "Striker"
    assert roles["Ana Lima"] == "Goalkeeper"
    assert roles["Tom Hale"] == "Engineer"


def test_a_persons_message_or_verdict_is_theirs():
    r = run("Manager Paulo Reis thanked the fans.\n\n"
            'Reis\'s message to the board was simple: "Back me in January or don\'t."')
    q = quote(r, "Back me in January")
    assert q.speaker == "Paulo Reis"
    assert q.speaker_mention is not None and q.speaker_mention.text == "Reis"


def test_a_street_is_nobody_she_can_be():
    r = run('Margaret Ellery, 72, has lived on Brook Lane for forty years. "These fields flood every winter," '
            "she said.")
    assert quote(r, "These fields flood").speaker == "Margaret Ellery"
    assert "Brook Lane" not in {s.name for s in r.speakers}


def test_a_role_and_name_in_an_appositive_name_the_speaker():
    r = run("Her neighbour, retired teacher Colin Pratt, said the roads could not cope.\n\n"
            'But Millbrook parish council chairman David Orme said: "We have been here before."')
    assert indirect(r, "the roads could not cope").speaker == "Colin Pratt"
    roles = {s.name: s.role for s in r.speakers}
    assert roles["Colin Pratt"] == "retired teacher"
    assert roles["David Orme"] == "Millbrook parish council chairman"


def test_a_company_form_ends_a_company_name_and_a_press_release_names_the_company():
    r = run("Nordhavn Energy ASA (OSE: NHE) today announced a final investment decision on Skarv, a 1.2 GW "
            'offshore wind farm. "We are proud to partner with Nordhavn on a project of this scale," added Jonas '
            "Berg, Managing Director, Baltic Cable Group.\n\nAsa Khalif, an organiser, said the group would march.")
    assert indirect(r, "a final investment decision").speaker == "Nordhavn Energy ASA"
    by_name = {s.name: s for s in r.speakers}
    assert by_name["Nordhavn Energy ASA"].kind == "organization"
    assert by_name["Jonas Berg"].organization == "Baltic Cable Group"
    assert by_name["Asa Khalif"].kind == "person"  # a first name, not the company form


def test_the_name_an_inserted_he_said_interrupts_is_not_the_speaker():
    r = run("Finance Minister Hugo Lind and Transport Minister Ola Brekke traded barbs on Tuesday.\n\n"
            "Brekke later told the Gazette that he had not been consulted. Lind, he said, "
            '"decided first and asked later". Cost estimates, he added, were "far too low".\n\n'
            'When she finally met Lind, her mood changed, Sara Moe said. "He listened," she said.')
    q = indirect(r, "Lind, he said")
    assert q.speaker == "Ola Brekke"
    assert q.text == 'Lind, he said, "decided first and asked later"'
    assert quote(r, "far too low").speaker == "Ola Brekke"


def test_he_after_a_reported_statement_is_the_one_who_made_it():
    """A name inside what someone said is spoken of: "he said" next goes to the one who said it."""
    r = run("Former harbour master Tomas Weir noted that both Hugo Lind and Ola Brekke had survived worse "
            'storms than this one.\n\nOf the row over the port, he said, "It is a little much."')
    assert quote(r, "It is a little much").speaker == "Tomas Weir"


def test_only_from_the_same_paragraph_does_the_one_who_spoke_win():
    r = run("Hugo Lind, the finance minister, opened the debate.\n\n"
            "Aides say they believe voters driven to the polls by Ola Brekke would outnumber the rest.\n\n"
            '"I will not be lectured," he said.')
    assert quote(r, "I will not be lectured").speaker == "Ola Brekke"


def test_a_firm_joined_by_an_ampersand_is_nobody_she_can_be():
    r = run("Ana Ruiz spoke on Monday.\n\nIn the 1990s, Ruiz worked at a Lisbon law firm, Moore & Van Allen, where "
            'clients asked for a male colleague. She said the colleague was "confused."\n\n'
            '"We need people of substance," said Cornell Brooks, the union president.\n\n'
            "People like Hugo Lind, he said.")
    assert indirect(r, "the colleague was").speaker == "Ana Ruiz"
    assert indirect(r, "People like Hugo Lind").speaker == "Cornell Brooks"


def test_helper_probe_speakers_get_their_names_and_roles():
    r = run('"We\'re at the table," Ekwueme told Jake Tapper. "We\'ve been at the table for six weeks."\n\n'
            "He added that he expected a vote before the recess.")
    assert indirect(r, "he expected a vote").speaker == "Ekwueme"  # not the interviewer he spoke to
    r = run("Dana Lowell, asked about the interview, said the president was grateful. "
            "Independent MP for Kooyong West, Tessa Maalouf, said the fund was too slow. "
            "Her doctor, Dr Samuel Achebe of the Parkside Medical Centre, said her blood pressure had fallen. "
            "Northgate boss Ian McBride was furious, claiming Ferreira had been offside. "
            "House Minority Whip Tomas Ekwueme said Democrats were prepared to negotiate. "
            "Darnell Whitcomb was arrested on Sunday. Whitcomb's attorney, Mark Feld, said his client would plead "
            "not guilty.")
    assert indirect(r, "the president was grateful").speaker == "Dana Lowell"
    assert indirect(r, "the fund was too slow").speaker == "Tessa Maalouf"
    assert indirect(r, "her blood pressure").speaker == "Samuel Achebe"
    assert indirect(r, "Ferreira had been offside").speaker == "Ian McBride"
    assert indirect(r, "Democrats were prepared").speaker == "Tomas Ekwueme"
    by = {s.name: s for s in r.speakers}
    assert by["Tessa Maalouf"].role == "Independent MP"
    assert by["Samuel Achebe"].role == "doctor"
    assert by["Tomas Ekwueme"].kind == "person" and by["Tomas Ekwueme"].role == "House Minority Whip"
    assert by["Mark Feld"].organization is None  # Whitcomb, named before as a person, is his client, not his firm


def test_as_someone_put_it_and_sir_is_no_role():
    r = run('As Ada Pennington once put it, "A library is a warm room." '
            "The Conservative MP for North Fenwold, Sir Geoffrey Daintree, said the plan was wrong.")
    assert quote(r, "A library is a warm room").speaker == "Ada Pennington"
    by = {s.name: s for s in r.speakers}
    assert by["Geoffrey Daintree"].role == "Conservative MP"


def test_an_appositive_role_is_no_reported_clause():
    r = run("The chief executive, Tim Cook, said sales rose. Sales rose sharply, the finance chief, Ana Ruiz, said.")
    assert not any(q.text.startswith("The chief executive") for q in r.quotes), [q.text for q in r.quotes]
    assert indirect(r, "Sales rose sharply").text == "Sales rose sharply"


def test_an_organisation_ends_before_and_the_next_role():
    r = run('"It is an association, not a cause," said Dr Helena Voss, a cardiologist at the University of '
            "Lindenfeld and the study's lead author.\n\n"
            "Maria, 34, who asked that her last name not be used, said the clinic had closed.")
    by = {s.name: s for s in r.speakers}
    assert by["Helena Voss"].organization == "University of Lindenfeld"
    assert [q.text for q in r.quotes if q.speaker is None] == []  # asking not to be named is no claim


def test_the_minister_after_a_cabinet_secretary_is_that_secretary():
    r = run("The Justice Secretary, Harriet Coles, said the closures would save money.\n\n"
            "The minister said video hearings would be available in libraries.\n\n"
            "White House press secretary Josh Earnest spoke later. The minister said the plan was sound.")
    assert indirect(r, "video hearings").speaker == "Harriet Coles"
    assert indirect(r, "the plan was sound").speaker != "Josh Earnest"  # a press secretary is no minister


def test_review_fixes_keep_people_people():
    r = run('Sarah Lane said the budget was balanced. "We made hard choices," she said.\n\n'
            "Jo Kelly later issued a statement saying the vote was rigged.\n\n"
            "Detective Inspector Paul Kirk said Tom Hale, 34, had been charged with fraud. He is due in court on "
            'Monday. "I have done nothing wrong," he told reporters outside his home.')
    by = {s.name: s for s in r.speakers}
    assert by["Sarah Lane"].kind == "person"
    assert quote(r, "We made hard choices").speaker == "Sarah Lane"
    assert indirect(r, "the vote was rigged").speaker == "Jo Kelly"
    assert quote(r, "I have done nothing wrong").speaker == "Tom Hale"


def test_quoted_as_saying_with_a_pronoun_or_a_passive():
    r = run("Anna Reis spoke at the plant on Monday.\n\nThe agency quoted her as saying the plant would close. "
            "Lavrov was quoted by Tass as saying the talks would resume. "
            "The report cited rising costs as well as saying jobs would go.")
    assert indirect(r, "the plant would close").speaker == "Anna Reis"
    assert indirect(r, "the talks would resume").speaker == "Lavrov"
    assert indirect(r, "rising costs").speaker_mention.text == "The report"


def test_a_possessive_pronoun_or_description_owns_its_message():
    r = run('Anna Reis spoke last. Her message was simple: "Cut costs or close."\n\n'
            "Critics dismissed Lind's warning about the loss of 25,000 jobs in the north.")
    assert quote(r, "Cut costs or close").speaker == "Anna Reis"
    assert indirect(r, "the loss of").text == "the loss of 25,000 jobs in the north"


def test_roles_from_probe_articles_are_clean():
    r = run("The Greens' housing spokesman, Lachlan Pryce, described the plan as \"a slap in the face\". "
            "Darnell Whitcomb was arrested on Sunday, Millbrook Police Department spokeswoman Sgt. Carla Ruiz said. "
            '"It is a drain on resources," the council leader, Brian Tolley, told me afterwards. '
            "Mumbai-based Vardhan Textiles on Monday reported a net profit of Rs 412 crore for the quarter. "
            "Campaign spokesman Tim Hale said the rally was cancelled.")
    by = {s.name: s for s in r.speakers}
    assert (by["Lachlan Pryce"].role, by["Lachlan Pryce"].organization) == ("housing spokesman", "Greens")
    assert by["Carla Ruiz"].organization == "Millbrook Police Department"
    assert by["Carla Ruiz"].role.startswith("spokeswoman")
    assert by["Brian Tolley"].role == "council leader"
    assert next(s for s in r.speakers if "Vardhan Textiles" in s.name).kind == "organization"
    assert by["Tim Hale"].organization is None  # "Campaign" alone names no organisation


def test_second_probe_batch_speakers():
    r = run("Grace Achieng, chairperson of the Lake Basin Growers Association, said costs had risen in Lake Basin. "
            '"People are tired," she said.\n\n'
            'Cllr Aoife Lane (Fianna F\u00e1il) said the site was "the last green field in the town".\n\n'
            '"We are not against parking," she said.\n\n'
            "Her party colleague, Cllr Rory Church, disagreed. He said traders had lost a third of their footfall.\n\n"
            "Environment Canada forecast gusts of up to 60 km/h on Friday.")
    assert quote(r, "People are tired").speaker == "Grace Achieng"
    assert quote(r, "We are not against parking").speaker == "Aoife Lane"
    assert indirect(r, "traders had lost").speaker == "Rory Church"
    by = {s.name: s for s in r.speakers}
    assert by["Aoife Lane"].kind == "person" and by["Rory Church"].kind == "person"
    assert by["Environment Canada"].kind == "organization"
    assert "Fianna F\u00e1il" not in by and "Lake Basin" not in by


def test_a_title_used_later_finds_the_named_holder():
    r = run("The council's chief executive, Siobh\u00e1n Rich, told members the project would cost more.\n\n"
            '"I would ask members to think very carefully," the chief executive said.\n\n'
            "Colonel Andrei Halvik said the line held.\n\nThe colonel said three soldiers had been killed.\n\n"
            '"We have made mistakes," said Atlantic City Mayor Don Guardian. Guardian said the city would recover.')
    assert quote(r, "I would ask members").speaker == "Siobh\u00e1n Rich"
    assert indirect(r, "three soldiers").speaker == "Andrei Halvik"
    assert indirect(r, "the city would recover").speaker == "Don Guardian"  # his surname, not the newspaper


def test_a_described_spokesman_of_another_body_is_not_the_last_spokeswoman():
    r = run("A UN spokeswoman, Leila Haddad, said aid convoys had been blocked.\n\n"
            "The defence ministry spokesman declined to comment on the convoys.")
    assert indirect(r, "to comment").speaker != "Leila Haddad"


def test_second_review_fixes():
    r = run("Efe Okonkwo, the club's captain, said the team was tired. \"We need a rest,\" he said.\n\n"
            "Anna Berg was at home when the fire began. Firefighters were called to Victoria Street at 2am. "
            '"It was chaos," she said.\n\n'
            "Detective Tom Kirk said Sam Hale had threatened Anna Berg. She has since moved away. "
            '"We take this very seriously," he said.\n\n'
            "Boeing's attorney, Mark Lee, told the court the claim was baseless.\n\n"
            "The factory closed on Friday. A spokesman's statement said the closure was temporary.\n\n"
            "Tom Hale, the shadow Home Secretary, said police numbers had fallen. The minister said the figures "
            "were wrong.\n\n"
            "Lena Voss, a researcher at the Department of Health and the Environment, said the air was clean.")
    by = {s.name: s for s in r.speakers}
    assert by["Efe Okonkwo"].kind == "person" and quote(r, "We need a rest").speaker == "Efe Okonkwo"
    assert quote(r, "It was chaos").speaker == "Anna Berg"
    assert quote(r, "We take this very seriously").speaker == "Tom Kirk"
    assert by["Mark Lee"].organization == "Boeing"
    assert indirect(r, "the closure was temporary").speaker_mention.text == "A spokesman"
    assert indirect(r, "the figures were wrong").speaker != "Tom Hale"  # a shadow minister is no minister
    assert by["Lena Voss"].organization == "Department of Health and the Environment"


def test_the_company_is_the_company_named_just_before():
    r = run("Nordhavn Energy ASA (OSE: NHE) today announced a final investment decision on Skarv.\n\n"
            '"This is our biggest bet," the company said.\n\n'
            "Northgate Foods warned that profits would fall. \"It was a hard quarter,\" the grocer said.")
    assert quote(r, "This is our biggest bet").speaker == "Nordhavn Energy ASA"
    assert quote(r, "It was a hard quarter").speaker == "Northgate Foods"


def test_party_and_state_after_a_lawmakers_name_is_no_organisation():
    # the state is no organisation; a titled lawmaker's party is (stop 26)
    r = run('"This matters," said Senator Dana Whitfield, Democrat of Ohio, who wrote the bill. '
            '"It is overdue," said Carl Mott, a Republican of Texas.')
    people = {s.name: s for s in r.speakers}
    assert people["Dana Whitfield"].role == "Senator" and people["Dana Whitfield"].organization == "Democratic Party"
    assert people["Carl Mott"].role == "Republican of Texas" and people["Carl Mott"].organization is None


def test_letters_after_a_name_are_a_role_not_part_of_it():
    r = run('Jane Hill MP said the plan would fail. "It is a mess," Ms Hill said. '
            'Martin Oakes KC said the case was weak. "There is no evidence," Mr Oakes said.')
    people = {s.name: s for s in r.speakers}
    assert set(people) == {"Jane Hill", "Martin Oakes"}
    assert people["Jane Hill"].role == "MP" and people["Jane Hill"].kind == "person"
    assert people["Martin Oakes"].role == "KC"
    assert quote(r, "It is a mess").speaker == "Jane Hill"
    r = run('Rhian Pugh MS, the Plaid Cymru spokesperson, said the decision was a betrayal. "It is wrong," Ms Pugh said.')
    assert [(s.name, s.kind) for s in r.speakers] == [("Rhian Pugh", "person")]  # a member of the Senedd
    assert quote(r, "It is wrong").speaker == "Rhian Pugh"


def test_more_titles_and_trades_before_a_name_are_roles():
    r = run("Meteorologist Sam Pike said rain would follow. Chief Constable Priya Shah said the force was ready. "
            "Sorrel County Sheriff Dale Brannigan said roads were closed. Councilwoman Dolores Fenn said she was "
            "angry. NERSA chairperson Tom Radebe said prices would rise. Conservative backbencher Philip Deane "
            "said it was wrong.")
    people = {s.name: (s.role, s.organization) for s in r.speakers}
    assert people["Sam Pike"] == ("Meteorologist", None)
    assert people["Priya Shah"] == ("Chief Constable", None)
    assert people["Dale Brannigan"][0] == "Sorrel County Sheriff"
    assert people["Dolores Fenn"] == ("Councilwoman", None)
    assert people["Tom Radebe"] == ("chairperson", "NERSA")
    assert people["Philip Deane"] == ("Conservative backbencher", None)


def test_a_first_name_before_an_outlets_word_is_a_person():
    r = run("Michael Bloomberg said he might run. The Charlotte Observer reported that he had met donors.")
    kinds = {s.name: s.kind for s in r.speakers}
    assert kinds["Michael Bloomberg"] == "person"
    assert kinds["Charlotte Observer"] == "outlet"


def test_the_judge_who_asks_is_not_the_defendant_named_before():
    r = run('Graham Whitlow wept. When asked by the judge whether he had anything to say, he replied: '
            '"Only that I am sorry."\n\n"You stole from dying children," the judge told Whitlow.')
    assert quote(r, "Only that I am sorry").speaker == "Graham Whitlow"
    assert quote(r, "You stole").speaker != "Graham Whitlow"
    assert {s.name: s.role for s in r.speakers}["Graham Whitlow"] is None


def test_a_nationality_or_an_age_stands_for_the_one_person_just_named():
    r = run('Redbridge manager Stefan Harcourt was furious. Asked about the decision, the Austrian said: '
            '"What is the point?"')
    assert quote(r, "What is the point").speaker == "Stefan Harcourt"
    r = run('Substitute Kieran Doyle-Mensah headed the winner. "I have dreamed about this," the 23-year-old said.')
    assert quote(r, "dreamed about this").speaker == "Kieran Doyle-Mensah"
    # two people just named: the epithet could be either, so it stays as written
    r = run('Melania Trump spoke after Chris Christie. "He is a leader," said the 46-year-old.')
    assert quote(r, "He is a leader").speaker == "the 46-year-old"


def test_an_arabic_article_in_lower_case_is_part_of_the_name():
    r = run('Ahmed al-Masri said talks would resume. "We are ready," al-Masri told reporters.')
    assert quote(r, "We are ready").speaker == "Ahmed al-Masri"
    assert [s.kind for s in r.speakers] == ["person"]


def test_he_after_an_interview_with_a_sports_channel_is_the_interviewee():
    r = run('Santi defended his form in an interview with Sky Sports. "I know people expect more," he said.')
    assert quote(r, "people expect more").speaker == "Santi"


def test_a_utility_is_an_organisation_and_a_storm_is_nobody():
    text = ("Storm Halvard brought down lines overnight. Northcoast Electricity says about 38,000 homes are without "
            "power.\n\nA spokesman for the company said engineers could not climb poles. "
            '"We will restore power as soon as it is safe," he said.')
    r = run(text)
    kinds = {s.name: s.kind for s in r.speakers}
    assert kinds["Northcoast Electricity"] == "organization"
    assert quote(r, "restore power").speaker == "A spokesman for the company"


def test_an_unnamed_speaker_with_the_organisation_in_front_of_the_role():
    r = run('A Ministry of Defence spokesman said: "We have committed more money this year." Two senior White '
            "House officials said it was over. A Florida senator said it was not. A Clinton campaign aide said so.")
    got = {s.name: (s.role, s.organization) for s in r.speakers}
    assert got["A Ministry of Defence spokesman"] == ("spokesman", "Ministry of Defence")
    assert got["Two senior White House officials"] == ("senior officials", "White House")
    assert got["A Florida senator"][1] is None  # a state, not an organisation
    assert got["A Clinton campaign aide"][1] is None  # a person's campaign


def test_a_place_after_in_is_not_the_which_or_who_that_follows_it():
    r = run('Angus Munro plans to sell the boat to a trust in Oban, which has offered about 45,000 pounds for '
            'her. He has no plans to leave.\n\n"Where would I go?" he asked.')
    assert "Oban" not in {s.name for s in r.speakers}
    assert quote(r, "Where would I go").speaker == "Angus Munro"


def test_first_names_from_more_countries_tell_he_from_she():
    r = run("Aung San Suu Kyi met Kofi Annan on Tuesday. \"Unity also means prosperity,\" she said.")
    assert quote(r, "Unity also means").speaker == "Aung San Suu Kyi"


def test_a_field_in_an_institutes_name_is_not_a_person():
    r = run("Sara Lind runs the Centre for Marine Science. She said she would step down.")
    assert [s.name for s in r.speakers] == ["Sara Lind"]


def test_i_outside_quotations_is_the_writer_the_byline_names():
    r = run("By Nora Quill\n\nI do not doubt that he believes it. The mayor, Tom Hale, said the plan was sound. "
            "I think the mayor is wrong.")
    assert indirect(r, "the mayor is wrong").speaker == "Nora Quill"
    assert {s.name: s.role for s in r.speakers}["Nora Quill"] == "writer"
    assert indirect(run("By Harbour Wire\n\nI think the mayor is wrong."), "the mayor").speaker is None


def test_analysts_at_a_firm_are_unnamed_people_of_that_firm():
    r = run("Analysts at Harvenbrook Commodities said prices would rise. Economists at Capital Economics said the "
            "rate would fall.")
    got = {s.name: (s.role, s.organization, s.kind) for s in r.speakers}
    assert got["Analysts at Harvenbrook Commodities"] == ("analysts", "Harvenbrook Commodities", "unnamed")
    assert got["Economists at Capital Economics"] == ("economists", "Capital Economics", "unnamed")


def test_a_role_with_a_possessive_before_a_name_in_any_sentence():
    r = run("The hospice's chief executive, Susan Adeyemi, gave evidence. "
            '"I had to make those calls myself," she said.')
    assert quote(r, "those calls").speaker == "Susan Adeyemi"
    assert "chief executive" in {s.name: s.role for s in r.speakers}["Susan Adeyemi"]


def test_a_handle_in_the_text_is_someone_who_can_be_she():
    r = run("Chief executive Priya Cole apologised on Tuesday. One widely shared post, from user @katie_routes, "
            'showed the app sending her to a cemetery. "It is, in fact, a graveyard," she wrote.')
    assert quote(r, "a graveyard").speaker == "@katie_routes"
    # a handle that holds the surname of someone named is that person's account
    r = run("Donald Trump attacked the judge. In a post from @realDonaldTrump he called the ruling unfair. "
            '"It is a disgrace," he said.')
    assert quote(r, "a disgrace").speaker == "Donald Trump"


def test_council_member_and_sporting_director_are_titles_before_a_name():
    r = run('Council Member Thomas Ng said he had "real reservations" about the cuts. Council Member Ortiz voted '
            'no. "I cannot support it," Ortiz said. Sevilla sporting director Inigo Larranaga told reporters that '
            'Delgado was "not for sale".')
    got = {s.name: s.role for s in r.speakers}
    assert got["Thomas Ng"] == got["Ortiz"] == "Council Member"
    assert got["Inigo Larranaga"] == "Sevilla sporting director"
    assert quote(r, "not for sale").speaker == "Inigo Larranaga"


def test_the_athletic_is_an_outlet_not_the_club_called_athletic():
    r = run("Castlebridge travel to Newbury Athletic on Saturday. The Athletic reported that the clubs remain apart.")
    assert indirect(r, "the clubs remain apart").speaker == "The Athletic"
    assert {s.name: s.kind for s in r.speakers}["The Athletic"] == "outlet"


def test_second_review_of_this_sessions_rules():
    # an epithet after two people, or after a surname nobody else named, stays as written
    r = run('Nadal lost to Dominic Thiem on Sunday. "He was better," the Spaniard said.')
    assert quote(r, "He was better").speaker == "the Spaniard"
    r = run('Prosecutor Ana Ruiz said the evidence was clear. The 31-year-old defendant denied the charges. '
            '"I did nothing," the 31-year-old said.')
    assert quote(r, "I did nothing").speaker != "Ana Ruiz"
    # "the judge" is the judge named before, unless the judge acts on the one named before
    r = run("Recorder Ana Ruiz jailed Vale for six years. The judge said he had targeted elderly victims.")
    assert "Ana Ruiz" in indirect(r, "he had targeted").speaker
    r = run('Graham Whitlow was jailed. "You stole from dying children," the judge told Whitlow.')
    assert quote(r, "You stole").speaker != "Graham Whitlow"
    # a postnominal gives way to the appositive; a country or a medium before a role is no organisation
    r = run("David Lammy MP, the Foreign Secretary, said the talks would go on. US trade representative Kim Lee "
            "said tariffs would rise. TV presenter Ann Dube said so.")
    got = {s.name: (s.role, s.organization) for s in r.speakers}
    assert got["David Lammy"] == ("Foreign Secretary", None)
    assert got["Kim Lee"][1] is None and got["Ann Dube"][1] is None


def test_the_writer_is_not_whoever_says_i_in_an_answer_or_before_their_name():
    r = run("By Nora Quill\n\nI think the mayor is wrong.\n\nA: I think we lost focus.\n\n"
            "I told him I could not pay, Vale said.")
    assert indirect(r, "the mayor is wrong").speaker == "Nora Quill"
    assert indirect(r, "we lost focus").speaker is None
    assert indirect(r, "I could not pay").speaker != "Nora Quill"
    assert indirect(run("By Staff Reporter\n\nI think the mayor is wrong."), "the mayor").speaker is None


def test_an_anonymous_source_without_why_and_a_firm_without_its_city():
    r = run("An EU official who asked not to be named because the discussions were confidential said several "
            'states had concerns. "There is a real fear," the official said. "The market had gotten ahead of '
            'itself," said Tomasz Wierzbicki, head of rates strategy at Brannock & Lowe in London.')
    got = {s.name: (s.role, s.organization) for s in r.speakers}
    assert got["An EU official"] == ("official", "EU")
    assert got["Tomasz Wierzbicki"] == ("head of rates strategy", "Brannock & Lowe")
    assert quote(r, "real fear").speaker == "An EU official"


def test_police_ranks_abbreviated_and_a_role_after_and():
    r = run("Detective Inspector Rachel Okonkwo appealed for witnesses. DI Okonkwo said officers were keen to "
            "obtain doorbell footage.")
    assert indirect(r, "officers were keen").speaker == "Rachel Okonkwo"
    r = run('"Most of the gains come early," said Dr Eleanor Vasquez-Whitlock, lead author of the study and an '
            "associate professor of environmental science at Thornbury University.")
    s = {s.name: (s.role, s.organization) for s in r.speakers}["Eleanor Vasquez-Whitlock"]
    assert s == ("associate professor of environmental science", "Thornbury University")


def test_third_review_of_this_sessions_speaker_rules():
    r = run("Mark Whitlow, 44, admitted fraud. The judge said the offences were grave.")
    assert indirect(r, "the offences").speaker != "Mark Whitlow"
    r = run('Tom Ruiz appeared at Bristol Crown Court. "You showed no remorse," the judge told Ruiz.')
    assert quote(r, "no remorse").speaker != "Tom Ruiz"
    r = run("Prosecutors investigating Trump said the documents were classified.")
    assert indirect(r, "the documents").speaker == "Prosecutors investigating Trump"
    r = run('Rafael Nadal won his 14th title in Paris on Sunday. "It is a dream," the Spaniard said.')
    assert quote(r, "It is a dream").speaker == "Rafael Nadal"
    assert indirect(run("By Anna King\n\nI think the council is wrong."), "the council").speaker == "Anna King"
    r = run("Ortiz told the newspaper Tuesday that the deal was off.")
    assert "Tuesday" not in {s.name for s in r.sources}
    assert "States" not in {s.name for s in run("The Council Member States agreed on the budget last week.").speakers}


def test_fourth_probe_batch_titles_bodies_and_audiences():
    r = run("Liberal MPP Sunita Gill said the plan was late. Fine Gael TD Aoife Byrne said no, and the "
            "Taoiseach, Micheal Martin, said yes.")
    got = {s.name: s.role for s in r.speakers}
    assert got["Sunita Gill"] == "Liberal MPP" and got["Aoife Byrne"] == "Fine Gael TD"
    r = run('Lena Dragomir of Carnwell Research said the contract removed the risk. "This is a bond with turbines '
            'attached," she said.')
    assert quote(r, "turbines").speaker == "Lena Dragomir"
    r = run("The World Health Organization said cases rose sharply last week.")
    assert indirect(r, "cases rose").speaker == "World Health Organization"
    r = run('Reyes shot back that the NDP had "never met a crane." Ann Smith told jurors she had made a mistake.')
    assert indirect(r, "the NDP had").speaker == "Reyes"
    assert indirect(r, "she had made").text == "she had made a mistake"


def test_mrs_and_mr_choose_between_two_people_with_one_surname():
    r = run('Ted Cruz spoke first. His wife, Heidi Cruz, spoke after him. "We are ready," Mrs. Cruz said. '
            '"So am I," Mr. Cruz said.')
    assert quote(r, "We are ready").speaker == "Heidi Cruz"
    assert quote(r, "So am I").speaker == "Ted Cruz"


def test_fifth_probe_batch_and_regression_read():
    r = run("Finance Minister Fernando Haddad said taxes would rise. The health ministry says 300 people have died "
            "in the south.")
    assert indirect(r, "300 people").speaker != "Fernando Haddad"
    r = run('"Markets are worried," said Carla Ferreira, chief economist at Banco Alvorada. She estimated that the '
            "plan could add 0.3 percentage point to public debt.")
    assert indirect(r, "the plan could add").speaker == "Carla Ferreira"
    r = run('Detective Constable Sarah Ingham, of Northamptonshire Police\'s economic crime unit, said: "This was '
            'a betrayal." She added that proceedings would begin.')
    assert indirect(r, "proceedings would begin").speaker == "Sarah Ingham"
    r = run("Volcanologists said the eruption was over.")
    assert indirect(r, "the eruption").speaker == "Volcanologists"
    r = run("UNION boss Per Gundersen said the deal was a betrayal. Gundersen, the leader of the Kestrian "
            "Metalworkers Union, said he would fight.")
    assert {s.name: s.organization for s in r.speakers}["Per Gundersen"] == "Kestrian Metalworkers Union"


def test_the_last_word_of_a_long_title_is_not_the_first_name():
    for text, name, role in [
        ("Chief of Staff Rui Costa said the bill would pass.", "Rui Costa", "Chief of Staff"),
        ("Secretary for Environment and Ecology Tse Chin-wan told reporters the plan was ready.", "Tse Chin-wan",
         "Secretary for Environment and Ecology"),
        ("United Nations Special Coordinator for Lebanon Jeanine Hennis-Plasschaert said the truce was fragile.",
         "Jeanine Hennis-Plasschaert", None),
    ]:
        r = run(text)
        assert [s.name for s in r.speakers] == [name], text
        if role:
            assert r.speakers[0].role == role


def test_party_and_title_before_a_name_and_a_postnominal_in_running_text():
    r = run("Workers' Party MP Gerald Giam said the scheme should be extended. He wrote that it was \"strange\".")
    assert {s.name: (s.role, s.kind) for s in r.speakers} == {"Gerald Giam": ("Workers' Party MP", "person")}
    r = run('Judge Marcus Pell KC told Whitlock: "You betrayed them." He said her remorse was genuine.')
    assert [s.name for s in r.speakers] == ["Marcus Pell"]


def test_the_statement_is_the_one_who_said_in_a_statement():
    r = run("UN coordinator Jeanine Hennis-Plasschaert said in a statement that she was alarmed. "
            '"Civilians must never be a target," the statement said.')
    assert quote(r, "Civilians must never").speaker == "Jeanine Hennis-Plasschaert"


def test_hopeful_and_front_runner_are_roles_before_a_name():
    # "Republican presidential hopeful Ted Cruz" was "Republican", a speaker of its own
    r = run('"The plan is typical," said Republican presidential hopeful Ted Vance.')
    q = quote(r, "The plan is typical")
    assert q.speaker == "Ted Vance"
    assert q.speaker_mention.text == "Republican presidential hopeful Ted Vance"
    r = run("Democratic front-runner Ann Lee was critical of the plan, telling reporters: \u201cThe plan is typical.\u201d")
    assert quote(r, "The plan is typical").speaker == "Ann Lee"
    assert {s.name: s.role for s in r.speakers}["Ann Lee"] == "Democratic front-runner"


def test_a_front_runner_can_be_described_by_the_post_she_holds_but_not_by_another_party():
    r = run("The bill has few friends. Her chief contender Ann Lee, who sits in the Senate, spoke on Monday. "
            '"Let us go back six months," the Vermont senator said.')
    assert quote(r, "go back six months").speaker == "Ann Lee"
    r = run("Democratic front-runner Ann Lee spoke first. The Republican nominee said the vote was rigged.")
    assert indirect(r, "the vote was rigged").speaker != "Ann Lee"


def test_two_people_of_one_surname_keep_their_own_roles():
    r = run('"Maps are memory," Ruth Abernathy says. Tom Abernathy, the harbormaster, keeps a copy. '
            '"I sat there for an hour," he said.')
    roles = {s.name: s.role for s in r.speakers}
    assert roles == {"Ruth Abernathy": None, "Tom Abernathy": "harbormaster"}
    assert quote(r, "sat there").speaker == "Tom Abernathy"


def test_a_mother_is_not_the_man_named_before():
    r = run('Tom Hale has said little about the plan. When pressed on it, the mother of three replied, '
            '"It is meant to benefit everyone."')
    assert quote(r, "meant to benefit").speaker != "Tom Hale"


def test_a_first_name_or_a_first_surname_is_the_one_person_named_in_full():
    r = run('Their son, Michael Abernathy, 54, is a software engineer in Boston. '
            '"My mother thinks I am the enemy," Michael says.')
    assert quote(r, "enemy").speaker == "Michael Abernathy"
    r = run("Spain's economy minister, Lucía Ortega Vidal, said the pound was weak. "
            '"What happens in London does not stay in London," Ortega said.')
    assert quote(r, "stay in London").speaker == "Lucía Ortega Vidal"
    assert [s.name for s in r.speakers] == ["Lucía Ortega Vidal"]
    r = run('Vice President Joseph R. Biden Jr. spoke in Scranton. "This is not who we are," Mr. Biden said.')
    assert quote(r, "not who we are").speaker == "Joseph R. Biden Jr"


def test_a_district_is_nobody_he_can_be():
    r = run("The plan closes the libraries in Fenwick and Hollin Park.\n\n"
            "Father-of-two Daniel Okafor, 38, of Brindle Street, Hollin Park, said his children used the library. "
            "'We have no computer at home,' he said.")
    assert quote(r, "no computer").speaker == "Daniel Okafor"
    assert {s.name: s.role for s in r.speakers} == {"Daniel Okafor": "Father-of-two"}


def test_a_name_after_a_generic_speaker_or_before_a_state_is_the_speaker():
    r = run("Another resident, 81-year-old Arthur Dene, of Crossfield Lane, said he was disgusted by the decision. "
            "'It is a disgrace,' Mr Dene added.")
    assert indirect(r, "he was disgusted").speaker == "Arthur Dene"
    assert {s.name: s.role for s in r.speakers} == {"Arthur Dene": "resident"}
    r = run('Governor Erik Lindqvist of Washington state said he was "not reassured." '
            '"Four hours here, four hours there," Lindqvist said.')
    assert indirect(r, "he was").speaker == "Erik Lindqvist"
    assert [s.name for s in r.speakers] == ["Erik Lindqvist"]


def test_he_is_not_someone_named_inside_a_relative_clause():
    r = run("Press Secretary Adaeze Okafor spoke first. Deputy Adviser Marcus Hale, who joined Okafor at the "
            "podium, said the threat was real. He said the number of flagged shipments had risen.")
    assert indirect(r, "the number of flagged").speaker == "Marcus Hale"
    r = run('Scott Reed, who managed Bob Dole\'s 1996 campaign, said the fear was high.\n\n'
            '"But I am amazed that people are acting surprised," he said.')
    assert quote(r, "amazed").speaker == "Scott Reed"


def test_the_organisation_in_front_of_a_role_is_the_organisation():
    r = run('"We are raising guidance," said Michael Tan, Norvella\'s chief financial officer. '
            "Greenpeace International's head of delegation, Joanna Kemper, said the text was weak. "
            '"This is a statement," Hawks coach Lionel Carter said after the Hawks won. '
            "Brazilian negotiator Helena Brandao said the text was weak. "
            "Donald Trump spoke. Trump campaign manager Paul Jones said the text was fine. "
            "Former Quillon product chief Dan Weiss said the cuts were overdue.")
    got = {s.name: (s.role, s.organization) for s in r.speakers}
    assert got["Michael Tan"] == ("chief financial officer", "Norvella")
    assert got["Joanna Kemper"] == ("head of delegation", "Greenpeace International")
    assert got["Lionel Carter"] == ("coach", "Hawks")
    assert got["Helena Brandao"] == ("Brazilian negotiator", None)
    assert got["Paul Jones"] == ("Trump campaign manager", None)
    assert got["Dan Weiss"][1] != "Former Quillon"


def test_a_first_name_with_accents_tells_he_from_she():
    r = run("Senator Lucía Alvarez has pushed the water deal. Her brother, Rafael Alvarez, a farmer, opposes it.\n\n"
            '"My sister is wrong about this," Mr. Alvarez said. "She is family," he said.')
    assert quote(r, "My sister").speaker == "Rafael Alvarez"
    assert quote(r, "She is family").speaker == "Rafael Alvarez"


def test_the_bank_or_the_company_is_the_body_the_story_is_about_not_an_analysts_employer():
    r = run("The Bank of Norvald cut its key rate on Wednesday. Tomas Berglin, a strategist at Fjordline Capital, "
            "said a pause was likely. The bank said growth would reach 1.1% this year.")
    assert indirect(r, "growth would reach").speaker == "Bank of Norvald"
    r = run('Veridian Therapeutics said it would launch the drug within two weeks. "That opens up the whole market," '
            "said Jane Roe, an analyst at Leerink Partners.\n\nThe company said it had begun talks with insurers.")
    assert indirect(r, "it had begun talks").speaker == "Veridian Therapeutics"


def test_of_a_body_after_a_name_is_where_they_work():
    r = run("Jane Roe, of the University of Halden, said the rate would fall sharply. Tom Vik, of the Halden "
            "Institute of Technology, said it would rise again. Cory James, 22, of Flint, Mich., said it would not.")
    orgs = {s.name: s.organization for s in r.speakers}
    assert orgs == {"Jane Roe": "University of Halden", "Tom Vik": "Halden Institute of Technology",
                    "Cory James": None}


def test_a_town_named_after_falls_or_springs_is_nobody_she_can_be():
    r = run('Ruth Ellingham, who turned a warehouse in Marlow Falls into a library, died on Sunday. '
            '"I read everything twice," she said.')
    assert quote(r, "read everything").speaker == "Ruth Ellingham"


def test_her_daughter_the_post_and_a_witness_are_who_the_article_says():
    r = run('Ruth Ellingham died on Sunday. Her daughter, Judith Ellingham-Park, said the cause was pneumonia.\n\n'
            '"She gave this town its memory," her daughter said.')
    assert quote(r, "its memory").speaker == "Judith Ellingham-Park"
    r = run('Ted Cruz spoke in Iowa.\n\n"We told him to stay home," his father said.')
    assert quote(r, "stay home").speaker != "Ted Cruz"
    r = run('Chen spoke to reporters. "Derek was a kind man," the post reads.')
    assert quote(r, "kind man").speaker_mention.text == "the post"
    assert [s.kind for s in r.sources if s.text == "the post"] == ["social"]
    r = run("A witness who was standing outside the bar smoking said the shooter ran.")
    assert indirect(r, "the shooter ran").speaker_mention.text == "A witness"
    assert [s.kind for s in r.sources] == ["anonymous"]


def test_the_byline_writer_is_no_one_described_and_a_counted_mp_is_unnamed():
    r = run("By Priya Raman\n\nBritain's finance minister, Helen Marchetti, spoke on Friday, telling reporters "
            'that the government would "hold its nerve".')
    assert quote(r, "hold its nerve").speaker != "Priya Raman"
    assert "Priya Raman" not in {s.name for s in r.speakers}
    r = run("One senior Labour MP, who asked not to be named because he was not authorised to speak publicly, "
            'said colleagues were "counting the days" until the budget.')
    assert quote(r, "counting the days").speaker == "One senior Labour MP"
    assert [s.kind for s in r.sources] == ["anonymous"]


def test_a_group_of_members_is_an_unnamed_speaker():
    r = run("Keir Starmer faced dissent as more than 40 Labour MPs signed a letter urging the government "
            "to reverse the cuts to the winter fuel payment.")
    assert indirect(r, "the government to reverse").speaker == "Labour MPs"
    assert {s.name: s.kind for s in r.speakers}["Labour MPs"] == "unnamed"


def test_hon_and_rt_hon_are_honorifics():
    r = run("Minority leader Hon Fatuma Hassan said the budget was wrong. "
            "The Speaker, Rt. Hon. Tajudeen Bello, said the bill would pass.")
    got = {s.name: s.role for s in r.speakers}
    assert got == {"Fatuma Hassan": "Minority leader", "Tajudeen Bello": "Speaker"}


def test_an_acronym_in_brackets_is_the_bodys_other_name():
    r = run("The European Orbital Science Agency (EOSA) launched the probe on Monday. "
            "EOSA said the probe was healthy. Ann Lee (D-Ohio) said it was costly.")
    assert indirect(r, "the probe was healthy").speaker == "European Orbital Science Agency"
    assert "EOSA" not in {s.name for s in r.speakers}


def test_i_inside_a_transcript_turn_is_the_one_speaking():
    r = run("Sam Whitcombe: It has been eight years since your last book. What happened?\n\n"
            "Odile Marchetti: Life happened. For about two years I felt that every sentence was dead on the page.\n\n"
            "Sam Whitcombe: Why a cider farm?\n\n"
            "Odile Marchetti: Because I live next to one. My neighbour lets me help at harvest.")
    assert indirect(r, "every sentence was dead").speaker == "Odile Marchetti"


def test_roles_before_a_name_between_commas():
    r = run("The Insurance Council of Australia has declared a catastrophe, and its chief executive, Darren Pike, "
            "said insured losses were above $250 million. The shadow work and pensions secretary, Rebecca Thorne, "
            "said the cut was cruel. The governor of Japan's central bank, Kenji Watanabe, speaking through an "
            "interpreter at a conference in Tokyo, said he was watching the pound closely.")
    roles = {s.name: s.role for s in r.speakers if s.kind == "person"}
    assert roles == {"Darren Pike": "chief executive", "Rebecca Thorne": "shadow work and pensions secretary",
                     "Kenji Watanabe": "governor of Japan's central bank"}


def test_a_clerk_is_a_role_before_a_name():
    r = run("County clerk Benjamin Oyelaran said about 412,000 ballots had been cast by 8 p.m.")
    assert {s.name: (s.role, s.organization) for s in r.speakers} == {"Benjamin Oyelaran": ("County clerk", None)}


def test_the_ceo_is_the_chief_executive_and_an_appositive_after_according_to_is_skipped():
    r = run('Marcus Ellery, the chief executive of Velocity Health, testified on Tuesday. '
            '"We moved too slowly," the CEO said.')
    assert quote(r, "too slowly").speaker == "Marcus Ellery"
    r = run("According to the Urban Policy Center, a nonpartisan think tank, payments would rise 20%.")
    assert indirect(r, "payments").text == "payments would rise 20%"


def test_an_adjective_before_the_organisation_and_a_home_town_after_from():
    r = run('"The measure did rise," said Tobias Mercer, a senior fellow at the nonpartisan Center for Fiscal '
            'Clarity. "It hurts," said Gary Voss, 67, a retired seed salesman from Bondurant.')
    got = {s.name: (s.role, s.organization) for s in r.speakers}
    assert got == {"Tobias Mercer": ("senior fellow", "Center for Fiscal Clarity"),
                   "Gary Voss": ("retired seed salesman", None)}


def test_mends_of_names_from_the_review_of_this_sessions_rules():
    r = run('Dr. Minseo Park led the study. "The results surprised us," Park said.')
    assert quote(r, "surprised us").speaker == "Minseo Park"
    r = run("Mayor Ana María López toured the shelter on Monday. María, a mother of three who gave only her first "
            "name, said she had waited four days for a bed.")
    assert indirect(r, "she had waited").speaker != "Ana María López"
    r = run("Ann Cole, of the Dunmore Tenants Union, Chidi Okafor, of the Elmwood Food Bank, and Tom Reyes spoke. "
            '"We are at breaking point," Okafor said.')
    assert quote(r, "breaking point").speaker == "Chidi Okafor"
    r = run("Tom Reyes, of Union City, said the rent was too high for families.")
    assert {s.name: s.organization for s in r.speakers} == {"Tom Reyes": None}
    r = run("Fernhill Savings cut its mortgage rates, days after the Bank of England held rates. "
            "The bank said demand had been strong.")
    assert indirect(r, "demand had been strong").speaker != "Bank of England"
    r = run("Covid adviser Tom Reyes said the wave was over. Covid cases rose in the spring.")
    assert {s.name: s.organization for s in r.speakers} == {"Tom Reyes": None}


def test_two_people_who_speak_together_are_one_speaker_under_both_names():
    r = run("Sen. Ruth Castellanos and Sen. Bradley Hume said they would introduce legislation. "
            "Castellanos and Hume said in a statement that the bill was needed. Hume said he was tired.")
    assert indirect(r, "they would introduce").speaker == "Ruth Castellanos and Bradley Hume"
    assert indirect(r, "the bill was needed").speaker == "Ruth Castellanos and Bradley Hume"
    assert indirect(r, "he was tired").speaker == "Bradley Hume"
    kinds = {s.name: s.kind for s in r.speakers}
    assert kinds["Ruth Castellanos and Bradley Hume"] == "person"


def test_an_abbreviated_title_before_the_first_mention_is_the_role():
    r = run('Gov. Catherine Whitfield toured a farm on Friday. "We will win Iowa," Whitfield said. '
            'Harlan will face Rep. Gary Toomes. "I am ready," Toomes said.')
    assert {s.name: s.role for s in r.speakers} == {"Catherine Whitfield": "Governor", "Gary Toomes": "Representative"}


def test_a_description_is_not_someone_acted_upon_nor_a_name_inside_the_claim():
    r = run("Rescuers reached Lorraine Batiste after four hours. "
            "The governor said 2,300 National Guard troops had been deployed.")
    q = indirect(r, "2,300 National Guard")
    assert q.speaker not in ("Lorraine Batiste", "National Guard")
    assert "governor" not in {s.role for s in r.speakers if s.name == "Lorraine Batiste"}


def test_home_towns_papers_and_ms_pick_the_right_person():
    r = run('Walter Kincaid worked at the mill. Brooke Kincaid teaches third grade. "I came back," Ms. Kincaid said.')
    assert quote(r, "came back").speaker == "Brooke Kincaid"
    r = run("Lidia Marsh is the central bank governor. In an interview with Le Monde, she said the bank had "
            "enough reserves.")
    assert indirect(r, "the bank had enough").speaker == "Lidia Marsh"
    r = run('Tom Hale, a retired teacher from Austin, Texas, said the water rose fast. Ann Lee, a farmer from '
            'Cedar Rapids, watched the storm. "I never saw anything like it," she said.')
    assert indirect(r, "the water rose").speaker == "Tom Hale"
    assert quote(r, "never saw").speaker == "Ann Lee"


def test_roles_without_age_or_owner_and_the_company_that_buys():
    r = run('"I voted No," said Jana Horvat, a 72-year-old retired teacher. The company\'s general counsel, '
            "Peter Achebe, told Reuters the deal was legal. Microsoft Chief Executive Satya Nadella said demand "
            "was strong at Microsoft. Halvorsen Foods agreed to buy Brightmeadow Brands. Chief Executive Gregory "
            "Lindqvist said the company expected the deal to add to earnings. Kessler said, speaking in "
            "Valdorian, that the talks had failed.")
    got = {s.name: (s.role, s.organization) for s in r.speakers if s.kind == "person"}
    assert got["Jana Horvat"] == ("retired teacher", None)
    assert got["Peter Achebe"] == ("general counsel", None)
    assert got["Satya Nadella"] == ("Chief Executive", "Microsoft")
    assert indirect(r, "the deal to add").speaker == "Halvorsen Foods"
    assert indirect(r, "the talks had failed").speaker == "Kessler"


def test_initials_and_a_first_word_are_the_bodys_short_names():
    r = run("Harlow Motors Co said sales rose 4% in the quarter. Harlow said the new plant would open in May. "
            "The European Central Bank said inflation was easing. The ECB said it would hold rates.")
    assert indirect(r, "the new plant").speaker == "Harlow Motors Co"
    assert indirect(r, "it would hold rates").speaker == "European Central Bank"
    assert len(r.speakers) == 2


def test_someone_known_by_a_first_name_and_an_age_can_be_he():
    r = run('Prime Minister Anton Kessler spoke on Monday. Luka, 24, disagreed. '
            '"My generation wants to be in Europe," he said.')
    assert quote(r, "My generation").speaker == "Luka"


def test_a_nickname_in_quotation_marks_is_no_part_of_the_name():
    r = run('Jimmy "Boo" Landry, a retired welder, said the plant was safe. '
            '"I worked there 30 years," Landry said.')
    assert quote(r, "worked there").speaker == "Jimmy Landry"
    assert {s.name: s.role for s in r.speakers} == {"Jimmy Landry": "retired welder"}


def test_the_treasury_is_a_body_that_speaks():
    r = run("The Treasury said in a statement late Friday that it would take all necessary steps. "
            "Treasury Secretary Dana Holt said markets were calm.")
    assert indirect(r, "it would take").speaker == "Treasury"
    assert {s.name: s.kind for s in r.speakers}["Treasury"] == "organization"
    assert {s.name: s.role for s in r.speakers}["Dana Holt"] == "Treasury Secretary"


def test_the_who_in_capitals_is_the_world_health_organization():
    r = run('The World Health Organization (WHO) met on Monday. "The risk is very high," the WHO said. '
            "The WHO said 850,000 vaccine doses had been released. Doctors, who treated 40 patients, "
            "said beds were scarce.")
    assert quote(r, "The risk is very high").speaker == "World Health Organization"
    assert indirect(r, "850,000 vaccine doses").speaker == "World Health Organization"
    assert indirect(r, "beds were scarce").speaker == "Doctors"


def test_a_body_described_by_its_field_is_not_the_last_body_of_that_kind():
    r = run("The Defence Ministry said its forces took the village. The health ministry said 12 people were hurt. "
            "The ministry said more troops would come. The Supreme Court said the law was valid. "
            "The appeals court said the rule was lawful.")
    assert indirect(r, "12 people").speaker == "The health ministry"
    assert indirect(r, "more troops").speaker == "The health ministry"
    assert indirect(r, "the rule was lawful").speaker == "The appeals court"
    assert indirect(r, "the law was valid").speaker == "Supreme Court"


def test_a_court_ruling_by_a_vote_reports_what_follows_that():
    r = run("The Supreme Court ruled 6-3 that regulators cannot impose penalties in-house. Justice Harold "
            "Brennick wrote for the majority that the Seventh Amendment guarantees a jury. The appeals court "
            "ruled unanimously that the rule was lawful.")
    assert [q.text for q in r.quotes] == ["regulators cannot impose penalties in-house",
                                          "the Seventh Amendment guarantees a jury", "the rule was lawful"]


def test_a_party_and_state_tag_is_no_name_and_no_role():
    r = run("House Speaker Tom Whitaker, R-Ohio, said on Sunday that Republicans would not pass a clean increase. "
            "Sen. Josh Kaplan, a Pennsylvania Democrat, said both sides were playing chicken.")
    assert indirect(r, "Republicans would not").speaker == "Tom Whitaker"
    assert {s.name: s.role for s in r.speakers} == {"Tom Whitaker": "House Speaker", "Josh Kaplan": "Senator"}


def test_he_is_the_person_described_in_his_paragraph_not_a_name_from_before():
    r = run("Owen Pryce, the chief secretary, said she had never won an argument.\n\n"
            'Back in Wellsford, a retired bus driver shakes her hand as he leaves. "She answered the question," '
            "he says.")
    assert quote(r, "She answered").speaker == "a retired bus driver"


def test_a_person_called_by_first_name_later_can_be_she():
    r = run('"I was scared," said Sofia Herrera, 9. Superintendent Renee Castillo said counseling was available. '
            'Sofia, for her part, had made up her mind. "It\'s better than before," she said.')
    assert quote(r, "better than before").speaker == "Sofia Herrera"


def test_a_first_name_that_is_also_a_state_is_the_state():
    r = run("Virginia Lopez, a nurse, voted early. Hillary Clinton spoke in Richmond. Virginia voters said "
            "Clinton is honest. She praised Bernie Sanders for competing hard.")
    assert indirect(r, "Bernie Sanders for").speaker == "Hillary Clinton"


def test_a_spokesperson_speaks_for_the_body_named_with_them():
    r = run("A Pentagon spokeswoman said the plan was under review. A spokesperson for the finance ministry said "
            "payments would begin in October. A Texas official said the roads were closed.")
    roles = {s.name: (s.role, s.organization) for s in r.speakers}
    assert roles["A Pentagon spokeswoman"] == ("spokeswoman", "Pentagon")
    assert roles["A spokesperson for the finance ministry"] == ("spokesperson", "finance ministry")
    assert roles["A Texas official"][1] is None


def test_the_associations_director_and_its_spokesman_work_for_the_association():
    r = run("The Grain Exporters' Association warned that a ban would hurt trade. \"Buyers go elsewhere,\" said "
            "Ilse Markovic, the association's executive director. Its spokesman, Felix Amundsen, said 46 firms "
            "had signed.")
    people = {s.name: (s.role, s.organization) for s in r.speakers if s.kind == "person"}
    assert people == {"Ilse Markovic": ("executive director", "Grain Exporters' Association"),
                      "Felix Amundsen": ("spokesman", "Grain Exporters' Association")}


def test_a_national_authority_named_by_its_field_is_one_body():
    r = run("On Tuesday the National Transport Safety Authority said the runway was wet.")
    assert indirect(r, "the runway was wet").speaker == "National Transport Safety Authority"
    assert [(s.name, s.role) for s in r.speakers] == [("National Transport Safety Authority", None)]


def test_the_first_officer_is_not_the_chief_operating_officer_named_later():
    r = run('At 7:48 a.m. the first officer said: "Speed\'s fine."\n'
            "The airline's chief operating officer, Renata Szabo, said both pilots had been grounded.")
    assert quote(r, "Speed's fine").speaker == "the first officer"


def test_a_name_written_surname_first_is_the_same_person_by_surname():
    r = run("Defense Minister Suzuki Haruto said the missiles fell outside the zone. Suzuki added that no ships "
            "were hit. Leader Ri Chol-jun said the weapon was ready. Ri added that tests would continue.")
    assert indirect(r, "no ships were hit").speaker == "Suzuki Haruto"
    assert indirect(r, "tests would continue").speaker == "Ri Chol-jun"
    assert len(r.speakers) == 2


def test_principal_supervisor_and_plural_justices_are_titles():
    r = run("Principal Gary Nakamura said repairs had cost about $1.8 million. Fresno County Supervisor Luis Ortega "
            "said the county had received 2,100 applications. Justice Miriam Okafor wrote in a dissent joined by "
            "Justices Paul Saldana and Ruth Engel that the majority had ignored precedent. Justice Saldana wrote "
            "that the test was unworkable. Dean Baker said rates were too high.")
    assert {s.name: s.role for s in r.speakers} == {
        "Gary Nakamura": "Principal", "Luis Ortega": "Fresno County Supervisor", "Miriam Okafor": "Justice",
        "Paul Saldana": "Justice", "Dean Baker": None}


def test_an_age_before_a_name_is_no_part_of_it():
    r = run('Teacher Kim Pham read to the class. Then 5-year-old Leilani pointed at a beanbag shaped like a frog. '
            '"It\'s squishy," she said. Five-year-old Mia Tran waved. "Bye," she said.')
    assert quote(r, "squishy").speaker == "Leilani"
    assert quote(r, "Bye").speaker == "Mia Tran"


def test_who_a_question_was_about_is_not_who_answers():
    r = run('Ronald Tsai was asked about rival Cascade Drayage. "We look at everything," he said.')
    assert quote(r, "We look at everything").speaker == "Ronald Tsai"


def test_the_actor_and_the_star_are_the_one_person_just_named():
    r = run("Soap actor Jamie Fletcher has lost his planning appeal. The star told fans on Tuesday: "
            "'Onwards and upwards.'")
    assert quote(r, "Onwards").speaker == "Jamie Fletcher"
    assert not [s for s in r.sources if s.kind == "outlet"]


def test_the_mp_and_it_refer_back_to_what_was_described():
    r = run('One senior Reform Alliance MP, speaking on condition of anonymity, said colleagues were worried. '
            '"Every time she opens her mouth, the other side holds up a photo," the MP said. '
            "The report said ice had probably formed in a pitot probe. It found that a heating element had failed.")
    assert quote(r, "Every time").speaker == "One senior Reform Alliance MP"
    assert indirect(r, "a heating element").speaker == "The report"


def test_a_verb_in_the_past_is_no_part_of_the_speaker():
    r = run("Teacher Kim Pham spent the morning showing her class the new reading corner. The aides, led by "
            "campaign manager Terry Sullivan, told the group that they were not expecting to win Iowa.")
    assert indirect(r, "her class").speaker_mention.text == "Teacher Kim Pham"
    assert indirect(r, "they were not expecting").speaker_mention.text == "The aides"


def test_whose_groups_and_neighbours_who_speak():
    r = run("Farmers' groups said input costs had compounded the damage. Planners rejected the scheme after 47 "
            "objections from neighbours, who branded it 'a monstrosity'.")
    assert indirect(r, "input costs").speaker == "Farmers' groups"
    assert quote(r, "a monstrosity").speaker == "neighbours"


def test_a_role_said_of_a_person_with_is_the():
    r = run('Marguerite Ashdown is trying to explain inflation. Ashdown, 54, is the shadow chancellor for the Reform '
            'Alliance. "You cannot borrow your way out of a borrowing problem," she said.')
    assert [(s.name, s.role, s.organization) for s in r.speakers] == [
        ("Marguerite Ashdown", "shadow chancellor", "Reform Alliance")]


def test_the_joint_chiefs_of_staff_and_their_initials_are_one_body():
    r = run("The Joint Chiefs of Staff (JCS) said the missiles flew 450 km. The JCS said surveillance had been "
            "stepped up. The Republic of Turkey said the claim was false.")
    assert indirect(r, "the missiles").speaker == "Joint Chiefs of Staff"
    assert indirect(r, "surveillance").speaker == "Joint Chiefs of Staff"
    assert indirect(r, "the claim was false").speaker == "Republic of Turkey"


def test_the_official_news_agency_is_the_agency_by_its_name():
    r = run("The official KCNA news agency said the test succeeded. The weapon will deter enemies, KCNA said. "
            "Talks would continue, the Xinhua news agency said. Xinhua said Wang would travel to Seoul.")
    assert [s.name for s in r.speakers] == ["KCNA", "Xinhua"]


def test_the_judge_is_not_the_mp_quoted_before_nor_a_judge_inside_his_quote():
    r = run('But Conservative MP Andrew Sayle said judges were "making it impossible" to remove people. "Every '
            'time the Home Office tries to enforce the rules, another judge finds a reason to say no," he said.\n\n'
            "The judge ordered the Home Office to reconsider the claim within 28 days.")
    assert indirect(r, "the Home Office to reconsider").speaker == "The judge"
    assert {s.name: s.role for s in r.speakers}["Andrew Sayle"] == "Conservative MP"


def test_she_added_after_a_spokeswoman_is_the_spokeswoman():
    r = run('Pennine Rail said talks had failed. "We urge the union to return," a spokeswoman said. '
            '"Our door is open," she added.')
    assert quote(r, "Our door is open").speaker == "a spokeswoman"


def test_church_titles_regnal_numbers_the_pontiff_and_the_judge():
    r = run('Cardinal Pietro Vassallo said talks were possible. Pope Leo XIV urged leaders to choose dialogue. '
            'The pontiff said the world was tired of war. "Open your hands," Leo said. Mr Justice Hollings said '
            'the decision was irrational. "The court must act lawfully," the judge wrote.')
    assert {s.name: s.role for s in r.speakers} == {
        "Pietro Vassallo": "Cardinal", "Leo XIV": "Pope", "Hollings": "Justice"}
    assert quote(r, "The court must act").speaker == "Hollings"


def test_a_body_named_by_its_kind_is_no_person():
    r = run("Housing charity Shelter said its helpline was busy. Satya Nadella said its cloud business grew 30%.")
    assert {s.name: s.kind for s in r.speakers} == {"Shelter": "organization", "Satya Nadella": "person"}


def test_what_a_body_is_before_its_name_is_no_part_of_the_name():
    r = run("The conservation group Snow Leopard Trust said numbers were stable. Trump's daughter Ivanka Trump, who "
            "portrayed him as \"a fighter\", spoke first.")
    assert indirect(r, "numbers were stable").speaker == "Snow Leopard Trust"
    assert quote(r, "a fighter").speaker == "Ivanka Trump"


def test_a_foreign_paper_is_an_outlet_not_the_he_who_declined():
    r = run("Cardinal Pietro Vassallo told the Italian daily Corriere della Sera that talks were possible. "
            "He declined to give details.")
    assert indirect(r, "to give details").speaker == "Pietro Vassallo"


def test_second_review_of_the_stop_18_rules():
    # the high court is the Supreme Court; the defense ministry the Ministry of Defence
    r = run("The U.S. Supreme Court on Monday declined to hear the case. The high court said the lower court had "
            "ruled correctly. The Ministry of Defence said troops were ready. The defense ministry said more would go.")
    assert indirect(r, "the lower court").speaker == "U.S. Supreme Court"
    assert indirect(r, "more would go").speaker == "Ministry of Defence"
    # a country is not the minister named after it; a man who died is not the next "he"
    r = run("Israel and Hamas traded accusations. Defence Minister Israel Katz said talks were stalled. Israel said "
            "it would not withdraw.")
    assert indirect(r, "it would not withdraw").speaker == "Israel"
    r = run("Police Chief Owen Pryce briefed reporters.\n\nA man died at the scene. \"The driver was going far too "
            "fast,\" he said.")
    assert quote(r, "The driver").speaker == "Owen Pryce"
    # the striker is not the manager; the MP is the MP named; the union is not the European Union
    r = run("Arsenal manager Mikel Arteta confirmed the signing. The striker said he had always dreamed of it.")
    assert indirect(r, "he had always").speaker == "The striker"
    r = run("Labour MP Ann Cole criticised the plan. The MP said ministers had ignored local people.")
    assert indirect(r, "ministers had").speaker == "Ann Cole"
    r = run("Britain left the European Union in 2020. Since then, Unite has lost members. Ann Cole, the union's "
            "general secretary, said pay was the priority.")
    assert [(s.role, s.organization) for s in r.speakers] == [("general secretary", None)]
    # "It" is the ministry, not the study it cited; Principal Financial Group is one company
    r = run("The ministry said a study showed the vaccine was safe. It added that boosters would start in May.")
    assert indirect(r, "boosters").speaker == "The ministry"
    r = run("Principal Financial Group said on Tuesday its profit rose 9%.")
    assert [(s.name, s.kind) for s in r.speakers] == [("Principal Financial Group", "organization")]
    # first names used as words are no mentions
    r = run("Christian Pulisic scored twice.\n\nThe Rev. Tom Cole leads a congregation. Christian families say they "
            "feel ignored. \"Nobody listens to us,\" he said.")
    assert quote(r, "Nobody listens").speaker == "Tom Cole"


def test_a_province_someone_comes_from_is_no_organisation():
    r = run('"It is not enough," said Oyuntsetseg Bold, a herder from Khovd province.')
    assert [(s.role, s.organization) for s in r.speakers] == [("herder", None)]


def test_he_and_she_are_never_a_place_a_club_or_a_magazine():
    r = run("Ana Ruiz Soto, the opposition leader, spoke in the port city of Puerto Lindo on Saturday.\n\n"
            "She added that her government would cut taxes.")
    assert indirect(r, "her government").speaker == "Ana Ruiz Soto"
    r = run('"We were poor," said Ashbury manager Gareth Lomax.\n\nLomax reserved special praise for Calloway, '
            'a £4.5m signing from Kelso United.\n\n"He is great," he said.')
    assert quote(r, "He is great").speaker == "Gareth Lomax"
    r = run('Mara Quist has a new album out. The Guardian called it "a masterpiece," and Rolling Stone gave it '
            'four stars.\n\n"That was the scariest part," she recalls.')
    assert quote(r, "scariest part").speaker == "Mara Quist"


def test_a_body_named_in_full_is_never_split_into_a_person():
    r = run("Margaret Oyelaran, general secretary of the University and College Staff Union (UCSU), said members "
            "would be balloted.")
    q = indirect(r, "members would")
    assert q.speaker == "Margaret Oyelaran"
    sp = {s.name: s for s in r.speakers}["Margaret Oyelaran"]
    assert (sp.role, sp.organization) == ("general secretary", "University and College Staff Union")
    r = run("The U.S. Energy Information Administration said crude stocks fell.")
    assert indirect(r, "crude stocks").speaker == "U.S. Energy Information Administration"
    r = run('The Confederation of British Retail estimated the strike would cost £150m.\n\nAnother commuter, '
            'who gave his name only as Raj, was angry. "They are not asking for the moon," he said.')
    assert quote(r, "the moon").speaker != "British Retail"
    assert "British Retail" not in {s.name for s in r.speakers}


def test_the_governor_is_the_person_titled_governor_whatever_her_appositive_says():
    r = run('Gov. Teresa Calder, the Democratic nominee, spoke in Erie. "They are wrong," Ms. Calder said.\n\n'
            'A poll released Thursday showed her at 47 percent and her rival, former Senator Wade Brannock, at 45 '
            'percent.\n\nThe governor, 58, promised to cut drug costs. She also pledged to raise the minimum wage.')
    assert indirect(r, "to cut drug costs").speaker == "Teresa Calder"
    assert indirect(r, "to raise the minimum").speaker == "Teresa Calder"


def test_a_rank_is_no_role_when_the_text_gives_one():
    r = run("Saudi Energy Minister Prince Faisal bin Nasser said output would rise. Sheikh Hamad Al-Thani, the "
            "emirate's oil minister, said the cut was fair. Supreme Court Justice Ann Vole said the ruling stood.")
    roles = {s.name: s.role for s in r.speakers}
    assert roles["Faisal bin Nasser"] == "Saudi Energy Minister"
    assert roles["Hamad Al-Thani"] == "emirate's oil minister"
    assert roles["Ann Vole"] == "Supreme Court Justice"


def test_a_description_then_a_titled_name_between_commas():
    r = run("The head of the AU mission, former Ghanaian foreign minister Kwabena Asante-Mensah, told the BBC that "
            "his team had been denied access to two tally centres.")
    q = indirect(r, "his team")
    assert q.speaker == "Kwabena Asante-Mensah"
    assert {s.name: s.role for s in r.speakers}["Kwabena Asante-Mensah"] == "former Ghanaian foreign minister"


def test_its_officer_belongs_to_the_whole_body_and_the_house_speaker_is_a_person():
    r = run("The Royal College of Nursing said it would ballot its members. Its general secretary, Pat Cullinane, "
            "warned that nurses were exhausted.")
    assert {s.name: s.organization for s in r.speakers}["Pat Cullinane"] == "Royal College of Nursing"
    r = run("At the White House, the press secretary, Dana Whitlock, said the president would veto the bill.\n\n"
            "The House speaker, Rep. Gordon Pike of Texas, signaled little appetite for compromise.")
    assert indirect(r, "little appetite").speaker == "Gordon Pike"


def test_a_sports_desk_epithet_after_the_one_player_named():
    r = run('Ashbury captain Tom Reilly said the dressing room had "never stopped believing". "People wrote us off," '
            'the 33-year-old defender added.')
    assert quote(r, "wrote us off").speaker == "Tom Reilly"
    r = run("Jordan Calloway scored twice as Ashbury Town beat Dunmere Rovers 3-1 on Saturday.\n\nCalloway himself "
            'was modest. "It is not about me," the striker told Sky Sports.')
    assert quote(r, "not about me").speaker == "Jordan Calloway"


def test_the_person_and_the_official_are_the_one_unnamed_source_just_described():
    r = run('One former executive, who spoke on condition of anonymity, said morale had suffered. "People are being '
            'asked to do twice as much," the person said.')
    assert quote(r, "twice as much").speaker == "One former executive"
    r = run("A senior adviser at the education department, speaking anonymously, said ministers were worried. "
            '"There is no appetite to bail everyone out," the official said.')
    assert quote(r, "no appetite").speaker == indirect(r, "ministers were").speaker
    assert {s.kind for s in r.sources} == {"anonymous"}


def test_another_then_who_they_are():
    r = run('One minister defended the plan. Another, a former minister, told the Sentinel: "She needs to stop '
            'blaming the last lot."')
    q = quote(r, "stop blaming")
    assert q.speaker_mention.text == "a former minister"


def test_a_councillors_party_and_ward_in_brackets_and_a_field_before_a_role():
    r = run('Cllr Dev Chauhan (Lib Dem, Hartwell North) voted against the plans. He told the meeting the scheme '
            'would double traffic. "I have had emails from people in tears," he said.')
    assert quote(r, "emails from people").speaker == "Dev Chauhan"
    assert indirect(r, "the scheme would").speaker == "Dev Chauhan"
    r = run("In a report to the committee, planning officer James Rook said the district was failing to meet its "
            "housing supply.")
    assert indirect(r, "the district").speaker == "James Rook"
    r = run("Voss cautioned, however, that about one in eight patients had side effects.")
    assert indirect(r, "about one in eight").speaker == "Voss"


def test_a_homebuilders_plural_possessive_gives_the_organisation():
    r = run("Greystone Homes' land director, Philippa Ainsworth, said the plans were sound.")
    sp = {s.name: s for s in r.speakers}["Philippa Ainsworth"]
    assert (sp.role, sp.organization) == ("land director", "Greystone Homes")


def test_a_trade_before_a_name_after_a_verb_is_the_role():
    r = run("A court fined rancher Walter Briggs $1.4 million. Briggs said he would appeal. Retired astronaut Mark "
            "Kelly said the ruling was fair.")
    roles = {s.name: s.role for s in r.speakers}
    assert roles["Walter Briggs"] == "rancher"
    assert roles["Mark Kelly"] == "Retired astronaut"


def test_he_added_goes_on_with_the_one_who_just_spoke():
    r = run("''Roger Ailes is the epitome of somebody that is not politically correct,'' said Gov. Terry Branstad of "
            "Iowa, who used Mr. Ailes as a consultant in his early campaigns. He added, ''It will be interesting to "
            "see where we go from here.''")
    assert quote(r, "interesting to see").speaker == "Terry Branstad"


def test_a_lowercase_title_then_a_name_of_an_organisation_is_the_person_with_role_and_organisation():
    r = run("Fire chief Dolores Okafor of the Pine Ridge Fire District said crews were ready. Political analyst "
            "Kavita Raghunathan of the Centre for Electoral Studies said turnout was high. \"It was a wave,\" "
            "Raghunathan said. Opposition leader Arjun Mehta of the Reform Party dismissed the plan as \"cosmetic.\"")
    people = {s.name: (s.role, s.organization) for s in r.speakers}
    assert people["Dolores Okafor"] == ("Fire chief", "Pine Ridge Fire District")
    assert people["Kavita Raghunathan"] == ("Political analyst", "Centre for Electoral Studies")
    assert quote(r, "cosmetic").speaker == "Arjun Mehta"
    assert {q.speaker for q in r.quotes} == {"Dolores Okafor", "Kavita Raghunathan", "Arjun Mehta"}
    assert not [s for s in r.sources if s.kind == "organization" and "Okafor" in s.text]
    # but a name never swallows the body it works for
    assert indirect(run("John Smith of the Bank of England said rates would rise."), "rates would rise").speaker \
        == "John Smith"


def test_a_board_member_is_one_speaker_with_the_role():
    r = run("Board member Victor Almeida said the agency had been warned. \"We keep writing the same "
            "recommendations,\" Almeida said.")
    assert [(s.name, s.role) for s in r.speakers] == [("Victor Almeida", "Board member")]


def test_where_someone_lives_sits_or_speaks_is_no_one_a_pronoun_can_be():
    for text, who in (('Lena Vasquez, who lives in Drury Flats, left early. "It was awful," she said.', "Lena Vasquez"),
                      ("Mayor Thomas Reinholt, speaking at City Hall, said the offer was final. \"We will not be "
                       "held hostage,\" he said.", "Thomas Reinholt"),
                      ("Daniel Oyelaran, who represents Greyhaven South, criticised the firm. \"It was revealing,\" "
                       "he said.", "Daniel Oyelaran")):
        r = run(text)
        assert [q.speaker for q in r.quotes if q.kind == "direct"] == [who], text
        assert [s.name for s in r.speakers] == [who], text


def test_a_former_post_in_an_appositive_does_not_replace_the_title():
    r = run("Aviation safety consultant Howard Byrne, a former investigator with the board, said near-misses had "
            "become more frequent. LJM state president Ramesh Tiwari said the win was historic. Tiwari, a former "
            "trade union leader, smiled. Ola Berg, a former minister, said it was a mistake.")
    roles = {s.name: s.role for s in r.speakers}
    assert roles["Howard Byrne"] == "Aviation safety consultant"
    assert roles["Ramesh Tiwari"] == "state president"
    assert roles["Ola Berg"] == "former minister"  # with no title, the former post is all we know


def test_an_organisation_or_acronym_before_a_capitalised_title_is_the_organisation():
    r = run("Harbor City Transit Authority CEO Richard Ogunleye said the authority faces a gap. MSA Director-General "
            "Hana Sorel told reporters that the relay would serve a dozen missions.")
    people = {s.name: (s.role, s.organization) for s in r.speakers}
    assert people["Richard Ogunleye"] == ("CEO", "Harbor City Transit Authority")
    assert people["Hana Sorel"] == ("Director-General", "MSA")


def test_what_kind_of_body_an_organisation_is_stays_out_of_the_role_and_the_name():
    r = run("Ingrid Solberg, a senior analyst at the brokerage Fenwick Partners, said prices would fall. Lucas "
            "Devereaux, founder of the software firm Brightpath, said it had paid for itself. Marek Holub, head of "
            "trading at grain merchant Halvorsen Agri, said stocks were low.")
    people = {s.name: (s.role, s.organization) for s in r.speakers}
    assert people == {"Ingrid Solberg": ("senior analyst", "Fenwick Partners"),
                      "Lucas Devereaux": ("founder", "Brightpath"),
                      "Marek Holub": ("head of trading", "Halvorsen Agri")}


def test_a_dateline_with_a_spaced_hyphen_stays_out_of_the_speaker():
    for text, who in (('BEIJING (Reuters) - China\'s foreign ministry said the decision was "final".',
                       "China's foreign ministry"),
                      ('LONDON - Tom Baker said the decision was "final".', "Tom Baker")):
        r = run(text)
        assert {(q.kind, q.speaker, q.speaker_mention.text) for q in r.quotes} == {
            ("indirect", who, who), ("partial", who, who)}, text
        assert [s.name for s in r.speakers] == [who], text


def test_the_senator_is_not_the_senators_lawyer_and_the_board_not_its_chair():
    r = run("Senator Ann Lee testified. The senator's lawyer, John Roe, said she was tired. The senator said she "
            "would return on Monday.")
    assert indirect(r, "she would return").speaker == "Ann Lee"
    assert "the senator" not in {s.name: s for s in r.speakers}["John Roe"].aliases
    r = run('"We were seconds away," board chair Margaret Loewen said. The board estimated that the plane was '
            "traveling at 148 knots.")
    assert indirect(r, "the plane was traveling").speaker != "Margaret Loewen"
    r = run("Kestria's trade minister, Oskar Halvorsen, spoke. The Kestrian minister said it was over.")
    assert indirect(r, "it was over").speaker == "Oskar Halvorsen"


def test_it_and_the_company_after_a_body_that_just_spoke_are_that_body():
    r = run("Halvorsen Agri said exports would rise. It said prices had peaked.")
    assert indirect(r, "prices had peaked").speaker == "Halvorsen Agri"
    assert {(s.name, s.kind) for s in r.sources} == {("Halvorsen Agri", "organization")}
    r = run("Meridale Health said on Tuesday that hackers had accessed patient records. The company said the "
            "intruders were detected on Oct. 2.")
    assert indirect(r, "the intruders").speaker == "Meridale Health"
    # a ministry is no company, and a person is never "it"
    assert indirect(run("The Health Ministry said it was fine. The company said it was not."), "it was not").speaker \
        == "The company"
    assert [q.speaker for q in run("Anna Berg said the plan was bad. It said the opposite.").quotes] == ["Anna Berg"]


def test_the_note_is_the_one_who_said_in_a_note():
    r = run('Analysts at the consultancy AgriMetrics said in a note that wheat stocks would rise. "The market is '
            'swinging from tightness to comfort," the note said.')
    assert quote(r, "The market is swinging").speaker == "AgriMetrics"
    assert [s.name for s in r.speakers] == ["AgriMetrics"]


def test_he_after_a_described_speaker_and_a_woman_with_a_title_is_the_described_speaker():
    r = run('The prince said the hacking had affected his mother, Queen Isabeau. "She used to say the walls had '
            'ears," he said.')
    assert quote(r, "walls had ears").speaker == "The prince"
    r = run('The minister said the reform would help families. "It matters," he said.')
    assert quote(r, "It matters").speaker == "The minister"
    # in the next paragraph, the person the article names goes first again
    r = run('Hillary Clinton arrived late. A top aide said she was confident.\n\n"We are ready," she said.')
    assert quote(r, "We are ready").speaker == "Hillary Clinton"


def test_a_neighbour_a_witness_and_a_relative_are_roles():
    r = run("Neighbour Sheila Marchbank, 68, said she heard shouting. The victim's uncle, Marcus Bell, said the "
            "family was devastated. Witness Tom Hale said it was loud.")
    roles = {s.name: s.role for s in r.speakers}
    assert roles == {"Sheila Marchbank": "Neighbour", "Marcus Bell": "victim's uncle", "Tom Hale": "Witness"}


def test_a_participle_opening_the_sentence_is_no_speaker():
    r = run('Appearing before the committee, Philippa Marsh defended the payment, telling MPs that the bonus was '
            'linked to "operational targets".')
    assert quote(r, "operational targets").speaker == "Philippa Marsh"
    assert [s.name for s in r.speakers] == ["Philippa Marsh"]


def test_a_body_described_then_named_between_commas_is_the_named_body():
    r = run("The farmers' union, the Ostravian Growers' Federation, said it would seek aid. Its president, Ilse "
            "Marak, said the union wanted compensation.")
    assert indirect(r, "it would seek aid").speaker == "Ostravian Growers' Federation"
    people = {s.name: s for s in r.speakers}
    assert "the farmers' union" in people["Ostravian Growers' Federation"].aliases
    assert people["Ilse Marak"].organization == "Ostravian Growers' Federation"


def test_a_japanese_name_written_family_name_first_is_one_person():
    r = run('Hayakawa Shinji resigned on Wednesday. "I have done nothing wrong," Hayakawa said. Moriyama Keiko was '
            'named finance minister. "It is an honour," Moriyama said.')
    assert quote(r, "nothing wrong").speaker == "Hayakawa Shinji"
    assert quote(r, "an honour").speaker == "Moriyama Keiko"
    people = {s.name: s for s in r.speakers}
    assert set(people) == {"Hayakawa Shinji", "Moriyama Keiko"}
    assert "shinji" not in people["Hayakawa Shinji"].aliases  # the given name is no surname


def test_a_contracted_pronoun_is_a_pronoun_not_a_name():
    r = run("Delacroix: But I told them what I'll tell you: these are our neighbours. They're going to run more, "
            "Delacroix said.")
    assert not [s for s in r.speakers if "'" in s.name]


def test_data_figures_or_a_tally_from_a_body_are_that_bodys():
    r = run("Prices will fall, according to data from the freight platform Cargolens. Rents rose 6.8%, according to "
            "separate figures from the Statistics Office published on Thursday. Figures from the Harbor City Transit "
            "Authority show ridership jumped 38% on Wednesday.")
    assert [q.speaker for q in r.quotes if q.kind == "indirect"] == [
        "Cargolens", "Statistics Office", "Harbor City Transit Authority"]
    assert not [a for s in r.speakers for a in s.aliases if a == "thursday"]


def test_one_name_with_a_role_between_commas_is_a_person_and_its_leader_leads_the_body_before():
    r = run("Trade Minister Jane Holloway keeps her job. Smith, the new chief secretary, will serve as spokesperson. "
            "At her first briefing she said that the budget would rise.")
    assert indirect(r, "the budget would rise").speaker == "Smith"
    assert {s.name: s.role for s in r.speakers}["Smith"] == "new chief secretary"
    assert not [s for s in run("Paris, the capital, was calm. He said so.").speakers if s.name == "Paris"]
    r = run("The Bahujan Shakti Party won just six seats. Its leader Sushila Jatav said the party would reflect.")
    sp = {s.name: s for s in r.speakers}["Sushila Jatav"]
    assert (sp.role, sp.organization) == ("leader", "Bahujan Shakti Party")


def test_a_role_named_in_an_appositive_and_someone_accused_of_something():
    r = run('One driver, a contractor named Luis Ortega, told us he had been waiting since 3 p.m. "I have a job at '
            'five," he said.')
    assert [(s.name, s.role) for s in r.speakers] == [("Luis Ortega", "contractor")]
    r = run("Cuba also released Alan Gross, an American diplomat accused of spying, but the administration insisted "
            "it was no swap.")
    assert [q.text for q in r.quotes] == ["it was no swap"]


def test_the_agencys_or_the_companys_officer_works_for_the_body_named_a_few_sentences_before():
    r = run('It was flown by the Meridian Space Agency (MSA). Around 20,000 spectators watched. "It was flawless," '
            "said Dr Ilse Varga, the agency's director of launch operations.")
    assert {s.name: s.organization for s in r.speakers}["Ilse Varga"] == "Meridian Space Agency"
    r = run("Greyhaven Utilities apologised on Monday. The company's chief operating officer, Alan Threlfall, told "
            "MPs that 14 works had failed.")
    sp = {s.name: s for s in r.speakers}["Alan Threlfall"]
    assert (sp.role, sp.organization) == ("chief operating officer", "Greyhaven Utilities")


def test_a_barrister_a_company_after_inc_and_an_unnamed_owner_s_officer():
    r = run("Under cross-examination, Northgate's barrister, Andrew Pellham KC, suggested that many of the stories "
            "had come from other sources.")
    sp = {s.name: s for s in r.speakers}["Andrew Pellham"]
    assert (sp.role, sp.organization) == ("barrister", "Northgate")
    r = run('"This is a defining moment," said Naomi Fairbanks, Chief Executive Officer of Castellan Systems, Inc. '
            "Castellan Systems expects revenue to grow.")
    assert indirect(r, "revenue to grow").speaker == "Castellan Systems"
    r = run("Rubio's deputy campaign manager said the race was long.")
    assert indirect(r, "the race was long").speaker == "Rubio's deputy campaign manager"


def test_he_after_an_unnamed_teller_is_the_teller_not_the_one_told_about():
    r = run("A police spokesman said Tom Reyes had been arrested. He added that more arrests were likely.")
    assert indirect(r, "more arrests").speaker == "A police spokesman"
    r = run('The coach, who played alongside Tom Reyes, said the team was tired. "We will stay," he said.')
    assert quote(r, "We will stay").speaker == "The coach"
    r = run("The coach, who spoke to Sportiva Diaria, said the team was tired. He said he would stay.")
    assert indirect(r, "he would stay").speaker == "The coach"
    # a spokeswoman is no "he": the man she spoke of is
    r = run("A spokeswoman said Tom Reyes had been arrested. He said he was innocent.")
    assert indirect(r, "he was innocent").speaker == "Tom Reyes"


def test_everyone_named_inside_a_who_clause_is_spoken_of():
    r = run("Dana Whitlock, who worked for Mara Lenz and Ilse Brandt in 2008, said the party was split. "
            "She said she would not stay.")
    assert indirect(r, "she would not").speaker == "Dana Whitlock"


def test_a_nationality_before_a_first_name_is_not_part_of_the_name():
    for text, name in (("His coach, Italian Marco Bellandi, said they would be patient.", "Marco Bellandi"),
                       ("Kenyan Joseph Kiprono said he felt strong.", "Joseph Kiprono"),
                       ("Frenchman Luc Besson said the film was finished.", "Luc Besson"),
                       ("Christian Maria Lopez said the film was finished.", "Christian Maria Lopez")):
        r = run(text)
        assert [s.name for s in r.speakers] == [name], text


def test_critics_and_reviewers_are_people_with_a_trade():
    for text, role in (("The critic Hamish Dunne said the act was long.", "critic"),
                       ("Critic Hamish Dunne said the act was long.", "Critic"),
                       ("The reviewer Hamish Dunne said the second act was long.", "reviewer")):
        r = run(text)
        assert [(s.name, s.role, s.kind) for s in r.speakers] == [("Hamish Dunne", role, "person")], text
        assert not r.sources, text


def test_a_verb_before_a_lower_case_role_ends_the_person_before_it():
    r = run('Mayor Jo Park met police chief Dan Reyes. "It went well," Reyes said. "We agreed," Park said.')
    people = {s.name: s for s in r.speakers}
    assert people["Dan Reyes"].role == "police chief"
    assert people["Jo Park"].role == "Mayor"
    r = run('Jo Park beat union leader Dan Reyes. "It went well," Reyes said.')
    assert speaker(r, "Dan Reyes").role == "union leader"


def test_a_described_speaker_keeps_the_noun_before_its_head():
    for text, who in (("A grain trader in Singapore said freight rates had jumped.", "A grain trader in Singapore"),
                      ("A communications aide for Mr. Lyovochkin declined to say how much he was paid.",
                       "A communications aide for Mr. Lyovochkin")):
        r = run(text)
        assert [q.speaker_mention.text for q in r.quotes] == [who], text


def test_a_role_at_the_body_named_before_gives_the_body():
    r = run("A survey by the Centre for Open Trade found most firms were unprepared. Ruth Okonjo-Baird, director of "
            "trade policy at the centre, said the rules were bad.")
    assert (speaker(r, "Ruth Okonjo-Baird").role, speaker(r, "Ruth Okonjo-Baird").organization) == (
        "director of trade policy", "Centre for Open Trade")
    r = run("The Northdale Teaching Hospitals NHS Foundation Trust missed its target. Jane Doe, chief executive of the "
            "trust, said staff were tired.")
    assert speaker(r, "Jane Doe").organization == "Northdale Teaching Hospitals NHS Foundation Trust"
    # past a body of another kind named in between
    r = run("She joined the Westhaven Institute in 1964 and later Halstead University. Marcus Lindqvist, the "
            "institute's director, said she was a giant.")
    assert speaker(r, "Marcus Lindqvist").organization == "Westhaven Institute"
    # no body of that kind named: the role stays whole
    r = run("Craig Minassian, a spokesman for the foundation, said the decision was sound.")
    assert speaker(r, "Craig Minassian").role == "spokesman for the foundation"
    # but not past a body whose kind is unknown ("Unite" may be the union)
    r = run("The European Union fined it. Since then, Unite has lost members. Ann Cole, the union's general "
            "secretary, said it was hard.")
    assert speaker(r, "Ann Cole").organization is None


def test_roles_court_reports_and_diplomacy_give_and_clauses_that_are_no_roles():
    r = run("Prosecuting, Adrian Whitcombe said the money had funded a caravan. Defending, Jo Park said her client "
            "was sorry.")
    assert speaker(r, "Adrian Whitcombe").role == "prosecutor"
    assert speaker(r, "Jo Park").role == "defence counsel"
    r = run('Foreign Minister Wang Lihua met her Korvathi counterpart, Park Min-seo, in Seohan. "No," Park said.')
    assert speaker(r, "Park Min-seo").role == "Korvathi counterpart"
    r = run('Her lead, the actor Tobias Grenfell, plays the farmer with a stooped, furious energy. "It is hard," '
            'Grenfell said.')
    assert speaker(r, "Tobias Grenfell").role == "actor"


def test_officials_quoted_by_a_paper_are_officials_and_the_paper_an_outlet():
    r = run("According to officials quoted by the Daily Ledger, the appeal will not be heard soon.")
    assert indirect(r, "the appeal").speaker_mention.text == "officials"
    assert [(s.name, s.kind) for s in r.sources] == [("officials", "anonymous"), ("Daily Ledger", "outlet")]


def test_a_place_after_a_trade_in_is_no_one_a_pronoun_can_mean():
    r = run('Mark Tchivela, a fishmonger in Porto Alto, said the water came fast.\n\n"I lost everything," he said.')
    assert quote(r, "I lost everything").speaker == "Mark Tchivela"
    assert [s.name for s in r.speakers] == ["Mark Tchivela"]


def test_wire_and_local_politics_forms_of_who_speaks():
    r = run('BRASÍLIA — Rodrigo Neves rejected the plan, telling reporters it was "dead."')
    assert [s.name for s in r.speakers] == ["Rodrigo Neves"]
    r = run("Council leader Graham Osei, Labour, said the party retained control of the council.")
    assert [(s.name, s.role, s.organization) for s in r.speakers] == [("Graham Osei", "Council leader", "Labour")]
    r = run("Acme co-founder Jane Roe said the firm was growing.")
    assert speaker(r, "Jane Roe").role.endswith("co-founder")
    for text, who in (("Gerrit Lindqvist the next day said the plan was on hold.", "Gerrit Lindqvist"),
                      ("The next day officials said the plan was on hold.", "officials")):
        r = run(text)
        assert indirect(r, "the plan").speaker_mention.text == who, text


def test_a_first_name_the_list_does_not_know_is_the_one_person_named_so():
    r = run('"Hi," Eli Baker said. Eli said he was not scared.')
    assert [s.name for s in r.speakers] == ["Eli Baker"]
    r = run("Leo Marsh and Eve Marsh spoke. Eve said it was cold. Leo said it was fine.")
    assert [q.speaker for q in r.quotes] == ["Eve Marsh", "Leo Marsh"]
    # but not a word that is someone's surname
    r = run("Tom Jordan met Jordan Hale. Jordan said it was fine.")
    assert r.quotes[0].speaker == "Tom Jordan"


def test_a_lawyer_for_a_person_is_his_lawyer_not_at_a_body_named_after_him():
    r = run('Gerrit Lindqvist was charged. A lawyer for Lindqvist, Helena Marchetti, said her client "acted properly."')
    assert (speaker(r, "Helena Marchetti").role, speaker(r, "Helena Marchetti").organization) == (
        "lawyer for Gerrit Lindqvist", None)


def test_a_firm_named_in_one_word_before_its_boss_is_the_organisation():
    for text, name, role, org in (
            ('"Fuel is our biggest cost," Microsoft chief executive Satya Nadella said.', "Satya Nadella",
             "chief executive", "Microsoft"),
            ("Acme founder Jane Roe said the firm was growing.", "Jane Roe", "founder", "Acme"),
            ("Biden senior adviser Anita Dunn said the plan was sound.", "Anita Dunn", "Biden senior adviser", None)):
        r = run(text)
        assert (speaker(r, name).role, speaker(r, name).organization) == (role, org), text


def test_two_first_names_sharing_a_surname_are_two_people():
    r = run('Dale and Renata Whitcombe clung to the roof. Mr Whitcombe, 44, said the water came fast. "We prayed," '
            'Mrs Whitcombe said.')
    assert [(q.speaker_mention.text, q.speaker) for q in r.quotes] == [
        ("Mr Whitcombe", "Dale Whitcombe"), ("Mrs Whitcombe", "Renata Whitcombe")]
    # surnames joined by "and" are no couple
    r = run('Donald Trump and Hillary Clinton met. "It went well," Clinton said.')
    assert quote(r, "It went well").speaker == "Hillary Clinton"
