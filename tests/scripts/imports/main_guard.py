# if __name__ == "__main__", frozen stdlib modules, and import errors reported
# from the script's top level.
import string
import bisect
from bisect import insort

if __name__ == "__main__":
    print("running as main")
print(string.ascii_lowercase, string.capwords("spindle runs python"), string.digits)
scores = [10, 20, 30]
insort(scores, 25)
print(scores, bisect.bisect_left(scores, 20), bisect.bisect_right(scores, 20), bisect.bisect(scores, 5))
import importable_nowhere
