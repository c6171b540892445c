#!/usr/bin/env python3
"""The interactive prompt, driven as a person would: through a pseudo-terminal.

Each test starts the real `spindle` binary on a fresh pseudo-terminal (with its
own HOME, so history files do not leak between runs), types keys and waits for
the text it expects. A wait that times out fails the test and shows what the
terminal printed; no test passes by sleeping. Ends with `N passed, N failed`.

    tests/tools/run_repl.py --spindle build/release/spindle [-k NAME]

Only the standard library is used (pty, os, select), so CI needs nothing more.
SPINDLE_TEST_TIMEOUT_SCALE multiplies every timeout (for slow builds).
"""

import argparse
import fcntl
import os
import pty
import re
import select
import shutil
import signal
import struct
import sys
import tempfile
import termios
import time

SCALE = float(os.environ.get("SPINDLE_TEST_TIMEOUT_SCALE", "1"))
TIMEOUT = 10 * SCALE

# What readline draws besides text: cursor moves, clearing, bracketed-paste
# mode switches. Removed before matching, with the carriage returns.
ESCAPES = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Za-z0-9]|\x1b[=>]|\r")

UP, CTRL_C, CTRL_D, CTRL_R, TAB = "\x1b[A", "\x03", "\x04", "\x12", "\t"


class Failure(Exception):
    pass


class Session:
    """One spindle process on a pseudo-terminal."""

    def __init__(self, spindle, args=(), home=None, cwd=None):
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": home,
            "TERM": "xterm",
            "INPUTRC": "/dev/null",  # the user's readline settings stay out
            "LANG": "C.UTF-8",
        }
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            # A wide terminal: typed lines never wrap, so no redraw splits them.
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 250, 0, 0))
            if cwd:
                os.chdir(cwd)
            os.execve(spindle, [spindle, *args], env)
        self.raw = b""
        self.seen = 0  # expect() looks at the text after what it matched last
        self.status = None

    @property
    def text(self):
        return ESCAPES.sub(b"", self.raw).decode("utf-8", "replace")

    def _read(self, deadline):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return False
        ready, _, _ = select.select([self.fd], [], [], remaining)
        if not ready:
            return False
        try:
            chunk = os.read(self.fd, 65536)
        except OSError:  # EIO: the child closed the terminal
            chunk = b""
        if not chunk:
            return False
        self.raw += chunk
        return True

    def send(self, keys):
        os.write(self.fd, keys.encode())

    def expect(self, pattern, timeout=TIMEOUT):
        """Wait until `pattern` (a regex) shows up after the previous match."""
        regex = re.compile(pattern, re.S)
        deadline = time.monotonic() + timeout
        while True:
            match = regex.search(self.text, self.seen)
            if match:
                self.seen = match.end()
                return match
            if not self._read(deadline):
                tail = self.text[self.seen:][-600:]
                raise Failure(f"expected {pattern!r}; the terminal shows after the last match:\n{tail}")

    def prompt(self):
        return self.expect(r">>> ")

    def run(self, line, expected=None):
        """Type a line at the prompt, wait for `expected`, then the next prompt."""
        self.send(line + "\r")
        if expected is not None:
            self.expect(expected)
        self.expect(r">>> ")

    def refute(self, pattern):
        if re.search(pattern, self.text):
            raise Failure(f"unexpected {pattern!r} in:\n{self.text[-600:]}")

    def wait_exit(self, timeout=TIMEOUT):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = os.waitstatus_to_exitcode(status)
                return self.status
            self._read(min(deadline, time.monotonic() + 0.05))
        raise Failure(f"still running {timeout:g} s later; the terminal shows:\n{self.text[-600:]}")

    def close(self):
        if self.status is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except OSError:
                pass
        os.close(self.fd)


# ---- the tests ------------------------------------------------------------------
# Each takes a started Session (with HOME in a fresh folder) and raises Failure.

def test_banner_echo_and_underscore(s):
    s.expect(r"Spindle \d+\.\d+\.\d+")
    s.prompt()
    s.run("1 + 2", r"\n3\n")
    s.run("_ * 10", r"\n30\n")
    s.run("None")
    s.refute(r"\nNone\n")
    s.run("x = 'abc'")
    s.run("x", r"\n'abc'\n")
    s.run("print(x)", r"\nabc\n")
    s.run("_", r"\n'abc'\n")  # print() returned None: _ is unchanged


