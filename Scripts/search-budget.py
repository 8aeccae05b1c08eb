#!/usr/bin/env python3
"""Prints the search box's budget figures for a built site, measured in real headless Chromium.

    Scripts/search-budget.py SITE_DIR [QUERY ...]

For each query (default: a serial number, a person's full name, a contract number and a
company name taken from the site's own index), opens SITE_DIR/roles/index.html (a small page) from file:// (no
--allow-file-access-from-files, no web-security switch), types the query one character at a time
with the DevTools protocol's Input.insertText, and prints:

  - the bytes the search fetched: search.js, keys.js and every shard loaded while typing
    (budget: at most 300 KB for a first search);
  - per keystroke after the index is loaded, the milliseconds from the key to the result list being
    drawn (budget: 100 ms), as the largest and the median;
  - the index's total size and shard count, and the largest shard.

Not a test: a benchmark script, as docs/search.md says. Needs Debian's chromium.
"""
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse


class Chromium:
    """Headless Chromium over --remote-debugging-pipe (NUL-separated JSON on fds 3 and 4)."""

    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix="search-budget-")
        to_child_r, self.to_child_w = os.pipe()
        self.from_child_r, from_child_w = os.pipe()
        chromium = shutil.which("chromium") or shutil.which("chromium-browser")
        if not chromium:
            sys.exit("chromium not found: apt-get install chromium")

        def fds():
            # Through fresh descriptors first: the pipe's own may already be 3 or 4.
            read_end, write_end = os.dup(to_child_r), os.dup(from_child_w)
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)
            os.set_inheritable(3, True)
            os.set_inheritable(4, True)

        self.proc = subprocess.Popen(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--remote-debugging-pipe", "--user-data-dir=" + self.profile, "about:blank"],
            preexec_fn=fds, close_fds=False,
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_child_r)
        os.close(from_child_w)
        self.buffer = b""
        self.next_id = 0
        self.session = None
        self.events = []

    def send(self, method, params=None, page=True):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if page and self.session:
            message["sessionId"] = self.session
        os.write(self.to_child_w, json.dumps(message).encode() + b"\0")
        while True:
            while b"\0" not in self.buffer:
                chunk = os.read(self.from_child_r, 1 << 16)
                if not chunk:
                    raise RuntimeError("chromium closed the pipe")
                self.buffer += chunk
            raw, self.buffer = self.buffer.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)

    def open(self, url):
        target = self.send("Target.createTarget", {"url": "about:blank"}, page=False)
        attached = self.send("Target.attachToTarget", {"targetId": target["targetId"], "flatten": True}, page=False)
        self.session = attached["sessionId"]
        self.send("Network.enable")
        self.send("Page.enable")
        self.events.clear()
        self.send("Page.navigate", {"url": url})
        self.wait("document.readyState === 'complete' && !document.querySelector('.site-search').hidden")

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        return result.get("result", {}).get("value")

    def wait(self, expression, timeout=60):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.evaluate(expression):
                return
            time.sleep(0.01)
        raise RuntimeError("timed out waiting for " + expression)

    def fetched(self):
        """Bytes received per URL since the last call (from Network events)."""
        sizes = {}
        urls = {}
        for event in self.events:
            params = event.get("params", {})
            if event["method"] == "Network.requestWillBeSent":
                urls[params["requestId"]] = params["request"]["url"]
            elif event["method"] == "Network.loadingFinished":
                url = urls.get(params["requestId"], "?")
                sizes[url] = sizes.get(url, 0) + params.get("encodedDataLength", 0)
        self.events.clear()
        return sizes

    def close(self):
        try:
            self.send("Browser.close", page=False)
        except Exception:
            pass
        self.proc.wait(timeout=10)
        shutil.rmtree(self.profile, ignore_errors=True)


