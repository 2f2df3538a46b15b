package org.rollcall.job;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.rollcall.RollcallException;
import org.rollcall.config.JobDefinition;
import org.rollcall.config.JobDefinitionException;
import org.rollcall.ingest.SourceCheck;
import org.rollcall.sample.SampleGenerator;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line: {@code run <job-file>}, {@code generate-sample [folder]}. The job file is
 * checked completely before Spring starts, so an invalid job writes nothing.
 */
public final class Cli {

    static final String USAGE = """
            usage: java -jar target/rollcall.jar <command>
              run <job-file> [--strict] [--redact] [--key=value ...]   run a job (e.g. jobs/nightly.yaml); resumes the job's last run if it failed;
                                                 --redact: names and ID numbers in the exports become keyed pseudonyms
                                                 (key in ROLLCALL_REDACT_KEY); --strict: exit 11 when rows were rejected
              schedule <job-file>... [--key=value ...]   keep running, firing each job on its file's cron schedule
              generate-sample [folder]           write the fictional sample inputs (default: input)
              score <entities.csv> <truth>       pairwise and B-cubed precision, recall, F1; truth: febrl or a sample-truth.json
              benchmark <records> [folder]       time ingest and matching of generated records (default folder: target/benchmark)
              benchmark-job <records> [folder]   run the whole job on generated NGO, communiqué and ruling lists: time per step, heap, sizes, F1
            """;

