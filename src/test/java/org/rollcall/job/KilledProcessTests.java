package org.rollcall.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code rollcall run} process killed with SIGKILL in the middle of its run; the same
 * command run again completes, and writes the same entities and figures as a run never killed.
 */
class KilledProcessTests {

    @TempDir
    Path dir;

    /** Runs the CLI in its own JVM; kills it (SIGKILL) as soon as a line containing {@code killAt} is printed. */
    private record Run(int exitCode, List<String> lines, boolean killed) {
    }

    private Run cli(Path job, Path dataDir, String killAt) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Cli.class.getName(), "run",
                job.toString(), "--rollcall.data-dir=" + dataDir).redirectErrorStream(true);
        Process p = pb.start();
        List<String> lines = new ArrayList<>();
        boolean killed = false;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
                if (killAt != null && line.contains(killAt)) {
                    p.destroyForcibly();
                    killed = true;
                    break;
                }
            }
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), lines, killed);
    }

    private Path job(SampleWorkspace sample, String output) throws Exception {
        Path job = dir.resolve(output + ".yaml");
        Files.writeString(job, Files.readString(sample.job().file()).replace("path: input/", "path: " + dir + "/input/")
                .replace("output-dir: output", "output-dir: " + dir.resolve(output)));
        return job;
    }

    /** Killed after ingest logged its first source (mid-ingest), after the matcher logged (mid-match), before the reports. */
    @org.junit.jupiter.params.ParameterizedTest(name = "killed at \"{0}\"")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"ingest: ngo", "match:", "register:"})
    void runKilledMidwayIsCompletedBySameCommandWithTheSameResults(String killAt) throws Exception {
        SampleWorkspace sample = SampleWorkspace.create(dir);
        Path killedJob = job(sample, "out-killed");

        Run killed = cli(killedJob, dir.resolve("data-killed"), killAt);
        assertThat(killed.killed()).as(String.join("\n", killed.lines())).isTrue();
        assertThat(killed.exitCode()).isEqualTo(137);
        assertThat(dir.resolve("out-killed/nightly/latest")).doesNotExist();
        for (Path folder : List.of(dir.resolve("out-killed/nightly"), dir.resolve("data-killed"), dir.resolve("data-killed/logs"))) {
            assertThat(Files.getPosixFilePermissions(folder)).as(folder + " owner-only from the first byte, also when killed")
                    .isEqualTo(PosixFilePermissions.fromString("rwx------"));
        }

        Run again = cli(killedJob, dir.resolve("data-killed"), null);
        assertThat(again.exitCode()).as(String.join("\n", again.lines())).isZero();
        assertThat(again.lines()).anyMatch(l -> l.contains("was interrupted")).anyMatch(l -> l.contains("reanudada y completada"));

        Run clean = cli(job(sample, "out-clean"), dir.resolve("data-clean"), null);
        assertThat(clean.exitCode()).isZero();
        Path a = dir.resolve("out-killed/nightly/latest");
        Path b = dir.resolve("out-clean/nightly/latest");
        assertThat(a.resolve("entities.csv")).hasSameTextualContentAs(b.resolve("entities.csv"));
        assertThat(Reports.figures(a)).isEqualTo(Reports.figures(b));
        assertThat(new File(dir.resolve("out-killed/nightly").toString()).list()).as("one run folder: the resumed run").hasSize(2);
    }

    @org.junit.jupiter.api.Test
    void secondRunOfTheSameJobInAnotherProcessSaysSoAndExitsFive() throws Exception {
        SampleWorkspace sample = SampleWorkspace.create(dir);
        Path jobFile = job(sample, "out-twice");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process first = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Cli.class.getName(), "run",
                jobFile.toString(), "--rollcall.data-dir=" + dir.resolve("data-twice")).redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null && !line.contains("ingest:")) {
                // wait until the first run holds the job's lock and is working
            }
            Run second = cli(jobFile, dir.resolve("data-twice"), null);
            assertThat(second.exitCode()).as(String.join("\n", second.lines())).isEqualTo(5);
            assertThat(second.lines()).as("in the job's report language (es)").anyMatch(l -> l.contains("ya está en curso"));
            while (r.readLine() != null) {
                // let the first run finish
            }
        }
        assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).isZero();
    }
}
