# str's Unicode predicates and case mappings over a broad, deterministic sample of
# code points: every 7th one below U+30000 (surrogates left out) and all of the cased
# scripts. Prints digests (a polynomial hash in plain integer arithmetic) per group,
# so a difference points at a range; a few small ranges are printed in full.
MOD = 1000000007


def mix(h, v):
    return (h * 131 + v) % MOD


def mix_text(h, s):
    for c in s:
        h = mix(h, ord(c))
    return mix(h, 1)


PREDICATES = ["isalpha", "isdecimal", "isdigit", "isnumeric", "isalnum", "isspace", "isupper", "islower",
              "istitle", "isprintable", "isidentifier", "continues", "linebreak"]
MAPPINGS = ["upper", "lower", "title", "casefold", "capitalize", "swapcase"]


def digest(cps):
    counts = [0] * len(PREDICATES)
    hashes = [0] * len(PREDICATES)
    maps = [0] * len(MAPPINGS)
    decimals = 0
    for cp in cps:
        ch = chr(cp)
        flags = [ch.isalpha(), ch.isdecimal(), ch.isdigit(), ch.isnumeric(), ch.isalnum(), ch.isspace(),
                 ch.isupper(), ch.islower(), ch.istitle(), ch.isprintable(), ch.isidentifier(),
                 ("a" + ch).isidentifier(), len(("a" + ch + "b").splitlines()) == 2]
        for k in range(len(flags)):
            if flags[k]:
                counts[k] += 1
                hashes[k] = mix(hashes[k], cp)
        results = [ch.upper(), ch.lower(), ch.title(), ch.casefold(), ch.capitalize(), ch.swapcase()]
        for k in range(len(results)):
            if results[k] != ch:
                maps[k] = mix_text(mix(maps[k], cp), results[k])
        if flags[1]:
            decimals += int(ch)
    return counts, hashes, maps, decimals


def strings_digest(cps):
    # Whole strings: title() and istitle() depend on the previous character, lower()
    # on final sigma; mix in letters, sigmas and apostrophes between the samples.
    text = ""
    for i in range(len(cps)):
        text += chr(cps[i])
        if i % 5 == 0:
            text += "\u03a3"
        elif i % 7 == 0:
            text += "'"
        elif i % 11 == 0:
            text += " "
    h = 0
    for result in [text.upper(), text.lower(), text.title(), text.capitalize(), text.swapcase(), text.casefold()]:
        h = mix_text(h, result)
    words = text.split()
    flags = 0
    for w in words:
        flags = flags * 8 % MOD + w.istitle() * 4 + w.isupper() * 2 + w.islower()
    return h, len(words), flags % MOD


def report(name, cps):
    counts, hashes, maps, decimals = digest(cps)
    print(name, len(cps), "decimal sum", decimals)
    print("  counts", " ".join([p + "=" + str(c) for p, c in zip(PREDICATES, counts)]))
    print("  flags ", " ".join([str(h) for h in hashes]))
    print("  maps  ", " ".join([m + "=" + str(h) for m, h in zip(MAPPINGS, maps)]))
    print("  text  ", *strings_digest(cps))


STEP = 7
GROUP = 0x4000
for start in range(0, 0x30000, GROUP):
    sample = [cp for cp in range(start, start + GROUP, STEP) if not 0xD800 <= cp <= 0xDFFF]
    report("U+%05X..U+%05X/%d" % (start, start + GROUP - 1, STEP), sample)

SCRIPTS = [
    ("Latin", [(0x0000, 0x024F), (0x1E00, 0x1EFF), (0x2C60, 0x2C7F), (0xA720, 0xA7FF), (0xAB30, 0xAB6F),
               (0xFB00, 0xFB06), (0xFF00, 0xFF5F)]),
    ("IPA and modifiers", [(0x0250, 0x036F), (0x1D00, 0x1DBF)]),
    ("Greek", [(0x0370, 0x03FF), (0x1F00, 0x1FFF)]),
    ("Cyrillic", [(0x0400, 0x052F), (0x1C80, 0x1C8F), (0x2DE0, 0x2DFF), (0xA640, 0xA69F)]),
    ("Armenian", [(0x0530, 0x058F), (0xFB13, 0xFB17)]),
    ("Georgian", [(0x10A0, 0x10FF), (0x1C90, 0x1CBF), (0x2D00, 0x2D2F)]),
    ("Cherokee", [(0x13A0, 0x13FF), (0xAB70, 0xABBF)]),
    ("Deseret", [(0x10400, 0x1044F)]),
    ("Glagolitic and Coptic", [(0x2C00, 0x2C5F), (0x2C80, 0x2CFF)]),
    ("Letterlike and enclosed", [(0x2100, 0x218F), (0x2460, 0x24FF)]),
    ("Adlam and Osage", [(0x1E900, 0x1E95F), (0x104B0, 0x104FF)]),
]
for name, ranges in SCRIPTS:
    cps = []
    for lo, hi in ranges:
        cps += list(range(lo, hi + 1))
    report(name, cps)

# A few ranges in full.
greek = "".join([chr(cp) for cp in range(0x0386, 0x03D0) if chr(cp).isalpha()])
print(greek.upper())
print(greek.lower())
print(greek.title())
print(greek.casefold())
ligatures = "".join([chr(cp) for cp in range(0xFB00, 0xFB07)])
ligatures += " " + "".join([chr(cp) for cp in range(0xFB13, 0xFB18)])
print(ligatures.upper(), ligatures.title(), ligatures.casefold())
print([chr(cp).title() for cp in range(0x1F80, 0x1F90)])
print([chr(cp).upper() for cp in range(0x1FB2, 0x1FB8)])
print("".join([chr(cp) for cp in range(0x13A0, 0x13B0)]).casefold(), "\uab70\uab71".upper())
digraphs = "ǄǅǆǇǈǉǊǋǌ"
print(digraphs.lower(), digraphs.upper(), digraphs.title(), digraphs.swapcase(), digraphs.istitle(), "ǅa".istitle())
print("ΌΣΟΣ ΣΟΦΟΣ Σ'Σ".lower(), "ὈΔΥΣΣΕΎΣ".lower(), "ΑΣ.ΑΣ".capitalize())
