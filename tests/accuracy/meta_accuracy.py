#!/usr/bin/env python3
"""How often fzscore's reader finds a report's year, unit level and issuer (python3, stdlib only).

Runs `fzscore outline FILE --format json` on every report of the development set
(shared/spec/dev/reports/NNN.txt: the openings of 81 real reports) and compares with the hand-made
shared/spec/dev/meta.tsv (columns file, title, issuer, year, published, script):

  year     the year reported on, equal;
  level    the unit level, derived here from the issuer column by the place or body its name ends
           with (省/自治区/直辖市 → 省, 市 → 市, 区/县/旗 → 县区, 镇/乡/街道 → 乡镇,
           局/厅/委/办/部 → 部门);
  issuer   the same unit: equal after 繁→简 and width folding (done by `fzscore text --normalised`,
           so both sides are folded alike), or equal once a leading higher place ("天津市" in
           "天津市静海区人民政府") or a trailing 人民政府/政府 is set aside (a report of "桐庐县" is
           the county government's);
  title, published (informational).

Only the fields the file gives count. Prints each field's agreement, every disagreement, the
reports refused by `outline` or `score` (a refusal is a failure whatever the figures), and the total over year + level +
issuer. Exit 1 when that total is below --min (default 0.95) or any report is refused; 2 on usage
errors.
"""
import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))

# The four municipalities directly under the central government are province-level units.
MUNICIPALITIES = ('北京市', '天津市', '上海市', '重庆市')


def die(msg):
    print('meta_accuracy.py: ' + msg, file=sys.stderr)
    sys.exit(2)


def level_of_issuer(issuer):
    """The unit level of a gold issuer (already normalised to simplified characters)."""
    s = issuer.replace(' ', '').replace('、', '')
    if not s:
        return ''
    # A department: the name ends with an office, not with a government.
    for suffix in ('局', '厅', '委员会', '办公室', '部'):
        if s.endswith(suffix):
            return '部门'
    for suffix in ('街道办事处', '街道', '镇人民政府', '乡人民政府', '镇', '乡'):
        if s.endswith(suffix):
            return '乡镇'
    place = s
    for suffix in ('人民政府', '党委和政府', '党委政府', '省政府', '市政府', '政府', '党委', '省委', '市委'):
        if place.endswith(suffix):
            place = place[:-len(suffix)]
    for m in MUNICIPALITIES:
        if place == m or place == m[:-1] or place.endswith(m) and len(place) <= len(m) + 2:
            return '省'
    if place.endswith('省') or place.endswith('自治区'):
        return '省'
    if place.endswith('区') or place.endswith('县') or place.endswith('旗'):
        return '县区'
    if place.endswith('市'):
        return '市'
    if place.endswith('镇') or place.endswith('乡') or place.endswith('街道'):
        return '乡镇'
    return ''


def unit_core(s):
    s = s.replace(' ', '')
    for suffix in ('人民政府', '政府'):
        if s.endswith(suffix) and len(s) > len(suffix):
            s = s[:-len(suffix)]
    return s


def same_issuer(got, want):
    if got == want:
        return True
    g, w = unit_core(got), unit_core(want)
    if not g or not w:
        return False
    if g == w:
        return True
    # "静海区" for "天津市静海区": a leading higher place set aside; the shorter keeps ≥ 3 characters.
    short, long_ = (g, w) if len(g) <= len(w) else (w, g)
    return len(short) >= 3 and long_.endswith(short)


