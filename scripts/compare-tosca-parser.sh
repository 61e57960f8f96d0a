#!/usr/bin/env bash
# Whole-process comparison of `bin/chainline-tosca validate` with OpenStack tosca-parser on the same files (issue 24):
# a benchmark harness that prints figures, not a test. docs/performance.md ("TOSCA validation") has its results.
# CI does not run it (nor install tosca-parser): run it by hand on a machine as idle as you can get.
#   scripts/compare-tosca-parser.sh [RUNS]        (default 5; prints medians of RUNS runs of each case)
# Needs: the tosca module packaged (./mvnw -o -pl tosca -am package -DskipTests; that also trains the AOT cache),
# ../shared/tosca-corpus (or TOSCA_CORPUS=DIR), and Debian's tosca-parser: `apt-get install python3-tosca-parser`
# (bookworm: 2.6.0). That package does not run as shipped: it uses urllib.error without importing it, and it lacks its
# type files. The harness never changes system files: it copies the package to a temporary directory, puts
# Chainline's normative types (tosca_normative_types.yaml, checked against upstream's TOSCA_definition_1_0.yaml, see
# tosca/src/main/resources/io/chainline/tosca/types/NOTICE.md) and the NFV profile's definition (identical to
# upstream's) in place, and imports urllib.error in its driver (scripts/tosca-parser-driver.py).
# The files: the corpus's openstack-* VNFDs, NSDs and CSARs marked "accept", kept if tosca-parser accepts them (a
# first pass, which also fills Python's bytecode cache). Cases, each a whole process timed by /usr/bin/time:
#   N=1    one typical SOL001 VNFD (Tacker's tosca_vnfd.yaml)      N=all  every selected file in one run
# for chainline (the launcher as shipped: AOT cache), chainline without the cache (CHAINLINE_TOSCA_AOT=off), and
# tosca-parser; with BASELINE=DIR (a tosca jar and its lib/ from before issue 24) also the launcher as it was.
# Wall time depends on the machine's load (shared machine: see `uptime` printed before and after); CPU time
# (user+sys) much less, so both are printed and the ratios use both.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$(cd "${TOSCA_CORPUS:-$root/../shared/tosca-corpus}" && pwd)"
runs="${1:-5}"
py=/usr/bin/python3
types="$root/tosca/src/main/resources/io/chainline/tosca/types"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
pkg="$("$py" -c 'import os, toscaparser; print(os.path.dirname(toscaparser.__file__))' 2>/dev/null)" || {
  echo "tosca-parser is missing: apt-get install python3-tosca-parser" >&2; exit 1; }
[ -f "$root/tosca/target/aot/chainline-tosca.aot" ] || {
  echo "no AOT cache: ./mvnw -o -pl tosca -am package -DskipTests first" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/pkg"
cp -rp "$pkg" "$work/pkg/"
cp "$types/tosca_normative_types.yaml" "$work/pkg/toscaparser/elements/TOSCA_definition_1_0.yaml"
cp "$types/tacker/TOSCA_nfv_definition_1_0_0.yaml" "$work/pkg/toscaparser/extensions/nfv/"
export PYTHONPATH="$work/pkg" TACKER_DEFS="$types/tacker"
driver="$root/scripts/tosca-parser-driver.py"

cd "$corpus"
awk -F'\t' '$1 ~ /^openstack-/ && ($6 == "vnfd" || $6 == "nsd" || $6 == "csar") && $9 == "accept" {print $1}' \
    MANIFEST.tsv > "$work/candidates"
"$py" "$driver" $(cat "$work/candidates") > "$work/pass1" 2> /dev/null || true
awk '$1 == "accepted" {print $2}' "$work/pass1" > "$work/files"
n=$(wc -l < "$work/files")
one=openstack-tacker/tacker/tests/unit/vnfm/infra_drivers/openstack/data/etsi_nfv/tosca_vnfd.yaml
grep -qx "$one" "$work/files" || one=$(head -n 1 "$work/files")
echo "files: $n of $(wc -l < "$work/candidates") candidates accepted by tosca-parser; N=1 is $one"
"$root/bin/chainline-tosca" validate $(cat "$work/files") > "$work/chainline.txt" || true
echo "chainline accepts $(grep -c ': accepted' "$work/chainline.txt") of them (strict profile)"

# label, then the command; appends "label wall cpu" (the last line of time's output: it may say the exit status first)
measure() {
  local label="$1"; shift
  /usr/bin/time -o "$work/t" -f "%e %U %S" "$@" > /dev/null 2>&1 || true
  tail -n 1 "$work/t" | awk -v l="$label" '{printf "%s %s %.2f\n", l, $1, $2 + $3}' >> "$work/results"
}
java="$JAVA_HOME/bin/java"
baseline=()
if [ -n "${BASELINE:-}" ]; then baseline=("$java" -cp "$BASELINE/$(cd "$BASELINE" && ls tosca-*.jar | head -n 1):$BASELINE/lib/*" io.chainline.tosca.cli.ToscaCli); fi
echo "uptime before: $(uptime)"
for ((r = 1; r <= runs; r++)); do
  measure "chainline N=1" "$root/bin/chainline-tosca" validate "$one"
  measure "tosca-parser N=1" "$py" "$driver" "$one"
  measure "chainline-no-aot N=1" env CHAINLINE_TOSCA_AOT=off "$root/bin/chainline-tosca" validate "$one"
  measure "chainline N=all" "$root/bin/chainline-tosca" validate $(cat "$work/files")
  measure "tosca-parser N=all" "$py" "$driver" $(cat "$work/files")
  measure "chainline-no-aot N=all" env CHAINLINE_TOSCA_AOT=off "$root/bin/chainline-tosca" validate $(cat "$work/files")
  if [ ${#baseline[@]} -gt 0 ]; then
    measure "baseline N=1" "${baseline[@]}" validate "$one"
    measure "baseline N=all" "${baseline[@]}" validate $(cat "$work/files")
  fi
done
echo "uptime after:  $(uptime)"
"$py" - "$work/results" "$n" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    *label, wall, cpu = line.split()
    rows.setdefault(" ".join(label), []).append((float(wall), float(cpu)))
n = int(sys.argv[2])
med = {k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v)) for k, v in rows.items()}
runs = len(next(iter(rows.values())))
print(f"\nmedians of {runs} runs (seconds)          wall    cpu (user+sys)")
for k in sorted(med):
    print(f"  {k:28s} {med[k][0]:8.2f} {med[k][1]:8.2f}")
print("\nratio tosca-parser / chainline (above 1: chainline is faster)   wall    cpu")
for who in ("chainline", "chainline-no-aot", "baseline"):
    for case in ("N=1", "N=all"):
        if f"{who} {case}" in med:
            tp, cl = med[f"tosca-parser {case}"], med[f"{who} {case}"]
            print(f"  {who:17s} {case:6s} {tp[0] / cl[0]:34.2f}x {tp[1] / cl[1]:6.2f}x")
print(f"\nper further file inside one run ((N=all - N=1) / {n - 1}), ms         wall    cpu")
for who in ("chainline", "chainline-no-aot", "tosca-parser", "baseline"):
    if f"{who} N=all" in med:
        a, o = med[f"{who} N=all"], med[f"{who} N=1"]
        print(f"  {who:17s} {'':38s} {1000 * (a[0] - o[0]) / (n - 1):6.1f} {1000 * (a[1] - o[1]) / (n - 1):6.1f}")
PY
