"""Claims without a named holder: expectations ("is widely expected to") and impressions ("seems",
"appears to") become speakerless reported statements; showing up ("appeared on television") does not."""

from __future__ import annotations

from tests.extract_helpers import indirect, quote, run


def _unsourced(result, prefix: str):
    q = indirect(result, prefix)
    assert q.speaker is None and q.speaker_mention is None, (q.speaker, q.speaker_mention)
    return q


def test_expectation_is_a_claim_without_a_speaker():
    r = run("The central bank is widely expected to raise rates at its December meeting.")
    q = _unsourced(r, "The central bank is widely expected")
    assert q.text == "The central bank is widely expected to raise rates at its December meeting"
    assert q.cue is not None and q.cue.text == "expected"


def test_expectation_in_a_relative_clause_is_the_clause():
    r = run("The port bill, which is expected to pass next week, adds 200 customs inspectors.")
    q = _unsourced(r, "which is expected")
    assert q.text == "which is expected to pass next week"


def test_impression_with_seems_and_appears():
    r = run("Turnout appears to have fallen sharply in the northern districts. "
            "The minister seemed rattled by the question.")
    assert _unsourced(r, "Turnout appears").text.endswith("northern districts")
    assert _unsourced(r, "The minister seemed rattled").text == "The minister seemed rattled by the question"


def test_it_seems_reports_what_follows():
    r = run("After two days of talks, it seems that the governor has lost the argument.")
    q = _unsourced(r, "that the governor")
    assert q.text == "that the governor has lost the argument"


def test_subordinate_clause_and_main_clause():
    r = run("After the talks appeared to stall, the envoy flew home.")
    assert _unsourced(r, "the talks appeared").text == "the talks appeared to stall"
    r = run("When the vote was called, the coalition seemed certain to split.")
    assert _unsourced(r, "the coalition").text == "the coalition seemed certain to split"


def test_seeming_to_speak_keeps_the_speaker():
    r = run("Ana Ruiz seemed to blame the port authority for the delays.")
    q = indirect(r, "the port authority")
    assert q.speaker == "Ana Ruiz"
    assert not any(x.speaker is None for x in r.quotes), [(x.text, x.speaker) for x in r.quotes]


def test_showing_up_and_quoted_expectations_are_not_unsourced_claims():
    r = run("The minister appeared on state television on Sunday. "
            '"The deal is expected to close in June," Hugo Lind said. As expected, the shares rose.')
    assert [q.text for q in r.quotes if q.speaker is None] == []


def test_hearsay_and_reportedly_are_claims_without_a_speaker():
    r = run("The harbour master is said to be furious with the board. "
            "The ministry is reportedly drafting new rules for night crossings.")
    assert _unsourced(r, "The harbour master").text == "The harbour master is said to be furious with the board"
    q = _unsourced(r, "The ministry")
    assert q.text == "The ministry is reportedly drafting new rules for night crossings"
    assert q.cue is not None and q.cue.text == "reportedly"


def test_reportedly_before_a_cue_keeps_the_speaker():
    r = run("Ana Ruiz reportedly argued that the tariff would backfire.")
    q = indirect(r, "the tariff would backfire")
    assert q.speaker == "Ana Ruiz"


def test_showing_up_and_reporting_to_someone_are_no_claims():
    r = run("The theft was reported to police on Monday. The senator appeared briefly in court on Tuesday. "
            "She appeared as a guest on the show. It seems that.")
    assert [q.text for q in r.quotes if q.speaker is None] == []
    r = run("The crowd seemed larger than last year. Democrats appeared poised to win the seat.")
    assert _unsourced(r, "The crowd").text == "The crowd seemed larger than last year"
    assert _unsourced(r, "Democrats appeared").text == "Democrats appeared poised to win the seat"


def test_passive_expectation_gives_its_subject_no_voice():
    """"The board is expected to ...": the board expects nothing; the sources who said so speak."""
    r = run("The board is expected to name a new chair next month, two people familiar with the matter "
            "told Nordwire.")
    assert [(q.text, q.speaker) for q in r.quotes] == [
        ("The board is expected to name a new chair next month", "two people familiar with the matter")]
    r = run("Pension funds are thought to favour a merger with the rival bank, analysts say.")
    assert {q.speaker for q in r.quotes} == {"analysts"}, [(q.text, q.speaker) for q in r.quotes]


def test_seen_as_considered_and_accused_of_are_claims_without_a_speaker():
    r = run("The harbour master is widely seen as a contender for the council seat. "
            "In Valmora, the strike is considered a threat to the spring harvest. "
            "Lena Marsh, 41, is accused of leaking the tender documents.")
    assert _unsourced(r, "The harbour master").text == (
        "The harbour master is widely seen as a contender for the council seat")
    assert _unsourced(r, "In Valmora").cue.text == "considered"
    assert _unsourced(r, "Lena Marsh").text == "Lena Marsh, 41, is accused of leaking the tender documents"
    r = run("The tender was considered by the council on Tuesday. He was seen at the airport.")
    assert [q.text for q in r.quotes if q.speaker is None] == []


def test_passive_with_its_own_speech_keeps_the_speaker():
    r = run('"Our method works," Braynard is quoted as saying. '
            'Governor Ana Ruiz is reported to have called the levy "a tax on bread".')
    assert quote(r, "Our method works").speaker == "Braynard"
    assert quote(r, "a tax on bread").speaker == "Ana Ruiz"


def test_impersonal_it_is_passive_that_is_a_claim_without_a_speaker():
    r = run("It is believed that the harbour master resigned on Friday. In Seoul, it is considered a threat to "
            "the garrison.")
    q = _unsourced(r, "the harbour master resigned")
    assert q.cue is not None and q.cue.text == "believed"
    assert _unsourced(r, "In Seoul").cue.text == "considered"


def test_it_is_believed_that_before_a_name_or_a_figure():
    r = run("OSLO \u2014 It is believed that Dorn fled to Spain on Friday. The fire started at 2am; crews arrived "
            "within minutes.\n\nIt is estimated that 5,000 cars cross the bridge every day.")
    assert _unsourced(r, "Dorn fled").text == "Dorn fled to Spain on Friday"
    assert _unsourced(r, "5,000 cars").text == "5,000 cars cross the bridge every day"
    assert all(r.article.text[q.start:q.end] == q.text and q.end > q.start for q in r.quotes)
    r = run("The bill was considered last week by the committee.")
    assert r.quotes == []
