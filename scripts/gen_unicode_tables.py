#!/usr/bin/env python3
"""Generates runtime/types/UnicodeTables.inc, the Unicode data behind str.

    python3 scripts/gen_unicode_tables.py            # rewrites runtime/types/UnicodeTables.inc
    python3 scripts/gen_unicode_tables.py --check    # exits 1 if the checked-in file is stale

Every property is taken from CPython's own behaviour (ch.isalpha(), ch.upper(),
unicodedata.name(ch), ...) for each code point 0..0x10FFFF, so Spindle's tables
equal CPython's by construction. The Unicode version is pinned: the generator
refuses any Python whose unicodedata is not 14.0.0 (CPython 3.11).

What it writes (read by runtime/types/Unicode.cpp, the only file including it):
  * kRecords: the distinct property records (flags, decimal value, four case
    mappings as a delta or an index into kCaseExpansions).
  * a three-level index from code point to record.
  * the character names for \\N{...}: a word lexicon and a front-coded stream of
    word codes per code point, the aliases unicodedata.lookup accepts, and the
    data for the names computed by rule (CJK UNIFIED IDEOGRAPH-XXXX, HANGUL
    SYLLABLE ..., and stored names of the form PREFIX-XXXX).
"""

import argparse
import collections
import ctypes
import sys
import unicodedata
from pathlib import Path

UNICODE_VERSION = "14.0.0"
REPO_ROOT = Path(__file__).resolve().parents[1]
OUTPUT = REPO_ROOT / "runtime" / "types" / "UnicodeTables.inc"
MAX_CP = 0x110000

# Flag bits; Unicode.h's UniFlag enum must agree (the output static_asserts it).
FLAGS = [
    "Alpha", "Decimal", "Digit", "Numeric", "Space", "Upper", "Lower", "Title", "Cased", "CaseIgnorable",
    "Printable", "IdStart", "IdContinue", "LineBreak", "UpperExpands", "LowerExpands", "TitleExpands",
    "FoldExpands",
]
BIT = {name: 1 << i for i, name in enumerate(FLAGS)}
MAPPINGS = ["Upper", "Lower", "Title", "Fold"]

# Symbols of the name stream: printable ASCII that needs no escape in a C++
# string literal ('?' is left out too, so no trigraph-like sequence appears).
ALPHABET = "".join(chr(c) for c in range(0x20, 0x7F) if chr(c) not in '"\\?')
BASE = len(ALPHABET)
SINGLE_CODES = 50    # word ranks with a one-symbol code
DOUBLE_PREFIXES = 40  # lead symbols of two-symbol codes; the rest lead three-symbol codes
HEADER_GAP = 16      # a header symbol >= this is followed by a four-symbol code point gap
ALGORITHMIC_HEX_PREFIX = "CJK UNIFIED IDEOGRAPH-"
HANGUL_PREFIX = "HANGUL SYLLABLE "
HANGUL_BASE, HANGUL_V, HANGUL_T = 0xAC00, 21, 28


# ---------------------------------------------------------------------------
# Character properties
# ---------------------------------------------------------------------------
def is_cased(ch):
    # title() lowercases a letter that follows a cased character.
    return (ch + "a").title()[-1] == "a"


def is_case_ignorable(ch, cased):
    # lower() picks final sigma by skipping case-ignorable characters around
    # U+03A3; a character that stops the scan decides by being cased or not.
    if cased:
        return ("A\u03a3" + ch).lower()[1] == "\u03c2"
    return ("A\u03a3" + ch + "a").lower()[1] == "\u03c3"


