"""Quotations: marks, splits, paragraphs, partial and colon quotes, social posts, what is not a quote."""

from __future__ import annotations

from tests.extract_helpers import indirect, no_quote, quote, run


def test_straight_quote_with_speaker_after():
    r = run('"We will not sign a bad deal," Finance Minister Hugo Lind said on Monday.')
    q = quote(r, "We will not sign a bad deal")
    assert q.kind == "direct"
    assert q.speaker == "Hugo Lind"
    assert q.text == "We will not sign a bad deal,"
    assert q.cue is not None and q.cue.text == "said"


def test_curly_quote_with_inverted_attribution():
    r = run("\u201cThe offer stands until Friday,\u201d said Marta Kowal, the EU ambassador to Japan.")
    q = quote(r, "The offer stands until Friday")
    assert q.speaker == "Marta Kowal"
    assert q.speaker_mention is not None and q.speaker_mention.text == "Marta Kowal"


def test_speaker_before_quote_with_colon():
    r = run('Ana Ruiz told reporters: "Prices will fall within a month."')
    q = quote(r, "Prices will fall within a month")
    assert q.kind == "direct"
    assert q.speaker == "Ana Ruiz"


def test_split_quote_pieces_share_speaker_and_group():
    text = '"We came with a serious offer," Ilse Brandt said. "The door is still open."'
    r = run(text)
    first, second = quote(r, "serious offer"), quote(r, "door is still open")
    assert first.speaker == second.speaker == "Ilse Brandt"
    assert first.group is not None and first.group == second.group
    # each piece is its own span, without the attribution between them
    assert "said" not in first.text and "said" not in second.text


def test_split_quote_within_one_sentence():
    r = run('"Every week," Tomas Weir said, "costs our ports money."')
    a, b = quote(r, "Every week"), quote(r, "costs our ports money")
    assert a.speaker == b.speaker == "Tomas Weir"
    assert a.group == b.group is not None


def test_multi_paragraph_quote_continues_into_next_paragraph():
    text = (
        'Minister Sofia Lenz described the plan at length.\n\n'
        '"The first stage cuts the duty by half. The second removes it.\n\n'
        '"Nobody should expect this before winter," Lenz said.'
    )
    r = run(text)
    first, second = quote(r, "The first stage cuts the duty by half"), quote(r, "Nobody should expect")
    # one piece per paragraph: no paragraph break nor reopening mark inside a quote's text
    assert first.text == "The first stage cuts the duty by half. The second removes it."
    assert second.text == "Nobody should expect this before winter,"
    assert first.speaker == second.speaker == "Sofia Lenz"
    assert first.group is not None and first.group == second.group  # joined again in the app and the memo


def test_a_quote_over_three_paragraphs_is_three_pieces_of_one_group_beside_another_quote():
    text = ('"We will not cut the levy this year. It funds the ports.\n\n'
            '"Next year is another matter," Finance Minister Hugo Lind said. "We will look again in June.\n\n'
            '"But nobody should expect miracles."\n\n'
            '"It is a bad budget," said Ana Ruiz, an economist.')
    r = run(text)
    pieces = [q for q in r.quotes if q.kind == "direct" and q.speaker == "Hugo Lind"]
    assert [q.text for q in pieces] == ["We will not cut the levy this year. It funds the ports.",
                                        "Next year is another matter,", "We will look again in June.",
                                        "But nobody should expect miracles."]
    assert len({q.group for q in pieces}) == 1 and pieces[0].group is not None
    assert quote(r, "bad budget").group != pieces[0].group
    for q in r.quotes:
        assert text[q.start:q.end] == q.text


def test_partial_quote_inside_reported_speech():
    r = run('Prime Minister Arno Kessel called the accord a "historic win" for farmers.')
    q = quote(r, "historic win")
    assert q.kind == "partial"
    assert q.speaker == "Arno Kessel"
    indirect = [x for x in r.quotes if x.kind == "indirect"]
    assert any("historic win" in x.text for x in indirect)


def test_described_as_partial_quote():
    r = run('Union leader Per Olsen described the offer as "an insult to every docker".')
    assert quote(r, "an insult to every docker").speaker == "Per Olsen"


def test_adverb_between_speaker_and_naming_cue():
    r = run('Mayor Ida Berg further described the closure as a "painful necessity," but said more was needed.')
    assert quote(r, "painful necessity").speaker == "Ida Berg"
    # "further" before a noun is still not a cue: no quote is invented from "further comments"
    assert not run("The ministry made further comments on Friday.").quotes


def test_casting_someone_as_a_quoted_phrase_is_the_subjects_partial_quote():
    r = run('Senator Maria Holm has been steadily pounding the governor as a "reckless gambler" since June.')
    q = quote(r, "reckless gambler")
    assert (q.kind, q.speaker) == ("partial", "Maria Holm")
    # no one in view does the casting: a passive, or an introductory clause
    no_quote(run('The levy was described as a "stopgap" in the filing.'), "stopgap")
    no_quote(run('Officials searched the files for words such as "harbour" and "levy".'), "harbour")


def test_role_words_before_a_name_after_the_quote():
    r = run('"The harbour will reopen," former port director Ida Berg said on Monday.')
    q = quote(r, "harbour will reopen")
    assert q.speaker == "Ida Berg"
    assert q.speaker_mention.text == "former port director Ida Berg"


def test_comma_left_out_before_name_said():
    r = run('Lund spoke first.\n\n"The levy is a tax on the poor" Berg said. "We will fight it."')
    assert quote(r, "tax on the poor").speaker == "Berg"
    assert quote(r, "We will fight it").speaker == "Berg"


def test_inverted_cue_after_a_conjunction_and_in_the_present():
    r = run('Berg was wary. But, said Berg, "I do not want to start a fight over it."')
    assert quote(r, "start a fight").speaker == "Berg"
    r = run('"I am a voter," declares Ida Berg, 27, a nurse in Halden.')
    assert quote(r, "I am a voter").speaker == "Ida Berg"


def test_quotes_signed_with_a_bar_and_no_break_space():
    r = run("\u201cThe port will not close.\u201d \u2015\u00a0Ida Berg\n"
            "\u201cWe will be back next spring.\u201d\u2015\u00a0Tomas Lund.")
    assert quote(r, "port will not close").speaker == "Ida Berg"
    assert quote(r, "back next spring").speaker == "Tomas Lund"


def test_colon_quote_on_facebook_is_attributed_and_platform_is_a_source():
    r = run('Lina Ost wrote on Facebook: "We are ready to sign a fair deal tomorrow."')
    q = quote(r, "ready to sign a fair deal")
    assert q.speaker == "Lina Ost"
    assert any(s.kind == "social" and s.name == "Facebook" for s in r.sources)


def test_embedded_social_post_with_signature_line():
    text = (
        "The minister responded within minutes.\n\n"
        "Talks resume on Monday. We will not be rushed.\n"
        "\u2014 Lina Ost, Vesta Trade Minister (@LinaOstVR) March 3, 2026\n\n"
        "Officials declined to comment."
    )
    r = run(text)
    q = quote(r, "Talks resume on Monday", kinds=("social",))
    assert q.text == "Talks resume on Monday. We will not be rushed."
    assert q.speaker == "Lina Ost"
    speaker = next(s for s in r.speakers if s.name == "Lina Ost")
    assert "@linaostvr" in speaker.aliases
    assert speaker.role == "Vesta Trade Minister"


def test_paragraph_introduced_by_colon_is_quoted_speech():
    text = 'Reza Amini continued:\n\n"The quota is the only question left on the table."'
    assert quote(run(text), "only question left").speaker == "Reza Amini"


def test_cue_verbs():
    for verb in ("said", "says", "added", "continued", "declared", "wrote", "posted", "warned", "told reporters"):
        r = run(f'"The berths are full," Claude Ferrand {verb}.')
        assert quote(r, "The berths are full").speaker == "Claude Ferrand", verb


def test_according_to_makes_an_indirect_quote_with_anonymous_source():
    r = run("The minister will visit Oslo in late June, according to three people briefed on the trip.")
    ind = [q for q in r.quotes if q.kind == "indirect"]
    assert ind and ind[0].text == "The minister will visit Oslo in late June"
    assert ind[0].speaker_mention is not None
    assert ind[0].speaker_mention.text == "three people briefed on the trip"
    assert any(s.kind == "anonymous" and "people briefed" in s.text for s in r.sources)


def test_said_that_is_indirect():
    r = run("Ilse Brandt said that the talks would resume within three weeks.")
    ind = [q for q in r.quotes if q.kind == "indirect"]
    assert [q.text for q in ind] == ["the talks would resume within three weeks"]
    assert ind[0].speaker == "Ilse Brandt"


def test_sources_told_the_outlet_is_indirect_with_outlet_source():
    text = (
        "The Harbour Gazette first reported the offer on Tuesday.\n\n"
        "Talks are expected to resume within three weeks, sources told the Gazette."
    )
    r = run(text)
    ind = [q for q in r.quotes if q.kind == "indirect" and "resume" in q.text]
    assert ind and ind[0].speaker_mention.text == "sources"
    kinds = {(s.kind, s.name) for s in r.sources}
    assert ("anonymous", "sources") in kinds
    assert ("outlet", "Harbour Gazette") in kinds  # "the Gazette" resolved to the outlet named before


def test_scare_quotes_and_titles_are_not_quotes():
    r = run(
        'The so-called "green corridor" was discussed. Her report titled "Steel and Sovereignty" sold well. '
        'Officials like the word "partnership". The show "Morning Table" covered it.'
    )
    for words in ("green corridor", "Steel and Sovereignty", "partnership", "Morning Table"):
        no_quote(r, words)


def test_unattributed_short_quote_is_not_a_quote():
    no_quote(run('Critics dismissed the "blue lane" as a slogan.'), "blue lane")


def test_transcript_turns_are_quotes_of_their_speaker():
    text = (
        "Courier: Was the round a failure?\n\n"
        "Hestvik: No. We closed most of the gap on the tariff.\n\n"
        "Courier: And wheat?\n\n"
        "Hestvik: There is room above that."
    )
    r = run(text)
    assert quote(r, "We closed most of the gap").speaker_mention.text == "Hestvik"


def test_transcript_turns_inside_a_quoted_exchange():
    r = run('The exchange went like this.\n\n"BERG: Will the port close?\n\n"LUND: Not while I am mayor."\n\nThe vote is next week.')
    assert quote(r, "Will the port close?").speaker_mention.text == "BERG"
    assert quote(r, "Not while I am mayor.").speaker_mention.text == "LUND"
    assert all("LUND" not in q.text for q in r.quotes)


def test_participle_after_a_comma_takes_the_clause_subject():
    r = run('During a harbour speech on Monday, Ida Berg attacked the levy, saying, "It is a tax on the poor."')
    assert quote(r, "tax on the poor").speaker == "Ida Berg"


def test_participle_after_a_quotation_is_not_its_cue():
    r = run('Mayor Ida Berg is describing as "reckless" a council memo attacking the port.')
    assert quote(r, "reckless").speaker == "Ida Berg"


def test_signature_line_after_a_quotation_paragraph():
    r = run('Readers wrote in.\n\n"The port levy needs to stop before it ruins us all."\n\n- Ida Berg, Halden.')
    assert quote(r, "port levy needs to stop").speaker == "Ida Berg"


def test_cues_that_only_follow_a_quotation():
    cases = {
        '"We will appeal the ruling in full," the letter read.': "the letter",
        '"We will appeal the ruling in full," reads a statement from the union.': "a statement from the union",
        '"We will appeal the ruling in full," Berg shot back with a laugh.': "Berg",
        '"We will appeal the ruling in full," Berg went on, unmoved.': "Berg",
        '"We will appeal the ruling in full," she notes.': "she",
    }
    for text, mention in cases.items():
        assert quote(run(text), "appeal the ruling").speaker_mention.text == mention, text


def test_a_clause_ending_in_a_colon_introduces_its_subjects_words():
    r = run('Berg fired back forcefully: "If they sue us in Halden, they are going to lose."')
    assert quote(r, "going to lose").speaker == "Berg"
    r = run('As Ida Berg, the No. 2 in the council, put it: "This levy will not pass."')
    assert quote(r, "levy will not pass").speaker == "Ida Berg"
    assert quote(run('From Berg\'s Facebook post: "We must move on."'), "move on").speaker == "Berg"
    # a passive does not speak
    assert not [q for q in run('Berg was asked one question: "Will the port close?"').quotes if q.speaker == "Berg"]


def test_single_quoted_speech_after_a_cue():
    r = run("Minister Han Ji-woo was direct. She said, 'My farmers are watching this closely.'")
    assert quote(r, "My farmers are watching").speaker == "Han Ji-woo"


def test_doubled_apostrophe_quotes():
    r = run("''This isn't tax reform,'' said Douglas Merrow, an economist.")
    assert quote(r, "This isn't tax reform").speaker == "Douglas Merrow"


def test_quote_text_never_contains_the_marks():
    r = run('\u201cWe are close,\u201d she said. "Very close," added Tomas Weir.')
    for q in r.quotes:
        assert not q.text.startswith(("\u201c", '"')) and not q.text.endswith(("\u201d", '"'))


def test_titles_of_works_keep_the_sentence_comma_inside_the_marks():
    r = run('In an interview on KTV\'s "Morning Hour," Mayor Ida Berg said the levy would pass.\n\n'
            'In his 2019 book, "Make Every Tonne Count," Mr. Weir suggested a cap.\n\n'
            'The director makes this clear in her new documentary \u201c13th.\u201d The film opens Friday.')
    for title in ("Morning Hour", "Make Every Tonne Count", "13th"):
        no_quote(r, title)
    # the same shape at the head of a sentence is speech
    assert quote(run('"We Will Win," Berg said.'), "We Will Win").speaker == "Berg"


