// Unicode.cpp — UTF-8 helpers, and the property, case and name lookups over the
// generated tables (see Unicode.h and scripts/gen_unicode_tables.py).
#include "runtime/types/Unicode.h"

#include <algorithm>

#include "runtime/types/UnicodeTables.inc"

namespace spindle {

uint32_t utf8Decode(std::string_view s, size_t& i) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
        ++i;
        return b;
    }
    size_t n = utf8SeqLength(b);
    uint32_t cp = n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
    for (size_t k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += n;
    return cp;
}

void utf8Append(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

// Mirrors CPython's decoder so error positions and reasons match: the valid
// range of the second byte depends on the lead byte (no overlongs, no
// surrogates, nothing above U+10FFFF).
bool utf8Validate(std::string_view s, size_t* badPos, size_t* badEnd, const char** reason) {
    size_t i = 0, n = s.size();
    auto fail = [&](size_t pos, size_t end, const char* why) {
        if (badPos) *badPos = pos;
        if (badEnd) *badEnd = end;
        if (reason) *reason = why;
        return false;
    };
    while (i < n) {
        unsigned char b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
            ++i;
            continue;
        }
        size_t len;
        unsigned char lo = 0x80, hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) len = 2;
        else if (b >= 0xE0 && b <= 0xEF) {
            len = 3;
            if (b == 0xE0) lo = 0xA0;
            if (b == 0xED) hi = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            len = 4;
            if (b == 0xF0) lo = 0x90;
            if (b == 0xF4) hi = 0x8F;
        } else {
            return fail(i, i + 1, "invalid start byte");
        }
        for (size_t k = 1; k < len; ++k) {
            if (i + k >= n) return fail(i, n, "unexpected end of data");
            unsigned char c = static_cast<unsigned char>(s[i + k]);
            unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
            if (c < l || c > h) return fail(i, i + k, "invalid continuation byte");
        }
        i += len;
    }
    return true;
}

size_t utf8Offset(std::string_view s, size_t cpIndex) {
    size_t i = 0;
    while (cpIndex > 0 && i < s.size()) {
        i += utf8SeqLength(static_cast<unsigned char>(s[i]));
        --cpIndex;
    }
    return i;
}

namespace {

using namespace unicode_data;

constexpr uint32_t kMaxCodePoint = 0x10FFFF;

constexpr const Record& recordOf(uint32_t cp) {
    uint32_t top = kTop[cp >> (kInnerShift + kOuterShift)];
    uint32_t middle = kMiddle[(top << kOuterShift) + ((cp >> kInnerShift) & ((1u << kOuterShift) - 1))];
    return kRecords[kLeaves[(middle << kInnerShift) + (cp & ((1u << kInnerShift) - 1))]];
}

constexpr std::array<uint32_t, 128> buildAsciiFlags() {
    std::array<uint32_t, 128> flags{};
    for (uint32_t cp = 0; cp < 128; ++cp) flags[cp] = recordOf(cp).flags;
    return flags;
}

constexpr bool has(uint32_t flags, UniFlag flag) { return (flags & static_cast<uint32_t>(flag)) != 0; }

// A mapping is a delta from cp, or (when `expands` is set) an index of a
// [length, code points...] run in kCaseExpansions.
void appendMapping(std::string& out, uint32_t cp, uint32_t flags, UniFlag expands, int32_t value) {
    if (!has(flags, expands)) {
        utf8Append(out, static_cast<uint32_t>(static_cast<int32_t>(cp) + value));
        return;
    }
    const uint32_t* run = &kCaseExpansions[value];
    for (uint32_t k = 1; k <= run[0]; ++k) utf8Append(out, run[k]);
}

const Record& nonAsciiRecord(uint32_t cp) { return recordOf(cp <= kMaxCodePoint ? cp : 0); }

char asciiUpper(uint32_t cp) { return static_cast<char>(cp >= 'a' && cp <= 'z' ? cp - 32 : cp); }
char asciiLower(uint32_t cp) { return static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp); }

