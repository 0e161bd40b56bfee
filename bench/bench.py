#!/usr/bin/env python3
"""The measurements behind scripts/bench, which installs the tools, builds the jar, starts the
sandboxes (and stops them) and then runs this. Prints a Markdown table and writes it, with the
set-up it ran on, to bench/results.md.

    bench/bench.py --url URL --url-1k URL --url-100k URL --pid-100k PID [--runs N]

URL is a sandbox with the default 300 imports (for 1-3 and 5); the others hold 1,000 and 100,000.
"""
import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from urllib.parse import urlsplit

sys.dont_write_bytecode = True  # no __pycache__ in the work tree
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHELL = os.path.join(ROOT, "scripts", "exa-shell")
NODE = os.path.join(ROOT, "bench", "node")
sys.path.insert(0, os.path.join(ROOT, "bench"))
import prompt_time  # noqa: E402


def origin(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def hyperfine(commands, runs, warmup=3, rounds=3):
    """Median time (seconds) per command. The runs are split into rounds, each one hyperfine
    invocation (-N: no shell) over all the commands, in alternating order, so that a burst of
    other load on the machine falls on every command alike rather than on whichever ran then."""
    times = [[] for _ in commands]
    per_round = [runs // rounds + (1 if r < runs % rounds else 0) for r in range(rounds)]
    for r, count in enumerate(per_round):
        order = list(range(len(commands))) if r % 2 == 0 else list(reversed(range(len(commands))))
        with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as out:
            path = out.name
        try:
            args = ["hyperfine", "-N", "--style", "basic", "--warmup", str(warmup if r == 0 else 1), "--runs",
                    str(count), "--export-json", path]
            subprocess.run(args + [commands[i] for i in order], check=True, stdout=sys.stderr)
            with open(path) as f:
                results = json.load(f)["results"]
        finally:
            os.unlink(path)
        for i, result in zip(order, results):
            times[i].extend(result["times"])
    return [statistics.median(t) for t in times]


def peak_rss_kib(command, runs):
    """Median over runs of GNU time's %M (maximum resident set size, KiB) for command."""
    values = []
    for _ in range(runs):
        with tempfile.NamedTemporaryFile(suffix=".txt", delete=False) as out:
            path = out.name
        try:
            subprocess.run(["/usr/bin/time", "-f", "%M", "-o", path] + command, check=True,
                           stdout=subprocess.DEVNULL)
            with open(path) as f:
                values.append(int(f.read().split()[-1]))
        finally:
            os.unlink(path)
    return statistics.median(values)


def cpu_seconds(pid):
    """User + system CPU time of a process so far, from /proc."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def ms(seconds):
    return f"{seconds * 1000:,.0f} ms"


def mib(kib):
    return f"{kib / 1024:,.0f} MiB"


def verdict(ok):
    return "✅ met" if ok else "❌ missed"


def run_capture(command):
    return subprocess.run(command, capture_output=True, text=True).stdout.strip() or "?"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--url-1k", required=True)
    parser.add_argument("--url-100k", required=True)
    parser.add_argument("--pid-100k", type=int, required=True)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    runs = max(args.runs, 10)
    work = tempfile.mkdtemp(prefix="exa-bench-")
    script_200 = os.path.join(work, "list-200.exa")
    script_1 = os.path.join(work, "list-1.exa")
    with open(script_200, "w") as f:
        f.write("list --limit 25\n" * 200)
    with open(script_1, "w") as f:
        f.write("list --limit 25\n")
    load_before = os.getloadavg()
    started = time.monotonic()

    def shell(*words, url=args.url):
        return [SHELL, "--base-url", url, *words]

    def line(command):
        return " ".join(command)

    # The sandboxes are fresh JVMs: warm them up (a few thousand requests on each path the
    # measurements use) so that neither client pays for the server's JIT warm-up.
    print("warming up the sandboxes", file=sys.stderr)
    for _ in range(2):
        subprocess.run(["node", os.path.join(NODE, "list-loop.mjs"), origin(args.url), "1000"], check=True,
                       stdout=subprocess.DEVNULL)
        for url in (args.url_1k, args.url_100k):
            subprocess.run(["node", os.path.join(NODE, "raw-walk.mjs"), url], check=True, stdout=subprocess.DEVNULL)
    time.sleep(5)  # the sandboxes' JIT compilers finish in the background

    print("(1) one-shot start-up to the first page", file=sys.stderr)
    one_shot, js_one_shot = hyperfine(
        [line(shell("-o", "tsv", "list", "--limit", "25")),
         line(["node", os.path.join(NODE, "list-page.mjs"), origin(args.url)])], runs)

    print("(2) time until the interactive prompt accepts input (pseudo-terminal)", file=sys.stderr)
    prompt_time.one_run(shell(), b"exa> ", 60, False)  # warm-up
    prompt_runs = [prompt_time.one_run(shell(), b"exa> ", 60, False)[0] for _ in range(max(7, runs // 2))]
    prompt = statistics.median(prompt_runs)

    print("(3) 200 x list --limit 25 in one session", file=sys.stderr)
    warm_200, warm_1, js_200, js_1 = hyperfine(
        [line(shell("-o", "tsv", script_200)), line(shell("-o", "tsv", script_1)),
         line(["node", os.path.join(NODE, "list-loop.mjs"), origin(args.url), "200"]),
         line(["node", os.path.join(NODE, "list-loop.mjs"), origin(args.url), "1"])], runs)
    per_call = (warm_200 - warm_1) / 199
    js_per_call = (js_200 - js_1) / 199

    print("(4) list --all -o jsonl over 100,000 imports", file=sys.stderr)
    walk_runs = max(3, runs // 2)
    walk, raw_walk = hyperfine(
        [line(shell("-o", "jsonl", "list", "--all", url=args.url_100k)),
         line(["node", os.path.join(NODE, "raw-walk.mjs"), args.url_100k])], walk_runs, warmup=2)
    cpu_before, wall_before = cpu_seconds(args.pid_100k), time.monotonic()
    subprocess.run(shell("-o", "jsonl", "list", "--all", url=args.url_100k), check=True, stdout=subprocess.DEVNULL)
    sandbox_share = (cpu_seconds(args.pid_100k) - cpu_before) / (time.monotonic() - wall_before)
    rss_1k = peak_rss_kib(shell("-o", "jsonl", "list", "--all", url=args.url_1k), walk_runs)
    rss_100k = peak_rss_kib(shell("-o", "jsonl", "list", "--all", url=args.url_100k), walk_runs)

    print("(5) idle interactive session", file=sys.stderr)
    idle = statistics.median(prompt_time.one_run(shell(), b"exa> ", 60, True)[1] for _ in range(3))

    load_after = os.getloadavg()
    ratio_1 = one_shot / js_one_shot
    ratio_3_total = warm_200 / js_200
    ratio_3 = per_call / js_per_call
    ratio_4 = rss_100k / rss_1k
    rate = 100_000 / walk
    raw_rate = 100_000 / raw_walk
    sandbox_ok = sandbox_share < 0.5 and raw_rate > 1.5 * rate

    table = [
        "| # | Measure | exa-shell | exa-js 2.23.0 | Ratio | Target | |",
        "|---|---|---:|---:|---:|---|---|",
        f"| 1 | One-shot start-up to first page: `-o tsv list --limit 25` (median of {runs}) "
        f"| {ms(one_shot)} | {ms(js_one_shot)} | {ratio_1:.2f}× | ≤ 2× | {verdict(ratio_1 <= 2)} |",
        f"| 2 | Interactive: spawn until `exa> ` is shown on a pseudo-terminal (median of {len(prompt_runs)}) "
        f"| {ms(prompt)} | | | ≤ 1 s | {verdict(prompt <= 1)} |",
        f"| 3 | 200 × `list --limit 25` in one session, whole process (median of {runs}) "
        f"| {ms(warm_200)} | {ms(js_200)} | {ratio_3_total:.2f}× | | |",
        f"| 3 | … warm latency per call, (T₂₀₀ − T₁) / 199 "
        f"| {per_call * 1000:.2f} ms | {js_per_call * 1000:.2f} ms | {ratio_3:.2f}× | ≤ 1× | {verdict(ratio_3 <= 1)} |",
        f"| 4 | `list --all -o jsonl > /dev/null`, 100,000 imports (median of {walk_runs}) "
        f"| {ms(walk)} · {rate:,.0f} imports/s | | | | |",
        f"| 4 | Peak RSS of that walk: 1,000 → 100,000 imports (median of {walk_runs}) "
        f"| {mib(rss_1k)} → {mib(rss_100k)} | | {ratio_4:.2f}× | ≤ 1.2× | {verdict(ratio_4 <= 1.2)} |",
        f"| 4 | Sandbox: CPU while serving that walk · the same walk with a bare `fetch` client "
        f"| {sandbox_share * 100:.0f} % of a core · {raw_rate:,.0f} imports/s | | | not the bottleneck "
        f"| {verdict(sandbox_ok)} |",
        f"| 5 | Idle interactive session, resident memory after 1 s at the prompt (median of 3) "
        f"| {mib(idle)} | | | | |",
    ]
    java = run_capture(["bash", "-c", f"source '{ROOT}/scripts/lib.sh'; exa_java"])
    java_version = subprocess.run([java, "-version"], capture_output=True, text=True).stderr.splitlines()
    setup = [
        f"Run {datetime.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')} by `scripts/bench` in "
        f"{time.monotonic() - started:.0f} s on {os.cpu_count()} CPUs ({platform.machine()}, "
        f"load average {load_before[0]:.1f} before, {load_after[0]:.1f} after).",
        f"exa-shell through `scripts/exa-shell` on {java_version[1] if len(java_version) > 1 else java} "
        f"(its class-data cache prepared beforehand); Node {run_capture(['node', '--version'])} with "
        f"exa-js {run_capture(['node', '-e', 'import(process.argv[1]).then(m => console.log(m.SDK_VERSION))', os.path.join(NODE, 'exa-js.mjs')])}; "
        f"{run_capture(['hyperfine', '--version'])}. Standalone sandboxes on 127.0.0.1.",
    ]
    markdown = "\n".join(table)
    print(markdown)
    with open(os.path.join(ROOT, "bench", "results.md"), "w") as f:
        f.write("# exa-shell benchmark results\n\n" + "\n".join(setup) + "\n\n" + markdown + "\n")
        f.write("\nReproduce with `scripts/bench`; what each row measures and the targets are in "
                "docs/performance.md.\n")


if __name__ == "__main__":
    main()
