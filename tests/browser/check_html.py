#!/usr/bin/env python3
"""End-to-end check of the batch HTML in headless Chromium.

  check_html.py --fzscore BIN --reports DIR --out DIR

Runs `fzscore batch DIR --out OUT/results.jsonl --html OUT/html`, loads index.html and every
report page in headless Chromium (--dump-dom, i.e. after parsing and scripts) and checks:
  * the ranking and the heat map have one row per scored report, the heat map one cell per item;
  * each report page has one <tr data-item> per item of the JSON output, with the same state;
  * every evidence of the JSON output has its element id="ev-ITEM-K", the row links to it, and
    every <mark>'s text equals that evidence's quote;
and saves screenshots of index.html and one report page in OUT. Exits 77 (CTest SKIP) when no
Chromium is installed, 1 on a failed check.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser

SKIP = 77


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        p = shutil.which(name)
        if p:
            return p
    return None


def browser(exe, url, extra):
    with tempfile.TemporaryDirectory() as profile:
        cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
               "--no-first-run", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", f"--user-data-dir={profile}"] + extra + [url]
        r = subprocess.run(cmd, capture_output=True, timeout=120)
        if r.returncode != 0:
            raise SystemExit(f"chromium failed on {url}: {r.stderr.decode(errors='replace')[-2000:]}")
        return r.stdout.decode("utf-8")


class Dom(HTMLParser):
    """Collects what the checks need: item rows, marks with their text, ids, links, tables."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows = {}          # item id -> state (report page, table#items)
        self.links = {}         # item id -> [href]
        self.marks = []         # [id, item, text]
        self.open_marks = []    # indexes into marks
        self.ids = set()
        self.tables = []        # stack of table ids
        self.heat_rows = []     # [cells]
        self.ranking_rows = []  # [(report, href)]
        self.cur_item = None
        self.in_ranking_row = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        table = self.tables[-1] if self.tables else None
        if tag == "table":
            self.tables.append(a.get("id", ""))
        elif tag == "tr":
            if table == "items" and "data-item" in a:
                self.cur_item = a["data-item"]
                self.rows[self.cur_item] = a.get("data-state")
                self.links[self.cur_item] = []
            elif table == "heatmap" and "data-report" in a:
                self.heat_rows.append([])
            elif table == "ranking" and "data-report" in a:
                self.ranking_rows.append([a["data-report"], None])
                self.in_ranking_row = True
        elif tag == "td" and table == "heatmap" and self.heat_rows and "data-item" in a:
            self.heat_rows[-1].append((a["data-item"], a.get("data-state")))
        elif tag == "a":
            if table == "items" and self.cur_item:
                self.links[self.cur_item].append(a.get("href", ""))
            if table == "ranking" and self.ranking_rows and self.ranking_rows[-1][1] is None:
                self.ranking_rows[-1][1] = a.get("href")
        elif tag == "mark":
            self.marks.append([a.get("id"), a.get("data-item"), ""])
            self.open_marks.append(len(self.marks) - 1)

    def handle_endtag(self, tag):
        if tag == "table" and self.tables:
            self.tables.pop()
        elif tag == "tr":
            self.cur_item = None
        elif tag == "mark" and self.open_marks:
            self.open_marks.pop()

    def handle_data(self, data):
        for i in self.open_marks:
            self.marks[i][2] += data


def parse(text):
    d = Dom()
    d.feed(text)
    d.close()
    return d


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fzscore", required=True)
    ap.add_argument("--reports", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    exe = chromium()
    if not exe:
        print("SKIP: no chromium / chromium-browser / google-chrome on PATH; the browser test needs one")
        return SKIP
    out = os.path.abspath(args.out)
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    html_dir = os.path.join(out, "html")
    jsonl = os.path.join(out, "results.jsonl")
    r = subprocess.run([args.fzscore, "batch", args.reports, "--out", jsonl, "--html", html_dir,
                        "--jobs", "2"], capture_output=True, text=True)
    if r.returncode not in (0, 2):
        print(r.stderr)
        return 1
    results = [json.loads(l) for l in open(jsonl, encoding="utf-8")]
    cards = [c for c in results if "error" not in c]
    failures = []

    def check(cond, msg):
        if not cond:
            failures.append(msg)

    check(len(cards) >= 1, "no report was scored")
    index = parse(browser(exe, "file://" + os.path.join(html_dir, "index.html"), ["--dump-dom"]))
    all_items = []
    for c in cards:
        for it in c["items"]:
            if it["id"] not in all_items:
                all_items.append(it["id"])
    check(len(index.ranking_rows) == len(cards),
          f"ranking has {len(index.ranking_rows)} rows for {len(cards)} reports")
    check(len(index.heat_rows) == len(cards),
          f"heat map has {len(index.heat_rows)} rows for {len(cards)} reports")
    for row in index.heat_rows:
        check(len(row) == len(all_items), f"heat map row has {len(row)} cells for {len(all_items)} items")
    href = {rep: h for rep, h in index.ranking_rows}
    cells = sum(len(r) for r in index.heat_rows)
    check(cells == len(cards) * len(all_items), f"heat map cells {cells} != reports × items")

    marks_checked = 0
    for c in cards:
        page = href.get(c["file"])
        check(page is not None, f"{c['file']}: no link in the ranking")
        if page is None:
            continue
        dom = parse(browser(exe, "file://" + os.path.join(html_dir, page), ["--dump-dom"]))
        states = {it["id"]: it["state"] for it in c["items"]}
        check(dom.rows == states, f"{page}: item rows/states differ from the JSON output")
        quotes = {}
        for it in c["items"]:
            for k, ev in enumerate(it["evidence"]):
                anchor = f"ev-{it['id']}-{k}"
                quotes[anchor] = ev["quote"].replace("\r\n", "\n").replace("\r", "\n")
                check(anchor in dom.ids, f"{page}: no element id={anchor}")
                check("#" + anchor in dom.links.get(it["id"], []), f"{page}: row {it['id']} does not link #{anchor}")
        for mid, item, text in dom.marks:
            check(mid in quotes, f"{page}: mark {mid} is not an evidence of the JSON output")
            if mid in quotes:
                check(text == quotes[mid], f"{page}: mark {mid} text {text!r} != quote {quotes[mid]!r}")
                check(mid.startswith(f"ev-{item}-"), f"{page}: mark {mid} has data-item {item}")
                marks_checked += 1
        check(len(dom.marks) >= 1 or not quotes, f"{page}: no highlighted evidence")

    shots = [("index.png", "index.html")]
    if cards and href.get(cards[0]["file"]):
        shots.append(("report.png", href[cards[0]["file"]]))
    for png, page in shots:
        browser(exe, "file://" + os.path.join(html_dir, page),
                [f"--screenshot={os.path.join(out, png)}", "--window-size=1280,2000"])
        check(os.path.getsize(os.path.join(out, png)) > 10000, f"screenshot {png} is empty")

    if failures:
        for f in failures[:50]:
            print("FAIL:", f)
        print(f"{len(failures)} failed checks")
        return 1
    print(f"ok: {len(cards)} reports, {len(all_items)} items, {marks_checked} marks checked; "
          f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