def test_compound_statements(s):
    s.prompt()
    s.refute(r"Spindle \d")  # -q: no banner
    for line in ["def double(n):", "    return n * 2"]:
        s.send(line + "\r")
        s.expect(r"\.\.\. ")
    s.run("", None)
    s.run("double(21)", r"\n42\n")
    for line in ["class Point:", "    def __init__(self, x):", "        self.x = x",
                 "    def __repr__(self):", "        return f'Point({self.x})'"]:
        s.send(line + "\r")
        s.expect(r"\.\.\. ")
    s.run("")
    s.run("Point(3)", r"\nPoint\(3\)\n")
    for line in ["for i in range(3):", "    if i % 2:", "        print('odd', i)", "    else:",
                 "        print('even', i)"]:
        s.send(line + "\r")
        s.expect(r"\.\.\. ")
    s.run("", r"even 0\nodd 1\neven 2\n")
    for line in ["try:", "    1 / 0", "except ZeroDivisionError as e:", "    print('caught', e)"]:
        s.send(line + "\r")
        s.expect(r"\.\.\. ")
    s.run("", r"caught division by zero\n")
    for line in ["def shout(f):", "    return lambda: f().upper()"]:
        s.send(line + "\r")
        s.expect(r"\.\.\. ")
    s.run("")
    for line in ["@shout", "def hello():", "    return 'hi'"]:
        s.send(line + "\r")
        s.expect(r"\.\.\. ")
    s.run("")
    s.run("hello()", r"\n'HI'\n")
    for line in ["class Ctx:", "    def __enter__(self): print('in'); return 5",
                 "    def __exit__(self, *a): print('out')"]:
        s.send(line + "\r")
        s.expect(r"\.\.\. ")
    s.run("")
    s.send("with Ctx() as v:\r")
    s.expect(r"\.\.\. ")
    s.send("    print(v)\r")
    s.expect(r"\.\.\. ")
    s.run("", r"in\n5\nout\n")


def test_incomplete_input_continues(s):
    s.prompt()
    s.send("(1 +\r")
    s.expect(r"\.\.\. ")
    s.run("2)", r"\n3\n")
    s.send("total = 1 + \\\r")
    s.expect(r"\.\.\. ")
    s.run("41")
    s.run("total", r"\n42\n")
    s.send("text = '''one\r")
    s.expect(r"\.\.\. ")
    s.run("two'''")
    s.run("text", r"'one\\ntwo'")
    s.send("[1,\r")
    s.expect(r"\.\.\. ")
    s.send("2,\r")
    s.expect(r"\.\.\. ")
    s.run("]", r"\[1, 2\]")


def test_errors_keep_the_session(s):
    s.prompt()
    s.run("kept = 17")
    s.run("1 / 0", r"Traceback \(most recent call last\):\n  File \"<stdin>\", line 1, in <module>\n"
                   r"ZeroDivisionError: division by zero\n")
    s.run("x = = 1", r"SyntaxError: invalid syntax\n")
    s.run("undefined_name", r"NameError: name 'undefined_name' is not defined\n")
    s.run("def broken():\r    return 1 +\r", r"SyntaxError")
    s.run("kept", r"\n17\n")


