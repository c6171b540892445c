// Disassembler.cpp — see Disassembler.h.
#include "interpreter/Disassembler.h"
#include "interpreter/InstructionInfo.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <set>

namespace spindle {

// ---------------------------------------------------------------------------
// Constant reprs
// ---------------------------------------------------------------------------
std::string floatRepr(double value) {
    if (std::isnan(value)) return "nan";
    if (std::isinf(value)) return value < 0 ? "-inf" : "inf";
    // Shortest round-trip digits in scientific form, e.g. "-1.2345e+17".
    char buffer[64];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    std::string text(buffer, result.ptr);
    std::string sign;
    if (text[0] == '-') {
        sign = "-";
        text.erase(0, 1);
    }
    size_t ePos = text.find('e');
    std::string mantissa = text.substr(0, ePos);
    int exponent = std::stoi(text.substr(ePos + 1));
    std::string digits;
    for (char c : mantissa)
        if (c != '.') digits.push_back(c);
    // Python's repr switches to exponent notation outside [1e-4, 1e16).
    if (exponent < -4 || exponent >= 16) {
        std::string out = sign + digits.substr(0, 1);
        if (digits.size() > 1) out += "." + digits.substr(1);
        char exp[16];
        std::snprintf(exp, sizeof exp, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
        return out + exp;
    }
    std::string out;
    if (exponent < 0) {
        out = "0." + std::string(static_cast<size_t>(-exponent - 1), '0') + digits;
    } else if (static_cast<int>(digits.size()) <= exponent + 1) {
        out = digits + std::string(static_cast<size_t>(exponent + 1) - digits.size(), '0') + ".0";
    } else {
        out = digits.substr(0, static_cast<size_t>(exponent + 1)) + "." + digits.substr(static_cast<size_t>(exponent + 1));
    }
    return sign + out;
}

// Decodes one UTF-8 sequence at `i` (advancing it); invalid bytes decode as themselves.
static uint32_t decodeUtf8(const std::string& s, size_t& i) {
    unsigned char lead = static_cast<unsigned char>(s[i]);
    int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xe ? 3 : (lead >> 3) == 0x1e ? 4 : 1;
    if (i + length > s.size()) length = 1;
    uint32_t cp = length == 1 ? lead : length == 2 ? lead & 0x1f : length == 3 ? lead & 0x0f : lead & 0x07;
    for (int k = 1; k < length; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3f);
    i += length;
    return cp;
}

std::string stringRepr(const std::string& utf8) {
    bool hasSingle = utf8.find('\'') != std::string::npos;
    bool hasDouble = utf8.find('"') != std::string::npos;
    char quote = hasSingle && !hasDouble ? '"' : '\'';
    std::string out(1, quote);
    char escape[16];
    for (size_t i = 0; i < utf8.size();) {
        size_t start = i;
        uint32_t cp = decodeUtf8(utf8, i);
        if (cp == static_cast<uint32_t>(quote) || cp == '\\') {
            out.push_back('\\');
            out.push_back(static_cast<char>(cp));
        } else if (cp == '\n') {
            out += "\\n";
        } else if (cp == '\r') {
            out += "\\r";
        } else if (cp == '\t') {
            out += "\\t";
        } else if (cp < 0x20 || (cp >= 0x7f && cp <= 0xa0) || cp == 0xad) {
            std::snprintf(escape, sizeof escape, "\\x%02x", cp);
            out += escape;
        } else if ((cp >= 0x2028 && cp <= 0x2029) || (cp >= 0xd800 && cp <= 0xdfff)) {
            std::snprintf(escape, sizeof escape, "\\u%04x", cp);
            out += escape;
        } else {
            out.append(utf8, start, i - start);
        }
    }
    out.push_back(quote);
    return out;
}

static std::string bytesRepr(const std::string& bytes) {
    bool hasSingle = bytes.find('\'') != std::string::npos;
    bool hasDouble = bytes.find('"') != std::string::npos;
    char quote = hasSingle && !hasDouble ? '"' : '\'';
    std::string out = "b";
    out.push_back(quote);
    char escape[8];
    for (unsigned char c : bytes) {
        if (c == quote || c == '\\') {
            out.push_back('\\');
            out.push_back(static_cast<char>(c));
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c < 0x20 || c >= 0x7f) {
            std::snprintf(escape, sizeof escape, "\\x%02x", c);
            out += escape;
        } else {
            out.push_back(static_cast<char>(c));
        }
    }
    out.push_back(quote);
    return out;
}

static std::string codeLabel(const CompiledCode& code) {
    return "<code object " + code.name + ", line " + std::to_string(code.firstLine) + ">";
}

std::string constantRepr(const Constant& constant) {
    return std::visit(
        [](const auto& v) -> std::string {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, Constant::None>) return "None";
            else if constexpr (std::is_same_v<T, Constant::Ellipsis>) return "Ellipsis";
            else if constexpr (std::is_same_v<T, bool>) return v ? "True" : "False";
            else if constexpr (std::is_same_v<T, int64_t>) return std::to_string(v);
            else if constexpr (std::is_same_v<T, Constant::BigIntText>) return v.decimal;
            else if constexpr (std::is_same_v<T, double>) return floatRepr(v);
            else if constexpr (std::is_same_v<T, Constant::Str>) return stringRepr(v.utf8);
            else if constexpr (std::is_same_v<T, Constant::Bytes>) return bytesRepr(v.bytes);
            else if constexpr (std::is_same_v<T, Constant::Tuple>) {
                std::string out = "(";
                for (size_t i = 0; i < v.items.size(); ++i) {
                    if (i) out += ", ";
                    out += constantRepr(v.items[i]);
                }
                if (v.items.size() == 1) out += ",";
                return out + ")";
            } else {
                return v ? codeLabel(*v) : "<code object ?>";
            }
        },
        constant.value);
}

// ---------------------------------------------------------------------------
// Listing
// ---------------------------------------------------------------------------
static std::string joinNames(const std::vector<std::string>& names) {
    if (names.empty()) return "-";
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i) out += ", ";
        out += names[i];
    }
    return out;
}

