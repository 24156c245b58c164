"""The memo preview screen, driven with Pilot in a minimal host app (the review app pushes it on ``p``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from memo_fixtures import build
from textual.app import App
from textual.widgets import Input, Markdown

from briefing.cli import main
from briefing.filters import ItemFilter
from screens.memo_preview import ConfirmOverwrite, MemoPathPrompt, MemoPreviewScreen

ACCEPTED = ItemFilter(statuses=["accepted"])


class Host(App):
    def __init__(self, db_path: str, flt: ItemFilter, group_by: str = "speaker") -> None:
        super().__init__()
        self.db_path, self.flt, self.group_by = db_path, flt, group_by

    def on_mount(self) -> None:
        self.push_screen(MemoPreviewScreen(self.db_path, self.flt, self.group_by))


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "b.db"
    build(path)
    return str(path)


def exported(db: str, capsysbinary, *flags: str) -> bytes:
    assert main(["export", "--db", db, *flags]) == 0
    return capsysbinary.readouterr().out


async def rendered(pilot) -> MemoPreviewScreen:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, MemoPreviewScreen)
    return screen


def block_text(block) -> str:
    return " ".join(child.content.plain for child in block.query("MarkdownParagraph"))


async def test_preview_shows_the_accepted_quotes(db, capsysbinary):
    want = exported(db, capsysbinary)
    async with Host(db, ACCEPTED).run_test(size=(100, 30)) as pilot:
        screen = await rendered(pilot)
        quotes = [block_text(b) for b in screen.query("MarkdownBlockQuote")]
        assert any("We will not back down,” Ilse Brandt said, “the deal is off.”" in q for q in quotes)
        assert any("Prices will fall by autumn" in q for q in quotes)
        assert not any("rates would stay" in q for q in quotes)  # pending
        assert len(screen.query("MarkdownTable")) == 1  # the key figures
        assert screen.markdown_text.encode() == want
        assert screen.query_one(Markdown).source == screen.markdown_text
        status = str(screen.query_one("#memo-status").content)
        assert status == "Memo preview · status: accepted · 3 quotes · 2 figures · 2 sources"


async def test_preview_follows_the_filter_and_grouping(db, capsysbinary):
    flt = ItemFilter(statuses=["accepted"], speakers=["Hugo Lind"])
    want = exported(db, capsysbinary, "--speaker", "Hugo Lind", "--group-by", "article")
    async with Host(db, flt, "article").run_test() as pilot:
        screen = await rendered(pilot)
        quotes = [block_text(b) for b in screen.query("MarkdownBlockQuote")]
        assert len(quotes) == 1 and "Prices will fall by autumn" in quotes[0]
        assert screen.markdown_text.encode() == want


async def test_w_writes_the_same_bytes_as_export_to_the_default_path(db, tmp_path, monkeypatch, capsysbinary):
    monkeypatch.chdir(tmp_path)
    async with Host(db, ACCEPTED).run_test() as pilot:
        await rendered(pilot)
        await pilot.press("w")
        await pilot.pause()
        prompt = pilot.app.screen
        assert isinstance(prompt, MemoPathPrompt)
        assert prompt.query_one(Input).value == "memo-2026-05-02.md"  # date of the newest article
        await pilot.press("enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(pilot.app.screen, MemoPreviewScreen)
    written = tmp_path / "memo-2026-05-02.md"
    assert written.read_bytes() == exported(db, capsysbinary)


async def test_w_with_a_typed_path_and_overwrite_confirmation(db, tmp_path, monkeypatch, capsysbinary):
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "brief.md"
    target.write_text("an older memo\n")
    async with Host(db, ACCEPTED).run_test() as pilot:
        await rendered(pilot)
        await pilot.press("w")
        await pilot.pause()
        await pilot.press(*"brief.md")  # the default is selected: typing replaces it
        assert pilot.app.screen.query_one(Input).value == "brief.md"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(pilot.app.screen, ConfirmOverwrite)
        await pilot.press("enter")  # enter by habit keeps the old file ("n" and escape too)
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        assert target.read_text() == "an older memo\n"

        await pilot.press("w")
        await pilot.pause()
        await pilot.press(*"brief.md", "enter")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
    assert target.read_bytes() == exported(db, capsysbinary)


async def test_escape_cancels_the_prompt_and_then_closes_the_preview(db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    async with Host(db, ACCEPTED).run_test() as pilot:
        await rendered(pilot)
        await pilot.press("w")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, MemoPreviewScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(pilot.app.screen, MemoPreviewScreen)
    assert list(tmp_path.glob("*.md")) == []


async def test_bindings_have_ids_and_descriptions():
    ids = {b.id: b for b in MemoPreviewScreen.BINDINGS}
    assert ids["memo_preview.write"].key == "w" and ids["memo_preview.write"].description
    assert ids["memo_preview.close"].key == "escape" and ids["memo_preview.close"].description


async def test_a_broken_database_shows_an_error_not_a_crash(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    async with Host(str(bad), ACCEPTED).run_test() as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, MemoPreviewScreen)
        assert "Cannot build the memo" in str(screen.query_one("#memo-status").content)
        await pilot.press("w")  # nothing to write
        await pilot.pause()
        assert isinstance(pilot.app.screen, MemoPreviewScreen)


def test_preview_snapshot(db, snap_compare):
    async def rendered_first(pilot) -> None:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(Host(db, ACCEPTED), terminal_size=(100, 30), run_before=rendered_first)
