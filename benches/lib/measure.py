"""Runs a command RUNS times with its output to /dev/null and prints "median_ms median_peak_kib":
the whole process, as a person running it would wait for it. Used by the bench scripts."""
import os, sys, time, statistics

runs = int(sys.argv[1]); cmd = sys.argv[2:]
times, peaks = [], []
for _ in range(runs):
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        fd = os.open(os.devnull, os.O_RDWR)
        os.dup2(fd, 0); os.dup2(fd, 1); os.dup2(fd, 2)
        try:
            os.execvp(cmd[0], cmd)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    times.append((time.perf_counter() - start) * 1000)
    peaks.append(usage.ru_maxrss)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(cmd)} failed")
print(f"{statistics.median(times):.1f} {statistics.median(peaks):.0f}")
