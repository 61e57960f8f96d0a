#!/usr/bin/env bash
# UI load benchmark (issue 24): starts the packaged console as its own process (H2 in a temporary home, the demo
# data, bin/chainline's JVM options), then N virtual users sign in through the form and each takes one action per
# ~5 s (navigating between the overview, catalog, chains, deployments, alarms and the demo descriptors) by speaking
# Vaadin's UIDL over HTTP, without a browser. Prints sessions alive, round trips per action type, errors, heap per
# session (after a full GC, against a one-session baseline), the console's RSS, and `uptime` at start and end.
# Usage: scripts/benchmark-ui.sh [users=200] [duration=PT2M] [think=PT5S] [ramp=PT30S]
#   CHAINLINE_HEAP  the console's -Xmx (default 384m, as bin/chainline)
# Builds the jar and the test classes first when missing (the harness lives in console/src/test/.../bench).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH" PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 VAADIN_USAGE_STATS_ENABLED=false
users=${1:-200} duration=${2:-PT2M} think=${3:-PT5S} ramp=${4:-PT30S}
if ! ls console/target/console-*.jar >/dev/null 2>&1 || [ ! -f console/target/test-classes/io/chainline/console/bench/UiLoadBenchmark.class ]; then
  ./mvnw -q -B -o -pl console package -DskipTests -Dspotless.check.skip=true
fi
cd console
exec java -Dusers="$users" -Dduration="$duration" -Dthink="$think" -Dramp="$ramp" -Dheap="${CHAINLINE_HEAP:-384m}" \
  -cp target/test-classes io.chainline.console.bench.UiLoadBenchmark
