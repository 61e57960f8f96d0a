#!/usr/bin/env bash
# Times laying out (Eclipse ELK, layered) and rendering (SVG) service chains of 5, 30 and 100 VNFs.
# Prints the figures docs/performance.md records. Usage: scripts/benchmark-chain-layout.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -q -B -pl console -am -DskipTests -Dspotless.check.skip=true test-compile
./mvnw -q -B -pl console dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec "$JAVA_HOME/bin/java" -cp "console/target/test-classes:console/target/classes:$(cat console/target/bench.classpath)" \
  io.chainline.console.chain.service.ChainLayoutHarness
