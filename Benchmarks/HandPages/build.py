#!/usr/bin/env python3
"""Writes pages/*.html and gold.json from the hand-written pages in source/, outside the repository's tracked files.

In source/, every element that is part of the article's body text carries a `data-gold`
attribute (written by hand, with the page). This script only reads those marks: the gold text of
a page is the text of its marked elements, in order, one per line (`<br>` starts a new line), and
the page in pages/ is the source with the marks removed, so no extractor can see them.

    python3 Benchmarks/HandPages/build.py                         # this set
    python3 Benchmarks/HandPages/build.py Benchmarks/FreshPages   # another set laid out the same way
    python3 Benchmarks/HandPages/build.py DIR --out OUT           # elsewhere than the default

The pages and gold are derived from source/ on every run and never committed: kept beside their
sources they were a second copy of every page. They go to `.build/bench-pages/SET/` in the
package (ignored by git), or OUT; the script prints the folder.
"""
import html.parser
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent.parent
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class GoldReader(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks = []
        self.depth = 0  # > 0 inside a marked element
        self.current = []

    def handle_starttag(self, tag, attrs):
        if self.depth:
            if tag == "br":
                self.current.append("\n")
            elif tag not in VOID:
                self.depth += 1
        elif any(name == "data-gold" for name, _ in attrs) and tag not in VOID:
            self.depth = 1
            self.current = []

    def handle_endtag(self, tag):
        if not self.depth or tag in VOID:
            return
        self.depth -= 1
        if self.depth == 0:
            lines = ("".join(self.current)).split("\n")
            text = "\n".join(" ".join(line.split()) for line in lines if line.strip())
            if text:
                self.blocks.append(text)

    def handle_data(self, data):
        if self.depth:
            self.current.append(data)


def main():
    args = sys.argv[1:]
    out = None
    if "--out" in args:
        at = args.index("--out")
        if at + 1 >= len(args):
            sys.exit("build.py: --out needs a folder")
        out = Path(args[at + 1]).resolve()
        del args[at:at + 2]
    root = Path(args[0]).resolve() if args else HERE
    if not (root / "source").is_dir():
        sys.exit(f"build.py: {root}: no source/ folder of hand-written pages")
    out = out or PACKAGE / ".build" / "bench-pages" / root.name
    gold = {}
    (out / "pages").mkdir(parents=True, exist_ok=True)
    for source in sorted((root / "source").glob("*.html")):
        text = source.read_text(encoding="utf-8")
        reader = GoldReader()
        reader.feed(text)
        gold[source.stem] = "\n".join(reader.blocks)
        (out / "pages" / source.name).write_text(re.sub(r" data-gold(?=[ >])", "", text), encoding="utf-8")
    (out / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(out)


if __name__ == "__main__":
    main()
