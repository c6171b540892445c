// FileObject.cpp — open() and the file type (TextIOWrapper), text and binary.
//
// Text files are UTF-8 only (the encoding Python scripts nearly always ask
// for); any other encoding is refused with LookupError so nothing is silently
// misread. Disk I/O uses C stdio, whose buffering is good enough for scripts.
//
// Blocking: a read that has to go to the kernel (stdio's buffer is empty) may
// wait indefinitely on a pipe, FIFO or terminal, so it runs without the GIL; a
// read served from the buffer keeps it (releasing would only add hand-offs).
// open() runs without the GIL too (opening a FIFO waits for the other end).
#include "stdlib/FileObject.h"

#include "runtime/Threads.h"

#include "runtime/types/Unicode.h"
#include "stdlib/BuiltinArgs.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace spindle {

namespace {

// ---- errors -------------------------------------------------------------------

TypeObject* osErrorTypeFor(Runtime& rt, int err) {
    switch (err) {
    case ENOENT: return rt.types.FileNotFoundError;
    case EEXIST: return rt.types.FileExistsError;
    case EISDIR: return rt.types.IsADirectoryError;
    case ENOTDIR: return rt.types.NotADirectoryError;
    case EACCES:
    case EPERM: return rt.types.PermissionError;
    case EINTR: return rt.types.InterruptedError;
    default: return rt.types.OSError;
    }
}

// OSError(errno, strerror[, filename[, winerror, filename2]]) with its attributes.
// The exception type's str() shows the "_str" text when present (Exceptions.cpp).
SPINDLE_NORETURN void raiseOSErrorWith(ThreadState& ts, int err, const std::string_view* filename,
                                       const std::string_view* filename2) {
    TupleObject* args = newTuple(ts, 2);
    args->items()[0] = Value::integer(err);
    args->items()[1] = strValue(ts, std::strerror(err));
    ExceptionObject* exc = newExceptionArgs(ts, osErrorTypeFor(ts.rt, err), args);
    if (!exc->dict) exc->dict = newDict(ts);
    dictSetStr(ts, exc->dict, "errno", args->items()[0]);
    dictSetStr(ts, exc->dict, "strerror", args->items()[1]);
    std::string text = "[Errno ";
    text += std::to_string(err);
    text += "] ";
    text += std::strerror(err);
    dictSetStr(ts, exc->dict, "filename", Value::none());
    dictSetStr(ts, exc->dict, "filename2", Value::none());
    if (filename) {
        Value name = strValue(ts, *filename);
        dictSetStr(ts, exc->dict, "filename", name);
        text += ": ";
        text += repr(ts, name)->view();
    }
    if (filename2) {
        Value name = strValue(ts, *filename2);
        dictSetStr(ts, exc->dict, "filename2", name);
        text += " -> ";
        text += repr(ts, name)->view();
    }
    dictSetStr(ts, exc->dict, "_str", strValue(ts, text));
    raise(ts, Value::object(exc));
}

} // namespace

void raiseOSError(ThreadState& ts, int err, std::string_view filename) {
    raiseOSErrorWith(ts, err, &filename, nullptr);
}

void raiseOSError2(ThreadState& ts, int err, std::string_view filename, std::string_view filename2) {
    raiseOSErrorWith(ts, err, &filename, &filename2);
}

void raiseOSErrorNoFilename(ThreadState& ts, int err) { raiseOSErrorWith(ts, err, nullptr, nullptr); }

