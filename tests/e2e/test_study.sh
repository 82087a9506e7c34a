# The study folder through the headless command line (sourced by run.sh; uses check, VAGUS, WORK).

S="$WORK/gad-study"
check "study create writes a BIDS study folder" 0 'created' -- env -u DISPLAY "$VAGUS" study create "$S" --name "GAD stress study"
check "dataset_description.json names Vagus" 0 '"Name": "Vagus"' -- cat "$S/dataset_description.json"
check "study add-participant with attributes" 0 'sub-01' -- env -u DISPLAY "$VAGUS" study add-participant "$S" 01 age=34 sex=F group=High
check "a second participant" 0 'sub-02' -- env -u DISPLAY "$VAGUS" study add-participant "$S" 02 age=41 sex=M group=Low
check "study add-session" 0 'ses-01' -- env -u DISPLAY "$VAGUS" study add-session "$S" 01 01
check "participants.tsv holds the rows" 0 $'^sub-02\t41\tM\tLow$' -- cat "$S/participants.tsv"
check "study show lists participants and sessions" 0 'sub-01.*group High' -- env -u DISPLAY "$VAGUS" study show "$S"
check "study show lists the session" 0 '^    ses-01' -- env -u DISPLAY "$VAGUS" study show "$S"
check "an identifying column is refused" 1 "name.*identif" -- env -u DISPLAY "$VAGUS" study add-participant "$S" 03 name=Alice
check "a duplicate participant is refused" 1 'sub-01.*already' -- env -u DISPLAY "$VAGUS" study add-participant "$S" 01
check "no temporary files left behind" 0 '^$' -- bash -c "find '$S' -name '*.tmp*' -o -name '.*.tmp' | head -1"

# another process holds the study's lock (fcntl, as the JVM's FileChannel lock): writers are refused
python3 - "$S/.vagus/lock" <<'PY' &
import fcntl, sys, time
f = open(sys.argv[1], "r+")
fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
open(sys.argv[1] + ".held", "w").close()
time.sleep(30)
PY
HOLDER=$!
for _ in $(seq 100); do [ -f "$S/.vagus/lock.held" ] && break; sleep 0.1; done
check "a study locked by another process is not written" 1 'is open for writing by another Vagus' -- env -u DISPLAY "$VAGUS" study add-participant "$S" 04
check "a locked study can still be read" 0 'sub-02' -- env -u DISPLAY "$VAGUS" study show "$S"
kill "$HOLDER" 2>/dev/null; wait "$HOLDER" 2>/dev/null; rm -f "$S/.vagus/lock.held"
check "after the other process ends, writing works again" 0 'sub-04' -- env -u DISPLAY "$VAGUS" study add-participant "$S" 04
