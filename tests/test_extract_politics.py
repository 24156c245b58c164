"""Politics and international copy (stop 21 probe 33): debates, briefings, results nights, profiles, wire
stories; sentences written here."""

from __future__ import annotations

from tests.extract_helpers import indirect, quote, run


def _speaker(r, name):
    return next(s for s in r.speakers if s.name == name)


def test_the_writers_why_after_according_to_is_not_the_sources_claim():
    r = run("UK house prices rose in September, according to Northgate Building Society, as falling rates tempted "
            "buyers back.")
    assert indirect(r, "UK house").text == "UK house prices rose in September"
    r = run("But the next day, according to Roffman, Trump made demands.")
    assert indirect(r, "But the next day").text == "But the next day, according to Roffman, Trump made demands"


def test_an_adverb_or_reflexive_after_the_name_is_no_part_of_it():
    for text, name in (("Ana Lupu twice said the plan was dead.", "Ana Lupu"),
                       ("Ana Lupu herself said the plan was dead.", "Ana Lupu"),
                       ("The minister himself said the plan was dead.", "The minister")):
        r = run(text)
        assert indirect(r, "the plan").speaker == name, text


def test_a_long_appositive_keeps_the_job_and_its_first_body():
    for tail, role in (("head of the finance committee of the national assembly", "head of the finance committee"),
                       ("leader of the opposition bloc in the provincial assembly", "leader of the opposition bloc")):
        r = run(f"\"It is wrong,\" said Jonah Abara, {tail}.")
        assert _speaker(r, "Jonah Abara").role == role


def test_sources_named_by_how_the_words_reached_the_paper():
    r = run("The ministry said in a statement carried by the Kerva News Agency that the crew would be punished.")
    assert ("the Kerva News Agency", "outlet") in [(s.text, s.kind) for s in r.sources]
    r = run("A poll by the Merren Civic Institute in January put his approval rating at 63%.")
    assert [(s.text, s.kind) for s in r.sources] == [("the Merren Civic Institute", "organization")]
    r = run("In a statement, chief operating officer Graham Pettigrew said: \"We have improved our offer.\"")
    assert [(s.text, s.kind) for s in r.sources] == [("a statement", "document")]
    r = run("In a report published on Monday, prices rose.")
    assert not r.sources


def test_a_reported_clauses_own_subject_is_not_glued_to_its_reporter():
    r = run("Marrow said mediators hoped to secure a deal.")
    assert {q.speaker for q in r.quotes} == {"Marrow", "mediators"}
    r = run("The central bank says the cap will add half a percentage point to inflation.")
    assert [(q.text, q.speaker) for q in r.quotes] == [
        ("the cap will add half a percentage point to inflation", "The central bank")]


def test_an_opening_participle_is_no_claim():
    r = run("Speaking to supporters, Fenwick thanked volunteers and promised to \"finish what we started\" on housing.")
    assert [q.text for q in r.quotes] == ["finish what we started"]


def test_roles_owned_by_a_named_body_or_held_against_someone():
    r = run("The Northern Liberation Front rejected the offer. The front's chief negotiator, Samira Dost, said the "
            "extension was a minimum.")
    s = _speaker(r, "Samira Dost")
    assert (s.role, s.organization) == ("chief negotiator", "Northern Liberation Front")
    r = run("Fenwick took 52.4% of the vote against 41.7% for her Progressive Alliance challenger, Tomas Aldana. "
            "\"We moved this city,\" Aldana said.")
    s = _speaker(r, "Tomas Aldana")
    assert (s.role, s.organization) == ("challenger", "Progressive Alliance")
    r = run("In her pursuit of the Democratic nomination for president, Hillary Rodham Clinton has emphasized her "
            "ties to the president.")
    assert _speaker(r, "Hillary Rodham Clinton").role is None
    r = run("Grupo Sur's chief executive, Ines Valcarcel, said: \"We apologise.\"")
    assert _speaker(r, "Ines Valcarcel").organization == "Grupo Sur"


