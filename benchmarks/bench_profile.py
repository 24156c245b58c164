"""A profile of the import path: one ``briefing import`` of about 1,000 articles under cProfile.

The import runs in a child process (``briefing.cli.main``, as the command
does) with the process pool switched off, so the one profile holds all the
work: reading the JSON, checking it, extraction, turning items into rows,
and the SQL (inserts, full-text index, triggers). With the pool on, the
extraction share is divided among the cores and the rest stays in the main
process. cProfile's per-call overhead inflates code made of many small
calls (the extractor's), so shares are indicative, not exact.

Writes ``benchmarks/out/import_profile.txt``: the stages (cumulative time of
known entry points), the top functions by their own time, and the standard
pstats listing by cumulative time.
"""

from __future__ import annotations

import io
import json
import pstats
import sys
import time
from pathlib import Path

from benchmarks import bench_import, harness
from benchmarks.harness import BenchError, Section

#: (file suffix, function, what it is): the stages of an import, as the profile names them
STAGES = [
    ("briefing/commands/import_cmd.py", "run", "the whole `briefing import` command"),
    ("briefing/commands/import_cmd.py", "_check_inputs", "checking every input before writing (a first pass)"),
    ("briefing/ingest/jsonfile.py", "iter_json_values", "streaming JSON parse (both passes)"),
    ("briefing/ingest/jsonfile.py", "record_from_value", "JSON object -> Article (both passes)"),
    ("store/write.py", "resolve", "looking up which articles are new"),
    ("briefing/extract/pipeline.py", "extract", "extraction (all passes)"),
    ("store/write.py", "prepare", "extraction -> row dicts"),
    ("store/write.py", "save_batch", "writing batches (SQL, FTS, triggers)"),
]


def _child(file: str, db: str, out: str) -> int:
    import cProfile

    import briefing.commands.import_cmd as import_cmd
    from briefing.cli import main

    serial = hasattr(import_cmd, "PARALLEL_MIN_ARTICLES")
    if serial:
        import_cmd.PARALLEL_MIN_ARTICLES = 1 << 62
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    rc = main(["import", file, "--db", db])
    prof.disable()
    wall = time.perf_counter() - t0
    prof.dump_stats(out)
    print(json.dumps({"rc": rc, "serial": serial, "wall": wall}))
    return 0


def _plain(file: str, db: str) -> int:
    """The same serial import without a profiler, then extraction alone on the same texts: CPU seconds."""
    import briefing.commands.import_cmd as import_cmd
    from benchmarks.harness import corpus
    from briefing.cli import main
    from briefing.extract import extract
    from briefing.models import Article

    if hasattr(import_cmd, "PARALLEL_MIN_ARTICLES"):
        import_cmd.PARALLEL_MIN_ARTICLES = 1 << 62
    c0 = time.process_time()
    rc = main(["import", file, "--db", db])
    imported = time.process_time() - c0
    n = len(json.loads(Path(file).read_text(encoding="utf-8")))
    texts = [r["text"] for r in corpus(n)[0]]
    c0 = time.process_time()
    for t in texts:
        extract(Article(text="".join([t[:1], t[1:]])))  # fresh objects, as in the import
    extraction = time.process_time() - c0
    print(json.dumps({"rc": rc, "import_cpu": imported, "extract_cpu": extraction}))
    return 0


def _where(key: tuple[str, int, str]) -> str:
    file, line, func = key
    if file == "~":
        return func
    path = file
    for prefix in (str(harness.ROOT) + "/", "site-packages/"):
        i = path.find(prefix)
        if i >= 0:
            path = path[i + len(prefix):]
    return f"{path}:{line} {func}"


def _stage_times(stats: pstats.Stats) -> list[tuple[str, str, float, int]]:
    found = []
    raw = stats.stats  # type: ignore[attr-defined]
    for suffix, func, label in STAGES:
        cum, calls = 0.0, 0
        for (file, _line, name), (_cc, nc, _tt, ct, _callers) in raw.items():
            if name == func and file.replace("\\", "/").endswith(suffix):
                cum += ct
                calls += nc
        if calls:
            found.append((f"{suffix} {func}", label, cum, calls))
    sql = [(k, v) for k, v in raw.items() if k[0] == "~" and "sqlite3." in k[2]]
    if sql:
        found.append(("sqlite3 execute/executemany/commit...", "time inside SQLite (inserts, FTS, triggers, queries)",
                      sum(v[2] for _, v in sql), sum(v[1] for _, v in sql)))
    return found


