#!/usr/bin/env bash
# Throughput benchmark: fzscore batch over the synthetic corpus, beside ripgrep scanning the same
# corpus for every literal phrase of the checklist in one pass (a near-limit multi-pattern scan).
#   bench/run.sh [FZSCORE] [COUNT]        (RUNS=3 by default; the best run of each is reported)
# Prints MB/s for fzscore --jobs 1 and --jobs 2 and for rg -j1, peak memory, checklist compile
# time and one report end to end. Figures go in docs/performance.md with this command.
set -euo pipefail
cd "$(dirname "$0")/.."
FZ=${1:-build/fzscore}
COUNT=${2:-5000}
RUNS=${RUNS:-3}
CORPUS=bench/corpus-$COUNT
SHARED=${FZ_SHARED:-../shared}
CHECKLIST=checklists/gangyao-2021.fz
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

if [ ! -f "$CORPUS/.done" ]; then
  python3 "$SHARED/bench/make_corpus.py" "$CORPUS" --count "$COUNT" --seed 1 >/dev/null
  touch "$CORPUS/.done"
fi
BYTES=$(du -sb --exclude=.done "$CORPUS" | cut -f1)
MB=$(python3 -c "print($BYTES/1e6)")

# Every literal phrase of the checklist and the wording libraries it includes: the strings of
# term / context / match lines and their continuation lines (not titles, examples or prose).
python3 - "$CHECKLIST" > "$OUT/terms.txt" <<'PY'
import os, re, sys
prose = re.compile(r'^(example|gap|want|basis|title|checklist|part|item|include|wording|problem|cause|years|weight|levels|published)\b')
seen = set()
def read(path):
    in_prose = False  # a prose line's list goes on while its lines end with ","
    for line in open(path, encoding="utf-8"):
        s = line.strip()
        m = re.match(r'^include\s+"([^"]+)"', s)
        if m:
            yield from read(os.path.join(os.path.dirname(path), m.group(1)))
            continue
        if prose.match(s) or (in_prose and s.startswith('"')):
            in_prose = s.endswith(",")
            continue
        in_prose = False
        if not s or s.startswith("#"):
            continue
        yield s
for s in read(sys.argv[1]):
    for lit in re.findall(r'"((?:[^"\\]|\\.)*)"', s):
        if lit and lit not in seen:
            seen.add(lit); print(lit)
PY

timed() {  # timed LABEL CMD... → prints "LABEL wall_s maxrss_kb", keeps the best wall per label
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$OUT/time" "$@" >/dev/null 2>"$OUT/err" || { cat "$OUT/err" >&2; return 1; }
  read -r wall rss < "$OUT/time"
  echo "$label|$wall|$rss" >> "$OUT/all"
  printf '%-28s %8.2f s %9.1f MB/s %8.1f MB peak\n' "$label" "$wall" \
    "$(python3 -c "print($MB/max($wall,0.001))")" "$(python3 -c "print($rss/1024)")"
}

echo "corpus: $CORPUS, $COUNT reports, $MB MB; $(wc -l < "$OUT/terms.txt") literal phrases"
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (Debian package 'time')"; exit 2; }
for run in $(seq "$RUNS"); do
  echo "-- run $run"
  timed "fzscore batch --jobs 1" "$FZ" batch "$CORPUS" --out "$OUT/r1.jsonl" --jobs 1
  timed "fzscore batch --jobs 2" "$FZ" batch "$CORPUS" --out "$OUT/r2.jsonl" --jobs 2
  timed "rg -j1 -c -F -f TERMS" rg -j1 -c -F -f "$OUT/terms.txt" "$CORPUS"
done
cmp -s "$OUT/r1.jsonl" "$OUT/r2.jsonl" && echo "jobs 1 and jobs 2 outputs identical" \
  || echo "WARNING: jobs 1 and jobs 2 outputs differ"
echo "-- checklist compile (fzscore check, whole process)"
/usr/bin/time -f "%e s" -o "$OUT/time" "$FZ" check "$CHECKLIST" >/dev/null 2>&1 || true
cat "$OUT/time"
echo "-- one report end to end (fzscore score, whole process: includes loading the checklist)"
/usr/bin/time -f "%e s %M KB" "$FZ" score reports/guanxian-2023.txt --format json >/dev/null
echo "-- one report end to end, checklist already loaded (100 copies through one process)"
for i in $(seq 100); do echo reports/guanxian-2023.txt; done > "$OUT/list"
t1=$( { /usr/bin/time -f "%e" "$FZ" score --format jsonl --files-from - < "$OUT/list" >/dev/null; } 2>&1 | tail -1)
t0=$( { /usr/bin/time -f "%e" "$FZ" score --format jsonl reports/guanxian-2023.txt >/dev/null; } 2>&1 | tail -1)
python3 -c "print(f'{($t1-$t0)/99*1000:.1f} ms per report (guanxian-2023.txt, {__import__(\"os\").path.getsize(\"reports/guanxian-2023.txt\")} bytes)')"
echo "-- summary (best of $RUNS)"
python3 - "$OUT/all" "$MB" <<'PY'
import sys
best = {}
for line in open(sys.argv[1]):
    label, wall, rss = line.strip().split("|")
    w, r = float(wall), int(rss)
    b = best.get(label)
    best[label] = (min(w, b[0]) if b else w, max(r, b[1]) if b else r)
mb = float(sys.argv[2])
rate = {k: mb / max(v[0], 0.001) for k, v in best.items()}
j1, j2, rg = rate["fzscore batch --jobs 1"], rate["fzscore batch --jobs 2"], rate["rg -j1 -c -F -f TERMS"]
print(f"jobs 1 {j1:.2f} MB/s, jobs 2 {j2:.2f} MB/s, rg {rg:.1f} MB/s")
print(f"jobs 2 / jobs 1 = {j2/j1:.2f}x; jobs 1 / rg = {j1/rg:.3f}")
print(f"peak memory: jobs 1 {best['fzscore batch --jobs 1'][1]/1024:.1f} MB, jobs 2 {best['fzscore batch --jobs 2'][1]/1024:.1f} MB")
PY
# Stage by stage (build/fzscore_bench, bench/stages.cpp): where the single-thread time goes.
BENCH=${FZ_BENCH:-$(dirname "$FZ")/fzscore_bench}
if [ -x "$BENCH" ]; then
  echo "-- stages (first 500 reports, in memory, one thread)"
  "$BENCH" "$CORPUS" "$CHECKLIST" 500
fi
