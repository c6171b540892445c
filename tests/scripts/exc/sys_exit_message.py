# sys.exit with a string prints it to stderr and exits with status 1.
import sys
print("working")
sys.exit("fatal: giving up")
