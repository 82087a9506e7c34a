# Sourced by the vagus launchers (product and source tree) and by run-tests.
# vagus_find_jdk prints the home of a JDK 21 or newer: VAGUS_JAVA_HOME, then JAVA_HOME, then `java` on the
# PATH, then the usual install folders (newest first). Without one it explains what to install and fails.

vagus_jdk_major() { # $1 = a Java home; prints its feature version (17, 21, 25, ...)
    local home=$1 v=""
    [ -x "$home/bin/java" ] || return 1
    if [ -f "$home/release" ]; then
        v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
    fi
    if [ -z "$v" ]; then
        v=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -1)
    fi
    v=${v#1.}
    echo "${v%%[.+-]*}"
}

vagus_find_jdk() {
    local candidates=() c major
    [ -n "${VAGUS_JAVA_HOME:-}" ] && candidates+=("$VAGUS_JAVA_HOME")
    [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
    if command -v java >/dev/null 2>&1; then
        candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
    fi
    local d
    # VAGUS_JDK_DIRS (space-separated) replaces the folders searched, for tests and unusual installs
    for d in ${VAGUS_JDK_DIRS:-/usr/lib/jvm /usr/java /opt/java /opt/jdk "$HOME/.sdkman/candidates/java" "$HOME/.jdks" \
             /Library/Java/JavaVirtualMachines}; do
        [ -d "$d" ] || continue
        while IFS= read -r c; do
            [ -d "$c/Contents/Home" ] && c="$c/Contents/Home"
            candidates+=("$c")
        done < <(ls -d "$d"/*/ 2>/dev/null | sed 's:/$::' | sort -rV)
    done
    for c in "${candidates[@]}"; do
        major=$(vagus_jdk_major "$c" 2>/dev/null) || continue
        if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
            echo "$c"
            return 0
        fi
    done
    {
        echo "vagus: no JDK 21 or newer found (looked at VAGUS_JAVA_HOME, JAVA_HOME, java on the PATH, /usr/lib/jvm,"
        echo "       /usr/java, /opt/java, ~/.sdkman, ~/.jdks, /Library/Java/JavaVirtualMachines)."
        echo "       Install one, for example 'sudo apt-get install openjdk-21-jdk' on Debian or Ubuntu, or Eclipse"
        echo "       Temurin 21 or newer, then run again (or point JAVA_HOME at it)."
    } >&2
    return 1
}
