# The headless pipeline in the installed product: every bundle resolves, every contribution loads, and the
# commands a lab scripts run on real recordings (sourced by run.sh; uses check, VAGUS, WORK).
DATA=${VAGUS_DATA:-$(cd "$HERE/../../../shared/data" 2>/dev/null && pwd)}

check "every plug-in contribution parses" 0 'simulated.*' -- env -u DISPLAY "$VAGUS" devices
check "peaks reads OpenSignals HDF5 through the format registry" 0 '^386 R peaks' -- \
    env -u DISPLAY "$VAGUS" peaks "$DATA/opensignals/ecg_5_min.h5" --out "$WORK/peaks.tsv"
check "the detector matches the MIT-BIH reference beats" 0 'pooled.*' -- \
    env -u DISPLAY "$VAGUS" validate-detector "$DATA/mitdb/100" "$DATA/mitdb/103"
check "hrv of beat annotations without a header" 0 'rmssd' -- \
    env -u DISPLAY "$VAGUS" hrv "$DATA/rr/03665.qrs" --annotator qrs --fs 250
check "a t-test from summary statistics" 0 't\(75\)' -- \
    env -u DISPLAY "$VAGUS" stats ttest --summary 2.91,0.41,39 2.72,0.37,38
check "an instrument is scored with its band" 0 'severe' -- \
    env -u DISPLAY "$VAGUS" instruments score hama-14 --answers 2,2,2,2,2,2,2,2,2,2,2,2,2,2
check "a simulated ECG is recorded faster than real time" 0 'frames' -- \
    env -u DISPLAY "$VAGUS" record --sensor simulated --speed max --seconds 5 --out "$WORK/rec"
check "the recording is a BIDS physio file with its sidecar" 0 '' -- \
    sh -c "ls '$WORK'/rec/*_physio.tsv.gz && ls '$WORK'/rec/*_physio.json"
check "a study for the stress task" 0 '' -- env -u DISPLAY "$VAGUS" study create "$WORK/stress" --name Stress
check "the stress task runs headless with a simulated participant" 0 'timing audit' -- \
    env -u DISPLAY "$VAGUS" run --paradigm stress-task --participant 01 --study "$WORK/stress" --simulate
check "its events hold 11 Wrong and 2 Correct feedbacks" 0 '^11 2$' -- sh -c \
    "awk -F'\t' 'NR==1{for(i=1;i<=NF;i++)c[\$i]=i} NR>1 && \$c[\"trial_type\"]==\"feedback\"{n[\$c[\"feedback\"]]++} END{print n[\"Wrong\"], n[\"Correct\"]}' '$WORK'/stress/sub-01/ses-01/*_events.tsv"
# jHDF logs through slf4j; without a provider slf4j warns on every start unless the launcher quiets it
check "reading HDF5 prints no logging-provider warning" 0 '^clean$' -- sh -c \
    "env -u DISPLAY '$VAGUS' peaks '$DATA/opensignals/ecg_5_min.h5' --out '$WORK/peaks2.tsv' >'$WORK/peaks2.out' 2>&1 \
     && { grep -q SLF4J '$WORK/peaks2.out' && echo noisy || echo clean; }"
