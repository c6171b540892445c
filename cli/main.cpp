// main.cpp — the `spindle` command.
//
//   spindle [--dis] script.py [args...]   run (or disassemble) a script
//   spindle [--dis] -c CODE [args...]     run a string
//   spindle [--dis] - [args...]           run the script read from stdin
//   spindle --version | --help
#include "spindle/spindle.hpp"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <unistd.h>
#include <thread>
#include <vector>

namespace {

const char* kUsage =
    "usage: spindle [option] ... [-c cmd | file | -] [arg] ...\n"
    "Options:\n"
    "  -c cmd     program passed in as string (terminates option list)\n"
    "  --dis      print the bytecode of the program instead of running it\n"
    "  -X opt     implementation-specific option: -X generators=fibers runs\n"
    "             generator bodies on fibers (default: generators=stackless)\n"
    "  --version  print the Spindle version and exit\n"
    "  -h, --help print this help message and exit\n"
    "  file       program read from script file\n"
    "  -          program read from stdin (default when stdin is not a terminal)\n"
    "  arg ...    arguments passed to the program in sys.argv[1:]\n"
    "\n"
    "Environment:\n"
    "  SPINDLE_PATH  ':'-separated folders added to the module search path (sys.path)\n";

int usageError(const std::string& message) {
    std::fprintf(stderr, "spindle: %s\n%s", message.c_str(), "usage: spindle [option] ... [-c cmd | file | -] [arg] ...\nTry `spindle -h' for more information.\n");
    return 2;
}

bool readAll(std::istream& in, std::string& out) {
    std::ostringstream buffer;
    buffer << in.rdbuf();
    out = buffer.str();
    return !in.bad();
}

// Ctrl-C: SIGINT is blocked in every thread and a watcher thread takes it with
// sigwait(), so the VM is interrupted from an ordinary thread (interruptMain
// takes locks, which a signal handler must not). Created before the VM, so
// every thread the VM starts inherits the blocked mask.
void forwardInterruptsTo(spindle::VM& vm, const sigset_t& signals) {
    std::thread([&vm, signals] {
        for (;;) {
            int signal = 0;
            if (sigwait(&signals, &signal) == 0 && signal == SIGINT) vm.interruptMain();
        }
    }).detach();
}

} // namespace

int main(int argc, char** argv) {
    bool dis = false;
    bool generatorsOnFibers = false;
    std::string source;
    std::string filename;
    std::vector<std::string> scriptArgv;
    int i = 1;
    for (; i < argc; i++) {
        std::string arg = argv[i];
        if (arg == "--version" || arg == "-V") {
            std::printf("Spindle %s\n", spindle::version());
            return 0;
        }
        if (arg == "-h" || arg == "--help") {
            std::fputs(kUsage, stdout);
            return 0;
        }
        if (arg == "--dis") {
            dis = true;
            continue;
        }
        if (arg.rfind("-X", 0) == 0) {
            // -X opt or -Xopt, as in CPython; unknown options are ignored there too.
            std::string option = arg.size() > 2 ? arg.substr(2) : (i + 1 < argc ? argv[++i] : "");
            if (option.empty()) return usageError("Argument expected for the -X option");
            if (option == "generators=fibers") generatorsOnFibers = true;
            else if (option == "generators=stackless") generatorsOnFibers = false;
            else if (option.rfind("generators", 0) == 0)
                return usageError("-X generators: expected 'fibers' or 'stackless', got '" + option + "'");
            continue;
        }
        if (arg == "-c") {
            if (i + 1 >= argc) return usageError("Argument expected for the -c option");
            source = argv[i + 1];
            filename = "<string>";
            scriptArgv.push_back("-c");
            i += 2;
            break;
        }
        if (arg == "-") {
            filename = "<stdin>";
            scriptArgv.push_back("-");
            i++;
            break;
        }
        if (arg.size() > 1 && arg[0] == '-') return usageError("unknown option " + arg);
        filename = arg;
        scriptArgv.push_back(arg);
        i++;
        break;
    }
    for (; i < argc; i++) scriptArgv.push_back(argv[i]);

    if (filename.empty()) {
        // No program given: read it from stdin (the interactive prompt comes with the REPL).
        filename = "<stdin>";
        scriptArgv.push_back("");
    }
    if (filename == "<stdin>") {
        if (!readAll(std::cin, source)) {
            std::fprintf(stderr, "spindle: cannot read stdin\n");
            return 1;
        }
    } else if (filename != "<string>") {
        std::ifstream in(filename, std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "spindle: can't open file '%s': [Errno 2] No such file or directory\n",
                         filename.c_str());
            return 2;
        }
        readAll(in, source);
        // Like CPython, tracebacks name the main script by its absolute path.
        if (!filename.empty() && filename[0] != '/') {
            char cwd[4096];
            if (getcwd(cwd, sizeof cwd)) filename = std::string(cwd) + "/" + filename;
        }
    }

    spindle::VMConfig config;
    config.argv = scriptArgv;
    config.generatorsOnFibers = generatorsOnFibers;
    // SPINDLE_PATH: extra module folders, separated by ':' (like PYTHONPATH).
    if (const char* extra = std::getenv("SPINDLE_PATH")) {
        std::string folders(extra);
        size_t start = 0;
        while (start <= folders.size()) {
            size_t end = folders.find(':', start);
            if (end == std::string::npos) end = folders.size();
            if (end > start) config.modulePath.push_back(folders.substr(start, end - start));
            start = end + 1;
        }
    }
    sigset_t interrupts;
    sigemptyset(&interrupts);
    sigaddset(&interrupts, SIGINT);
    pthread_sigmask(SIG_BLOCK, &interrupts, nullptr);
    spindle::VM vm(config);
    forwardInterruptsTo(vm, interrupts);
    if (dis) {
        std::string listing;
        if (!vm.disassemble(source, filename, listing)) return 1;
        std::fwrite(listing.data(), 1, listing.size(), stdout);
        return 0;
    }
    int status = vm.runMain(source, filename);
    // Leave without tearing the VM down: daemon threads may still be running or
    // blocked in it, and the interrupt watcher holds a reference to it.
    std::fflush(nullptr);
    std::_Exit(status);
}
