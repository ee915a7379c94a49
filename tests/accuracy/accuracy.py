#!/usr/bin/env python3
"""Accuracy of fzscore against the hand-made gold labels (python3, stdlib only).

Two labelled sets, reported separately (docs/accuracy.md):
  samples  ../shared/reports    vs ../shared/spec/gold      (7 reports x 59 items, with `quantified`)
  dev      ../shared/spec/dev/reports vs ../shared/spec/dev/gold  (81 openings x 54 content items)
For each set it prints, beside the keyword baseline:
  * per-item precision/recall of the state `met` (fzscore and baseline),
  * the state confusion table (gold rows x predicted columns),
  * state accuracy and met precision/recall/F1; `quantified` agreement on items both call met
    (when the gold has that column),
  * first-quote agreement: for items both call met, how often fzscore's first quote overlaps the
    labeller's evidence (an exact substring of the report), and the list of the others,
  * the disagreements (report, item, gold -> fzscore, fzscore's first quote, the gold quote).
The keyword baseline calls an item `met` when any `wording` of items.yaml occurs anywhere in the
report after 繁→简 (one `opencc -c t2s` process for all reports; without the opencc CLI, one
`fzscore text --normalised` per report) and punctuation folding, otherwise `missing`.

fzscore runs once per set over all its reports (`score FILES... --format jsonl`); a report whose
year the engine cannot find is scored again, in one more run, on checklists/gangyao-2021.fz.

Exit status: 0; 1 when a --min-* threshold is given and a figure falls below it; 2 on usage
errors or unreadable input.
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
SHARED = os.path.join(ROOT, '..', 'shared')
SETS = collections.OrderedDict([
    ('samples', (os.path.join(SHARED, 'reports'), os.path.join(SHARED, 'spec', 'gold'))),
    ('dev', (os.path.join(SHARED, 'spec', 'dev', 'reports'), os.path.join(SHARED, 'spec', 'dev', 'gold'))),
])
FALLBACK_CHECKLIST = os.path.join(ROOT, 'checklists', 'gangyao-2021.fz')


def die(msg):
    print('accuracy.py: ' + msg, file=sys.stderr)
    sys.exit(2)


# ---------------------------------------------------------------- inputs
def read_gold(path):
    """item -> {state, quantified (None when the file has no such column), evidence}."""
    gold = collections.OrderedDict()
    with open(path, encoding='utf-8', newline='') as f:
        reader = csv.DictReader(f, delimiter='\t')
        has_q = 'quantified' in (reader.fieldnames or [])
        for row in reader:
            state = (row.get('state') or '').strip()
            if state == 'na':
                state = 'n/a'
            gold[row['item'].strip()] = {
                'state': state,
                'quantified': ((row.get('quantified') or '').strip() == 'yes') if has_q else None,
                'evidence': (row.get('evidence') or '').strip()}
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


def file_number(name):
    m = re.match(r'(\d+)', name)
    return int(m.group(1)) if m else None


def original_bytes(fzscore, path):
    """The bytes evidence offsets refer to: the file itself for plain text, else `fzscore text`."""
    if os.path.splitext(path)[1].lower() in ('.txt', '.md', ''):
        with open(path, 'rb') as f:
            return f.read()
    r = subprocess.run([fzscore, 'text', path], capture_output=True)
    return r.stdout if r.returncode == 0 else b''


# ---------------------------------------------------------------- the baseline's text
SEP = '\n@@fzscore-accuracy-%d@@\n'


def simplified_texts(paths, fzscore, mode):
    """path -> simplified text: one opencc process for all files, or fzscore per file."""
    raws = []
    for p in paths:
        with open(p, encoding='utf-8', errors='replace') as f:
            raws.append(f.read())
    if mode == 'opencc' and shutil.which('opencc'):
        joined = ''.join(SEP % i + t for i, t in enumerate(raws))
        r = subprocess.run(['opencc', '-c', 't2s'], input=joined, capture_output=True, text=True)
        parts = re.split(r'\n@@fzscore-accuracy-\d+@@\n', r.stdout) if r.returncode == 0 else []
        if len(parts) == len(paths) + 1:
            return dict(zip(paths, parts[1:]))
        print('accuracy.py: warning: opencc failed; trying fzscore text', file=sys.stderr)
    if fzscore and os.path.exists(fzscore):
        if mode == 'opencc':
            print('accuracy.py: note: no opencc CLI (Debian package opencc); the baseline text '
                  'comes from one `fzscore text --normalised` per report', file=sys.stderr)
        out = {}
        for p, raw in zip(paths, raws):
            r = subprocess.run([fzscore, 'text', '--normalised', p], capture_output=True, text=True)
            out[p] = r.stdout if r.returncode == 0 else raw
        return out
    print('accuracy.py: warning: neither opencc nor fzscore; the baseline uses the raw text', file=sys.stderr)
    return dict(zip(paths, raws))


def fold(text):
    """Full-width → half-width for ASCII; ASCII , ( ) ; : → Chinese full-width (as fzscore does)."""
    out = []
    for ch in text:
        o = ord(ch)
        if 0xFF01 <= o <= 0xFF5E:
            ch = chr(o - 0xFEE0)
        out.append(ch)
    return ''.join(out).translate(str.maketrans({',': '，', '(': '（', ')': '）', ';': '；', ':': '：'}))


# ---------------------------------------------------------------- running fzscore
def run_jsonl(fzscore, paths, extra=()):
    """One `fzscore score FILES... --format jsonl`: basename -> result object or error text."""
    out = {}
    if not paths:
        return out
    r = subprocess.run([fzscore, 'score'] + list(paths) + ['--format', 'jsonl'] + list(extra),
                       capture_output=True, text=True)
    if r.returncode not in (0, 2):
        die('%s score failed (exit %d): %s' % (fzscore, r.returncode, r.stderr.strip()[:300]))
    for line in r.stdout.splitlines():
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError:
            die('cannot parse a JSON line of fzscore output: ' + line[:200])
        out[os.path.basename(obj.get('file', ''))] = obj
    for p in paths:
        if os.path.basename(p) not in out:
            die('no result for %s from fzscore (exit %d): %s' % (p, r.returncode, r.stderr.strip()[:300]))
    return out


def fzscore_results(fzscore, paths):
    got = run_jsonl(fzscore, paths)
    # An opening that states no year: score it on the current 纲要, as a reader would. (Once the
    # engine chooses a checklist itself this list is empty and nothing is run again.)
    retry = [p for p in paths if 'error' in got[os.path.basename(p)]
             and 'no report year' in got[os.path.basename(p)]['error']]
    if retry:
        got.update(run_jsonl(fzscore, retry, ['--checklist', FALLBACK_CHECKLIST]))
    for p in paths:
        res = got[os.path.basename(p)]
        if 'error' in res:
            die('%s: %s' % (p, res['error'][:300]))
    return got


def load_json_results(args):
    paths = []
    for j in args:
        paths += sorted(glob.glob(os.path.join(j, '*.json*'))) if os.path.isdir(j) else [j]
    out = {}
    for j in paths:
        with open(j, encoding='utf-8') as f:
            text = f.read().strip()
        try:
            objs = json.loads(text)
        except ValueError:
            objs = [json.loads(l) for l in text.splitlines() if l.strip()]
        for obj in objs if isinstance(objs, list) else [objs]:
            out[os.path.basename(obj.get('file') or j)] = obj
    return out


def verdicts_of(result):
    got = {}
    for it in result.get('items', []):
        st = it.get('state', 'missing')
        ev = it.get('evidence') or []
        got[it['id']] = {'state': 'n/a' if st in ('na', 'n/a') else st,
                         'quantified': bool(it.get('quantified')),
                         'evidence': ev}
    return got


# ---------------------------------------------------------------- metrics
def overlaps(quote, gold_text, raw):
    """Whether fzscore's quote (byte range of the original) overlaps an occurrence of the gold
    evidence in the original bytes."""
    if not gold_text or not quote or raw is None:
        return False
    needle = gold_text.encode('utf-8')
    s, e = quote.get('start', -1), quote.get('end', -1)
    i = raw.find(needle)
    while i >= 0:
        if i < e and s < i + len(needle):
            return True
        i = raw.find(needle, i + 1)
    return False


def short(s, n=60):
    s = (s or '').replace('\n', ' ')
    return s if len(s) <= n else s[:n - 1] + '…'


class Tally:
    def __init__(self):
        self.conf = collections.Counter()
        self.per_item = collections.defaultdict(collections.Counter)
        self.q = collections.Counter()
        self.quote = collections.Counter()
        self.quote_misses = []
        self.errors = []
        self.q_errors = []

    def add(self, report, item, gold, pred, raw=None):
        g, p = gold['state'], pred['state']
        self.conf[(g, p)] += 1
        c = self.per_item[item]
        first = (pred.get('evidence') or [None])[0]
        if g == 'met' and p == 'met':
            c['tp'] += 1
            if gold['quantified'] is not None:
                self.q['both'] += 1
                if gold['quantified'] == pred['quantified']:
                    self.q['agree'] += 1
                else:
                    self.q_errors.append((report, item, gold['quantified'], pred['quantified'],
                                          first, gold['evidence']))
            if gold['evidence'] and raw is not None:
                self.quote['both'] += 1
                if overlaps(first, gold['evidence'], raw):
                    self.quote['agree'] += 1
                else:
                    self.quote_misses.append((report, item, first, gold['evidence']))
        elif p == 'met':
            c['fp'] += 1
        elif g == 'met':
            c['fn'] += 1
        if g != p:
            self.errors.append((report, item, g, p, first, gold['evidence']))

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
                'met_f1': f1,
                'quantified_agreement': (self.q['agree'] / self.q['both']) if self.q['both'] else None,
                'quote_agreement': (self.quote['agree'] / self.quote['both']) if self.quote['both'] else None}


def pr(c):
    p = c['tp'] / (c['tp'] + c['fp']) if c['tp'] + c['fp'] else float('nan')
    r = c['tp'] / (c['tp'] + c['fn']) if c['tp'] + c['fn'] else float('nan')
    return p, r


def fmt(x):
    return '  -  ' if x != x else '%.2f' % x


def fmt_quote(q):
    if not q:
        return '(no quote)'
    return '%s:%s「%s」' % (q.get('line', '?'), q.get('column', '?'), short(q.get('quote'), 50))


def print_set(name, t, base, item_order, quiet):
    s = t.summary()
    b = base.summary() if base else None
    print('=' * 78)
    print(name)
    print('=' * 78)
    if not quiet:
        print('%-8s %4s %4s %4s %7s %7s   %-15s' % ('item', 'tp', 'fp', 'fn', 'P(met)', 'R(met)',
                                                  'baseline P   R' if base else ''))
        for item in item_order:
            c = t.per_item.get(item, collections.Counter())
            p, r = pr(c)
            extra = ''
            if base:
                bp, br = pr(base.per_item.get(item, collections.Counter()))
                extra = '%7s %7s' % (fmt(bp), fmt(br))
            flag = '  <' if c['fp'] or c['fn'] else ''
            print('%-8s %4d %4d %4d %7s %7s   %s%s' % (item, c['tp'], c['fp'], c['fn'], fmt(p), fmt(r),
                                                      extra, flag))
        print()
        print('confusion (rows: gold, columns: fzscore)')
        print('%-13s' % '' + ''.join('%13s' % x for x in STATES))
        for g in STATES:
            print('%-13s' % g + ''.join('%13d' % t.conf[(g, p)] for p in STATES))
        print()
    print('%-9s labels %d   state accuracy %.3f   met P %.3f  R %.3f  F1 %.3f' % (
        'fzscore', s['labels'], s['accuracy'], s['met_precision'], s['met_recall'], s['met_f1']))
    if b:
        print('%-9s labels %d   state accuracy %.3f   met P %.3f  R %.3f  F1 %.3f' % (
            'baseline', b['labels'], b['accuracy'], b['met_precision'], b['met_recall'], b['met_f1']))
        print('fzscore vs baseline: accuracy %+.3f, met F1 %+.3f' % (s['accuracy'] - b['accuracy'],
                                                                    s['met_f1'] - b['met_f1']))
    if s['quantified_agreement'] is not None:
        print('quantified agreement on items both call met: %.3f (%d of %d)' % (
            s['quantified_agreement'], t.q['agree'], t.q['both']))
    if s['quote_agreement'] is not None:
        print('first quote overlaps the gold evidence, items both call met: %.3f (%d of %d)' % (
            s['quote_agreement'], t.quote['agree'], t.quote['both']))
    if not quiet:
        if t.errors:
            print('\ndisagreements (report, item, gold -> fzscore, fzscore\'s first quote | gold quote):')
            for rep, item, g, p, q, gq in t.errors:
                print('  %-26s %-6s %-12s -> %-12s %s | %s' % (rep, item, g, p, fmt_quote(q),
                                                             '「%s」' % gq if gq else '-'))
        if t.quote_misses:
            print('\nfirst quote not in the gold evidence (report, item, fzscore\'s first quote | gold quote):')
            for rep, item, q, gq in t.quote_misses:
                print('  %-26s %-6s %s | 「%s」' % (rep, item, fmt_quote(q), gq))
        if t.q_errors:
            print('\nquantified disagreements (report, item, gold -> fzscore, fzscore\'s first quote | gold quote):')
            for rep, item, gq_, pq, q, gq in t.q_errors:
                print('  %-26s %-6s %-5s -> %-5s %s | 「%s」' % (rep, item, 'yes' if gq_ else 'no',
                                                             'yes' if pq else 'no', fmt_quote(q), gq))
    print()
    return s


# ---------------------------------------------------------------- one labelled set
def run_set(name, reports_dir, gold_dir, a, items, json_results):
    if not os.path.isdir(gold_dir):
        die('gold directory not found: ' + gold_dir)
    gold_files = sorted(glob.glob(os.path.join(gold_dir, '*.tsv')))
    if a.split:
        want = 1 if a.split == 'odd' else 0
        gold_files = [g for g in gold_files
                      if file_number(os.path.basename(g)) is not None
                      and file_number(os.path.basename(g)) % 2 == want]
    if not gold_files:
        die('no *.tsv in ' + gold_dir + (' for --split ' + a.split if a.split else ''))
    cases = []  # (name, gold, report path or None)
    for gf in gold_files:
        stem = os.path.splitext(os.path.basename(gf))[0]
        cands = sorted(glob.glob(os.path.join(reports_dir, stem + '.*')))
        cases.append((stem, read_gold(gf), cands[0] if cands else None))
    missing = [c[0] for c in cases if c[2] is None]
    if missing and (json_results is None or not a.no_baseline):
        die('report not found in %s for: %s' % (reports_dir, ', '.join(missing)))

    if json_results is None:
        results = fzscore_results(a.fzscore, [c[2] for c in cases])
        by_stem = {os.path.splitext(k)[0]: v for k, v in results.items()}
    else:
        by_stem = {os.path.splitext(k)[0]: v for k, v in json_results.items()}
    texts = {} if a.no_baseline else simplified_texts([c[2] for c in cases], a.fzscore, a.baseline_text)

    engine, base = Tally(), (None if a.no_baseline else Tally())
    item_order = []
    for stem, gold, report in cases:
        if stem not in by_stem:
            die('no fzscore result for ' + stem)
        got = verdicts_of(by_stem[stem])
        raw = original_bytes(a.fzscore, report) if report else None
        for k in gold:
            if k not in item_order:
                item_order.append(k)
        for item, g in gold.items():
            engine.add(stem, item, g, got.get(item, {'state': 'missing', 'quantified': False, 'evidence': []}), raw)
        if base is not None:
            text = fold(texts[report])
            for item, g in gold.items():
                words = [fold(w) for w in items.get(item, [])]
                hit = any(w and w in text for w in words)
                base.add(stem, item, g, {'state': 'met' if hit else 'missing', 'quantified': False})
    title = '%s: %s vs %s (%d reports%s)' % (name, os.path.relpath(reports_dir), os.path.relpath(gold_dir),
                                             len(cases), ', ' + a.split + ' numbers' if a.split else '')
    return print_set(title, engine, base, item_order, a.quiet)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--fzscore', default=os.path.join(ROOT, 'build', 'fzscore'))
    ap.add_argument('--set', choices=['samples', 'dev', 'all'], default='all',
                    help='which labelled set(s) to score (default: both, reported separately)')
    ap.add_argument('--reports', help='a report folder (with --gold: score that set instead of --set)')
    ap.add_argument('--gold', help='its gold folder (NAME.tsv per report NAME.*)')
    ap.add_argument('--items', default=os.path.join(SHARED, 'spec', 'items.yaml'))
    ap.add_argument('--split', choices=['odd', 'even'],
                    help='only the files whose number is odd / even (dev files are numbered)')
    ap.add_argument('--json', nargs='*', default=None,
                    help='read fzscore JSON / JSON Lines results from these files (or a directory) '
                         'instead of running fzscore (with --reports/--gold)')
    ap.add_argument('--baseline-text', choices=['opencc', 'fzscore'], default='opencc',
                    help='how the baseline gets simplified text (default: opencc -c t2s)')
    ap.add_argument('--no-baseline', action='store_true')
    ap.add_argument('--quiet', action='store_true', help='summary figures only')
    ap.add_argument('--min-accuracy', type=float)
    ap.add_argument('--min-f1', type=float)
    ap.add_argument('--min-quote', type=float, help='minimum first-quote agreement')
    ap.add_argument('--min-quantified', type=float, help='minimum quantified agreement')
    a = ap.parse_args()

    if (a.reports is None) != (a.gold is None):
        die('--reports and --gold go together')
    if a.json is not None and a.gold is None:
        die('--json needs --reports and --gold')
    if a.reports:
        sets = [(os.path.basename(os.path.normpath(a.gold)), a.reports, a.gold)]
    else:
        sets = [(n, r, g) for n, (r, g) in SETS.items() if a.set in ('all', n)]
        if a.split and a.set == 'all':
            sets = [s for s in sets if s[0] == 'dev']  # only dev files are numbered
    items = None
    if not a.no_baseline:
        if not os.path.exists(a.items):
            die('items.yaml not found: ' + a.items + ' (needed for the baseline; or pass --no-baseline)')
        items = read_items(a.items)
    json_results = load_json_results(a.json) if a.json is not None else None
    if json_results is None and not os.path.exists(a.fzscore):
        die('fzscore binary not found: %s (build it, or pass --fzscore PATH or --json FILES)' % a.fzscore)

    fail = False
    for name, reports_dir, gold_dir in sets:
        s = run_set(name, reports_dir, gold_dir, a, items, json_results)
        checks = [('state accuracy', s['accuracy'], a.min_accuracy), ('met F1', s['met_f1'], a.min_f1),
                  ('first-quote agreement', s['quote_agreement'], a.min_quote),
                  ('quantified agreement', s['quantified_agreement'], a.min_quantified)]
        for what, got, want in checks:
            if want is not None and (got is None or got < want):
                print('FAIL (%s): %s %s < %.3f' % (name, what, 'n/a' if got is None else '%.3f' % got, want))
                fail = True
    return 1 if fail else 0


if __name__ == '__main__':
    sys.exit(main())
