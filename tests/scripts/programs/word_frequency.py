# Word frequency count over a text, with ties broken alphabetically.
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""
counts = {}
for raw in text.split():
    word = raw.strip(".,;:!?\"'").lower()
    if word:
        counts[word] = counts.get(word, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:10]:
    print(f"{word:>12} {n:3} {'#' * n}")
print(len(counts), "distinct words,", sum(counts.values()), "total")
longest = max(counts, key=lambda w: (len(w), w))
print("longest:", longest)
by_length = {}
for word in counts:
    by_length.setdefault(len(word), []).append(word)
for length in sorted(by_length):
    print(length, sorted(by_length[length]))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c)))[:10])
