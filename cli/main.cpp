// main.cpp — the `spindle` command: argument parsing, then a script, a module,
// a string or the interactive prompt (cli/Repl.h).
//
//   spindle [options] [-c cmd | -m module | script | -] [args...]
//
// Options and exit statuses follow CPython's `python3` (see kUsage); usage
// errors exit 2 with a one-line reason.
#include "cli/Console.h"
#include "cli/Repl.h"
#include "spindle/spindle.hpp"

#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

const char* kUsageLine = "usage: spindle [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

const char* kHelp =
    "Options:\n"
    "  -c cmd     program passed in as string (terminates option list)\n"
    "  -m mod     run library module as a script (terminates option list)\n"
    "  -i         inspect interactively after running the program\n"
    "  -q         don't print the version banner on interactive startup\n"
    "  -u         unbuffered stdout and stderr\n"
    "  --dis      print the bytecode of the program instead of running it\n"
    "  -X opt     implementation-specific option:\n"
    "             -X generators=fibers|stackless  run generator bodies on fibers\n"
    "                (default: stackless)\n"
    "             -X switchinterval=SECONDS  how long a thread may keep the\n"
    "                interpreter lock while another waits (default: 0.005)\n"
    "  -V, --version  print the Spindle version and exit\n"
    "  -h, --help print this help message and exit\n"
    "  file       program read from script file\n"
    "  -          program read from stdin (default when stdin is not a terminal)\n"
    "  arg ...    arguments passed to the program in sys.argv[1:]\n"
    "\n"
    "With no program and stdin a terminal, spindle starts the interactive prompt.\n"
    "\n"
    "Environment:\n"
    "  SPINDLE_PATH  ':'-separated folders added to the module search path (sys.path)\n"
    "  HOME          the prompt's history is kept in $HOME/.spindle_history\n";

int usageError(const std::string& message) {
    std::fprintf(stderr, "%s\n%sTry `spindle -h' for more information.\n", message.c_str(), kUsageLine);
    return 2;
}

enum class ProgramKind { None, Command, Module, Script, Stdin };

struct CommandLine {
    ProgramKind program = ProgramKind::None;
    std::string programText; // the -c code, the -m module name or the script path
    std::vector<std::string> argv;
    bool dis = false;
    bool inspect = false;
    bool quiet = false;
    bool unbuffered = false;
    bool generatorsOnFibers = false;
    double switchIntervalSeconds = 0;
};

// -X OPTION: returns an error message, or "" when it is fine (unknown
// options are ignored, as CPython does).
std::string applyImplementationOption(const std::string& option, CommandLine& line) {
    if (option == "generators=fibers") line.generatorsOnFibers = true;
    else if (option == "generators=stackless") line.generatorsOnFibers = false;
    else if (option.rfind("generators", 0) == 0)
        return "-X generators: expected 'fibers' or 'stackless', got '" + option + "'";
    else if (option.rfind("switchinterval", 0) == 0) {
        std::string value = option.size() > 15 && option[14] == '=' ? option.substr(15) : "";
        char* end = nullptr;
        double seconds = std::strtod(value.c_str(), &end);
        if (value.empty() || *end != '\0' || !(seconds > 0) || !std::isfinite(seconds))
            return "-X switchinterval: expected a positive number of seconds, got '" + value + "'";
        line.switchIntervalSeconds = seconds;
    }
    return "";
}

// Parses argv into `line`. Returns an exit status when the command is done
// (--help, --version, a usage error), nothing when there is a program to run.
std::optional<int> parseCommandLine(int argc, char** argv, CommandLine& line) {
    int i = 1;
    auto takeProgram = [&](ProgramKind kind, std::string text, std::string argv0) {
        line.program = kind;
        line.programText = std::move(text);
        line.argv.push_back(std::move(argv0));
    };
    for (; i < argc && line.program == ProgramKind::None; i++) {
        std::string arg = argv[i];
        if (arg == "--version") {
            std::printf("Spindle %s\n", spindle::version());
            return 0;
        }
        if (arg == "--help") {
            std::fputs(kUsageLine, stdout);
            std::fputs(kHelp, stdout);
            return 0;
        }
        if (arg == "--dis") {
            line.dis = true;
            continue;
        }
        if (arg == "--") {
            // Ends the options: what follows is the script and its arguments.
            if (++i < argc) {
                takeProgram(ProgramKind::Script, argv[i], argv[i]);
                ++i;
            }
            break;
        }
        if (arg == "-") {
            takeProgram(ProgramKind::Stdin, "", "-");
            continue;
        }
        if (arg.size() < 2 || arg[0] != '-') {
            takeProgram(ProgramKind::Script, arg, arg);
            continue;
        }
        if (arg[1] == '-') return usageError("unknown option " + arg);
        // Single-letter options combine (-iq); -c, -m and -X take the rest of
        // the word or the next argument.
        for (size_t j = 1; j < arg.size(); j++) {
            char flag = arg[j];
            if (flag == 'c' || flag == 'm' || flag == 'X') {
                std::string value;
                if (j + 1 < arg.size()) value = arg.substr(j + 1);
                else if (i + 1 < argc) value = argv[++i];
                else return usageError(std::string("Argument expected for the -") + flag + " option");
                if (flag == 'c') takeProgram(ProgramKind::Command, value, "-c");
                else if (flag == 'm') takeProgram(ProgramKind::Module, value, "-m");
                else if (std::string problem = applyImplementationOption(value, line); !problem.empty())
                    return usageError(problem);
                break;
            }
            switch (flag) {
            case 'i': line.inspect = true; break;
            case 'q': line.quiet = true; break;
            case 'u': line.unbuffered = true; break;
            case 'h': std::fputs(kUsageLine, stdout); std::fputs(kHelp, stdout); return 0;
            case 'V': std::printf("Spindle %s\n", spindle::version()); return 0;
            default: return usageError(std::string("Unknown option: -") + flag);
            }
        }
    }
    for (; i < argc; i++) line.argv.push_back(argv[i]);
    return std::nullopt;
}