def test_tab_completion(s):
    s.prompt()
    s.run("import threading")
    s.send("threading.Ev" + TAB)
    s.expect(r"threading\.Event\(")
    s.run(")", r"<threading\.Event at 0x[0-9a-f]+: unset>")
    s.send("pri" + TAB)
    s.expect(r"print\(")
    s.run("'done')", r"\ndone\n")
    s.send("whi" + TAB)
    s.expect(r"while ")
    s.send(CTRL_C)  # the terminal drops typed keys it has not delivered on Ctrl-C: wait for each echo first
    s.expect(r"KeyboardInterrupt\n>>> ")
    # A class whose property and __getattr__ would announce being run.
    for line in ["class Probe:", "    def method(self): pass",
                 "    @property", "    def prop(self):", "        print('SIDE' + ' EFFECT')", "        return self",
                 "    def __getattr__(self, name):", "        print('SIDE' + ' EFFECT')", "        return self"]:
        s.send(line + "\r")
        s.expect(r"\.\.\. ")
    s.run("")
    s.run("probe = Probe()")
    s.run("probe.own_value = 3")
    s.send("probe.me" + TAB)
    s.expect(r"probe\.method\(")
    s.send(CTRL_C)
    s.expect(r">>> ")
    s.send("probe.own" + TAB)
    s.expect(r"probe\.own_value")
    s.send(CTRL_C)
    s.expect(r">>> ")
    # Through a property or __getattr__ there is nothing to offer: the line
    # stays as typed (readline rings the bell).
    for text in ["probe.prop.me", "probe.missing.x"]:
        s.send(text + TAB + TAB + "#")
        s.expect(re.escape(text) + "\x07*#")
        s.send(CTRL_C)
        s.expect(r"KeyboardInterrupt\n>>> ")
    s.run("sorted(n for n in dir(probe) if not n.startswith('_'))", r"\['method', 'own_value', 'prop'\]")
    s.refute(r"SIDE EFFECT")
    # Tab at the start of a line indents instead.
    s.send("if True:\r")
    s.expect(r"\.\.\. ")
    s.send(TAB + "indented = 1\r")
    s.expect(r"\.\.\. ")
    s.run("")
    s.run("indented", r"\n1\n")


def test_history_across_sessions(s, spindle, home):
    s.prompt()
    s.run("history_marker = 41")
    s.run("other_marker = 1")
    s.send(CTRL_D)
    if s.wait_exit() != 0:
        raise Failure(f"Ctrl-D exited {s.status}")
    if "history_marker = 41" not in open(os.path.join(home, ".spindle_history")).read():
        raise Failure("~/.spindle_history does not hold the typed line")
    again = Session(spindle, ["-q"], home=home)
    try:
        again.prompt()
        again.send(UP)
        again.expect(r"other_marker = 1")
        again.send(UP)
        again.expect(r"history_marker = 41")
        again.send(" + 1\r")
        again.expect(r">>> ")
        again.run("history_marker", r"\n42\n")
        again.send(CTRL_R + "other_m")
        again.expect(r"reverse-i-search.*other_marker = 1")
        again.send("\r")
        again.expect(r">>> ")
        again.run("other_marker", r"\n1\n")
    finally:
        again.close()


def test_ctrl_c_at_the_prompt(s):
    s.prompt()
    s.send("abc")
    s.expect("abc")
    s.send(CTRL_C)
    s.expect(r"KeyboardInterrupt\n>>> ")
    s.run("1 + 1", r"\n2\n")  # "abc" is gone: no NameError
    s.send("if True:\r")
    s.expect(r"\.\.\. ")
    s.send(CTRL_C)
    s.expect(r"KeyboardInterrupt\n>>> ")
    s.run("2 + 2", r"\n4\n")


def test_ctrl_c_while_running(s):
    s.prompt()
    s.run("state = 'intact'")
    for line in ["def spin():", "    print('spinning')", "    while True:", "        pass"]:
        s.send(line + "\r")
        s.expect(r"\.\.\. ")
    s.run("")
    s.send("spin()\r")
    s.expect(r"spinning\n")
    s.send(CTRL_C)
    s.expect(r"Traceback \(most recent call last\):.*KeyboardInterrupt\n>>> ")
    s.run("state", r"'intact'")


def test_ctrl_c_in_blocking_waits(s):
    s.prompt()
    s.run("import threading, queue")
    s.run("never = threading.Event()")
    s.run("waiter = threading.Thread(target=never.wait, daemon=True)")
    s.run("waiter.start()")
    s.run("held = threading.Lock(); held.acquire()", r"\nTrue\n")
    s.run("q = queue.Queue()")
    for wait in ["waiter.join()", "held.acquire()", "never.wait()", "q.get()"]:
        s.send(f"print('waiting'); {wait}\r")
        s.expect(r"\nwaiting\n")
        s.send(CTRL_C)
        s.expect(r"KeyboardInterrupt\n>>> ")
    s.run("waiter.is_alive()", r"\nTrue\n")


