// Unicode.cpp — see Unicode.h for what is exact and what is approximate.
#include "runtime/types/Unicode.h"

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

static bool inRange(uint32_t cp, uint32_t lo, uint32_t hi) { return cp >= lo && cp <= hi; }

bool uniIsSpace(uint32_t cp) {
    if (cp < 0x80) return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20);
    return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || inRange(cp, 0x2000, 0x200A) || cp == 0x2028 ||
           cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

bool uniIsLineBreak(uint32_t cp) {
    return cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x1C || cp == 0x1D || cp == 0x1E ||
           cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}

int uniDecimalValue(uint32_t cp) {
    static constexpr uint32_t zeros[] = {0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66,
                                         0xBE6, 0xC66, 0xCE6, 0xD66, 0xE50, 0xED0, 0xF20, 0x1040, 0xFF10};
    for (uint32_t z : zeros)
        if (cp >= z && cp <= z + 9) return static_cast<int>(cp - z);
    return -1;
}

bool uniIsDecimal(uint32_t cp) { return uniDecimalValue(cp) >= 0; }

bool uniIsDigit(uint32_t cp) {
    return uniIsDecimal(cp) || cp == 0xB2 || cp == 0xB3 || cp == 0xB9 || cp == 0x2070 || inRange(cp, 0x2074, 0x2079) ||
           inRange(cp, 0x2080, 0x2089) || inRange(cp, 0x2460, 0x2468) || inRange(cp, 0x2474, 0x247C) ||
           inRange(cp, 0x2488, 0x2490) || cp == 0x24EA || inRange(cp, 0x2776, 0x277E);
}

bool uniIsNumeric(uint32_t cp) {
    if (uniIsDigit(cp)) return true;
    if (inRange(cp, 0xBC, 0xBE) || inRange(cp, 0x2150, 0x2182) || inRange(cp, 0x2185, 0x2189) ||
        inRange(cp, 0x2469, 0x2473) || inRange(cp, 0x247D, 0x2487) || inRange(cp, 0x2491, 0x249B) ||
        cp == 0x3007 || inRange(cp, 0x3021, 0x3029))
        return true;
    // CJK numerals (一 二 三 四 五 六 七 八 九 十 百 千 万 億 兆 零).
    static constexpr uint32_t cjk[] = {0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B,
                                       0x4E5D, 0x5341, 0x767E, 0x5343, 0x4E07, 0x5104, 0x5146, 0x96F6};
    for (uint32_t c : cjk)
        if (cp == c) return true;
    return false;
}

// Simple case pairs. Returns the other-case partner or cp itself.
uint32_t uniToLower(uint32_t cp) {
    if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
    if (cp < 0x100) return (inRange(cp, 0xC0, 0xDE) && cp != 0xD7) ? cp + 32 : cp;
    if (cp < 0x180) {
        if (cp == 0x130) return 'i';
        if (cp == 0x178) return 0xFF;
        if ((inRange(cp, 0x100, 0x137) || inRange(cp, 0x14A, 0x177)) && cp % 2 == 0) return cp + 1;
        if ((inRange(cp, 0x139, 0x148) || inRange(cp, 0x179, 0x17E)) && cp % 2 == 1) return cp + 1;
        return cp;
    }
    if (inRange(cp, 0x391, 0x3AB) && cp != 0x3A2) return cp + 32;
    if (cp == 0x386) return 0x3AC;
    if (inRange(cp, 0x388, 0x38A)) return cp + 37;
    if (cp == 0x38C) return 0x3CC;
    if (cp == 0x38E || cp == 0x38F) return cp + 63;
    if (inRange(cp, 0x410, 0x42F)) return cp + 32;
    if (inRange(cp, 0x400, 0x40F)) return cp + 80;
    if ((inRange(cp, 0x460, 0x481) || inRange(cp, 0x48A, 0x4BF) || inRange(cp, 0x4D0, 0x52F)) && cp % 2 == 0)
        return cp + 1;
    if (inRange(cp, 0x531, 0x556)) return cp + 48;
    if (inRange(cp, 0x1E00, 0x1E95) && cp % 2 == 0) return cp + 1;
    if (inRange(cp, 0x1EA0, 0x1EFF) && cp % 2 == 0) return cp + 1;
    if (inRange(cp, 0x2160, 0x216F)) return cp + 16;
    if (inRange(cp, 0x24B6, 0x24CF)) return cp + 26;
    if (inRange(cp, 0xFF21, 0xFF3A)) return cp + 32;
    return cp;
}

