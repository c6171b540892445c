# str case methods and predicates.
words = ["hello world", "HELLO", "Hello World", "hELLO wORLD", "123abc", "", "ß straße", "ǅungla"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase())
samples = ["abc", "ABC", "Abc", "123", "12.5", "abc123", " ", "\t\n", "", "Title Case", "x y",
           "٣", "²", "é", "_", "a_b"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(),
          s.islower(), s.istitle(), s.isdecimal(), s.isnumeric(), s.isidentifier())
