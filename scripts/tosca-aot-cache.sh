#!/usr/bin/env bash
# Builds the JDK AOT cache (JEP 483/514/515) of bin/chainline-tosca: one training run of the CLI over the sample
# templates in tosca/samples (SOL001 v4.4.1 and v2.6.1 VNFDs, one with its own VNF type, image and scaling, a v3.3.1
# NSD, a legacy Tacker VNFD, a CSAR, local copies of type files), recorded with -XX:AOTCacheOutput. Run by the tosca
# module's `package` (exec plugin) after the CLI's class path is copied to tosca/target/lib; bin/chainline-tosca uses
# the cache when it is there and newer than the jar.
#   scripts/tosca-aot-cache.sh   -> tosca/target/aot/chainline-tosca.aot
# The cache holds only for the same JDK, the same JVM flags and the same class path (absolute paths, in this order):
# tosca-aot-flags.sh is the one place both this script and the launcher read them from.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/scripts/tosca-aot-flags.sh"
target="$root/tosca/target"
cp="$(tosca_cli_classpath "$target")" || { echo "no CLI jar in $target: package the tosca module first" >&2; exit 1; }
out="$target/aot"
rm -rf "$out"
mkdir -p "$out/samples"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar="${JAVA_HOME:+$JAVA_HOME/bin/}jar"
(cd "$root/tosca/samples/firewall-csar" && "$jar" --create --no-manifest --file "$out/samples/firewall.csar" .)
# Packages ship their own copies of the SOL001 type files and import them by relative name (Tacker's do): a copy
# of the DPI sample that does, so the training covers that path too (recognising a bundled file by its bytes).
mkdir -p "$out/samples/local-imports"
sed -E 's#https://forge.etsi.org/rep/nfv/SOL001/raw/v2.6.1/##' "$root/tosca/samples/dpi-vnfd-v2.yaml" \
    > "$out/samples/local-imports/dpi-vnfd.yaml"
cp "$root"/tosca/src/main/resources/io/chainline/tosca/types/etsi/v2.6.1/*.yaml "$out/samples/local-imports/"
# The exit code is the CLI's (0: every sample accepted): a sample that stops being accepted fails the build
# shellcheck disable=SC2086 # the flags are words
"$java" $TOSCA_CLI_JVM_FLAGS -XX:AOTCacheOutput="$out/chainline-tosca.aot" -cp "$cp" \
    io.chainline.tosca.cli.ToscaCli validate "$root"/tosca/samples/*.yaml "$out/samples/firewall.csar" \
    "$out/samples/local-imports/dpi-vnfd.yaml" \
    > "$out/training.log" 2>&1 || { cat "$out/training.log" >&2; exit 1; }
[ -s "$out/chainline-tosca.aot" ] || { cat "$out/training.log" >&2; exit 1; }
# the launcher uses the cache only with the java that made it
readlink -f "$(command -v "$java")" > "$out/java"
