package org.rollcall.match;

import org.rollcall.job.JobFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rollcall.config.JobDefinition;
import org.rollcall.config.SourceDefinition;
import org.rollcall.ingest.Ingester;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.normalize.RecordNormalizer;

/**
 * The linker exactly as the nightly job configures it, with the model it learns from the sample
 * inputs (no labels), so that rules can be asserted on two records at a time.
 */
final class Rules {

    static final JobDefinition NIGHTLY = JobFiles.load(Path.of("jobs/nightly.yaml"), Path.of("").toAbsolutePath());
    static final MatchConfig CONFIG = MatchConfigs.from(NIGHTLY.matching(), NIGHTLY.sources());
    static final MatchModel MODEL = new Linker(CONFIG).match(sampleRecords()).model();

    private Rules() {
    }

    static List<PersonRecord> sampleRecords() {
        List<PersonRecord> out = new ArrayList<>();
        Ingester ingester = new Ingester(NIGHTLY.baseDir());
        for (SourceDefinition s : NIGHTLY.sources()) {
            RecordNormalizer normalizer = new RecordNormalizer(s);
            ingester.read(s).records().forEach(r -> out.add(normalizer.normalize(r)));
        }
        return out;
    }

    static Linker.Result match(PersonRecord... records) {
        return new Linker(CONFIG).match(List.of(records), MODEL);
    }

    /** The outcome for two records: MATCH only when they end up in one person, REVIEW when listed for review. */
    static Outcome outcome(PersonRecord a, PersonRecord b) {
        Linker.Result r = match(a, b);
        if (r.linkage().clusterOf()[0] == r.linkage().clusterOf()[1]) {
            return Outcome.MATCH;
        }
        return r.pairs().stream().anyMatch(p -> p.outcome() == Outcome.REVIEW) ? Outcome.REVIEW : Outcome.NON_MATCH;
    }

    static double weight(PersonRecord a, PersonRecord b) {
        Linker.Result r = match(a, b);
        return r.pairs().isEmpty() ? Double.NEGATIVE_INFINITY : r.pairs().get(0).weight();
    }
}
