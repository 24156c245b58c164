"""Over-reach of the stop 19 rules, found by a review against the code before them: each case was right
before and went wrong with a new rule, and must stay right."""

from __future__ import annotations

from tests.extract_helpers import indirect, quote, run


def _kinds(r):
    return {s.name: s.kind for s in r.speakers}


def test_a_person_talking_about_a_situation_stays_a_person():
    for text in ("Tavita Faleolo said it would take years to rebuild the village.",
                 "Nkemdirim Obi said it wants nothing from the government but fairness.",
                 "Wiremu Tane said the report was damning. It said the council had ignored repeated warnings."):
        r = run(text)
        assert "organization" not in _kinds(r).values(), text
        assert not r.sources, text


def test_the_companys_officer_is_not_a_person_named_before():
    r = run("Siosaia Tupou said he had not been paid for three months. The company's chief executive, Jane Roe, said "
            "the claim was false.")
    assert {s.name: s.organization for s in r.speakers}["Jane Roe"] is None


def test_their_lawyer_and_its_officer_are_not_the_body_that_acted_on_them():
    r = run("The couple were detained by Dubai Police on Friday. Their lawyer Ann Cole said they were innocent.")
    assert {s.name: s.organization for s in r.speakers}["Ann Cole"] is None
    r = run("Tidewell Foods was fined by the Food Standards Agency on Monday. Its chief executive Mark Dale said "
            "the company would appeal.")
    assert {s.name: s.organization for s in r.speakers}["Mark Dale"] == "Tidewell Foods"


def test_later_that_day_is_when_not_a_claim():
    for text in ("The minister said later that day the plan would go ahead.",
                 "Police said later that evening a second man had been arrested."):
        assert not [q for q in run(text).quotes if q.text.startswith(("day ", "evening "))], text


def test_the_note_said_after_another_note_is_that_other_note():
    r = run('Tom Reed said in a note to clients that the rally would fade. Another note from Barclays said the '
            'opposite. "We see upside," the note said.')
    assert quote(r, "We see upside").speaker != "Tom Reed"


def test_a_network_of_militants_or_parents_is_no_outlet():
    r = run("The Haqqani network said it carried out the attack.")
    assert "outlet" not in {s.kind for s in r.sources}


def test_figures_from_a_month_or_a_place_are_not_a_body():
    r = run("Figures from March show that unemployment rose to 5.1%.")
    assert "March" not in {s.name for s in r.speakers}
    r = run("Data from Ghana and Ivory Coast showed cocoa arrivals fell 12%.")
    assert "Ghana and Ivory Coast" not in {s.name for s in r.speakers}


def test_eyewitness_news_is_an_outlet_and_a_lawyer_represents_a_person():
    r = run("Eyewitness News reported that the fire began at noon.")
    assert "News" not in {s.name for s in r.speakers}
    r = run("The barrister, who represents Nkemdirim Obi, told the court the evidence was thin. Obi, 41, denies "
            'the charges. He said he had been "framed".')
    assert "Nkemdirim Obi" in {s.name for s in r.speakers}
    r = run("Marcus Bell, who lives near Siosaia Tupou, said the police came at night. Tupou said he had done nothing.")
    assert indirect(r, "he had done nothing").speaker == "Siosaia Tupou"


def test_a_named_official_is_not_passed_over_for_someone_reported_second_hand():
    r = run('Police Chief Tom Reed gave an update on Monday. A driver had told officers he did not see the boy. '
            '"We are treating it as an accident," he said.')
    assert quote(r, "treating it as an accident").speaker == "Tom Reed"


def test_a_district_court_and_the_court():
    r = run("A district court gave the company until Friday to respond. The court said the delay was unacceptable.")
    assert indirect(r, "the delay was").speaker == "A district court"


def test_figures_the_new_rules_must_leave_alone():
    r = run("Reed, who was jailed for five years two weeks ago, has appealed. Ticket sales rose to 2,500 this week, "
            "from 14 venues. Kohli, 63, hit three sixes. The dentist fitted 1,200 crowns last year. He celebrated a "
            "200-pound weight loss. Children aged 5-11 in the first round of vaccinations received half doses.")
    by_text = {n.text: n for n in r.numbers}
    assert "five years" in by_text and "two weeks" in by_text
    assert by_text["2,500"].from_value is None
    assert by_text["63"].kind != "age"
    assert by_text["1,200"].kind != "money"
    assert by_text["200-pound"].unit == "pound"
    assert by_text["5-11"].kind != "score"


def test_a_family_name_shared_by_two_people_stays_their_alias():
    r = run("Tane Marino and his brother Sione Marino run the farm. Sione said the drought was the worst he had "
            "seen. Marino said he would sell.")
    assert "marino" in {s.name: s for s in r.speakers}["Sione Marino"].aliases


def test_the_regulator_may_be_a_person_with_that_role():
    r = run("Ann Lee, Ostravia's chief nuclear regulator, toured the plant. The regulator said she was satisfied.")
    assert indirect(r, "she was satisfied").speaker == "Ann Lee"
