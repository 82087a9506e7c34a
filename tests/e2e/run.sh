#!/usr/bin/env bash
# End-to-end tests of a materialized Vagus product: the launcher, headless commands without a display,
# the workbench window under the display of the caller (run-tests provides Xvfb).
# usage: tests/e2e/run.sh PRODUCT_DIR     (prints 'N passed, M failed'; exit status 1 if any failed)
set -uo pipefail
PRODUCT=$(cd "$1" && pwd)
VAGUS="$PRODUCT/vagus"
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export VAGUS_STATE="$WORK/state"
PASSED=0 FAILED=0

# check NAME EXPECTED_STATUS PATTERN -- COMMAND...: runs COMMAND, checks its exit status and that its
# combined output matches the extended regular expression PATTERN (empty: no check)
check() {
    local name=$1 want=$2 pattern=$3
    shift 4
    local output status
    output=$("$@" 2>&1)
    status=$?
    if [ "$status" -ne "$want" ]; then
        echo "FAIL $name: exit status $status, expected $want"; echo "$output" | sed 's/^/    /' | tail -20
        FAILED=$((FAILED + 1)); return
    fi
    if [ -n "$pattern" ] && ! grep -Eq -- "$pattern" <<<"$output"; then
        echo "FAIL $name: output does not match /$pattern/"; echo "$output" | sed 's/^/    /' | tail -20
        FAILED=$((FAILED + 1)); return
    fi
    echo "ok   $name"
    PASSED=$((PASSED + 1))
}

for t in "$HERE"/test_*.sh; do
    # shellcheck source=/dev/null
    . "$t"
done

echo "e2e: $PASSED passed, $FAILED failed"
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
