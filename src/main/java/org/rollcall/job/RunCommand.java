package org.rollcall.job;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rollcall.RollcallException;
import org.rollcall.config.JobDefinition;
import org.rollcall.config.JobDefinitionException;
import org.rollcall.domain.Problem;
import org.rollcall.ingest.SourceCheck;
import org.rollcall.text.Messages;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code run <job-file>}: checks the job file completely before Spring starts (an invalid job
 * writes nothing), then runs or resumes the job on its own database in the data folder. Every
 * outcome is one exit code of {@link ExitCode}; a failure is one line on the console, its stack
 * trace in {@code <data dir>/logs/<job>.log}.
 */
final class RunCommand {

    /** H2's error codes for a file opened with a wrong key, a corrupt one, and one open in another process. */
    private static final int H2_WRONG_KEY = 90049;
    private static final int H2_CORRUPT = 90030;
    private static final int H2_IN_USE = 90020;

    private RunCommand() {
    }

    /** The data folder: --rollcall.data-dir=..., else ROLLCALL_DATA_DIR, else ./data (as application.yaml says). */
    static String dataDir(List<String> springArgs, Map<String, String> env) {
        for (String a : springArgs) {
            if (a.startsWith("--rollcall.data-dir=")) {
                return a.substring("--rollcall.data-dir=".length());
            }
        }
        return env.getOrDefault("ROLLCALL_DATA_DIR", "./data");
    }

    /**
     * Runs a job.
     *
     * @param springArgs {@code --strict}, {@code --redact} and Spring overrides ({@code --key=value})
     */
    static int run(Path jobFile, String[] springArgs, PrintStream out, PrintStream err, Map<String, String> env) {
        // from the first moment: checking the sources' files and opening the database take seconds on big lists
        Progress starting = new Progress(out::println, "start", Progress.periodic(env));
        try {
            return run(jobFile, springArgs, out, err, env, starting);
        } finally {
            starting.stop();
        }
    }

    private static int run(Path jobFile, String[] springArgs, PrintStream out, PrintStream err, Map<String, String> env, Progress starting) {
        JobDefinition def;
        try {
            def = JobFiles.load(jobFile, Path.of("").toAbsolutePath());
            SourceCheck.check(def);
        } catch (JobDefinitionException bad) {
            JobDefinitionException e = bad;
            if (bad.definition() != null && bad.definition().file() != null) {
                // every problem in one run: the sources' checks against the files as well (the job file's own problems make it exit 2)
                List<Problem> all = new ArrayList<>(bad.problems());
                all.addAll(SourceCheck.problems(bad.definition()));
                e = new JobDefinitionException(jobFile.toString(), all);
            }
            err.println("rollcall: " + e.getMessage());
            return ExitCode.of(e.kind(), false).code();
        }
        // the report step's first workbook costs a second cold: got ready on the other core meanwhile
        WarmUp.start(def.report().language());
        List<String> args = new ArrayList<>(List.of(springArgs));
        boolean strict = args.remove("--strict");
        boolean redact = args.remove("--redact");
        Path dataDir = Path.of(dataDir(args, env));
        Path log = Failures.logFile(dataDir, def.name());
        Path jobOutput = def.outputRoot().resolve(def.name());
        Connection kept = null;
        try {
            Privacy.ownerOnlyFolder(dataDir);
            Privacy.ownerOnlyFolder(log.getParent());
            Privacy.ownerOnlyFolder(jobOutput);
            Optional<RunLock> probe = RunLock.tryAcquire(dataDir, def.name());
            if (probe.isEmpty()) {
                err.println(words(def).format("cli.locked", def.name(), dataDir.resolve(def.name() + ".lock")));
                return ExitCode.ALREADY_RUNNING.code();
            }
            if (redact) {
                String key = env.get("ROLLCALL_REDACT_KEY");
                if (key == null || key.length() < 8) {
                    probe.get().close();
                    err.println(words(def).get("cli.redact-key"));
                    return ExitCode.USAGE.code();
                }
                args.add("--rollcall.redact-key=" + key);
            }
            boolean otherDatabase = args.stream().anyMatch(a -> a.startsWith("--spring.datasource.url=") || a.startsWith("--spring.profiles.active="))
                    || env.containsKey("SPRING_DATASOURCE_URL") || env.containsKey("SPRING_PROFILES_ACTIVE");
            Map<String, String> database = null;
            try (RunLock held = probe.get()) {
                if (!otherDatabase) {
                    JobDatabase.adoptLegacy(dataDir, def.name());
                    String key = Privacy.databaseKey(env, JobDatabase.base(dataDir, def.name()).resolveSibling(def.name() + ".mv.db"));
                    Map<String, String> props = JobDatabase.properties(dataDir, def.name(), key);
                    kept = open(props);
                    if (kept == null) {
                        err.println(words(def).format("cli.db-in-use", def.name(), JobDatabase.base(dataDir, def.name())));
                        return ExitCode.ALREADY_RUNNING.code();
                    }
                    props.forEach((k, v) -> args.add("--" + k + "=" + v));
                    database = props;
                } else {
                    JobDatabase.otherDatabaseProperties(Privacy.key(env)).forEach((k, v) -> args.add("--" + k + "=" + v));
                }
            }
            args.add("--logging.file.name=" + log);
            if (args.stream().noneMatch(a -> a.startsWith("--spring.main.lazy-initialization"))) {
                // a run uses few of the beans Boot's auto-configuration declares: each is created on first use (a run's
                // fixed cost; FEBRL 4a x 4b whole process, 4 alternating pairs: median 10.75 s lazy vs 11.67 s eager)
                args.add("--spring.main.lazy-initialization=true");
            }
            int code;
            try (ConfigurableApplicationContext ctx = start(args, starting)) {
                JobRunner runner = ctx.getBean(JobRunner.class);
                JobRunner.Outcome outcome = runner.run(def);
                report(def, outcome, out, err, log, List.of(dataDir, jobOutput));
                code = outcome.code().code();
                if (strict && outcome.code() == ExitCode.COMPLETED && runner.rejectedRows(outcome.execution()) > 0) {
                    err.println(words(def).format("cli.strict", String.valueOf(runner.rejectedRows(outcome.execution()))));
                    code = ExitCode.COMPLETED_WITH_REJECTED_ROWS.code();
                }
            }
            closeQuietly(kept);
            kept = null;
            if (database != null && def.compactDatabase()) {
                JobDatabase.compactWhenLarge(database);
            }
            return code;
        } catch (Exception | Error e) {
            Failures.log(log, "job '" + def.name() + "' could not run", e);
            if (Failures.databaseInUse(e)) {
                // another run of the job opened the database between this one's check and its start
                err.println(words(def).format("cli.db-in-use-now", def.name(), JobDatabase.base(dataDir, def.name())));
                return ExitCode.ALREADY_RUNNING.code();
            }
            err.println(words(def).format("cli.could-not-run", def.name(), Failures.explain(e, List.of(dataDir, jobOutput), words(def))));
            err.println(words(def).format("cli.details", log));
            return ExitCode.FAILED.code();
        } finally {
            closeQuietly(kept);
        }
    }

