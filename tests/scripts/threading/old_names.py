# The camelCase names CPython 3.11 still accepts (with DeprecationWarnings, which
# this script silences so that only behaviour is compared).
import warnings
warnings.simplefilter("ignore", DeprecationWarning)
import threading

t = threading.Thread(target=lambda: None, name="old")
t.setName("older")
t.setDaemon(True)
print(t.getName(), t.isDaemon())
t.start()
t.join()
print(threading.currentThread() is threading.current_thread(), threading.activeCount())
e = threading.Event()
print(e.isSet())
e.set()
print(e.isSet())
c = threading.Condition()
with c:
    c.notifyAll()
print("notifyAll ok")
