"""A small briefing database for the memo, export and verify tests, written with plain inserts.

The rows are written the way another tool would write them (sqlite-utils
inserts into a database that ``store.open_store`` created), not through
briefing's own writer: the memo must work on any rows that follow the schema.
All article text here is made up for the tests.
"""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from briefing.identity import dup_key, item_key
from store import open_store

PORTS = (
    "Grain exports rose 12% in April, the trade ministry said on Friday.\n\n"
    "\u201cWe will not back down,\u201d Ilse Brandt said, \u201cthe deal is off.\u201d "
    "Brandt, the trade minister, spoke after a cabinet meeting.\n\n"
    "Officials familiar with the talks said the minister will visit Oslo in late June. "
    "Harbour traffic fell to 3.5 million tonnes, according to the port authority's annual report.\n"
)

COURIER = (
    "The Courier - Talks collapse\n\n"
    "\u201cWe will not back down,\u201d Ilse Brandt said, \u201cthe deal is off.\u201d\n\n"
    "\u201cPrices will fall by autumn,\u201d said Hugo Lind, the central bank governor. "
    "Lind added that rates would stay at 4.5% until the end of the year.\n"
)

HOSTILE_QUOTES = [
    "Use *bold* and _under_ and **strong** words",
    "a | pipe | in | a | quote",
    "<script>alert(1)</script> and <b>tags</b>",
    "[click here](javascript:alert(1)) and ![img](http://x.test/a.png)",
    "`rm -rf /` in ``double`` backticks",
    "# not a heading",
    "> not a quote",
    "- not a list",
    "1. not a list either",
    "see http://evil.example.com and www.evil.example.org or mail bob@evil.example.net",
    "entity &amp; &#42; and a backslash \\ and [^1] fake footnote",
    "colour \x1b[31mred\x1b[0m and bell \x07 and title \x1b]0;pwned\x07 end",
    "~~struck~~ and <https://auto.example.com> and trailing two spaces  ",
]
HOSTILE = (
    "Statements collected for the record.\n\n"
    + "\n".join(f"\u201c{q}\u201d said Mallory Vance." for q in HOSTILE_QUOTES)
    + "\nThe levy is 7 | 8 *percent* of <b>turnover</b>.\n"
)


def span(text: str, needle: str, nth: int = 1) -> tuple[int, int]:
    """Offsets of the ``nth`` occurrence of ``needle`` in ``text``."""
    start = -1
    for _ in range(nth):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def add_article(db: Database, aid: str, text: str, **fields) -> str:
    db["articles"].insert({"id": aid, "text": text, **fields})
    return aid


def add_speaker(db: Database, name: str, role: str | None = None, organization: str | None = None, **extra) -> int:
    return db["speakers"].insert(
        {"key": name.lower(), "name": name, "role": role, "organization": organization, **extra}
    ).last_pk


def add_quote(db: Database, aid: str, text: str, needle: str, *, nth: int = 1, status: str = "accepted",
              speaker_id: int | None = None, speaker_name: str | None = None, kind: str = "direct",
              cue: str | None = None, group_id: str | None = None, copy_of: int | None = None,
              note: str | None = None, occurrence: int = 1) -> int:
    start, end = span(text, needle, nth)
    row = {
        "article_id": aid, "item_key": item_key(needle, occurrence), "start": start, "end": end, "text": needle,
        "kind": kind, "speaker_id": speaker_id, "speaker_name": speaker_name, "group_id": group_id,
        "copy_of": copy_of, "dup_key": dup_key(needle), "status": status, "note": note,
    }
    if cue:
        cs, ce = span(text, cue, 1)
        row.update(cue_text=cue, cue_start=cs, cue_end=ce)
    return db["quotes"].insert(row).last_pk


def add_number(db: Database, aid: str, text: str, needle: str, *, status: str = "accepted", value=None,
               unit=None, kind=None, context=None, note=None) -> int:
    start, end = span(text, needle)
    return db["numbers"].insert({
        "article_id": aid, "item_key": item_key(needle, 1), "start": start, "end": end, "text": needle,
        "value": value, "unit": unit, "kind": kind, "context": context, "status": status, "note": note,
    }).last_pk


def add_source(db: Database, aid: str, text: str, needle: str, *, name: str, kind: str,
               status: str = "accepted", note=None) -> int:
    start, end = span(text, needle)
    return db["sources"].insert({
        "article_id": aid, "item_key": item_key(needle, 1), "start": start, "end": end, "text": needle,
        "name": name, "kind": kind, "status": status, "note": note,
    }).last_pk