def test_another_passenger_gives_way_to_the_job():
    r = run("Another passenger, retired teacher Geoffrey Amankwah, said he had missed the party. One resident, Ann "
            "Lee, said it was loud.")
    assert _speaker(r, "Geoffrey Amankwah").role == "retired teacher"
    assert _speaker(r, "Ann Lee").role == "resident"


def test_armies_and_rebels_make_claims():
    r = run("The army, in a statement, accused the rebels of violating the truce 17 times in the past week.")
    assert indirect(r, "the rebels").speaker == "The army"
    r = run("The panel said the Syrian army carried out two chemical weapons attacks using helicopters, and also "
            "accused ISIS of carrying out a gas attack.")
    assert {q.speaker for q in r.quotes} == {"The panel"}


def test_wire_copy_speakers_and_roles():
    r = run("\"Rates will fall,\" said its chief economist, Leonie Baptiste.")
    assert r.quotes[0].speaker == "Leonie Baptiste" and _speaker(r, "Leonie Baptiste").role == "chief economist"
    r = run("The council drew up plans to close three libraries. The council plans to close two more.")
    assert [q.text for q in r.quotes] == ["to close two more"]
    r = run("Officials say finance minister Karl Ost will resign. \"I am staying,\" Ost said.")
    assert _speaker(r, "Karl Ost").role == "finance minister"
    r = run("Filmmaker and author Dinesh Varma said the film was done.")
    assert _speaker(r, "Dinesh Varma").role == "Filmmaker and author"


def test_one_of_a_group_of_sources_speaks():
    r = run("Two officials said the talks had stalled. One said the mood was grim. Another said a deal was still "
            "possible. And if one adds the costs, it is worse.")
    assert [q.speaker for q in r.quotes] == ["Two officials", "One", "Another"]
    assert [n.text for n in r.numbers] == ["Two"]


def test_a_statement_or_interview_between_said_and_its_clause():
    for text, claim in (("The ministry said in a statement on Monday it would reopen the border.",
                         "it would reopen the border"),
                        ("Halvard Bremnes said in an interview the plan was overdue.", "the plan was overdue"),
                        ("Norvik Energy said in a statement it would cut 1,100 jobs.", "it would cut 1,100 jobs")):
        r = run(text)
        assert [q.text for q in r.quotes] == [claim], text


def test_a_quotation_inside_the_speakers_relative_clause():
    r = run("Owen Marsh, who called the plan \"a disaster\", said the council had ignored residents.")
    assert quote(r, "a disaster").speaker == "Owen Marsh"
    assert indirect(r, "the council").speaker == "Owen Marsh"
    r = run("The document, marked \"confidential\", says the units were no longer sustainable.")
    assert indirect(r, "the units").speaker == "The document"


def test_the_one_with_a_job_who_spoke_to_someone_answers_the_interview():
    r = run("The novelist Mireille Kastanova spoke to Petra Lindqvist at her home.\n\nQ: Is the eldest sister based "
            "on you?\n\nA: Everyone asks that.")
    assert quote(r, "Everyone asks").speaker == "Mireille Kastanova"
    r = run("Gazette reporter Ana Ruiz spoke to port director Jan Hollis.\n\nQ: Will it close?\n\nA: Not this year, no.")
    assert quote(r, "Not this year").speaker == "Jan Hollis"


def test_its_officer_works_for_the_body_just_named():
    r = run("The Centre for Fair Housing, a think tank, argues that it will. \"That moves rents,\" said its director, "
            "Harriet Mwangi-Cole. The Meridian Institute is sceptical. Its head of economics, Julian Strand, said the "
            "levy was \"a blunt tool\".")
    assert _speaker(r, "Harriet Mwangi-Cole").organization == "Centre for Fair Housing"
    assert _speaker(r, "Julian Strand").organization == "Meridian Institute"
