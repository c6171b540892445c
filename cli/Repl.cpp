// Repl.cpp — see Repl.h and docs/repl.md.
//
// The prompt uses readline's callback interface rather than readline():
// readline() blocks inside the library, where neither a Ctrl-C (SIGINT is
// blocked in every thread and arrives through the signal thread) nor a
// background thread's output could reach it. With the callback interface the
// main thread owns the wait: poll() on stdin and on the Console's wake pipe,
// feed keys to rl_callback_read_char(), and between keys print queued output
// above the line or discard the line on Ctrl-C. The wait itself runs without
// the interpreter lock, so the VM's threads keep running while the user types;
// keys are handled with the lock held, because Tab completion reads the VM.
#include "cli/Repl.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <poll.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

namespace spindle::cli {

namespace {

constexpr int kHistoryLength = 1000;

// readline keeps one global state, so its callbacks find their REPL here; a
// process has one terminal and runs at most one REPL on it.
Repl* activeRepl = nullptr;

const char* kPrompt = ">>> ";
const char* kContinuationPrompt = "... ";

} // namespace

std::string defaultHistoryFile() {
    const char* home = std::getenv("HOME");
    if (!home || !*home) return "";
    return std::string(home) + "/.spindle_history";
}

Repl::Repl(VM& vm, Console& console, ReplOptions options) : vm_(vm), console_(console), options_(std::move(options)) {
    activeRepl = this;
    if (!options_.useReadline) return;
    rl_readline_name = "spindle";
    // The signal thread handles SIGINT and SIGWINCH (cli/main.cpp): readline
    // must not install handlers of its own, which would run on any thread.
    rl_catch_signals = 0;
    rl_catch_sigwinch = 0;
    // Python threads may read the environment: readline must not setenv
    // LINES/COLUMNS behind their back.
    rl_change_environment = 0;
    // Word boundaries as CPython's rlcompleter has them: '.' is not one, so
    // `threading.Ev` is completed as a whole.
    rl_basic_word_break_characters = const_cast<char*>(" \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?");
    rl_attempted_completion_function = onComplete;
    rl_bind_key('\t', onTab);
    using_history();
    stifle_history(kHistoryLength);
    if (!options_.historyFile.empty()) read_history(options_.historyFile.c_str());
}

Repl::~Repl() {
    if (activeRepl == this) activeRepl = nullptr;
}

int Repl::run() {
    if (options_.showBanner) {
        std::string banner = std::string("Spindle ") + version() +
                             " (a Python 3.11 subset) on linux\n"
                             "Type \"exit()\" or press Ctrl-D to leave; Tab completes names.\n";
        std::fputs(banner.c_str(), stderr);
    }
    int status = 0;
    std::string input;
    for (;;) {
        std::string line;
        LineEvent event = readLine(input.empty() ? kPrompt : kContinuationPrompt, line);
        if (event == LineEvent::Interrupted) {
            std::fputs("\nKeyboardInterrupt\n", stderr);
            input.clear();
            continue;
        }
        if (event == LineEvent::EndOfInput) {
            // End the prompt's line, where the prompt went, as CPython does.
            std::fputs("\n", options_.useReadline ? stdout : stderr);
            break;
        }
        if (options_.useReadline && line.find_first_not_of(" \t") != std::string::npos) add_history(line.c_str());
        input += line;
        input += '\n';
        InteractiveResult result = vm_.runInteractive(input);
        if (result.needsMoreInput) continue;
        input.clear();
        if (result.exitRequested) {
            status = result.exitStatus;
            break;
        }
    }
    if (options_.useReadline && !options_.historyFile.empty()) {
        write_history(options_.historyFile.c_str());
        history_truncate_file(options_.historyFile.c_str(), kHistoryLength);
    }
    int shutdownStatus = vm_.shutdown();
    return status != 0 ? status : shutdownStatus;
}

Repl::LineEvent Repl::readLine(const char* prompt, std::string& line) {
    // What print(..., end="") left in stdout's buffer shows before the prompt.
    std::fflush(stdout);
    lineDone_ = false;
    endOfInput_ = false;
    // Ctrl-C belongs to the prompt from before it is drawn: a Ctrl-C typed as
    // soon as it shows must discard the line, not interrupt the VM's idle main thread.
    console_.showPrompt();
    if (options_.useReadline) {
        startReadline(prompt);
    } else {
        std::fputs(prompt, stderr);
        std::fflush(stderr);
        lineDone_ = takePlainLine(line_);
    }
    bool interrupted = false;
    while (!lineDone_) {
        waitAndDispatch();
        Console::Events events = console_.takeEvents();
        if (!events.output.empty()) printAbovePrompt(events);
        if (events.resized && options_.useReadline) rl_resize_terminal();
        if (events.interrupted) {
            interrupted = true;
            break;
        }
        if (!options_.useReadline && !lineDone_) lineDone_ = takePlainLine(line_);
    }
    if (options_.useReadline) stopReadline();
    console_.hidePrompt();
    if (interrupted) return LineEvent::Interrupted;
    if (endOfInput_) return LineEvent::EndOfInput;
    line = std::move(line_);
    return LineEvent::Line;
}

void Repl::waitAndDispatch() {
    pollfd fds[2] = {{STDIN_FILENO, POLLIN, 0}, {console_.wakeFd(), POLLIN, 0}};
    // Plain mode at end of input: only output and signals are left to wait for.
    nfds_t count = (!options_.useReadline && plainEof_) ? 1 : 2;
    pollfd* watched = count == 2 ? fds : fds + 1;
    int ready = 0;
    vm_.runWithoutLock([&] {
        do ready = poll(watched, count, -1);
        while (ready < 0 && errno == EINTR);
    });
    if (ready <= 0 || count == 1 || !(fds[0].revents & (POLLIN | POLLHUP | POLLERR))) return;
    if (options_.useReadline) rl_callback_read_char();
    else readPlainInput();
}

void Repl::startReadline(const char* prompt) { rl_callback_handler_install(prompt, onReadlineLine); }

void Repl::stopReadline() {
    if (!lineDone_) {
        // Ctrl-C: forget the half-typed line (and a half-typed search or
        // numeric argument) so that the next prompt starts clean.
        rl_free_line_state();
        rl_callback_sigcleanup();
        rl_replace_line("", 0);
        rl_point = rl_end = 0;
    }
    rl_callback_handler_remove();
}

void Repl::onReadlineLine(char* text) {
    Repl& repl = *activeRepl;
    repl.lineDone_ = true;
    repl.endOfInput_ = text == nullptr;
    repl.line_ = text ? text : "";
    std::free(text);
    // Removing the handler now keeps readline from drawing the next prompt
    // before the input has run.
    rl_callback_handler_remove();
}

void Repl::printAbovePrompt(const Console::Events& events) {
    if (options_.useReadline) rl_clear_visible_line();
    bool endsLine = true;
    for (const auto& [stream, text] : events.output) {
        std::FILE* out = stream == 2 ? stderr : stdout;
        std::fwrite(text.data(), 1, text.size(), out);
        std::fflush(out);
        if (!text.empty()) endsLine = text.back() == '\n';
    }
    if (!options_.useReadline) return;
    // The redrawn line must start at the left margin: end a partial line of
    // output here (the text itself is unchanged).
    if (!endsLine) std::fputs("\n", stdout);
    std::fflush(stdout);
    rl_on_new_line();
    rl_redisplay();
}

void Repl::readPlainInput() {
    char buffer[4096];
    ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (n > 0) plainInput_.append(buffer, static_cast<size_t>(n));
    else if (n == 0 || errno != EINTR) plainEof_ = true;
}

bool Repl::takePlainLine(std::string& line) {
    size_t newline = plainInput_.find('\n');
    if (newline != std::string::npos) {
        line = plainInput_.substr(0, newline);
        plainInput_.erase(0, newline + 1);
        return true;
    }
    if (!plainEof_) return false;
    // The last line may lack its newline; after it, end of input.
    endOfInput_ = plainInput_.empty();
    line = std::move(plainInput_);
    plainInput_.clear();
    return true;
}

bool Repl::readProgramLine(std::string& line) {
    line.clear();
    size_t newline = plainInput_.find('\n');
    if (newline != std::string::npos) {
        line = plainInput_.substr(0, newline + 1);
        plainInput_.erase(0, newline + 1);
        return true;
    }
    line = std::move(plainInput_);
    plainInput_.clear();
    // One byte at a time: what follows the line stays in stdin for the prompt
    // (readline reads the terminal itself). The terminal is in its normal,
    // line-edited mode here: readline changes it only while its prompt shows.
    char c;
    while (!plainEof_) {
        ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            plainEof_ = !options_.useReadline; // a terminal's Ctrl-D ends only this read
            break;
        }
        line.push_back(c);
        if (c == '\n') break;
    }
    return !line.empty();
}

// Tab at the start of a line indents (four spaces: a tab character could mix
// with spaces into a TabError); elsewhere it completes.
int Repl::onTab(int count, int key) {
    for (int i = 0; i < rl_point; i++)
        if (rl_line_buffer[i] != ' ' && rl_line_buffer[i] != '\t') return rl_complete(count, key);
    rl_insert_text("    ");
    return 0;
}

char** Repl::onComplete(const char* text, int, int) {
    // No file-name completion when the VM has no candidates, and no space
    // after a unique match: `threading.Event(` is complete as it is.
    rl_attempted_completion_over = 1;
    rl_completion_append_character = '\0';
    activeRepl->completions_ = activeRepl->vm_.completions(text);
    return rl_completion_matches(text, nextCompletion);
}

char* Repl::nextCompletion(const char*, int state) {
    Repl& repl = *activeRepl;
    if (state == 0) repl.nextCompletion_ = 0;
    if (repl.nextCompletion_ >= repl.completions_.size()) return nullptr;
    return strdup(repl.completions_[repl.nextCompletion_++].c_str());
}

} // namespace spindle::cli
