#!/usr/bin/env bash
# Times the NOC wall screen (the overview) with 1,000 active alarms and 200 deployments: building its snapshot and
# opening the view server-side, plus the SQL statements one snapshot runs. Prints the figures docs/performance.md
# records. Usage: scripts/benchmark-overview.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 VAADIN_USAGE_STATS_ENABLED=false
echo "uptime: $(uptime)"
# a JUnit class so it gets the view tests' Spring context and browserless UI; *Benchmark keeps it out of the suite
./mvnw -q -B -o -pl console test -Dtest=OverviewBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspotless.check.skip=true >/dev/null 2>&1 || echo "the benchmark failed: see console/target/surefire-reports"
grep -E '^(load|SQL|seeded|snapshot|open the overview|redraw)' \
  console/target/surefire-reports/io.chainline.console.overview.view.OverviewBenchmark-output.txt
echo "uptime: $(uptime)"
