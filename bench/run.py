#!/usr/bin/env python3
"""Times each benchmark under Spindle, CPython and (when a twin .lua exists) Lua.

    bench/run.py                      # every bench/*.py, best of 3
    bench/run.py fib nbody -n 5       # some of them, best of 5
    bench/run.py --markdown           # a Markdown table for docs/benchmarks.md

Ratio = python3 time / spindle time: above 1 means Spindle is faster. The
geometric mean covers the benchmarks Spindle ran successfully. A benchmark
whose output differs from CPython's is flagged, since a fast wrong answer
is not a result. Timing never decides a test's pass or fail.
"""

import argparse
import math
import os
import platform
import shutil
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
DEFAULT_SPINDLE = REPO_ROOT / "build" / "release" / "spindle"


class RunFailed(Exception):
    pass


def time_once(command, cwd, timeout):
    start = time.perf_counter()
    try:
        done = subprocess.run(command, cwd=cwd, stdin=subprocess.DEVNULL,
                              capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise RunFailed(f"timed out after {timeout:g} s")
    except OSError as error:
        raise RunFailed(str(error))
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        last = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
        raise RunFailed(f"exit {done.returncode}: {last[0]}")
    return elapsed, done.stdout


def best_of(command, cwd, runs, timeout):
    """Best (minimum) wall time of `runs` runs, and the output of the last."""
    best = math.inf
    output = b""
    for _ in range(runs):
        elapsed, output = time_once(command, cwd, timeout)
        best = min(best, elapsed)
    return best, output


def select_benchmarks(names):
    available = sorted(p for p in BENCH_DIR.glob("*.py") if p.name != "run.py")
    if not names:
        return available
    chosen = []
    for name in names:
        path = BENCH_DIR / (Path(name).stem + ".py")
        if not path.exists():
            sys.exit(f"no such benchmark: {name} (have: {', '.join(p.stem for p in available)})")
        chosen.append(path)
    return chosen


def fmt_seconds(value):
    return "-" if value is None else f"{value:.3f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    parser.add_argument("--spindle", default=str(DEFAULT_SPINDLE))
    parser.add_argument("--spindle-option", dest="spindle_options", action="append", default=[],
                        help="pass an option to spindle (e.g. -Xgenerators=fibers); repeatable")
    parser.add_argument("--python", default="python3")
    parser.add_argument("--lua", default="lua5.4")
    parser.add_argument("-n", "--runs", type=int, default=3, help="best of N runs (default 3)")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per run")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args()

    spindle = os.path.abspath(args.spindle) if os.sep in args.spindle else args.spindle
    lua = shutil.which(args.lua)
    rows = []
    for script in select_benchmarks(args.names):
        row = {"name": script.stem, "spindle": None, "python": None, "lua": None, "note": ""}
        python_output = None
        try:
            row["python"], python_output = best_of([args.python, script.name], BENCH_DIR,
                                                   args.runs, args.timeout)
        except RunFailed as error:
            row["note"] = f"python3 failed: {error}"
        try:
            row["spindle"], spindle_output = best_of([spindle, *args.spindle_options, script.name], BENCH_DIR,
                                                     args.runs, args.timeout)
            if python_output is not None and spindle_output != python_output:
                row["note"] = "WRONG OUTPUT (differs from python3)"
        except RunFailed as error:
            row["spindle"] = "FAILED"
            row["note"] = f"spindle {error}"
        twin = script.with_suffix(".lua")
        if lua and twin.exists():
            try:
                row["lua"], _ = best_of([lua, twin.name], BENCH_DIR, args.runs, args.timeout)
            except RunFailed as error:
                row["note"] = (row["note"] + "; " if row["note"] else "") + f"lua {error}"
        rows.append(row)
        if not args.markdown:
            print(f"  ran {script.stem}", file=sys.stderr, flush=True)

    ratios = []
    for row in rows:
        ok = isinstance(row["spindle"], float) and row["python"] is not None and not row["note"]
        row["ratio"] = row["python"] / row["spindle"] if ok else None
        if row["ratio"]:
            ratios.append(row["ratio"])
    geomean = math.exp(sum(map(math.log, ratios)) / len(ratios)) if ratios else None

    headers = ["benchmark", "spindle s", "python3 s", "python3/spindle", "lua5.4 s", "note"]
    table = []
    for row in rows:
        spindle_cell = row["spindle"] if isinstance(row["spindle"], str) else fmt_seconds(row["spindle"])
        ratio_cell = "-" if row["ratio"] is None else f"{row['ratio']:.2f}"
        table.append([row["name"], spindle_cell, fmt_seconds(row["python"]), ratio_cell,
                      fmt_seconds(row["lua"]), row["note"]])
    geomean_cell = "-" if geomean is None else f"{geomean:.2f}"

    if args.markdown:
        print(f"Best of {args.runs} runs, {date.today().isoformat()}, "
              f"{platform.machine()} {platform.system()}, {os.cpu_count()} cores. "
              "Ratio above 1 means Spindle is faster.\n")
        print("| " + " | ".join(headers) + " |")
        print("|" + "|".join(["---", "---:", "---:", "---:", "---:", "---"]) + "|")
        for cells in table:
            print("| " + " | ".join(cells) + " |")
        print(f"| **geometric mean** | | | **{geomean_cell}** | | |")
    else:
        widths = [max(len(h), *(len(c[i]) for c in table)) if table else len(h)
                  for i, h in enumerate(headers)]
        print("  ".join(h.ljust(w) if i in (0, 5) else h.rjust(w)
                        for i, (h, w) in enumerate(zip(headers, widths))).rstrip())
        for cells in table:
            print("  ".join(c.ljust(w) if i in (0, 5) else c.rjust(w)
                            for i, (c, w) in enumerate(zip(cells, widths))).rstrip())
        print(f"geometric mean of python3/spindle: {geomean_cell} (>1 means Spindle is faster)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
