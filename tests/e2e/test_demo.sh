# The main job in the installed product: `vagus demo` runs the seed study end to end on 77 simulated participants
# (runner, simulated ECG sensor, acquisition engine, analysis, report) and prints the seed's results beside the
# demo's (sourced by run.sh; uses check, VAGUS, WORK).
check "the demo prints the seed's results beside its own" 0 'Seed \(Sun et al\., N = 77' -- \
    env -u DISPLAY "$VAGUS" demo --out "$WORK/demo"
check "the demo wrote the report with Figures 2-4 as PNG and SVG" 0 '^6 1$' -- sh -c \
    "ls '$WORK'/demo/derivatives/vagus/figures/ | grep -cE '^figure-[234]\.(png|svg)$' | tr '\n' ' '; \
     ls '$WORK'/demo/derivatives/vagus/report.html | wc -l"
check "the demo study has 77 participants with sessions of the stress task" 0 '^77 77$' -- sh -c \
    "echo \$((\$(wc -l < '$WORK/demo/participants.tsv') - 1)) \$(ls '$WORK'/demo/sub-*/ses-*/*_events.tsv | wc -l)"
check "the same seed gives the same study" 0 '^same$' -- sh -c \
    "env -u DISPLAY '$VAGUS' demo --participants 6 --seed 7 --out '$WORK/d1' >/dev/null 2>&1 && \
     env -u DISPLAY '$VAGUS' demo --participants 6 --seed 7 --out '$WORK/d2' >/dev/null 2>&1 && \
     cmp -s '$WORK/d1/participants.tsv' '$WORK/d2/participants.tsv' && \
     [ \"\$(cat '$WORK'/d1/sub-*/ses-*/*_events.tsv | md5sum)\" = \"\$(cat '$WORK'/d2/sub-*/ses-*/*_events.tsv | md5sum)\" ] && \
     [ \"\$(zcat '$WORK'/d1/sub-*/ses-*/*_physio.tsv.gz | md5sum)\" = \"\$(zcat '$WORK'/d2/sub-*/ses-*/*_physio.tsv.gz | md5sum)\" ] \
     && echo same || echo different"
