package org.rollcall.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Five different jobs started at the same moment, each in its own JVM, on one H2 data folder: all
 * complete. (src/test/scripts/shared-data-folder.sh repeats this ten times with the built jar.)
 */
class SharedDataFolderTests {

    @TempDir
    Path dir;

    @Test
    void fiveDifferentJobsAtOnceOnOneDataFolderAllComplete() throws Exception {
        SampleWorkspace.create(dir);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> processes = new ArrayList<>();
        for (int j = 1; j <= 5; j++) {
            Path job = dir.resolve("tiny-" + j + ".yaml");
            Files.writeString(job, """
                    name: tiny-%d
                    sources:
                      - id: amnistia
                        kind: announcement
                        path: %s/input/gobierno/comunicado-amnistia-*.txt
                        format: txt
                    report:
                      output-dir: %s/output
                    """.formatted(j, dir, dir));
            processes.add(new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"), Cli.class.getName(), "run",
                    job.toString(), "--rollcall.data-dir=" + dir.resolve("data")).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("tiny-" + j + ".log").toFile()).start());
        }
        for (int j = 1; j <= 5; j++) {
            Process p = processes.get(j - 1);
            assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(Files.readString(dir.resolve("tiny-" + j + ".log"))).isZero();
            assertThat(Reports.figures(dir.resolve("output/tiny-" + j + "/latest"))).containsEntry("listed", 341L);
            assertThat(dir.resolve("data/tiny-" + j + ".mv.db")).as("a database file per job").exists();
        }
    }
}
