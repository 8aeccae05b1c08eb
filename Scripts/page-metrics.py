#!/usr/bin/env python3
"""What a reader pays for a page: its height at a viewport width and its word count, measured in
real headless Chromium (DevTools protocol over --remote-debugging-pipe, so no extra packages).

    Scripts/page-metrics.py [--width 1280] PAGE.html...

Prints one line per page: height in CSS pixels, words of visible text, and the path. Words are
the page's innerText split on white space, so hidden elements do not count and a repeated block
counts every time a reader meets it.
"""
import argparse
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile


class Chromium:
    def __init__(self, width):
        binary = shutil.which("chromium") or sys.exit("page-metrics: chromium is not installed")
        self.profile = tempfile.mkdtemp(prefix="page-metrics-")
        # Chromium reads commands on descriptor 3 and writes replies on descriptor 4; the shell hands
        # it this process's pipes there.
        self.process = subprocess.Popen(
            ["/bin/sh", "-c", 'exec "$0" "$@" 3<&0 4>&1 </dev/null >/dev/null', binary,
             "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--remote-debugging-pipe", f"--user-data-dir={self.profile}",
             f"--window-size={width},900", "about:blank"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.to_browser = self.process.stdin.fileno()
        self.from_browser = self.process.stdout.fileno()
        self.buffer = b""
        self.next_id = 0
        self.width = width

    def send(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        while True:
            while b"\0" not in self.buffer:
                chunk = os.read(self.from_browser, 65536)
                if not chunk:
                    sys.exit(f"page-metrics: chromium closed the pipe during {method}")
                self.buffer += chunk
            raw, self.buffer = self.buffer.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    sys.exit(f"page-metrics: {method}: {reply['error']}")
                return reply.get("result", {})

    def measure(self, url):
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": self.width, "height": 900, "deviceScaleFactor": 1, "mobile": self.width < 600},
                  session)
        self.send("Page.enable", session=session)
        self.send("Page.navigate", {"url": url}, session)
        expression = """new Promise(done => {
            const measure = () => done(JSON.stringify({
                height: document.documentElement.scrollHeight,
                words: document.body.innerText.split(/\\s+/).filter(Boolean).length}));
            document.readyState === 'complete' ? measure() : addEventListener('load', measure);
        })"""
        result = self.send("Runtime.evaluate",
                           {"expression": expression, "awaitPromise": True, "returnByValue": True}, session)
        self.send("Target.closeTarget", {"targetId": target})
        return json.loads(result["result"]["value"])

    def close(self):
        self.process.kill()
        self.process.wait()
        shutil.rmtree(self.profile, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("pages", nargs="+")
    arguments = parser.parse_args()
    browser = Chromium(arguments.width)
    try:
        for page in arguments.pages:
            figures = browser.measure(pathlib.Path(page).resolve().as_uri())
            print(f"{figures['height']:>7} px {figures['words']:>6} words  {page}")
    finally:
        browser.close()


if __name__ == "__main__":
    main()