def test_poll_shares_speak_for_the_people_they_count():
    r = run("Twenty-four percent said they were more likely to vote for him. Six in 10 farmers said the levy "
            "was unfair, and three-quarters said the same of the tariff. Nearly half said they prefer a cap.")
    for mention, words in (("Twenty-four percent", "more likely to vote"), ("Six in 10 farmers", "levy was unfair"),
                           ("three-quarters", "same of the tariff"), ("Nearly half", "prefer a cap")):
        assert quote(r, words, ("indirect",)).speaker_mention.text == mention
    # a share that is an object is not a speaker
    r = run("The rate rose to 24 percent, analysts said.")
    assert quote(r, "rate rose", ("indirect",)).speaker_mention.text == "analysts"


def test_next_paragraph_quote_continues_after_a_long_attribution_with_a_title():
    r = run('\u201cOf course we will publish the figures,\u201d Berg said during an interview on KTV\u2019s '
            '\u201cState of the Port\u201d on Sunday, ahead of the vote in the council chamber in Halden.\n\n'
            '\u201cThank God, the port is healthy. We will get the figures out the same way the ministry did.\u201d')
    assert quote(r, "Thank God").speaker == "Berg"
    no_quote(r, "State of the Port")


def test_an_opening_time_phrase_or_adverb_is_not_the_subject():
    r = run('Hours later, Weir returned the compliment, telling Reuters, "Ida and I have been friends for years."')
    assert quote(r, "friends for years").speaker == "Weir"
    r = run('Weir spoke first. Then he cut into Berg, calling her a "spoiled child" in front of the council.')
    assert quote(r, "spoiled child").speaker_mention.text == "he"


def test_a_coordinated_cue_shares_the_sentences_subject():
    r = run('She greeted 2,000 farmers at a rally and told them that together they would "build a fairer port."')
    assert quote(r, "fairer port").speaker_mention.text == "She"
    reported = quote(r, "together they would", ("indirect",))
    assert reported.text.startswith("together"), "the audience 'them' is not part of what was said"
    # a possessed audience is not content either
    r = run("Berg told her colleagues that the levy would pass.")
    assert quote(r, "levy would pass", ("indirect",)).text == "the levy would pass"


def test_shares_and_collectives_of_people_speak_in_polls():
    r = run("Seventy-four percent of registered voters say they back the levy. A majority of farmers say they "
            "do not trust the board. A full 79 percent of dockers say they would strike. Berg's confidants say "
            "it is only fitting.")
    for mention, words in (("Seventy-four percent of registered voters", "back the levy"),
                           ("A majority of farmers", "do not trust"), ("A full 79 percent of dockers", "would strike"),
                           ("Berg's confidants", "only fitting")):
        assert quote(r, words, ("indirect",)).speaker_mention.text == mention


def test_a_question_put_to_the_speaker_is_the_askers():
    r = run("Asked by Stephanopoulos to respond to the criticism, Berg said, \"What does it say about them?\" "
            "Asked if she was ever bullied, the candidate said no. When asked whether the port would close, "
            "Weir shrugged.")
    assert quote(r, "to respond to the criticism", ("indirect",)).speaker_mention.text == "Stephanopoulos"
    asked = quote(r, "if she was ever bullied", ("indirect",))
    assert asked.speaker_mention is None and asked.text == "if she was ever bullied"
    assert quote(r, "whether the port would close", ("indirect",)).speaker_mention is None
    assert quote(r, "What does it say").speaker == "Berg"


def test_said_no_ends_a_sentence_but_no_2_does_not():
    r = run("Asked if she was ever bullied, the candidate said no. When asked later, Weir said the levy is "
            "No. 2 on the list.")
    assert quote(r, "levy is No. 2 on the list", ("indirect",)).speaker == "Weir"


def test_a_speaker_noun_with_prepositional_phrases_speaks():
    r = run("But a source familiar with the ministry's internal review said the network was breached. "
            "The deputy head of Kestria's delegation to the forum said the patrols must stop.")
    assert quote(r, "network was breached", ("indirect",)).speaker_mention.text == \
        "a source familiar with the ministry's internal review"
    assert quote(r, "patrols must stop", ("indirect",)).speaker_mention.text == \
        "The deputy head of Kestria's delegation to the forum"
    # a verb's object is not a speaker: no quote is attributed to "a letter"
    r = run("They sent a letter on Thursday to council leaders opposing the levy.")
    assert all("letter" not in (q.speaker_mention.text if q.speaker_mention else "") for q in r.quotes)


def test_a_hyphenated_cue_word_is_not_a_cue():
    r = run("The self-described democratic socialist said he would win the primary if turnout were high.")
    assert quote(r, "would win the primary", ("indirect",)).speaker_mention.text == \
        "The self-described democratic socialist"


def test_reported_content_ends_where_a_comparison_or_new_clause_begins():
    r = run("Lind said he plans to publish the figures after the vote, insisting that the port is sound. "
            "Berg said the levy was unfair, and she warned the council again. "
            "Only 7 percent said they are undecided, compared with 12 percent in May.")
    assert quote(r, "plans to publish", ("indirect",)).text == "he plans to publish the figures after the vote"
    assert quote(r, "levy was unfair", ("indirect",)).text == "the levy was unfair"
    assert quote(r, "they are undecided", ("indirect",)).text == "they are undecided"


def test_declining_to_comment_is_recorded():
    r = run("A spokesman for the ministry declined to comment. Berg declined to say whether the port would close.")
    assert quote(r, "to comment", ("indirect",)).speaker_mention.text == "A spokesman for the ministry"
    assert quote(r, "whether the port would close", ("indirect",)).speaker == "Berg"


def test_a_participle_after_an_attribution_keeps_its_speaker():
    r = run('Weir did not mingle but left as soon as the vote was over, Nefzi said, adding, "He was not very '
            'religious."')
    assert quote(r, "not very religious").speaker == "Nefzi"
    assert quote(r, "did not mingle", ("indirect",)).text == "Weir did not mingle but left as soon as the vote was over"
    r = run('Berg was defensive about not paying an architect who said he was cheated, saying, "Maybe he did not '
            'do a good job."')
    assert quote(r, "good job").speaker == "Berg"


def test_a_short_sentence_ending_in_its_cue_introduces_the_next_quote():
    r = run("Ida Berg of the Halden Institute agreed. \"Mainstream parties are running out of time to find an "
            "answer.\"\n\nOr maybe the port, consultant Per Olsen says. \"Several surveys suggest a second look.\"")
    assert quote(r, "running out of time").speaker == "Ida Berg"
    assert quote(r, "Several surveys").speaker == "Per Olsen"
    # a sentence that reports something does not introduce the quotation after it
    r = run('Berg said the port would close next week. "We will see," a docker shouted from the crowd.')
    assert quote(r, "We will see").speaker_mention.text == "a docker"


def test_a_quote_after_a_multi_paragraph_quote_continues_its_speaker():
    r = run("\u201cThe levy hurts us,\u201d Berg said. \u201cBut the ministry cannot just do what it wants.\n\n"
            "\u201cI am not interested in being polite,\" she continued. \"We are going to have to work together.\u201d")
    assert quote(r, "work together").speaker == "Berg"


def test_a_long_title_in_the_attribution_does_not_break_the_speakers_turn():
    r = run("''Jobs, jobs, jobs,'' Mrs. Berg said on ''The Late Show With Anna Weir'' last month. "
            "''Nobody did it better.''")
    assert quote(r, "Nobody did it better").speaker == "Berg"


def test_things_are_not_role_words_before_a_name():
    r = run("In a KTV interview Berg declared \u201cThe levy may be obsolete. Things are different now.\u201d")
    assert quote(r, "levy may be obsolete").speaker_mention.text == "Berg"


def test_sung_and_chanted_words_have_their_singer():
    r = run("\u201cKeep your hands in sight,\u201d the singer Ana Lind sings to the crowd.")
    assert quote(r, "hands in sight").speaker == "Ana Lind"


def test_possessed_nouns_and_adverbs_are_not_cues():
    r = run("The piece used one of the farmer\u2019s quotes as its headline: \u201cFinally. Someone who thinks like me.\u201d")
    q = quote(r, "Someone who thinks like me")
    assert q.speaker_mention is None or "piece used" not in q.speaker_mention.text
    r = run("Berg noted that the port faced a crossroads back in May \u201cwhen the levy was first floated.\u201d")
    assert quote(r, "levy was first floated").speaker == "Berg"
    # a contraction is not a possessor: "He's claiming that ..." still cues
    r = run("He\u2019s claiming that the levy is \u201ca big, big problem in this country.\u201d")
    assert quote(r, "big, big problem").speaker_mention.text == "He"


def test_a_name_right_before_a_participle_is_the_speaker():
    r = run("The ad uses footage of Ida Berg asking, \u201cWhy aren\u2019t we 50 points ahead, you might ask?\u201d")
    assert quote(r, "50 points ahead").speaker == "Ida Berg"


def test_those_close_to_someone_are_an_anonymous_source():
    from briefing.extract.pipeline import extract
    from briefing.models import Article

    r = extract(Article(id="x", text="Those close to Berg say that she would have to consider a second term. "
                                     "Others familiar with the plan said it was dead."))
    assert quote(r, "second term", ("indirect",)).speaker_mention.text == "Those close to Berg"
    assert quote(r, "it was dead", ("indirect",)).speaker_mention.text == "Others familiar with the plan"
    assert {s.kind for s in r.sources} == {"anonymous"}


def test_a_quotation_inside_a_quotation_with_the_same_marks():
    r = run("\u201cAs a farmer, I would rather live in what he calls \u201chell\u201d than under this levy.\u201d "
            "\u2015 Ana Lind")
    q = quote(r, "rather live in what he calls")
    assert q.text.endswith("than under this levy.") and q.speaker == "Ana Lind"


def test_a_subordinate_clause_does_not_speak_for_the_main_clause():
    r = run("When Lind suggested that Duvane would sue the port for reneging on the deal, Berg fired back "
            "forcefully: \u201cIf they sue us in a court in Halden, they are going to lose,\u201d to cheers.")
    assert quote(r, "going to lose").speaker == "Berg"
    assert quote(r, "would sue the port", ("indirect",)).text == "Duvane would sue the port for reneging on the deal"


def test_reported_content_starts_at_that_after_a_time_or_place():
    r = run("Berg said on Tuesday that the port would close. Lind tweeted in the early morning hours that the "
            "levy was \u201ca con.\u201d")
    assert quote(r, "port would close", ("indirect",)).text == "the port would close"
    assert quote(r, "levy was", ("indirect",)).text.startswith("the levy was")


def test_a_gerund_opening_the_second_half_of_a_split_clause_is_reported():
    r = run("Though that transition was smooth, he said, replacing the chair now would be much harder. "
            "The plan failed, she said, adding that the vote would come later.")
    texts = [q.text for q in r.quotes if q.kind == "indirect"]
    assert any(t.startswith("Though that transition was smooth, he said, replacing") for t in texts), texts
    assert "the vote would come later" in texts


def test_a_noun_phrase_object_ends_before_a_new_verb_a_time_or_a_setting():
    r = run("The union endorsed Ada Nys for mayor and challenged her rival to a debate. "
            "Lund defended Ada Berg in a recent interview with the Courier. "
            "Nys pledged to close the port \u2014 the city's largest employer \u2014 by 2030.")
    texts = {q.text: q.speaker for q in r.quotes if q.kind == "indirect"}
    assert texts.get("Ada Nys for mayor") == "The union", texts
    assert texts.get("Ada Berg") == "Lund", texts
    assert texts.get("to close the port \u2014 the city's largest employer \u2014 by 2030") == "Ada Nys", texts


def test_a_gerund_after_a_preposition_shares_the_sentence_subject():
    r = run("Dean, a doctor, appeared on television on Tuesday and began by saying he would never "
            "diagnose anyone that way.")
    q = indirect(r, "he would never")
    assert q.speaker == "Dean"


def test_a_relative_clause_around_said_is_the_claim():
    r = run("The clubs adapted to what she said is growing demand for pools. "
            "Spending fell to 1.2 percent of output, which Lund said would be its lowest ever.")
    texts = {q.text: q for q in r.quotes if q.kind == "indirect"}
    assert "what she said is growing demand for pools" in texts, texts
    assert texts["which Lund said would be its lowest ever"].speaker == "Lund"


def test_reported_content_stops_at_a_semicolon_a_new_speaker_or_an_adjunct():
    r = run("Lund said the timing was not intentional; they only learned of it on Friday. "
            "She said parents who adopt would not be eligible, and when pressed on why, she said nothing. "
            "HALDEN \u2015 The levy is an insult to farmers, party leaders said Friday afternoon, as they met.")
    texts = {q.text: q.speaker for q in r.quotes if q.kind == "indirect"}
    assert "the timing was not intentional" in texts, texts
    assert "parents who adopt would not be eligible" in texts, texts
    assert "The levy is an insult to farmers" in texts, texts
    assert not [t for t in texts if t.startswith(("as they met", "She said parents"))], texts


def test_a_question_put_to_someone_anywhere_in_the_sentence_is_reported():
    r = run("After a rally on Friday, Ada Lind was asked about speeches she gave to bankers. "
            "\"Absolutely,\" he said when asked by a reporter if that remains his view.")
    texts = {q.text: q for q in r.quotes if q.kind == "indirect"}
    assert "speeches she gave to bankers" in texts, texts
    assert texts["if that remains his view"].speaker_mention.text == "a reporter"


