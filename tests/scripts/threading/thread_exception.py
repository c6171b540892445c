# An exception escaping a thread goes to threading.excepthook: the default
# prints "Exception in thread NAME:" and the traceback on stderr, and the
# program goes on. A custom hook receives ExceptHookArgs.
import threading


def boom():
    raise ValueError("boom in thread")


t = threading.Thread(target=boom, name="failing")
t.start()
t.join()
print("main continues", t.is_alive())

caught = []


def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                   args.exc_traceback is not None))


threading.excepthook = hook
t2 = threading.Thread(target=boom, name="hooked")
t2.start()
t2.join()
print(caught)


def quits():
    raise SystemExit(3)


threading.excepthook = threading.__excepthook__
t3 = threading.Thread(target=quits)
t3.start()
t3.join()
print("SystemExit in a thread ends only that thread")
t4 = threading.Thread(target=boom, name="last")
t4.start()
t4.join()
print("done")
