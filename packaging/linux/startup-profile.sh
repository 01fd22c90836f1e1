#!/bin/sh
# The start-up profile: runs SalonDesk several times on one demo salon under Xvfb, each run quitting once its calendar
# is filled, and prints the "Start-up:" phases of the log (milliseconds since the JVM started) per run and as
# min / median / max. The first run (not counted) creates the demo salon.
#
#   packaging/linux/startup-profile.sh RUNS app-image DIR   the app-image DIR (target/installer/app-image/SalonDesk),
#                                                           its class-data sharing archive first dumped as the
#                                                           .deb's postinst does on installation (a Java 25 runtime
#                                                           brings its ahead-of-time cache in lib/app instead)
#   packaging/linux/startup-profile.sh RUNS maven           the README's command, mvn -q exec:exec (compile first)
#
# STARTUP_JAVA_OPTIONS adds JVM options to every start (STARTUP_JAVA_OPTIONS=-XX:TieredStopAtLevel=1, say). A Java 17
# app-image moved or copied elsewhere needs its archive dumped again: remove lib/runtime/lib/server/classes.jsa.full.
set -e
runs=$1
mode=$2
data=$(mktemp -d /tmp/salondesk-profile-XXXXXX)
out=$data/runs.txt
if [ "$mode" = app-image ]; then
    image=$(cd "$3" && pwd)
    runtime=$image/lib/runtime
    if [ -f "$runtime/lib/salondesk.classlist" ] && [ ! -f "$runtime/lib/server/classes.jsa.full" ]; then
        classpath=$(sed -n "s|^app.classpath=\$APPDIR|$image/lib/app|p" "$image/lib/app/SalonDesk.cfg" | paste -sd: -)
        "$runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$runtime/lib/salondesk.classlist" \
            -XX:SharedArchiveFile="$runtime/lib/server/classes.jsa" -cp "$classpath" >/dev/null 2>&1
        touch "$runtime/lib/server/classes.jsa.full"
    fi
fi
start() {
    if [ "$mode" = app-image ]; then
        JAVA_TOOL_OPTIONS="-Dsalondesk.exitWhenStarted=true $STARTUP_JAVA_OPTIONS" xvfb-run -a "$image/bin/SalonDesk" --data-dir "$data/salon"
    else
        JAVA_TOOL_OPTIONS="-Dsalondesk.exitWhenStarted=true $STARTUP_JAVA_OPTIONS" xvfb-run -a mvn -q -o exec:exec \
            -Dapp.args="--data-dir $data/salon"
    fi
}
start >/dev/null 2>&1
i=0
while [ $i -lt "$runs" ]; do
    i=$((i + 1))
    start 2>/dev/null | grep -o 'Start-up: .*' | sed "s/^/run $i: /" >>"$out"
done
cat "$out"
# The phases, in the order they first appear, with the figure after "at" or "after".
awk '{ line = $0; sub(/^run [0-9]+: Start-up: /, "", line)
       if (match(line, / (at|after) [0-9]+ ms/)) {
           phase = substr(line, 1, RSTART - 1); ms = substr(line, RSTART, RLENGTH); gsub(/[^0-9]/, "", ms)
           if (!(phase in n)) order[++count] = phase
           values[phase, ++n[phase]] = ms + 0 } }
     END { printf "%-44s %8s %8s %8s\n", "phase (ms since JVM start)", "min", "median", "max"
           for (p = 1; p <= count; p++) { phase = order[p]; k = n[phase]
               for (a = 1; a <= k; a++) for (b = a + 1; b <= k; b++)
                   if (values[phase, b] < values[phase, a]) { t = values[phase, a]; values[phase, a] = values[phase, b]; values[phase, b] = t }
               printf "%-44s %8d %8d %8d\n", phase, values[phase, 1], values[phase, int((k + 1) / 2)], values[phase, k] } }' "$out"
rm -rf "$data"