    /** Starts Spring and the job's database, {@code progress} telling a terminal it is under way and closing with its time. */
    private static ConfigurableApplicationContext start(List<String> args, Progress progress) {
        try (progress) {
            return RollcallApplication.application().run(args.toArray(new String[0]));
        }
    }

    /**
     * Opens the job's database before Spring does, so that a wrong key or a damaged file is named
     * plainly rather than as a failed bean. The caller keeps the connection open until the run is
     * over: H2 then opens the file once, instead of closing it when this check ends (writing it
     * out) and opening it again for Spring.
     *
     * @return the open connection, {@code null} when another process has the file open
     */
    private static Connection open(Map<String, String> props) {
        String password = props.getOrDefault("spring.datasource.password", "");
        try {
            return DriverManager.getConnection(props.get("spring.datasource.url"), "sa", password);
        } catch (SQLException e) {
            String file = props.get("spring.datasource.url").replaceFirst("^jdbc:h2:file:", "").replaceFirst(";.*", "") + ".mv.db";
            return switch (e.getErrorCode()) {
                case H2_IN_USE -> null;
                case H2_WRONG_KEY -> throw new RollcallException("the database " + file + " does not open with this " + Privacy.DB_KEY
                        + " (a wrong key); set the key it was created with", e);
                case H2_CORRUPT -> throw new RollcallException("the database " + file + " is damaged or was encrypted with another key ("
                        + firstLine(e.getMessage()) + "); check " + Privacy.DB_KEY + ", or restore the file from a backup", e);
                default -> throw new RollcallException("the database " + file + " cannot be opened: " + firstLine(e.getMessage()), e);
            };
        }
    }

    /** Closes the connection {@link #open} gave, if any; the run's outcome does not depend on it. */
    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            // the database was closed already (a failed run); nothing is lost
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    /** The words of the job's report language: the command's closing lines speak it once the job file is read. */
    private static Messages words(JobDefinition def) {
        return Messages.of(def.report().language());
    }

    private static void report(JobDefinition def, JobRunner.Outcome outcome, PrintStream out, PrintStream err, Path log, List<Path> folders) {
        JobExecution ex = outcome.execution();
        Messages m = words(def);
        switch (outcome.code()) {
            case COMPLETED, COMPLETED_WITH_UNREADABLE_INPUT -> {
                Path latest = def.outputRoot().resolve(def.name()).resolve("latest");
                out.println(m.format(outcome.resumed() ? "cli.resumed" : "cli.completed", ex.getJobParameters().getString(RunContext.RUN), def.name()));
                out.println(m.format("cli.reports", latest.toAbsolutePath().normalize() + "/"));
                if (outcome.code() == ExitCode.COMPLETED_WITH_UNREADABLE_INPUT) {
                    err.println(m.get("cli.unreadable-input"));
                    outcome.lostFiles().forEach(p -> err.println("  " + p));
                }
            }
            case ALREADY_RUNNING -> err.println(ex == null ? m.format("cli.already-running", def.name())
                    : m.format("cli.already-running-since", def.name(), ex.getJobParameters().getString(RunContext.RUN), String.valueOf(ex.getStartTime())));
            default -> {
                List<Throwable> failures = ex.getAllFailureExceptions();
                err.println(m.format("cli.run-failed", ex.getJobParameters().getString(RunContext.RUN), def.name()));
                for (Throwable t : failures) {
                    Failures.log(log, "run " + ex.getJobParameters().getString(RunContext.RUN) + " of job '" + def.name() + "' failed", t);
                    err.println("  " + Failures.explain(t, folders, m));
                }
                err.println(m.format("cli.details", log));
                err.println(m.get("cli.fix-and-rerun"));
            }
        }
    }
}
