#!/usr/bin/env python3
"""Accuracy of fzscore against the hand-made gold labels (python3, stdlib only).

For every report in --reports (or every JSON result given with --json), compares the item states
fzscore assigns with the gold labels in --gold/<report>.tsv (columns: item, state, quantified,
evidence) and prints:
  * per-item precision/recall of the state `met`,
  * the state confusion table (gold rows x predicted columns),
  * overall state accuracy and met precision/recall/F1, quantified agreement on items both call met,
  * the same figures for the keyword baseline: an item is `met` when any `wording` of items.yaml
    occurs anywhere in the report text after 繁→简 (OpenCC `opencc -c t2s`, or
    `fzscore text --normalised FILE` when --baseline-text fzscore), otherwise `missing`.

Exit status: 0; 1 when --min-accuracy / --min-f1 are given and fzscore's figures fall below them;
2 on usage errors or unreadable input.
"""
import argparse
import collections
import csv
import glob
import json
import os
import re
import shutil
import subprocess
import sys

STATES = ['met', 'acknowledged', 'planned', 'missing', 'n/a']
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))


def die(msg):
    print('accuracy.py: ' + msg, file=sys.stderr)
    sys.exit(2)


# ---------------------------------------------------------------- inputs
def read_gold(path):
    gold = collections.OrderedDict()
    with open(path, encoding='utf-8', newline='') as f:
        for row in csv.DictReader(f, delimiter='\t'):
            state = (row.get('state') or '').strip()
            if state == 'na':
                state = 'n/a'
            gold[row['item'].strip()] = {'state': state,
                                        'quantified': (row.get('quantified') or '').strip() == 'yes'}
    return gold


def read_items(path):
    """Minimal reader for items.yaml: ids and their `wording` lists (no YAML library needed)."""
    items = collections.OrderedDict()
    cur = None
    with open(path, encoding='utf-8') as f:
        for line in f:
            s = line.split('#', 1)[0].rstrip() if not line.lstrip().startswith('- {') else line.rstrip()
            m = re.match(r'\s*-\s*\{\s*id:\s*([^,}\s]+)', s)
            if m:  # flow mapping on one line
                cur = m.group(1)
                w = re.search(r'wording:\s*\[([^\]]*)\]', s)
                items[cur] = split_list(w.group(1)) if w else []
                continue
            m = re.match(r'\s*-\s*id:\s*(\S+)', s)
            if m:
                cur = m.group(1)
                items[cur] = []
                continue
            m = re.match(r'\s*wording:\s*\[([^\]]*)\]', s)
            if m and cur:
                items[cur] = split_list(m.group(1))
    return items


def split_list(s):
    return [x.strip().strip('"\'') for x in s.split(',') if x.strip()]


def to_simplified(text, fzscore=None, path=None, mode='opencc'):
    if mode == 'fzscore' and fzscore and path:
        r = subprocess.run([fzscore, 'text', '--normalised', path], capture_output=True, text=True)
        if r.returncode == 0:
            return r.stdout
    if shutil.which('opencc'):
        r = subprocess.run(['opencc', '-c', 't2s'], input=text, capture_output=True, text=True)
        if r.returncode == 0:
            return r.stdout
    print('accuracy.py: warning: opencc not found; baseline uses the raw text', file=sys.stderr)
    return text


def fold(text):
    """Full-width → half-width for ASCII; ASCII , ( ) ; : → Chinese full-width (as fzscore does)."""
    out = []
    for ch in text:
        o = ord(ch)
        if 0xFF01 <= o <= 0xFF5E:
            ch = chr(o - 0xFEE0)
        out.append(ch)
    return ''.join(out).translate(str.maketrans({',': '，', '(': '（', ')': '）', ';': '；', ':': '：'}))


def fzscore_results(fzscore, path):
    r = subprocess.run([fzscore, 'score', path, '--format', 'json'], capture_output=True, text=True)
    if r.returncode != 0 and 'no report year' in r.stderr:
        # An opening that states no year: score it on the current 纲要, as a reader would.
        fallback = os.path.join(ROOT, 'checklists', 'gangyao-2021.fz')
        r = subprocess.run([fzscore, 'score', path, '--format', 'json', '--checklist', fallback],
                           capture_output=True, text=True)
    if r.returncode != 0:
        die('%s score %s failed (exit %d): %s' % (fzscore, path, r.returncode, r.stderr.strip()[:300]))
    return parse_json_output(r.stdout, path)


