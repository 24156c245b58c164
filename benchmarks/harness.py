"""What every comparison shares: the data sets, timed subprocesses, the machine, table rows.

The benchmark data is built from ``../shared/eval/polnear`` when it is there
(the PolNeAR train texts, 840 political news articles) and otherwise from the
articles in ``sample_data/``, repeated the same way, so ``make bench`` runs
on a fresh clone either way; the results say which was used.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
POLNEAR = ROOT.parent / "shared" / "eval" / "polnear"
SAMPLES = ROOT / "sample_data"
BIN = Path(sys.executable).parent  # the venv's bin: briefing and sqlite-utils console scripts


class BenchError(Exception):
    """A comparison could not run (a command failed, a tool is missing): one line for the table."""


def quick() -> bool:
    """``BENCH_QUICK=1``: smaller sizes and fewer repeats, for a fast look."""
    return os.environ.get("BENCH_QUICK", "").strip() not in ("", "0", "no", "false")


def workdir() -> Path:
    """Scratch space for databases and input files (under ``benchmarks/out/``, gitignored)."""
    path = OUT / "work"
    path.mkdir(parents=True, exist_ok=True)
    return path


def remove_db(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


# --- the machine ----------------------------------------------------------------------


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def machine() -> dict[str, str]:
    """What the numbers were measured on."""
    try:
        load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        load = "n/a"
    return {
        "date": dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "cores": str(cores()),
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
        "sqlite": sqlite3.sqlite_version,
        "load average at start (1, 5, 15 min)": load,
    }


# --- data -----------------------------------------------------------------------------


def _title(text: str) -> str:
    return text.strip().split("\n", 1)[0].strip()[:200]


def base_articles() -> tuple[list[dict], str]:
    """The distinct articles the data sets repeat, and where they came from.

    Each is ``{"stem", "title", "text"}``: PolNeAR train texts when
    ``../shared`` is present, else the plain-text and JSON articles of
    ``sample_data/`` (read directly, so a broken importer cannot change the data).
    """
    polnear = sorted((POLNEAR / "train" / "text").glob("*.txt"))
    if polnear:
        arts = []
        for f in polnear:
            text = f.read_text(encoding="utf-8").replace("\r\n", "\n")
            arts.append({"stem": f.stem, "title": _title(text), "text": text})
        return arts, f"PolNeAR train texts ({len(arts)} articles, ../shared/eval/polnear/train/text)"
    arts = []
    for f in sorted(SAMPLES.iterdir()):
        if f.suffix in (".txt", ".md") and f.name != "README.md":
            text = f.read_text(encoding="utf-8").replace("\r\n", "\n")
            arts.append({"stem": f.stem, "title": _title(text), "text": text})
        elif f.suffix == ".jsonl":
            for i, line in enumerate(f.read_text(encoding="utf-8").splitlines()):
                if line.strip():
                    rec = json.loads(line)
                    text = str(rec.get("text") or "")
                    if text.strip():
                        arts.append({"stem": f"{f.stem}-{i}", "title": rec.get("title") or _title(text),
                                     "text": text})
    if not arts:
        raise BenchError(f"no articles: neither {POLNEAR} nor readable articles in {SAMPLES}")
    return arts, f"sample_data articles ({len(arts)} distinct; ../shared/eval/polnear is absent)"


def corpus(n: int) -> tuple[list[dict], str]:
    """``n`` articles ``{"id", "title", "text"}``: the base articles over and over, each copy its own id."""
    base, source = base_articles()
    records = []
    copy = 0
    while len(records) < n:
        copy += 1
        for a in base:
            if len(records) == n:
                break
            records.append({"id": f"{a['stem']}-{copy}", "title": a["title"], "text": a["text"]})
    return records, source


_WRITTEN: set[Path] = set()


def corpus_file(n: int) -> tuple[Path, str]:
    """The first ``n`` articles of the corpus as one JSON array file (written once per run)."""
    path = workdir() / f"articles-{n}.json"
    records, source = corpus(n)
    if path not in _WRITTEN:
        path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
        _WRITTEN.add(path)
    return path, source


def forty_articles() -> tuple[list[str], str]:
    """The 40 articles of the extraction comparison (as in ``numbers_vs_quantulum.py``)."""
    texts = []
    for split in ("dev", "train"):
        files = sorted((POLNEAR / split / "text").glob("*.txt"))[:20]
        texts += [f.read_text(encoding="utf-8").replace("\r\n", "\n") for f in files]
    if len(texts) == 40:
        return texts, "40 PolNeAR articles (the first 20 of dev and of train)"
    base, _ = base_articles()
    texts = [base[i % len(base)]["text"] for i in range(40)]
    return texts, f"40 sample_data articles ({len(base)} distinct, repeated; ../shared/eval/polnear is absent)"


# --- timed subprocesses ---------------------------------------------------------------


@dataclass
class Run:
    """One finished command: wall-clock seconds, CPU seconds (it and its children), peak memory."""

    wall: float
    cpu: float
    maxrss_mb: float
    returncode: int
    stdout: str
    stderr: str


def command(name: str) -> list[str]:
    """A console script of this venv (``briefing``, ``sqlite-utils``), as a user runs it."""
    script = BIN / name
    if script.exists():
        return [str(script)]
    found = shutil.which(name)
    if found:
        return [found]
    module = {"briefing": "briefing", "sqlite-utils": "sqlite_utils"}.get(name, name)
    return [sys.executable, "-m", module]


#: Runs one command and reports its wall-clock time and rusage. A separate small process
#: because Linux carries a process's peak RSS across fork and exec: a child forked from this
#: (large) harness would report the harness's memory as its own peak.
_LAUNCHER = """
import json, os, subprocess, sys, time
cmd, cwd, out, err, res = json.loads(sys.argv[1])
with open(out, "wb") as o, open(err, "wb") as e:
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=cwd, stdout=o, stderr=e, stdin=subprocess.DEVNULL)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
with open(res, "w") as r:
    json.dump({"wall": wall, "cpu": ru.ru_utime + ru.ru_stime, "maxrss_kb": ru.ru_maxrss,
               "returncode": p.returncode}, r)
