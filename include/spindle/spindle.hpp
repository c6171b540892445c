// spindle.hpp — the embedding API of Spindle.
//
// A VM is one independent Python interpreter: its own heap, modules and
// interpreter lock. A process may hold many VMs and drive them from different
// threads at once. The VM never touches the process's streams directly: output
// and input go through the hooks in VMConfig (defaults: stdout, stderr, stdin).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace spindle {

struct Runtime;
struct ThreadState;

struct VMConfig {
    // sys.argv of scripts run in this VM.
    std::vector<std::string> argv;
    // Receives all output: stream 1 is stdout, 2 is stderr. Null: the process's streams.
    std::function<void(int stream, std::string_view text)> write;
    // Supplies one line of input (with its '\n'); returns false at end of input.
    // Null: the process's stdin.
    std::function<bool(std::string& line)> readLine;
    // Folders searched by `import` after the script's own folder (sys.path).
    std::vector<std::string> modulePath;
    // Reads the source of a module file that `import` looks for; returns false
    // when there is none. Null: the file system.
    std::function<bool(const std::string& path, std::string& source)> readModule;
    // Run generator bodies on fibers (each on its own pooled C stack) instead of
    // the default stackless path. Same behaviour, slower switches; see
    // docs/architecture.md, "Generators".
    bool generatorsOnFibers = false;
    // How long a thread may keep the interpreter lock while another waits for
    // it, in seconds (sys.setswitchinterval; `spindle -X switchinterval=S`).
    // Zero keeps the default of 5 ms.
    double switchIntervalSeconds = 0;
};

// What one interactive input did (VM::runInteractive).
struct InteractiveResult {
    // The input is the valid start of a longer one (open brackets, a block
    // header, a block not yet closed by an empty line): nothing ran; call again
    // with the same text plus the next line.
    bool needsMoreInput = false;
    // The input raised SystemExit (exit(), quit(), sys.exit()): the session
    // should end with exitStatus, as a script's process would.
    bool exitRequested = false;
    int exitStatus = 0;
};

class VM {
public:
    explicit VM(VMConfig config = {});
    ~VM();
    VM(const VM&) = delete;
    VM& operator=(const VM&) = delete;

    // Compile and run `source` as the __main__ module. Syntax errors and uncaught
    // exceptions are reported on stream 2 in CPython's format. Returns the exit
    // status a Python process would have: 0, 1 after an error, n for
    // SystemExit(n), 130 for an uncaught KeyboardInterrupt.
    int runMain(std::string_view source, const std::string& filename);

    // runMain in two halves, for `spindle -i`: runScript runs `source` as the
    // __main__ module and reports an uncaught exception, returning the status
    // runMain would; its namespace and threads stay for runInteractive.
    // shutdown() is Python's exit sequence (threading joins the non-daemon
    // threads, output is flushed); it returns a non-zero status if that raised.
    int runScript(std::string_view source, const std::string& filename);
    int shutdown();

    // Run the module `name` (dotted for a submodule) as __main__, as `python -m`:
    // NAME.py, or a package's NAME/__main__.py, in the folders of sys.path
    // (the working directory first), else the frozen standard-library module
    // of that name. Returns runScript's status; 1 after "No module named ...".
    int runModuleAsMain(const std::string& name);

    // Run one interactive input (a line, or the lines of one compound
    // statement) in __main__'s namespace with Python's "single" mode: each
    // expression statement's value other than None is written as its repr
    // on stream 1 and stored as builtins._ (sys.displayhook's behaviour).
    // Errors are reported on stream 2 (traceback or syntax error) and leave the
    // namespace as it was when the error happened. Incomplete input runs nothing
    // (see InteractiveResult). `__main__` is created on first use when no
    // script made it. A Ctrl-C (interruptMain) that arrives while the input runs
    // interrupts it even if it lands after its last instruction.
    InteractiveResult runInteractive(std::string_view source, const std::string& filename = "<stdin>");

    // Completions of `text` as a Python REPL offers them on Tab: keywords,
    // builtins and __main__'s globals for a name; for `a.b.c`, the attributes
    // of a.b. Candidates are whole replacements for `text`, sorted, callables
    // with "(" appended. Nothing runs: names are resolved through module,
    // instance and class dicts only, never through properties, __getattr__ or
    // any other Python code, so completing cannot have side effects; a dotted
    // prefix that cannot be resolved that way completes to nothing.
    std::vector<std::string> completions(std::string_view text);

    // Call `blocking` with the interpreter lock released, so the VM's other
    // threads run meanwhile (a REPL waiting at its prompt). `blocking` must not
    // use this VM; the lock is taken back before returning. Call only from the
    // thread that created the VM, outside any other call into it.
    void runWithoutLock(const std::function<void()>& blocking);

    // The bytecode listing of `source` (what `spindle --dis` prints) in `out`.
    // On a syntax error, reports it like runMain and returns false.
    bool disassemble(std::string_view source, const std::string& filename, std::string& out);

    // Raise KeyboardInterrupt in the VM's main thread as soon as it runs Python
    // code, waking it if it is blocked in an interruptible wait (sleep, lock,
    // join, queue, event). Callable from any thread, at any time; not from a
    // signal handler (it takes locks): a host forwards signals from a thread.
    void interruptMain();

    // The engine state behind this VM, for Spindle's own tools and tests.
    Runtime& runtime();

private:
    std::unique_ptr<Runtime> runtime_;
    std::unique_ptr<ThreadState> mainThread_;
};

const char* version();

// Prepare the process for thousands of threads; call it once, first thing in
// main(), before any thread exists (the spindle binary does). Since Linux 6.17
// a process hashes its futexes (the kernel's queues of blocked threads) into a
// private table of 16 slots on a two-core machine, sized by the number of CPUs,
// not of threads: ten thousand waiting threads then share 16 queues, and every
// lock hand-off walks hundreds of strangers' entries (10,000 threads start and
// finish twice as slowly). This switches the process to the kernel's global
// table, as before 6.17. It changes the whole process, so a VM never does it
// on its own; elsewhere it does nothing. Returns whether the setting changed.
bool tuneProcessForThreads();

} // namespace spindle