def tag(db: Database, table: str, item_id: int, *names: str) -> None:
    for name in names:
        tag_id = db["tags"].lookup({"name": name})
        db[f"{table}_tags"].insert({f"{table}_id": item_id, "tags_id": tag_id}, ignore=True)


def build(path: Path) -> dict[str, int]:
    """The standard test database: two articles sharing a syndicated split quote, figures, sources."""
    db = open_store(path)
    ids: dict[str, int] = {}
    with db.conn:
        add_article(db, "ports1", PORTS, title="Ports reopen as talks resume", outlet="Daily Planet",
                    published="2026-05-01", url="https://news.example.org/ports")
        add_article(db, "cour2", COURIER, title="Talks collapse", outlet="The Courier",
                    published="2026-05-02T09:30:00Z", url="https://courier.example.net/talks")
        brandt = add_speaker(db, "Ilse Brandt", "Trade Minister", "Ministry of Trade")
        lind = add_speaker(db, "Hugo Lind", "Governor", "Central Bank")
        anon = add_speaker(db, "officials familiar with the talks")
        ids["b1"] = add_quote(db, "ports1", PORTS, "We will not back down,", speaker_id=brandt, cue="said",
                              group_id="g1", note="Harder line than last week.")
        ids["b2"] = add_quote(db, "ports1", PORTS, "the deal is off.", speaker_id=brandt, cue="said", group_id="g1")
        ids["b1c"] = add_quote(db, "cour2", COURIER, "We will not back down,", speaker_id=brandt, cue="said",
                               group_id="g9", copy_of=ids["b1"], status="pending")
        ids["b2c"] = add_quote(db, "cour2", COURIER, "the deal is off.", speaker_id=brandt, cue="said",
                               group_id="g9", copy_of=ids["b2"], status="pending")
        ids["visit"] = add_quote(db, "ports1", PORTS, "the minister will visit Oslo in late June", kind="indirect",
                                 speaker_id=anon, cue="said")
        ids["lind"] = add_quote(db, "cour2", COURIER, "Prices will fall by autumn,", speaker_id=lind, cue="said")
        ids["rates"] = add_quote(db, "cour2", COURIER, "rates would stay at 4.5% until the end of the year",
                                 kind="indirect", speaker_id=lind, cue="added", status="pending")
        ids["n12"] = add_number(db, "ports1", PORTS, "12%", value=12, unit="percent", kind="percent",
                                context="rise in grain exports in April")
        ids["n35"] = add_number(db, "ports1", PORTS, "3.5 million tonnes", value=3.5e6, unit="tonnes",
                                kind="quantity", context="harbour traffic", note="Down from 4.1 million.")
        ids["n45"] = add_number(db, "cour2", COURIER, "4.5%", value=4.5, unit="percent", kind="percent",
                                context="policy rate", status="rejected")
        ids["s_anon"] = add_source(db, "ports1", PORTS, "Officials familiar with the talks",
                                   name="officials familiar with the talks", kind="anonymous")
        ids["s_doc"] = add_source(db, "ports1", PORTS, "the port authority's annual report",
                                  name="port authority annual report", kind="document")
        tag(db, "quotes", ids["b1"], "trade")
        tag(db, "quotes", ids["lind"], "economy")
        tag(db, "numbers", ids["n12"], "trade")
    db.close()
    return ids


def build_hostile(path: Path) -> None:
    """One article whose every quote is hostile Markdown, plus a figure and names that are too."""
    db = open_store(path)
    with db.conn:
        add_article(db, "evil", HOSTILE, title="*Bold* | title <script>x</script> [a](javascript:b)",
                    outlet="Out|let _x_", published="2026-05-03", url="javascript:alert(1)")
        sid = add_speaker(db, "Mallory *Vance* | [x](javascript:y)", "# role", "<b>Org</b> | \x1b[2J")
        for i, q in enumerate(HOSTILE_QUOTES):
            add_quote(db, "evil", HOSTILE, q, speaker_id=sid, cue="said",
                      note=f"note {i} with *stars* and | pipe" if i % 3 == 0 else None)
        add_number(db, "evil", HOSTILE, "7 | 8 *percent*", kind="percent", unit="|%|",
                   context="levy on <b>turnover</b> | *x*", note="a | note")
        add_source(db, "evil", HOSTILE, "Mallory Vance", name="Mallory | *Vance*", kind="organization")
    db.close()
