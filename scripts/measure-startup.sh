#!/usr/bin/env bash
# Measures the console's start (docs/performance.md, "Start-up"): wall time from launch to /actuator/health/readiness
# answering UP, the JVM's CPU time (user+sys) until then, split into the main thread and the JIT compiler threads, the
# RSS at ready and after serving the sign-in page and idling, and the machine's load at launch. CPU time is the figure
# to compare on a shared machine: load stretches the wall time many times over, the CPU time far less.
# Usage: scripts/measure-startup.sh [runs] [idle-seconds]
#   MODE=aot (default): bin/chainline, the README's run command (extracted jar, AOT cache, heap cap, C1).
#   MODE=jar: java -jar on the fat jar, without any option (the run path before ADR 42).
#   START=first (default): every run on a fresh CHAINLINE_HOME (Flyway migrates an empty H2, the demo is seeded).
#   START=later: every run on one home a first run made before (the start a user makes every day).
#   DB=postgres with SPRING_DATASOURCE_URL/USERNAME/PASSWORD measures on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}; idle=${2:-30}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
port=${PORT:-18080}
profile=()
[ "${DB:-h2}" = postgres ] && profile=(--spring.profiles.active=postgres)
if [ "${MODE:-aot}" = jar ]; then
  launch=("$JAVA_HOME/bin/java" -jar "$(ls console/target/console-*.jar | grep -v -- -sources | head -n 1)")
else
  launch=(bin/chainline)
fi
cpu() { awk '{printf "%.1f", ($14 + $15) / 100}' "/proc/$1/stat"; }
# CPU seconds of the threads whose name matches: the main thread is "java", the JIT's are "C1/C2 CompilerThre"
threads_cpu() {
  for t in /proc/"$1"/task/*; do
    if grep -qsE "$2" "$t/comm"; then sed 's/.*) //' "$t/stat" 2>/dev/null | awk '{print $12 + $13}' || true; fi
  done | awk '{s += $1} END {printf "%.1f", s / 100}'
}
one_start() { # home label
  local home=$1 log pid t0 t1
  log=$(mktemp)
  t0=$(date +%s.%N)
  CHAINLINE_HOME=$home "${launch[@]}" --server.port="$port" "${profile[@]}" > "$log" 2>&1 &
  pid=$!
  until curl -fs -m 2 "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q UP; do
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.1
  done
  t1=$(date +%s.%N)
  local line
  line="$2 load=$(cut -d' ' -f1 /proc/loadavg) wall=$(echo "$t1 - $t0" | bc | cut -c1-5)s cpu=$(cpu "$pid")s"
  line="$line main=$(threads_cpu "$pid" '^java$')s jit=$(threads_cpu "$pid" 'Compiler')s"
  line="$line rss_ready=$(awk '/VmRSS/{print int($2/1024)}' "/proc/$pid/status")MiB"
  curl -s -o /dev/null "http://127.0.0.1:$port/login"
  sleep "$idle"
  echo "$line rss_after_${idle}s_idle=$(awk '/VmRSS/{print int($2/1024)}' "/proc/$pid/status")MiB"
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  rm -f "$log"
}
echo "mode=${MODE:-aot} start=${START:-first} db=${DB:-h2} $(uptime)"
later_home=
if [ "${START:-first}" = later ]; then
  later_home=$(mktemp -d)
  one_start "$later_home" "first start making the home (not counted):" > /dev/null
fi
for i in $(seq 1 "$runs"); do
  home=${later_home:-$(mktemp -d)}
  one_start "$home" "run $i:"
  [ -z "$later_home" ] && rm -rf "$home"
done
[ -n "$later_home" ] && rm -rf "$later_home"
echo "$(uptime)"