def parse_json_output(out, where):
    out = out.strip()
    try:
        obj = json.loads(out)
    except ValueError:
        try:  # jsonl
            obj = [json.loads(l) for l in out.splitlines() if l.strip()]
        except ValueError:
            die('cannot parse JSON output for ' + where)
    if isinstance(obj, list):
        obj = obj[0]
    return obj


def states_of(result):
    got = {}
    for it in result.get('items', []):
        st = it.get('state', 'missing')
        got[it['id']] = {'state': 'n/a' if st in ('na', 'n/a') else st, 'quantified': bool(it.get('quantified'))}
    return got


# ---------------------------------------------------------------- metrics
class Tally:
    def __init__(self):
        self.conf = collections.Counter()
        self.per_item = collections.defaultdict(collections.Counter)
        self.q = collections.Counter()
        self.errors = []

    def add(self, report, item, gold, pred):
        g, p = gold['state'], pred['state']
        self.conf[(g, p)] += 1
        c = self.per_item[item]
        if g == 'met' and p == 'met':
            c['tp'] += 1
            self.q['both'] += 1
            self.q['agree'] += gold['quantified'] == pred['quantified']
        elif p == 'met':
            c['fp'] += 1
        elif g == 'met':
            c['fn'] += 1
        if g != p:
            self.errors.append((report, item, g, p))

    def summary(self):
        n = sum(self.conf.values())
        ok = sum(v for (g, p), v in self.conf.items() if g == p)
        tp = sum(c['tp'] for c in self.per_item.values())
        fp = sum(c['fp'] for c in self.per_item.values())
        fn = sum(c['fn'] for c in self.per_item.values())
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        return {'labels': n, 'accuracy': ok / n if n else 0.0, 'met_precision': prec, 'met_recall': rec,
                'met_f1': f1, 'quantified_agreement': (self.q['agree'] / self.q['both']) if self.q['both'] else None}


def print_tally(name, t, item_order, show_items=True, show_errors=True):
    s = t.summary()
    print('=' * 78)
    print(name)
    print('=' * 78)
    if show_items:
        print('%-8s %5s %5s %5s %7s %7s' % ('item', 'tp', 'fp', 'fn', 'P(met)', 'R(met)'))
        for item in item_order:
            c = t.per_item.get(item, collections.Counter())
            p = c['tp'] / (c['tp'] + c['fp']) if c['tp'] + c['fp'] else float('nan')
            r = c['tp'] / (c['tp'] + c['fn']) if c['tp'] + c['fn'] else float('nan')
            flag = '' if not (c['fp'] or c['fn']) else '  <'
            print('%-8s %5d %5d %5d %7s %7s%s' % (item, c['tp'], c['fp'], c['fn'], fmt(p), fmt(r), flag))
        print()
    print('confusion (rows: gold, columns: predicted)')
    print('%-13s' % '' + ''.join('%13s' % x for x in STATES))
    for g in STATES:
        print('%-13s' % g + ''.join('%13d' % t.conf[(g, p)] for p in STATES))
    print()
    print('labels %d   state accuracy %.3f   met P %.3f  R %.3f  F1 %.3f' % (
        s['labels'], s['accuracy'], s['met_precision'], s['met_recall'], s['met_f1']))
    if s['quantified_agreement'] is not None:
        print('quantified agreement on items both call met: %.3f' % s['quantified_agreement'])
    if show_errors and t.errors:
        print('\ndisagreements (report, item, gold -> predicted):')
        for e in t.errors:
            print('  %-28s %-6s %-12s -> %s' % e)
    print()
    return s


