# Counts words in a text and prints the most common ones as a bar chart.
TEXT = """
Spindle is a small interpreter for a subset of Python. It runs real
threads under one interpreter lock, and it prints exactly what Python
prints. A script that runs under Python runs under Spindle the same way,
and when it does not, the difference is a bug or is written down.
"""

counts = {}
for raw_word in TEXT.split():
    word = raw_word.strip(".,;:!?").lower()
    if word:
        counts[word] = counts.get(word, 0) + 1

ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
print(f"{len(counts)} distinct words, {sum(counts.values())} in total")
for word, count in ranked[:8]:
    print(f"{word:>12} {'#' * count} {count}")
