"""Shared fixtures: keep this small and generic (a database path, a way to run the CLI)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a test's database lives (a real SQLite file; not created yet)."""
    return tmp_path / "briefing.db"


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """Run ``briefing ARGS...`` in-process; returns exit code, stdout and stderr."""
    from briefing.cli import main

    def run(*args: str | os.PathLike[str]) -> CliResult:
        capsys.readouterr()
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


@pytest.fixture
def cli_process() -> Callable[..., CliResult]:
    """Run ``briefing ARGS...`` as a separate process (``python -m briefing``)."""

    def run(*args: str | os.PathLike[str], stdin: bytes | None = None, timeout: float = 300) -> CliResult:
        proc = subprocess.run(
            [sys.executable, "-m", "briefing", *map(str, args)],
            input=stdin,
            capture_output=True,
            cwd=REPO,
            timeout=timeout,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
        return CliResult(proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace"))

    return run


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The small review database of `tests/app_fixtures.py` (three articles), reviewed by "ana"."""
    from tests.app_fixtures import build_sample

    monkeypatch.setenv("BRIEFING_USER", "ana")
    return build_sample(tmp_path / "review.db")