uint32_t uniToUpper(uint32_t cp) {
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
    if (cp < 0x100) {
        if (cp == 0xB5) return 0x39C;
        if (cp == 0xFF) return 0x178;
        return (inRange(cp, 0xE0, 0xFE) && cp != 0xF7) ? cp - 32 : cp;
    }
    if (cp < 0x180) {
        if (cp == 0x131) return 'I';
        if (cp == 0x17F) return 'S';
        if ((inRange(cp, 0x100, 0x137) || inRange(cp, 0x14A, 0x177)) && cp % 2 == 1) return cp - 1;
        if ((inRange(cp, 0x139, 0x148) || inRange(cp, 0x179, 0x17E)) && cp % 2 == 0) return cp - 1;
        return cp;
    }
    if (cp == 0x3C2) return 0x3A3;
    if (inRange(cp, 0x3B1, 0x3CB)) return cp - 32;
    if (cp == 0x3AC) return 0x386;
    if (inRange(cp, 0x3AD, 0x3AF)) return cp - 37;
    if (cp == 0x3CC) return 0x38C;
    if (cp == 0x3CD || cp == 0x3CE) return cp - 63;
    if (inRange(cp, 0x430, 0x44F)) return cp - 32;
    if (inRange(cp, 0x450, 0x45F)) return cp - 80;
    if ((inRange(cp, 0x460, 0x481) || inRange(cp, 0x48A, 0x4BF) || inRange(cp, 0x4D0, 0x52F)) && cp % 2 == 1)
        return cp - 1;
    if (inRange(cp, 0x561, 0x586)) return cp - 48;
    if (inRange(cp, 0x1E00, 0x1E95) && cp % 2 == 1) return cp - 1;
    if (inRange(cp, 0x1EA0, 0x1EFF) && cp % 2 == 1) return cp - 1;
    if (inRange(cp, 0x2170, 0x217F)) return cp - 16;
    if (inRange(cp, 0x24D0, 0x24E9)) return cp - 26;
    if (inRange(cp, 0xFF41, 0xFF5A)) return cp - 32;
    return cp;
}

bool uniIsUpper(uint32_t cp) {
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    return uniToLower(cp) != cp;
}

bool uniIsLower(uint32_t cp) {
    if (cp < 0x80) return cp >= 'a' && cp <= 'z';
    if (cp == 0xAA || cp == 0xBA || cp == 0xDF || cp == 0x138 || cp == 0x149 || inRange(cp, 0x250, 0x2AF))
        return true;
    return uniToUpper(cp) != cp;
}

bool uniIsCased(uint32_t cp) { return uniIsUpper(cp) || uniIsLower(cp); }

