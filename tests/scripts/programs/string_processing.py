# String processing: caesar cipher, palindromes, run-length encoding, anagrams.
def caesar(text, shift):
    out = ""
    for ch in text:
        if "a" <= ch.lower() <= "z":
            base = ord("a") if ch.islower() else ord("A")
            out += chr((ord(ch) - base + shift) % 26 + base)
        else:
            out += ch
    return out
msg = "Hello, World! Spindle 3.11"
enc = caesar(msg, 3)
print(enc, "|", caesar(enc, -3), "|", caesar(msg, 26) == msg)
def is_palindrome(s):
    cleaned = ""
    for ch in s.lower():
        if ch.isalnum():
            cleaned += ch
    return cleaned == cleaned[::-1]
for s in ["A man, a plan, a canal: Panama", "racecar", "spindle", "", "No 'x' in Nixon"]:
    print(repr(s), is_palindrome(s))
def rle(s):
    if not s:
        return ""
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev, count = ch, 1
    out.append(f"{count}{prev}")
    return "".join(out)
def unrle(s):
    out = ""
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out += ch * int(num)
            num = ""
    return out
for s in ["aaabccddddd", "abc", "", "zzzzzzzzzzzz"]:
    print(repr(s), rle(s), unrle(rle(s)) == s)
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
for key in sorted(groups):
    print(key, groups[key])