def test_a_comparison_after_the_attribution_is_not_reported_content():
    r = run("The top 1 percent would see an average tax cut of $275,000, the group said, compared with $2,700 "
            "for the middle class.")
    assert indirect(r, "The top 1 percent").text == "The top 1 percent would see an average tax cut of $275,000"


def test_a_subordinate_clause_after_said_and_a_time_is_no_content():
    r = run('"Europe must be able to defend itself," President Ada Lind said Friday as she entered the talks.')
    assert not [q for q in r.quotes if q.kind == "indirect" and q.text.startswith("as she entered")]
    assert quote(r, "Europe must be able").speaker == "Ada Lind"


def test_an_adverb_between_it_and_the_cue_keeps_it_as_the_speaker():
    r = run("The mill closed in 1991, the Harbour Gazette wrote. \"But since then, the town has changed,\" "
            "it further wrote.")
    q = quote(r, "since then")
    assert q.speaker_mention.text == "it"
    assert q.speaker == "Harbour Gazette"


def test_a_stance_verb_with_a_named_object_reports_the_object_not_the_opening_phrase():
    r = run("At a rally in Halden, N.D., on Tuesday, Senator Ada Lind of Norland endorsed Mrs. Berg, "
            "saying that her plan was the best on offer.")
    stance = indirect(r, "Mrs. Berg")
    assert stance.text == "Mrs. Berg" and stance.speaker == "Ada Lind"
    assert indirect(r, "her plan was the best").speaker == "Ada Lind"  # not "N.D."
    assert not [q for q in r.quotes if q.text.startswith("At a rally")]


def test_a_question_or_an_imperative_is_no_stance():
    r = run("Do you support Oskar Brenner? Don't blame Brenner.")
    assert not [q for q in r.quotes if q.kind == "indirect"], [q.text for q in r.quotes]


def test_the_subject_after_that_speaks_not_the_words_before_it():
    r = run("While Lind and national party leaders evince confidence that farm voters will eventually back her, "
            "the polls disagree.")
    assert indirect(r, "her").speaker_mention.text == "farm voters"


def test_a_participle_phrase_between_commas_does_not_hide_the_subject():
    r = run("Ola Brekke, in a statement released by the campaign on Thursday, said he regretted the delay.")
    assert indirect(r, "he regretted the delay").speaker == "Ola Brekke"


def test_a_short_quotation_that_is_the_subject_of_a_verb_is_a_title_not_speech():
    r = run('"The Farmers Will Rise," said Ola Brekke, one of the stars of the play.\n\n'
            '"Sons of the Valley" is an adaptation of an older show that skewers the rich.')
    no_quote(r, "Sons of the Valley")


def test_a_coordinated_cue_after_an_appositive_shares_the_named_subject():
    r = run("One of the men, Ola Brekke, 70, had served in the navy for years and said he was convinced that "
            "the plan would fail.")
    assert indirect(r, "he was convinced").speaker == "Ola Brekke"


def test_to_someone_comma_introduces_their_view():
    r = run("Ada Lind has spent a decade on the farm bill. To Lind, \u201cthe plan is dead and everyone knows it.\u201d")
    assert quote(r, "the plan is dead").speaker == "Ada Lind"


def test_a_sentence_quoted_after_a_cue_and_a_comma_is_never_dropped():
    r = run("Her release linked to the Harbour Gazette report, which notes, \u201cMore than half the visitors gave "
            "money to the fund.\u201d\n\n"
            "They handed out water bottles that said, \u201cThe Halden party welcomes you. Isn\u2019t that "
            "refreshing?\u201d\n\n"
            "The atlas examines bellwether counties, to state, \u201cVigo County is the most prominent "
            "bellwether in the country.\u201d")
    q = quote(r, "More than half the visitors")  # the mention is the relative pronoun, the speaker what it stands for
    assert (q.speaker_mention.text, q.speaker) == ("which", "the Harbour Gazette report")
    assert quote(r, "The Halden party welcomes you").kind == "direct"
    assert quote(r, "Vigo County is the most prominent").kind == "direct"


def test_reported_speech_after_a_name_with_three_appositives():
    r = run("Tove Aas, 22, of Torvik, Nordland, said she had not given up hope that the ferry would return.")
    q = indirect(r, "she had not given up hope")
    assert q.speaker_mention.text == "Tove Aas"


def test_reported_speech_of_some_many_and_others():
    r = run(
        "Some say they hear echoes of an old quarrel in the minister's remarks.\n\n"
        "But many said the harbour plan was sound, and others told the council it came too late."
    )
    assert indirect(r, "they hear echoes").speaker_mention.text == "Some"
    assert indirect(r, "the harbour plan was sound").speaker_mention.text == "many"


def test_an_organisation_named_with_for_a_or_to_speaks():
    r = run(
        "The Committee for a Responsible Harbour Budget said that the plan would cost $150 million.\n\n"
        "The Committee to Protect Fishermen said the quota was unfair."
    )
    assert indirect(r, "the plan would cost").speaker_mention.text == "The Committee for a Responsible Harbour Budget"
    assert indirect(r, "the quota was unfair").speaker_mention.text == "The Committee to Protect Fishermen"


def test_a_description_opening_a_clause_speaks_for_its_coordinated_cue():
    r = run(
        "The Nordland senator spent five years in exile and says such methods are cruel.\n\n"
        "Aas talked about her years on the island, and said their views were shaped by the war."
    )
    assert indirect(r, "such methods are cruel").speaker_mention.text == "The Nordland senator"
    assert indirect(r, "their views were shaped").speaker_mention.text == "Aas"


def test_plural_present_cue_inverted_before_a_plural_speaker():
    r = run(
        "\u201cThe toll is too high,\u201d say some fishermen.\n\n"
        "A quieter minister may not be a bad thing, argue critics of the council, who recall the last row.\n\n"
        "A town of, say, 5,000 people would be hit hardest, the report said."
    )
    assert quote(r, "The toll is too high").speaker_mention.text == "some fishermen"
    assert indirect(r, "A quieter minister").speaker_mention.text.startswith("critics")
    assert indirect(r, "A town of, say").speaker_mention.text == "the report"


def test_some_of_a_group_and_a_contracted_pronoun_speak():
    r = run(
        "Many in the crowd said the senator was the only candidate they trusted.\n\n"
        "He's comparing the levy to a tax on bread and says the council is breaking its word."
    )
    assert indirect(r, "the senator was the only").speaker_mention.text == "Many in the crowd"
    assert indirect(r, "the council is breaking").speaker_mention.text == "He"


def test_a_relative_pronoun_before_a_cue_speaks_for_its_antecedent():
    r = run(
        "He released a letter from his doctor that says he is in \u201cexcellent health\u201d for a man of 63.\n\n"
        "Reporters turned to the harbour police, which reported \u201c2,521 incidents\u201d in the port this year.\n\n"
        "The council backed policies that help fishermen and their families."
    )
    q = indirect(r, "he is in")
    assert q.speaker_mention.text == "that"
    assert quote(r, "excellent health").speaker_mention.text == "that"
    assert quote(r, "2,521 incidents").speaker_mention.text == "which"
    # a stance verb after "that" is no speech: "policies that help fishermen" speak for no one
    assert [q.speaker_mention.text for q in r.quotes if "fishermen" in q.text] == ["The council"]
    assert quote(r, "2,521 incidents").speaker == "the harbour police"


def test_reported_speech_in_a_relative_clause_ends_with_the_clause():
    r = run("The mayor, who said the toll would rise, declined to comment on Friday.")
    q = indirect(r, "the toll would rise")
    assert q.text == "the toll would rise"
    assert q.speaker == "The mayor" or q.speaker_mention.text == "who"


def test_characterised_as_after_an_opening_phrase_of_time():
    r = run("In recent weeks, Aas has gone after the minister as a \u201cpaper tiger who will sink the port\u201d.\n\n"
            "When the subject comes up, the tanker is described as a \u201cfloating bomb\u201d.")
    assert quote(r, "paper tiger").speaker_mention.text == "Aas"
    no_quote(r, "floating bomb")  # a passive names no one who casts it so


def test_a_poll_is_the_source_of_its_findings():
    r = run(
        "Aas leads Lunde by 57 percent to 33 percent in the Harbour Gazette poll.\n\n"
        "In a Nordland Radio survey released Monday, 50 percent of respondents chose Aas while 40 percent chose "
        "Lunde.\n\n"
        "Lunde came in second in January polls, although Dahl moved from third to second in a more recent survey.\n\n"
        "She met a voter in a poll station."
    )
    assert indirect(r, "Aas leads Lunde").speaker_mention.text == "the Harbour Gazette poll"
    assert indirect(r, "50 percent of respondents").speaker_mention.text == "a Nordland Radio survey released Monday"
    assert indirect(r, "Dahl moved").speaker_mention.text == "a more recent survey"
    assert not [q for q in r.quotes if "voter" in q.text]


def test_a_headline_names_its_source_before_a_colon():
    r = run("Solberg camp: Lunde's plan threatens the harbour.\n\nThe row went on for a week in the council.")
    assert indirect(r, "Lunde's plan threatens").speaker_mention.text == "Solberg camp"


def test_a_noun_phrase_no_rule_names_is_the_subject_of_a_saying_verb():
    r = run(
        "After her lead slipped, Solberg's biggest boosters in Nordland insisted it was a temporary dip.\n\n"
        "In Norway, the cities of Bodo and Tromso said they would light the harbours in red.\n\n"
        "The plan angered voters, and officials said the toll would stay.\n\n"
        "A news report published Wednesday said the ferry was late."
    )
    assert indirect(r, "it was a temporary dip").speaker_mention.text == "Solberg's biggest boosters in Nordland"
    assert indirect(r, "they would light").speaker_mention.text == "the cities of Bodo and Tromso"
    assert indirect(r, "the toll would stay").speaker_mention.text == "officials"
    assert indirect(r, "the ferry was late").speaker_mention.text != "A news"


def test_collective_and_relative_subjects_of_saying_verbs():
    r = run(
        "Raising the toll too soon, a wide array of economists say, slowed the recovery.\n\n"
        "She faces an electorate in which 67 percent of voters say she is not honest.\n\n"
        "One study says Torvik has the most ferries, while another says Halden has twice as many.\n\n"
        "Lunde calls himself a moderate and has said that he would keep the toll."
    )
    assert indirect(r, "Raising the toll").speaker_mention.text == "a wide array of economists"
    assert indirect(r, "she is not honest").speaker_mention.text == "67 percent of voters"
    assert indirect(r, "Halden has twice").speaker_mention.text == "another"
    assert indirect(r, "he would keep the toll").speaker_mention.text == "Lunde"


def test_reported_content_keeps_a_relative_clause_of_its_subject_and_drops_an_adjunct():
    r = run(
        "Fishermen said the ruling, which struck down the quota, shows the need for a new minister.\n\n"
        "This is not about me, the premier told his closest advisers as he worked on the speech."
    )
    assert indirect(r, "the ruling, which struck down the quota, shows the need")
    assert indirect(r, "This is not about me").speaker_mention.text == "the premier"


def test_adjuncts_between_an_audience_and_that():
    r = run(
        "She has told friends since the spring, at dinners and in private talks, that she is worried about the port.\n\n"
        "He told reporters in Bodo, Nordland, that the deal was done."
    )
    assert indirect(r, "she is worried about the port")
    assert indirect(r, "the deal was done").speaker_mention.text == "He"


def test_noun_phrase_object_ends_before_a_relative_clause_or_amid():
    r = run("The senator cited criticism of the harbour board, which approved the fees in March.")
    assert indirect(r, "criticism").text == "criticism of the harbour board"
    r = run("The ministers discussed new port fees amid growing anger among hauliers.")
    assert indirect(r, "new port fees").text == "new port fees"
    # what the relative clause sits inside of stays whole: "described X, who ..., as Y"
    r = run("She described the envoy, who had resigned in March, as a loyal servant.")
    assert indirect(r, "the envoy").text == "the envoy, who had resigned in March, as a loyal servant"


def test_subject_of_a_cue_after_continued_to_or_went_on_to():
    r = run("Ilse Brandt continued to defend the trade deal with Japan. "
            "Hugo Lind went on to discuss the latest shipping figures from Rotterdam.")
    assert indirect(r, "the trade deal").speaker == "Ilse Brandt"
    assert indirect(r, "the latest shipping figures").speaker == "Hugo Lind"


def test_a_stance_verb_with_a_short_object_reports_the_object():
    r = run("Hugo Lind mocked the complaint, saying the port had never been busier. "
            "Asked about the fees on Friday, Ilse Brandt did not defend the levy.")
    q = indirect(r, "the complaint")
    assert q.text == "the complaint" and q.speaker == "Hugo Lind"
    assert indirect(r, "the levy").speaker == "Ilse Brandt"
    r = run("Marta Kowal rejected Lind's proposal.")
    assert indirect(r, "Lind's proposal").speaker == "Marta Kowal"


def test_a_negated_cue_keeps_its_speaker():
    r = run("Ilse Brandt would not endorse the new harbour plan. Hugo Lind didn\u2019t criticize the harbour board.")
    assert indirect(r, "the new harbour plan").speaker == "Ilse Brandt"
    assert indirect(r, "the harbour board").speaker == "Hugo Lind"


