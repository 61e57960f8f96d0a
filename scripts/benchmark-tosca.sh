#!/usr/bin/env bash
# JMH: TOSCA validate vs bare YAML over the accepted VNFDs of ../shared/tosca-corpus (docs/performance.md).
# Usage: scripts/benchmark-tosca.sh [extra JMH options]   e.g. -f 1 -wi 3 -i 5
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -q -B -pl benchmarks -am -DskipTests package
corpus=$(cd ../shared/tosca-corpus && pwd)
exec "$JAVA_HOME/bin/java" -cp "benchmarks/target/classes:benchmarks/target/lib/*" org.openjdk.jmh.Main \
  ToscaValidateBenchmark -p corpus="$corpus" -f 1 -wi 3 -w 3s -i 5 -r 5s "$@"