namespace {

// io.UnsupportedOperation (an OSError) is created at start-up and kept in the
// file type's dict: there is no io module to own it yet.
SPINDLE_NORETURN void raiseUnsupported(ThreadState& ts, std::string_view message) {
    Value type = dictGetStr(ts.rt.types.file->dict, intern(ts, "UnsupportedOperation"));
    TypeObject* t = type.isEmpty() ? ts.rt.types.OSError : as<TypeObject>(type);
    raiseError(ts, t, message);
}

SPINDLE_NORETURN void raiseClosed(ThreadState& ts) {
    raiseError(ts, ts.rt.types.ValueError, "I/O operation on closed file.");
}

FileObject* fileSelf(Value self) {
    // Methods are only reachable through the file type, whose instances all have this layout.
    return static_cast<FileObject*>(static_cast<NativeObject*>(self.asObject()));
}

void checkOpen(ThreadState& ts, FileObject* f) {
    if (SPINDLE_UNLIKELY(f->closed)) raiseClosed(ts);
}

void checkReadable(ThreadState& ts, FileObject* f) {
    checkOpen(ts, f);
    if (SPINDLE_UNLIKELY(!f->readable)) raiseUnsupported(ts, f->binary ? "read" : "not readable");
    if (f->handle && f->lastOpWasWrite) {
        std::fflush(f->handle);
        std::fseek(f->handle, 0, SEEK_CUR); // stdio requires a positioning call between write and read
        f->lastOpWasWrite = false;
    }
}

void checkWritable(ThreadState& ts, FileObject* f) {
    checkOpen(ts, f);
    if (SPINDLE_UNLIKELY(!f->writable)) raiseUnsupported(ts, f->binary ? "write" : "not writable");
    if (f->handle && !f->lastOpWasWrite) {
        std::fseek(f->handle, 0, SEEK_CUR);
        f->lastOpWasWrite = true;
    }
}

// ---- decoding -------------------------------------------------------------------

Value decodedStr(ThreadState& ts, const std::string& bytes) {
    size_t badPos = 0, badEnd = 0;
    const char* reason = nullptr;
    if (SPINDLE_UNLIKELY(!utf8Validate(bytes, &badPos, &badEnd, &reason))) {
        raiseFormat(ts, ts.rt.types.UnicodeDecodeError, "'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                    static_cast<unsigned char>(bytes[badPos]), badPos, reason ? reason : "invalid data");
    }
    return strValue(ts, bytes);
}

// The result of a read: str for text files, bytes for binary ones.
Value readResult(ThreadState& ts, FileObject* f, const std::string& data) {
    if (f->binary) return Value::object(newBytes(ts, data));
    return decodedStr(ts, data);
}

// ---- leaving the GIL -------------------------------------------------------------

// One read or close() holds the file's ioMutex throughout (see FileObject.h).
// When another thread has it, wait without the GIL: that thread may itself be
// waiting for the GIL after its read, and must be able to get it.
class FileIoLock {
public:
    FileIoLock(ThreadState& ts, FileObject* f) : f_(f) {
        if (!f->ioMutex.try_lock()) blockWithoutGil(ts, [f] { f->ioMutex.lock(); });
    }
    ~FileIoLock() { f_->ioMutex.unlock(); }
    FileIoLock(const FileIoLock&) = delete;
    FileIoLock& operator=(const FileIoLock&) = delete;

private:
    FileObject* f_;
};

// Whether the next getc() may have to wait for the kernel: stdio's read buffer
// is empty. glibc's FILE shows its buffer pointers; elsewhere, assume it may.
bool readBufferEmpty(std::FILE* file) {
#ifdef __GLIBC__
    return file->_IO_read_ptr >= file->_IO_read_end;
#else
    (void)file;
    return true;
#endif
}

int nextByte(ThreadState& ts, FileObject* f) {
    std::FILE* file = f->handle;
    if (SPINDLE_LIKELY(!readBufferEmpty(file))) return std::getc(file);
    return blockWithoutGil(ts, [file] { return std::getc(file); });
}

// ---- standard input -------------------------------------------------------------

// Pull one more line from the host into pendingInput; false at end of input.
bool fillStandardInput(ThreadState& ts, FileObject* f) {
    if (!ts.rt.hooks.readLine) return false;
    std::string line;
    // Waiting for a line of input must not stop the other threads.
    if (!blockWithoutGil(ts, [&] { return ts.rt.hooks.readLine(line); })) return false;
    f->pendingInput += line;
    return true;
}

std::string takePending(FileObject* f, size_t bytes) {
    std::string out = f->pendingInput.substr(0, bytes);
    f->pendingInput.erase(0, bytes);
    return out;
}

// Bytes of the first `chars` code points of s (or all of it).
size_t prefixBytesForChars(std::string_view s, int64_t chars) {
    size_t i = 0;
    while (i < s.size() && chars-- > 0) i += utf8SeqLength(static_cast<unsigned char>(s[i]));
    return i < s.size() ? i : s.size();
}

// ---- disk reading ---------------------------------------------------------------

// Read one code point's bytes (or one byte in binary mode); false at EOF.
bool readUnit(ThreadState& ts, FileObject* f, std::string& out) {
    int c = nextByte(ts, f);
    if (c == EOF) return false;
    out.push_back(static_cast<char>(c));
    if (f->binary || c < 0xC0) return true;
    size_t more = utf8SeqLength(static_cast<unsigned char>(c)) - 1;
    for (size_t k = 0; k < more; k++) {
        int d = nextByte(ts, f);
        if (d == EOF) break;
        if ((d & 0xC0) != 0x80) { // not a continuation: leave it for the decoder to report
            std::ungetc(d, f->handle);
            break;
        }
        out.push_back(static_cast<char>(d));
    }
    return true;
}

// Apply the newline policy to a '\r' just appended to `out`. Returns true when
// it ends a line.
bool handleCarriageReturn(ThreadState& ts, FileObject* f, std::string& out) {
    if (f->binary || f->newline == FileObject::Newline::Exact) return false;
    int next = nextByte(ts, f);
    if (next == '\n') {
        if (f->newline == FileObject::Newline::Universal) out.back() = '\n';
        else out.push_back('\n');
    } else {
        if (next != EOF) std::ungetc(next, f->handle);
        if (f->newline == FileObject::Newline::Universal) out.back() = '\n';
    }
    return true;
}

bool endsLine(FileObject* f, const std::string& out) {
    if (f->binary || f->newline != FileObject::Newline::Exact) return out.back() == '\n';
    const std::string& nl = f->newlineText;
    return out.size() >= nl.size() && out.compare(out.size() - nl.size(), nl.size(), nl) == 0;
}

// Up to `limit` units (code points, or bytes in binary mode; -1: no limit),
// stopping after a line end when `wholeLine`.
std::string readUnits(ThreadState& ts, FileObject* f, int64_t limit, bool wholeLine) {
    std::string out;
    for (int64_t n = 0; limit < 0 || n < limit; n++) {
        if (!readUnit(ts, f, out)) break;
        if (out.back() == '\r' && handleCarriageReturn(ts, f, out)) {
            if (wholeLine) break;
            continue;
        }
        if (wholeLine && endsLine(f, out)) break;
    }
    return out;
}

std::string readEverything(ThreadState& ts, FileObject* f) {
    std::string raw;
    std::FILE* file = f->handle;
    blockWithoutGil(ts, [file, &raw] {
        char buf[16384];
        size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, file)) > 0) raw.append(buf, n);
    });
    if (f->binary || f->newline != FileObject::Newline::Universal) return raw;
    std::string out;
    out.reserve(raw.size());
    for (size_t i = 0; i < raw.size(); i++) {
        if (raw[i] != '\r') {
            out.push_back(raw[i]);
            continue;
        }
        out.push_back('\n');
        if (i + 1 < raw.size() && raw[i + 1] == '\n') i++;
    }
    return out;
}

