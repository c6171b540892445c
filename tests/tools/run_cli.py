#!/usr/bin/env python3
"""The `spindle` command line: options, program kinds and exit statuses.

Each case runs the binary with pipes (no terminal) and checks its exit status,
stdout and stderr against what CPython's `python3` does for the same command
line (Spindle's own options, -X switchinterval and --dis, against the docs).
Ends with `N passed, N failed`.

    tests/tools/run_cli.py --spindle build/release/spindle
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

SCALE = float(os.environ.get("SPINDLE_TEST_TIMEOUT_SCALE", "1"))
TIMEOUT = 20 * SCALE


class Case:
    def __init__(self, name, args, status=0, stdout=None, stderr=None, stdin="", cwd=None):
        self.name, self.args, self.status = name, args, status
        self.stdout, self.stderr, self.stdin, self.cwd = stdout, stderr, stdin, cwd


def make_modules(folder):
    """A module and a package for -m."""
    with open(os.path.join(folder, "greet.py"), "w") as f:
        f.write("import sys\nprint('greet as', __name__, sys.argv[1:])\n")
    os.mkdir(os.path.join(folder, "tool"))
    with open(os.path.join(folder, "tool", "__init__.py"), "w") as f:
        f.write("print('tool package imported')\n")
    with open(os.path.join(folder, "tool", "__main__.py"), "w") as f:
        f.write("print('tool main as', __name__)\n")
    with open(os.path.join(folder, "tool", "sub.py"), "w") as f:
        f.write("print('sub as', __name__)\n")
    with open(os.path.join(folder, "script.py"), "w") as f:
        f.write("import sys\nprint('script', sys.argv[1:])\n")


def cases(folder):
    usage = r"usage: spindle \[option\]"
    return [
        Case("version", ["--version"], stdout=r"^Spindle \d+\.\d+\.\d+\n$"),
        Case("version_short", ["-V"], stdout=r"^Spindle \d+\.\d+\.\d+\n$"),
        Case("help", ["--help"], stdout=usage + r".*-i .*-q .*-u .*switchinterval"),
        Case("help_short", ["-h"], stdout=usage),
        Case("command", ["-c", "print(6 * 7)"], stdout=r"^42\n$"),
        Case("command_attached", ["-cprint('x')"], stdout=r"^x\n$"),
        Case("command_argv", ["-c", "import sys; print(sys.argv)", "a", "-b"], stdout=r"^\['-c', 'a', '-b'\]\n$"),
        Case("script_argv", ["script.py", "1", "-i"], stdout=r"^script \['1', '-i'\]\n$", cwd=folder),
        Case("double_dash", ["--", "script.py", "z"], stdout=r"^script \['z'\]\n$", cwd=folder),
        Case("stdin_dash", ["-", "arg"], stdin="import sys\nprint('stdin', sys.argv)\n",
             stdout=r"^stdin \['-', 'arg'\]\n$"),
        Case("stdin_not_a_terminal", [], stdin="x = 5\nprint(x * 2)\n", stdout=r"^10\n$", stderr=r"^$"),
        Case("exit_uncaught", ["-c", "raise ValueError('bad')"], status=1, stderr=r"ValueError: bad\n$"),
        Case("exit_system_exit", ["-c", "raise SystemExit(7)"], status=7, stderr=r"^$"),
        Case("exit_system_exit_text", ["-c", "import sys; sys.exit('failed')"], status=1, stderr=r"^failed\n$"),
        Case("exit_keyboard_interrupt", ["-c", "raise KeyboardInterrupt"], status=130,
             stderr=r"KeyboardInterrupt\n$"),
        Case("exit_syntax_error", ["-c", "x = = 1"], status=1, stderr=r"SyntaxError: invalid syntax\n$"),
        Case("usage_unknown_option", ["-Z"], status=2, stderr=r"^Unknown option: -Z\n" + usage),
        Case("usage_unknown_long_option", ["--bogus"], status=2, stderr=r"unknown option --bogus\n" + usage),
        Case("usage_c_without_argument", ["-c"], status=2, stderr=r"^Argument expected for the -c option\n"),
        Case("usage_m_without_argument", ["-m"], status=2, stderr=r"^Argument expected for the -m option\n"),
        Case("usage_X_without_argument", ["-X"], status=2, stderr=r"^Argument expected for the -X option\n"),
        Case("missing_script", ["no_such_script.py"], status=2,
             stderr=r"can't open file '.*/no_such_script\.py': \[Errno 2\] No such file or directory"),
        Case("module", ["-m", "greet", "x", "y"], stdout=r"^greet as __main__ \['x', 'y'\]\n$", cwd=folder),
        Case("module_argv0", ["-m", "greet"], stdout=r"greet as __main__ \[\]", cwd=folder),
        Case("module_package", ["-m", "tool"], stdout=r"^tool package imported\ntool main as __main__\n$", cwd=folder),
        Case("module_submodule", ["-m", "tool.sub"], stdout=r"^tool package imported\nsub as __main__\n$",
             cwd=folder),
        Case("module_missing", ["-m", "no_such_module"], status=1, stderr=r"No module named no_such_module\n$"),
        Case("module_frozen_stdlib", ["-m", "json"], stdout=r"^$"),
        Case("switchinterval", ["-X", "switchinterval=0.02", "-c", "import sys; print(sys.getswitchinterval())"],
             stdout=r"^0\.02\n$"),
        Case("switchinterval_attached", ["-Xswitchinterval=1", "-c", "import sys; print(sys.getswitchinterval())"],
             stdout=r"^1\.0\n$"),
        Case("switchinterval_bad", ["-X", "switchinterval=fast", "-c", "pass"], status=2,
             stderr=r"switchinterval: expected a positive number of seconds, got 'fast'"),
        Case("switchinterval_zero", ["-X", "switchinterval=0", "-c", "pass"], status=2,
             stderr=r"switchinterval"),
        Case("dis", ["--dis", "-c", "x = 1"], stdout=r"Disassembly of .*STORE_GLOBAL"),
        Case("inspect_piped", ["-i", "-c", "x = 21"], stdin="print(x * 2)\nx\n",
             stdout=r"^42\n21\n$", stderr=r"^>>> >>> >>> \n?$"),
        Case("inspect_after_error", ["-i", "-c", "y = 1\n1/0"], stdin="print(y)\n", status=0,
             stdout=r"^1\n$", stderr=r"ZeroDivisionError"),
        Case("inspect_exit_status", ["-i", "-q"], stdin="import sys\nsys.exit(5)\n", status=5),
        Case("inspect_incomplete", ["-i", "-q"], stdin="for i in range(2):\n    print(i)\n\n", stdout=r"^0\n1\n$",
             stderr=r"^>>> \.\.\. \.\.\. >>> \n?$"),
        Case("combined_flags", ["-qi", "-c", "z = 3"], stdin="z\n", stdout=r"^3\n$"),
    ]


def run_case(spindle, case):
    try:
        proc = subprocess.run([spindle, *case.args], input=case.stdin, capture_output=True, text=True,
                              timeout=TIMEOUT, cwd=case.cwd)
    except subprocess.TimeoutExpired:
        return f"still running after {TIMEOUT:g} s"
    problems = []
    if proc.returncode != case.status:
        problems.append(f"exit {proc.returncode}, expected {case.status}")
    for stream, pattern, got in [("stdout", case.stdout, proc.stdout), ("stderr", case.stderr, proc.stderr)]:
        if pattern is not None and not re.search(pattern, got, re.S):
            problems.append(f"{stream} {got[-400:]!r} does not match {pattern!r}")
    return "; ".join(problems) or None


def unbuffered_output(spindle):
    """-u: a line printed before a long sleep reaches a pipe at once."""
    proc = subprocess.Popen([spindle, "-u", "-c", "import time\nprint('early')\ntime.sleep(60)"],
                            stdout=subprocess.PIPE, text=True)
    try:
        start = time.monotonic()
        line = proc.stdout.readline()
        if line != "early\n":
            return f"read {line!r}"
        if time.monotonic() - start > TIMEOUT:
            return "the line came late"
        return None
    finally:
        proc.kill()
        proc.wait()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spindle", required=True)
    parser.add_argument("-k", default="", help="run the cases whose name contains this")
    args = parser.parse_args()
    spindle = os.path.abspath(args.spindle)
    folder = tempfile.mkdtemp(prefix="spindle-cli-")
    make_modules(folder)
    results = []
    try:
        for case in cases(folder):
            if args.k in case.name:
                results.append((case.name, run_case(spindle, case)))
        if args.k in "unbuffered":
            results.append(("unbuffered", unbuffered_output(spindle)))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    failed = 0
    for name, problem in results:
        if problem:
            failed += 1
            print(f"FAIL {name}: {problem}")
        else:
            print(f"ok   {name}")
    print(f"{len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
