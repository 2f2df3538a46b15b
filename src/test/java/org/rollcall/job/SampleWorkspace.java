package org.rollcall.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rollcall.config.JobDefinition;
import org.rollcall.sample.SampleGenerator;
import org.rollcall.sample.SampleTruth;

/** A folder laid out like the repository: the generated sample under input/, jobs/nightly.yaml. */
record SampleWorkspace(Path dir, JobDefinition job, SampleTruth truth) {

    static SampleWorkspace create(Path dir) throws IOException {
        SampleTruth truth = SampleGenerator.write(dir.resolve("input"));
        Path jobFile = dir.resolve("jobs/nightly.yaml");
        Files.createDirectories(jobFile.getParent());
        Files.copy(Path.of("jobs/nightly.yaml"), jobFile);
        return new SampleWorkspace(dir, JobFiles.load(jobFile, dir), truth);
    }

    /** The same workspace with one text of its job file replaced (a setting a user would change). */
    SampleWorkspace withJobText(String text, String replacement) throws IOException {
        Path jobFile = dir.resolve("jobs/nightly.yaml");
        String yaml = Files.readString(jobFile);
        if (!yaml.contains(text)) {
            throw new IllegalArgumentException("jobs/nightly.yaml has no '" + text + "'");
        }
        Files.writeString(jobFile, yaml.replace(text, replacement));
        return new SampleWorkspace(dir, JobFiles.load(jobFile, dir), truth);
    }

    Path latest() {
        return dir.resolve("output/nightly/latest");
    }
}