// One line (with its terminator), "" at end of file.
std::string readLineRaw(ThreadState& ts, FileObject* f, int64_t limit) {
    if (f->stream == FileObject::Stream::Disk) return readUnits(ts, f, limit, true);
    size_t nl;
    while ((nl = f->pendingInput.find('\n')) == std::string::npos && fillStandardInput(ts, f)) {
    }
    size_t bytes = nl == std::string::npos ? f->pendingInput.size() : nl + 1;
    if (limit >= 0) bytes = std::min(bytes, prefixBytesForChars(f->pendingInput, limit));
    return takePending(f, bytes);
}

// ---- methods --------------------------------------------------------------------

int64_t sizeArgument(ThreadState& ts, Args args, const char* name) {
    expectArgRange(ts, name, args, 0, 1);
    if (args.count == 0 || args[0].isNone()) return -1;
    return indexOf(ts, args[0]);
}

Value fileRead(ThreadState& ts, Value self, Args args) {
    FileObject* f = fileSelf(self);
    int64_t size = sizeArgument(ts, args, "read");
    FileIoLock lock(ts, f);
    checkReadable(ts, f);
    std::string data;
    if (f->stream == FileObject::Stream::Disk) {
        data = size < 0 ? readEverything(ts, f) : readUnits(ts, f, size, false);
    } else {
        while ((size < 0 || static_cast<int64_t>(utf8Length(f->pendingInput)) < size) && fillStandardInput(ts, f)) {
        }
        data = takePending(f, size < 0 ? f->pendingInput.size() : prefixBytesForChars(f->pendingInput, size));
    }
    return readResult(ts, f, data);
}

