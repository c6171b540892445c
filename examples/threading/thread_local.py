# Thread-local data: one name, a separate value in each thread.
import threading

context = threading.local()
context.user = "main"
report = []
report_lock = threading.Lock()


def handle_request(user):
    context.user = user  # only this thread sees it
    greet()


def greet():
    with report_lock:
        report.append(f"{threading.current_thread().name}: hello {context.user}")


threads = [threading.Thread(target=handle_request, args=(u,), name=f"worker-{u}") for u in ("ada", "grace")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("\n".join(sorted(report)))
print("main thread still sees:", context.user)