def test_a_short_answer_after_said_is_reported_content():
    r = run("Asked whether the levy was fair, 46 percent of respondents said yes, compared with 23 percent in May. "
            "Ilse Brandt said she would.")
    q = indirect(r, "yes")
    assert q.text == "yes" and q.speaker_mention is not None and q.speaker_mention.text == "46 percent of respondents"
    assert indirect(r, "she would").speaker == "Ilse Brandt"
    # a clause that goes on is no short answer
    r = run("Hugo Lind said he is in favor of longer opening hours at the port.")
    assert indirect(r, "he is").text == "he is in favor of longer opening hours at the port"


def test_a_relative_pronoun_is_the_subject_of_a_stance_verb_but_not_of_a_passive():
    r = run("The harbour union, which backed Ilse Brandt, spent $2 million on advertising. "
            "Hugo Lind, who\u2019d previously endorsed Marta Kowal, now backs her rival. "
            "The levy, which is opposed by most hauliers, takes effect in May.")
    q = indirect(r, "Ilse Brandt")
    assert q.text == "Ilse Brandt" and q.speaker_mention is not None and q.speaker_mention.text == "which"
    assert indirect(r, "Marta Kowal").speaker == "Hugo Lind"
    assert not any(q.speaker_mention and q.speaker_mention.text == "which" and "hauliers" in q.text
                   for q in r.quotes)


def test_called_on_someone_to_act_reports_whom_and_what():
    r = run("Sen. Ilse Brandt (D-Ore.) called on Gov. Hugo Lind (R) to resign over the harbour fees.")
    q = indirect(r, "Gov. Hugo Lind")
    assert q.text == "Gov. Hugo Lind (R) to resign over the harbour fees"
    assert q.speaker == "Ilse Brandt"


def test_reported_after_a_quotation_is_an_inverted_cue_but_not_before_an_object():
    r = run("Lind leads by 43 percent to 38 percent. This is \u201croughly the margin he has held all month,\u201d "
            "reported the Harbour Gazette. The ministry found the error, reported it to the auditors and fixed it.")
    q = quote(r, "roughly the margin")
    assert q.speaker_mention is not None and q.speaker_mention.text == "the Harbour Gazette"
    assert not any(x.speaker_mention and x.speaker_mention.text == "it" for x in r.quotes)


def test_a_long_according_to_source_and_one_cut_at_a_dash():
    r = run("According to early results of the exit poll conducted by Norden Research for the Harbour Gazette and "
            "two television networks, most voters rank port jobs first. "
            "Lind trails by nine points, according to the Gazette polling average - despite winning in May.")
    q = indirect(r, "most voters rank")
    assert q.speaker_mention is not None and q.speaker_mention.text.endswith("two television networks")
    q = indirect(r, "Lind trails")
    assert q.speaker_mention is not None and q.speaker_mention.text == "the Gazette polling average"


def test_poll_findings_with_plain_poll_phrases():
    r = run("Brandt remains mired in fourth in most surveys. "
            "Lind led Kowal more than 2-1 in a Harbour Gazette/Norden poll Jan. 17-23. "
            "Kowal is ahead in public opinion polls in Lisbon and Porto.")
    assert indirect(r, "Brandt remains mired").speaker_mention.text == "most surveys"
    assert indirect(r, "Lind led Kowal").speaker_mention.text == "a Harbour Gazette/Norden poll"
    assert indirect(r, "Kowal is ahead").speaker_mention.text == "public opinion polls"


def test_an_opening_participle_reports_what_the_main_subject_says():
    r = run("Noting that only Sen. Hugo Lind voted with the coalition on port fees, Ilse Brandt said the bill "
            "would fail. Acknowledging that Lind says a lot of odd things, Marta Kowal insisted she would back him.")
    q = indirect(r, "only Sen. Hugo Lind")
    assert q.text == "only Sen. Hugo Lind voted with the coalition on port fees" and q.speaker == "Ilse Brandt"
    assert q.cue is not None and q.cue.text == "Noting"
    assert indirect(r, "Lind says").speaker == "Marta Kowal"
    # what Lind says inside the opening clause ends with it
    assert indirect(r, "a lot of odd things").text == "a lot of odd things"


def test_a_capitalised_participle_mid_headline_and_a_named_attack_are_no_cues():
    r = run("Drivers Stop For Highway Warning Sign Near Porto.\n\nCiting last week\u2019s Lisbon attack as a warning, "
            "Brandt urged the ministry to act.")
    assert not any(q.speaker_mention and q.speaker_mention.text in ("Highway", "Lisbon") for q in r.quotes)


def test_specialists_scholars_and_historians_speak():
    r = run("But shipping specialists say the new fee might not survive the winter. "
            "Maritime historians say the port opened in 1203.")
    assert indirect(r, "the new fee").speaker_mention.text == "shipping specialists"
    assert indirect(r, "the port opened").speaker_mention.text == "Maritime historians"


def test_over_reach_guards_from_review():
    r = run("The minister called on Tuesday for new talks with the dockers.")
    assert indirect(r, "for new talks").text.startswith("for new talks")
    r = run("According to the 2015\u201316 state budget, port spending rose 4 percent.")
    assert indirect(r, "port spending").speaker_mention.text == "the 2015\u201316 state budget"
    r = run("Asked if he would run, Hugo Lind said yes, he would consider it.")
    assert indirect(r, "yes").text == "yes, he would consider it"
    r = run("Warning signs were missed, the report said. "
            "Complaining of chest pains, the senator was taken to a hospital. "
            "The bill, which offers tax credits to farmers, passed the Senate.")
    assert not any(q.cue and q.cue.text in ("Warning", "Complaining") for q in r.quotes)
    assert not any(q.speaker_mention and q.speaker_mention.text == "which" for q in r.quotes)


def test_a_negated_cue_shows_its_negation():
    r = run("Ilse Brandt did not say that the port would close.")
    q = indirect(r, "the port would close")
    assert q.speaker == "Ilse Brandt" and q.cue is not None and q.cue.text == "did not say"


def test_a_who_after_an_appositive_with_an_abbreviation_resolves_to_the_name():
    r = run("Ong Bee Lian, a veteran negotiator at the U.S. embassy, who told reporters the talks had failed, "
            "left early.")
    assert indirect(r, "the talks had failed").speaker == "Ong Bee Lian"


def test_a_clause_then_a_role_with_lower_case_words_and_a_name():
    r = run("The port reopened on Monday, harbour authority spokesman Hugo Lind said Thursday. "
            "Talks resumed at noon, Kestrian foreign ministry spokeswoman Ilse Brandt said.")
    q = indirect(r, "The port reopened")
    assert q.text == "The port reopened on Monday" and q.speaker == "Hugo Lind"
    assert indirect(r, "Talks resumed").speaker == "Ilse Brandt"


def test_a_run_on_sentence_is_read_near_each_cue():
    # one "sentence" of 3,000 words: what a cue reports is still found where the cue stands
    filler = " ".join(["the harbour stayed open and trade went on"] * 375)
    text = f"{filler}, but Hugo Lind said the fees would rise {filler}"
    q = indirect(run(text), "the fees would rise")
    assert q.speaker == "Hugo Lind"


def test_spoke_about_and_railed_against_report_their_subject_but_spoke_to_does_not():
    r = run("Ilse Brandt spoke about the night shifts at the container terminal. "
            "Hugo Lind railed against the new harbour fees. Marta Kowal spoke to reporters after the vote.")
    assert indirect(r, "about the night shifts").speaker == "Ilse Brandt"
    assert indirect(r, "against the new harbour fees").speaker == "Hugo Lind"
    assert not any("reporters after the vote" in q.text for q in r.quotes)


def test_made_clear_and_made_the_case_are_cues_and_now_sits_between():
    r = run("Ilse Brandt made it clear that the port would stay open. Hugo Lind made the case that the fees "
            "would pay for new cranes. Some dockers now worry that the tunnel will close.")
    q = indirect(r, "the port would stay open")
    assert q.speaker == "Ilse Brandt" and q.cue is not None and q.cue.text == "made it clear"
    assert indirect(r, "the fees would pay").speaker == "Hugo Lind"
    assert indirect(r, "the tunnel will close").speaker_mention.text == "Some dockers"


def test_british_straight_single_quotes_are_quotations():
    r = run("'We will not be rushed into a decision,' a Treasury spokesperson said. 'The figures speak for "
            "themselves.'\n\nThe shadow chancellor, Rachel Green, told the BBC: 'This is a budget for nobody.'\n\n"
            "Ms Green called the rise 'reckless' in an interview.")
    first, second = quote(r, "rushed into a decision"), quote(r, "figures speak")
    assert first.kind == second.kind == "direct"
    assert first.speaker == second.speaker == "a Treasury spokesperson" and first.group == second.group is not None
    colon = quote(r, "budget for nobody")
    assert colon.kind == "direct" and colon.text == "This is a budget for nobody." and colon.speaker == "Rachel Green"
    assert quote(r, "reckless").kind == "partial"


def test_apostrophes_in_british_single_quoted_text_do_not_open_or_close_quotes():
    r = run("'The workers' pay is frozen until the '90s rules go,' said Tom Hale. He loves rock 'n' roll.\n\n"
            "'It is ridiculous,' he added.")
    assert quote(r, "pay is frozen").text == "The workers' pay is frozen until the '90s rules go,"
    assert quote(r, "ridiculous").speaker == "Tom Hale"
    assert not [q for q in r.quotes if q.text in ("n", "90s rules go,")]


def test_a_named_description_keeps_its_closing_quotation_mark():
    r = run('The minister called the accord a "historic win" on Tuesday.')
    assert indirect(r, "the accord").text == 'the accord a "historic win"'
    assert quote(r, "historic win").kind == "partial"


def test_the_end_of_an_organisations_name_is_no_person():
    r = run("'It is a disaster for small firms,' said Tom Hale, chief executive of the Federation of Small "
            "Businesses.\n\n'Nobody wants this,' said Ana Ruiz of the Institute for Fiscal Studies. 'Nobody,' she "
            "added.")
    assert quote(r, "Nobody,").speaker == "Ana Ruiz"
    assert not [s for s in r.speakers if s.name in ("Small Businesses", "Fiscal Studies")]


def test_an_opening_apostrophe_never_closed_is_no_quotation():
    r = run("'Tis the season for budgets, Ruiz said on Friday.\n\nThe rise is 'temporary', she said.")
    assert not [q for q in r.quotes if q.text.startswith("Tis")]
    assert quote(r, "temporary").kind == "partial"


def test_clarified_reports_and_a_request_for_anonymity_reports_nothing():
    r = run("Dahl's spokesman later clarified that no emergency legislation was being drafted.\n\n"
            "The agent, who asked not to be named because he was not authorised to speak, said the port was shut. "
            "Two officials, who requested anonymity to discuss the talks, said the deal was close.")
    assert indirect(r, "no emergency legislation").speaker_mention.text == "Dahl's spokesman"
    assert not [q for q in r.quotes if q.text.startswith(("not to be named", "anonymity"))]
    assert indirect(r, "the port was shut").speaker_mention.text == "The agent"


def test_a_reported_statement_that_ends_in_a_quotation_keeps_the_closing_mark():
    r = run('Ruiz said in an interview that the tariff \u201cwill hurt everyone, especially farmers.\u201d\n\n'
            'In a post on X, Weir wrote that the budget was "a betrayal".')
    assert indirect(r, "the tariff").text == "the tariff \u201cwill hurt everyone, especially farmers.\u201d"
    assert indirect(r, "the budget").text == 'the budget was "a betrayal"'


def test_the_sentence_after_a_quotation_can_say_whose_words_they_were():
    cases = {
        '"No deal is better than a bad deal." That was the blunt verdict of opposition leader Tomas Weir.':
            "Tomas Weir",
        '"No deal is better than a bad deal." So said opposition leader Tomas Weir on Friday.': "Tomas Weir",
        '"We will never give up." That is how Finance Minister Hugo Lind put it on Tuesday.': "Hugo Lind",
        '"We will never give up." Those were the words of Ana Ruiz, chief economist at the institute.': "Ana Ruiz",
    }
    for text, who in cases.items():
        q = quote(run(text), "bad deal" if "bad deal" in text else "never give up")
        assert (q.kind, q.speaker) == ("direct", who), text


def test_a_live_blog_time_stamp_does_not_hide_the_quotation_after_it():
    r = run('09:58 "No deal is better than a bad deal." That was the verdict of opposition leader Tomas Weir.\n\n'
            '10:42 a.m. - "We are here to close, not to talk," Trade Minister Oskar Halvorsen told reporters.')
    assert quote(r, "bad deal").speaker == "Tomas Weir"
    assert quote(r, "here to close").kind == "direct"


def test_people_in_the_plural_speak_after_an_inverted_cue():
    r = run("'We have heard promises before,' say crane crews as talks near the finish line.")
    assert quote(r, "heard promises").speaker == "crane crews"
    r = run('"It is over," said dockers at the gate. "We want the deal," say workers on the quay.')
    assert quote(r, "It is over").speaker_mention.text == "dockers at the gate"
    assert quote(r, "want the deal").speaker_mention.text == "workers on the quay"


def test_a_headline_in_capitals_is_no_transcript_or_speaker():
    r = run("DOCKSIDE DOUBTS: TORVIK WEIGHS THE WHEAT DEAL\n\nCrane operators said the mood was wary.")
    assert not [q for q in r.quotes if "TORVIK" in q.text]
    r = run("AP: Trump chair routed money to lobbyists\n\nThe AP said the payments were hidden.")
    assert indirect(r, "Trump chair").speaker_mention.text == "AP"


