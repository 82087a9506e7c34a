#!/usr/bin/env bash
# The contributor kit end to end: builds the example bundles (examples/) with Maven against Vagus's p2
# repository as a third party would, installs their feature into a copy of the materialized product with the p2
# director (a real p2 install into the product's profile), then shows that they appear and work: the serial
# ASCII sensor records lines fed into a socat pseudo-terminal, the serial subtraction task runs headless. Then
# installs a bundle whose contributions throw when loaded and shows that Vagus logs it with its bundle id, skips
# it, and that the rest still works.
#
# usage: tests/e2e/contrib.sh PRODUCT_DIR [VAGUS_P2_REPOSITORY] [--skip-unit-tests]
#   PRODUCT_DIR           the materialized product (product/target/products/org.vagus.product/linux/gtk/x86_64/vagus)
#   VAGUS_P2_REPOSITORY   Vagus's p2 repository folder (default: product/target/repository of this clone)
#   --skip-unit-tests     build the examples without running their own JUnit tests
# needs: a JDK 21+, socat, network access to Maven Central (or a filled ~/.m2); DISPLAY for the workbench check.
# prints 'ok NAME' or 'FAIL NAME' per check, then 'N passed, M failed'; exit status 1 if any failed.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SKIP_TESTS=()
ARGS=()
for a in "$@"; do
    if [ "$a" = --skip-unit-tests ]; then SKIP_TESTS=(-DskipTests); else ARGS+=("$a"); fi
