#!/bin/bash
# FEBRL 4a x 4b start to finish, alternating: Duke (fuzzy search off), bin/rollcall (Java 25 by
# default) and java -jar (the java on the PATH), N rounds; prints wall, user and system seconds per
# run, then medians. Run from the repository root after `mvn -q -DskipTests package`.
#   DUKE_CP   Duke's classpath: duke-core, duke-lucene and the Lucene 4.0.0 jars (see README.md here)
#   DUKE_DIR  a folder with febrl4.xml (this folder's) and dataset4a/4b.csv written with ", " as ","
#   ROLLCALL_JAVA  the java bin/rollcall uses (default /usr/lib/jvm/temurin-25-jdk-amd64/bin/java)
#   usage: DUKE_CP=... DUKE_DIR=... jobs/benchmarks/duke/paired.sh [rounds]
set -u
rounds=${1:-5}
export ROLLCALL_JAVA=${ROLLCALL_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
log=$(mktemp)
bin/rollcall --version >/dev/null 2>&1   # prepares the launcher's cache once, outside the timing
for i in $(seq 1 "$rounds"); do
  line="round $i"
  for who in duke launcher jar; do
    d=$(mktemp -d)
    case $who in
      duke) (cd "$DUKE_DIR" && /usr/bin/time -f "%e %U %S" -o "$d/t" java -cp "$DUKE_CP" no.priv.garshol.duke.Duke \
              --linkfile="$d/links.txt" febrl4.xml >/dev/null 2>&1) ;;
      launcher) /usr/bin/time -f "%e %U %S" -o "$d/t" bin/rollcall run jobs/benchmarks/febrl4.yaml --rollcall.data-dir="$d/data" >/dev/null 2>&1 ;;
      jar) /usr/bin/time -f "%e %U %S" -o "$d/t" java -jar target/rollcall.jar run jobs/benchmarks/febrl4.yaml --rollcall.data-dir="$d/data" >/dev/null 2>&1 ;;
    esac
    line="$line | $who $(tail -1 "$d/t")"
    rm -rf "$d"
  done
  echo "$line | load $(cut -d' ' -f1 /proc/loadavg)" | tee -a "$log"
done
java -jar target/rollcall.jar score output/febrl4/latest/entities.csv febrl | head -1
awk -F'|' '{ for (i = 2; i <= 4; i++) { split($i, f, " "); w[f[1]] = w[f[1]] " " f[2]; c[f[1]] = c[f[1]] " " (f[3] + f[4]) } }
  END { for (k in w) { print k, "wall", w[k]; print k, "cpu ", c[k] } }' "$log" |
  while read -r who what values; do
    echo "$who $what median $(echo "$values" | tr ' ' '\n' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }') s"
  done
rm -f "$log"