def test_believing_a_thing_when_it_is_seen_is_no_claim():
    r = run("Crane operators say they will believe the deal when they see it in writing. She believes the "
            "minister will resign when the report is out.")
    assert [q.speaker_mention.text for q in r.quotes if q.kind == "indirect"] == ["Crane operators", "She"]


def test_a_reported_statement_keeps_the_closing_single_mark_of_its_quotation():
    r = run("Mr Lunde said the mood on the quay was 'wary, not hostile'. He called the package 'the best deal on "
            "the table'.")
    assert indirect(r, "the mood").text == "the mood on the quay was 'wary, not hostile'"
    assert indirect(r, "the package").text == "the package 'the best deal on the table'"


def test_a_document_with_a_participle_reports_and_that_after_a_verb_is_no_speaker():
    r = run("A study published Wednesday in the Journal of Maritime Economics found that port strikes cost "
            "exporters more than estimated.\n\nA report released Monday by the Budget Office estimates that the "
            "deficit will grow.\n\nThe union's attorney, Mark Dunn, called that claim \"flatly wrong\" and said "
            "his clients would appeal.")
    assert indirect(r, "port strikes").speaker_mention.text == "A study"
    assert indirect(r, "the deficit").speaker_mention.text == "A report"
    assert quote(r, "flatly wrong").speaker == "Mark Dunn"
    assert indirect(r, "his clients").speaker == "Mark Dunn"


def test_today_between_the_speaker_and_the_cue_is_skipped_but_not_inside_a_name():
    r = run("HALDEN, June 24, 2026 /PRNewswire/ -- Torvik Steel Holdings (KSE: TSH) today announced a $300 million "
            "investment in its north quay plant.\n\nThe harbour board yesterday said the quay would reopen.\n\n"
            "USA TODAY reported that the fund had paid for 200 trips.")
    assert indirect(r, "a $300 million").speaker_mention.text == "Torvik Steel Holdings"
    assert indirect(r, "the quay would").speaker_mention.text == "The harbour board"
    assert indirect(r, "the fund").speaker_mention.text == "USA TODAY"


def test_what_a_report_cites_comes_apart_from_what_it_reports():
    r = run("Bloomberg News reported, citing people familiar with the matter, that the deal could be signed next "
            "week.\n\nThe Journal, citing internal documents, reported that the campaign was spending more than it "
            "raised.\n\nFigures published by the central bank suggest inflation has peaked.\n\nCourt documents "
            "filed on Monday show that the company knew of the leak in 2024.")
    assert indirect(r, "the deal could").speaker_mention.text == "Bloomberg News"
    assert indirect(r, "people familiar").text == "people familiar with the matter"
    assert indirect(r, "internal documents").text == "internal documents"
    assert indirect(r, "the campaign was").speaker_mention.text == "The Journal"
    assert indirect(r, "inflation has").speaker_mention.text == "Figures"
    assert indirect(r, "the company knew").speaker_mention.text == "Court documents"


def test_reviews_estimates_and_records_speak_for_what_they_show():
    r = run("A review of records indicates he has been a registered member since 2003. The investigation found "
            "that the company knew. A 2014 estimate by the budget office put the cost at $33.6 billion. Our "
            "records show he voted twice.")
    assert indirect(r, "he has been").speaker_mention.text == "A review of records"
    assert indirect(r, "the company knew").speaker_mention.text == "The investigation"
    assert indirect(r, "he voted").speaker_mention.text == "Our records"


def test_people_in_the_plural_hold_views_without_a_determiner():
    r = run("If the harbour company runs into trouble, environmentalists worry that the cost could fall to "
            "taxpayers. Some economists fear that rates will rise. The helicopters fear nothing.")
    assert indirect(r, "the cost could").speaker_mention.text == "environmentalists"
    assert indirect(r, "rates will").speaker_mention.text == "Some economists"
    assert not [q for q in r.quotes if q.speaker_mention and "helicopters" in q.speaker_mention.text]


def test_a_platform_can_announce_but_its_posts_do_not():
    r = run("Pence was the subject of 60 percent of the talk about the debate, Twitter announced.\n\n"
            "Facebook said that it would ban the ads. His Twitter posts angered voters.")
    assert indirect(r, "Pence was").speaker_mention.text == "Twitter"
    assert indirect(r, "it would ban").speaker_mention.text == "Facebook"
    assert not [q for q in r.quotes if q.cue and q.cue.text == "posts"]


def test_a_straight_mark_left_open_does_not_swallow_the_curly_quotation_after_it():
    r = run('"Lind thought the whole plan was outrageous. She was anxious, sure, but not in need of a rest.\n\n'
            '\u201cIt never crossed my mind that I was losing it,\u201d she said months later.')
    q = quote(r, "never crossed my mind")
    assert q.text == "It never crossed my mind that I was losing it,"
    assert q.speaker_mention.text == "she"


def test_british_quotations_survive_apostrophes_and_double_marks_inside():
    cases = {
        "'We played rock 'n' roll all night,' said the singer.": "We played rock 'n' roll all night,",
        "'My boss' car was towed,' Mr Hart said.": "My boss' car was towed,",
        "'It is the workers' and the farmers' money,' said Mr Reid.": "It is the workers' and the farmers' money,",
        "'We're goin' nowhere,' said a docker.": "We're goin' nowhere,",
        "'1,000 jobs will go,' the union warned on Monday.": "1,000 jobs will go,",
    }
    for text, words in cases.items():
        assert [q.text for q in run(text).quotes if q.kind == "direct"] == [words], text
    r = run("Ruiz called it 'reckless' yesterday and 'cruel' today. The minister dismissed the claims as 'lies' "
            "and left.")
    assert [q.text for q in r.quotes if q.kind == "partial"] == ["reckless", "cruel", "lies"]
    r = run("Dock workers walked out on Monday.\n\n'This is about respect,' said Lena Marsh, the branch secretary. "
            "'Nobody asked the crews.'\n\n'He told me \"get back to work\", and I said no,' she added.")
    assert [q.speaker for q in r.quotes if q.kind == "direct"] == ["Lena Marsh"] * 3
    assert quote(r, "get back to work").text == "He told me \"get back to work\", and I said no,"


def test_clarify_and_asked_report_only_what_they_should():
    r = run("The minister clarified the rules for importers on Monday. The spokesman clarified whether the "
            "port would reopen. The mayor asked that his name not be used in the campaign. "
            "The union requested anonymity for its members who gave evidence.")
    assert not [q for q in r.quotes if q.text.startswith("the rules")]
    assert indirect(r, "whether the port").speaker_mention.text == "The spokesman"
    assert indirect(r, "his name not be used").speaker_mention.text == "The mayor"
    assert indirect(r, "anonymity for its members").speaker_mention.text == "The union"


def test_headlines_in_capitals_that_name_someone_still_attribute():
    for text, who in {
        "Special Envoy Holt: Talks Will Resume in June\n\nSpecial envoy Lena Holt said the talks would resume.":
            "Special Envoy Holt",
        "MCCONNELL: WE WILL PASS IT\n\nSenate leader Mitch McConnell said the bill would pass.": "MCCONNELL",
        "UNION BOSS: DEAL IS A SELL-OUT\n\nThe union boss, Per Gundersen, said the deal was a sell-out.":
            "UNION BOSS",
    }.items():
        assert [q.speaker_mention.text for q in run(text).quotes][0] == who, text
    r = run("The board met on Monday.\n\nHOLT: WE WILL NOT ACCEPT THIS OFFER FROM THE BOARD.\n\nREID: THEN THE "
            "PORT STAYS SHUT FOR A MONTH.\n\nHOLT: THAT IS THEIR CHOICE, NOT OURS.")
    assert [q.speaker_mention.text for q in r.quotes if q.kind == "direct"] == ["HOLT", "REID", "HOLT"]


def test_according_to_a_document_with_its_date_names_the_document():
    r = run("Prosecutors allege that the director took $2.4 million in bribes, according to an indictment unsealed "
            "on Thursday. The agency removed the files, according to a memo released Friday by its watchdog.")
    assert indirect(r, "Prosecutors allege").speaker_mention.text == "an indictment"
    assert indirect(r, "The agency removed").speaker_mention.text == "a memo released Friday by its watchdog"
    assert [n.context for n in r.numbers if n.text == "$2.4 million"] == ["bribes"]


def test_a_title_in_marks_before_the_speaker_leaves_the_cue_to_the_claim():
    r = run('In his new book, "The Long Haul," economist Ravi Mehta argues that tariffs rarely save the jobs '
            'they are meant to protect.')
    no_quote(r, "The Long Haul")
    assert indirect(r, "tariffs rarely").speaker == "Ravi Mehta"


def test_set_phrases_between_the_speaker_and_the_cue_are_skipped():
    r = run("Trump at the time said he had asked his people to pay the fees. Lind, for her part, said the deal "
            "was fair. She noted that Sanders in the past has called the president \"weak\".")
    assert indirect(r, "he had asked").speaker_mention.text == "Trump"
    assert indirect(r, "the deal was fair").speaker_mention.text == "Lind"
    assert quote(r, "weak").speaker_mention.text == "Sanders"


def test_an_american_article_with_single_marks_stays_in_double_style():
    for text, words in {
        "Reed lost in '08 and again in '12. \"I learned a lot,\" Reed said. He plans to run in '24.": "I learned a lot,",
        "\u201cWe had a good run in the \u201880s and \u201890s,\u201d said Mayor Tom Reed.":
            "We had a good run in the \u201880s and \u201890s,",
        "\u201cHe called it \u2018madness\u2019 and \u2018a betrayal,\u2019\u201d said union leader Ana Ruiz.":
            "He called it \u2018madness\u2019 and \u2018a betrayal,\u2019",
        "Locals talk about the \u2018great flood\u2019 and the \u2018dry years\u2019. \u201cThe river is rising "
        "again,\u201d said farmer Jo Lund.": "The river is rising again,",
    }.items():
        assert [q.text for q in run(text).quotes if q.kind == "direct"] == [words], text


def test_a_british_quotation_runs_on_past_a_possessive_into_the_next_paragraph():
    r = run("Ms Holt spoke at the rally. 'This is the workers' money and the bosses have taken it. We have waited "
            "long enough.\n\n'Now we will strike,' she said.")
    first, second = quote(r, "workers' money"), quote(r, "Now we will strike")
    assert first.text.endswith("long enough.") and second.text == "Now we will strike,"
    assert first.group is not None and first.group == second.group


def test_subheads_and_kickers_in_capitals_are_no_speakers():
    for text in ("TRADE WAR: CHINA HITS BACK AT TARIFFS\n\nBeijing struck back, escalating a trade war.",
                 "The council met.\n\nEDITOR'S NOTE: THIS STORY HAS BEEN UPDATED WITH COMMENT FROM THE MINISTRY.",
                 "The council met.\n\nTHE BOTTOM LINE: LIBRARIES ARE CLOSING FASTER THAN EVER BEFORE.",
                 "SPECIAL REPORT: THE PORT THAT ATE A TOWN\n\nThe port has shrunk by half."):
        assert not run(text).quotes, text


def test_a_half_before_a_noun_and_a_change_before_a_level_are_no_figures_of_their_own():
    r = run("She ran 10 km and a half marathon last week. Shares fell 2 points to 45. Prices rose by 3 to 5 "
            "percent.")
    assert [(n.text, n.value, n.value_max) for n in r.numbers] == [
        ("10 km", 10.0, None), ("2 points", 2.0, None), ("45", 45.0, None), ("3 to 5 percent", 3.0, 5.0)]


def test_at_least_opens_reported_content():
    """"said at least 30 people ...": a figure, not a place ("said at a news conference")."""
    r = run("Opposition leaders said at least 30 people had been detained. "
            "The mayor said at a news conference that the bridge would reopen.")
    assert indirect(r, "at least 30 people").speaker == "Opposition leaders"
    assert indirect(r, "the bridge would reopen").speaker == "The mayor"


def test_quoted_as_saying_gives_the_one_quoted():
    r = run("The state news agency Kestpress quoted Interior Minister Ilya Dorn as saying that police had "
            '"shown maximum restraint". State media quoted the minister as saying: "We will not bow to pressure."')
    q = indirect(r, "police had")
    assert q.speaker == "Ilya Dorn"
    assert quote(r, "shown maximum restraint").speaker == "Ilya Dorn"
    assert quote(r, "We will not bow to pressure").speaker == "Ilya Dorn"
    assert not any(x.text.startswith("Interior Minister") for x in r.quotes)


def test_adverb_after_the_subject_is_not_the_speaker():
    r = run("President Anton Vescu spoke on Sunday.\n\nVescu's office later released a readout of the call, "
            'saying both leaders "agreed on the importance of stability". '
            "The ministry later issued a statement saying the talks had failed.")
    q = indirect(r, "both leaders")
    assert q.speaker_mention is not None and q.speaker_mention.text == "Vescu's office"
    assert indirect(r, "the talks had failed").speaker_mention.text == "The ministry"


def test_a_topic_after_a_noun_of_saying_ends_at_its_comma():
    r = run("The minister was criticised for his remarks about the strike at the port, aides said.")
    q = indirect(r, "the strike at the port")
    assert q.text == "the strike at the port"


def test_a_plan_for_something_is_a_noun_not_a_cue():
    r = run("Residents fight plan for 300-home estate on Millbrook fields\n\n"
            "Residents packed a village hall on Tuesday night.")
    assert r.quotes == []