def code_point_record(cp, expansions):
    ch = chr(cp)
    cased = is_cased(ch)
    flags = 0
    tests = [
        ("Alpha", ch.isalpha()), ("Decimal", ch.isdecimal()), ("Digit", ch.isdigit()),
        ("Numeric", ch.isnumeric()), ("Space", ch.isspace()), ("Upper", ch.isupper()), ("Lower", ch.islower()),
        ("Title", ch.istitle() and not ch.isupper()), ("Cased", cased),
        ("CaseIgnorable", is_case_ignorable(ch, cased)), ("Printable", ch.isprintable()),
        ("IdStart", ch.isidentifier()), ("IdContinue", ("a" + ch).isidentifier()),
        ("LineBreak", len(("a" + ch + "b").splitlines()) == 2),
    ]
    for name, value in tests:
        if value:
            flags |= BIT[name]
    check_derived(cp, ch, flags)
    decimal = unicodedata.decimal(ch, -1)
    mapped = []
    for name, text in zip(MAPPINGS, (ch.upper(), ch.lower(), ch.title(), ch.casefold())):
        if len(text) == 1:
            mapped.append(ord(text) - cp)
        else:
            flags |= BIT[name + "Expands"]
            mapped.append(expansions.index_of(text))
    return (flags, decimal, *mapped)


def check_derived(cp, ch, flags):
    """Cross-checks the behavioural derivations against the UCD where they must agree."""
    category = unicodedata.category(ch)
    if bool(flags & BIT["Title"]) != (category == "Lt"):
        sys.exit(f"U+{cp:04X}: title flag disagrees with category {category}")
    if bool(flags & BIT["Alpha"]) != (category in ("Lu", "Ll", "Lt", "Lm", "Lo")):
        sys.exit(f"U+{cp:04X}: alpha flag disagrees with category {category}")
    if flags & BIT["Decimal"] and int(ch) != unicodedata.decimal(ch):
        sys.exit(f"U+{cp:04X}: int() disagrees with unicodedata.decimal")
    # Spindle's str methods rely on these: isalnum() tests isalpha or isnumeric, and
    # isupper/islower/istitle need no one-character special case.
    if flags & BIT["Decimal"] and not flags & BIT["Digit"] or flags & BIT["Digit"] and not flags & BIT["Numeric"]:
        sys.exit(f"U+{cp:04X}: decimal/digit/numeric are not nested")
    if sum(bool(flags & BIT[name]) for name in ("Upper", "Lower", "Title")) > 1:
        sys.exit(f"U+{cp:04X}: more than one of upper/lower/title")


class Expansions:
    """Multi-code-point case mappings: [length, cp...] runs in one array, shared."""

    def __init__(self):
        self.values = []
        self.index = {}

    def index_of(self, text):
        key = tuple(ord(c) for c in text)
        if key not in self.index:
            if len(key) > 3:
                sys.exit(f"a case mapping longer than 3 code points: {text!r}")
            self.index[key] = len(self.values)
            self.values += [len(key), *key]
        return self.index[key]


def split_table(values, shift):
    """Blocks of 2**shift values, deduplicated: (block index per block, the distinct blocks flattened)."""
    size = 1 << shift
    blocks, index, flat = {}, [], []
    for start in range(0, len(values), size):
        block = tuple(values[start:start + size])
        if block not in blocks:
            blocks[block] = len(blocks)
            flat.extend(block)
        index.append(blocks[block])
    return index, flat


def element_bytes(values):
    top = max(values)
    return 1 if top < 0x100 else 2 if top < 0x10000 else 4


def best_three_level(values):
    """The shifts minimising the bytes of a three-level lookup (cp >> s1, then >> s2 within)."""
    best = None
    for inner in range(3, 10):
        middle_index, leaves = split_table(values, inner)
        for outer in range(2, 10):
            top, middle = split_table(middle_index, outer)
            size = (len(top) * element_bytes(top) + len(middle) * element_bytes(middle) +
                    len(leaves) * element_bytes(leaves))
            if best is None or size < best[0]:
                best = (size, inner, outer, top, middle, leaves)
    return best


# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------
def name_aliases():
    """The aliases \\N{...} accepts, read through unicodedata's own C name API.

    unicodedata keeps aliases and named sequences on private code points at
    U+F0000 and up, visible only to its getname() with aliases enabled. An alias
    resolves to one character; named sequences (several characters) are not
    accepted in literals, so they are left out.
    """
    get_pointer = ctypes.pythonapi.PyCapsule_GetPointer
    get_pointer.restype = ctypes.c_void_p
    get_pointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
    api = get_pointer(unicodedata._ucnhash_CAPI, b"unicodedata._ucnhash_CAPI")
    getname_type = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_uint32, ctypes.c_char_p, ctypes.c_int, ctypes.c_int)
    getname = getname_type((ctypes.c_void_p * 2).from_address(api)[0])
    if getname(0x41, ctypes.create_string_buffer(8), 8, 0) != 0:  # buffer too small must fail
        sys.exit("unicodedata's name API does not behave as expected")
    buffer = ctypes.create_string_buffer(256)
    aliases = []
    for cp in range(0xF0000, 0xF1000):
        if not getname(cp, buffer, 256, 1):
            continue
        name = buffer.value.decode("ascii")
        target = unicodedata.lookup(name)
        accepted = literal_lookup(name)
        if len(target) == 1:
            if accepted != target:
                sys.exit(f"alias {name} is not accepted by \\N{{...}}")
            aliases.append((name, ord(target)))
        elif accepted is not None:
            sys.exit(f"named sequence {name} is accepted by \\N{{...}}")
    if not aliases:
        sys.exit("no name aliases found")
    return sorted(aliases)


def literal_lookup(name):
    try:
        return eval('"\\N{' + name + '}"')
    except SyntaxError:
        return None


def collect_names():
    stored, cjk, hangul = [], [], {}
    for cp in range(MAX_CP):
        name = unicodedata.name(chr(cp), None)
        if name is None:
            continue
        if name.startswith(ALGORITHMIC_HEX_PREFIX):
            if name != f"{ALGORITHMIC_HEX_PREFIX}{cp:04X}":
                sys.exit(f"U+{cp:04X}: unexpected name {name}")
            cjk.append(cp)
        elif name.startswith(HANGUL_PREFIX):
            hangul[cp] = name[len(HANGUL_PREFIX):]
        else:
            stored.append((cp, name))
    return stored, ranges_of(cjk), hangul


def ranges_of(cps):
    out = []
    for cp in cps:
        if out and out[-1][1] == cp - 1:
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return out


def hex_suffix_ranges(stored):
    """Stored names that are PREFIX-XXXX with XXXX the code point: kept as ranges, not words."""
    def hex_prefix(cp, name):
        prefix, _, suffix = name.rpartition("-")
        return prefix + "-" if prefix and suffix == f"{cp:04X}" else None

    counts = collections.Counter(hex_prefix(cp, name) for cp, name in stored)
    runs, rest = [], []
    for cp, name in stored:
        prefix = hex_prefix(cp, name)
        if prefix is None or counts[prefix] < 16:
            rest.append((cp, name))
        elif runs and runs[-1][0] == prefix and runs[-1][2] == cp - 1:
            runs[-1][2] = cp
        else:
            runs.append([prefix, cp, cp])
    return runs, rest