def fmt(x):
    return '  -  ' if x != x else '%.2f' % x


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--fzscore', default=os.path.join(ROOT, 'build', 'fzscore'))
    ap.add_argument('--reports', default=os.path.join(ROOT, '..', 'shared', 'reports'))
    ap.add_argument('--gold', default=os.path.join(ROOT, '..', 'shared', 'spec', 'gold'))
    ap.add_argument('--items', default=os.path.join(ROOT, '..', 'shared', 'spec', 'items.yaml'))
    ap.add_argument('--json', nargs='*', default=None,
                    help='read fzscore JSON results from these files (or a directory) instead of running fzscore')
    ap.add_argument('--baseline-text', choices=['opencc', 'fzscore'], default='opencc',
                    help='how the baseline gets simplified text (default: opencc -c t2s)')
    ap.add_argument('--no-baseline', action='store_true')
    ap.add_argument('--quiet', action='store_true', help='summary figures only')
    ap.add_argument('--min-accuracy', type=float)
    ap.add_argument('--min-f1', type=float)
    a = ap.parse_args()

    if not os.path.isdir(a.gold):
        die('gold directory not found: ' + a.gold)
    gold_files = sorted(glob.glob(os.path.join(a.gold, '*.tsv')))
    if not gold_files:
        die('no *.tsv in ' + a.gold)
    items = read_items(a.items) if os.path.exists(a.items) else None
    if items is None and not a.no_baseline:
        die('items.yaml not found: ' + a.items + ' (needed for the baseline; or pass --no-baseline)')

    json_by_name = {}
    if a.json is not None:
        paths = []
        for j in a.json:
            paths += sorted(glob.glob(os.path.join(j, '*.json'))) if os.path.isdir(j) else [j]
        for j in paths:
            with open(j, encoding='utf-8') as f:
                res = parse_json_output(f.read(), j)
            key = os.path.splitext(os.path.basename(res.get('file') or j))[0]
            json_by_name[key] = res
    elif not os.path.exists(a.fzscore):
        die('fzscore binary not found: %s (build it, or pass --fzscore PATH or --json FILES)' % a.fzscore)

    engine, base = Tally(), Tally()
    item_order = []
    for gf in gold_files:
        name = os.path.splitext(os.path.basename(gf))[0]
        gold = read_gold(gf)
        for k in gold:
            if k not in item_order:
                item_order.append(k)
        report = None
        for cand in sorted(glob.glob(os.path.join(a.reports, name + '.*'))):
            report = cand
            break
        if a.json is not None:
            if name not in json_by_name:
                die('no JSON result for ' + name)
            got = states_of(json_by_name[name])
        else:
            if report is None:
                die('report not found for gold file %s in %s' % (gf, a.reports))
            got = states_of(fzscore_results(a.fzscore, report))
        for item, g in gold.items():
            engine.add(name, item, g, got.get(item, {'state': 'missing', 'quantified': False}))
        if not a.no_baseline:
            if report is None:
                die('report not found for gold file %s in %s (needed for the baseline)' % (gf, a.reports))
            with open(report, encoding='utf-8', errors='replace') as f:
                raw = f.read()
            text = fold(to_simplified(raw, a.fzscore, report, a.baseline_text))
            for item, g in gold.items():
                words = [fold(w) for w in items.get(item, [])]
                hit = any(w and w in text for w in words)
                base.add(name, item, g, {'state': 'met' if hit else 'missing', 'quantified': False})

    s = print_tally('fzscore (%s)' % ('JSON results' if a.json is not None else a.fzscore), engine, item_order,
                    show_items=not a.quiet, show_errors=not a.quiet)
    if not a.no_baseline:
        b = print_tally('keyword baseline (any items.yaml wording anywhere, after 繁→简)', base, item_order,
                        show_items=False, show_errors=False)
        print('fzscore vs baseline: accuracy %+.3f, met F1 %+.3f' % (s['accuracy'] - b['accuracy'],
                                                                    s['met_f1'] - b['met_f1']))
    fail = False
    if a.min_accuracy is not None and s['accuracy'] < a.min_accuracy:
        print('FAIL: state accuracy %.3f < %.3f' % (s['accuracy'], a.min_accuracy))
        fail = True
    if a.min_f1 is not None and s['met_f1'] < a.min_f1:
        print('FAIL: met F1 %.3f < %.3f' % (s['met_f1'], a.min_f1))
        fail = True
    return 1 if fail else 0


if __name__ == '__main__':
    sys.exit(main())
