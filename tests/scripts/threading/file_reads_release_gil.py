# Reading a file gives the other threads the GIL while the read waits: a
# thread blocked opening and reading a FIFO must not stop the main thread,
# which is the one that opens the FIFO's other end and writes to it. If either
# wait held the GIL, this script would never finish.
import os
import threading

path = f"/tmp/spindle_fifo_test_{os.getpid()}"
os.mkfifo(path)
got = []

def reader():
    with open(path) as fifo:          # waits for a writer to open the FIFO
        got.append(fifo.readline())   # waits for a whole line
        for line in fifo:             # waits for more, until the writer closes
            got.append(line)

t = threading.Thread(target=reader)
t.start()
checksum = sum(i * i for i in range(20000))   # runs while the reader waits
with open(path, "w") as fifo:                 # waits for the reader to be there
    fifo.write("first line\n")
    fifo.flush()
    fifo.write("second\nthird\n")
t.join()
os.remove(path)
print(got, checksum)

# Two threads reading one file take whole lines each; every line is read once.
data_path = f"/tmp/spindle_lines_test_{os.getpid()}"
with open(data_path, "w") as f:
    for i in range(2000):
        f.write(f"line {i:04d} " + "x" * (i % 50) + "\n")
lines = []
with open(data_path) as shared:
    def take():
        mine = []
        for line in shared:
            mine.append(line)
        lines.extend(mine)
    readers = [threading.Thread(target=take) for _ in range(3)]
    for r in readers:
        r.start()
    for r in readers:
        r.join()
os.remove(data_path)
print(len(lines), len(set(lines)), all(l.startswith("line ") and l.endswith("\n") for l in lines))
