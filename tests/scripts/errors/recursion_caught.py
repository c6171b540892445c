# RecursionError can be caught and the program continues normally.
import sys
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion caught")
def depth_ok(n):
    return 0 if n == 0 else 1 + depth_ok(n - 1)
print(depth_ok(800))
print(sys.getrecursionlimit())
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit())
print(depth_ok(2500))
sys.setrecursionlimit(200)
try:
    depth_ok(500)
except RecursionError:
    print("lower limit enforced")
print(depth_ok(100))
