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
