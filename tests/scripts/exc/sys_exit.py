# sys.exit with an integer code; output before exit is kept.
import sys
print("before exit")
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code, e.args)
try:
    sys.exit("message")
except SystemExit as e:
    print("caught", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("no argument:", e.code)
def cleanup():
    try:
        sys.exit(3)
    finally:
        print("finally runs on exit")
cleanup()
print("not reached")
