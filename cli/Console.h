// Console.h — where output and Ctrl-C go while the REPL runs.
//
// Three kinds of threads meet at the terminal: the main thread (showing the
// prompt, or running an input), the VM's Python threads (printing through the
// VM's write hook) and the signal thread (Ctrl-C, window-size changes). While
// the prompt shows, nobody but the main thread may draw on the terminal, or
// the half-typed line gets garbled; so the Console queues output and Ctrl-C
// then, and wakes the prompt loop through a self-pipe so that it prints the
// output above a redrawn line or discards the line. While an input runs,
// output goes straight out and Ctrl-C interrupts the VM's main thread.
#pragma once

#include "spindle/spindle.hpp"

#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace spindle::cli {

class Console {
public:
    Console();
    ~Console();
    Console(const Console&) = delete;
    Console& operator=(const Console&) = delete;

    // The VM's write hook: stream 1 is stdout, 2 is stderr.
    void write(int stream, std::string_view text);
    // From the signal thread: SIGINT or SIGWINCH.
    void signal(int signalNumber, VM& vm);

    // The prompt loop's side. While the prompt shows, output and Ctrl-C are
    // queued and announced on wakeFd() (readable until takeEvents()).
    void showPrompt();
    // Back to direct output; output that came after the last takeEvents() is
    // written out now, and a Ctrl-C that raced with the end of the line is
    // dropped (the input it would interrupt has not started).
    void hidePrompt();
    int wakeFd() const { return wakeRead_; }

    struct Events {
        std::vector<std::pair<int, std::string>> output; // (stream, text) in order
        bool interrupted = false;                          // Ctrl-C at the prompt
        bool resized = false;                              // the terminal changed size
    };
    Events takeEvents();

private:
    void wake();
    static void writeOut(int stream, std::string_view text);

    std::mutex mutex_;
    bool promptShowing_ = false;
    Events pending_;
    int wakeRead_ = -1;
    int wakeWrite_ = -1;
};

} // namespace spindle::cli