"""


def run(cmd: Sequence[str], *, cwd: Path | None = None, env: dict | None = None, check: bool = True) -> Run:
    """Run ``cmd`` to the end; wall clock from spawn to exit, rusage of the process tree.

    ``os.wait4`` (in a small launcher process) gives the rusage of this one
    child and the children it waited for, such as an extraction pool; its
    ``ru_maxrss`` is the largest of those processes.
    """
    work = workdir()
    out_path, err_path, res_path = work / "last.stdout", work / "last.stderr", work / "last.json"
    res_path.unlink(missing_ok=True)
    spec = json.dumps([list(cmd), str(cwd) if cwd else None, str(out_path), str(err_path), str(res_path)])
    launcher = subprocess.run([sys.executable, "-S", "-c", _LAUNCHER, spec], env=env, check=False,
                              stdin=subprocess.DEVNULL, capture_output=True, text=True)
    if launcher.returncode != 0 or not res_path.exists():
        raise BenchError(f"could not run {Path(cmd[0]).name}: {launcher.stderr.strip()[-300:]}")
    info = json.loads(res_path.read_text())
    result = Run(
        wall=info["wall"],
        cpu=info["cpu"],
        maxrss_mb=info["maxrss_kb"] / 1024,
        returncode=info["returncode"],
        stdout=out_path.read_text(encoding="utf-8", errors="replace"),
        stderr=err_path.read_text(encoding="utf-8", errors="replace"),
    )
    if check and result.returncode != 0:
        last = (result.stderr.strip() or result.stdout.strip() or "no output").splitlines()[-1]
        raise BenchError(f"`{' '.join(Path(c).name if i == 0 else c for i, c in enumerate(cmd))}` "
                         f"exited {result.returncode}: {last[:300]}")
    return result


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


# --- results --------------------------------------------------------------------------


@dataclass
class Goal:
    """One goal of issue 6 and whether this run met it."""

    name: str
    target: str
    measured: str
    met: bool | None  # None: could not be measured


@dataclass
class Section:
    """One comparison's part of the results: a heading, Markdown lines, the goals it checks."""

    title: str
    lines: list[str] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    seconds: float = 0.0
    failed: bool = False  # the comparison could not run; ``lines`` say why


def verdict(met: bool | None) -> str:
    return {True: "met", False: "**not met**", None: "not measured"}[met]


def fmt_s(seconds: float) -> str:
    if seconds >= 10:
        return f"{seconds:.1f} s"
    if seconds >= 1:
        return f"{seconds:.2f} s"
    return f"{seconds * 1000:.1f} ms"


def fmt_ratio(x: float) -> str:
    if x != x or x == float("inf"):
        return "n/a"
    return f"{x:.0f}x" if x >= 100 else f"{x:.2f}x"