def test_ctrl_d_and_exit(s, spindle, home):
    s.prompt()
    s.send(CTRL_D)
    if s.wait_exit() != 0:
        raise Failure(f"Ctrl-D on an empty line exited {s.status}, expected 0")
    for line, status in [("exit()", 0), ("quit(3)", 3), ("import sys; sys.exit(4)", 4)]:
        other = Session(spindle, ["-q"], home=home)
        try:
            other.prompt()
            other.send(line + "\r")
            if other.wait_exit() != status:
                raise Failure(f"{line} exited {other.status}, expected {status}")
        finally:
            other.close()


def test_background_output_keeps_the_line(s):
    s.prompt()
    s.run("import threading, time")
    s.run("running = True")
    for line in ["def ticker():", "    n = 0", "    while running:",
                 "        time.sleep(0.2)", "        print('tick', n)", "        n += 1"]:
        s.send(line + "\r")
        s.expect(r"\.\.\. ")
    s.run("")
    s.run("thread = threading.Thread(target=ticker); thread.start()")
    # No Enter: the thread keeps printing while this line is half typed, and
    # each time the line is drawn again below the output.
    s.send("typed = 12")
    s.expect(r"typed = 12")
    s.expect(r"tick \d+\n>>> typed = 12")
    s.expect(r"tick \d+\n>>> typed = 12")
    s.send("3\r")
    s.expect(r">>> ")
    s.run("running = False; thread.join()")
    s.run("typed", r"\n123\n")


def test_input_at_the_prompt(s):
    s.prompt()
    s.send("name = input('who? ')\r")
    # The prompt, not the echo of the typed line: keys typed before the line
    # is accepted would reach readline's raw mode, where Enter is no newline.
    s.expect(r"\)\nwho\? ")
    s.send("ada\r")
    s.expect(r">>> ")
    s.run("name", r"\n'ada'\n")


def test_inspect_after_script(s):
    s.prompt()
    s.run("answer()", r"\n42\n")
    s.refute(r"Spindle \d")  # -i after a script shows no banner, as CPython


TESTS = [
    ("banner_echo_underscore", test_banner_echo_and_underscore, []),
    ("compound_statements", test_compound_statements, ["-q"]),
    ("incomplete_input", test_incomplete_input_continues, ["-q"]),
    ("errors_keep_session", test_errors_keep_the_session, ["-q"]),
    ("tab_completion", test_tab_completion, ["-q"]),
    ("history", test_history_across_sessions, ["-q"]),
    ("ctrl_c_at_prompt", test_ctrl_c_at_the_prompt, ["-q"]),
    ("ctrl_c_while_running", test_ctrl_c_while_running, ["-q"]),
    ("ctrl_c_blocking_waits", test_ctrl_c_in_blocking_waits, ["-q"]),
    ("ctrl_d_and_exit", test_ctrl_d_and_exit, ["-q"]),
    ("background_output", test_background_output_keeps_the_line, ["-q"]),
    ("input_builtin", test_input_at_the_prompt, ["-q"]),
    ("inspect_script", test_inspect_after_script, ["-i", "{script}"]),
]


def run_test(spindle, name, test, args):
    home = tempfile.mkdtemp(prefix="spindle-repl-")
    script = os.path.join(home, "inspected.py")
    with open(script, "w") as f:
        f.write("base = 21\ndef answer():\n    return base * 2\n")
    session = Session(spindle, [a.format(script=script) for a in args], home=home, cwd=home)
    try:
        if test.__code__.co_argcount == 3:
            test(session, spindle, home)
        else:
            test(session)
        return None
    except Failure as failure:
        return str(failure)
    finally:
        session.close()
        shutil.rmtree(home, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spindle", required=True)
    parser.add_argument("-k", default="", help="run the tests whose name contains this")
    args = parser.parse_args()
    spindle = os.path.abspath(args.spindle)
    selected = [t for t in TESTS if args.k in t[0]]
    failed = 0
    for name, test, test_args in selected:
        problem = run_test(spindle, name, test, test_args)
        if problem:
            failed += 1
            print(f"FAIL {name}: {problem}")
        else:
            print(f"ok   {name}")
    print(f"{len(selected) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