def normalise_all(fzscore, strings):
    """Each string through fzscore's own normalisation (繁→简, width and pinyin folding)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'gold.txt')
        with open(path, 'w', encoding='utf-8') as f:
            for k, s in enumerate(strings):
                f.write('Q%d %s\n' % (k, s))
        r = subprocess.run([fzscore, 'text', '--normalised', path], capture_output=True, text=True)
        if r.returncode != 0:
            die('fzscore text failed: ' + r.stderr.strip())
    out = [''] * len(strings)
    for line in r.stdout.split('\n'):
        if line.startswith('Q') and ' ' in line:
            k, _, rest = line.partition(' ')
            if k[1:].isdigit() and int(k[1:]) < len(out):
                out[int(k[1:])] = rest.strip()
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--fzscore', default=os.path.join(ROOT, 'build', 'fzscore'))
    ap.add_argument('--dev', default=os.path.join(ROOT, '..', 'shared', 'spec', 'dev'))
    ap.add_argument('--min', type=float, default=0.95, help='least agreement over year+level+issuer')
    ap.add_argument('--quiet', action='store_true', help='only the summary')
    args = ap.parse_args()
    if not os.access(args.fzscore, os.X_OK):
        die('no fzscore binary at ' + args.fzscore)
    meta_path = os.path.join(args.dev, 'meta.tsv')
    try:
        with open(meta_path, encoding='utf-8', newline='') as f:
            rows = list(csv.DictReader(f, delimiter='\t'))
    except OSError as e:
        die('cannot read %s: %s' % (meta_path, e))

    gold_issuers = normalise_all(args.fzscore, [r['issuer'] for r in rows])
    gold_titles = normalise_all(args.fzscore, [r['title'] for r in rows])
    fields = ('year', 'level', 'issuer')
    agree = {k: 0 for k in fields + ('title', 'published')}
    given = {k: 0 for k in fields + ('title', 'published')}
    exact_issuer = 0
    wrong, refused = [], []
    for row, issuer, title in zip(rows, gold_issuers, gold_titles):
        path = os.path.join(args.dev, 'reports', row['file'])
        r = subprocess.run([args.fzscore, 'outline', path, '--format', 'json'], capture_output=True, text=True)
        if r.returncode != 0:
            refused.append('%s: %s' % (row['file'], r.stderr.strip()))
            continue
        got = json.loads(r.stdout)
        want = {'year': row['year'].strip(), 'level': level_of_issuer(issuer), 'issuer': issuer,
                'title': title, 'published': row['published'].strip()}
        have = {'year': str(got.get('year') or ''), 'level': got.get('level') or '',
                'issuer': got.get('issuer') or '', 'title': got.get('title') or '',
                'published': got.get('published') or ''}
        if have['level'] == '未知':
            have['level'] = ''
        for k in want:
            if not want[k]:
                continue
            given[k] += 1
            ok = same_issuer(have[k], want[k]) if k == 'issuer' else have[k] == want[k]
            agree[k] += ok
            if k == 'issuer' and have[k] == want[k]:
                exact_issuer += 1
            if not ok:
                wrong.append('%s %-9s want %s, got %s' % (row['file'], k, want[k], have[k] or '(none)'))

    # Refusals: one `fzscore score` over every report without --checklist, as a user would run it;
    # a report missing from its JSON Lines (or named on stderr) was refused.
    paths = [os.path.join(args.dev, 'reports', row['file']) for row in rows]
    r = subprocess.run([args.fzscore, 'score', '--format', 'jsonl'] + paths, capture_output=True, text=True)
    scored = set()
    for line in r.stdout.splitlines():
        try:
            scored.add(json.loads(line).get('file'))
        except ValueError:
            pass
    for p in paths:
        if p not in scored or p in r.stderr:
            refused.append('%s: not scored (%s)' % (os.path.basename(p), r.stderr.strip().splitlines()[0] if r.stderr.strip() else 'no output'))

    if not args.quiet and wrong:
        print('disagreements:')
        for w in wrong:
            print('  ' + w)
    if refused:
        print('refused:')
        for x in refused:
            print('  ' + x)
    print('%-10s %s' % ('field', 'agree / given'))
    for k in fields + ('title', 'published'):
        note = '' if k in fields else '  (informational)'
        share = agree[k] / given[k] if given[k] else 1.0
        print('%-10s %3d / %3d  %.3f%s' % (k, agree[k], given[k], share, note))
    print('%-10s %3d / %3d  (equal after 繁→简 and folding, no allowance)' % ('issuer=', exact_issuer, given['issuer']))
    total_agree = sum(agree[k] for k in fields)
    total_given = sum(given[k] for k in fields)
    total = total_agree / total_given if total_given else 1.0
    print('year+level+issuer: %d / %d = %.3f over %d reports, %d refused' %
          (total_agree, total_given, total, len(rows), len(refused)))
    if refused or total < args.min:
        print('below the bar (%.2f) or refused' % args.min, file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