// Start of the code point that ends just before byte offset `end`.
size_t previousStart(std::string_view s, size_t end) {
    size_t i = end - 1;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    return i;
}

// U+03A3 at bytes [start, end) of s is final when a cased character precedes it
// and none follows, case-ignorable characters (apostrophes, combining marks...)
// being skipped both ways. The scans stop at the first other character exactly
// where CPython's do, which matters for characters both cased and ignorable.
bool isFinalSigma(std::string_view s, size_t start, size_t end) {
    uint32_t c = 0;
    bool found = false;
    for (size_t j = start; j > 0;) {
        j = previousStart(s, j);
        size_t k = j;
        c = utf8Decode(s, k);
        if (!uniIsCaseIgnorable(c)) {
            found = true;
            break;
        }
    }
    if (!found || !uniIsCased(c)) return false;
    for (size_t k = end; k < s.size();) {
        c = utf8Decode(s, k);
        if (!uniIsCaseIgnorable(c)) return !uniIsCased(c);
    }
    return true;
}

void appendLowerIn(std::string& out, std::string_view s, size_t start, size_t end, uint32_t cp) {
    if (cp == 0x3A3) utf8Append(out, isFinalSigma(s, start, end) ? 0x3C2 : 0x3C3);
    else uniAppendLower(out, cp);
}

template <CaseConversion How>
void convertCase(std::string& out, std::string_view s) {
    bool previousCased = false;
    for (size_t i = 0; i < s.size();) {
        size_t start = i;
        uint32_t cp = utf8Decode(s, i);
        if constexpr (How == CaseConversion::Upper) {
            uniAppendUpper(out, cp);
        } else if constexpr (How == CaseConversion::Lower) {
            appendLowerIn(out, s, start, i, cp);
        } else if constexpr (How == CaseConversion::Casefold) {
            uniAppendCasefold(out, cp);
        } else if constexpr (How == CaseConversion::Swapcase) {
            if (uniIsUpper(cp)) appendLowerIn(out, s, start, i, cp);
            else if (uniIsLower(cp)) uniAppendUpper(out, cp);
            else utf8Append(out, cp);
        } else if constexpr (How == CaseConversion::Title) {
            if (previousCased) appendLowerIn(out, s, start, i, cp);
            else uniAppendTitle(out, cp);
            previousCased = uniIsCased(cp);
        } else {
            if (start == 0) uniAppendTitle(out, cp);
            else appendLowerIn(out, s, start, i, cp);
        }
    }
}

} // namespace

namespace unicode_detail {
extern constexpr std::array<uint32_t, 128> kAsciiFlags = buildAsciiFlags();

uint32_t flagsOf(uint32_t cp) { return nonAsciiRecord(cp).flags; }
} // namespace unicode_detail

int uniDecimalValue(uint32_t cp) {
    if (cp < 0x80) return cp >= '0' && cp <= '9' ? static_cast<int>(cp - '0') : -1;
    return nonAsciiRecord(cp).decimal;
}

void uniAppendUpper(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out.push_back(asciiUpper(cp));
        return;
    }
    const Record& r = nonAsciiRecord(cp);
    appendMapping(out, cp, r.flags, UniFlag::UpperExpands, r.upper);
}

void uniAppendLower(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out.push_back(asciiLower(cp));
        return;
    }
    const Record& r = nonAsciiRecord(cp);
    appendMapping(out, cp, r.flags, UniFlag::LowerExpands, r.lower);
}

void uniAppendTitle(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out.push_back(asciiUpper(cp));
        return;
    }
    const Record& r = nonAsciiRecord(cp);
    appendMapping(out, cp, r.flags, UniFlag::TitleExpands, r.title);
}

void uniAppendCasefold(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out.push_back(asciiLower(cp));
        return;
    }
    const Record& r = nonAsciiRecord(cp);
    appendMapping(out, cp, r.flags, UniFlag::FoldExpands, r.fold);
}

