#!/bin/sh
# The quality benchmark on lists rollcall was not shaped on, in one command (from the repository
# root, after `mvn -q -DskipTests package`):
#
#   jobs/benchmarks/independent.sh [people] [seed]
#
# For layouts B and C: generates the lists and their truth (org.rollcall.sample.other, fictional
# people, into target/benchmarks/layout-<x>/), runs jobs/benchmarks/layout-<x>-today.yaml on a
# fresh database, and prints pairwise and B-cubed precision/recall/F1, the worst false and missed
# merges, and every true figure beside the run's; then runs layout-<x>-law.yaml (the same job with the
# amnesty law as coverage rules) and prints its amnestied / not-amnestied-<reason> figures beside the truth.
set -eu
JAR=${JAR:-target/rollcall.jar}   # another build: JAR=/path/to/rollcall.jar jobs/benchmarks/independent.sh
LISTS_JAR=${LISTS_JAR:-$JAR}      # the generator and scorer of another build (one matcher on another's lists)
PEOPLE=${1:-650}
SEED=${2:-20261124}
lists() {
  java -cp "$LISTS_JAR" -Dloader.main=org.rollcall.sample.other.IndependentLists \
    org.springframework.boot.loader.launch.PropertiesLauncher "$@"
}
DATA=$(mktemp -d)
trap 'rm -rf "$DATA"' EXIT
OFFSET=0
for L in b c; do
  rm -rf "target/benchmarks/layout-$L"
  lists generate "target/benchmarks/layout-$L" "$L" "$PEOPLE" $((SEED + OFFSET))
  OFFSET=$((OFFSET + 1))
  CODE=0
  ROLLCALL_DATA_DIR="$DATA" java -jar "$JAR" run "jobs/benchmarks/layout-$L-today.yaml" > "target/benchmarks/layout-$L.log" 2>&1 || CODE=$?
  echo "== layout $L (run exit code $CODE, log target/benchmarks/layout-$L.log)"
  lists score "output/layout-$L-today/latest/entities.csv" "target/benchmarks/layout-$L/truth.json" \
    "output/layout-$L-today/latest/summary.json"
  LAW=$(mktemp -d)
  CODE=0
  ROLLCALL_DATA_DIR="$LAW" java -jar "$JAR" run "jobs/benchmarks/layout-$L-law.yaml" > "target/benchmarks/layout-$L-law.log" 2>&1 || CODE=$?
  rm -rf "$LAW"
  echo "-- the law's figures (layout-$L-law.yaml, run exit code $CODE)"
  lists score "output/layout-$L-law/latest/entities.csv" "target/benchmarks/layout-$L/truth.json" \
    "output/layout-$L-law/latest/summary.json" | grep -E '^(figure|amnestied|not-amnestied)'
done