Value fileReadline(ThreadState& ts, Value self, Args args) {
    FileObject* f = fileSelf(self);
    int64_t size = sizeArgument(ts, args, "readline");
    FileIoLock lock(ts, f);
    checkReadable(ts, f);
    return readResult(ts, f, readLineRaw(ts, f, size));
}

Value fileReadlines(ThreadState& ts, Value self, Args args) {
    FileObject* f = fileSelf(self);
    expectArgRange(ts, "readlines", args, 0, 1); // the size hint is accepted and ignored
    FileIoLock lock(ts, f);
    checkReadable(ts, f);
    ListObject* lines = newList(ts);
    // No Python code runs below (decoding raises, it never calls out), so the new
    // list needs no handle.
    for (;;) {
        std::string line = readLineRaw(ts, f, -1);
        if (line.empty()) break;
        lines->items.push_back(readResult(ts, f, line));
    }
    return Value::object(lines);
}

// Write bytes already validated for this file's mode.
void writeRaw(ThreadState& ts, FileObject* f, std::string_view data) {
    switch (f->stream) {
    case FileObject::Stream::Stdout: writeStdout(ts, data); return;
    case FileObject::Stream::Stderr: writeStderr(ts, data); return;
    case FileObject::Stream::Stdin: return; // checkWritable refused it already
    case FileObject::Stream::Disk: break;
    }
    if (!f->binary && f->newline == FileObject::Newline::Exact && f->newlineText != "\n" &&
        data.find('\n') != std::string_view::npos) {
        std::string translated;
        for (char c : data) {
            if (c == '\n') translated += f->newlineText;
            else translated.push_back(c);
        }
        std::fwrite(translated.data(), 1, translated.size(), f->handle);
    } else {
        std::fwrite(data.data(), 1, data.size(), f->handle);
    }
    if (std::ferror(f->handle)) {
        int err = errno;
        std::clearerr(f->handle);
        raiseOSError(ts, err ? err : EIO, f->name);
    }
}

// Check that `v` suits the file's mode and return its bytes.
std::string_view writableData(ThreadState& ts, FileObject* f, Value v) {
    if (f->binary) {
        if (isKind(v, ObjKind::Bytes)) return as<BytesObject>(v)->view();
        std::string_view got = typeName(ts, v);
        raiseFormat(ts, ts.rt.types.TypeError, "a bytes-like object is required, not '%.*s'",
                    static_cast<int>(got.size()), got.data());
    }
    if (isKind(v, ObjKind::Str)) return as<StrObject>(v)->view();
    std::string_view got = typeName(ts, v);
    raiseFormat(ts, ts.rt.types.TypeError, "write() argument must be str, not %.*s", static_cast<int>(got.size()),
                got.data());
}

Value fileWrite(ThreadState& ts, Value self, Args args) {
    FileObject* f = fileSelf(self);
    Value data = expectOneArg(ts, "write", args);
    checkWritable(ts, f);
    std::string_view bytes = writableData(ts, f, data);
    writeRaw(ts, f, bytes);
    int64_t count = f->binary ? static_cast<int64_t>(bytes.size())
                              : static_cast<int64_t>(as<StrObject>(data)->charLength);
    return Value::integer(count);
}