def test_social_signature_in_its_own_paragraph_after_a_colon_quote():
    text = ('The commissioner, Aoife Brennan, posted on X: "Children\'s privacy is not a feature to be switched '
            'on later."\n\n\u2014 Aoife Brennan (@AoifeBrennanDC) November 12, 2026\n\nShares were flat.')
    r = run(text)
    q = quote(r, "Children's privacy")
    assert q.kind == "social"
    assert q.text == "Children's privacy is not a feature to be switched on later."
    assert q.speaker == "Aoife Brennan"
    assert not any(x.text.startswith("on X") for x in r.quotes), [x.text for x in r.quotes]
    assert "@aoifebrennandc" in next(s for s in r.speakers if s.name == "Aoife Brennan").aliases


def test_a_decade_ends_a_sentence_so_the_next_quote_opens_one():
    r = run('Sol began surveying the coast by rowing boat in the 1950s. "I had no money and no boat with an '
            'engine," she told the Bergvik Times in 2010.')
    q = quote(r, "I had no money")
    assert q.kind == "direct"


def test_a_plea_in_court_is_no_claim():
    r = run("Dahl, who pleaded guilty in March, showed no emotion. Holm pleaded not guilty to all charges.")
    assert r.quotes == [], [(q.text, q.speaker) for q in r.quotes]


def test_an_object_holds_its_quotation_whole():
    r = run('Detective Inspector Lars Moen described the scheme as "crude but effective". '
            'Judge Helena Marsh told Arne Dahl, 61, that he had "betrayed the trust of every worker on the quays".')
    assert indirect(r, "the scheme as").text == 'the scheme as "crude but effective"'
    q = indirect(r, "he had")
    assert q.speaker == "Helena Marsh"


def test_a_unit_abbreviation_ends_a_sentence_and_a_post_keeps_its_own_colon():
    r = run('Ann Lee said the queue stretched for 3km. "It was chaos," she said.')
    assert quote(r, "It was chaos").kind == "direct"
    assert indirect(r, "the queue").text == "the queue stretched for 3km"
    r = run("Final score: \"3-1\" and the title is ours. Thanks to every fan!\n"
            "\u2014 Harbour FC (@harbourfc) May 1, 2025")
    assert quote(r, "Final score").text.startswith("Final score:")


def test_time_phrases_and_nouns_are_not_reported_content():
    r = run("Government forces repelled an overnight attack on the border town of Velmora, the military said on "
            "Sunday. Brown conceded about 40 minutes later. Brown said two days later that the vote was rigged.")
    assert [q.speaker for q in r.quotes if q.text.startswith("Government forces")] == ["the military"]
    assert not any(q.speaker == "Government forces" for q in r.quotes), [(q.text, q.speaker) for q in r.quotes]
    assert not any(q.text.startswith("about 40 minutes") for q in r.quotes)
    assert indirect(r, "the vote was rigged").text == "the vote was rigged"


def test_a_count_opening_the_sentence_is_its_subject_not_an_adverbial():
    # the standard lead of disaster and crime news: "At least N ..., police said"
    for lead in ("At least three people were injured in the blast", "As many as 40 people were killed",
                 "Up to 300 jobs could go", "Over 200 homes were flooded"):
        r = run(f"{lead}, police said.")
        q = indirect(r, lead)
        assert q.speaker_mention is not None and q.speaker_mention.text == "police"


def test_a_british_partial_quote_closing_before_a_word_does_not_swallow_the_next_paragraph():
    r = run("Owen Hartridge said the plans were 'a disgrace' and would fail.\n\n"
            "'The minister is wrong,' Mr Hartridge said.")
    assert quote(r, "disgrace").text == "a disgrace"
    q = quote(r, "The minister is wrong")
    assert q.kind == "direct" and q.speaker == "Owen Hartridge"


def test_a_claim_inside_anothers_words_ends_before_their_attribution():
    r = run("The ministry has refused to release the report, Jones said. "
            "The administration had already identified 27 sites, she said.")
    assert not [q.text for q in r.quotes if q.text.endswith("said")]
    assert indirect(r, "The ministry has refused").speaker_mention.text == "Jones"
    assert indirect(r, "The administration had").speaker_mention.text == "she"


def test_an_estimate_of_a_figure_is_a_noun_not_a_cue():
    r = run("Adjusted earnings of 71 cents a share missed analysts' average estimate of 79 cents, according to "
            "LSEG data. Analysts estimate that sales rose 5%.")
    assert [q.speaker_mention.text for q in r.quotes] == ["LSEG data", "Analysts"]


def test_words_between_the_cue_and_that_are_not_the_claim():
    for text, claim in [
        ("Radebe told journalists in Pretoria that the regulator had balanced the interests.",
         "the regulator had balanced the interests"),
        ("Hollister tweeted shortly after noon that the deal was dead.", "the deal was dead"),
        ("Hydrologists have warned for months that the levee was weak.", "the levee was weak"),
        ("He pointed out that 1,100 tankers were pressed into service.", "1,100 tankers were pressed into service"),
        ('She said on the company\'s "Build Notes" podcast last month that Pathfinder was grounded.',
         "Pathfinder was grounded"),
    ]:
        assert [q.text for q in run(text).quotes if q.kind == "indirect"] == [claim], text
    # "called for" keeps its object: no time or place stands between
    assert indirect(run("But has he called for changing the provisions that benefit him?"), "for changing")


def test_a_city_dateline_with_a_colon_is_not_a_transcript_speaker():
    r = run("LUCKNOW: The state government on Monday approved a Rs 500 crore scheme for flood relief, "
            "Revenue Minister Arvind Tiwari informed.\n\nThe scheme covers 40 districts.")
    assert [q.speaker for q in r.quotes] == ["Arvind Tiwari"]


def test_a_quotation_after_said_colon_is_one_item_not_also_a_claim():
    for who in ("A Ministry of Defence spokesman", "A Department for Education spokeswoman"):
        r = run(f'{who} said: "We have committed more money this year."')
        assert [(q.kind, q.text) for q in r.quotes] == [("direct", "We have committed more money this year.")]
        assert r.quotes[0].cue is not None and r.quotes[0].cue.text == "said"


def test_a_term_in_a_clause_after_the_speaker_is_not_the_quotes_second_piece():
    r = run('"The price increases have run out of road," said Priya Bala, an analyst at Castlegate Securities, '
            'who rates the stock "hold."')
    first, term = quote(r, "run out of road"), quote(r, "hold")
    assert term.kind == "partial" and term.group is None and first.group is None
    r = run('"Every week," Tomas Weir said, "costs our ports money." "We came," Ilse Brandt said. "We left."')
    assert quote(r, "Every week").group == quote(r, "costs our ports").group is not None
    assert quote(r, "We came").group == quote(r, "We left").group is not None


def test_what_a_court_heard_is_reported_evidence():
    r = run("The court heard that Whitlow made 214 transfers from the accounts of the trust.")
    assert indirect(r, "Whitlow made 214 transfers").speaker_mention.text == "The court"
    assert not run("I heard that the plan was off. She heard the case in 2019.").quotes


def test_a_claim_goes_on_past_brackets_and_a_phrase_set_off_in_its_subject():
    r = run("The study found that drinkers had an 85% higher risk (hazard ratio 1.85; 95% confidence interval, "
            "1.16 to 2.96) and a 68% higher risk of cirrhosis.")
    assert indirect(r, "drinkers had").text.endswith("higher risk of cirrhosis")
    r = run("Patilrao said that the first phase, covering 186 villages, would be finished by December.")
    assert indirect(r, "the first phase").text.endswith("by December")
    r = run("The senator said the bill was dead, adding that he would vote no.")
    assert indirect(r, "the bill").text == "the bill was dead"


def test_embedded_posts_as_pages_leave_them_without_quotation_marks():
    sig = "\u2014 Dev Ramanathan (@DevRforWeltham) November 25, 2025"
    for text in (f"The councillor posted an update.\n\nThe promenade is underwater. Stay indoors. #StormHalvard\n\n{sig}",
                 f"The promenade is underwater. Stay indoors tonight. {sig}",
                 "Ramanathan posted on X:\n\nDev Ramanathan (@DevRforWeltham): The promenade is underwater. "
                 "Stay indoors.\n\nMore later."):
        r = run(text)
        q = quote(r, "The promenade is underwater", kinds=("social",))
        assert q.speaker == "Dev Ramanathan" and "@" not in q.text, text
    # a signature under a paragraph of the story that quotes someone is no post of that paragraph
    r = run('The minister was defiant. "We will not back down," Dorn told reporters.\n\n'
            "\u2014 Aoife Brennan (@aoifeb) March 3, 2025")
    assert quote(r, "We will not back down").speaker == "Dorn"


def test_which_a_titled_person_said_would_is_one_claim_starting_at_a_whole_word():
    r = run("The plan includes a levy, which city finance director Alan Fujimoto said would add about $38 a year.")
    assert [q.text for q in r.quotes] == ["which city finance director Alan Fujimoto said would add about $38 a year"]
    assert r.quotes[0].speaker == "Alan Fujimoto"


def test_second_review_of_this_sessions_quote_rules():
    # a transcript turn is no dateline
    r = run("The call was released. It reads in part:\n\nTRUMP: I think you should look into it. I believe he "
            "is corrupt and you know it well.\n\nZELENSKY: I understand.")
    assert quote(r, "I think you should look into it").speaker == "TRUMP"
    # an author's sign-off under a story paragraph is no post
    r = run("The council will vote on Friday. Tom Vale, the council leader, said he expected it to pass.\n\n"
            "\u2014 Nora Quill (@NoraQuill) covers City Hall for the Gazette.")
    assert indirect(r, "he expected it to pass").speaker == "Tom Vale"
    assert not [q for q in r.quotes if q.kind == "social"]
    # a hearing reports evidence only as "heard that"
    assert not run("The committee heard testimony from three experts on Tuesday.").quotes
    # "warned of a crisis that ...": that "that" opens a relative clause
    r = run("Doctors have warned for years of a crisis that threatens the health service.")
    assert not [q for q in r.quotes if q.text == "threatens the health service"]
    # a headed post's handle is a source with a real span
    text = "Dev Ramanathan (@DevRforWeltham): The promenade is underwater. Stay indoors."
    r = run(text)
    assert [(s.name, text[s.start:s.end]) for s in r.sources] == [("@DevRforWeltham", "@DevRforWeltham")]


def test_features_and_markets_beats_particles_and_gains():
    # a short action sentence names who speaks next
    r = run('Her brother, Aksel Ellenborg, runs a boat yard. "Margit remembers it as a prison," he says.\n\n'
            'He pauses. "Our father was a hard man. Not cruel. Hard."')
    assert quote(r, "Our father was a hard man").speaker == "Aksel Ellenborg"
    # "ruled out": the particle is the verb's
    assert indirect(run("The minister ruled out a rent freeze."), "a rent").text == "a rent freeze"
    # "Gold added 0.9%" is a price move, not speech
    assert not run("Gold added 0.9% to $2,311 an ounce.").quotes


def test_with_people_saying_that_is_their_claim():
    r = run("The plan ran into opposition, with lawmakers warning that it would favour large companies.")
    assert indirect(r, "it would favour").speaker_mention.text == "lawmakers"
    assert not [q for q in run("Counting went on, with all precincts reporting by midnight.").quotes
                if q.speaker_mention and "precincts" in q.speaker_mention.text]


def test_third_review_of_this_sessions_rules():
    # an action sentence whose subject is no person does not take the quotation
    r = run('"We will rebuild," Mayor Tom Hale said. Stocks tumbled. "Nobody should panic."')
    assert quote(r, "Nobody should panic").speaker == "Tom Hale"
    # a relative clause inside the speaker phrase keeps the claim; a report's claim is the report's
    r = run("Lawmakers who criticised the plan said it would raise costs. A Pentagon report said the base was weak.")
    assert indirect(r, "it would raise costs").speaker_mention.text == "Lawmakers who criticised the plan"
    assert indirect(r, "the base was weak").speaker_mention.text == "A Pentagon report"
    # "added" before a time is still speech; before a price move it is not
    assert quote(run('"We will win," he added 10 days later.'), "We will win").kind == "direct"
    assert not run("Gold added 0.9% to $2,311 an ounce.").quotes
    # the court heard a clause without "that"; a dateline that is a city is no speaker
    assert indirect(run("The court heard Ruiz had been drinking before the crash."), "Ruiz had been").speaker == "The court"
    r = run("LONDON: Shares fell sharply on Monday.\n\nThe index lost 2%.")
    assert not [q for q in r.quotes if q.speaker == "LONDON"]
    r = run("DHAKA: I am not resigning, Prime Minister Hasina told reporters on Tuesday at her office.")
    assert [q.speaker for q in r.quotes] == ["Hasina"]
    # a post may say "says"; a signature may carry a time
    r = run("The governor says he cares about schools. His budget says otherwise. #edfunding\n\n"
            "\u2014 Dana Ruiz (@danaruiz) 2:14 PM \u00b7 May 3, 2024")
    assert quote(r, "The governor says", kinds=("social",)).speaker == "Dana Ruiz"


def test_an_agency_dateline_in_ordinary_capitals_is_not_the_claim():
    r = run("Ouagadougou (AFP) - At least 47 soldiers were killed in an attack on Sunday, security sources said.")
    assert indirect(r, "At least 47 soldiers").speaker_mention.text == "security sources"


def test_anonymous_sources_with_their_reasons_set_off_by_commas():
    r = run("Two leaders, speaking on condition of anonymity because talks were ongoing, said the government "
            "lacked the votes. An employee of the regulator, who asked not to be named, said staff had been told "
            "to keep concerns quiet.")
    assert indirect(r, "the government lacked").speaker_mention.text == "Two leaders"
    assert indirect(r, "staff had been told").speaker_mention.text == "An employee of the regulator"


