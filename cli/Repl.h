// Repl.h — the interactive prompt of `spindle` (docs/repl.md).
//
// The REPL reads one input at a time (a line, or the lines of a compound
// statement; the parser says when more lines are needed) and runs it in
// __main__ through the embedding API (VM::runInteractive). On a terminal it
// edits lines with GNU readline: history in ~/.spindle_history, Tab completion
// through VM::completions, Ctrl-C discarding the line. Elsewhere (stdin is a
// pipe, `spindle -i < file`) it reads plain lines and writes the prompts to
// stderr, as CPython does.
#pragma once

#include "cli/Console.h"
#include "spindle/spindle.hpp"

#include <string>
#include <vector>

namespace spindle::cli {

struct ReplOptions {
    bool showBanner = true;
    // Line editing, history and completion with readline (stdin is a terminal).
    bool useReadline = true;
    // Where history is kept between sessions; empty: no history file.
    std::string historyFile;
};

// The default history file: $HOME/.spindle_history ("" when HOME is unset).
std::string defaultHistoryFile();

class Repl {
public:
    Repl(VM& vm, Console& console, ReplOptions options);
    ~Repl();
    Repl(const Repl&) = delete;
    Repl& operator=(const Repl&) = delete;

    // Prompt, run, repeat until end of input or SystemExit; then Python's exit
    // sequence (VM::shutdown). Returns the process's exit status.
    int run();

    // The VM's readLine hook while the REPL runs (input(), sys.stdin): a line
    // from the same input the prompt reads, so typed-ahead text is not lost.
    bool readProgramLine(std::string& line);

private:
    enum class LineEvent { Line, Interrupted, EndOfInput };
    LineEvent readLine(const char* prompt, std::string& line);
    // One pass of the prompt loop: wait (without the interpreter lock, so the
    // VM's threads run) for a key, output or a signal, and handle it.
    void waitAndDispatch();
    void startReadline(const char* prompt);
    void stopReadline();
    void printAbovePrompt(const Console::Events& events);
    void readPlainInput();
    bool takePlainLine(std::string& line);

    // readline's callbacks are plain C functions; they reach the one active REPL here.
    static void onReadlineLine(char* line);
    static char** onComplete(const char* text, int start, int end);
    static char* nextCompletion(const char* text, int state);
    static int onTab(int count, int key);

    VM& vm_;
    Console& console_;
    ReplOptions options_;
    // The line being read: set by onReadlineLine (readline) or takePlainLine.
    bool lineDone_ = false;
    bool endOfInput_ = false;
    std::string line_;
    // Plain mode: bytes read from stdin and not yet handed out as lines.
    std::string plainInput_;
    bool plainEof_ = false;
    // Tab's candidates, handed to readline one by one by nextCompletion.
    std::vector<std::string> completions_;
    size_t nextCompletion_ = 0;
};

} // namespace spindle::cli
