#!/usr/bin/env bash
# Times the console's own /api/v1 lists (deployments, fleet targets, schedules, runs) on PostgreSQL with 100, 1,000
# and 10,000 rows: p50/p95 of the first page of 100 and of a page half-way down (key-set markers). Prints the figures
# docs/performance.md records. Needs CHAINLINE_TEST_POSTGRES_URL/_USER/_PASSWORD (else an embedded PostgreSQL);
# the harness seeds a schema of its own and drops it. Usage: scripts/benchmark-lists.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 VAADIN_USAGE_STATS_ENABLED=false
echo "uptime: $(uptime)"
# a JUnit class so it gets the console's Spring context; *Benchmark keeps it out of the suite
./mvnw -q -B -o -pl console test -Dtest=ListBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspotless.check.skip=true >/dev/null 2>&1 || echo "the benchmark failed: see console/target/surefire-reports"
grep -E '^(database|list|dropping)' \
  console/target/surefire-reports/io.chainline.console.base.service.ListBenchmark-output.txt
echo "uptime: $(uptime)"
