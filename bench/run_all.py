"""Run every benchmark once, in a sensible order, and keep going past a failure.

    make bench                       # or: .venv/bin/python bench/run_all.py
    .venv/bin/python bench/run_all.py --quick    # smaller sizes, a few minutes in all

Each benchmark is a script of its own (see bench/README.md); this only runs them in turn
and prints a one-line verdict per script. The figures are the scripts' own output.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (script, full-size arguments, quick arguments)
BENCHES: list[tuple[str, list[str], list[str]]] = [
    ("match_bench.py", [], ["--texts", "20000", "--regex-sample", "0"]),
    ("extract_bench.py", [], ["--repeat", "3"]),
    ("conflicts_bench.py", [], ["--items", "500"]),
    ("pipeline_bench.py", [], ["--copies", "20"]),
    ("poll_bench.py", [], ["--feeds", "40", "--runs", "1"]),
    ("tui_bench.py", [], ["--items", "20000", "--feeds", "20", "--presses", "50"]),
    ("heldout.py", [], []),
]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="smaller sizes")
    ap.add_argument("--only", nargs="*", help="script names to run, e.g. match_bench.py")
    args = ap.parse_args(argv)
    failed = []
    for script, full, quick in BENCHES:
        if args.only and script not in args.only:
            continue
        cmd = [sys.executable, str(HERE / script), *(quick if args.quick else full)]
        print(f"\n=== {script} {' '.join(cmd[2:])}", flush=True)
        started = time.perf_counter()
        rc = subprocess.call(cmd)
        verdict = "ok" if rc == 0 else f"exit {rc}"
        print(f"=== {script}: {verdict} in {time.perf_counter() - started:.1f} s", flush=True)
        if rc:
            failed.append(script)
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
