// Tests of the Unicode helpers (runtime/types/Unicode.h). Expected values come
// from CPython 3.11 (python3 -c "print(repr('ß'.title()))" and the like).
#include "runtime/types/Unicode.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

using namespace spindle;

namespace {

std::string convert(std::string_view s, CaseConversion how) {
    std::string out;
    uniConvertCase(out, s, how);
    return out;
}

template <class F>
std::string appended(uint32_t cp, F append) {
    std::string out;
    append(out, cp);
    return out;
}

uint32_t named(std::string_view name) {
    uint32_t cp = 0;
    return uniLookupName(name, cp) ? cp : 0xFFFFFFFF;
}

} // namespace

TEST_SUITE("unicode") {

TEST_CASE("ASCII answers inline exactly as the tables do") {
    for (uint32_t cp = 0; cp < 0x80; ++cp) {
        CAPTURE(cp);
        CHECK(uniFlags(cp) == unicode_detail::flagsOf(cp));
    }
    CHECK(uniIsSpace(0x1C)); // information separators are whitespace in Python
    CHECK(uniIsLineBreak(0x1E));
    CHECK_FALSE(uniIsLineBreak(0x1F));
    CHECK_FALSE(uniIsPrintable(0x7F));
    CHECK(uniIsIdentifierStart('_'));
    CHECK_FALSE(uniIsIdentifierStart('1'));
    CHECK(uniIsIdentifierContinue('1'));
}

TEST_CASE("predicates of non-ASCII code points") {
    // U+00A0: whitespace, not printable; U+200B: neither; U+2028: a line break.
    CHECK(uniIsSpace(0xA0));
    CHECK_FALSE(uniIsPrintable(0xA0));
    CHECK_FALSE(uniIsSpace(0x200B));
    CHECK(uniIsLineBreak(0x2028));
    CHECK(uniIsLineBreak(0x85));
    // '٣' decimal 3; '²' a digit, not decimal; '½' numeric only; '一' numeric and alphabetic.
    CHECK(uniDecimalValue(0x663) == 3);
    CHECK(uniIsDecimal(0x663));
    CHECK((uniIsDigit(0xB2) && !uniIsDecimal(0xB2) && uniDecimalValue(0xB2) == -1));
    CHECK((uniIsNumeric(0xBD) && !uniIsDigit(0xBD)));
    CHECK((uniIsNumeric(0x4E00) && uniIsAlpha(0x4E00)));
    // 'ª' is a letter and an identifier start; '·' only continues one; 'Ⅰ' (Nl) starts one.
    CHECK((uniIsAlpha(0xAA) && uniIsIdentifierStart(0xAA)));
    CHECK((!uniIsIdentifierStart(0xB7) && uniIsIdentifierContinue(0xB7)));
    CHECK((uniIsIdentifierStart(0x2160) && !uniIsAlpha(0x2160)));
    CHECK((uniIsPrintable(0x1F600) && !uniIsAlpha(0x1F600)));
    CHECK_FALSE(uniIsPrintable(0x378)); // unassigned
    CHECK_FALSE(uniIsPrintable(0xAD));  // soft hyphen (Cf)
}

TEST_CASE("case properties: upper, lower, title, cased, case-ignorable") {
    CHECK((uniIsTitle(0x1C5) && !uniIsUpper(0x1C5) && !uniIsLower(0x1C5))); // ǅ
    CHECK((uniIsUpper(0x10400) && uniIsLower(0x10428)));                    // Deseret
    CHECK((uniIsLower(0xAA) && uniIsCased(0xAA)));                          // ª is Lowercase
    CHECK((uniIsLower(0x345) && uniIsCaseIgnorable(0x345)));                // both, like CPython
    CHECK((uniIsCaseIgnorable('\'') && !uniIsCased('\'')));
    CHECK_FALSE(uniIsCased('1'));
}

TEST_CASE("full case mappings of one code point") {
    CHECK(appended(0xDF, uniAppendUpper) == "SS");
    CHECK(appended(0xDF, uniAppendTitle) == "Ss");
    CHECK(appended(0xDF, uniAppendCasefold) == "ss");
    CHECK(appended(0xFB01, uniAppendUpper) == "FI");
    CHECK(appended(0xFB01, uniAppendTitle) == "Fi");
    CHECK(appended(0x1C6, uniAppendTitle) == "ǅ");
    CHECK(appended(0x1C5, uniAppendUpper) == "Ǆ");
    CHECK(appended(0x130, uniAppendLower) == "i\u0307");
    CHECK(appended(0x149, uniAppendUpper) == "ʼN");
    CHECK(appended(0x390, uniAppendUpper) == "\u0399\u0308\u0301");
    CHECK(appended(0x1FB3, uniAppendUpper) == "ΑΙ");
    CHECK(appended(0x1FB3, uniAppendTitle) == "ᾼ");
    CHECK(appended(0x1FB3, uniAppendCasefold) == "αι");
    CHECK(appended(0x3A3, uniAppendLower) == "σ");
    CHECK(appended(0x10400, uniAppendLower) == "𐐨");
    CHECK(appended('q', uniAppendTitle) == "Q");
}

TEST_CASE("whole-string conversions follow str's rules") {
    CHECK(convert("ß straße", CaseConversion::Title) == "Ss Straße");
    CHECK(convert("ß straße", CaseConversion::Capitalize) == "Ss straße");
    CHECK(convert("ß straße", CaseConversion::Upper) == "SS STRASSE");
    CHECK(convert("ǆungla", CaseConversion::Title) == "ǅungla");
    CHECK(convert("ﬁne ﬂour", CaseConversion::Capitalize) == "Fine ﬂour");
    CHECK(convert("they're bill's", CaseConversion::Title) == "They'Re Bill'S");
    CHECK(convert("hELLO wORLD", CaseConversion::Capitalize) == "Hello world");
    CHECK(convert("hELLO wORLD", CaseConversion::Swapcase) == "Hello World");
    CHECK(convert("ǅ", CaseConversion::Swapcase) == "ǅ"); // titlecase is neither upper nor lower
    CHECK(convert("", CaseConversion::Capitalize).empty());
}

TEST_CASE("final sigma") {
    CHECK(convert("ΑΣ", CaseConversion::Lower) == "ας");
    CHECK(convert("ΑΣ.", CaseConversion::Lower) == "ας.");
    CHECK(convert("ΑΣΑ", CaseConversion::Lower) == "ασα");
    CHECK(convert("Σ", CaseConversion::Lower) == "σ");
    CHECK(convert("ΑΣ ΑΣ", CaseConversion::Capitalize) == "Ας ας");
    CHECK(convert("σΑΣ", CaseConversion::Swapcase) == "Σας");
    CHECK(convert("ΑΣ\u0345", CaseConversion::Lower) == "ας\u0345"); // a case-ignorable mark after it
    CHECK(convert("ΑΣ", CaseConversion::Casefold) == "ασ");          // casefold knows no final sigma
}

TEST_CASE("character names for \\N{...}") {
    CHECK(named("LATIN SMALL LETTER E WITH ACUTE") == 0xE9);
    CHECK(named("latin small letter e with acute") == 0xE9);
    CHECK(named("Latin Small Letter E With Acute") == 0xE9);
    CHECK(named("SPACE") == 0x20);
    CHECK(named("NO-BREAK SPACE") == 0xA0);
    CHECK(named("TIBETAN LETTER -A") == 0xF60);
    CHECK(named("EGYPTIAN HIEROGLYPH A001") == 0x13000);
    CHECK(named("GRINNING FACE") == 0x1F600);
    // Aliases, in any case.
    CHECK(named("BOM") == 0xFEFF);
    CHECK(named("lf") == 0x0A);
    CHECK(named("LATIN CAPITAL LETTER GHA") == 0x1A2);
    // Names by rule: upper case only.
    CHECK(named("CJK UNIFIED IDEOGRAPH-4E2D") == 0x4E2D);
    CHECK(named("CJK UNIFIED IDEOGRAPH-04E2D") == 0x4E2D);
    CHECK(named("CJK UNIFIED IDEOGRAPH-2A6DF") == 0x2A6DF);
    CHECK(named("cjk unified ideograph-4e2d") == 0xFFFFFFFF);
    CHECK(named("CJK UNIFIED IDEOGRAPH-2A6E0") == 0xFFFFFFFF);
    CHECK(named("HANGUL SYLLABLE GAG") == 0xAC01);
    CHECK(named("HANGUL SYLLABLE A") == 0xC544);
    CHECK(named("HANGUL SYLLABLE GGAGG") == 0xAE4E);
    CHECK(named("HANGUL SYLLABLE HIH") == 0xD7A3);
    CHECK(named("hangul syllable gag") == 0xFFFFFFFF);
    CHECK(named("HANGUL SYLLABLE ") == 0xFFFFFFFF);
    // Stored names spelled PREFIX-XXXX keep their exact digits, in any case.
    CHECK(named("CJK COMPATIBILITY IDEOGRAPH-F900") == 0xF900);
    CHECK(named("cjk compatibility ideograph-f900") == 0xF900);
    CHECK(named("CJK COMPATIBILITY IDEOGRAPH-0F900") == 0xFFFFFFFF);
    CHECK(named("NUSHU CHARACTER-1B170") == 0x1B170);
    // Unknown or malformed.
    CHECK(named("NOPE") == 0xFFFFFFFF);
    CHECK(named("LATIN  SMALL LETTER A") == 0xFFFFFFFF);
    CHECK(named("LATIN SMALL LETTER A ") == 0xFFFFFFFF);
    CHECK(named("NO BREAK SPACE") == 0xFFFFFFFF);
    CHECK(named("KEYCAP NUMBER SIGN") == 0xFFFFFFFF); // a named sequence: lookup() only
    CHECK(named("é") == 0xFFFFFFFF);
}

} // TEST_SUITE