done
[ ${#ARGS[@]} -ge 1 ] || { sed -n '9,13p' "${BASH_SOURCE[0]}" | sed 's/^# //' >&2; exit 2; }
PRODUCT=$(cd "${ARGS[0]}" && pwd) || exit 2
REPO=$(cd "${ARGS[1]:-$ROOT/product/target/repository}" && pwd) || exit 2
EXAMPLES="$ROOT/examples"
EXAMPLE_REPO="$EXAMPLES/org.vagus.example.repository/target/repository"
WORK=$(mktemp -d)
export VAGUS_STATE="$WORK/state"
PIDS=()
cleanup() {
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done
    rm -rf "$WORK"
}
trap cleanup EXIT
PASSED=0 FAILED=0

pass() { echo "ok   $1"; PASSED=$((PASSED + 1)); }
fail() { echo "FAIL $1: $2"; [ -n "${3:-}" ] && echo "$3" | sed 's/^/    /' | tail -25; FAILED=$((FAILED + 1)); }

# run STATUS -- COMMAND...: runs COMMAND, keeps its combined output in OUT and its exit status in STATUS_GOT;
# returns 0 if the status is STATUS
run() {
    local want=$1
    shift 2
    OUT=$("$@" 2>&1)
    STATUS_GOT=$?
    [ "$STATUS_GOT" -eq "$want" ]
}

# check NAME STATUS PATTERN... -- COMMAND...: the command exits with STATUS and its output matches every
# extended regular expression PATTERN
check() {
    local name=$1 want=$2
    shift 2
    local patterns=()
    while [ "$1" != -- ]; do patterns+=("$1"); shift; done
    shift
    if ! run "$want" -- "$@"; then
        fail "$name" "exit status $STATUS_GOT, expected $want" "$OUT"; return 1
    fi
    for p in "${patterns[@]}"; do
        if ! grep -Eq -- "$p" <<<"$OUT"; then
            fail "$name" "output does not match /$p/" "$OUT"; return 1
        fi
    done
    pass "$name"
}

# maven LOG ARGS...: the examples' Maven wrapper, quiet, its log kept for failures
maven() {
    local log=$1
    shift
    "$EXAMPLES/mvnw" -B -f "$EXAMPLES/pom.xml" -Dvagus.repository="file:$REPO" "$@" >"$WORK/$log" 2>&1
}

# install FEATURE: the p2 director installs FEATURE from the example repository (and Vagus's, for what it needs)
# into the product copy's own profile (DefaultProfile, the one the product was materialized with)
install() {
    maven "director-$1.log" -N org.eclipse.tycho:tycho-p2-director-plugin:5.0.2:director \
        -Ddestination="$COPY" -Dprofile=DefaultProfile \
        -Drepositories="file:$REPO,file:$EXAMPLE_REPO" -DinstallIUs="$1.feature.group"
}

. "$PRODUCT/find-jdk.sh"
JAVA_HOME=$(vagus_find_jdk) || exit 1
export JAVA_HOME
command -v socat >/dev/null || { echo "contrib: socat is needed (apt-get install socat)" >&2; exit 1; }
START=$(date +%s)

# 1. the examples, built outside Vagus's reactor against its p2 repository
if maven build.log verify "${SKIP_TESTS[@]}"; then
    pass "the examples build against the Vagus p2 repository${SKIP_TESTS:+ (their tests skipped)}"
else
    fail "the examples build against the Vagus p2 repository" "Maven failed" "$(grep -E 'ERROR|FAIL|Tests run' "$WORK/build.log")"
    echo "$PASSED passed, $FAILED failed"; exit 1
fi
[ ${#SKIP_TESTS[@]} -eq 0 ] && grep -Eq 'Tests run: [1-9]' "$WORK/build.log" && pass "the examples' own tests ran and passed (OSGi, socat pty)"

# 2. a copy of the product, the example feature installed into it by p2
COPY="$WORK/vagus"
cp -a "$PRODUCT" "$COPY"
VAGUS="$COPY/vagus"
if install org.vagus.example.feature && grep -q '^org.vagus.example.serialsensor,' \
        "$COPY/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
        && grep -q '^org.vagus.example.subtraction,' \
        "$COPY/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"; then
    pass "p2 installs org.vagus.example.feature into the product's profile"
else
    fail "p2 installs org.vagus.example.feature into the product's profile" "director failed" "$(tail -30 "$WORK/director-org.vagus.example.feature.log")"
    echo "$PASSED passed, $FAILED failed"; exit 1
fi

# 3. the sensor: listed, and recording what a device prints on a pseudo-terminal
check "vagus devices lists the serial ASCII sensor, no warning" 0 '^  serial-ascii  Serial ASCII sensor' -- "$VAGUS" devices
grep -q 'warning' <<<"$OUT" && fail "no contribution was skipped" "warnings" "$OUT"

PTY="$WORK/pty"
mkdir -p "$PTY"
# feed KEY: a device printing 'k,3k' about 100 times a second on the pty
feed() {
    socat -d -d "pty,raw,echo=0,link=$PTY/port$1" "pty,raw,echo=0,link=$PTY/device$1" 2>"$PTY/socat$1.log" &
    PIDS+=($!)
    for _ in $(seq 100); do [ -e "$PTY/port$1" ] && [ -e "$PTY/device$1" ] && break; sleep 0.1; done
    (i=0; while [ $i -lt 6000 ]; do printf '%d,%d\r\n' $i $((3 * i)); i=$((i + 1)); sleep 0.01; done) \
        >"$PTY/device$1" 2>/dev/null &
    PIDS+=($!)
}
# recorded DIR ROWS: the recording in DIR has ROWS rows of consecutive V1 values with V2 = 3 * V1
recorded() {
    local f
    f=$(ls "$1"/serial-ascii_*_physio.tsv.gz 2>/dev/null | head -1)
    [ -n "$f" ] || { echo "no recording in $1"; return 1; }
    zcat "$f" | awk -F'\t' -v rows="$2" '
        NR > 1 && $1 != prev + 1 { holes++ }
        $2 != 3 * $1 { wrong++ }
        { prev = $1 }
        END { printf "%d rows, %d holes, %d wrong V2\n", NR, holes, wrong; exit !(NR == rows && holes + wrong == 0) }'
}
feed a
check "vagus record --sensor serial-ascii records a pty at the declared rate" 0 'frames +200' 'lost +0' -- \
    timeout 120 "$VAGUS" record --sensor serial-ascii --port "$PTY/porta" --channels V1,V2 --rate 100 --seconds 2 \
    --out "$WORK/rec1"
check "the recording holds the lines the device printed, in order" 0 '200 rows, 0 holes, 0 wrong' -- recorded "$WORK/rec1" 200
check "the recording's sidecar names the sensor and is complete" 0 '"Sensor": "serial-ascii"' '"VagusStatus": "complete"' -- \
    sh -c "cat '$WORK'/rec1/*_physio.json"
check "a bad option is refused by name" 2 'unknown option\(s\) \[baudrate\]' -- \
    timeout 60 "$VAGUS" record --sensor serial-ascii --port "$PTY/porta" --rate 100 --seconds 1 --options baudrate=9600 \
    --out "$WORK/rec-bad"

# 4. the task: listed, printed, validated, run headless with the simulated participant
check "vagus paradigm templates lists serial-subtraction" 0 '^serial-subtraction	' '^stress-task	' -- "$VAGUS" paradigm templates
"$VAGUS" paradigm show serial-subtraction >"$WORK/sub.paradigm.json" 2>/dev/null
check "the template's file uses the contributed phase type" 0 '"type": "subtraction"' '"start": 1022' -- cat "$WORK/sub.paradigm.json"
check "vagus paradigm validate accepts it" 0 '' -- "$VAGUS" paradigm validate "$WORK/sub.paradigm.json"
sed '0,/"step": 13/s//"step": 0/' "$WORK/sub.paradigm.json" >"$WORK/bad.paradigm.json"
check "the phase type's own check names the element at fault" 1 'tasks\[0\]\.trials\[0\]\.phases\[0\]: error: step 0' -- \
    "$VAGUS" paradigm validate "$WORK/bad.paradigm.json"
"$VAGUS" study create "$WORK/study" --name contrib >/dev/null 2>&1
check "vagus run --simulate runs serial subtraction headless" 0 'serial-subtraction: completed' '50 trials' -- \
    timeout 120 "$VAGUS" run --paradigm serial-subtraction --participant 01 --study "$WORK/study" --simulate --seed 11
# judged EVENTS: 50 answers, each followed by the feedback its judgement calls for (c: Correct, else Wrong)
judged() {
    awk -F'\t' '
        NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
        $col["trial_type"] == "answer" { answers++; key[$col["trial"]] = $col["response"] }
        $col["trial_type"] == "feedback" { fb++; want = key[$col["trial"]] == "c" ? "Correct" : "Wrong"
            if ($col["feedback"] != want) bad++; if (want == "Correct") right++ }
        END { printf "%d answers, %d feedbacks, %d mismatches, %d right\n", answers, fb, bad, right
              exit !(answers == 50 && fb == 50 && bad == 0) }' "$1"
}
check "every answer gets the feedback its judgement calls for" 0 '50 answers, 50 feedbacks, 0 mismatches' -- \
    judged "$WORK/study/sub-01/ses-01/sub-01_ses-01_task-arithmetic_events.tsv"

# 5. a contribution that throws at load: logged with its bundle id and skipped, the rest still works
if install org.vagus.example.broken.feature && grep -q '^org.vagus.example.broken,' \
        "$COPY/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"; then
    pass "p2 installs the broken example into the same product"
else
    fail "p2 installs the broken example into the same product" "director failed" "$(tail -30 "$WORK/director-org.vagus.example.broken.feature.log")"
fi
check "with the broken bundle, vagus devices logs it by bundle id and lists the others" 0 \
    'skipped sensor org\.vagus\.example\.broken\.BrokenSensorProvider from bundle org\.vagus\.example\.broken' \
    '^  serial-ascii  ' '^  simulated  ' -- "$VAGUS" devices
check "with the broken bundle, the templates are listed and the broken one is logged" 0 \
    'skipped template org\.vagus\.example\.broken\.BrokenTemplate from bundle org\.vagus\.example\.broken' \
    '^serial-subtraction	' '^stress-task	' -- "$VAGUS" paradigm templates
feed b
check "with the broken bundle, the serial sensor still records" 0 'frames +100' 'lost +0' -- \
    timeout 120 "$VAGUS" record --sensor serial-ascii --port "$PTY/portb" --channels V1,V2 --rate 100 --seconds 1 \
    --out "$WORK/rec2"
check "and what it records is right" 0 '100 rows, 0 holes, 0 wrong' -- recorded "$WORK/rec2" 100
check "with the broken bundle, serial subtraction still runs" 0 'serial-subtraction: completed' -- \
    timeout 120 "$VAGUS" run --paradigm serial-subtraction --participant 02 --study "$WORK/study" --simulate --seed 12
if [ -n "${DISPLAY:-}" ]; then
    check "with the broken bundle, the workbench opens its window" 0 'VAGUS_WINDOW_OPEN' -- \
        env VAGUS_STARTUP_PROBE=exit timeout 120 "$VAGUS"
else
    echo "skip the workbench window with the broken bundle: no DISPLAY"
fi

echo "contrib: $PASSED passed, $FAILED failed in $(($(date +%s) - START)) s"
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
