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

} // namespace spindle
