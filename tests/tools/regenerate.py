#!/usr/bin/env python3
"""Regenerates the `.expected` file of conformance scripts from CPython 3.11.

    tests/tools/regenerate.py                      # every script in tests/scripts
    tests/tools/regenerate.py tests/scripts/exc    # one category
    tests/tools/regenerate.py path/to/one.py ...

Expected output is never written by hand: CPython is the oracle. After
regenerating, review `git diff` of the .expected files, and read the list of
scripts that ended with an exception printed at the end — each must be one you
meant to end that way.
"""

import argparse
import concurrent.futures
import os
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, str(Path(__file__).resolve().parent))
import conformance_common as common  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SCRIPTS_DIR = REPO_ROOT / "tests" / "scripts"
DEFAULT_ORACLE = "/usr/bin/python3"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", help="scripts or directories (default: tests/scripts)")
    parser.add_argument("--python", default=DEFAULT_ORACLE,
                        help=f"the CPython 3.11 oracle (default {DEFAULT_ORACLE})")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--timeout", type=float, default=120.0)
    args = parser.parse_args()

    scripts = common.find_scripts(args.paths or [DEFAULT_SCRIPTS_DIR])
    if not scripts:
        print("no scripts found", file=sys.stderr)
        return 1

    problems = []
    ended_with_exception = []
    wrote_stderr = []  # exit 0 but stderr not empty: warnings are usually a mistake
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = {pool.submit(common.run_script, args.python, s, args.timeout): s for s in scripts}
        for future in concurrent.futures.as_completed(futures):
            script = futures[future]
            result = future.result()
            shown = os.path.relpath(script)
            if result.timed_out:
                problems.append(f"{shown}: timed out, nothing written")
                continue
            common.write_expected(script, result)
            if result.exit_code != 0:
                ended_with_exception.append(f"{shown}: exit {result.exit_code}: {result.stderr_last_line}")
            elif result.stderr_last_line:
                wrote_stderr.append(f"{shown}: {result.stderr_last_line}")

    print(f"regenerated {len(scripts) - len([p for p in problems if 'timed out' in p])} expected files")
    if ended_with_exception:
        print("\nscripts ending with an error (check each is intended):")
        for line in sorted(ended_with_exception):
            print("  " + line)
    if wrote_stderr:
        print("\nscripts exiting 0 that wrote to stderr (a SyntaxWarning is usually a mistake):")
        for line in sorted(wrote_stderr):
            print("  " + line)
    if problems:
        print("\nproblems:")
        for line in sorted(problems):
            print("  " + line)
    orphans = sorted(p for p in DEFAULT_SCRIPTS_DIR.rglob("*.expected")
                     if not p.with_suffix(".py").exists())
    for orphan in orphans:
        print(f"warning: {os.path.relpath(orphan)} has no script", file=sys.stderr)
    return 1 if any("timed out" in p for p in problems) else 0


if __name__ == "__main__":
    sys.exit(main())
