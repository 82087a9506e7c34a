# The launcher and the headless command line (sourced by run.sh; uses check, VAGUS, WORK).

check "help without a display lists the commands" 0 'version .*bench|commands:' -- env -u DISPLAY "$VAGUS" --help
check "help names every built-in command" 0 '^  study ' -- env -u DISPLAY "$VAGUS" --help
check "version names Vagus and Java" 0 '^Vagus 0\.1\.0.*' -- env -u DISPLAY "$VAGUS" version
check "an unknown command is a usage error" 2 "unknown command 'frobnicate'" -- env -u DISPLAY "$VAGUS" frobnicate
check "a bad option is a usage error with the usage" 2 'usage: vagus bench' -- env -u DISPLAY "$VAGUS" bench startup --runs x
check "no JDK 21: the launcher says what to install" 1 'no JDK 21 or newer found.*' -- \
    env -u DISPLAY JAVA_HOME=/nonexistent VAGUS_JDK_DIRS=/nonexistent PATH=/usr/bin/nonexistent:/bin "$VAGUS" --help