static std::string flagNames(uint32_t flags) {
    static const std::pair<uint32_t, const char*> kFlags[] = {
        {kCodeVarArgs, "VARARGS"},    {kCodeVarKeywords, "VARKEYWORDS"}, {kCodeGenerator, "GENERATOR"},
        {kCodeNested, "NESTED"},      {kCodeModule, "MODULE"},           {kCodeClassBody, "CLASS_BODY"},
        {kCodeComprehension, "COMPREHENSION"},
    };
    std::string out;
    for (auto [bit, name] : kFlags) {
        if (flags & bit) {
            if (!out.empty()) out += ", ";
            out += name;
        }
    }
    return out.empty() ? "-" : out;
}

static std::string argumentMeaning(const CompiledCode& code, Opcode op, uint32_t arg) {
    auto pick = [](const std::vector<std::string>& list, uint32_t index) -> std::string {
        return index < list.size() ? list[index] : "<bad index>";
    };
    switch (argKind(op)) {
    case ArgKind::None:
    case ArgKind::Number: return "";
    case ArgKind::Constant: return arg < code.constants.size() ? constantRepr(code.constants[arg]) : "<bad index>";
    case ArgKind::SmallInt: return std::to_string(static_cast<int64_t>(arg) - kSmallIntBias);
    case ArgKind::Local: return pick(code.varnames, arg);
    case ArgKind::Cell:
        return arg < code.cellvars.size() ? code.cellvars[arg] : pick(code.freevars, arg - static_cast<uint32_t>(code.cellvars.size()));
    case ArgKind::Name: return pick(code.names, arg);
    case ArgKind::Jump: return "to " + std::to_string(arg);
    case ArgKind::Special:
        switch (op) {
        case Opcode::IS_OP: return arg ? "is not" : "is";
        case Opcode::CONTAINS_OP: return arg ? "not in" : "in";
        case Opcode::UNPACK_EX: return std::to_string(arg & 0xff) + " before, " + std::to_string(arg >> 8) + " after";
        case Opcode::FORMAT_VALUE: {
            static const char* kConversions[] = {"", "str", "repr", "ascii"};
            std::string out = kConversions[arg & 3];
            if (arg & 4) out += out.empty() ? "with format" : ", with format";
            return out;
        }
        case Opcode::MAKE_FUNCTION: {
            std::string out;
            auto add = [&](const char* what) { out += out.empty() ? what : std::string(", ") + what; };
            if (arg & 1) add("defaults");
            if (arg & 2) add("kwdefaults");
            if (arg & 8) add("closure");
            return out;
        }
        case Opcode::CALL_FUNCTION_EX: return arg & 1 ? "with kwargs" : "";
        default: return "";
        }
    }
    return "";
}