Value fileWritelines(ThreadState& ts, Value self, Args args) {
    FileObject* f = fileSelf(self);
    Value lines = expectOneArg(ts, "writelines", args);
    checkWritable(ts, f);
    // The iterable and self are rooted by the caller; each item is only used
    // before the next call into Python.
    forEach(ts, lines, [&](Value item) {
        checkWritable(ts, f);
        writeRaw(ts, f, writableData(ts, f, item));
        return true;
    });
    return Value::none();
}

Value fileClose(ThreadState& ts, Value self, Args args) {
    FileObject* f = fileSelf(self);
    expectNoArgs(ts, "close", args);
    FileIoLock lock(ts, f); // a read in another thread finishes first
    if (f->closed) return Value::none();
    f->closed = true;
    if (f->handle) {
        int rc = std::fclose(f->handle);
        f->handle = nullptr;
        if (rc != 0) raiseOSError(ts, errno, f->name);
    } else if (f->stream != FileObject::Stream::Stdin && ts.rt.hooks.flush) {
        ts.rt.hooks.flush(f->stream == FileObject::Stream::Stderr ? 2 : 1);
    }
    return Value::none();
}

Value fileFlush(ThreadState& ts, Value self, Args args) {
    FileObject* f = fileSelf(self);
    expectNoArgs(ts, "flush", args);
    checkOpen(ts, f);
    if (f->handle) std::fflush(f->handle);
    else if (f->stream != FileObject::Stream::Stdin && ts.rt.hooks.flush)
        ts.rt.hooks.flush(f->stream == FileObject::Stream::Stderr ? 2 : 1);
    return Value::none();
}

Value fileEnter(ThreadState& ts, Value self, Args args) {
    expectNoArgs(ts, "__enter__", args);
    checkOpen(ts, fileSelf(self));
    return self;
}

Value fileExit(ThreadState& ts, Value self, Args args) {
    fileClose(ts, self, Args{});
    return Value::none();
}

Value fileReadable(ThreadState& ts, Value self, Args args) {
    expectNoArgs(ts, "readable", args);
    checkOpen(ts, fileSelf(self));
    return Value::boolean(fileSelf(self)->readable);
}

Value fileWritable(ThreadState& ts, Value self, Args args) {
    expectNoArgs(ts, "writable", args);
    checkOpen(ts, fileSelf(self));
    return Value::boolean(fileSelf(self)->writable);
}

Value fileSeekable(ThreadState& ts, Value self, Args args) {
    expectNoArgs(ts, "seekable", args);
    checkOpen(ts, fileSelf(self));
    return Value::boolean(fileSelf(self)->stream == FileObject::Stream::Disk);
}

Value fileFileno(ThreadState& ts, Value self, Args args) {
    FileObject* f = fileSelf(self);
    expectNoArgs(ts, "fileno", args);
    checkOpen(ts, f);
    switch (f->stream) {
    case FileObject::Stream::Stdin: return Value::integer(0);
    case FileObject::Stream::Stdout: return Value::integer(1);
    case FileObject::Stream::Stderr: return Value::integer(2);
    case FileObject::Stream::Disk: break;
    }
    return Value::integer(::fileno(f->handle));
}

Value fileIsatty(ThreadState& ts, Value self, Args args) {
    FileObject* f = fileSelf(self);
    expectNoArgs(ts, "isatty", args);
    checkOpen(ts, f);
    // Standard streams belong to the host, which may not be a terminal at all.
    return Value::boolean(f->handle && ::isatty(::fileno(f->handle)));
}

Value fileTell(ThreadState& ts, Value self, Args args) {
    FileObject* f = fileSelf(self);
    expectNoArgs(ts, "tell", args);
    checkOpen(ts, f);
    if (!f->handle) raiseOSError(ts, ESPIPE, f->name);
    long pos = std::ftell(f->handle);
    if (pos < 0) raiseOSError(ts, errno, f->name);
    return Value::integer(pos);
}

