# input() reads lines from stdin (see input_stdin.stdin) until EOF.
name = input()
print("Hello,", name)
count = int(input("How many numbers? "))
total = 0
for i in range(count):
    total += int(input())
print("total", total)
line = input()
print(repr(line))
print(repr(input()))
while True:
    try:
        rest = input()
    except EOFError as e:
        print(type(e).__name__, repr(str(e)))
        break
    print("rest:", repr(rest))