def _child_json(args: list[str], what: str) -> dict:
    """Run ``python -m benchmarks.bench_profile ARGS``; its last JSON line, or a clear error."""
    r = harness.run([sys.executable, "-m", "benchmarks.bench_profile", *args], cwd=harness.ROOT, check=False)
    found = [ln for ln in r.stdout.strip().splitlines() if ln.startswith("{")]
    if r.returncode != 0 or not found:
        last = (r.stderr.strip() or r.stdout.strip() or "no output").splitlines()[-1]
        raise BenchError(f"the {what} failed (exit {r.returncode}): {last[:300]}")
    info = json.loads(found[-1])
    if info.get("rc") != 0:
        raise BenchError(f"the {what}: `briefing import` returned {info.get('rc')}: {r.stderr.strip()[-300:]}")
    return info


def _is_re(file: str) -> bool:
    return "/re/" in file.replace("\\", "/") or file == "~"


def _regex_compiles(stats: pstats.Stats) -> tuple[int, float, list[tuple[str, float]]]:
    """Patterns compiled while importing (cache misses): count, seconds, the code that asked most."""
    raw = stats.stats  # type: ignore[attr-defined]
    compiles = [(k, v) for k, v in raw.items() if k[0].replace("\\", "/").endswith("re/_compiler.py")
                and k[2] == "compile"]
    if not compiles:
        return 0, 0.0, []
    count = sum(v[1] for _, v in compiles)
    seconds = sum(v[3] for _, v in compiles)
    blame: dict[str, float] = {}
    public = [(k, v) for k, v in raw.items() if k[0].replace("\\", "/").endswith("re/__init__.py")
              and k[2] in ("compile", "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer")]
    for _key, v in public:
        for caller, (_cc, _nc, _tt, ct) in v[4].items():
            if not _is_re(caller[0]):
                blame[_where(caller)] = blame.get(_where(caller), 0.0) + ct
    return count, seconds, sorted(blame.items(), key=lambda kv: kv[1], reverse=True)[:3]


def _sql_callers(stats: pstats.Stats) -> list[tuple[str, str, float, int]]:
    """(SQLite method, calling function, seconds, calls), largest first."""
    out = []
    for key, v in stats.stats.items():  # type: ignore[attr-defined]
        if key[0] == "~" and "sqlite3." in key[2]:
            method = key[2].split("'")[1] if "'" in key[2] else key[2]
            for caller, (_cc, nc, _tt, ct) in v[4].items():
                out.append((method, _where(caller), ct, nc))
    return sorted(out, key=lambda r: r[2], reverse=True)


