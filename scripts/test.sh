#!/usr/bin/env bash
# The whole test suite: format, types, lint, then every *.test.ts under src/ and test/.
# Prints one closing line: "N passed, N failed[, N skipped]". Gates count as one test each.
# Usage: scripts/test.sh [--only-tests] [FILE...]
set -u
cd "$(dirname "$0")/.."
passed=0 failed=0 skipped=0
gate() {
  local name=$1; shift
  echo "== $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED gate: $name"; fi
}
only_tests=0
if [ "${1:-}" = "--only-tests" ]; then only_tests=1; shift; fi
if [ "$only_tests" = 0 ]; then
  gate format npx prettier --check --log-level warn .
  gate typecheck npx tsc --noEmit -p tsconfig.json
  gate lint npx eslint --max-warnings 0 .
  gate config-docs npx tsx scripts/gen-config-docs.ts --check
fi
if [ $# -gt 0 ]; then files=("$@"); else mapfile -t files < <(find src test -name '*.test.ts' -not -path '*/node_modules/*' | sort); fi
tap=$(mktemp)
echo "== tests (${#files[@]} files)"
node --import tsx --test --test-concurrency=2 --test-timeout=600000 \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$tap" "${files[@]}"
status=$?
read -r tp tf ts < <(awk '/^# pass /{p=$3} /^# fail /{f=$3} /^# skipped /{s=$3} END{print p+0, f+0, s+0}' "$tap")
rm -f "$tap"
passed=$((passed + tp)); failed=$((failed + tf)); skipped=$((skipped + ts))
if [ "$status" != 0 ] && [ "$tf" = 0 ]; then failed=$((failed + 1)); echo "test runner exited $status"; fi
line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$failed" = 0 ]
