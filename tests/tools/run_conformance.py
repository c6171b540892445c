#!/usr/bin/env python3
"""Runs conformance scripts under the spindle binary and compares each with the
output CPython 3.11 produced for it (`NAME.expected`, see regenerate.py).

    run_conformance.py --spindle build/release/spindle tests/scripts
    run_conformance.py --spindle ... tests/scripts -k dict      # names containing "dict"
    run_conformance.py --spindle ... --list-failing tests/scripts

Compared: all of stdout, the exit code and the last line of stderr. The last
output line is always `N passed, N failed`; the exit code is 0 only when
nothing failed. Set SPINDLE_TEST_TIMEOUT_SCALE (e.g. 5) for slow sanitizer
builds.
"""

import argparse
import concurrent.futures
import difflib
import fnmatch
import os
import signal
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, str(Path(__file__).resolve().parent))
import conformance_common as common  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SCRIPTS_DIR = REPO_ROOT / "tests" / "scripts"
DEFAULT_SPINDLE = REPO_ROOT / "build" / "release" / "spindle"
MAX_DIFF_LINES = 120
MAX_STDERR_TAIL_LINES = 15


def display_name(script: Path, roots) -> str:
    for root in roots:
        root = Path(root).resolve()
        if root.is_dir():
            try:
                return script.relative_to(root).as_posix()
            except ValueError:
                pass
    return os.path.relpath(script)


def matches_pattern(name: str, pattern: str) -> bool:
    if any(ch in pattern for ch in "*?["):
        return fnmatch.fnmatch(name, pattern)
    return pattern in name


def read_allow_list(path):
    if not path:
        return set()
    allowed = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                allowed.add(line)
    return allowed


def describe_exit(code: int) -> str:
    if code < 0:
        try:
            return f"{code} (killed by {signal.Signals(-code).name})"
        except ValueError:
            return f"{code} (killed by signal {-code})"
    return str(code)


def compare(interpreter: str, script: Path, timeout: float, options=()):
    """Returns None when the script passes, otherwise a failure report."""
    try:
        expected = common.read_expected(script)
    except FileNotFoundError:
        return "no .expected file: run tests/tools/regenerate.py on this script"
    except ValueError as error:
        return f"unreadable .expected file ({error}): regenerate it"
    try:
        actual = common.run_script(interpreter, script, timeout, options)
    except OSError as error:
        return f"could not run {interpreter}: {error}"
    if (actual.exit_code == expected.exit_code and actual.stdout == expected.stdout
            and actual.stderr_last_line == expected.stderr_last_line):
        return None

    report = []
    if actual.timed_out:
        report.append(f"timed out after {timeout:g} s")
    elif actual.exit_code != expected.exit_code:
        report.append(f"exit code {describe_exit(actual.exit_code)}, expected {expected.exit_code}")
    diff = list(difflib.unified_diff(
        common.format_expected(expected).splitlines(keepends=True),
        common.format_expected(actual).splitlines(keepends=True),
        fromfile="expected (CPython)", tofile="actual (spindle)"))
    if len(diff) > MAX_DIFF_LINES:
        omitted = len(diff) - MAX_DIFF_LINES
        diff = diff[:MAX_DIFF_LINES] + [f"... {omitted} more diff lines\n"]
    report.append("".join(line if line.endswith("\n") else line + "\n\\ No newline at end\n"
                          for line in diff).rstrip("\n"))
    if actual.exit_code != expected.exit_code and actual.full_stderr.strip():
        tail = actual.full_stderr.rstrip("\n").splitlines()[-MAX_STDERR_TAIL_LINES:]
        report.append("stderr (tail):\n" + "\n".join("    " + line for line in tail))
    return "\n".join(report)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", help="scripts or directories (default: tests/scripts)")
    parser.add_argument("--spindle", default=str(DEFAULT_SPINDLE),
                        help="interpreter to test (default build/release/spindle)")
    parser.add_argument("--option", dest="options", action="append", default=[],
                        help="pass OPTION to spindle before the script (e.g. -Xgenerators=fibers); repeatable")
    parser.add_argument("-k", dest="patterns", action="append", default=[],
                        help="only scripts whose name contains PATTERN (or matches it as a glob); repeatable")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--timeout", type=float, default=60.0,
                        help="seconds per script before scaling (default 60)")
    parser.add_argument("--list-failing", action="store_true",
                        help="print only the names of failing scripts")
    parser.add_argument("--allow-fail-file", metavar="FILE",
                        help="local use only: scripts named in FILE may fail without failing the run")
    parser.add_argument("--max-diffs", type=int, default=40,
                        help="show full reports for at most this many failures, then names only (default 40)")
    parser.add_argument("-v", "--verbose", action="store_true", help="also name each passing script")
    args = parser.parse_args()

    roots = args.paths or [str(DEFAULT_SCRIPTS_DIR)]
    spindle = args.spindle
    if os.sep in spindle and not os.path.isabs(spindle):
        spindle = os.path.abspath(spindle)  # scripts run with cwd = their own folder
    scale = float(os.environ.get("SPINDLE_TEST_TIMEOUT_SCALE", "1") or "1")
    timeout = args.timeout * scale

    try:
        scripts = common.find_scripts(roots)
    except FileNotFoundError as error:
        print(error, file=sys.stderr)
        return 2
    names = {script: display_name(script, roots) for script in scripts}
    if args.patterns:
        scripts = [s for s in scripts if any(matches_pattern(names[s], p) for p in args.patterns)]
    # Builds that run every script many times slower (GC stress) may leave out the
    # stress scripts, whose names start with "stress_": SPINDLE_SKIP_STRESS=1.
    if os.environ.get("SPINDLE_SKIP_STRESS") == "1":
        scripts = [s for s in scripts if not Path(names[s]).name.startswith("stress_")]
    allowed = read_allow_list(args.allow_fail_file)

    failures = {}
    passed = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = {pool.submit(compare, spindle, s, timeout, args.options): s for s in scripts}
        for future in concurrent.futures.as_completed(futures):
            script = futures[future]
            report = future.result()
            if report is None:
                passed.append(script)
                if args.verbose and not args.list_failing:
                    print(f"PASS {names[script]}", flush=True)
            else:
                failures[script] = report

    counted_failures = [s for s in sorted(failures) if names[s] not in allowed]
    allowed_failures = [s for s in sorted(failures) if names[s] in allowed]
    if args.list_failing:
        for script in counted_failures:
            print(names[script])
        print(f"{len(passed)} passed, {len(counted_failures)} failed", file=sys.stderr)
        return 1 if counted_failures else 0

    for index, script in enumerate(counted_failures):
        print(f"FAIL {names[script]}")
        if index < args.max_diffs:
            print(failures[script])
            print()
    if len(counted_failures) > args.max_diffs:
        print(f"(reports of {len(counted_failures) - args.max_diffs} failures left out; see --max-diffs)")
    if allowed_failures:
        print(f"{len(allowed_failures)} failures allowed by {args.allow_fail_file}: "
              + ", ".join(names[s] for s in allowed_failures))
    now_passing = sorted(names[s] for s in passed if names[s] in allowed)
    if now_passing:
        print(f"now passing, remove from {args.allow_fail_file}: " + ", ".join(now_passing))
    print(f"{len(passed)} passed, {len(counted_failures)} failed")
    return 1 if counted_failures else 0


if __name__ == "__main__":
    sys.exit(main())