bool uniIsAlpha(uint32_t cp) {
    if (cp < 0x80) return (cp | 32) >= 'a' && (cp | 32) <= 'z';
    if (cp < 0x100) return cp == 0xAA || cp == 0xB5 || cp == 0xBA || (cp >= 0xC0 && cp != 0xD7 && cp != 0xF7);
    if (cp < 0x2C2) return true; // Latin Extended-A/B, IPA, modifier letters
    if (inRange(cp, 0x370, 0x3FF))
        return cp != 0x375 && cp != 0x37E && cp != 0x384 && cp != 0x385 && cp != 0x387 && cp != 0x3F6 &&
               !inRange(cp, 0x378, 0x379) && !inRange(cp, 0x380, 0x383) && cp != 0x38B && cp != 0x38D &&
               cp != 0x3A2;
    if (inRange(cp, 0x400, 0x481) || inRange(cp, 0x48A, 0x52F)) return true;
    if (inRange(cp, 0x531, 0x556) || inRange(cp, 0x560, 0x588)) return true;
    if (inRange(cp, 0x5D0, 0x5EA) || inRange(cp, 0x620, 0x64A) || inRange(cp, 0x671, 0x6D3)) return true;
    if (inRange(cp, 0x905, 0x939) || inRange(cp, 0xE01, 0xE30)) return true;
    if (inRange(cp, 0x10A0, 0x10FF) || inRange(cp, 0x1100, 0x11FF)) return true;
    if (inRange(cp, 0x1E00, 0x1FFF)) return true;
    if (inRange(cp, 0x3041, 0x3096) || inRange(cp, 0x30A1, 0x30FA) || inRange(cp, 0x3105, 0x312F)) return true;
    if (inRange(cp, 0x3400, 0x4DBF) || inRange(cp, 0x4E00, 0x9FFF) || inRange(cp, 0xAC00, 0xD7A3)) return true;
    if (inRange(cp, 0xF900, 0xFAFF) || inRange(cp, 0xFF21, 0xFF3A) || inRange(cp, 0xFF41, 0xFF5A) ||
        inRange(cp, 0xFF66, 0xFFDC))
        return true;
    if (inRange(cp, 0x20000, 0x2FA1F)) return true;
    return false;
}

bool uniIsPrintable(uint32_t cp) {
    if (cp < 0x20 || inRange(cp, 0x7F, 0xA0) || cp == 0xAD) return false;
    if (cp < 0x100) return true;
    if (uniIsSpace(cp)) return false; // Zs/Zl/Zp other than ' '
    if (inRange(cp, 0x378, 0x379) || inRange(cp, 0x380, 0x383) || cp == 0x38B || cp == 0x38D || cp == 0x3A2)
        return false;
    if (inRange(cp, 0x600, 0x605) || cp == 0x61C || cp == 0x6DD || cp == 0x70F || cp == 0x180E) return false;
    if (inRange(cp, 0x200B, 0x200F) || inRange(cp, 0x202A, 0x202E) || inRange(cp, 0x2060, 0x206F)) return false;
    if (inRange(cp, 0xD800, 0xF8FF)) return false; // surrogates and private use
    if (cp == 0xFEFF || inRange(cp, 0xFFF0, 0xFFFB) || cp == 0xFFFE || cp == 0xFFFF) return false;
    if (inRange(cp, 0xE0000, 0xE0FFF) || cp >= 0xF0000) return false;
    return true;
}

bool uniIsIdentifierStart(uint32_t cp) {
    if (cp < 0x80) return cp == '_' || ((cp | 32) >= 'a' && (cp | 32) <= 'z');
    return uniIsAlpha(cp);
}

bool uniIsIdentifierContinue(uint32_t cp) {
    if (cp < 0x80) return cp == '_' || ((cp | 32) >= 'a' && (cp | 32) <= 'z') || (cp >= '0' && cp <= '9');
    return uniIsAlpha(cp) || uniIsDecimal(cp) || cp == 0xB7 || inRange(cp, 0x300, 0x36F);
}

void uniAppendUpper(std::string& out, uint32_t cp) {
    if (cp == 0xDF) {
        out += "SS";
    } else if (cp == 0x149) {
        utf8Append(out, 0x2BC);
        out += 'N';
    } else {
        utf8Append(out, uniToUpper(cp));
    }
}

void uniAppendLower(std::string& out, uint32_t cp) {
    if (cp == 0x130) {
        out += 'i';
        utf8Append(out, 0x307);
    } else {
        utf8Append(out, uniToLower(cp));
    }
}

void uniAppendCasefold(std::string& out, uint32_t cp) {
    switch (cp) {
    case 0xDF: out += "ss"; return;
    case 0x17F: out += 's'; return;
    case 0xB5: utf8Append(out, 0x3BC); return;
    case 0x3C2: utf8Append(out, 0x3C3); return;
    default: uniAppendLower(out, cp);
    }
}

} // namespace spindle