def test_reporting_from_a_place_is_where_the_speaker_is():
    r = run("Al Jazeera's Zeina Khodr, reporting from Tyre, said the roads south were blocked by rubble.")
    assert [q.text for q in r.quotes] == ["the roads south were blocked by rubble"]


def test_relative_clause_between_quote_and_cue_is_skipped():
    # the cue word inside "who has proposed ..." is not the quotation's attribution
    r = run('Berg was in Halden. "The answer is no," Berg, who has proposed closing the port, said on Monday.')
    assert quote(r, "The answer is no").speaker == "Berg"
    r = run('"We will not sign," Ida Berg, who warned of strikes last year, told reporters.')
    assert quote(r, "We will not sign").speaker == "Ida Berg"


def test_quotation_after_a_sentence_about_a_named_person_is_theirs():
    r = run('Ann Lee touted her record as a co-sponsor of the bill. "We need to support workers."')
    assert quote(r, "support workers").speaker == "Ann Lee"
    # the nearer person wins over the speaker of the quotation before
    r = run('"We will win," Jane Hill said. Ann Lee took a different view. "We need to support workers."')
    assert quote(r, "support workers").speaker == "Ann Lee"
    # but not when that sentence has its own speaker, nor for a body
    r = run('Joe Hunter will not vote for Trump. Also, Ann Lee is no conservative, he said. "She is a liberal!"')
    assert all(q.speaker != "Ann Lee" for q in r.quotes if "liberal" in q.text)
    r = run('Council staff voted on Monday. The Nordhavn Port Authority rejected the plan. "It is a bad deal."')
    assert quote(r, "bad deal").speaker is None


def test_adding_an_amount_is_no_cue():
    r = run("The new scanners will add two days to every shipment, officials said. "
            "The version the council signed adds about four hours. He added that the plan was fine.")
    assert [q.text for q in r.quotes if q.kind == "indirect"] == [
        "The new scanners will add two days to every shipment", "the plan was fine"]


def test_company_with_a_comma_before_its_suffix_is_one_speaker():
    r = run("Norvella Therapeutics, Inc. (NASDAQ: NRVL), a biopharmaceutical company, today reported results "
            "for the third quarter. The company said revenue rose 18%.")
    assert indirect(r, "revenue rose").speaker == "Norvella Therapeutics, Inc."
    assert "Inc." not in {s.name for s in r.speakers}


def test_a_list_after_a_colon_is_no_direct_quote():
    r = run("Norvella now expects:\n\nTotal revenue of $1.58 billion to $1.62 billion.\n\n"
            "Ann Lee said:\n\nWe will not back down.")
    assert quote(r, "We will not back down").speaker == "Ann Lee"
    assert [q.kind for q in r.quotes if "Total revenue" in q.text] == ["indirect"]


def test_quotation_paragraph_after_a_paragraph_about_a_named_person_is_theirs():
    r = run('Judge Theresa Vance rejected the request for probation.\n\n'
            '"You stole from widows. That is what I cannot get past."')
    assert quote(r, "stole from widows").speaker == "Theresa Vance"
    r = run('Deputy Foreign Minister Anton Kreller said the talks had been "useful."\n\n"We made progress."')
    assert quote(r, "made progress").speaker == "Anton Kreller"
    # not when words after the quotation name someone the rules could not read
    r = run('Anton Kreller spoke on Monday.\n\n"Should there be a deal?" a reporter can be heard asking him.')
    assert quote(r, "Should there be a deal").speaker != "Anton Kreller"


def test_a_sentence_ending_in_an_abbreviation_before_a_quotation_is_ended():
    r = run('Marcus Bell met officials from the U.S. "We are ready," he said. The shelling went on until 5 a.m. '
            '"Nothing has changed," Bell said. Ann Lee confirmed it in a post on X. "I own this decision," she wrote.')
    assert [q.kind for q in r.quotes if q.kind != "indirect"] == ["direct", "direct", "direct"]
    assert not any('"' in q.text for q in r.quotes if q.kind == "indirect")
    # a title before a quotation mark still does not end a sentence
    assert quote(run('"It is over," said Sen. Ann Lee.'), "It is over").speaker == "Ann Lee"


def test_talks_that_stall_are_negotiations_not_speech():
    r = run("COP talks stall over finance goal as draft leaves numbers blank\n\n"
            "Portland had discussed a deal with Milwaukee, but talks broke down over money. "
            "Ann Lee talks freely of her own experiences in politics.")
    assert [q.text for q in r.quotes if q.kind == "indirect"] == [
        "a deal with Milwaukee", "freely of her own experiences in politics"]


def test_a_phrase_of_where_or_how_between_speaker_and_cue_is_skipped():
    r = run("The World Bank, in a report released on Monday, said trade had fallen by half. "
            "The study, published in the New England Journal of Medicine, found that most patients improved.")
    assert indirect(r, "trade had fallen").speaker == "World Bank"
    assert indirect(r, "most patients improved").speaker_mention.text == "The study"


def test_a_claim_ends_at_a_comma_inside_closing_marks_before_a_participle():
    r = run('Cho said the results were "encouraging," adding that they should not replace screening.')
    assert [q.text for q in r.quotes if q.kind == "indirect"] == [
        'the results were "encouraging,"', "they should not replace screening"]
    assert {q.speaker for q in r.quotes} == {"Cho"}


def test_whom_someone_told_is_not_part_of_the_claim_without_that():
    r = run("Morrow told the meeting the council had no choice. Morrow told councillors the authority had no choice. "
            "Lee told fellow members the bill was dead.")
    assert [q.text for q in r.quotes if q.kind == "indirect"] == [
        "the council had no choice", "the authority had no choice", "the bill was dead"]


def test_speech_in_the_other_style_of_quotation_marks_is_kept():
    r = run("'We all understand the state of the public finances,' Helen Marsh told the Guardian.\n\n"
            '"Of course there are disagreements," Janet Fordyce said.\n\n'
            "'It is wrong,' Ann Lee said.")
    assert {q.text: q.speaker for q in r.quotes if q.kind == "direct"} == {
        "We all understand the state of the public finances,": "Helen Marsh",
        "Of course there are disagreements,": "Janet Fordyce",
        "It is wrong,": "Ann Lee"}
    r = run("'I do not talk about players,' Kellaway said. Selby said the signing was \"exceptional\".")
    assert quote(r, "talk about players").speaker == "Kellaway"
    # a subhead in single marks alone on its line is no one's quotation
    r = run('"That is not what happened," Ann Lee said.\n\n\'Pretty cool working there.\'\n\nOn a rainy day ...')
    assert all("Pretty cool" not in q.text for q in r.quotes)


def test_a_name_and_cue_before_a_colon_introduce_the_next_quotation_not_the_last():
    r = run('Helen Marsh said: "This is the wrong choice." Rebecca Thorne added: "Pensioners have been frozen out."')
    assert quote(r, "wrong choice").speaker == "Helen Marsh"
    assert quote(r, "frozen out").speaker == "Rebecca Thorne"
    r = run('"We are refugees," Ms. Alawee said. "We are not terrorists." Mr. Zahed said: "The attack was terror."')
    assert quote(r, "not terrorists").speaker == "Alawee"


def test_a_role_and_name_after_an_opening_word_with_an_appositive_speak():
    r = run("Meanwhile, spokesman Peter Omondi, 45, said the county acted unlawfully. "
            'On Monday, lawyer Ann Wanjiru, who acts for the MCAs, said the county had "acted in disregard of the law".')
    assert indirect(r, "the county acted unlawfully").speaker == "Peter Omondi"
    assert quote(r, "acted in disregard").speaker == "Ann Wanjiru"
    # but "X, president of the Y Institute, said" is X
    r = run("Michael Petrilli, president of the Thomas B. Fordham Institute, said the law helped millions of kids.")
    assert indirect(r, "the law helped").speaker == "Michael Petrilli"


def test_a_criminal_charge_a_tax_credit_and_a_fear_for_safety_are_no_claims():
    r = run("Whitfield is also charged with aggravated assault. Pensioners just above the pension credit threshold "
            "were now worse off by 250 pounds a year. The woman, who asked that her name not be used because she "
            "feared for her safety, said the shooter ran away. Lee charged that the vote was rigged. "
            "Tester credits the party's bright prospects to its candidates.")
    assert [q.text for q in r.quotes if q.kind == "indirect"] == [
        "the shooter ran away", "the vote was rigged", "the party's bright prospects to its candidates"]


def test_a_sentence_ending_in_am_or_us_ends_before_the_next_sentence():
    r = run("Police said the victim was taken to hospital at 3 a.m. He was pronounced dead an hour later. "
            "Ann Lee said the shop opened at 9 a.m. Monday.")
    assert [q.text for q in r.quotes if q.kind == "indirect"] == [
        "the victim was taken to hospital at 3 a.m", "the shop opened at 9 a.m. Monday"]


def test_adding_a_goal_is_no_cue():
    r = run("Blake added a third in stoppage time. He added that the win was deserved.")
    assert [q.text for q in r.quotes] == ["the win was deserved"]


def test_a_claim_inside_a_question_put_to_someone_ends_with_the_question():
    r = run('Kreller, asked whether he expected a deal by the summer, said: "I expect a process, not a deal."')
    assert not any("I expect" in q.text for q in r.quotes if q.kind == "indirect")
    assert quote(r, "I expect a process").speaker == "Kreller"


def test_the_rest_of_whom_and_where_before_that_is_no_part_of_the_claim():
    r = run("Chief executive Paul Kessling told investors on a conference call with analysts that the company had "
            "begun talks with insurers. Greg Sorensen told reporters at the Whitlock headquarters that the campaign "
            "would wait.")
    assert [q.text for q in r.quotes if q.kind == "indirect"] == [
        "the company had begun talks with insurers", "the campaign would wait"]


def test_that_before_a_verb_is_the_claims_subject():
    r = run("Sen. Michael Tran said that was not enough. Ann Lee said that the plan was dead. "
            "Ann Lee said on Monday that would hurt.")
    assert [q.text for q in r.quotes] == ["that was not enough", "the plan was dead", "that would hurt"]


def test_figures_that_tell_a_story_say_nothing():
    r = run("The official figures tell a different story. Ann Lee told reporters the figures were wrong.")
    assert [q.text for q in r.quotes] == ["the figures were wrong"]


def test_mends_from_the_review_of_this_sessions_rules():
    # no one who could not be reached speaks the next quotation; a chant is no one's in particular
    r = run('"We were promised a new roof," said Ann Ruiz, a tenant. Peter Vance could not be reached for comment. '
            '"Now they tell us to wait another year."')
    assert quote(r, "wait another year").speaker == "Ann Ruiz"
    # across paragraphs only after a sentence of saying or judging
    r = run("Peter Vance, the landlord, has denied wrongdoing. Vance faces a hearing in May.\n\n"
            '"We just want the heating fixed."')
    assert quote(r, "heating fixed").speaker != "Peter Vance"
    # "including" goes on with the claim; a name in marks after "the U.S." ends no sentence
    r = run('Reyes said the cuts would hit "every department," including schools and libraries. '
            'Ann Cole said the U.S. "Golden Dome" missile shield would cost far more than planned.')
    assert indirect(r, "the cuts would hit").text.endswith("including schools and libraries")
    assert indirect(r, "the U.S.").speaker == "Ann Cole"
    # "added two other suspects were still at large" is a claim; "A man who police said was armed" is police's
    r = run("A spokesman added two other suspects were still at large. "
            "A man who police said was armed with a knife was shot dead by officers on Friday.")
    assert indirect(r, "two other suspects").speaker_mention.text == "A spokesman"
    assert [q.speaker_mention.text for q in r.quotes if "was armed" in q.text] == ["police"]
    # a subhead or a title in the other style of marks is no quotation
    r = run('"That is not what happened," Ann Lee said.\n\n\'The Last of Us,\' which returns in April, drew 8 million.')
    assert all("Last of Us" not in q.text for q in r.quotes)


def test_a_paragraph_after_paused_before_continuing_is_the_speakers():
    r = run("Rep. Lydia Haverford paused before continuing:\n\n"
            "We cannot keep asking families to choose between rent and medicine.\n\nThe committee adjourned.")
    assert quote(r, "rent and medicine").speaker == "Lydia Haverford"


def test_an_appositive_ending_in_a_party_tag_before_said():
    r = run("Critics, including Sen. Amira Costa (D-Mass.), said the law would make college less affordable.")
    assert indirect(r, "the law would make").speaker_mention.text == "Critics"


def test_screamed_back_after_a_quotation_names_who_screamed():
    r = run('"Who is going to pay for it?" Trump asked. "Mexico!" the audience screamed back. '
            '"All the way!" Dawson shouted, shorthand for taking the fight to the convention.')
    assert quote(r, "Mexico").speaker_mention.text == "the audience"
    assert not [q for q in r.quotes if q.kind == "indirect"]


def test_a_planning_board_a_profit_forecast_and_calling_people_in_are_no_claims():
    r = run("Dale Korhonen, who chairs the regional planning board, said the plan was sound. The company raised "
            "its annual profit forecast to $5.75 per share, from $5.65. The plant manager called the workers into "
            "the shipping bay. She called the plan a disaster.")
    assert [q.text for q in r.quotes] == ["the plan was sound", "the plan a disaster"]


def test_a_treasury_note_says_nothing():
    r = run("Bond prices rose. The yield on the benchmark 10-year Treasury note fell to 1.45 percent. "
            "Investors left a ransom note that demanded payment. Analysts note that yields are low.")
    assert [q.text for q in r.quotes] == ["yields are low"]


