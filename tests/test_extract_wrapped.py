"""Hard-wrapped text (plain-text feeds, newsletters, Markdown kept to 72 columns): a line break inside
a paragraph does not cut a quotation, and offsets still point into the text as stored."""

from __future__ import annotations

from tests.extract_helpers import quote, run

WRAPPED = """Port strike enters third week as talks stall

HALDEN BAY -- Dock workers at the Port of Halden Bay will stay off the
job for at least another week after talks with the port authority broke
down on Monday, union leaders said.

"We are not going back until the authority puts a real offer on the
table," said Marcus Fenwick, president of the Harbour Workers Union
Local 12. "Nobody on this picket line wants to be here."

"Every day this goes on, we lose business we may never get back,"
Delia Marsh, the port authority's chief executive, told reporters.
"""


def test_quote_wrapped_over_two_lines_is_found_whole_with_its_speaker():
    r = run(WRAPPED)
    q = quote(r, "We are not going back")
    assert q.text == 'We are not going back until the authority puts a real offer on the\ntable,'
    assert q.speaker == "Marcus Fenwick"
    second = quote(r, "Nobody on this picket line")
    assert second.speaker == "Marcus Fenwick" and second.group == q.group is not None


def test_speaker_on_the_line_after_a_wrapped_quote():
    r = run(WRAPPED)
    q = quote(r, "Every day this goes on")
    assert q.speaker == "Delia Marsh"
    assert q.cue is not None and q.cue.text == "told"


def test_short_paragraphs_one_per_line_stay_apart():
    # lines that end their sentences are paragraphs, not a wrapped one: the quotation on the next
    # line belongs to the name on its own line, not to the one before
    text = (
        "Council approves budget\n\n"
        "The council voted 7-2 on Tuesday to approve a budget of $41 million for next year.\n"
        '"This is a responsible plan," said Mayor Ellen Grady, who has led the city since 2019.\n'
        "Opponents said the plan raised property taxes by 3 percent without cutting waste.\n"
        '"We were promised restraint and got the opposite," said Councillor Rob Hines.\n'
    )
    r = run(text)
    assert quote(r, "responsible plan").speaker == "Ellen Grady"
    assert quote(r, "promised restraint").speaker == "Rob Hines"


def test_list_lines_keep_their_breaks():
    text = (
        "What the deal says\n\n"
        "- Tariffs on steel fall from 25% to 15% over the next three years from January\n"
        "- Quotas on wheat rise by 40,000 tonnes a year, the ministry said in its statement\n"
        "- A joint panel will review the terms of the deal in the second week of July 2027\n"
        "- Disputes go to an arbiter named by both sides, according to the published text\n"
    )
    r = run(text)
    assert all("\n" not in q.text for q in r.quotes)
