# Deliberately invalid: an unknown character name in \N{...} is a SyntaxError when the
# file is compiled, so nothing runs.
print("never printed")
word = "caf\N{LATIN SMALL LETTER E WITH ACUTE} \N{LATIN SMALL LETTER NOPE}"
