#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in a separate build dir and runs each *_fuzz binary
# for a bounded time. Usage: tests/fuzz/run.sh [SECONDS]   (default 30 per target)
# Corpus: tests/fuzz/<target minus _fuzz>_corpus/ (else <stage>_corpus/) is the seed; new inputs go to a scratch copy
# under the build dir so the repository's seed corpus only changes on purpose.
set -euo pipefail
seconds="${1:-30}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
# The same build directory and flags as `make test-sanitize`, so the libraries compiled here serve
# the sanitized suite too (and the other way round).
build="${FZ_FUZZ_BUILD:-$root/build-sanitize}"
CXX=clang++ CC=clang cmake -S "$root" -B "$build" -DFZ_FUZZ=ON -DFZ_SANITIZE=ON \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
targets=()
for src in "$root"/tests/fuzz/*_fuzz.cpp; do targets+=("$(basename "$src" .cpp)"); done
cmake --build "$build" -j2 --target "${targets[@]}"
for t in "${targets[@]}"; do
  seed="$root/tests/fuzz/${t%_fuzz}_corpus"                      # dsl_parse_fuzz → dsl_parse_corpus
  [ -d "$seed" ] || seed="$root/tests/fuzz/${t%%_*}_corpus"       # … or the stage's: dsl_corpus
  work="$build/corpus/$t"
  mkdir -p "$work"
  echo "== $t for ${seconds}s"
  mkdir -p "$build/logs"
  log="$build/logs/$t.log"
  # Crash reproducers land in the build dir (artifact_prefix), never in the source tree.
  if ! "$build/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -artifact_prefix="$build/logs/$t-" "$work" "$seed" >"$log" 2>&1; then
    tail -n 60 "$log"
    echo "== $t FAILED (log: $log; reproducer: $build/logs/$t-*)" >&2
    exit 1
  fi
  grep -E '^Done [0-9]+ runs' "$log" | sed "s/^/== $t: /"
done
