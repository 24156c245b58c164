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
