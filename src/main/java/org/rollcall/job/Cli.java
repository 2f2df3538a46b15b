package org.rollcall.job;

import java.io.File;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.rollcall.sample.SampleGenerator;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line (picocli): {@code run}, {@code schedule}, {@code generate-sample},
 * {@code score}, {@code benchmark}. Unknown commands and options are refused by name with a
 * suggestion (exit 64); {@code --help} prints on stdout and exits 0; every exit code is one of
 * {@link ExitCode}, whose table {@code --help} prints. Arguments of the form
 * {@code --some.key=value} (a dotted key) are Spring property overrides, passed to the run as they
 * are ({@code --rollcall.data-dir=...}, {@code --spring.profiles.active=postgresql}).
 */
public final class Cli {

    /** A Spring property override: {@code --<dotted.key>=<value>}. */
    private static final Pattern SPRING_OVERRIDE = Pattern.compile("--[A-Za-z0-9-]+(\\.[A-Za-z0-9_\\[\\]-]+)+=.*", Pattern.DOTALL);

    private Cli() {
    }

    public static void main(String[] args) {
        WarmUp.preferNativeTextLayout();
        quietPoi();
        System.exit(run(args, System.out, System.err));
    }

    /**
     * POI's own warnings off before the first workbook is opened (the job file's check opens them
     * before Spring sets the levels of application.yaml): "Error in zip file /tmp/poifiles/…" names a
     * temporary copy and no fix, while rollcall says of the same workbook which file it is and what to do.
     */
    static void quietPoi() {
        if (org.slf4j.LoggerFactory.getLogger("org.apache.poi") instanceof ch.qos.logback.classic.Logger poi) {
            poi.setLevel(ch.qos.logback.classic.Level.ERROR);
        }
    }

    /** Runs a command and returns its exit code; never calls System.exit. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, System.getenv());
    }

    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        List<String> own = new ArrayList<>();
        List<String> spring = new ArrayList<>();
        for (String a : args) {
            (SPRING_OVERRIDE.matcher(a).matches() ? spring : own).add(a);
        }
        CommandLine cli = commandLine(out, err, spring, env);
        if (own.isEmpty()) {
            cli.usage(err);
            return ExitCode.USAGE.code();
        }
        cli.setExecutionExceptionHandler((e, line, parsed) -> failed(e, own, spring, env, err));
        try {
            return cli.execute(own.toArray(new String[0]));
        } catch (Throwable t) {
            return failed(t, own, spring, env, err);
        }
    }

    /** Any error no command handled: one line with its message, the trace in {@code <data dir>/logs/rollcall.log}; exit 4. */
    private static int failed(Throwable t, List<String> own, List<String> spring, Map<String, String> env, PrintStream err) {
        Path log = Failures.logFile(Path.of(RunCommand.dataDir(spring, env)), "rollcall");
        Failures.log(log, String.join(" ", own), t);
        err.println("rollcall: " + Failures.explain(t, List.of()));
        err.println("Details: " + log);
        return ExitCode.FAILED.code();
    }