void uniConvertCase(std::string& out, std::string_view s, CaseConversion how) {
    out.reserve(out.size() + s.size());
    switch (how) {
    case CaseConversion::Upper: convertCase<CaseConversion::Upper>(out, s); break;
    case CaseConversion::Lower: convertCase<CaseConversion::Lower>(out, s); break;
    case CaseConversion::Casefold: convertCase<CaseConversion::Casefold>(out, s); break;
    case CaseConversion::Swapcase: convertCase<CaseConversion::Swapcase>(out, s); break;
    case CaseConversion::Title: convertCase<CaseConversion::Title>(out, s); break;
    case CaseConversion::Capitalize: convertCase<CaseConversion::Capitalize>(out, s); break;
    }
}

// ---- character names ---------------------------------------------------------------------
//
// CPython matches stored names and aliases without regard to ASCII case, but the
// names it computes by rule (CJK unified ideographs, Hangul syllables) only in
// upper case; both are mirrored here.

namespace {

constexpr std::string_view kHangulSyllablePrefix = "HANGUL SYLLABLE ";
constexpr std::string_view kUnifiedIdeographPrefix = "CJK UNIFIED IDEOGRAPH-";
constexpr uint32_t kHangulFirst = 0xAC00;
constexpr uint32_t kHangulVowels = std::size(kHangulVowel);
constexpr uint32_t kHangulTrails = std::size(kHangulTrail);

// The longest jamo short name that starts `s` (the first of equal length), as
// CPython parses syllable names: greedily, one column at a time.
template <size_t N>
int longestJamo(std::string_view s, const char* const (&names)[N], size_t& length) {
    int best = -1;
    length = 0;
    for (size_t k = 0; k < N; ++k) {
        std::string_view name = names[k];
        if ((best < 0 || name.size() > length) && s.starts_with(name)) {
            best = static_cast<int>(k);
            length = name.size();
        }
    }
    return best;
}

bool lookupHangul(std::string_view s, uint32_t& cp) {
    size_t length = 0;
    int lead = longestJamo(s, kHangulLead, length);
    s.remove_prefix(length);
    int vowel = longestJamo(s, kHangulVowel, length);
    s.remove_prefix(length);
    int trail = longestJamo(s, kHangulTrail, length);
    s.remove_prefix(length);
    if (lead < 0 || vowel < 0 || trail < 0 || !s.empty()) return false;
    cp = kHangulFirst + (static_cast<uint32_t>(lead) * kHangulVowels + static_cast<uint32_t>(vowel)) * kHangulTrails +
         static_cast<uint32_t>(trail);
    return true;
}

int hexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Upper-case hex digits only; `digits` must hold 4 or 5 of them.
bool parseHex(std::string_view digits, uint32_t& value) {
    if (digits.size() != 4 && digits.size() != 5) return false;
    value = 0;
    for (char c : digits) {
        int d = hexDigit(c);
        if (d < 0) return false;
        value = value * 16 + static_cast<uint32_t>(d);
    }
    return true;
}

bool lookupUnifiedIdeograph(std::string_view digits, uint32_t& cp) {
    uint32_t value;
    if (!parseHex(digits, value)) return false;
    for (const CodePointRange& range : kUnifiedIdeographs) {
        if (value >= range.first && value <= range.last) {
            cp = value;
            return true;
        }
    }
    return false;
}

// Stored names of the form PREFIX-XXXX: the digits must be exactly the ones the
// name is spelled with (at least four, no extra leading zero).
bool lookupHexSuffixed(std::string_view upper, uint32_t& cp) {
    for (const HexNameRange& range : kHexNameRanges) {
        std::string_view prefix = range.prefix;
        if (!upper.starts_with(prefix)) continue;
        std::string_view digits = upper.substr(prefix.size());
        uint32_t value;
        if (!parseHex(digits, value) || value < range.first || value > range.last) continue;
        if (digits.size() != (value > 0xFFFF ? 5u : 4u)) continue;
        cp = value;
        return true;
    }
    return false;
}

// Rank of `word` in kNameWords (words by rank, each followed by a space), or -1.
int wordRank(std::string_view word) {
    std::string_view words = kNameWords;
    int rank = 0;
    for (size_t i = 0; i < words.size(); ++rank) {
        size_t end = words.find(' ', i);
        if (words.substr(i, end - i) == word) return rank;
        i = end + 1;
    }
    return -1;
}

struct NameStreamReader {
    std::string_view text = kNameStream;
    size_t pos = 0;

