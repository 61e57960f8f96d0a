#!/usr/bin/env bash
# Builds a start-up-optimised layout of the console: the jar extracted (Spring Boot's tools jarmode) plus a JDK 25
# AOT cache (JEP 483/514/515) trained by one start of the application context. Start: about 5 s instead of 11-14 s
# on a 2-core machine (docs/performance.md). Needs JDK 25; the console jar must be built first.
#   scripts/aot-cache.sh            -> console/target/aot/{console-*.jar,lib/,chainline.aot}
#   java -XX:AOTCache=console/target/aot/chainline.aot -jar console/target/aot/console-*.jar
set -euo pipefail
cd "$(dirname "$0")/.."
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
jar=$(ls console/target/console-*.jar | head -n 1)
out=console/target/aot
rm -rf "$out"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$out" > /dev/null
training_home=$(mktemp -d)
# The training run starts the context (H2 in memory, no demo data) and exits once it is refreshed.
( cd "$out" && CHAINLINE_HOME=$training_home "$java" -XX:AOTCacheOutput=chainline.aot -Dspring.context.exit=onRefresh \
    -jar "$(basename "$jar")" --server.port=0 --chainline.demo-data=false \
    --spring.datasource.url=jdbc:h2:mem:aot-training > "$training_home/training.log" 2>&1 ) \
  || { cat "$training_home/training.log" >&2; exit 1; }
rm -rf "$training_home"
echo "AOT layout ready: java -XX:AOTCache=$out/chainline.aot -jar $out/$(basename "$jar")"
