package org.rollcall.job;

import org.rollcall.text.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.rollcall.config.JobDefinition;
import org.rollcall.ingest.SourceFiles;
import org.rollcall.reconcile.ListRow;
import org.rollcall.review.ReviewImporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.stereotype.Component;

/**
 * Reads reviewed workbooks (the job's {@code reviews} path): each file is applied whole, once
 * (by content), or rejected whole with every problem named; verdicts are stored with who, the
 * file and the row.
 */
@Component
class ReviewStep extends RunStep {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewStep.class);

    private final VerdictStore verdicts;

    ReviewStep(StageStore store, RunDefinitions definitions, VerdictStore verdicts) {
        super(store, definitions);
        this.verdicts = verdicts;
    }

    @Override
    String name() {
        return "review";
    }

    @Override
    void run(RunContext run, StepContribution contribution, Progress progress) throws IOException, NoSuchAlgorithmException {
        JobDefinition def = run.definition();
        List<ListRow> files = new ArrayList<>();
        Messages m = Messages.of(def.report().language());
        int applied = 0;
        List<ListRow> rejected = new ArrayList<>();
        if (def.reviews() != null) {
            for (Path file : SourceFiles.resolve(def.baseDir(), def.reviews())) {
                String shown = SourceFiles.display(def.baseDir(), file);
                String sha = sha(file);
                if (verdicts.applied(def.name(), sha)) {
                    files.add(new ListRow("", "", "", shown, m.get("review.file-already-applied")));
                    continue;
                }
                try {
                    List<ReviewImporter.ReviewedRow> read = ReviewImporter.read(file, shown, def.name(), m);
                    verdicts.save(def.name(), sha, shown, run.run(), read);
                    files.add(new ListRow("", "", "", shown, m.format("review.file-applied", String.valueOf(read.size()))));
                    applied++;
                    LOG.info("review file {}: {} decisions read, applied from this run on", shown, read.size());
                } catch (ReviewImporter.RejectedFile e) {
                    ListRow row = new ListRow("", "", "", shown, m.format("review.file-rejected", e.getMessage()));
                    files.add(row);
                    rejected.add(row);
                    LOG.warn("review file {} rejected: {}", shown, e.getMessage());
                }
            }
        }
        if (def.reviews() != null) {
            LOG.info("review: {} review files, {} new, {} rejected", files.size(), applied, rejected.size());
        }
        store.save(run.run(), Stages.REVIEW_FILES, files);
        store.save(run.run(), Stages.REVIEW_FILES_REJECTED, rejected);
    }

    private static String sha(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
