// Cold start: milliseconds from exec() of a program to its first top-level window mapped on the X server.
//   bench_first_window RUNS -- PROGRAM [ARGS...]     (needs DISPLAY: run under xvfb-run -a)
// Watches the root window for MapNotify (SubstructureNotify), starts the program, stops at the first map,
// kills the program, and prints one line per run plus the median: "median_ms N".
#include <xcb/xcb.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

double nowMs()
{
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

// One run: -1 when the program exited or did not map a window within 60 s.
double timeOneRun(xcb_connection_t* c, char** argv)
{
    const double start = nowMs();
    const pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        execvp(argv[0], argv);
        std::perror("bench_first_window: exec");
        _exit(127);
    }
    double mappedAt = -1;
    const int fd = xcb_get_file_descriptor(c);
    while (mappedAt < 0 && nowMs() - start < 60'000) {
        while (xcb_generic_event_t* e = xcb_poll_for_event(c)) {
            if ((e->response_type & 0x7f) == XCB_MAP_NOTIFY && mappedAt < 0)
                mappedAt = nowMs();
            std::free(e);
        }
        if (mappedAt >= 0 || waitpid(pid, nullptr, WNOHANG) == pid)
            break;
        pollfd p{fd, POLLIN, 0};
        poll(&p, 1, 50);
    }
    kill(pid, SIGTERM);
    waitpid(pid, nullptr, 0);
    // Drain the unmap/destroy events of the window that just went away.
    while (xcb_generic_event_t* e = xcb_poll_for_event(c))
        std::free(e);
    return mappedAt < 0 ? -1 : mappedAt - start;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 4 || std::strcmp(argv[2], "--") != 0) {
        std::fprintf(stderr, "usage: bench_first_window RUNS -- PROGRAM [ARGS...]\n");
        return 64;
    }
    const int runs = std::max(1, std::atoi(argv[1]));
    xcb_connection_t* c = xcb_connect(nullptr, nullptr);
    if (xcb_connection_has_error(c)) {
        std::fprintf(stderr, "bench_first_window: no X display (run it under xvfb-run -a)\n");
        return 2;
    }
    xcb_screen_t* screen = xcb_setup_roots_iterator(xcb_get_setup(c)).data;
    const uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
    xcb_change_window_attributes(c, screen->root, XCB_CW_EVENT_MASK, &mask);
    xcb_flush(c);

    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const double ms = timeOneRun(c, argv + 3);
        if (ms < 0) {
            std::fprintf(stderr, "bench_first_window: %s showed no window\n", argv[3]);
            xcb_disconnect(c);
            return 1;
        }
        std::printf("run %d: %.1f ms\n", i + 1, ms);
        times.push_back(ms);
    }
    std::sort(times.begin(), times.end());
    std::printf("median_ms %.1f\n", times[times.size() / 2]);
    xcb_disconnect(c);
    return 0;
}
