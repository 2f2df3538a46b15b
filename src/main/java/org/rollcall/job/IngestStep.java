package org.rollcall.job;

import org.rollcall.config.SourceFormat;
import java.util.EnumSet;
import org.rollcall.text.Messages;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLongArray;
import org.rollcall.domain.ProgressListener;
import org.rollcall.config.SourceDefinition;
import org.rollcall.domain.SourceKind;
import org.rollcall.ingest.Claim;
import org.rollcall.ingest.IngestSink;
import org.rollcall.ingest.Ignored;
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

    /** One source read, with the time its reading took. */
    private record Read(IngestSink sink, double seconds) {
    }

    @Override
    void run(RunContext run, StepContribution contribution, Progress progress) throws Exception {
        Ingester ingester = new Ingester(run.definition().baseDir());
        Messages words = Messages.of(run.definition().report().language());
        List<SourceDefinition> sources = run.definition().sources();
        // the sources are read side by side (each into a sink of its own), then taken in the job file's order as if read one by one
        SourcesRead sides = new SourcesRead(progress, sources.size());
        progress.begin("all sources", "rows", 0);
        // the announcement sources one after the other, in the order of their files' dates, each read against the figures of
        // those before it (a news page announcing 553 in html, then a note listing 200 of them in txt); the others side by side
        List<List<Integer>> groups = new ArrayList<>();
        List<Integer> announcements = new ArrayList<>();
        for (int k = 0; k < sources.size(); k++) {
            if (sources.get(k).kind() == SourceKind.ANNOUNCEMENT) {
                announcements.add(k);
            } else {
                groups.add(List.of(k));
            }
        }
        if (!announcements.isEmpty()) {
            Map<Integer, LocalDate> first = new HashMap<>();
            announcements.forEach(k -> first.put(k, ingester.firstDate(sources.get(k))));
            announcements.sort(Comparator.comparing((Integer k) -> first.get(k), Comparator.nullsLast(Comparator.naturalOrder())));
            groups.add(0, announcements);
        }
        List<Callable<List<Read>>> reads = new ArrayList<>();
        for (List<Integer> group : groups) {
            reads.add(() -> {
                List<Read> out = new ArrayList<>();
                List<Claim> prior = new ArrayList<>();
                for (int k : group) {
                    long start = System.nanoTime();
                    IngestSink sink = ingester.read(sources.get(k), sides.source(k), words, prior);
                    prior.addAll(sink.claims());
                    out.add(new Read(sink, (System.nanoTime() - start) / 1e9));
                }
                return out;
            });
        }
        List<List<Read>> byGroup = InOrder.run("ingest", reads);
        Read[] inOrder = new Read[sources.size()];
        for (int g = 0; g < groups.size(); g++) {
            for (int j = 0; j < groups.get(g).size(); j++) {
                inOrder[groups.get(g).get(j)] = byGroup.get(g).get(j);
            }
        }
        List<Read> read = List.of(inOrder);
        List<SourceRecord> records = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<SourceAccount> accounts = new ArrayList<>();
        List<Problem> fieldProblems = new ArrayList<>();
        long rows = 0;
        for (int k = 0; k < sources.size(); k++) {
            SourceDefinition source = sources.get(k);
            IngestSink sink = read.get(k).sink();
            long sourceRows = sink.accounts().stream().mapToLong(SourceAccount::read).sum();
            rows += sourceRows;
            progress.ended(source.id(), "rows", sourceRows, read.get(k).seconds());
            records.addAll(sink.records());
            rejected.addAll(sink.rejected());
            claims.addAll(sink.claims());
            accounts.addAll(sink.accounts());
            fieldProblems.addAll(sink.fieldProblems());
            LOG.info("ingest: {} — {} records, {} rejected rows, {} stated figures", source.id(), sink.records().size(),
                    sink.rejected().size(), sink.claims().size());
            sink.accounts().forEach(a -> warnFixedDate(source, a.file()));
            sink.warnings().forEach(w -> LOG.warn("{}: {}", source.id(), w));
            // rows struck through are removed rows the list keeps in sight: left out, and said, for a struck row that is not one is lost
            sink.accounts().stream().filter(a -> a.ignored().getOrDefault(Ignored.STRUCK_THROUGH.key(), 0) > 0).forEach(a -> LOG.warn(
                    "{}: {} row(s) of {} are struck through (every written cell's font crossed out) and were left out as removed rows"
                    + " (ignored '{}' in the accounting); if one is a person to count, remove the strikethrough", source.id(),
                    a.ignored().get(Ignored.STRUCK_THROUGH.key()), a.file(), Ignored.STRUCK_THROUGH.key()));
            // yesterday's list left beside tonight's: both are read and a person deleted tonight is still counted
            Snapshots.of(source.kind(), sink.accounts().stream().map(SourceAccount::file).toList()).forEach(g -> LOG.warn(
                    "{}: {} files matched by {} look like dated snapshots or downloaded copies of one list ({}); every file is read and its rows counted, so"
                    + " a person deleted from the newest is still counted from an older one, and a person whose row changed is read as two rows:"
                    + " the old row's status and detention date invent status changes and releases followed by re-arrests"
                    + " (released-and-rearrested, changes) that never happened. Keep only the list to count in the folder,"
                    + " or give path the one file", source.id(), g.size(), source.path(), String.join(", ", g)));
            // a list the communiqué itself says is not an amnesty: its names are not counted as amnestied, and the console says so
            long otherMeasure = sink.records().stream().filter(r -> r.kind() == SourceKind.OTHER_MEASURE).count();
            if (otherMeasure > 0) {
                LOG.warn("{}: {} name(s) stand in a list whose introduction says it is not an amnesty ('sin que constituya amnistía',"
                        + " 'medida cautelar' …): counted among the people, not as announced amnesties; the sentence is quoted in the"
                        + " report's field problems", source.id(), otherMeasure);
            }
            // a correction communiqué changes the lists read before it: said on the console, each withdrawal listed in listed-withdrawn
            long withdrawals = sink.records().stream().filter(r -> r.kind() == SourceKind.WITHDRAWAL).count();
            long rewritten = sink.records().stream().filter(r -> r.kind() == SourceKind.CORRECTION).count();
            if (withdrawals + rewritten > 0) {
                LOG.warn("{}: a correction of an earlier communiqué: {} person(s) taken off the list, {} entry(ies) written anew; the entries"
                        + " they find (by name and cédula) are no longer listed (listed-withdrawn), and a total it restates replaces the figure"
                        + " it corrects in announced", source.id(), withdrawals, rewritten);
            }
            // a rejected row takes its people (or their rulings) out of every figure: said on the console, not only counted
            boolean lines = EnumSet.of(SourceFormat.TXT, SourceFormat.HTML, SourceFormat.PDF, SourceFormat.DOCX).contains(source.format());
            sink.accounts().stream().filter(a -> a.rejected() > 0 && a.problem() == null && !lines).forEach(a -> LOG.warn(
                    "{}: {} row(s) of {} rejected and left out of every figure; each is listed with its reason and fix in rejected-rows"
                    + " (lists/rejected-rows.csv); mend them in the file and run again", source.id(), a.rejected(), a.file()));
            // a document's rejected line may be half of an entry (a name wrapped over a page break): the other half may have been read
            sink.accounts().stream().filter(a -> a.rejected() > 0 && a.problem() == null && lines).forEach(a -> LOG.warn(
                    "{}: {} line(s) of {} rejected: their text is in no figure, and an entry they belong to (a name or cédula carried"
                    + " onto the next line) was read without them; each is listed with its reason and fix in rejected-rows"
                    + " (lists/rejected-rows.csv); mend them in the file and run again", source.id(), a.rejected(), a.file()));
        }
        progress.end(rows);
        store.save(run.run(), Stages.SOURCE_RECORDS, records);
        store.save(run.run(), Stages.REJECTED_ROWS, rejected);
        store.save(run.run(), Stages.CLAIMS, claims);
        store.save(run.run(), Stages.SOURCE_ACCOUNTS, accounts);
        store.save(run.run(), Stages.FIELD_PROBLEMS, fieldProblems);
        contribution.incrementWriteCount(records.size());
    }

    /** The progress of sources read side by side, told to the step's progress as their sums. */
    private static final class SourcesRead {

        /** Rows between two sums, less one (a power of two). */
        private static final long TICKS = (1 << 10) - 1;

        private final Progress progress;
        private final AtomicLongArray done;
        private final AtomicLongArray expected;

        SourcesRead(Progress progress, int sources) {
            this.progress = progress;
            this.done = new AtomicLongArray(sources);
            this.expected = new AtomicLongArray(sources);
        }

        /** The listener of the {@code k}th source's reading. */
        ProgressListener source(int k) {
            return new ProgressListener() {
                @Override
                public void begin(String phase, String unit, long total) {
                    expect(total);
                }

                @Override
                public void expect(long total) {
                    expected.set(k, total);
                    progress.expect(sum(expected));
                }

                @Override
                public void tick(long count) {
                    if ((count & TICKS) == 0) { // told after every row: summed once in a while (the heartbeat reads it every 2 s)
                        done.set(k, count);
                        progress.tick(sum(done));
                    }
                }

                @Override
                public void end(long count) {
                    done.set(k, count);
                    progress.tick(sum(done));
                }
            };
        }

        private static long sum(AtomicLongArray values) {
            long sum = 0;
            for (int i = 0; i < values.length(); i++) {
                sum += values.get(i);
            }
            return sum;
        }
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
