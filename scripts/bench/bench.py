#!/usr/bin/env python3
"""`make bench`: dxcert against what a city's IT staff would compare it with.

One run, alternating repetitions:
  1. On the 2,051-workbook set (200 projects: 50 judges' sheets, 2,000 leader sheets, the setup):
     `dxcert check` and `dxcert run` against two baselines reading every cell of every sheet of
     the same files with 2 worker processes — python-calamine (Rust) and openpyxl (read_only,
     data_only). Medians of wall time, CPU time (user + system, the workers included) and the
     peak resident memory of each.
  2. Scaling: `dxcert run` at 2,051 / 5,051 / 20,051 workbooks, and `dxcert run --json` for a
     year of 50,000 participants (2,000 projects of 25 people, judges' sheets only): time should
     grow linearly, memory stay flat.
The last lines are exactly `ratio check/calamine: X`, `ratio run/calamine: X`,
`ratio run/openpyxl: X` (medians of wall time, both sides on the machine's 2 cores) and
`peak-rss-mb run: N` (the largest peak of `dxcert run` over the workbook sets of the table).

Inputs are generated once into .bench/ (scripts/bench/make_large_input.py) and reused.

usage: bench.py [--reps N] [--quick]
  --quick   the comparison only, one repetition (well under a minute; for CI or a quick look)
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BENCH = os.path.join(ROOT, ".bench")
DXCERT = os.path.join(ROOT, ".build", "release", "dxcert")
HERE = os.path.dirname(os.path.abspath(__file__))

SETS = {
    "p200": ["--projects", "200"],
    "p500": ["--projects", "500"],
    "p2000": ["--projects", "2000"],
    "people50k": ["--projects", "2000", "--members", "24", "--no-leader-sheets"],
}


def ensure(name):
    """The input folder of a set, generated on first use."""
    folder = os.path.join(BENCH, name)
    done = os.path.join(folder, ".done")
    if not os.path.exists(done):
        print(f"== 入力を生成しています（初回のみ）: .bench/{name}", file=sys.stderr, flush=True)
        subprocess.run(["rm", "-rf", folder], check=True)
        os.makedirs(folder)
        subprocess.run([sys.executable, os.path.join(HERE, "make_large_input.py"), os.path.join(folder, "input")] + SETS[name],
                       check=True)
        open(done, "w").close()
    return os.path.join(folder, "input")


def measure(argv, stdout=subprocess.DEVNULL):
    """Runs argv; returns (wall seconds, CPU seconds incl. waited-for workers, peak RSS in MB, exit)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=stdout, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, proc.returncode


def cells(text, width, right=False):
    """`text` padded to `width` terminal columns (Japanese characters take two)."""
    import unicodedata
    used = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    pad = " " * max(0, width - used)
    return pad + text if right else text + pad


def files_in(folder):
    return sum(1 for _, _, names in os.walk(folder) for n in names if n.endswith(".xlsx"))


def comparison(reps):
    folder = ensure("p200")
    out = os.path.join(BENCH, "p200", "output")
    commands = {
        "dxcert check": [DXCERT, "check", "--input", folder],
        "dxcert run": [DXCERT, "run", "--input", folder, "--output", out, "--ignore-previous-ledger"],
        "python-calamine": [sys.executable, os.path.join(HERE, "baseline_calamine.py"), folder],
        "openpyxl": [sys.executable, os.path.join(HERE, "baseline_openpyxl.py"), folder],
    }
    names = list(commands)
    samples = {n: [] for n in names}
    for rep in range(reps):
        order = names[rep % len(names):] + names[:rep % len(names)]  # alternate who goes first
        for n in order:
            wall, cpu, rss, code = measure(commands[n])
            if code not in (0, 1):  # 1: dxcert's "input problems listed" (the bench setup has no 認定基準 sheet)
                sys.exit(f"{n} failed with exit code {code}")
            samples[n].append((wall, cpu, rss))
    print(f"\n比較: {files_in(folder):,} ブック（.bench/p200）、{reps}回の中央値（順番を入れ替えて交互に実行）")
    print(cells("", 18) + cells("経過(秒)", 10, True) + cells("CPU(秒)", 10, True) + cells("最大メモリ(MB)", 16, True))
    med = {}
    for n in names:
        wall = statistics.median(s[0] for s in samples[n])
        cpu = statistics.median(s[1] for s in samples[n])
        rss = max(s[2] for s in samples[n])
        med[n] = wall
        print(f"{n:18}{wall:10.3f}{cpu:10.3f}{rss:16.0f}")
    return med


def scaling():
    rows = []
    for name in ["p200", "p500", "p2000"]:
        folder = ensure(name)
        out = os.path.join(BENCH, name, "output")
        wall, cpu, rss, code = measure([DXCERT, "run", "--input", folder, "--output", out, "--ignore-previous-ledger"])
        rows.append((f"{files_in(folder):,} ブック", "run", wall, cpu, rss, files_in(folder)))
    folder = ensure("people50k")
    out = os.path.join(BENCH, "people50k", "output")
    json_path = os.path.join(BENCH, "people50k", "result.json")
    with open(json_path, "wb") as sink:
        wall, cpu, rss, code = measure([DXCERT, "run", "--json", "--input", folder, "--output", out, "--ignore-previous-ledger"],
                                       stdout=sink)
    size = os.path.getsize(json_path) / 1e6
    rows.append((f"参加者 50,000人（{files_in(folder)} ブック）", f"run --json（{size:.0f} MB）", wall, cpu, rss, files_in(folder)))
    print("\n規模による変化（dxcert run 1回ずつ）")
    print(cells("", 36) + cells("", 22) + cells("経過(秒)", 10, True) + cells("CPU(秒)", 10, True)
          + cells("最大メモリ(MB)", 16, True) + cells("ms/ブック", 11, True))
    for i, (label, what, wall, cpu, rss, n) in enumerate(rows):
        per = f"{1000 * wall / n:11.3f}" if i < 3 else cells("—", 11, True)
        print(cells(label, 36) + cells(what, 22) + f"{wall:10.2f}{cpu:10.2f}{rss:16.0f}" + per)
    return max(r[4] for r in rows[:3])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--quick", action="store_true")
    a = ap.parse_args()
    reps = 1 if a.quick else a.reps
    med = comparison(reps)
    peak = None if a.quick else scaling()
    print()
    print(f"ratio check/calamine: {med['dxcert check'] / med['python-calamine']:.2f}")
    print(f"ratio run/calamine: {med['dxcert run'] / med['python-calamine']:.2f}")
    print(f"ratio run/openpyxl: {med['dxcert run'] / med['openpyxl']:.2f}")
    if peak is not None:
        print(f"peak-rss-mb run: {peak:.0f}")


if __name__ == "__main__":
    main()
