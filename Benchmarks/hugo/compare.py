#!/usr/bin/env python3
"""Compare Rolebook's output with the Hugo peer's, page by page.

    python3 Benchmarks/hugo/compare.py ROLEBOOK_OUT HUGO_OUT [--show N]

Prints, per page type, how many pages both wrote, how many are byte-identical, how many are equal
once whitespace is ignored, and the pages only one of them wrote. With --show N, the first
differing line of N differing pages of each type.
"""
import os
import re
import sys


def page_type(path):
    parts = path.split("/")
    if path == "index.html":
        return "home"
    if parts[0] == "people":
        return "people index" if parts[1] in ("index.html", "index") else "person"
    if parts[0] == "contracts":
        if parts[1] in ("index.html", "index"):
            return "contracts index"
        return "contract x role" if len(parts) == 3 else "contract"
    if parts[0] == "companies":
        return "company" if len(parts) == 2 else "company " + parts[2][:-5]
    if parts[0] == "roles":
        return "roles index" if len(parts) == 2 else "role"
    if parts[0] == "guides":
        return "guides index" if len(parts) == 2 and parts[1] == "index.html" else (
            "guide" if len(parts) == 2 else "guide x role")
    if parts[0] == "authors":
        return "authors index" if parts[1] == "index.html" else "review"
    if parts[0] == "actions":
        return "actions"
    return parts[0]


def pages(root):
    found = {}
    for folder, _, files in os.walk(root):
        for name in files:
            if name.endswith(".html"):
                full = os.path.join(folder, name)
                found[os.path.relpath(full, root)] = full
    return found


def main(argv):
    show = 0
    if "--show" in argv:
        at = argv.index("--show")
        show = int(argv[at + 1])
        argv = argv[:at] + argv[at + 2:]
    a, b = pages(argv[1]), pages(argv[2])
    stats = {}
    for path in sorted(set(a) | set(b)):
        kind = page_type(path)
        s = stats.setdefault(kind, {"both": 0, "same": 0, "ws": 0, "only_rb": [], "only_hugo": [], "diff": []})
        if path not in b:
            s["only_rb"].append(path)
            continue
        if path not in a:
            s["only_hugo"].append(path)
            continue
        s["both"] += 1
        x, y = open(a[path], "rb").read(), open(b[path], "rb").read()
        if x == y:
            s["same"] += 1
        elif re.sub(rb"\s+", b"", x) == re.sub(rb"\s+", b"", y):
            s["ws"] += 1
        else:
            s["diff"].append(path)
    print(f"{'page type':<22} {'pages':>7} {'identical':>10} {'whitespace':>11} {'differ':>7} {'only RB':>8} {'only Hugo':>9}")
    for kind, s in sorted(stats.items()):
        print(f"{kind:<22} {s['both']:>7} {s['same']:>10} {s['ws']:>11} {len(s['diff']):>7} {len(s['only_rb']):>8} {len(s['only_hugo']):>9}")
        for path in s["diff"][:show]:
            x = open(a[path], encoding="utf-8").read().split("\n")
            y = open(b[path], encoding="utf-8").read().split("\n")
            line = next((i for i in range(max(len(x), len(y))) if (x[i:i + 1] != y[i:i + 1])), 0)
            print(f"    {path}:{line + 1}\n      rolebook: {x[line][:300] if line < len(x) else '<end>'}\n"
                  f"      hugo:     {y[line][:300] if line < len(y) else '<end>'}")
        for path in s["only_rb"][:show]:
            print(f"    only in Rolebook's output: {path}")
        for path in s["only_hugo"][:show]:
            print(f"    only in Hugo's output: {path}")


if __name__ == "__main__":
    main(sys.argv)
