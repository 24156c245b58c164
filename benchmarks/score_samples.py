"""Score `briefing extract --json` on the bundled sample articles against their gold files.

    .venv/bin/python benchmarks/score_samples.py            # table of targets met per article
    .venv/bin/python benchmarks/score_samples.py --verbose  # plus every miss
    .venv/bin/python benchmarks/score_samples.py --check    # exit 1 unless every target is met
    .venv/bin/python benchmarks/score_samples.py --own      # our scorer, even where score.py exists

Runs `.venv/bin/briefing extract --json FILE` once per sample file, then
scores each gold file in tests/gold/ with the official scorer
../shared/eval/score.py (`--line N` for the N-th article of a JSONL, JSON or
CSV file). Where score.py is absent (a fresh clone), it falls back to our own
scorer, tests/gold_scoring.py, which applies the same rules, and says so.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GOLD_DIR = REPO / "tests" / "gold"
SAMPLE_DIR = REPO / "sample_data"
OFFICIAL = REPO.parent / "shared" / "eval" / "score.py"

#: column heading per metric, in score.py's order
COLUMNS = {
    "quote_recall": "q.rec",
    "quote_precision": "q.prec",
    "attribution": "attrib",
    "essential_numbers": "numbers",
    "number_values": "values",
    "sources": "sources",
    "speaker_roles": "roles",
    "boilerplate_items": "boiler",
    "bad_offsets": "offsets",
}
_LINE = re.compile(r"^(\w+)\s+([\d.]+)\s+target\s+\S+\s+(ok|SHORT)$")


def briefing_command() -> list[str]:
    exe = REPO / ".venv" / "bin" / "briefing"
    if exe.exists():
        return [str(exe)]
    found = shutil.which("briefing")
    if found:
        return [found]
    return [sys.executable, "-m", "briefing"]


def extract_file(sample: Path, out: Path) -> str | None:
    """Write the JSON Lines of one sample file to out; return an error line, or None."""
    proc = subprocess.run([*briefing_command(), "extract", "--json", str(sample)],
                          capture_output=True, text=True, cwd=REPO)
    out.write_text(proc.stdout, encoding="utf-8")
    if proc.returncode != 0:
        err = (proc.stderr.strip().splitlines() or [f"exit code {proc.returncode}"])[-1]
        return err
    return None


def score_official(gold: Path, pred: Path, line: int) -> tuple[dict[str, tuple[float, bool]], list[str]]:
    proc = subprocess.run([sys.executable, str(OFFICIAL), str(gold), str(pred), "--line", str(line)],
                          capture_output=True, text=True)
    if proc.returncode != 0 and not proc.stdout:
        raise RuntimeError((proc.stderr.strip().splitlines() or ["score.py failed"])[-1])
    metrics, misses = {}, []
    for raw in proc.stdout.splitlines():
        m = _LINE.match(raw.strip())
        if m:
            metrics[m.group(1)] = (float(m.group(2)), m.group(3) == "ok")
        elif raw.startswith("  - "):
            misses.append(raw[4:])
    return metrics, misses


def _own_scorer():
    spec = importlib.util.spec_from_file_location("gold_scoring", REPO / "tests" / "gold_scoring.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["gold_scoring"] = module
    spec.loader.exec_module(module)
    return module


def score_own(gold: dict, pred: Path, line: int) -> tuple[dict[str, tuple[float, bool]], list[str]]:
    scoring = _own_scorer()
    lines = [ln for ln in pred.read_text(encoding="utf-8").splitlines() if ln.strip()]
    if len(lines) < line:
        raise RuntimeError(f"the extraction has {len(lines)} JSON lines, wanted line {line}")
    result = scoring.score(gold, json.loads(lines[line - 1]))
    short = set(result.short())
    return {k: (v, k not in short) for k, v in result.metrics.items()}, result.misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", action="store_true", help="list every miss under its article")
    parser.add_argument("--check", action="store_true", help="exit 1 unless every target is met")
    parser.add_argument("--own", action="store_true",
                        help="score with tests/gold_scoring.py even where ../shared/eval/score.py exists")
    args = parser.parse_args(argv)

    golds = sorted(GOLD_DIR.glob("*.json"))
    if not golds:
        print(f"no gold files in {GOLD_DIR}", file=sys.stderr)
        return 1
    official = OFFICIAL.exists() and not args.own
    if official:
        print(f"scorer: {OFFICIAL}")
    else:
        print("scorer: tests/gold_scoring.py" + ("" if args.own else " (../shared/eval/score.py not found)"))

    with tempfile.TemporaryDirectory(prefix="briefing-samples-") as tmp:
        preds: dict[str, tuple[Path, str | None]] = {}
        width = max(len(g.stem) for g in golds)
        print(f"{'article':{width}}  " + "  ".join(f"{c:>7}" for c in COLUMNS.values()) + "    met")
        total_met = total = all_met = 0
        for gold_path in golds:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            file_name, line = gold["article"]["file"], gold["article"].get("line", 1)
            if file_name not in preds:
                out = Path(tmp) / f"{len(preds)}.jsonl"
                preds[file_name] = (out, extract_file(SAMPLE_DIR / file_name, out))
            pred, error = preds[file_name]
            try:
                if error:
                    raise RuntimeError(f"briefing extract failed: {error}")
                metrics, misses = (score_official(gold_path, pred, line) if official
                                   else score_own(gold, pred, line))
            except RuntimeError as exc:
                total += len(COLUMNS)
                print(f"{gold_path.stem:{width}}  {exc}")
                continue
            met = sum(ok for _, ok in metrics.values())
            total_met += met
            total += len(COLUMNS)
            all_met += met == len(COLUMNS)
            cells = []
            for name in COLUMNS:
                value, ok = metrics.get(name, (float("nan"), False))
                shown = f"{value:.0f}" if name in ("boilerplate_items", "bad_offsets") else f"{value:.2f}"
                cells.append(f"{shown + ('' if ok else '*'):>7}")
            print(f"{gold_path.stem:{width}}  " + "  ".join(cells) + f"    {met}/{len(COLUMNS)}")
            if args.verbose:
                for miss in misses:
                    print(f"{'':{width}}    - {miss}")
    print(f"\n* = short of target. {all_met}/{len(golds)} articles meet every target; "
          f"{total_met}/{total} targets met in all.")
    return 1 if args.check and all_met < len(golds) else 0


if __name__ == "__main__":
    sys.exit(main())
