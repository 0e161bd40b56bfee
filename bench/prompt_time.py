#!/usr/bin/env python3
"""Time from spawn until an interactive program's prompt appears on a pseudo-terminal.

    bench/prompt_time.py [--runs N] [--prompt 'exa> '] [--rss] -- COMMAND [ARGS...]

Each run spawns COMMAND on a fresh pty (80x24), reads its output until the prompt text shows up,
notes the elapsed time, then sends Ctrl-D and waits for the exit. With --rss it instead lets the
session sit idle for a second at the prompt and reports the process tree's resident memory
(VmRSS, read from /proc) before leaving. Prints one line per run and a final line
"median_ms=<m> min_ms=<a> max_ms=<b>" (plus "median_rss_kb=<r>" with --rss).
"""
import argparse
import fcntl
import os
import pty
import select
import signal
import statistics
import struct
import sys
import termios
import time


def tree_rss_kb(pid):
    """Resident set size of pid and its descendants, in KiB, from /proc."""
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                children.setdefault(int(fields[1]), []).append(int(entry))
            except OSError:
                pass
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo.extend(children.get(p, []))
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total


def one_run(command, prompt, timeout, measure_rss):
    start = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(command[0], command)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    seen = b""
    elapsed = None
    deadline = start + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
            if prompt in seen:
                elapsed = time.monotonic() - start
                break
    rss = None
    if elapsed is not None and measure_rss:
        idle_until = time.monotonic() + 1.0
        while time.monotonic() < idle_until:
            if select.select([fd], [], [], 0.1)[0]:
                try:
                    os.read(fd, 65536)
                except OSError:
                    break
        rss = tree_rss_kb(pid)
    try:
        os.write(fd, b"\x04")
    except OSError:
        pass
    end_by = time.monotonic() + 10
    while time.monotonic() < end_by:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if select.select([fd], [], [], 0.05)[0]:
            try:
                if not os.read(fd, 65536):
                    pass
            except OSError:
                pass
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    os.close(fd)
    if elapsed is None:
        sys.exit(f"prompt {prompt!r} never appeared; output was:\n{seen.decode(errors='replace')}")
    return elapsed, rss


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--prompt", default="exa> ")
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("--rss", action="store_true")
    parser.add_argument("command", nargs="+")
    args = parser.parse_args()
    prompt = args.prompt.encode()
    for _ in range(args.warmup):
        one_run(args.command, prompt, args.timeout, False)
    times, rsss = [], []
    for i in range(args.runs):
        elapsed, rss = one_run(args.command, prompt, args.timeout, args.rss)
        times.append(elapsed * 1000)
        line = f"run {i + 1}: {elapsed * 1000:.0f} ms"
        if rss is not None:
            rsss.append(rss)
            line += f", idle RSS {rss} KiB"
        print(line, file=sys.stderr)
    summary = f"median_ms={statistics.median(times):.0f} min_ms={min(times):.0f} max_ms={max(times):.0f}"
    if rsss:
        summary += f" median_rss_kb={statistics.median(rsss):.0f}"
    print(summary)


if __name__ == "__main__":
    main()
