"""Score the extraction engine on PolNeAR in-process (no subprocess), with ../shared's scorer.

    .venv/bin/python benchmarks/eval_polnear.py [dev|train] [--limit N] [--verbose]

Uses ../shared/eval/polnear.py when it is there (it is not part of the repo).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

from briefing.extract import extract
from briefing.models import Article

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


def load_scorer():
    path = SHARED / "polnear.py"
    if not path.exists():
        sys.exit(f"no scorer at {path}")
    spec = importlib.util.spec_from_file_location("polnear", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("split", nargs="?", default="dev")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--grep", default="")
    args = ap.parse_args()
    pn = load_scorer()
    data = SHARED / "polnear" / args.split
    items = []
    for t in sorted((data / "text").glob("*.txt")):
        anns = sorted((data / "attributions").glob(t.stem + "_*.ann"))
        if anns and args.grep in t.stem:
            items.append((t, anns[0]))
    if args.limit:
        items = items[: args.limit]
    tot = {k: {"gold": 0, "pred": 0, "tp": 0, "ptp": 0, "spk": 0} for k in ("all", "direct")}
    elapsed = 0.0
    for t, ann in items:
        raw = t.read_text(encoding="utf-8")
        t0 = time.perf_counter()
        pred = extract(Article(text=raw)).to_json_dict()
        elapsed += time.perf_counter() - t0
        gold = pn.parse_ann(ann, raw)
        preds, results = pn.score_article(raw, gold, pred)
        for key in ("all", "direct"):
            gsel = [i for i, g in enumerate(gold) if key == "all" or g["direct"]]
            psel = [p for p in preds if key == "all" or p["kind"] != "indirect"]
            v = tot[key]
            v["gold"] += len(gsel)
            v["pred"] += len(psel)
            v["ptp"] += sum(1 for p in psel if p["hits"])
            v["tp"] += sum(1 for i in gsel if results[i][0])
            v["spk"] += sum(1 for i in gsel if results[i][0] and results[i][1])
        if args.verbose:
            for i, g in enumerate(gold):
                src = raw[g["source"][0]:g["source"][1]] if g["source"] else None
                if g["direct"] and not results[i][0]:
                    print(f"{t.stem[:40]}: MISSED [{src}]: {raw[g['start']:g['end']][:150]!r}")
                elif g["direct"] and not results[i][1]:
                    got = [raw[p["mention"][0]:p["mention"][1]] if p["mention"] else None
                           for p in preds if i in p["hits"]]
                    print(f"{t.stem[:40]}: SPEAKER want {src!r} got {got}: {raw[g['start']:g['end']][:100]!r}")
            for p in preds:
                if not p["hits"] and p["kind"] != "indirect":
                    print(f"{t.stem[:40]}: EXTRA {p['kind']}: {raw[p['span'][0]:p['span'][1]][:120]!r}")
    for key, v in tot.items():
        p = v["ptp"] / v["pred"] if v["pred"] else 0.0
        r = v["tp"] / v["gold"] if v["gold"] else 0.0
        acc = v["spk"] / v["tp"] if v["tp"] else 0.0
        e2e_r = v["spk"] / v["gold"] if v["gold"] else 0.0
        e2e_p = p * acc
        print(f"{key:7} gold {v['gold']:5} pred {v['pred']:5} P {p:.3f} R {r:.3f} F1 {pn.f1(p, r):.3f} "
              f"speaker {acc:.3f} end-to-end F1 {pn.f1(e2e_p, e2e_r):.3f}")
    print(f"extraction: {elapsed / max(1, len(items)) * 1000:.2f} ms per article over {len(items)} articles")


if __name__ == "__main__":
    main()
