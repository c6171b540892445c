// What 10,000 threads cost this machine without any interpreter: the floor
// under bench/threads_many.py. Creates 10,000 pthreads with Spindle's default
// 512 KiB stack, each blocked on one condition variable, then releases and
// joins them, and prints both phases. No GIL, no Python objects: what is left
// is the kernel's work of creating, waking and ending threads.
//
//     g++ -O2 -pthread bench/threads_floor.cpp -o /tmp/threads_floor
//     /tmp/threads_floor            # or: /tmp/threads_floor STACK_KIB
#include <pthread.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <sched.h>
#include <vector>

namespace {

constexpr int kThreads = 10000;

std::mutex gateMutex;
std::condition_variable gate;
bool open = false;
std::atomic<int> started{0};

void* worker(void*) {
    started.fetch_add(1);
    std::unique_lock<std::mutex> lock(gateMutex);
    gate.wait(lock, [] { return open; });
    return nullptr;
}

double secondsSince(std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

} // namespace

int main(int argc, char** argv) {
    size_t stackKib = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 512;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, stackKib * 1024);
    std::vector<pthread_t> threads(kThreads);

    auto t0 = std::chrono::steady_clock::now();
    for (pthread_t& t : threads) {
        if (pthread_create(&t, &attr, worker, nullptr) != 0) {
            std::perror("pthread_create");
            return 1;
        }
    }
    while (started.load() < kThreads) sched_yield();
    double startSeconds = secondsSince(t0);

    auto t1 = std::chrono::steady_clock::now();
    {
        std::lock_guard<std::mutex> lock(gateMutex);
        open = true;
    }
    gate.notify_all();
    for (pthread_t t : threads) pthread_join(t, nullptr);
    double releaseSeconds = secondsSince(t1);

    std::printf("%d threads, %zu KiB stacks: start %.3f s, release+join %.3f s, total %.3f s\n", kThreads, stackKib,
                startSeconds, releaseSeconds, startSeconds + releaseSeconds);
    return 0;
}
