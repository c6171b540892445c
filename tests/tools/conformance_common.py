"""Shared pieces of the conformance machinery: finding scripts, running one
script the way both CPython and Spindle are run, and the `.expected` format.

The `.expected` format is meant to be read in a diff:

    # exit: 1
    # stderr: ZeroDivisionError: division by zero
    # ---- stdout ----
    <stdout, byte for byte>

Only the exit code, the last line of stderr and the whole of stdout are
compared: tracebacks differ in detail between implementations, their final
line (the exception) must not.
"""

import os
import signal
import subprocess
from dataclasses import dataclass
from pathlib import Path

SEPARATOR = "# ---- stdout ----\n"
EXIT_PREFIX = "# exit: "
STDERR_PREFIX = "# stderr: "

# A fixed environment so results never depend on the caller's locale or
# Python settings (CPython is the oracle; its output must be reproducible).
RUN_ENVIRONMENT_OVERRIDES = {
    "PYTHONIOENCODING": "utf-8",
    "PYTHONUTF8": "1",
    "PYTHONDONTWRITEBYTECODE": "1",
    "PYTHONHASHSEED": "0",
    "LC_ALL": "C.UTF-8",
}
RUN_ENVIRONMENT_REMOVALS = ("PYTHONPATH", "PYTHONSTARTUP", "PYTHONHOME", "PYTHONWARNINGS")


@dataclass
class RunResult:
    exit_code: int
    stdout: str
    stderr_last_line: str
    timed_out: bool = False
    full_stderr: str = ""


def expected_path_for(script: Path) -> Path:
    return script.with_suffix(".expected")


def stdin_path_for(script: Path) -> Path:
    return script.with_suffix(".stdin")


MODULE_FOLDER = "modules"


def find_scripts(roots):
    """Every `*.py` under the given directories, plus files given directly, sorted.

    Files inside a folder named `modules` are modules that scripts import, not
    scripts themselves, and are skipped."""
    found = set()
    for root in roots:
        root = Path(root)
        if root.is_dir():
            found.update(p for p in root.rglob("*.py")
                         if p.is_file() and MODULE_FOLDER not in p.relative_to(root).parts[:-1])
        elif root.is_file() and root.suffix == ".py":
            found.add(root)
        elif root.suffix in (".expected", ".stdin") and root.with_suffix(".py").is_file():
            found.add(root.with_suffix(".py"))
        else:
            raise FileNotFoundError(f"no such script or directory: {root}")
    return sorted(p.resolve() for p in found)


def last_nonempty_line(text: str) -> str:
    for line in reversed(text.splitlines()):
        if line.strip():
            return line.rstrip()
    return ""


def _decode(data: bytes) -> str:
    return data.decode("utf-8", errors="surrogateescape")


def run_script(interpreter: str, script: Path, timeout: float, options=()) -> RunResult:
    """Runs `interpreter [options] NAME.py` with cwd = the script's folder, feeding
    NAME.stdin when it exists (otherwise an empty stdin, so input() sees EOF)."""
    env = dict(os.environ)
    for key in RUN_ENVIRONMENT_REMOVALS:
        env.pop(key, None)
    env.update(RUN_ENVIRONMENT_OVERRIDES)
    stdin_file = stdin_path_for(script)
    stdin_data = stdin_file.read_bytes() if stdin_file.exists() else b""
    process = subprocess.Popen(
        [interpreter, *options, script.name],
        cwd=script.parent,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,  # lets a timeout kill the whole process group
    )
    try:
        out, err = process.communicate(stdin_data, timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, err = process.communicate()
        return RunResult(-signal.SIGKILL, _decode(out), f"TIMEOUT after {timeout:g} s",
                         timed_out=True, full_stderr=_decode(err))
    stderr_text = _decode(err)
    return RunResult(process.returncode, _decode(out), last_nonempty_line(stderr_text),
                     full_stderr=stderr_text)


def format_expected(result: RunResult) -> str:
    return (f"{EXIT_PREFIX}{result.exit_code}\n"
            f"{STDERR_PREFIX}{result.stderr_last_line}\n"
            f"{SEPARATOR}{result.stdout}")


def parse_expected(text: str) -> RunResult:
    header, separator, stdout = text.partition(SEPARATOR)
    if not separator:
        raise ValueError("missing stdout separator line")
    exit_code = None
    stderr_line = ""
    for line in header.splitlines():
        if line.startswith(EXIT_PREFIX):
            exit_code = int(line[len(EXIT_PREFIX):])
        elif line.startswith(STDERR_PREFIX):
            stderr_line = line[len(STDERR_PREFIX):]
        elif line.strip():
            raise ValueError(f"unexpected header line: {line!r}")
    if exit_code is None:
        raise ValueError("missing '# exit:' header line")
    return RunResult(exit_code, stdout, stderr_line)


def read_expected(script: Path) -> RunResult:
    with open(expected_path_for(script), "r", encoding="utf-8",
              errors="surrogateescape", newline="") as f:
        return parse_expected(f.read())


def write_expected(script: Path, result: RunResult) -> None:
    with open(expected_path_for(script), "w", encoding="utf-8",
              errors="surrogateescape", newline="") as f:
        f.write(format_expected(result))
