package org.rollcall.job;

import java.nio.file.Path;
import java.util.List;
import org.rollcall.config.JobDefinition;
import org.rollcall.config.JobDefinitionLoader;
import org.rollcall.match.MatchConfigs;

/** Loads job files with every layer's check composed: the one way the application reads a job file. */
public final class JobFiles {

    private static final JobDefinitionLoader LOADER = new JobDefinitionLoader(
            List.of(def -> MatchConfigs.problems(def.matching(), def.sources())));

    private JobFiles() {
    }

    /**
     * @param file the job file
     * @param baseDir the folder its relative paths are resolved against
     * @throws org.rollcall.config.JobDefinitionException listing every problem
     */
    public static JobDefinition load(Path file, Path baseDir) {
        return LOADER.load(file, baseDir);
    }

    /** Reads a job file's text kept when a run began (see {@link JobDefinitionLoader#load(String, Path, Path)}). */
    public static JobDefinition parse(String text, Path file, Path baseDir) {
        return LOADER.load(text, file, baseDir);
    }
}
