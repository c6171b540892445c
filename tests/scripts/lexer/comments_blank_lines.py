# Comments, blank lines, semicolons and indentation styles.

x = 1  # trailing comment
# a comment line

    # an indented comment line is fine
y = 2; z = 3; print(x, y, z)


if x:
  print("two-space indent")
  if y:
        print("deeper indent")
for i in range(2): print("one-line body", i)
while False: pass
def f(): return "one-line def"
print(f())
s = "# not a comment"
print(s)
if True:

    print("blank line inside block")
print("end")  # done
