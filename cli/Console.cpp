// Console.cpp — see Console.h.
#include "cli/Console.h"

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace spindle::cli {

Console::Console() {
    int fds[2];
    if (pipe(fds) == 0) {
        wakeRead_ = fds[0];
        wakeWrite_ = fds[1];
        // Non-blocking both ways: a full pipe already says "wake up", and
        // draining must stop when it is empty.
        for (int fd : fds) {
            fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
            fcntl(fd, F_SETFD, FD_CLOEXEC);
        }
    }
}

Console::~Console() {
    if (wakeRead_ >= 0) close(wakeRead_);
    if (wakeWrite_ >= 0) close(wakeWrite_);
}

void Console::writeOut(int stream, std::string_view text) {
    std::FILE* out = stream == 2 ? stderr : stdout;
    std::fwrite(text.data(), 1, text.size(), out);
    // The user watches: stderr is unbuffered anyway, and stdout must show
    // what a background thread printed before the next keystroke.
    std::fflush(out);
}

void Console::wake() {
    char byte = 1;
    // A full pipe already wakes the loop; nothing else can go wrong that matters.
    (void)!::write(wakeWrite_, &byte, 1);
}

void Console::write(int stream, std::string_view text) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!promptShowing_) {
        writeOut(stream, text);
        return;
    }
    // Consecutive writes to one stream (print's text, then its "\n") share a chunk.
    if (!pending_.output.empty() && pending_.output.back().first == stream) pending_.output.back().second += text;
    else pending_.output.emplace_back(stream, std::string(text));
    wake();
}

void Console::signal(int signalNumber, VM& vm) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (signalNumber == SIGWINCH) {
        pending_.resized = true;
        wake();
    } else if (promptShowing_) {
        pending_.interrupted = true;
        wake();
    } else {
        vm.interruptMain();
    }
}

void Console::showPrompt() {
    std::lock_guard<std::mutex> lock(mutex_);
    promptShowing_ = true;
}

void Console::hidePrompt() {
    std::lock_guard<std::mutex> lock(mutex_);
    promptShowing_ = false;
    for (const auto& [stream, text] : pending_.output) writeOut(stream, text);
    pending_.output.clear();
    pending_.interrupted = false;
}

Console::Events Console::takeEvents() {
    std::lock_guard<std::mutex> lock(mutex_);
    char drain[64];
    while (::read(wakeRead_, drain, sizeof drain) > 0) {
    }
    Events events = std::move(pending_);
    pending_ = Events{};
    return events;
}

} // namespace spindle::cli
