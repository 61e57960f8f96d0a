#!/usr/bin/env bash
# Builds a start-up-optimised layout of the console: the jar extracted (Spring Boot's tools jarmode) plus a JDK 25
# AOT cache (JEP 483/514/515) trained by one start of the application context (Flyway and Hibernate included).
# bin/chainline runs it (and calls this script when the layout is missing or older than the jar); docs/performance.md
# and ADR 0042 say what it saves. Needs JDK 25; the console jar must be built first.
#   scripts/aot-cache.sh            -> console/target/aot/{console-*.jar,lib/,chainline.aot}
#   java -XX:AOTCache=$PWD/console/target/aot/chainline.aot -jar $PWD/console/target/aot/console-*.jar
# The cache is valid only for the same JDK and the same class path: the training uses the absolute path of the
# extracted jar, so run it by that same absolute path (from any working directory), with the same heap cap.
set -euo pipefail
cd "$(dirname "$0")/.."
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
jar=$(ls console/target/console-*.jar | grep -v -- '-sources' | head -n 1)
out=$PWD/console/target/aot
rm -rf "$out"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$out" > /dev/null
training_home=$(mktemp -d)
# The training run starts the context (H2 in memory, no demo data) and exits once it is refreshed.
( CHAINLINE_HOME=$training_home "$java" -XX:AOTCacheOutput="$out/chainline.aot" -Xmx"${CHAINLINE_HEAP:-384m}" \
    -Dspring.context.exit=onRefresh -jar "$out/$(basename "$jar")" --server.port=0 --chainline.demo-data=false \
    --spring.datasource.url=jdbc:h2:mem:aot-training > "$training_home/training.log" 2>&1 ) \
  || { cat "$training_home/training.log" >&2; exit 1; }
rm -rf "$training_home"
echo "AOT layout ready: bin/chainline (or java -XX:AOTCache=$out/chainline.aot -jar $out/$(basename "$jar"))" >&2