    static constexpr std::array<uint8_t, 128> kValues = [] {
        std::array<uint8_t, 128> values{};
        for (uint8_t k = 0; k < std::size(kNameAlphabet) - 1; ++k)
            values[static_cast<unsigned char>(kNameAlphabet[k])] = k;
        return values;
    }();

    uint32_t next() { return kValues[static_cast<unsigned char>(text[pos++])]; }

    uint32_t wordCode() {
        uint32_t lead = next();
        if (lead < kNameSingleCodes) return lead;
        if (lead < kNameSingleCodes + kNameDoublePrefixes) {
            return kNameSingleCodes + (lead - kNameSingleCodes) * kNameBase + next();
        }
        uint32_t rank = kNameSingleCodes + kNameDoublePrefixes * kNameBase +
                        (lead - kNameSingleCodes - kNameDoublePrefixes) * kNameBase * kNameBase;
        rank += next() * kNameBase;
        return rank + next();
    }
};

// Walks the front-coded stream once, comparing word ranks.
bool lookupStoredName(std::string_view upper, uint32_t& cp) {
    uint32_t query[kNameMaxWords];
    size_t queryLength = 0;
    for (size_t i = 0;;) {
        size_t end = std::min(upper.find(' ', i), upper.size());
        if (queryLength == kNameMaxWords) return false;
        int rank = wordRank(upper.substr(i, end - i));
        if (rank < 0) return false;
        query[queryLength++] = static_cast<uint32_t>(rank);
        if (end == upper.size()) break;
        i = end + 1;
    }
    NameStreamReader reader;
    uint32_t words[kNameMaxWords];
    uint32_t current = static_cast<uint32_t>(-1);
    while (reader.pos < reader.text.size()) {
        uint32_t shared = reader.next();
        if (shared >= kNameHeaderGap) {
            shared -= kNameHeaderGap;
            uint32_t gap = 0;
            for (int k = 0; k < 4; ++k) gap = gap * kNameBase + reader.next();
            current += gap;
        } else {
            current += 1;
        }
        uint32_t length = shared + reader.next();
        for (uint32_t k = shared; k < length; ++k) words[k] = reader.wordCode();
        if (length == queryLength && std::equal(query, query + queryLength, words)) {
            cp = current;
            return true;
        }
    }
    return false;
}

bool lookupAlias(std::string_view upper, uint32_t& cp) {
    const NameAlias* end = std::end(kNameAliases);
    const NameAlias* hit = std::lower_bound(std::begin(kNameAliases), end, upper,
                                            [](const NameAlias& a, std::string_view n) { return a.name < n; });
    if (hit == end || hit->name != upper) return false;
    cp = hit->cp;
    return true;
}

} // namespace

bool uniLookupName(std::string_view name, uint32_t& cp) {
    if (name.starts_with(kHangulSyllablePrefix)) return lookupHangul(name.substr(kHangulSyllablePrefix.size()), cp);
    if (name.starts_with(kUnifiedIdeographPrefix))
        return lookupUnifiedIdeograph(name.substr(kUnifiedIdeographPrefix.size()), cp);
    std::string upper;
    upper.reserve(name.size());
    for (char c : name) {
        // Names are ASCII: upper-case letters, digits, space and hyphen.
        if (static_cast<unsigned char>(c) >= 0x80) return false;
        upper.push_back(asciiUpper(static_cast<unsigned char>(c)));
    }
    return lookupHexSuffixed(upper, cp) || lookupStoredName(upper, cp) || lookupAlias(upper, cp);
}

} // namespace spindle
