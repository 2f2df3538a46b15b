package org.rollcall.job;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/**
 * Nights of a small job run one after the other in one data folder, as cron runs them: the NGO's
 * file of the night in place of the last one, the job run through the command line, and what the
 * night said (console, WARN lines, the job's log) and wrote (its own report folder).
 */
final class NightRuns {

    /** What one night said and wrote. */
    record Night(int code, String said, Path latest, String run) {
        String list(String key) throws IOException {
            return Files.readString(latest.resolve("lists/" + key + ".csv"));
        }
    }

    private NightRuns() {
    }

    /** Leaves {@code in/ngo} holding only {@code ngoFile} with {@code content}, as a nightly copy would. */
    static void ngoFile(Path dir, String ngoFile, String content) throws IOException {
        Path ngo = dir.resolve("in/ngo");
        if (Files.isDirectory(ngo)) {
            try (Stream<Path> old = Files.list(ngo)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(ngo);
        Files.writeString(ngo.resolve(ngoFile), content, StandardCharsets.UTF_8);
    }

    /**
     * Runs the job file {@code yaml} ({@code %1$s} the folder) named {@code mini} in {@code dir}: its data in
     * {@code dir/data}, its reports in {@code dir/out}.
     */
    static Night run(Path dir, String yaml) throws Exception {
        Path job = dir.resolve("mini.yaml");
        Files.writeString(job, yaml.formatted(dir));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // the WARN lines go to the log: to the job's log file, or, when another test of this JVM set up logging, only to the logger
        Logger reconcile = (Logger) LoggerFactory.getLogger(ReconcileStep.class);
        ListAppender<ILoggingEvent> warned = new ListAppender<>();
        warned.start();
        reconcile.addAppender(warned);
        int code;
        try {
            code = Cli.runJob(job, new String[] {"--rollcall.data-dir=" + dir.resolve("data")}, new PrintStream(out, true),
                    new PrintStream(err, true), Map.of());
        } finally {
            reconcile.detachAppender(warned);
        }
        // the night's own folder: latest/ follows the next night
        String run = Files.readString(dir.resolve("out/mini/latest/summary.json")).replaceAll("(?s).*\"run\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        Path log = dir.resolve("data/logs/mini.log");
        String said = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8)
                + warned.list.stream().map(ILoggingEvent::getFormattedMessage).collect(Collectors.joining("\n"))
                + (Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "");
        return new Night(code, said, dir.resolve("out/mini").resolve(run), run);
    }
}
