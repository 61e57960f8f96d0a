#!/usr/bin/env bash
# JMH: placement of 1,000 network functions (2,000 VDUs) over 50 mixed targets (docs/performance.md).
# Usage: scripts/benchmark-placement.sh [extra JMH options]   e.g. -p nfs=5000
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -q -B -pl benchmarks -am -DskipTests package
exec "$JAVA_HOME/bin/java" -cp "benchmarks/target/classes:benchmarks/target/lib/*" org.openjdk.jmh.Main \
  PlacementBenchmark -f 1 -wi 3 -w 2s -i 5 -r 3s "$@"
