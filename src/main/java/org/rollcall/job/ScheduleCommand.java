package org.rollcall.job;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rollcall.config.JobDefinition;
import org.rollcall.config.JobDefinitionException;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code schedule <job-file>...}: one Spring context per job, each on that job's own database
 * ({@link JobDatabase}), so a scheduled run and a {@code run} from cron of the same job share its
 * register, and different jobs never share a database file.
 */
final class ScheduleCommand {

    private ScheduleCommand() {
    }

    /** Starts the schedules and keeps them until the process is stopped (SIGTERM, Ctrl-C). */
    static int run(List<Path> jobFiles, List<String> spring, Map<String, String> env, PrintStream err) {
        List<JobDefinition> jobs = new ArrayList<>();
        for (Path file : jobFiles) {
            try {
                JobDefinition def = JobFiles.load(file, Path.of("").toAbsolutePath());
                if (def.schedule() == null) {
                    err.println("rollcall: " + file + " has no 'schedule'; add one, e.g. schedule: \"0 0 2 * * *\" (02:00 every night)");
                    return ExitCode.INVALID_JOB.code();
                }
                jobs.add(def);
            } catch (JobDefinitionException e) {
                err.println("rollcall: " + e.getMessage());
                return ExitCode.of(e.kind(), false).code();
            }
        }
        Path dataDir = Path.of(RunCommand.dataDir(spring, env));
        Privacy.ownerOnlyFolder(dataDir);
        Privacy.ownerOnlyFolder(Failures.logFile(dataDir, "schedule").getParent());
        boolean otherDatabase = spring.stream().anyMatch(a -> a.startsWith("--spring.datasource.url=") || a.startsWith("--spring.profiles.active="))
                || env.containsKey("SPRING_DATASOURCE_URL") || env.containsKey("SPRING_PROFILES_ACTIVE");
        List<ConfigurableApplicationContext> contexts = new ArrayList<>();
        List<JobScheduler.Handle> handles = new ArrayList<>();
        for (JobDefinition def : jobs) {
            Privacy.ownerOnlyFolder(def.outputRoot().resolve(def.name()));
            List<String> args = new ArrayList<>(spring);
            if (!otherDatabase) {
                JobDatabase.adoptLegacy(dataDir, def.name());
                String key = Privacy.databaseKey(env, dataDir.resolve(def.name() + ".mv.db"));
                JobDatabase.properties(dataDir, def.name(), key).forEach((k, v) -> args.add("--" + k + "=" + v));
            } else {
                JobDatabase.otherDatabaseProperties(Privacy.key(env)).forEach((k, v) -> args.add("--" + k + "=" + v));
            }
            args.add("--logging.file.name=" + Failures.logFile(dataDir, "schedule"));
            ConfigurableApplicationContext ctx = RollcallApplication.application().run(args.toArray(new String[0]));
            contexts.add(ctx);
            handles.add(ctx.getBean(JobScheduler.class).start(List.of(def)));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            handles.forEach(JobScheduler.Handle::stop);
            contexts.forEach(ConfigurableApplicationContext::close);
        }));
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCode.COMPLETED.code();
    }
}