static void disassembleOne(const CompiledCode& code, std::string& out) {
    out += "Disassembly of " + codeLabel(code) + ":\n";
    out += "  name: " + code.name + "  qualname: " + code.qualname + "  file: " + code.filename + "\n";
    out += "  args: " + std::to_string(code.argCount) + " (posonly " + std::to_string(code.posOnlyCount) + ", kwonly " +
           std::to_string(code.kwOnlyCount) + ")  flags: " + flagNames(code.flags) + "\n";
    out += "  maxStack: " + std::to_string(code.maxStack) + "  caches: " + std::to_string(code.cacheCount) + "\n";
    out += "  varnames: " + joinNames(code.varnames) + "\n";
    out += "  cellvars: " + joinNames(code.cellvars) + "\n";
    out += "  freevars: " + joinNames(code.freevars) + "\n";
    if (code.hasDocstring) out += "  docstring: " + stringRepr(code.docstring) + "\n";

    std::set<uint32_t> targets;
    for (size_t pc = 0; pc < code.code.size(); pc += 1 + auxWords(opcodeOf(code.code[pc])))
        if (isJumpOpcode(opcodeOf(code.code[pc]))) targets.insert(argOf(code.code[pc]));
    for (const ExceptionTableEntry& entry : code.exceptionTable) targets.insert(entry.target);

    int lastLine = -1;
    char buffer[96];
    for (size_t pc = 0; pc < code.code.size();) {
        uint32_t word = code.code[pc];
        Opcode op = opcodeOf(word);
        uint32_t arg = argOf(word);
        int line = pc < code.lines.size() ? code.lines[pc] : 0;
        std::string lineColumn = line != lastLine ? std::to_string(line) : "";
        lastLine = line;
        std::snprintf(buffer, sizeof buffer, "%5s %2s %5zu %-22s", lineColumn.c_str(), targets.count(pc) ? ">>" : "", pc,
                      opcodeName(op));
        std::string text = buffer;
        if (argKind(op) == ArgKind::SmallInt) {
            // The biased argument means nothing to a reader: show the value itself.
            std::snprintf(buffer, sizeof buffer, "%5lld", static_cast<long long>(arg) - kSmallIntBias);
            text += buffer;
        } else if (argKind(op) != ArgKind::None) {
            std::snprintf(buffer, sizeof buffer, "%5u", arg);
            text += buffer;
            std::string meaning = argumentMeaning(code, op, arg);
            if (!meaning.empty()) text += " (" + meaning + ")";
        }
        int aux = auxWords(op);
        for (int i = 0; i < aux && pc + 1 + i < code.code.size(); ++i)
            text += " [cache " + std::to_string(code.code[pc + 1 + i]) + "]";
        while (!text.empty() && text.back() == ' ') text.pop_back();
        out += text + "\n";
        pc += 1 + aux;
    }
    if (!code.exceptionTable.empty()) {
        out += "ExceptionTable:\n";
        for (const ExceptionTableEntry& entry : code.exceptionTable) {
            out += "  " + std::to_string(entry.start) + " to " + std::to_string(entry.end) + " -> " +
                   std::to_string(entry.target) + " [" + std::to_string(entry.depth) + "]" +
                   (entry.pushLasti ? " lasti" : "") + "\n";
        }
    }
    for (const Constant& constant : code.constants) {
        if (auto* nested = std::get_if<Constant::Code>(&constant.value); nested && *nested) {
            out += "\n";
            disassembleOne(**nested, out);
        }
    }
}

std::string disassemble(const CompiledCode& code) {
    std::string out;
    disassembleOne(code, out);
    return out;
}

} // namespace spindle
