#!/usr/bin/env python3
"""Ctrl-C in the main thread: SIGINT must interrupt every kind of wait.

For each wait in tests/interrupts/waits.py, start `spindle waits.py KIND`,
wait until it prints "ready", send SIGINT and expect the KeyboardInterrupt to be
caught (exit 0, "KeyboardInterrupt caught in KIND"), or for "uncaught" the
traceback's last line and exit code 130. A wait that ignores the signal shows
up as a timeout. Ends with `N passed, N failed`.

    tests/tools/run_interrupts.py --spindle build/release/spindle
"""

import argparse
import os
import signal
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "interrupts" / "waits.py"
KINDS = ["lock", "event", "join", "queue", "condition", "sleep", "loop", "uncaught"]


def run(spindle, kind, timeout):
    proc = subprocess.Popen([spindle, str(SCRIPT), kind], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        if line.strip() != "ready":
            proc.kill()
            return f"expected 'ready', got {line!r}"
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return f"still running {timeout:g} s after SIGINT"
    if kind == "uncaught":
        last = (err.strip().splitlines() or [""])[-1]
        if proc.returncode != 130 or last != "KeyboardInterrupt":
            return f"exit {proc.returncode}, last stderr line {last!r}; expected 130 and 'KeyboardInterrupt'"
        return None
    expected = f"KeyboardInterrupt caught in {kind}"
    if proc.returncode != 0 or out.strip() != expected:
        return f"exit {proc.returncode}, stdout {out.strip()!r}, stderr {err.strip()[-300:]!r}"
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spindle", required=True)
    args = parser.parse_args()
    scale = float(os.environ.get("SPINDLE_TEST_TIMEOUT_SCALE", "1"))
    failed = 0
    for kind in KINDS:
        problem = run(args.spindle, kind, 10 * scale)
        if problem:
            failed += 1
            print(f"FAIL {kind}: {problem}")
        else:
            print(f"ok   {kind}")
    print(f"{len(KINDS) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
