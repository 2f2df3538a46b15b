#!/usr/bin/env python3
"""Crash restart at 10 points spread over a whole run, found by progress markers (never by sleep).

For each point: a fresh data folder; `rollcall run` is killed with SIGKILL as soon as the marker is
seen (a progress line on the console, or a report file appearing); the same command is run again
and must exit 0; its entities.csv and summary.json figures must equal those of a run never killed.
Usage, from the project folder after `mvn -DskipTests package`:
    src/test/scripts/kill-points.py [path/to/rollcall.jar]
"""
import json, os, shutil, signal, subprocess, sys, tempfile, time

JAR = sys.argv[1] if len(sys.argv) > 1 else "target/rollcall.jar"
work = tempfile.mkdtemp(prefix="rollcall-kill-")
shutil.copytree("input", os.path.join(work, "input"))
job = os.path.join(work, "job.yaml")
with open("jobs/nightly.yaml", encoding="utf-8") as f:
    text = f.read()
text = text.replace("path: input/", "path: " + work + "/input/").replace("output-dir: output", "output-dir: OUT")
# (marker kind, marker): console lines in the order a run prints them, then the report step's files
POINTS = [("line", "ingest: ngo"), ("line", "ingest: amnistia"), ("line", "ingest: tribunales"), ("line", "normalize:"),
          ("line", "match:"), ("line", "register:"), ("file", "entities.csv"), ("file", "pairs.csv"),
          ("file", "reconciliation.xlsx"), ("file", "lists")]


def job_file(name):
    path = os.path.join(work, name + ".yaml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace("output-dir: OUT", "output-dir: " + os.path.join(work, name)))
    return path


def run(name, kill=None):
    data = os.path.join(work, name + "-data")
    p = subprocess.Popen(["java", "-jar", JAR, "run", job_file(name), "--rollcall.data-dir=" + data],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    os.set_blocking(p.stdout.fileno(), False)
    out, killed = "", False
    while p.poll() is None:
        out += (p.stdout.read() or b"").decode("utf-8", "replace")
        if kill and not killed:
            kind, marker = kill
            hit = marker in out if kind == "line" else any(
                marker in files or marker in dirs for _, dirs, files in os.walk(os.path.join(work, name)))
            if hit:
                p.send_signal(signal.SIGKILL)
                killed = True
        time.sleep(0.02)
    out += (p.stdout.read() or b"").decode("utf-8", "replace")
    return p.returncode, out, killed


def result(name):
    latest = os.path.join(work, name, "nightly", "latest")
    with open(os.path.join(latest, "entities.csv"), encoding="utf-8") as f:
        entities = f.read()
    with open(os.path.join(latest, "summary.json"), encoding="utf-8") as f:
        figures = json.load(f)["figures"]
    return entities, figures


code, out, _ = run("clean")
assert code == 0, out
clean = result("clean")
failures = 0
for i, point in enumerate(POINTS, 1):
    name = "killed-%d" % i
    code, out, killed = run(name, point)
    again, out2, _ = run(name)
    same = again == 0 and result(name) == clean
    print("point %2d %-28s killed=%s exit=%s resumed exit=%d identical=%s" % (i, point[1], killed, code, again, same), flush=True)
    if not (killed and same):
        failures += 1
        print(out2[-2000:])
print("kills that did not resume to identical output: %d of %d; work folder %s" % (failures, len(POINTS), work))
sys.exit(1 if failures else 0)
