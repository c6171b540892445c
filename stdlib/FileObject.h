// FileObject.h — the objects `open()` returns, and sys.stdin/stdout/stderr.
//
// One layout serves both: a disk file owns a C stdio FILE*; a standard stream
// owns nothing and goes through the host hooks (writeStdout/writeStderr and
// hooks.readLine), because the runtime must never touch the process's streams
// itself — the REPL, the tests and embedders redirect them.
//
// A FileObject holds no references to other heap objects (its name and mode are
// C++ strings, materialised as str on attribute access), so the collector has
// nothing to trace; the destructor closes a FILE* that the script forgot to close.
#pragma once

#include "runtime/Ops.h"

#include <cstdio>
#include <mutex>
#include <string>

namespace spindle {

struct FileObject : NativeObject {
    static constexpr ObjKind kKind = ObjKind::File;

    enum class Stream : uint8_t { Disk, Stdin, Stdout, Stderr };
    // How line endings are handled, from open()'s `newline` argument.
    enum class Newline : uint8_t {
        Universal,   // None: "\r\n" and "\r" read as "\n"; "\n" written as is
        Untranslated,// "": lines end at "\n", "\r" or "\r\n", kept as they are
        Exact,       // "\n", "\r", "\r\n": lines end at that string; "\n" written as it
    };

    std::FILE* handle = nullptr; // Disk files only; null once closed
    Stream stream = Stream::Disk;
    Newline newline = Newline::Universal;
    std::string newlineText;     // for Newline::Exact
    bool readable = false;
    bool writable = false;
    bool binary = false;
    bool closed = false;
    bool lastOpWasWrite = false; // stdio needs a seek/flush between write and read
    std::string name;            // as given to open(), or "<stdout>"
    std::string mode;            // as given to open()
    // Standard input arrives a line at a time from the host hook; what a
    // read(n) did not consume waits here.
    std::string pendingInput;
    // Held for the whole of each read and of close(). Reads give up the GIL while
    // the kernel may keep them waiting, so this is what keeps two threads' reads
    // of one file from interleaving, and close() from freeing the FILE under a
    // read. It is only ever waited for without the GIL (FileObject.cpp).
    std::mutex ioMutex;

    FileObject() : NativeObject(kKind) {}
    ~FileObject() override {
        if (handle) std::fclose(handle);
    }
};

// OSError for a failed call on a path, as CPython raises it: the subclass errno
// selects (FileNotFoundError, FileExistsError, ...), the errno, strerror and
// filename attributes, and the str "[Errno 2] No such file or directory: 'x'"
// ("... 'a' -> 'b'" with a second filename, as os.rename reports).
SPINDLE_NORETURN void raiseOSError(ThreadState& ts, int err, std::string_view filename);
SPINDLE_NORETURN void raiseOSError2(ThreadState& ts, int err, std::string_view filename, std::string_view filename2);
SPINDLE_NORETURN void raiseOSErrorNoFilename(ThreadState& ts, int err);

// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
//      closefd=True, opener=None) — the builtin.
Value builtinOpen(ThreadState& ts, Value self, Args args);
// A standard stream object for sys (stdin, stdout, stderr).
FileObject* newStandardStream(ThreadState& ts, FileObject::Stream stream);
// Write text to a file-like object: the host hooks for the standard streams,
// the file for disk files, else `obj.write(text)` (print(file=...)).
void writeToFile(ThreadState& ts, Value file, std::string_view text);
// file.flush() for any file-like object (no-op if it has none).
void flushFile(ThreadState& ts, Value file);
// One line from a readable FileObject (sys.stdin for input()), with its "\n";
// false at end of input. Shares the stream's buffer with its read methods.
bool readStandardInputLine(ThreadState& ts, FileObject* f, std::string& line);

} // namespace spindle