def test_a_countrys_military_said_at_the_end_of_a_sentence():
    r = run("North Korea fired two missiles into the sea on Saturday, South Korea's military said. "
            "Ukraine shot down 62 of 79 drones overnight, Ukraine's air force said.")
    assert indirect(r, "North Korea fired").speaker_mention.text == "South Korea's military"
    assert indirect(r, "Ukraine shot down").speaker_mention.text == "Ukraine's air force"


def test_a_two_word_claim_after_said():
    r = run("Trade minister Tom Baker said exports rose. The ministry said talks failed. Officials said he "
            "resigned. The minister said yesterday.")
    assert [(q.text, q.speaker) for q in r.quotes] == [
        ("exports rose", "Tom Baker"), ("talks failed", "The ministry"), ("he resigned", "Officials")]


def test_a_claim_ends_before_the_outlet_that_reported_it():
    r = run("Russia's Defence Ministry said its forces had taken control of the village, TASS reported on Friday.")
    inner = indirect(r, "its forces")
    assert inner.text == "its forces had taken control of the village"
    assert inner.speaker_mention.text == "Russia's Defence Ministry"
    assert indirect(r, "Russia's Defence Ministry said").speaker == "TASS"
    assert ("TASS", "outlet") in {(s.name, s.kind) for s in r.sources}


def test_a_word_ending_in_an_accented_letter_ends_its_sentence():
    r = run("Pals say he will move in with his fiancée. Insiders say the star could lodge an appeal.")
    assert indirect(r, "he will move").text == "he will move in with his fiancée"


def test_a_dateline_of_two_cities_is_no_speaker():
    r = run("GENEVA/PORT MAREN - The World Health Organization on Friday warned that cholera could spread.")
    assert indirect(r, "cholera could spread").speaker == "World Health Organization"


def test_said_in_its_monthly_report_is_where_not_what():
    r = run("Wheat output will fall 12% this year, the farm agency said in its monthly report on Thursday, "
            "as a drought cut yields to their lowest in a decade.")
    assert [(q.text, q.speaker_mention.text) for q in r.quotes] == [
        ("Wheat output will fall 12% this year", "the farm agency")]


def test_a_described_speaker_before_remarked_or_commented():
    r = run('At 7:48 a.m. the captain remarked that the approach felt a little hot. The pilot commented that the '
            'speed was wrong. Then the captain remarked: "Check standby."')
    assert indirect(r, "the approach felt").speaker == "the captain"
    assert indirect(r, "the speed was wrong").speaker == "The pilot"
    assert quote(r, "Check standby").speaker == "the captain"


def test_whom_a_question_is_put_to_is_not_part_of_it():
    r = run("Moderator Kristen Wells asked Whitaker whether he had the votes. Wells pressed the speaker on "
            "whether a deal was close. A reporter asked Trump if he would deport everyone.")
    assert [q.text for q in r.quotes] == ["whether he had the votes", "whether a deal was close",
                                          "if he would deport everyone"]


def test_advocates_and_credit_as_nouns_are_no_cues():
    r = run("Consumer advocates criticized the decision. The standoff led Standard & Poor's to downgrade the U.S. "
            "credit rating for the first time.")
    assert r.quotes == []


def test_a_participle_set_off_inside_the_claims_subject_does_not_end_it():
    r = run("The safety board said the jet, carrying 71 passengers, landed at 163 knots. Blocher stayed in "
            "parliament until resigning in 2014, claiming he was wasting time, distracted from real work.")
    assert indirect(r, "the jet").text == "the jet, carrying 71 passengers, landed at 163 knots"


def test_what_a_reason_led_to_is_not_part_of_it():
    r = run("Harbor Freight cut its profit forecast on Tuesday, blaming a sharp drop in container rates, "
            "sending its shares down 11%.")
    assert indirect(r, "a sharp drop").text == "a sharp drop in container rates"


def test_a_claim_in_a_relative_clause_ends_where_the_main_clause_resumes():
    r = run("The company, which analysts said was overvalued, cut 200 jobs on Monday. The rule, which officials "
            "said will go into effect in the next few months, will not apply to contractors.")
    assert [q.text for q in r.quotes] == ["which analysts said was overvalued",
                                          "which officials said will go into effect in the next few months"]


def test_a_thing_a_name_criticized_is_not_its_claim():
    r = run("Tokyo has earmarked 43 trillion yen for defense over five years, a spending plan Beijing has "
            "criticized. Van der Heijden accused the Commission of recycling money, a charge the Commission denies.")
    assert not [q for q in r.quotes if q.speaker in ("Beijing", "Commission", "European Commission")]


def test_conceded_shortly_after_midnight_claims_nothing():
    r = run("Castellano conceded shortly after midnight. Delgado conceded shortly after 11 p.m. in a brief speech.")
    assert r.quotes == []


def test_asking_price_and_account_details_are_nouns():
    r = run("The average asking price reached £300,000 in May. The stolen records included names and, for some "
            "customers, bank account details, the insurer said. He still has a Secret Service detail, a plane.")
    assert [(q.text, q.speaker_mention.text) for q in r.quotes] == [
        ("The stolen records included names and, for some customers, bank account details", "the insurer")]


def test_what_a_report_or_an_advisory_issued_by_a_body_says():
    r = run('The ministry released a report warning that rivers were "in crisis". The National Cyber Security '
            'Centre issued an advisory urging firms to apply the patch "as a matter of urgency".')
    assert indirect(r, "rivers were").speaker == "The ministry"
    assert indirect(r, "firms to apply").speaker == "National Cyber Security Centre"


def test_second_review_of_the_stop_18_claim_rules():
    r = run("The IMF cut its growth forecast, warning that higher tariffs would raise prices, pushing inflation "
            "above 4% next year.")
    assert indirect(r, "higher tariffs").text.endswith("above 4% next year")
    r = run("Acme said quarterly revenue rose 8%, beating analysts' estimates, helped by strong demand in China.")
    assert indirect(r, "quarterly revenue").text == "quarterly revenue rose 8%"
    r = run("The senator said in a statement, after the votes were counted, that she would concede.")
    assert indirect(r, "in a statement").text.endswith("she would concede")


def test_according_to_a_source_past_its_relative_clause():
    r = run("According to the charity Freedom from Torture, which supported the case, more than 60 per cent of "
            "applicants are refused at first.")
    assert indirect(r, "more than 60").speaker == "Freedom from Torture"


def test_trailing_according_to_a_named_person_and_their_appositive():
    r = run("Markets fell sharply, according to Lena Hauk, a senior strategist at Brevik Bank.")
    q = indirect(r, "Markets")
    assert (q.text, q.speaker) == ("Markets fell sharply", "Lena Hauk")
    r = run("But the next day, according to Roffman, the company made new demands.")
    assert indirect(r, "But the next day").text.endswith("made new demands")


def test_an_inserted_attribution_before_another_speakers_clause():
    r = run("Rainfall totals ranged from 10 to 18 inches across the region, the National Weather Service said, "
            "and forecasters warned that rivers would keep rising through Friday.")
    q = indirect(r, "Rainfall")
    assert q.text == "Rainfall totals ranged from 10 to 18 inches across the region"
    assert indirect(r, "rivers would").speaker == "forecasters"


def test_basis_points_are_no_cue():
    r = run("The central bank raised its benchmark rate by 50 basis points to 11.25%, its highest since 2016. "
            "The index gained 12 points to 4,310.")
    assert r.quotes == []


def test_the_family_speaks_and_a_two_word_claim_after_an_audience():
    r = run("John Mercer, the former mayor, has died at 77, his family said.")
    q = indirect(r, "John Mercer")
    assert (q.text, q.speaker_mention.text) == ("John Mercer, the former mayor, has died at 77", "his family")
    r = run("The Mercer family said he died peacefully at home.")
    assert indirect(r, "he died").speaker_mention.text == "The Mercer family"
    r = run("Ilona Varga told the BBC she agreed. Tomas Berg told reporters that he resigned.")
    assert indirect(r, "she agreed").speaker == "Ilona Varga"
    assert indirect(r, "he resigned").speaker == "Tomas Berg"
    r = run("In a statement, one of the family's attorneys, Justin Bamberg, said the videos were unclear. "
            "Scott's family has called on police to release the videos.")
    assert indirect(r, "police to release").speaker_mention.text == "Scott's family"
    assert indirect(r, "police to release").speaker != "Justin Bamberg"


def test_a_company_figure_then_a_data_providers_comparison():
    r = run("Revenue for the third quarter rose 14% to $6.42 billion, the company said, just ahead of the $6.38 "
            "billion analysts had expected, according to LSEG data.")
    assert indirect(r, "Revenue").text == "Revenue for the third quarter rose 14% to $6.42 billion"
    assert indirect(r, "just ahead").speaker == "LSEG data"


def test_delegates_of_a_bloc_with_a_plus_sign_speak():
    r = run("Iraq pledged to cut output, two OPEC+ delegates said.")
    q = indirect(r, "Iraq pledged")
    assert (q.text, q.speaker_mention.text) == ("Iraq pledged to cut output", "two OPEC+ delegates")


def test_an_offer_a_storm_pushing_water_and_a_response_with_no_words_are_no_claims():
    r = run('Mr Garside said the union would call off the action if ministers returned with an improved offer, '
            'but added: "I\'m not holding my breath."')
    assert not any(q.speaker_mention and "ministers" in q.speaker_mention.text for q in r.quotes)
    r = run("Hurricane Delphine made landfall early Wednesday, pushing a storm surge of 9 to 12 feet into low-lying "
            "parishes, state officials said.")
    assert [q.speaker for q in r.quotes] == ["state officials"]
    assert run("The Brannock campaign responded within the hour.").quotes == []


def test_a_document_seen_by_an_outlet_and_a_claim_before_another_speakers_as_clause():
    r = run("According to a confidential memo from the central bank, seen by Diario del Sur, reserves fell to "
            "$18.7bn in May.")
    assert indirect(r, "reserves fell").text == "reserves fell to $18.7bn in May"
    r = run("The commission said on Thursday it had counted ballots from 181 of the 240 constituencies, as "
            "opposition leaders accused officials of delay.")
    assert indirect(r, "it had counted").text.endswith("of the 240 constituencies")


def test_with_people_on_both_sides_saying():
    r = run("Talks resumed in Cairo on Tuesday, with officials on both sides saying a deal was closer than at any time.")
    assert indirect(r, "a deal was closer").speaker_mention.text == "officials"


def test_a_list_item_in_ing_is_no_participle_ending_the_claim():
    r = run('Professor Matteo Ruffini said the findings had "profound implications" for people who depend on '
            "meltwater for drinking water, farming and hydropower.")
    assert indirect(r, "the findings").text.endswith("farming and hydropower")


def test_a_live_label_before_a_headline_is_no_speaker():
    r = run("LIVE: Harbor City transit strike enters second day\n\nBuses remain out of service.")
    assert not r.quotes and not r.speakers


def test_an_adverb_of_time_between_the_cue_and_that_stays_out_of_the_claim():
    for adverb in ("later", "afterwards", "subsequently", "explicitly"):
        r = run(f"Oyelaran said {adverb} that the exchange had been revealing.")
        assert [q.text for q in r.quotes if q.kind == "indirect"] == ["the exchange had been revealing"], adverb


def test_a_code_name_or_pet_name_in_quotation_marks_is_no_quote():
    r = run('She said the invoices described the prince by the code name "the Skipper." The operation, code-named '
            '"Harvest Moon", began in May. He went by the pet name "Bunny".')
    assert not [q for q in r.quotes if q.kind in ("direct", "partial")]


def test_said_only_that_leaves_only_out_of_the_claim():
    r = run("Comey said only that her statements in the interview were truthful.")
    assert [q.text for q in r.quotes] == ["her statements in the interview were truthful"]


def test_a_title_that_opens_the_next_paragraph_is_no_more_of_the_quotation():
    for after in ('"The Salt Orchard" runs until July 19.', '"Harbour Lights", her next play, opens in May.'):
        r = run(f'"It was hard," Anna Berg said.\n\n{after}')
        assert [q.text for q in r.quotes] == ["It was hard,"], after
    # a paragraph that goes on speaking still does
    r = run('"It was hard," Anna Berg said.\n\n"The Salt Orchard is my best work."')
    assert quote(r, "my best work").speaker == "Anna Berg"


def test_a_thing_people_call_something_is_named_by_the_people_not_by_the_thing():
    r = run('The rules aim to stop companies moving production abroad, a problem economists call "carbon leakage".')
    assert [(q.kind, q.text, q.speaker) for q in r.quotes] == [("partial", "carbon leakage", "economists")]
    r = run('They met the dock workers, who call it "a betrayal". The steel workers call it "a disgrace".')
    assert quote(r, "a disgrace").speaker == "The steel workers"


def test_a_features_title_with_a_colon_is_no_claim():
    r = run("The Quiet Builder: How Ana Ruiz Built an Empire\n\nAna Ruiz started with one van in 1998.")
    assert not r.quotes


def test_a_quotation_in_another_language_keeps_its_attribution_past_the_translation():
    r = run('Maria Souza lost her home. "Ninguém veio falar conosco" (Nobody came to speak with us), she told '
            'reporters by telephone. "Not once."')
    assert [(q.kind, q.text, q.speaker) for q in r.quotes] == [
        ("direct", "Ninguém veio falar conosco", "Maria Souza"), ("direct", "Not once.", "Maria Souza")]
