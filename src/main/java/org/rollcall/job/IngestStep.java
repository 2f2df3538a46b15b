package org.rollcall.job;

import org.rollcall.text.Messages;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rollcall.config.SourceDefinition;
import org.rollcall.domain.SourceKind;
import org.rollcall.ingest.Claim;
import org.rollcall.ingest.IngestSink;
import org.rollcall.ingest.Ingester;
import org.rollcall.ingest.RejectedRow;
import org.rollcall.ingest.SourceAccount;
import org.rollcall.ingest.Snapshots;
import org.rollcall.ingest.SourceRecord;
import org.rollcall.domain.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.stereotype.Component;

/** Reads every source: records with provenance, rejected rows with reasons, stated figures. */
@Component
class IngestStep extends RunStep {

    private static final Logger LOG = LoggerFactory.getLogger(IngestStep.class);

    IngestStep(StageStore store, RunDefinitions definitions) {
        super(store, definitions);
    }

    @Override
    String name() {
        return "ingest";
    }

    @Override
    void run(RunContext run, StepContribution contribution, Progress progress) {
        Ingester ingester = new Ingester(run.definition().baseDir());
        List<SourceRecord> records = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<SourceAccount> accounts = new ArrayList<>();
        List<Problem> fieldProblems = new ArrayList<>();
        for (SourceDefinition source : run.definition().sources()) {
            progress.begin(source.id(), "rows", 0);
            IngestSink sink = ingester.read(source, progress, Messages.of(run.definition().report().language()));
            progress.end(sink.accounts().stream().mapToLong(SourceAccount::read).sum());
            records.addAll(sink.records());
            rejected.addAll(sink.rejected());
            claims.addAll(sink.claims());
            accounts.addAll(sink.accounts());
            fieldProblems.addAll(sink.fieldProblems());
            LOG.info("ingest: {} — {} records, {} rejected rows, {} stated figures", source.id(), sink.records().size(),
                    sink.rejected().size(), sink.claims().size());
            sink.accounts().forEach(a -> warnFixedDate(source, a.file()));
            // yesterday's list left beside tonight's: both are read and a person deleted tonight is still counted
            Snapshots.of(source.kind(), sink.accounts().stream().map(SourceAccount::file).toList()).forEach(g -> LOG.warn(
                    "{}: {} files matched by {} look like dated snapshots of one list ({}); every file is read and its rows counted, so"
                    + " a person deleted from the newest is still counted from an older one. Keep only the list to count in the folder,"
                    + " or give path the one file", source.id(), g.size(), source.path(), String.join(", ", g)));
            // a list the communiqué itself says is not an amnesty: its names are not counted as amnestied, and the console says so
            long otherMeasure = sink.records().stream().filter(r -> r.kind() == SourceKind.OTHER_MEASURE).count();
            if (otherMeasure > 0) {
                LOG.warn("{}: {} name(s) stand in a list whose introduction says it is not an amnesty ('sin que constituya amnistía',"
                        + " 'medida cautelar' …): counted among the people, not as announced amnesties; the sentence is quoted in the"
                        + " report's field problems", source.id(), otherMeasure);
            }
            // a rejected row takes its people (or their rulings) out of every figure: said on the console, not only counted
            sink.accounts().stream().filter(a -> a.rejected() > 0 && a.problem() == null).forEach(a -> LOG.warn(
                    "{}: {} row(s) of {} rejected and left out of every figure; each is listed with its reason and fix in rejected-rows"
                    + " (lists/rejected-rows.csv); mend them in the file and run again", source.id(), a.rejected(), a.file()));
        }
        store.save(run.run(), Stages.SOURCE_RECORDS, records);
        store.save(run.run(), Stages.REJECTED_ROWS, rejected);
        store.save(run.run(), Stages.CLAIMS, claims);
        store.save(run.run(), Stages.SOURCE_ACCOUNTS, accounts);
        store.save(run.run(), Stages.FIELD_PROBLEMS, fieldProblems);
        contribution.incrementWriteCount(records.size());
    }

    /**
     * A job file's fixed snapshot-date beside a file named with another date: the list is taken as
     * of the fixed date, which a nightly file's new name does not move (a ruling after it reads as
     * after the list). Said once per file, with the fix.
     */
    private static void warnFixedDate(SourceDefinition source, String file) {
        LocalDate named = SourceDefinition.dateInName(Path.of(file).getFileName().toString());
        if (source.snapshotDate() != null && named != null && !named.equals(source.snapshotDate())) {
            LOG.warn("{}: the file's name says {} but snapshot-date in the job file says {}: the list is taken as of {}; to take each"
                    + " file's date from its name (a list that changes every night), remove snapshot-date from source '{}'", file, named,
                    source.snapshotDate(), source.snapshotDate(), source.id());
        }
    }
}
