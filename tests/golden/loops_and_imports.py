import os
import os.path
import a.b.c as d
from . import sibling
from ..pkg.mod import name as alias, other
from star import *

i = 0
while i < 10:
    i += 1
    if i == 5:
        continue
    if i == 8:
        break
else:
    print("no break")

while True:
    break

for ch in "abc":
    print(ch)
else:
    print("done")

assert i, "message"
assert i
raise ValueError("x") from None
