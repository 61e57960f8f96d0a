#!/usr/bin/env bash
# What H2's write delay costs and what it loses on kill -9 (docs/performance.md, issue 19).
# Usage: scripts/h2-durability.sh [commits] [crash-rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-2000}
rounds=${2:-10}
h2=$(ls ~/.m2/repository/com/h2database/h2/2.4.*/h2-2.4.*.jar | tail -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
javac -d "$work/classes" -cp "$h2" scripts/H2Durability.java
uptime
for suffix in "" ";WRITE_DELAY=0"; do
  tag=${suffix:+delay0}   # the directory must not carry the suffix: it is part of the JDBC URL
  for run in 1 2 3; do
    mkdir -p "$work/time$run$tag"
    java -cp "$work/classes:$h2" H2Durability time "$work/time$run$tag" "$suffix" "$n"
  done
  mkdir -p "$work/crash$tag"
  java -cp "$work/classes:$h2" H2Durability crash "$work/crash$tag" "$suffix" "$rounds" | tail -1
done
uptime
