"""Local news: council meetings, planning rows, school closures (stop 21 probe 30), on sentences written here."""

from __future__ import annotations

from tests.extract_helpers import indirect, quote, run


def _speaker(r, name):
    return next(s for s in r.speakers if s.name == name)


def test_the_job_before_cllr_is_the_role():
    for text, name, role in (
            ("Council leader Cllr Margaret Osei said the plan was fair.", "Margaret Osei", "Council leader"),
            ("Finance portfolio holder Cllr Dennis Woolcott (Lab, Eastfield) told members the tax would rise.",
             "Dennis Woolcott", "Finance portfolio holder"),
            ("Its chairwoman, Cllr Joan Eddery, said the parish had been ignored.", "Joan Eddery", "chairwoman"),
            ("Cllr Ann Lee said the tax would rise.", "Ann Lee", "Councillor")):
        r = run(text)
        assert _speaker(r, name).role == role, text


def test_the_seat_a_member_sits_for_is_no_organisation():
    r = run("Cllr Priya Nandakumar, the Liberal Democrat member for St Anne's, said the reserves were low.")
    assert _speaker(r, "Priya Nandakumar").organization is None
    r = run("Anna Berg, the MP for Hartwell North, said the reserves were low.")
    assert _speaker(r, "Anna Berg").organization is None
    r = run("Anna Berg, a member for the Royal Society of Arts, said the reserves were low.")
    assert _speaker(r, "Anna Berg").organization == "Royal Society of Arts"


def test_addressing_a_meeting_and_not_wanting_to_be_named_say_nothing():
    r = run("Jean Pilbeam, who addressed the meeting during public questions, said afterwards that she was "
            "disappointed. Another parent, who did not want to be named, said the journey was long.")
    assert sorted(q.text for q in r.quotes) == ["she was disappointed", "the journey was long"]
    assert indirect(r, "the journey").speaker == "Another parent"


def test_a_described_source_with_two_relative_clauses_speaks():
    r = run("Another Muslim who worshiped at the Islamic Center here and who did not want to be named said he "
            "heard talk of war.")
    q = indirect(r, "he heard")
    assert q.text == "he heard talk of war" and q.speaker == "Another Muslim"
    r = run("A Syrian refugee who arrived in the town last year said: \"The school saved us.\"")
    assert quote(r, "saved us").speaker.startswith("A Syrian refugee")


def test_ages_in_a_list_after_aged_are_all_ages():
    r = run("Two men, aged 19 and 22, were arrested. Children aged 5, 7 and 9 were hurt.")
    assert {n.text: n.kind for n in r.numbers if n.text in ("19", "22", "5", "7", "9")} == {
        "19": "age", "22": "age", "5": "age", "7": "age", "9": "age"}


def test_a_telephone_number_is_no_figure():
    r = run("Anyone with information is asked to call Eastshire Police on 101 or dial 999 in an emergency. "
            "Police received 101 calls.")
    assert [(n.text, n.context) for n in r.numbers] == [("101", "calls")]


def test_new_figures_are_a_document_not_anonymous_people():
    r = run("More than 4,300 patients have been waiting over a year, new figures show.")
    assert [(s.text, s.kind) for s in r.sources] == [("new figures", "document")]


def test_a_body_named_in_one_word_before_a_job_is_the_organisation():
    for text, name, role, org in (
            ("Unison regional organiser Bernadette Coyle said staff were exhausted, and a strike called by Unison "
             "would go ahead.", "Bernadette Coyle",
             "regional organiser", "Unison"),
            ("Sales at Tesco rose. \"We did well,\" said Tesco chief executive Ken Murphy.", "Ken Murphy", "chief executive",
             "Tesco"),
            ("Aviation safety consultant Ken Murphy said near-misses had become more frequent.", "Ken Murphy", "Aviation safety consultant",
             None),
            ("Hillary Clinton spoke. Clinton press secretary Brian Fallon said the plan would fail.", "Brian Fallon",
             "Clinton press secretary", None),
            ("Talk show host Ann Lee said the plan would fail.", "Ann Lee", "Talk show host", None),
            ("Trump campaign spokesman Jason Miller said the plan would fail.", "Jason Miller",
             "Trump campaign spokesman", None)):
        r = run(text)
        s = _speaker(r, name)
        assert (s.role, s.organization) == (role, org), text