def hangul_jamo(hangul):
    """The short jamo names, read back from the syllable names (L + V + T)."""
    count = HANGUL_V * HANGUL_T
    lead = [hangul[HANGUL_BASE + l * count][:-1] for l in range(19)]           # L + "A"
    ieung = 11
    vowel = [hangul[HANGUL_BASE + ieung * count + v * HANGUL_T] for v in range(HANGUL_V)]
    trail = [hangul[HANGUL_BASE + ieung * count + t][1:] for t in range(HANGUL_T)]  # "A" + T
    if lead[ieung] != "" or vowel[0] != "A" or trail[0] != "":
        sys.exit("unexpected Hangul jamo names")
    for cp, name in hangul.items():
        s = cp - HANGUL_BASE
        if name != lead[s // count] + vowel[s % count // HANGUL_T] + trail[s % HANGUL_T]:
            sys.exit(f"U+{cp:04X}: Hangul name is not L+V+T")
    return lead, vowel, trail


class NameStream:
    """Names as word codes, each name sharing its leading words with the one before."""

    def __init__(self, names):
        self.names = names
        occurrences = collections.Counter()
        previous = []
        for _, name in names:
            words = name.split(" ")
            if len(words) >= BASE or "" in words:
                sys.exit(f"unexpected name {name}")
            shared = self.shared_words(previous, words)
            occurrences.update(words[shared:])
            previous = words
        # Most frequent first, so they get the shortest codes; ties alphabetical for a stable output.
        self.words = sorted(occurrences, key=lambda w: (-occurrences[w], w))
        self.rank = {w: i for i, w in enumerate(self.words)}
        capacity = SINGLE_CODES + DOUBLE_PREFIXES * BASE + (BASE - SINGLE_CODES - DOUBLE_PREFIXES) * BASE * BASE
        if len(self.words) > capacity:
            sys.exit("too many distinct words for the name codes")
        self.max_words = max(len(n.split(" ")) for _, n in names)
        self.text = self.encode()

    @staticmethod
    def shared_words(previous, words):
        shared = 0
        while shared < min(len(previous), len(words), HEADER_GAP - 1) and previous[shared] == words[shared]:
            shared += 1
        return shared

    def word_code(self, rank):
        if rank < SINGLE_CODES:
            return [rank]
        rank -= SINGLE_CODES
        if rank < DOUBLE_PREFIXES * BASE:
            return [SINGLE_CODES + rank // BASE, rank % BASE]
        rank -= DOUBLE_PREFIXES * BASE
        return [SINGLE_CODES + DOUBLE_PREFIXES + rank // (BASE * BASE), rank // BASE % BASE, rank % BASE]

    def encode(self):
        symbols = []
        previous, previous_cp = [], -1
        for cp, name in self.names:
            words = name.split(" ")
            shared = self.shared_words(previous, words)
            gap = cp - previous_cp
            if gap == 1:
                symbols.append(shared)
            else:
                if gap >= BASE ** 4 or shared + HEADER_GAP >= BASE:
                    sys.exit("name stream header out of range")
                symbols += [HEADER_GAP + shared, gap // BASE ** 3, gap // BASE ** 2 % BASE, gap // BASE % BASE,
                            gap % BASE]
            symbols.append(len(words) - shared)
            for word in words[shared:]:
                symbols += self.word_code(self.rank[word])
            previous, previous_cp = words, cp
        return "".join(ALPHABET[s] for s in symbols)

    def decode(self):
        """Reads the stream back the way Unicode.cpp does; the generator checks the round trip."""
        symbols = [ALPHABET.index(c) for c in self.text]
        pos, cp, words, out = 0, -1, [], []

        def take():
            nonlocal pos
            pos += 1
            return symbols[pos - 1]

        while pos < len(symbols):
            header = take()
            if header >= HEADER_GAP:
                header -= HEADER_GAP
                gap = 0
                for _ in range(4):
                    gap = gap * BASE + take()
                cp += gap
            else:
                cp += 1
            words = words[:header]
            for _ in range(take()):
                lead = take()
                if lead < SINGLE_CODES:
                    rank = lead
                elif lead < SINGLE_CODES + DOUBLE_PREFIXES:
                    rank = SINGLE_CODES + (lead - SINGLE_CODES) * BASE + take()
                else:
                    rank = (SINGLE_CODES + DOUBLE_PREFIXES * BASE +
                            (lead - SINGLE_CODES - DOUBLE_PREFIXES) * BASE * BASE + take() * BASE)
                    rank += take()
                words.append(self.words[rank])
            out.append((cp, " ".join(words)))
        return out


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------
def c_array(ctype, name, values):
    items = [str(v) for v in values]
    lines, line = [], "    "
    for item in items:
        if len(line) + len(item) + 1 > 118:
            lines.append(line.rstrip())
            line = "    "
        line += item + ","
    lines.append(line.rstrip())
    return f"constexpr {ctype} {name}[] = {{\n" + "\n".join(lines) + "\n};\n"


def c_string(name, text, width=112):
    lines = []
    for start in range(0, len(text), width):
        lines.append('    "' + text[start:start + width] + '"')
    return f"constexpr char {name}[] =\n" + "\n".join(lines) + ";\n"


def c_type(values, signed=False):
    if signed:
        return "int32_t"
    return {1: "uint8_t", 2: "uint16_t", 4: "uint32_t"}[element_bytes(values)]


def generate():
    expansions = Expansions()
    records, record_index, per_cp = [], {}, []
    for cp in range(MAX_CP):
        record = code_point_record(cp, expansions)
        if record not in record_index:
            record_index[record] = len(records)
            records.append(record)
        per_cp.append(record_index[record])
    _, inner, outer, top, middle, leaves = best_three_level(per_cp)

    stored, cjk_ranges, hangul = collect_names()
    hex_ranges, worded = hex_suffix_ranges(stored)
    lead, vowel, trail = hangul_jamo(hangul)
    stream = NameStream(worded)
    if stream.decode() != worded:
        sys.exit("the name stream does not decode to the names")
    aliases = name_aliases()
    verify_names(stored, cjk_ranges, hangul, hex_ranges)

    out = []
    out.append("// UnicodeTables.inc — GENERATED by `python3 scripts/gen_unicode_tables.py` from CPython's\n"
               f"// unicodedata {UNICODE_VERSION}. Do not edit by hand: change the generator and rerun it.\n"
               "// Included only by Unicode.cpp.\n"
               "// clang-format off\n")
    out.append("namespace spindle::unicode_data {\n")
    out.append(f'constexpr char kUnicodeVersion[] = "{UNICODE_VERSION}";\n')
    for name in FLAGS:
        out.append(f"static_assert(static_cast<uint32_t>(UniFlag::{name}) == {BIT[name]}u);\n")
    out.append("\n// Distinct property records; a case mapping is a code point delta unless its *Expands flag is set,\n"
               "// then an index into kCaseExpansions ([length, code points...]).\n")
    out.append("struct Record {\n    uint32_t flags;\n    int8_t decimal;\n"
               "    int32_t upper, lower, title, fold;\n};\n")
    out.append("constexpr Record kRecords[] = {\n")
    for flags, decimal, up, low, tit, fold in records:
        out.append(f"    {{{flags:#x}, {decimal}, {up}, {low}, {tit}, {fold}}},\n")
    out.append("};\n\n")
    out.append(c_array("uint32_t", "kCaseExpansions", expansions.values))
    out.append(f"\n// Record of cp: kLeaves[(kMiddle[(kTop[cp >> {inner + outer}] << {outer}) + (cp >> {inner} & "
               f"{(1 << outer) - 1})] << {inner}) + (cp & {(1 << inner) - 1})].\n")
    out.append(f"constexpr unsigned kInnerShift = {inner};\nconstexpr unsigned kOuterShift = {outer};\n")
    out.append(c_array(c_type(top), "kTop", top))
    out.append(c_array(c_type(middle), "kMiddle", middle))
    out.append(c_array(c_type(leaves), "kLeaves", leaves))

    out.append("\n// ---- names ----\n")
    out.append(f"// Name stream symbols: printable ASCII, value = position in kNameAlphabet. Per name: a header\n"
               f"// (leading words shared with the previous name; >= {HEADER_GAP} means a four-symbol code point gap\n"
               f"// follows, else the code point is the previous one + 1), the count of new words, then each word's\n"
               f"// code: rank < {SINGLE_CODES} in one symbol, then {DOUBLE_PREFIXES} two-symbol leads, then "
               f"three-symbol leads.\n")
    out.append(f'constexpr char kNameAlphabet[] = "{ALPHABET}";\n')
    out.append(f"constexpr unsigned kNameBase = {BASE};\nconstexpr unsigned kNameSingleCodes = {SINGLE_CODES};\n"
               f"constexpr unsigned kNameDoublePrefixes = {DOUBLE_PREFIXES};\n"
               f"constexpr unsigned kNameHeaderGap = {HEADER_GAP};\n"
               f"constexpr unsigned kNameMaxWords = {stream.max_words};\n"
               f"constexpr unsigned kNameWordCount = {len(stream.words)};\n")
    out.append("// Words by rank, each followed by one space.\n")
    out.append(c_string("kNameWords", "".join(w + " " for w in stream.words)))
    out.append(c_string("kNameStream", stream.text))
    out.append("\n// Stored names PREFIX-XXXX (XXXX = the code point in upper-case hex, at least four digits).\n")
    out.append("struct HexNameRange {\n    const char* prefix;\n    uint32_t first, last;\n};\n")
    out.append("constexpr HexNameRange kHexNameRanges[] = {\n")
    for prefix, first, last in hex_ranges:
        out.append(f'    {{"{prefix}", {first:#x}, {last:#x}}},\n')
    out.append("};\n")
    out.append(f'\n// "{ALGORITHMIC_HEX_PREFIX}XXXX" names (matched case-sensitively, as CPython does).\n')
    out.append("struct CodePointRange {\n    uint32_t first, last;\n};\n")
    out.append("constexpr CodePointRange kUnifiedIdeographs[] = {\n")
    for first, last in cjk_ranges:
        out.append(f"    {{{first:#x}, {last:#x}}},\n")
    out.append("};\n")
    out.append(f'\n// "{HANGUL_PREFIX}" + lead + vowel + trail jamo short names.\n')
    for cname, names in (("kHangulLead", lead), ("kHangulVowel", vowel), ("kHangulTrail", trail)):
        out.append(c_array("const char*", cname, [f'"{n}"' for n in names]))
    out.append("\n// Name aliases accepted by \\N{...}, sorted by name.\n")
    out.append("struct NameAlias {\n    const char* name;\n    uint32_t cp;\n};\n")
    out.append("constexpr NameAlias kNameAliases[] = {\n")
    for name, cp in aliases:
        out.append(f'    {{"{name}", {cp:#x}}},\n')
    out.append("};\n")
    out.append("\n} // namespace spindle::unicode_data\n")
    return "".join(out)


def verify_names(stored, cjk_ranges, hangul, hex_ranges):
    """Every name found must be one CPython's lookup accepts for that code point."""
    for cp, name in stored:
        if unicodedata.lookup(name) != chr(cp):
            sys.exit(f"U+{cp:04X}: lookup({name}) disagrees")
    for cp, name in hangul.items():
        if unicodedata.lookup(HANGUL_PREFIX + name) != chr(cp):
            sys.exit(f"U+{cp:04X}: Hangul lookup disagrees")
    for first, last in cjk_ranges:
        for cp in (first, last):
            if unicodedata.lookup(f"{ALGORITHMIC_HEX_PREFIX}{cp:04X}") != chr(cp):
                sys.exit(f"U+{cp:04X}: CJK lookup disagrees")
        if literal_lookup(f"{ALGORITHMIC_HEX_PREFIX}{last + 1:04X}") is not None:
            sys.exit(f"U+{last + 1:04X}: expected no CJK name")
    for prefix, first, last in hex_ranges:
        if literal_lookup(f"{prefix}{first:04X}".lower()) != chr(first):
            sys.exit(f"{prefix}: expected a case-insensitive match")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare with the checked-in file instead of writing")
    args = parser.parse_args()
    if unicodedata.unidata_version != UNICODE_VERSION:
        sys.exit(f"unicodedata is {unicodedata.unidata_version}, expected {UNICODE_VERSION} (use CPython 3.11)")
    text = generate()
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT.relative_to(REPO_ROOT)} is stale: rerun scripts/gen_unicode_tables.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(REPO_ROOT)} ({len(text.encode())} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
