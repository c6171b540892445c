# pass in every block kind.
def nothing():
    pass
print(nothing())
for _ in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
def only_docstring():
    "A docstring is a body too."
print(only_docstring())
print("end")