def run() -> list[Section]:
    n, _ = bench_import.sizes()
    file, source = harness.corpus_file(n)
    db = harness.workdir() / "profile.db"
    prof_path = harness.OUT / "import_profile.prof"
    harness.remove_db(db)
    info = _child_json(["--child", str(file), str(db), str(prof_path)], "profiled import")
    harness.remove_db(db)
    plain = _child_json(["--plain", str(file), str(db)], "unprofiled serial import")
    harness.remove_db(db)
    startup = harness.run([*harness.command("briefing"), "import", "--help"]).cpu

    stats = pstats.Stats(str(prof_path))
    total = stats.total_tt  # type: ignore[attr-defined]
    rows = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)  # type: ignore[attr-defined]
    stages = _stage_times(stats)
    n_re, re_s, re_blame = _regex_compiles(stats)
    sql = _sql_callers(stats)
    imp, ext = plain["import_cpu"], plain["extract_cpu"]
    rest = max(imp - ext, 0.0)

    mode = "process pool off (all work in one process)" if info["serial"] else \
        "could not switch the pool off: the main process only"
    report = io.StringIO()
    w = report.write
    w(f"Profile of `briefing import` of {n:,} articles ({source}), cProfile, {mode}.\n")
    w(f"Profiled wall-clock {info['wall']:.1f} s; profiled CPU total {total:.1f} s (cProfile overhead included).\n")
    w(f"Without the profiler, the same serial import took {imp:.2f} s of CPU (after start-up); extraction "
      f"alone of the same {n:,} texts {ext:.2f} s ({ext / imp:.0%}); everything else {rest:.2f} s "
      f"({rest / imp:.0%}). Start-up of `briefing import` (imports): {startup:.2f} s of CPU.\n\n")
    w("STAGES (cumulative time of each entry point; stages nest, shares do not add up)\n")
    for name, label, cum, calls in stages:
        w(f"{cum / total:7.1%} {cum:8.2f} s {calls:>9,} calls  {label}  [{name}]\n")
    w("\nTOP 30 FUNCTIONS BY OWN TIME (tottime)\n")
    w(f"{'share':>7} {'own s':>8} {'cum s':>8} {'calls':>10}  function\n")
    for key, (_cc, nc, tt, ct, _callers) in rows[:30]:
        w(f"{tt / total:7.1%} {tt:8.2f} {ct:8.2f} {nc:>10,}  {_where(key)}\n")
    w("\nSQLITE CALLS BY CALLER (seconds inside SQLite, including triggers and FTS)\n")
    for method, caller, ct, nc in sql[:12]:
        w(f"{ct / total:7.1%} {ct:8.2f} s {nc:>9,} calls  {method}  <-  {caller}\n")
    w(f"\nREGULAR EXPRESSIONS COMPILED DURING THE IMPORT: {n_re:,} compiles, {re_s:.2f} s ({re_s / total:.1%})\n")
    for caller, ct in re_blame:
        w(f"{ct / total:7.1%} {ct:8.2f} s  {caller}\n")
    w("\nSTANDARD PSTATS LISTING, BY CUMULATIVE TIME (top 60)\n")
    listing = io.StringIO()
    pstats.Stats(str(prof_path), stream=listing).strip_dirs().sort_stats("cumulative").print_stats(60)
    w(listing.getvalue())
    (harness.OUT / "import_profile.txt").write_text(report.getvalue(), encoding="utf-8")

    sec = Section(f"Profile of the import path ({n:,} articles)")
    sec.lines += [
        f"cProfile of one `briefing import` of {n:,} articles, {mode}; full listing in "
        f"`benchmarks/out/import_profile.txt` (and `import_profile.prof` for snakeviz/pstats). "
        f"Profiled total {total:.1f} s of CPU; cProfile's overhead inflates code made of many small calls "
        f"(the extractor's) more than time spent inside SQLite, so the unprofiled split comes first.",
        "",
        f"Without the profiler: the serial import took **{imp:.2f} s** of CPU after start-up "
        f"({imp / n * 1000:.1f} ms per article); extraction alone of the same texts **{ext:.2f} s "
        f"({ext / imp:.0%})**; reading, turning items into rows, SQL, full-text index and triggers "
        f"**{rest:.2f} s ({rest / imp:.0%})**. Start-up of the command: {startup:.2f} s of CPU.",
        "",
        "| stage, profiled (cumulative; stages nest) | share | seconds |",
        "|---|---:|---:|",
    ]
    for _name, label, cum, _calls in stages:
        sec.lines.append(f"| {label} | {cum / total:.1%} | {cum:.2f} |")
    sec.lines += [
        "",
        "| top functions by own time, profiled | share | own s | calls |",
        "|---|---:|---:|---:|",
    ]
    for key, (_cc, nc, tt, _ct, _callers) in rows[:8]:
        sec.lines.append(f"| `{_where(key)}` | {tt / total:.1%} | {tt:.2f} | {nc:,} |")
    if sql:
        method, caller, ct, nc = sql[0]
        sec.lines += ["", f"Largest SQLite cost: `{method}` from `{caller}`, {ct:.2f} s ({ct / total:.1%}) in "
                          f"{nc:,} calls (batch inserts; the search index, totals and speaker counts are then updated in one statement per batch)."]
    if n_re:
        who = ", ".join(f"`{c}` {ct:.2f} s" for c, ct in re_blame)
        sec.lines += ["", f"Regular expressions compiled during the import (cache misses): {n_re:,}, "
                          f"{re_s:.2f} s ({re_s / total:.1%}); asked for by {who}."]
    return [sec]


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        sys.exit(_child(*sys.argv[2:5]))
    if len(sys.argv) == 4 and sys.argv[1] == "--plain":
        sys.exit(_plain(*sys.argv[2:4]))
    print("usage: python -m benchmarks (this module is run by it)", file=sys.stderr)
    sys.exit(2)
