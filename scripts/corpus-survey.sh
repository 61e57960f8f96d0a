#!/usr/bin/env bash
# The corpus table of docs/tosca.md ("The corpus"): per profile and source repository, how many files of
# ../shared/tosca-corpus with a definite expectation are accepted, rejected and agree with the expected verdict.
# Usage: scripts/corpus-survey.sh [strict] [interop]   (both profiles when none is given)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
cp_file=$PWD/tosca/target/survey-classpath.txt
./mvnw -o -q -B -pl tosca test-compile dependency:build-classpath \
  -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test -Dspotless.check.skip=true
cd tosca
exec "$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat "$cp_file")" \
  io.chainline.tosca.CorpusSurvey "$@"
