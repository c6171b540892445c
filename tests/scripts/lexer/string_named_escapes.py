# Named Unicode escapes \N{...}: character names in any case, aliases, and the names
# defined by rule (CJK unified ideographs, Hangul syllables), which only match in
# upper case. In raw strings and bytes \N is not an escape.
print("\N{LATIN SMALL LETTER E WITH ACUTE}", "\N{latin small letter e with acute}" == "é")
print(ascii("\N{GREEK CAPITAL LETTER SIGMA}\N{Greek Small Letter Final Sigma}"))
print("\N{CJK UNIFIED IDEOGRAPH-4E2D}\N{CJK UNIFIED IDEOGRAPH-6587}", ord("\N{CJK UNIFIED IDEOGRAPH-2A6DF}"))
print("\N{HANGUL SYLLABLE HAN}\N{HANGUL SYLLABLE GEUL}",
      [hex(ord(c)) for c in "\N{HANGUL SYLLABLE GAG}\N{HANGUL SYLLABLE A}\N{HANGUL SYLLABLE HIH}"])
print(ascii("\N{BOM}\N{nbsp}\N{LINE FEED}\N{NULL}"), "\N{LATIN CAPITAL LETTER GHA}" == "\N{LATIN CAPITAL LETTER OI}")
print("\N{CJK COMPATIBILITY IDEOGRAPH-F900}" == "\N{cjk compatibility ideograph-f900}",
      ord("\N{NUSHU CHARACTER-1B170}"))
print("\N{GRINNING FACE}", len("\N{GRINNING FACE}"), "\N{EGYPTIAN HIEROGLYPH A001}" == "\U00013000")
print(f"\N{LEFT CURLY BRACKET}{1 + 1}\N{RIGHT CURLY BRACKET}", f"{3.14159:\N{DIGIT ONE}\N{FULL STOP}\N{DIGIT THREE}}")
print("x\N{SPACE}y", "a\N{TIBETAN LETTER -A}b" == "a\u0f60b", "\N{NO-BREAK SPACE}".isspace())
print(r"\N{SPACE}", len(r"\N{SPACE}"), rb"\N{SPACE}")
print("\N{LATIN SMALL LETTER SHARP S}".upper(), "\N{LATIN SMALL LIGATURE FI}".title(), "\N{ohm sign}".lower())
s = """multi
\N{BULLET} line"""
print(s, "\N{EM DASH}" "\N{EN DASH}")
