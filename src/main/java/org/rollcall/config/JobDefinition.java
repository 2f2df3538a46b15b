package org.rollcall.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.List;

/**
 * A reconciliation job as written in {@code jobs/*.yaml}, validated by {@link JobDefinitionLoader}.
 *
 * @param name job name: folder of its reports and name of its runs ({@code [a-z0-9-]+})
 * @param description free text for people
 * @param schedule Spring cron expression (six fields) for the scheduler; optional
 * @param sources the lists to reconcile, in report order
 * @param matching matcher thresholds
 * @param reconcile how people are classified (excluded offences)
 * @param reviews path or glob of reviewed review workbooks to apply (e.g. input/reviews/*.xlsx); optional
 * @param report report settings
 * @param estimates how the people on no list are estimated (strata)
 * @param compactDatabase compact the job's H2 file when a run ends (true by default; see docs/job-file.md)
 * @param file the job file it was read from (not a YAML key)
 * @param baseDir folder relative paths are resolved against (not a YAML key)
 */
public record JobDefinition(
        String name,
        String description,
        String schedule,
        List<SourceDefinition> sources,
        MatchSettings matching,
        ReconcileSettings reconcile,
        String reviews,
        ReportSettings report,
        EstimateSettings estimates,
        @JsonProperty("compact-database") Boolean compactDatabase,
        @JsonIgnore Path file,
        @JsonIgnore Path baseDir) {

    public JobDefinition {
        sources = sources == null ? List.of() : List.copyOf(sources);
        matching = matching == null ? MatchSettings.DEFAULTS : matching;
        reconcile = reconcile == null ? ReconcileSettings.DEFAULTS : reconcile;
        report = report == null ? new ReportSettings(null, null, null) : report;
        estimates = estimates == null ? EstimateSettings.DEFAULTS : estimates;
        compactDatabase = compactDatabase == null || compactDatabase;
    }

    /** The same definition, located at {@code file} with paths relative to {@code baseDir}. */
    public JobDefinition locatedAt(Path file, Path baseDir) {
        return new JobDefinition(name, description, schedule, sources, matching, reconcile, reviews, report, estimates, compactDatabase, file,
                baseDir);
    }

    /** The output root as an absolute path. */
    public Path outputRoot() {
        return baseDir.resolve(report.outputDir()).normalize();
    }
}
