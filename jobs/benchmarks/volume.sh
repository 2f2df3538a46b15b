#!/bin/sh
# The nightly job at volume, in one command (from the repository root, after
# `mvn -q -DskipTests package`):
#
#   jobs/benchmarks/volume.sh [heap] [sizes...]      e.g.  jobs/benchmarks/volume.sh 2g 10000 100000 1000000
#
# For each size, in a JVM of its own with that maximum heap (default 2g): generates the three
# lists (NGO CSV ~40 %, communiqué ~22 %, rulings ~38 %; fictional people, a name vocabulary that
# grows with the population), runs the real job on them (`benchmark-job`: H2, every step, every
# report), and prints the time of each step, the peak heap, the database's size, peak RSS and
# pairwise quality against the generator's truth; then one table of all sizes, with each size's
# time as a multiple of the size before it. Logs in target/benchmark/volume-<size>.log.
set -eu
JAR=target/rollcall.jar
HEAP=${1:-2g}
[ $# -gt 0 ] && shift
SIZES=${*:-10000 100000 1000000}
mkdir -p target/benchmark
TABLE=target/benchmark/volume-table.txt
printf '%-9s %-9s %8s %8s %10s %10s %9s %9s %7s %7s %7s\n' records exit wall_s job_s peak_heap peak_rss db_MiB reports precision recall F1 > "$TABLE"
for N in $SIZES; do
  LOG=target/benchmark/volume-$N.log
  CODE=0
  ROLLCALL_PROGRESS=never /usr/bin/time -v java -Xmx"$HEAP" -jar "$JAR" benchmark-job "$N" target/benchmark > "$LOG" 2>&1 || CODE=$?
  rm -rf "target/benchmark/job-$N"
  grep -E '^(generated|exit code|job wall|step |peak heap|heap after GC|database|data folder|reports|quality|  +precision)' "$LOG" | sed "s/^/[$N] /"
  awk -v n="$N" -v code="$CODE" '
    /Elapsed \(wall clock\)/ { split($NF, t, ":"); wall = (length(t) == 3) ? t[1]*3600 + t[2]*60 + t[3] : t[1]*60 + t[2] }
    /Maximum resident set size/ { rss = int($NF / 1024) " MiB" }
    /^job wall/ { job = $3 }
    /^peak heap/ { gsub(",", "", $3); heap = $3 " MiB" }
    /^database/ { gsub(",", "", $2); db = $2 }
    /^reports/ { gsub(",", "", $2); rep = $2 " MiB" }
    /precision .* recall .* F1/ { p = $2; r = $4; f = $6 }
    END { printf "%-9s %-9s %8.1f %8s %10s %10s %9s %9s %7s %7s %7s\n", n, code, wall, job, heap, rss, db, rep, p, r, f }
  ' "$LOG" >> "$TABLE"
done
echo
awk 'NR == 1 { print $0 "  x_time"; next } { ratio = (prev > 0) ? sprintf("%.1f", $3 / prev) : "-"; prev = $3; print $0 "  " ratio }' "$TABLE"
