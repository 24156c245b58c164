"""Business and markets copy (stop 21 probe 32): earnings, lenders' surveys, recalls, strikes, airlines;
sentences written here."""

from __future__ import annotations

from tests.extract_helpers import quote, run


def _speaker(r, name):
    return next(s for s in r.speakers if s.name == name)


def test_a_firms_officer_named_after_the_role_speaks():
    r = run("\"Affordability is improving,\" said Northgate's chief economist, Robert Halloran.")
    q = quote(r, "Affordability")
    assert q.speaker == "Robert Halloran"
    assert (_speaker(r, "Robert Halloran").role, _speaker(r, "Robert Halloran").organization) == (
        "chief economist", "Northgate")


def test_an_unnamed_economist_is_no_outlet_and_declining_to_be_named_says_nothing():
    r = run("\"Affordability is improving,\" said Northgate's chief economist, who declined to be named. "
            "The Economist said prices fell.")
    assert [q.text for q in r.quotes] == ["Affordability is improving,", "prices fell"]
    kinds = {s.text: s.kind for s in r.sources}
    assert kinds == {"Northgate's chief economist": "anonymous", "The Economist": "outlet"}
    assert r.quotes[1].speaker == "The Economist"


def test_a_firm_named_in_full_then_by_its_first_word_is_one_organisation():
    r = run("Brightwell recalls 1.2 million speakers\n\nBrightwell Electronics is recalling about 1.2 million "
            "speakers, the regulator said on Tuesday. Brightwell, based in Austin, said the fault lay in a battery "
            "cell. The company said it expects to complete the recall within 90 days.")
    assert [s.name for s in r.speakers if s.kind == "person"] == []
    assert indirect_speaker(r, "the fault lay") == "Brightwell Electronics"
    assert indirect_speaker(r, "it expects") == "Brightwell Electronics"
    r = run("Cleveland said it had its mojo back. Doctors at the Cleveland Clinic agreed.")
    assert indirect_speaker(r, "it had its mojo") == "Cleveland"


def test_a_name_whose_chief_executive_speaks_is_a_firm_and_the_airline():
    r = run("Thousands were stranded after Aerolinea Sur cancelled more than 340 flights.\n\nThe airline said about "
            "52,000 customers had been affected.\n\n\"We apologise unreservedly,\" said Aerolinea Sur's chief "
            "executive, Ines Valcarcel.")
    assert indirect_speaker(r, "about 52,000") == "Aerolinea Sur"
    assert _speaker(r, "Aerolinea Sur").kind == "organization"
    assert quote(r, "We apologise").speaker == "Ines Valcarcel"


def test_an_asset_manager_is_a_firm_and_its_head_of_sales_speaks():
    r = run("Shares rose.\n\nRuth Ngata, head of sales at Calloway Asset Management, disagreed. \"This is clean,\" "
            "she said.")
    assert quote(r, "This is clean").speaker == "Ruth Ngata"
    assert _speaker(r, "Ruth Ngata").organization == "Calloway Asset Management"


def indirect_speaker(r, prefix):
    return next(q.speaker for q in r.quotes if q.kind == "indirect" and q.text.startswith(prefix))


def test_a_headlines_news_verbs_report_nobodys_words():
    r = run("Port workers reject pay offer as strike enters second week\n\nDockers at Kellhaven rejected the offer.")
    assert [q.text for q in r.quotes] == ["the offer"]
    r = run("Residents vow to fight 320-home plan\n\nThe plan is big.")
    assert [q.speaker for q in r.quotes] == ["Residents"]


def test_the_minister_is_the_business_secretary_and_the_regulator_the_commission():
    r = run("The Business Secretary, Anil Mehra, urged both sides to return to talks. \"Nobody wins from a long "
            "strike,\" the minister said.")
    assert quote(r, "Nobody wins").speaker == "Anil Mehra"  # (in lower case a union's "education secretary" is none)
    r = run("Brightwell Electronics is recalling the speakers, the Consumer Product Safety Commission said. The "
            "company has received 87 reports, according to the regulator.")
    assert indirect_speaker(r, "The company has") == "Consumer Product Safety Commission"


