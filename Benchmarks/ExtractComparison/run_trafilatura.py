#!/usr/bin/env python3
"""Runs trafilatura on a folder of pages, as `factcheck-bench extract` reads them, and writes {id: text}.

    python3 run_trafilatura.py HTML_DIR OUT.json [--split tuning|heldout|all]

Pages are `*.html` and `*.html.gz`; the id is the file name without the suffix; the halves are the
bench's (FNV-1a of the id, odd is held out). trafilatura runs with its defaults
(`trafilatura.extract(html)`: plain text, no comments, default precision/recall balance). A page it
returns nothing for is written as "".
"""
import argparse
import gzip
import json
import time
from pathlib import Path

import trafilatura


def held_out(page_id):
    value = 0xCBF29CE484222325
    for byte in page_id.encode("utf-8"):
        value ^= byte
        value = (value * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return value & 1 == 1


def load(directory, split):
    pages = []
    for path in sorted(Path(directory).iterdir()):
        if path.name.endswith(".html.gz"):
            page_id, data = path.name[: -len(".html.gz")], gzip.decompress(path.read_bytes())
        elif path.name.endswith(".html"):
            page_id, data = path.name[: -len(".html")], path.read_bytes()
        else:
            continue
        if split == "all" or (split == "heldout") == held_out(page_id):
            pages.append((page_id, data))
    return pages


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("html_dir")
    parser.add_argument("output")
    parser.add_argument("--split", default="all", choices=["all", "tuning", "heldout"])
    args = parser.parse_args()
    pages = load(args.html_dir, args.split)
    texts = {}
    start = time.process_time()
    for page_id, data in pages:
        texts[page_id] = trafilatura.extract(data) or ""
    cpu = time.process_time() - start
    Path(args.output).write_text(json.dumps(texts, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    print(f"trafilatura {trafilatura.__version__}: {len(pages)} pages, extraction loop {cpu:.2f} CPU s, {len(pages) / cpu:.1f} pages/CPU-s")


if __name__ == "__main__":
    main()