    /** The command tree, writing to the given streams. */
    static CommandLine commandLine(PrintStream out, PrintStream err, List<String> spring, Map<String, String> env) {
        CommandLine cli = new CommandLine(new Root())
                .addSubcommand("run", new Run(spring, env, out, err))
                .addSubcommand("schedule", new Schedule(spring, env, err))
                .addSubcommand("generate-sample", new GenerateSample(out))
                .addSubcommand("score", new Score(out))
                .addSubcommand("benchmark", new Benchmark(out))
                .addSubcommand("benchmark-job", new BenchmarkJob(out, err))
                .addSubcommand("generate-completion", new AutoComplete.GenerateCompletion());
        cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false)
                .description("print a bash/zsh completion script: source <(java -jar target/rollcall.jar generate-completion)");
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setParameterExceptionHandler(Cli::refuse);
        applyToAll(cli);
        return cli;
    }

    /** A wrong command or option: named, with the closest right ones, and where the help is; exit 64. */
    private static int refuse(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && cmd.getParent() == null
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            String given = unmatched.getUnmatched().get(0);
            LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
            String closest = cmd.getSubcommands().keySet().stream()
                    .min(Comparator.comparingInt((String c) -> distance.apply(c, given))).orElse("run");
            err.println("rollcall: unknown command '" + given + "'");
            err.println("Did you mean: " + closest + "?");
        } else if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            err.println("rollcall: " + e.getMessage());
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                err.println("Did you mean: " + String.join(" or ", suggestions) + "?");
            }
        } else {
            err.println("rollcall: " + e.getMessage());
        }
        String name = cmd.getCommandSpec().qualifiedName(" ").replaceFirst("^rollcall", "").strip();
        err.println("See: java -jar " + jarPath() + " " + (name.isEmpty() ? "" : name + " ") + "--help");
        return ExitCode.USAGE.code();
    }

    private static void applyToAll(CommandLine c) {
        c.getCommandSpec().exitCodeOnInvalidInput(ExitCode.USAGE.code());
        c.getCommandSpec().exitCodeOnExecutionException(ExitCode.FAILED.code());
        c.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.table());
        c.getSubcommands().values().forEach(Cli::applyToAll);
    }

    @Command(name = "rollcall", mixinStandardHelpOptions = true, versionProvider = Version.class, synopsisHeading = "",
            customSynopsis = {
                "usage: java -jar target/rollcall.jar run <job-file> [--strict] [--redact] [--key=value ...]",
                "       java -jar target/rollcall.jar schedule <job-file>... [--key=value ...]",
                "       java -jar target/rollcall.jar generate-sample [<folder>]",
                "       java -jar target/rollcall.jar score <entities.csv> <febrl | sample-truth.json>",
                "       java -jar target/rollcall.jar benchmark <records> [<folder>]",
                "       java -jar target/rollcall.jar benchmark-job <records> [<folder>]",
                "       java -jar target/rollcall.jar <command> --help | --version"},
            description = "%nReconciles lists of political detainees, every night, with evidence.",
            footer = {"", "Spring overrides go after the command as --key=value, e.g. --rollcall.data-dir=/srv/rollcall/data"
                    + " or --spring.profiles.active=postgresql."})
    static final class Root implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            throw new CommandLine.ParameterException(spec.commandLine(), "give a command: run, schedule, generate-sample, score or benchmark");
        }
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"rollcall " + (v == null ? "(development build)" : v), "Java " + Runtime.version()};
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Run a job (e.g. jobs/nightly.yaml); resumes the job's last run if it failed or was interrupted.")
    static final class Run implements Callable<Integer> {
        @Parameters(paramLabel = "<job-file>", description = "the job file, e.g. jobs/nightly.yaml")
        Path jobFile;

        @Option(names = "--strict", description = "exit 11 when rows were rejected (they are listed in the report either way)")
        boolean strict;

        @Option(names = "--redact", description = "names, ID numbers and source references in the exports become keyed pseudonyms"
                + " (key in ROLLCALL_REDACT_KEY; see README, Privacy)")
        boolean redact;

        private final List<String> spring;
        private final Map<String, String> env;
        private final PrintStream out;
        private final PrintStream err;

        Run(List<String> spring, Map<String, String> env, PrintStream out, PrintStream err) {
            this.spring = spring;
            this.env = env;
            this.out = out;
            this.err = err;
        }

        @Override
        public Integer call() {
            List<String> args = new ArrayList<>(spring);
            if (strict) {
                args.add("--strict");
            }
            if (redact) {
                args.add("--redact");
            }
            return RunCommand.run(jobFile, args.toArray(new String[0]), out, err, env);
        }
    }

    @Command(name = "schedule", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Keep running, firing each job on the cron schedule of its job file (stop with SIGTERM or Ctrl-C).")
    static final class Schedule implements Callable<Integer> {
        @Parameters(paramLabel = "<job-file>", arity = "1..*", description = "job files with a 'schedule'")
        List<Path> jobFiles;

        private final List<String> spring;
        private final Map<String, String> env;
        private final PrintStream err;

        Schedule(List<String> spring, Map<String, String> env, PrintStream err) {
            this.spring = spring;
            this.env = env;
            this.err = err;
        }

        @Override
        public Integer call() {
            return ScheduleCommand.run(jobFiles, spring, env, err);
        }
    }

    @Command(name = "generate-sample", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Write the fictional sample inputs and their truth.")
    static final class GenerateSample implements Callable<Integer> {
        @Parameters(paramLabel = "<folder>", arity = "0..1", defaultValue = "input", description = "default: ${DEFAULT-VALUE}")
        Path folder;

        private final PrintStream out;

        GenerateSample(PrintStream out) {
            this.out = out;
        }

        @Override
        public Integer call() throws Exception {
            SampleGenerator.write(folder);
            out.println("sample inputs written to " + folder.toAbsolutePath().normalize());
            return ExitCode.COMPLETED.code();
        }
    }

    @Command(name = "score", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Pairwise and B-cubed precision, recall and F1 of an entities.csv against a truth.")
    static final class Score implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "<entities.csv>")
        Path entities;

        @Parameters(index = "1", paramLabel = "<truth>", description = "febrl, or the path of a sample-truth.json")
        String truth;

        private final PrintStream out;

        Score(PrintStream out) {
            this.out = out;
        }

        @Override
        public Integer call() {
            out.println(ScoreCommand.score(entities, truth));
            out.println(ScoreCommand.bcubed(entities, truth));
            return ExitCode.COMPLETED.code();
        }
    }

    @Command(name = "benchmark", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Time ingest, normalisation and matching of generated records.")
    static final class Benchmark implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "<records>", description = "how many records to generate")
        int records;

        @Parameters(index = "1", arity = "0..1", paramLabel = "<folder>", defaultValue = "target/benchmark", description = "default: ${DEFAULT-VALUE}")
        Path folder;

        private final PrintStream out;

        Benchmark(PrintStream out) {
            this.out = out;
        }

        @Override
        public Integer call() throws Exception {
            BenchmarkCommand.run(records, folder, out);
            return ExitCode.COMPLETED.code();
        }
    }

    @Command(name = "benchmark-job", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Run the whole job on generated NGO, communiqué and ruling lists: time per step, heap, sizes, F1.")
    static final class BenchmarkJob implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "<records>", description = "how many records to generate")
        int records;

        @Parameters(index = "1", arity = "0..1", paramLabel = "<folder>", defaultValue = "target/benchmark", description = "default: ${DEFAULT-VALUE}")
        Path folder;

        private final PrintStream out;
        private final PrintStream err;

        BenchmarkJob(PrintStream out, PrintStream err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public Integer call() throws Exception {
            return JobBenchmark.run(records, folder, out, err);
        }
    }

        /** Runs a job with this process's environment ({@link RunCommand#run}). */
    static int runJob(Path jobFile, String[] springArgs, PrintStream out, PrintStream err) {
        return RunCommand.run(jobFile, springArgs, out, err, System.getenv());
    }

    /** Kept for the tests and callers of the former API: {@link RunCommand#run}. */
    static int runJob(Path jobFile, String[] springArgs, PrintStream out, PrintStream err, Map<String, String> env) {
        return RunCommand.run(jobFile, springArgs, out, err, env);
    }

    /** The jar this runs from as it was typed ({@code java -jar <path>}); "target/rollcall.jar" when not run from a jar. */
    static String jarPath() {
        String path = System.getProperty("java.class.path", "");
        return path.endsWith(".jar") && !path.contains(File.pathSeparator) ? path : "target/rollcall.jar";
    }
}