    private Cli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command and returns its exit code; never calls System.exit. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.print(USAGE);
            return ExitCode.USAGE.code();
        }
        try {
            return switch (args[0]) {
                case "run" -> args.length < 2 ? usage(err) : runJob(Path.of(args[1]), Arrays.copyOfRange(args, 2, args.length), out, err);
                case "schedule" -> args.length < 2 ? usage(err) : schedule(args, err);
                case "generate-sample" -> {
                    Path dir = Path.of(args.length > 1 ? args[1] : "input");
                    SampleGenerator.write(dir);
                    out.println("sample inputs written to " + dir.toAbsolutePath().normalize());
                    yield ExitCode.COMPLETED.code();
                }
                case "score" -> {
                    if (args.length < 3) {
                        yield usage(err);
                    }
                    out.println(ScoreCommand.score(Path.of(args[1]), args[2]));
                    out.println(ScoreCommand.bcubed(Path.of(args[1]), args[2]));
                    yield ExitCode.COMPLETED.code();
                }
                case "benchmark" -> {
                    if (args.length < 2) {
                        yield usage(err);
                    }
                    BenchmarkCommand.run(Integer.parseInt(args[1]), Path.of(args.length > 2 ? args[2] : "target/benchmark"), out);
                    yield ExitCode.COMPLETED.code();
                }
                case "benchmark-job" -> args.length < 2 ? usage(err)
                        : JobBenchmark.run(Integer.parseInt(args[1]), Path.of(args.length > 2 ? args[2] : "target/benchmark"), out, err);
                default -> usage(err);
            };
        } catch (RollcallException e) {
            err.println("rollcall: " + e.getMessage());
            return ExitCode.FAILED.code();
        } catch (java.io.IOException e) {
            err.println("rollcall: " + e.getMessage());
            return ExitCode.FAILED.code();
        } catch (NumberFormatException e) {
            err.println("rollcall: not a number: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
    }

    /** Starts the scheduler and keeps it until the process is stopped (SIGTERM, Ctrl-C). */
    static int schedule(String[] args, PrintStream err) {
        List<JobDefinition> jobs = new java.util.ArrayList<>();
        List<String> springArgs = new java.util.ArrayList<>();
        for (String a : Arrays.copyOfRange(args, 1, args.length)) {
            if (a.startsWith("--")) {
                springArgs.add(a);
                continue;
            }
            try {
                JobDefinition def = JobFiles.load(Path.of(a), Path.of("").toAbsolutePath());
                if (def.schedule() == null) {
                    err.println("rollcall: " + a + " has no 'schedule'; add one, e.g. schedule: \"0 0 2 * * *\" (02:00 every night)");
                    return ExitCode.INVALID_JOB.code();
                }
                jobs.add(def);
            } catch (JobDefinitionException e) {
                err.println("rollcall: " + e.getMessage());
                return ExitCode.INVALID_JOB.code();
            }
        }
        ConfigurableApplicationContext ctx = new SpringApplication(RollcallApplication.class).run(springArgs.toArray(new String[0]));
        JobScheduler.Handle handle = ctx.getBean(JobScheduler.class).start(jobs);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            handle.stop();
            ctx.close();
        }));
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCode.COMPLETED.code();
    }

    private static int usage(PrintStream err) {
        err.print(USAGE);
        return ExitCode.USAGE.code();
    }

    /** The data folder: --rollcall.data-dir=..., else ROLLCALL_DATA_DIR, else ./data (as application.yaml says). */
    static String dataDir(String[] springArgs, Map<String, String> env) {
        for (String a : springArgs) {
            if (a.startsWith("--rollcall.data-dir=")) {
                return a.substring("--rollcall.data-dir=".length());
            }
        }
        return env.getOrDefault("ROLLCALL_DATA_DIR", "./data");
    }

    static int runJob(Path jobFile, String[] springArgs, PrintStream out, PrintStream err) {
        return runJob(jobFile, springArgs, out, err, System.getenv());
    }

    static int runJob(Path jobFile, String[] springArgs, PrintStream out, PrintStream err, Map<String, String> env) {
        JobDefinition def;
        try {
            def = JobFiles.load(jobFile, Path.of("").toAbsolutePath());
            SourceCheck.check(def);
        } catch (JobDefinitionException bad) {
            JobDefinitionException e = bad;
            if (bad.definition() != null && bad.definition().file() != null) {
                // every problem in one run: the sources' checks against the files as well
                List<String> all = new java.util.ArrayList<>(bad.problems());
                all.addAll(SourceCheck.problems(bad.definition()));
                e = new JobDefinitionException(jobFile.toString(), all);
            }
            err.println("rollcall: " + e.getMessage());
            boolean onlyMissing = e.problems().stream().allMatch(p -> p.contains("matches no file"));
            return (onlyMissing ? ExitCode.INPUT_MISSING : ExitCode.INVALID_JOB).code();
        }
        SpringApplication app = new SpringApplication(RollcallApplication.class);
        String dataDir = dataDir(springArgs, env);
        Privacy.ownerOnlyFolder(Path.of(dataDir));
        java.util.Optional<RunLock> probe = RunLock.tryAcquire(Path.of(dataDir), def.name());
        if (probe.isEmpty()) {
            err.println("rollcall: job '" + def.name() + "' is already running (another process holds " + Path.of(dataDir, def.name() + ".lock")
                    + "); not started again");
            return ExitCode.ALREADY_RUNNING.code();
        }
        probe.get().close();
        List<String> args = new java.util.ArrayList<>(List.of(springArgs));
        boolean strict = args.remove("--strict");
        if (args.remove("--redact")) {
            String key = env.get("ROLLCALL_REDACT_KEY");
            if (key == null || key.length() < 8) {
                err.println("rollcall: --redact needs a key of at least 8 characters in the environment variable ROLLCALL_REDACT_KEY"
                        + " (the same key gives the same pseudonyms in every run; keep it secret)");
                return ExitCode.USAGE.code();
            }
            args.add("--rollcall.redact-key=" + key);
        }
        boolean otherDatabase = args.stream().anyMatch(a -> a.startsWith("--spring.datasource.url=") || a.startsWith("--spring.profiles.active="));
        if (!otherDatabase) {
            Privacy.databaseProperties(env, dataDir).forEach((k, v) -> args.add("--" + k + "=" + v));
        }
        try (ConfigurableApplicationContext ctx = app.run(args.toArray(new String[0]))) {
            JobRunner runner = ctx.getBean(JobRunner.class);
            JobRunner.Outcome outcome = runner.run(def);
            report(def, outcome, out, err);
            if (strict && outcome.code() == ExitCode.COMPLETED && runner.rejectedRows(outcome.execution()) > 0) {
                err.println("rollcall: " + runner.rejectedRows(outcome.execution()) + " rows were rejected (--strict); see rejected-rows in the report");
                return ExitCode.COMPLETED_WITH_REJECTED_ROWS.code();
            }
            return outcome.code().code();
        } catch (Exception e) {
            err.println("rollcall: the run could not start: " + e.getMessage());
            return ExitCode.FAILED.code();
        }
    }

    private static void report(JobDefinition def, JobRunner.Outcome outcome, PrintStream out, PrintStream err) {
        JobExecution ex = outcome.execution();
        switch (outcome.code()) {
            case COMPLETED, COMPLETED_WITH_UNREADABLE_INPUT -> {
                Path latest = def.outputRoot().resolve(def.name()).resolve("latest");
                out.println((outcome.resumed() ? "Resumed and completed" : "Completed") + " run "
                        + ex.getJobParameters().getString(RunContext.RUN) + " of job '" + def.name() + "'.");
                out.println("Reports: " + latest.toAbsolutePath().normalize() + "/");
                if (outcome.code() == ExitCode.COMPLETED_WITH_UNREADABLE_INPUT) {
                    err.println("rollcall: some source files could not be read at all; the reports were made without them."
                            + " See rejected-rows in the report for each file and what to do.");
                }
            }
            case ALREADY_RUNNING -> err.println("rollcall: job '" + def.name() + "' is already running"
                    + (ex == null ? "" : " (run " + ex.getJobParameters().getString(RunContext.RUN) + ", started " + ex.getStartTime() + ")")
                    + "; not started again");
            default -> {
                List<Throwable> failures = ex.getAllFailureExceptions();
                err.println("rollcall: run " + ex.getJobParameters().getString(RunContext.RUN) + " of job '" + def.name() + "' failed:");
                failures.forEach(t -> err.println("  " + message(t)));
                err.println("Fix the cause and run the same command again: the run resumes from the failed step.");
            }
        }
    }

    private static String message(Throwable t) {
        Throwable cur = t;
        while (cur != null) {
            if (cur instanceof RollcallException) {
                return cur.getMessage();
            }
            cur = cur.getCause();
        }
        return t.toString();
    }
}