def default_queries(site):
    """A serial, a full name, an email and a contract number from the site's own index."""
    folder = os.path.join(site, "assets", "search")
    queries = {}
    for name in sorted(os.listdir(folder)):
        if not name.startswith("s-"):
            continue
        text = open(os.path.join(folder, name), encoding="utf-8").read()
        for record in re.findall(r'^\[(\d),"((?:[^"\\]|\\.)*)","((?:[^"\\]|\\.)*)","((?:[^"\\]|\\.)*)"', text, re.M):
            kind, label = int(record[0]), record[1]
            if kind == 3 and label.startswith("Serial ") and "serial" not in queries:
                queries["serial"] = label[len("Serial "):]
            if kind == 1 and "person" not in queries and "(" not in label:
                queries["person"] = label
            if kind == 2 and label.startswith("Contract ") and "contract" not in queries:
                queries["contract"] = label[len("Contract "):]
            if kind == 0 and "company" not in queries:
                queries["company"] = label
        if len(queries) == 4:
            break
    return [queries[k] for k in ("serial", "person", "contract", "company") if k in queries]


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    site = os.path.abspath(sys.argv[1])
    queries = sys.argv[2:] or default_queries(site)
    folder = os.path.join(site, "assets", "search")
    shards = [os.path.getsize(os.path.join(folder, n)) for n in os.listdir(folder)]
    print(f"index: {len(shards)} files, {sum(shards) / 1e6:.1f} MB in all, largest {max(shards) / 1e3:.1f} KB, "
          f"s-.js {os.path.getsize(os.path.join(folder, 's-.js')) / 1e3:.1f} KB")
    browser = Chromium()
    worst_bytes = 0
    worst_ms = 0.0
    try:
        for query in queries:
            browser.open("file://" + os.path.join(site, "roles", "index.html"))
            browser.evaluate("document.getElementById('site-search-input').focus()")
            times = []
            for i, char in enumerate(query):
                before = browser.evaluate("document.getElementById('site-search-list').childElementCount + '|' + "
                                          "document.querySelector('.site-search__status').textContent")
                browser.evaluate("window.__t0 = performance.now(); window.__drawn = null; "
                                 "new MutationObserver(function (m, o) { window.__drawn = performance.now(); "
                                 "o.disconnect(); }).observe(document.querySelector('.site-search__status'), "
                                 "{childList: true, characterData: true, subtree: true});")
                browser.send("Input.insertText", {"text": char})
                browser.wait("window.__drawn !== null || document.querySelector('.site-search__status')"
                             ".textContent !== " + json.dumps(before.split("|", 1)[1]), timeout=15)
                elapsed = browser.evaluate("(window.__drawn || performance.now()) - window.__t0")
                times.append(elapsed)
            # Every file the page loaded for the search, sized on disk (file:// loads report no byte counts).
            loaded = browser.evaluate("Array.from(document.scripts).map(function (s) { return s.src; })")
            fetched = [url for url in loaded if "/assets/search" in url]
            search_bytes = sum(os.path.getsize(urllib.parse.unquote(url[len("file://"):])) for url in fetched)
            status = browser.evaluate("document.querySelector('.site-search__status').textContent")
            first = browser.evaluate("(document.querySelector('.site-search__option') || {}).textContent || ''")
            # The first keystroke also loads keys.js and the first shard; the budget is for typing after that.
            later = times[1:] or times
            worst_bytes = max(worst_bytes, search_bytes)
            worst_ms = max(worst_ms, max(later))
            print(f"{query!r}: fetched {search_bytes / 1e3:.1f} KB in {len(fetched)} files; "
                  f"first keystroke {times[0]:.1f} ms, later keystrokes max {max(later):.1f} ms, "
                  f"median {statistics.median(later):.1f} ms; {status} First: {first[:100]}")
    finally:
        browser.close()
    print(f"budget: first search fetched at most {worst_bytes / 1e3:.1f} KB (limit 300 KB); "
          f"results drawn at most {worst_ms:.1f} ms after a keystroke (limit 100 ms)")


if __name__ == "__main__":
    main()
