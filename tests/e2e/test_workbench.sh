# The workbench opens its window with the three perspectives (sourced by run.sh; needs DISPLAY).

if [ -n "${DISPLAY:-}" ]; then
    check "the workbench opens a window with Design, Run and Analyze" 0 \
        'VAGUS_WINDOW_OPEN ms_since_jvm_start=[0-9]+ perspectives=Analyze,Design,Run' -- \
        env VAGUS_STARTUP_PROBE=exit timeout 120 "$VAGUS"
else
    echo "skip the workbench window: no DISPLAY"
fi