bool readAll(std::istream& in, std::string& out) {
    std::ostringstream buffer;
    buffer << in.rdbuf();
    out = buffer.str();
    return !in.bad();
}

// Signals are blocked in every thread and one watcher thread takes them with
// sigwait(), so they are handled on an ordinary thread (interruptMain takes
// locks, which a signal handler must not). Blocked before the VM exists, so
// every thread the VM starts inherits the mask.
void forwardSignals(const sigset_t& signals, std::function<void(int)> handler) {
    std::thread([signals, handler = std::move(handler)] {
        for (;;) {
            int signal = 0;
            if (sigwait(&signals, &signal) == 0) handler(signal);
        }
    }).detach();
}

std::vector<std::string> modulePathFromEnvironment() {
    // SPINDLE_PATH: extra module folders, separated by ':' (like PYTHONPATH).
    std::vector<std::string> folders;
    const char* extra = std::getenv("SPINDLE_PATH");
    if (!extra) return folders;
    std::string text(extra);
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find(':', start);
        if (end == std::string::npos) end = text.size();
        if (end > start) folders.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return folders;
}

// Reads the program's source and settles its file name; an exit status on failure.
std::optional<int> loadSource(const CommandLine& line, std::string& source, std::string& filename) {
    switch (line.program) {
    case ProgramKind::Command:
        source = line.programText;
        filename = "<string>";
        return std::nullopt;
    case ProgramKind::None:
    case ProgramKind::Stdin:
        filename = "<stdin>";
        if (!readAll(std::cin, source)) {
            std::fprintf(stderr, "spindle: cannot read stdin\n");
            return 1;
        }
        return std::nullopt;
    case ProgramKind::Script: {
        filename = line.programText;
        // Like CPython, tracebacks name the main script by its absolute path.
        if (!filename.empty() && filename[0] != '/') {
            char cwd[4096];
            if (getcwd(cwd, sizeof cwd)) filename = std::string(cwd) + "/" + filename;
        }
        std::ifstream in(line.programText, std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "spindle: can't open file '%s': [Errno 2] No such file or directory\n",
                         filename.c_str());
            return 2;
        }
        readAll(in, source);
        return std::nullopt;
    }
    case ProgramKind::Module: break;
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char** argv) {
    using namespace spindle;
    tuneProcessForThreads();
    CommandLine line;
    if (std::optional<int> done = parseCommandLine(argc, argv, line)) return *done;
    if (line.unbuffered) {
        std::setvbuf(stdout, nullptr, _IONBF, 0);
        std::setvbuf(stderr, nullptr, _IONBF, 0);
    }
    bool stdinIsTerminal = isatty(STDIN_FILENO);
    // The prompt opens after the program with -i, and instead of one when
    // there is none and a person is typing.
    bool interactive = !line.dis && (line.inspect || (line.program == ProgramKind::None && stdinIsTerminal));
    if (line.program == ProgramKind::None && !interactive) line.program = ProgramKind::Stdin;
    if (line.program == ProgramKind::None) line.argv.push_back("");

    std::string source;
    std::string filename;
    if (line.program != ProgramKind::None) {
        if (std::optional<int> failed = loadSource(line, source, filename)) return *failed;
    }

    VMConfig config;
    config.argv = line.argv;
    config.generatorsOnFibers = line.generatorsOnFibers;
    config.switchIntervalSeconds = line.switchIntervalSeconds;
    config.modulePath = modulePathFromEnvironment();
    std::unique_ptr<cli::Console> console;
    std::unique_ptr<cli::Repl> repl;
    if (interactive) {
        console = std::make_unique<cli::Console>();
        config.write = [con = console.get()](int stream, std::string_view text) { con->write(stream, text); };
        config.readLine = [&repl](std::string& text) { return repl->readProgramLine(text); };
    }
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    if (interactive) sigaddset(&signals, SIGWINCH);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    VM vm(config);
    if (interactive) {
        cli::ReplOptions options;
        options.showBanner = !line.quiet && line.program == ProgramKind::None;
        options.useReadline = stdinIsTerminal;
        options.historyFile = cli::defaultHistoryFile();
        repl = std::make_unique<cli::Repl>(vm, *console, options);
        forwardSignals(signals, [&vm, con = console.get()](int signal) { con->signal(signal, vm); });
    } else {
        forwardSignals(signals, [&vm](int) { vm.interruptMain(); });
    }

    int status = 0;
    if (line.dis) {
        std::string listing;
        if (!vm.disassemble(source, filename, listing)) return 1;
        std::fwrite(listing.data(), 1, listing.size(), stdout);
        return 0;
    }
    if (interactive) {
        // With -i, the program's errors are reported and the prompt opens anyway.
        if (line.program == ProgramKind::Module) vm.runModuleAsMain(line.programText);
        else if (line.program != ProgramKind::None) vm.runScript(source, filename);
        status = repl->run();
    } else if (line.program == ProgramKind::Module) {
        status = vm.runModuleAsMain(line.programText);
        int shutdownStatus = vm.shutdown();
        if (status == 0) status = shutdownStatus;
    } else {
        status = vm.runMain(source, filename);
    }
    // Leave without tearing the VM down: daemon threads may still be running or
    // blocked in it, and the signal watcher holds a reference to it.
    std::fflush(nullptr);
    std::_Exit(status);
}
