#!/usr/bin/env bash
# SARIF from fzscore must pass Microsoft's SARIF Multitool (`sarif-multitool validate`, the
# validator GitHub code scanning's SARIF rules come from) with no error-level result.
#   sarif_validate.sh FZSCORE SOURCE_DIR WORK_DIR
# Installs @microsoft/sarif-multitool with npm into WORK_DIR (once; kept for the next run), writes
# SARIF for the sample reports (relative paths, both checklists), for an absolute path with a
# Chinese file name and a space, for a .docx, and for a run with an unreadable input, and
# validates each. The validator exits 0 even when it reports errors, so its own SARIF output is
# read: any result of level "error" fails this test, and all of them are printed.
# Exit 77 (CTest: skipped) when npm is missing, the registry cannot be reached, or the tool does
# not run on this machine, with a message saying which.
set -euo pipefail
fz=$(realpath "$1") src=$(realpath "$2") work=$3
mkdir -p "$work"
work=$(realpath "$work")
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
tool="$work/node_modules/.bin/sarif-multitool"
if [ ! -x "$tool" ]; then
  command -v npm >/dev/null || { echo "SKIPPED: npm is not installed (Debian: nodejs/npm)"; exit 77; }
  if ! timeout 600 npm install --no-audit --no-fund --prefix "$work" @microsoft/sarif-multitool@5.7.0 \
      >"$work/npm.log" 2>&1; then
    echo "SKIPPED: npm install @microsoft/sarif-multitool failed (registry not reachable?):"
    tail -5 "$work/npm.log"
    exit 77
  fi
fi
# npm may not run the package's postinstall (chmod u+x of the .NET binary).
chmod u+x "$work"/node_modules/@microsoft/sarif-multitool-*/Sarif.Multitool 2>/dev/null || true
if ! "$tool" --version >/dev/null 2>&1; then
  echo "SKIPPED: sarif-multitool does not run on this machine ($(uname -m))"
  exit 77
fi

out="$work/logs"
rm -rf "$out"
mkdir -p "$out"
cd "$src"
"$fz" score reports/*.txt --format sarif --out "$out/samples.sarif"
cp reports/guanxian-2023.txt "$out/县 2023年报告.txt"
"$fz" score "$out/县 2023年报告.txt" --format sarif --out "$out/absolute.sarif"
"$fz" score tests/fixtures/libreoffice/guanxian-2023.docx --format sarif --out "$out/docx.sarif"
rc=0
"$fz" gate reports/guanxian-2023.txt reports/zhongkai-2023-traditional.txt no-such-report.txt \
  --format sarif --out "$out/failed-input.sarif" 2>/dev/null || rc=$?
[ "$rc" = 2 ] || { echo "gate with an unreadable input exited $rc, not 2"; exit 1; }

status=0
for f in "$out"/*.sarif; do
  report="${f%.sarif}.validation.json"
  echo "\$ sarif-multitool validate $(basename "$f") -o $(basename "$report")"
  "$tool" validate "$f" -o "$report" >"$report.log" 2>&1 || { cat "$report.log"; status=1; continue; }
  python3 - "$report" "$f" <<'PY' || status=1
import json, sys
log = json.load(open(sys.argv[1], encoding="utf-8"))
results = [r for run in log.get("runs", []) for r in run.get("results", [])]
errors = [r for r in results if r.get("level", "warning") == "error"]
warnings = [r for r in results if r.get("level", "warning") == "warning"]
def text(r):
    m = r.get("message", {})
    return m.get("text") or " ".join(m.get("arguments", []))
for r in errors:
    print("  error %s: %s" % (r.get("ruleId"), text(r)))
for r in warnings:
    print("  warning %s: %s" % (r.get("ruleId"), text(r)[:160]))
size = len(json.load(open(sys.argv[2], encoding="utf-8"))["runs"][0]["results"])
print("  %d errors, %d warnings (%d results in the file)" % (len(errors), len(warnings), size))
sys.exit(1 if errors else 0)
PY
done
exit $status