Value fileSeek(ThreadState& ts, Value self, Args args) {
    FileObject* f = fileSelf(self);
    expectArgRange(ts, "seek", args, 1, 2);
    int64_t offset = indexOf(ts, args[0]);
    int64_t whence = args.count > 1 ? indexOf(ts, args[1]) : 0;
    checkOpen(ts, f);
    if (!f->handle) raiseUnsupported(ts, "underlying stream is not seekable");
    if (whence < 0 || whence > 2)
        raiseFormat(ts, ts.rt.types.ValueError, "invalid whence (%lld, should be 0, 1 or 2)",
                    static_cast<long long>(whence));
    if (!f->binary && whence != 0 && offset != 0)
        raiseUnsupported(ts, whence == 1 ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks");
    if (std::fseek(f->handle, offset, whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END) != 0)
        raiseOSError(ts, errno, f->name);
    f->lastOpWasWrite = false;
    return Value::integer(std::ftell(f->handle));
}

// ---- slots ------------------------------------------------------------------------

StrObject* fileRepr(ThreadState& ts, Value v) {
    FileObject* f = fileSelf(v);
    std::string name = repr(ts, strValue(ts, f->name))->data();
    std::string text;
    if (f->binary) {
        text = std::string("<_io.") + (f->readable && !f->writable ? "BufferedReader" : "BufferedWriter") +
               " name=" + name + ">";
    } else {
        const char* encoding = f->stream == FileObject::Stream::Disk ? "UTF-8" : "utf-8";
        text = "<_io.TextIOWrapper name=" + name + " mode='" + f->mode + "' encoding='" + encoding + "'>";
    }
    return newStr(ts, text);
}

Value fileIter(ThreadState& ts, Value v) {
    checkOpen(ts, fileSelf(v));
    return v;
}

bool fileNext(ThreadState& ts, Value v, Value& out) {
    FileObject* f = fileSelf(v);
    FileIoLock lock(ts, f);
    checkReadable(ts, f);
    std::string line = readLineRaw(ts, f, -1);
    if (line.empty()) return false;
    out = readResult(ts, f, line);
    return true;
}

bool fileGetAttr(ThreadState& ts, Value obj, StrObject* name, Value& out) {
    FileObject* f = fileSelf(obj);
    std::string_view n = name->view();
    if (n == "closed") out = Value::boolean(f->closed);
    else if (n == "name") out = strValue(ts, f->name);
    else if (n == "mode") out = strValue(ts, f->mode);
    else if (n == "encoding" && !f->binary) out = strValue(ts, f->stream == FileObject::Stream::Disk ? "UTF-8" : "utf-8");
    else if (n == "errors" && !f->binary) out = strValue(ts, "strict");
    else return false;
    return true;
}

// ---- open() -------------------------------------------------------------------

struct OpenMode {
    bool read = false, write = false, create = false, append = false, plus = false, binary = false;
};

OpenMode parseMode(ThreadState& ts, std::string_view mode) {
    OpenMode m;
    bool text = false;
    std::string seen;
    for (char c : mode) {
        if (std::strchr("rwxabt+", c) == nullptr || c == '\0' || seen.find(c) != std::string::npos)
            raiseFormat(ts, ts.rt.types.ValueError, "invalid mode: '%.*s'", static_cast<int>(mode.size()), mode.data());
        seen.push_back(c);
        switch (c) {
        case 'r': m.read = true; break;
        case 'w': m.write = true; break;
        case 'x': m.create = true; break;
        case 'a': m.append = true; break;
        case '+': m.plus = true; break;
        case 'b': m.binary = true; break;
        case 't': text = true; break;
        }
    }
    if (text && m.binary) raiseError(ts, ts.rt.types.ValueError, "can't have text and binary mode at once");
    if (m.read + m.write + m.create + m.append != 1)
        raiseError(ts, ts.rt.types.ValueError, "must have exactly one of create/read/write/append mode");
    return m;
}

bool isUtf8EncodingName(std::string_view name) {
    std::string lower;
    for (char c : name) lower.push_back(c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    return lower == "utf-8" || lower == "utf8" || lower == "u8" || lower == "utf";
}

std::string_view optionalStrArgument(ThreadState& ts, Value v, const char* param, bool& present) {
    present = !(v.isEmpty() || v.isNone());
    if (!present) return {};
    if (isKind(v, ObjKind::Str)) return as<StrObject>(v)->view();
    std::string_view got = typeName(ts, v);
    raiseFormat(ts, ts.rt.types.TypeError, "open() argument '%s' must be str or None, not %.*s", param,
                static_cast<int>(got.size()), got.data());
}

} // namespace

Value builtinOpen(ThreadState& ts, Value self, Args args) {
    static constexpr ParamSpec spec{"open",
                                    {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"},
                                    1};
    Value a[8];
    bindArgs(ts, spec, args, a);
    Runtime& rt = ts.rt;

    std::string path;
    if (isKind(a[0], ObjKind::Str)) path = as<StrObject>(a[0])->view();
    else if (isKind(a[0], ObjKind::Bytes)) path = as<BytesObject>(a[0])->view();
    else {
        std::string_view got = typeName(ts, a[0]);
        raiseFormat(ts, rt.types.TypeError, "expected str, bytes or os.PathLike object, not %.*s",
                    static_cast<int>(got.size()), got.data());
    }
    std::string_view modeText = "r";
    if (!a[1].isEmpty()) {
        if (!isKind(a[1], ObjKind::Str)) {
            std::string_view got = typeName(ts, a[1]);
            raiseFormat(ts, rt.types.TypeError, "open() argument 'mode' must be str, not %.*s",
                        static_cast<int>(got.size()), got.data());
        }
        modeText = as<StrObject>(a[1])->view();
    }
    OpenMode m = parseMode(ts, modeText);

    bool hasEncoding, hasErrors, hasNewline;
    std::string_view encoding = optionalStrArgument(ts, a[3], "encoding", hasEncoding);
    optionalStrArgument(ts, a[4], "errors", hasErrors);
    std::string_view newline = optionalStrArgument(ts, a[5], "newline", hasNewline);
    if (m.binary && hasEncoding) raiseError(ts, rt.types.ValueError, "binary mode doesn't take an encoding argument");
    if (m.binary && hasErrors) raiseError(ts, rt.types.ValueError, "binary mode doesn't take an errors argument");
    if (m.binary && hasNewline) raiseError(ts, rt.types.ValueError, "binary mode doesn't take a newline argument");
    if (hasNewline && newline != "" && newline != "\n" && newline != "\r" && newline != "\r\n")
        raiseFormat(ts, rt.types.ValueError, "illegal newline value: %.*s", static_cast<int>(newline.size()),
                    newline.data());
    if (hasEncoding && !isUtf8EncodingName(encoding))
        raiseFormat(ts, rt.types.LookupError, "unknown encoding: %.*s", static_cast<int>(encoding.size()),
                    encoding.data());

    int flags = O_CLOEXEC;
    const char* stdioMode;
    if (m.read) {
        flags |= m.plus ? O_RDWR : O_RDONLY;
        stdioMode = m.plus ? "r+" : "r";
    } else if (m.write) {
        flags |= (m.plus ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC;
        stdioMode = m.plus ? "w+" : "w";
    } else if (m.create) {
        flags |= (m.plus ? O_RDWR : O_WRONLY) | O_CREAT | O_EXCL;
        stdioMode = m.plus ? "w+" : "w";
    } else {
        flags |= (m.plus ? O_RDWR : O_WRONLY) | O_CREAT | O_APPEND;
        stdioMode = m.plus ? "a+" : "a";
    }
    // Opening a FIFO waits for its other end: let the other threads run meanwhile.
    int openError = 0;
    int fd = blockWithoutGil(ts, [&] {
        int opened = ::open(path.c_str(), flags, 0666);
        openError = errno;
        return opened;
    });
    if (fd < 0) raiseOSError(ts, openError, path);
    struct stat st;
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) { // Linux opens directories read-only; Python refuses
        ::close(fd);
        raiseOSError(ts, EISDIR, path);
    }
    std::FILE* handle = ::fdopen(fd, stdioMode);
    if (!handle) {
        int err = errno;
        ::close(fd);
        raiseOSError(ts, err, path);
    }

    FileObject* f = rt.heap.make<FileObject>(rt.types.file, 0);
    f->handle = handle;
    f->readable = m.read || m.plus;
    f->writable = !m.read || m.plus;
    f->binary = m.binary;
    f->name = path;
    // Strings are constructed, not assigned from views: GCC 12 warns falsely
    // (-Wrestrict) about the inlined assignment.
    f->mode = std::string(modeText);
    if (hasNewline) {
        f->newline = newline.empty() ? FileObject::Newline::Untranslated : FileObject::Newline::Exact;
        f->newlineText = std::string(newline);
    }
    return Value::object(f);
}

FileObject* newStandardStream(ThreadState& ts, FileObject::Stream stream) {
    FileObject* f = ts.rt.heap.make<FileObject>(ts.rt.types.file, 0);
    f->stream = stream;
    f->readable = stream == FileObject::Stream::Stdin;
    f->writable = !f->readable;
    f->name = stream == FileObject::Stream::Stdin ? "<stdin>" : stream == FileObject::Stream::Stdout ? "<stdout>" : "<stderr>";
    f->mode = std::string(f->readable ? "r" : "w"); // see builtinOpen

    return f;
}

void writeToFile(ThreadState& ts, Value file, std::string_view text) {
    if (isKind(file, ObjKind::File)) {
        FileObject* f = fileSelf(file);
        checkWritable(ts, f);
        if (f->binary) {
            raiseError(ts, ts.rt.types.TypeError, "a bytes-like object is required, not 'str'");
        }
        writeRaw(ts, f, text);
        return;
    }
    Handle piece(ts, strValue(ts, text));
    Value arg = piece.get();
    callMethod(ts, file, intern(ts, "write"), Args{&arg, 1, nullptr});
}

void flushFile(ThreadState& ts, Value file) {
    if (isKind(file, ObjKind::File)) {
        fileFlush(ts, file, Args{});
        return;
    }
    Value method;
    if (getAttrOpt(ts, file, intern(ts, "flush"), method)) call0(ts, method);
}

bool readStandardInputLine(ThreadState& ts, FileObject* f, std::string& line) {
    FileIoLock lock(ts, f);
    checkReadable(ts, f);
    line = readLineRaw(ts, f, -1);
    return !line.empty();
}

void initFileType(ThreadState& ts) {
    TypeObject* t = ts.rt.types.file;
    t->allowsSubclassing = false;
    t->slots.repr = fileRepr;
    t->slots.iter = fileIter;
    t->slots.next = fileNext;
    t->slots.getAttr = fileGetAttr;
    defineMethod(ts, t, "read", fileRead);
    defineMethod(ts, t, "readline", fileReadline);
    defineMethod(ts, t, "readlines", fileReadlines);
    defineMethod(ts, t, "write", fileWrite);
    defineMethod(ts, t, "writelines", fileWritelines);
    defineMethod(ts, t, "close", fileClose);
    defineMethod(ts, t, "flush", fileFlush);
    defineMethod(ts, t, "__enter__", fileEnter);
    defineMethod(ts, t, "__exit__", fileExit);
    defineMethod(ts, t, "readable", fileReadable);
    defineMethod(ts, t, "writable", fileWritable);
    defineMethod(ts, t, "seekable", fileSeekable);
    defineMethod(ts, t, "fileno", fileFileno);
    defineMethod(ts, t, "isatty", fileIsatty);
    defineMethod(ts, t, "tell", fileTell);
    defineMethod(ts, t, "seek", fileSeek);

    TypeObject* unsupported = newBuiltinType(ts, "UnsupportedOperation", ts.rt.types.OSError, ObjKind::Exception);
    dictSetStr(ts, unsupported->dict, "__module__", strValue(ts, "io"));
    dictSetStr(ts, t->dict, "UnsupportedOperation", Value::object(unsupported));
}

} // namespace spindle
