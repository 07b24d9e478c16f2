#!/usr/bin/env python3
"""Runs factcheck-bench extract and trafilatura on the same pages, in the same session, each as a
whole process pinned to one core, and prints their speed side by side; then the bench scores both.

    python3 compare.py HTML_DIR --bench .build/release/factcheck-bench --split tuning \
        [--gold GOLD.json] [--evaldata EVALDATA.json]

Speed is whole process: start-up, reading the pages (unpacked beforehand if gzip'd), extracting,
writing the texts; the CPU time (user + system) of the process and everything it waited for, from `wait4`, and
its wall time. Both run under `taskset -c 0`. The quality table comes from the bench, which scores
its own texts and trafilatura's with the same code (`--compare`).
"""
import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def cpu_of(command):
    """Runs the command pinned to core 0; its wall seconds and the CPU seconds of it and its children
    (the waited-for children's times accumulate into this process's `os.times()`)."""
    before = os.times()
    start = time.monotonic()
    process = subprocess.run(["taskset", "-c", "0", *command], capture_output=True, text=True)
    wall = time.monotonic() - start
    after = os.times()
    if process.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{process.stderr}")
    return process.stdout, wall, (after.children_user - before.children_user) + (after.children_system - before.children_system)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("html_dir")
    parser.add_argument("--bench", default=".build/release/factcheck-bench")
    parser.add_argument("--split", default="all", choices=["all", "tuning", "heldout"])
    parser.add_argument("--gold")
    parser.add_argument("--evaldata")
    parser.add_argument("--repeats", type=int, default=3, help="whole-process runs of each tool; the fastest counts")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        # Both tools read the same plain HTML files: gzip'd pages are unpacked once, before any
        # timing (the bench unpacks with a gzip process per page, trafilatura's runner in-process).
        pages_dir = Path(scratch) / "pages"
        pages_dir.mkdir()
        for path in Path(args.html_dir).iterdir():
            if path.name.endswith(".html.gz"):
                (pages_dir / path.name[: -len(".gz")]).write_bytes(gzip.decompress(path.read_bytes()))
            elif path.name.endswith(".html"):
                (pages_dir / path.name).symlink_to(path.resolve())
        args.html_dir = str(pages_dir)
        ours_out = str(Path(scratch) / "factcheck.json")
        theirs_out = str(Path(scratch) / "trafilatura.json")
        ours = [args.bench, "extract", args.html_dir, "--split", args.split, "--output", ours_out]
        theirs = [sys.executable, str(HERE / "run_trafilatura.py"), args.html_dir, theirs_out, "--split", args.split]
        best = {"factcheck": (float("inf"), float("inf")), "trafilatura": (float("inf"), float("inf"))}
        for _ in range(args.repeats):
            for name, command in (("factcheck", ours), ("trafilatura", theirs)):
                _, wall, cpu = cpu_of(command)
                best[name] = (min(best[name][0], wall), min(best[name][1], cpu))
        pages = len(json.loads(Path(ours_out).read_text()))
        print(f"{'tool':<12} {'pages':>5} {'wall s':>8} {'CPU s':>8} {'pages/CPU-s':>12}")
        for name, (wall, cpu) in best.items():
            print(f"{name:<12} {pages:>5} {wall:>8.2f} {cpu:>8.2f} {pages / cpu:>12.1f}")
        ratio = best["trafilatura"][1] / best["factcheck"][1]
        print(f"speed ratio (trafilatura CPU s / factcheck CPU s, whole process, one core): {ratio:.1f}x\n")
        score = [args.bench, "extract", args.html_dir, "--split", args.split]
        if args.gold:
            score += ["--gold", args.gold]
        if args.evaldata:
            score += ["--evaldata", args.evaldata]
        if args.gold or args.evaldata:
            print(subprocess.run(score + ["--compare", theirs_out], check=True, capture_output=True, text=True).stdout)


if __name__ == "__main__":
    main()
