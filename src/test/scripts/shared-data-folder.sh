#!/usr/bin/env bash
# Five different jobs started at the same moment on one H2 data folder, ROUNDS times (default 10).
# Every run must exit 0 and write its reports. Usage (from the project folder, after mvn -DskipTests package):
#   src/test/scripts/shared-data-folder.sh [rounds]
set -u
rounds=${1:-10}
jar=${ROLLCALL_JAR:-$(pwd)/target/rollcall.jar}
work=$(mktemp -d /tmp/rollcall-shared.XXXXXX)
mkdir -p "$work/input"
cp -r input/gobierno input/tribunales "$work/input/"
for j in 1 2 3 4 5; do
  cat > "$work/job-$j.yaml" <<YAML
name: tiny-$j
sources:
  - id: amnistia
    kind: announcement
    path: $work/input/gobierno/comunicado-amnistia-*.txt
    format: txt
  - id: tribunales
    kind: court-rulings
    path: $work/input/tribunales/decisiones-*.csv
    format: csv
    columns: {case-number: Expediente, court: Tribunal, full-name: Imputado, id-number: Cédula, decision: Decisión, decision-date: Fecha}
    date-formats: ["dd/MM/yyyy"]
    decisions: {granted: ["Amnistía otorgada"], denied: ["Amnistía negada"], military-jurisdiction: ["Remitido a jurisdicción militar"], under-review: ["En revisión"]}
report:
  output-dir: $work/output
YAML
done
failed=0
for r in $(seq 1 "$rounds"); do
  pids=()
  for j in 1 2 3 4 5; do
    java -Xmx256m -jar "$jar" run "$work/job-$j.yaml" --rollcall.data-dir="$work/data" > "$work/round-$r-job-$j.log" 2>&1 &
    pids+=($!)
  done
  codes=""
  for i in 0 1 2 3 4; do
    wait "${pids[$i]}"; c=$?; codes="$codes $c"
    [ "$c" -eq 0 ] || { failed=$((failed + 1)); echo "round $r job $((i + 1)) exit $c:"; tail -5 "$work/round-$r-job-$((i + 1)).log"; }
  done
  echo "round $r: exit codes$codes"
done
echo "runs failed: $failed of $((rounds * 5)); work folder: $work"
[ "$failed" -eq 0 ]