def test_what_a_count_counts_stops_before_an_adverb_and_both_sides_of_a_vote_are_votes():
    r = run("The firm shipped 3 million units globally. It sold 12,000 cars abroad. The airline cancelled 340 "
            "flights following a failure. The bill passed by 214 votes to 187.")
    got = {n.text: (n.context, n.unit) for n in r.numbers}
    assert got["3 million"][0] == "units" and got["12,000"][0] == "cars" and got["340"][0] == "flights"
    assert got["187"][1] == "vote"


def test_a_changed_range_and_a_change_whose_first_figure_is_qualified_keep_the_old_value():
    r = run("The company raised its full-year revenue guidance to between £1.58bn and £1.62bn, from £1.5bn "
            "previously. Output grew from 2,300 tonnes of steel to 3,150 tonnes. The fare rose from 2 euros per "
            "trip to 2.5 euros.")
    got = {n.text: n.from_value for n in r.numbers}
    assert got["£1.58bn and £1.62bn"] == 1_500_000_000
    assert got["3,150 tonnes"] == 2300 and got["2.5 euros"] == 2


def test_a_one_word_firm_described_as_one_is_the_company_not_its_investor():
    r = run("Lumenfold, a London start-up, has raised $48 million from Halcyon Ventures. \"We grew,\" said Priya "
            "Anand-Hollis, Lumenfold's chief executive. The company said it would hire 40 people.")
    assert _speaker(r, "Lumenfold").kind == "organization"
    assert indirect_speaker(r, "it would hire") == "Lumenfold"
    r = run("As Freddy, a fun-loving airline pilot, joked with his brother, the room laughed. \"He was kind,\" "
            "Freddy said.")
    assert all(s.kind == "person" for s in r.speakers if s.name == "Freddy")
    r = run("Alphabet, the parent company of Google, jumped 3.3 percent. Amazon rose 1 percent. The online retail "
            "giant reported a profit of $1.78 per share.")
    assert not [q for q in r.quotes if q.speaker == "Alphabet" and "profit" in q.text]


def test_a_live_page_title_is_no_headline_quote():
    r = run("Storm Ellis: what we know so far\n\nPolice said two people remain missing.")
    assert [q.text for q in r.quotes] == ["two people remain missing"]
    assert [s.text for s in r.sources] == ["Police"]


def test_climate_and_explainer_figures():
    r = run("Atmospheric carbon dioxide reached 424 ppm last year, compared with about 280 ppm before "
            "industrialisation. Sea levels could rise 1 metre by 2100. In 2200 homes, power failed.")
    got = {n.text: (n.kind, n.unit) for n in r.numbers}
    assert got["424 ppm"] == ("quantity", "ppm") and got["280 ppm"] == ("quantity", "ppm")
    assert got["2100"] == ("year", None) and got["2200"] == ("count", None)
    r = run("1. What is the levy?\nIt is an annual charge of 2% on empty homes.\n\n2. How many homes are affected?\n"
            "Roughly 260,000 homes have been empty for over six months, up from 205,000 in 2019.")
    got = {n.text: n for n in r.numbers}
    assert "1" not in got and "2" not in got
    assert got["260,000"].from_value == 205_000 and got["205,000"].kind == "count"


def test_a_release_is_the_statement_and_members_of_a_body_are_anonymous():
    r = run("The cuts will fall on its offshore division, Norvik Energy said in a release. \"Norvik remains committed "
            "to offshore,\" the statement added.")
    assert quote(r, "Norvik remains").speaker == "Norvik Energy"
    r = run("Two committee members said the talks had stalled. One board member said it was over.")
    assert {s.kind for s in r.sources} == {"anonymous"}
