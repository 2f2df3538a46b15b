package org.rollcall.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import org.rollcall.text.Messages;
import org.rollcall.ingest.Snapshots;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Objects;
import java.util.TreeSet;
import org.rollcall.config.JobDefinition;
import org.rollcall.config.SourceDefinition;
import org.rollcall.match.Contribution;
import org.rollcall.match.Linkage;
import org.rollcall.match.Outcome;
import org.rollcall.match.ScoredPair;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.reconcile.ListOverlaps;
import org.rollcall.reconcile.Withdrawals;
import org.rollcall.reconcile.Reconciliation;
import org.rollcall.register.RecordKeys;
import org.rollcall.report.Beside;
import org.rollcall.report.Redactor;
import org.rollcall.report.ReportWriter;
import org.rollcall.report.RunHeader;
import org.rollcall.review.ReviewPair;
import org.rollcall.review.ReviewWorkbook;
import org.rollcall.review.VerdictsInForce.StoredVerdict;
import org.rollcall.text.SharedValues;
import org.rollcall.text.TextFold;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Writes the reports into the run's folder and mirrors them in latest/. */
@Component
class ReportStep extends RunStep {

    private static final Logger LOG = LoggerFactory.getLogger(ReportStep.class);

    private final String redactKey;

    private final RegisterStore register;

    ReportStep(StageStore store, RunDefinitions definitions, RegisterStore register, @Value("${rollcall.redact-key:}") String redactKey) {
        super(store, definitions);
        this.register = register;
        this.redactKey = redactKey;
    }

    @Override
    String name() {
        return "report";
    }

    /**
     * What the reports take from the run's records: read first, so that the records (a million at
     * the largest) can go before the reports are written.
     */
    private record FromRecords(Map<String, Object> info, List<ReportWriter.PairRow> pairs, RunHeader header) {
    }

    @Override
    void run(RunContext run, StepContribution contribution, Progress progress) throws Exception {
        JobDefinition def = run.definition();
        Reconciliation rec = new StagedLists(store, run.run()).attach(store.loadOne(run.run(), Stages.RECONCILIATION));
        Path runDir = def.outputRoot().resolve(def.name()).resolve(run.runName());
        Files.createDirectories(runDir);
        List<ReviewPair> toReview = redactKey.isEmpty() ? store.load(run.run(), Stages.REVIEW_PAIRS) : List.of();
        List<StoredVerdict> inForce = redactKey.isEmpty() ? store.load(run.run(), Stages.VERDICTS_IN_FORCE) : List.of();
        // the review workbook on a thread of its own while the other reports are written (a redacted run writes none):
        // about a fifth of the step on small lists, most of it POI's shared-strings table, on the machine's second core
        try (Beside review = redactKey.isEmpty() ? new Beside("review.xlsx", () -> ReviewWorkbook.write(runDir.resolve("review.xlsx"),
                def.name(), run.runName(), def.report().language(), toReview, inForce)) : null) {
            FromRecords from = fromRecords(run, rec);
            if (!redactKey.isEmpty()) {
                rec = new Redactor(redactKey, def.report().redactedDates()).redact(rec);
            }
            long start = System.nanoTime();
            ReportWriter.write(def.outputRoot().resolve(def.name()), run.runName(), def.name(), rec, from.info(),
                    store.loadOne(run.run(), Stages.MODEL), redactKey.isEmpty() ? from.pairs() : new Redactor(redactKey).redactPairs(from.pairs()),
                    def.report().language(), title(def), from.header(), def.report().sheetRows(), progress,
                    review == null ? null : new ReportWriter.Meanwhile("review.xlsx", "rows", toReview.size(), review));
            LOG.info(String.format(Locale.ROOT, "report: %d figures, %d lists written in %.1f s to %s", rec.figures().size(), rec.lists().size(),
                    (System.nanoTime() - start) / 1e9, runDir.toAbsolutePath().normalize()));
        }
        store.forget(run.run());
    }

    private FromRecords fromRecords(RunContext run, Reconciliation rec) {
        JobDefinition def = run.definition();
        Linkage linkage = store.loadOne(run.run(), Stages.LINKAGE);
        Map<String, Object> info = new LinkedHashMap<>();
        Map<String, Object> blocking = new LinkedHashMap<>();
        blocking.put("candidate_pairs", linkage.candidatePairs());
        blocking.put("pairs_by_rule", linkage.pairsByRule());
        blocking.put("skipped_blocks", linkage.skippedBlocks());
        info.put("blocking", blocking);
        info.put("match_millis", linkage.millis());
        info.put("accounting", store.load(run.run(), Stages.SOURCE_ACCOUNTS));
        String[] personOfCluster = store.loadOne(run.run(), Stages.PERSON_IDS);
        List<PersonRecord> persons = store.load(run.run(), Stages.PERSON_RECORDS);
        RunHeader header = header(run, persons);
        Map<String, Map<String, String>> strata = strata(def, persons, linkage, personOfCluster);
        List<ReviewPair> reviewPairs = store.load(run.run(), Stages.REVIEW_PAIRS);
        Set<String> asked = reviewPairs.stream().map(ReviewPair::pairId).collect(Collectors.toSet());
        String[] askedKey = askedKeys(persons, reviewPairs);
        String[] sourceOf = new String[persons.size()];
        String[] refOf = new String[persons.size()];
        // a correction communiqué's source lists nobody (its records take people off a list, or write entries anew): not a list to estimate from
        Set<String> listing = new HashSet<>();
        for (int i = 0; i < persons.size(); i++) {
            sourceOf[i] = persons.get(i).sourceId();
            refOf[i] = persons.get(i).recordRef();
            if (!Withdrawals.OFF_LIST.contains(persons.get(i).kind())) {
                listing.add(sourceOf[i]);
            }
        }
        Set<String> withdrawing = persons.stream().filter(r -> Withdrawals.OFF_LIST.contains(r.kind())).map(PersonRecord::sourceId)
                .filter(id -> !listing.contains(id)).collect(Collectors.toSet());
        // the records (a million at the largest) go before the pairs are read: both do not fit in 2 GiB; no later step reads them
        persons = null;
        store.release(run.run(), Stages.PERSON_RECORDS);
        List<ReportWriter.PairRow> pairs = new ArrayList<>();
        List<String[]> uncertain = new ArrayList<>();
        // pairs read back from their file bring a new object for each of their ten or so contributions, most of them equal to
        // another pair's (a field, a level, a weight): one copy each, or 7 million of them at a million records
        SharedValues contributions = new SharedValues();
        store.each(run.run(), Stages.PAIRS, p -> {
            boolean isAsked = askedKey[p.a()] != null && askedKey[p.b()] != null && asked.contains(ReviewPair.idOf(askedKey[p.a()], askedKey[p.b()]));
            pairs.add(new ReportWriter.PairRow(sourceOf[p.a()], refOf[p.a()], sourceOf[p.b()], refOf[p.b()], p.outcome().name().toLowerCase(),
                    p.probability(), p.weight(), p.note(), shared(p.contributions(), contributions), isAsked));
            String[] people = uncertainPeople(p, linkage, personOfCluster);
            if (people != null) {
                uncertain.add(people);
            }
        });
        store.release(run.run(), Stages.PAIRS); // read into the rows above; no later step reads the pairs
        info.put("estimates", ListOverlaps.estimates(def.sources().stream().map(SourceDefinition::id).filter(id -> !withdrawing.contains(id)).toList(), rec.states(),
                uncertain, strata));
        return new FromRecords(info, pairs, header);
    }

    /**
     * The register key of each record that is one side of a pair asked for review, {@code null} for the others: a pair is
     * asked when its id, made of its two keys, is one of the review list's, so only those records' keys are kept while the
     * pairs are read (a million keys beside the pairs' rows cost a tenth of the heap at a million records).
     */
    private static String[] askedKeys(List<PersonRecord> persons, List<ReviewPair> reviewPairs) {
        String[] out = new String[persons.size()];
        if (reviewPairs.isEmpty()) {
            return out;
        }
        Set<String> sides = new HashSet<>();
        reviewPairs.forEach(p -> {
            sides.add(p.keyA());
            sides.add(p.keyB());
        });
        List<String> keys = RecordKeys.of(persons);
        for (int i = 0; i < out.length; i++) {
            if (sides.contains(keys.get(i))) {
                out[i] = keys.get(i);
            }
        }
        return out;
    }

    private static List<Contribution> shared(List<Contribution> each, SharedValues seen) {
        List<Contribution> out = new ArrayList<>(each.size());
        for (Contribution c : each) {
            out.add(seen.share(c));
        }
        return List.copyOf(out);
    }

    /** The run, its sources (the files read, in the job file's order, with their snapshot dates) and whether it is the job's first. */
    private RunHeader header(RunContext run, List<PersonRecord> persons) {
        JobDefinition def = run.definition();
        Map<String, Set<String>> files = new LinkedHashMap<>();
        persons.forEach(p -> files.computeIfAbsent(p.sourceId(), k -> new TreeSet<>()).add(p.file()));
        store.load(run.run(), Stages.CLAIMS).forEach(c -> files.computeIfAbsent(c.sourceId(), k -> new TreeSet<>()).add(c.file()));
        Map<String, List<String>> unread = new LinkedHashMap<>();
        store.load(run.run(), Stages.SOURCE_ACCOUNTS).stream().filter(a -> a.problem() != null && !a.problem().isBlank())
                .forEach(a -> unread.computeIfAbsent(a.sourceId(), k -> new ArrayList<>())
                        .add(a.problem().contains(a.file()) ? a.problem() : a.file() + ": " + a.problem()));
        Messages words = Messages.of(def.report().language());
        Map<String, List<String>> warnings = new LinkedHashMap<>();
        // dated copies of one list first: every figure of the source may count people twice
        for (SourceDefinition s : def.sources()) {
            Snapshots.of(s.kind(), List.copyOf(files.getOrDefault(s.id(), Set.of()))).forEach(g -> warnings.computeIfAbsent(s.id(),
                    k -> new ArrayList<>()).add(s.id() + ": " + words.format("headline.snapshots", String.valueOf(g.size()), String.join(", ", g))));
        }
        // rows rejected: said on the source's line of the report's opening (most nights have a few; the answer's chart stays in view)
        Map<String, Long> rejected = new LinkedHashMap<>();
        store.load(run.run(), Stages.SOURCE_ACCOUNTS).stream().filter(a -> a.rejected() > 0 && (a.problem() == null || a.problem().isBlank()))
                .forEach(a -> rejected.merge(a.sourceId(), (long) a.rejected(), Long::sum));
        store.load(run.run(), Stages.SOURCE_WARNINGS).forEach(p -> warnings.computeIfAbsent(p.location(), k -> new ArrayList<>())
                .add(p.location() + ": " + p.message() + "; " + p.fix()));
        List<RunHeader.Source> sources = new ArrayList<>();
        for (SourceDefinition s : def.sources()) {
            Set<String> read = files.getOrDefault(s.id(), Set.of());
            LocalDate snapshot = read.stream().map(s::snapshotDate).filter(Objects::nonNull).max(Comparator.naturalOrder())
                    .orElse(s.snapshotDate(null));
            sources.add(new RunHeader.Source(s.id(), List.copyOf(read), snapshot, unread.getOrDefault(s.id(), List.of()),
                    warnings.getOrDefault(s.id(), List.of()), read.stream().map(s::snapshotDate).toList(), rejected.getOrDefault(s.id(), 0L)));
        }
        // absent on a job's first run (no baseline)
        ChangesBaseline baseline = store.load(run.run(), Stages.CHANGES_BASELINE).stream().findFirst().orElse(null);
        return new RunHeader(def.name(), run.runName(), sources, register.previousStates(def.name(), run.run()).isEmpty(),
                def.matching().matchThreshold(), def.matching().reviewThreshold(), baseline == null ? null : baseline.run(),
                baseline != null && baseline.sameFiles(), baseline == null ? List.of() : baseline.alerts());
    }

    /** For each stratum of the job file (an attribute): person id → the first value written on their records, in source order. */
    private static Map<String, Map<String, String>> strata(JobDefinition def, List<PersonRecord> persons, Linkage linkage,
            String[] personOfCluster) {
        List<String> order = def.sources().stream().map(SourceDefinition::id).toList();
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (String stratum : def.estimates().strata()) {
            Map<String, String> valueOf = new LinkedHashMap<>();
            Map<String, Integer> fromSource = new HashMap<>();
            Map<String, String> spelling = new HashMap<>(); // "MILITAR", "Militar", "militar": one stratum, its first spelling
            for (int i = 0; i < persons.size(); i++) {
                PersonRecord r = persons.get(i);
                String value = r.attributes().get(stratum);
                String person = personOfCluster[linkage.clusterOf()[i]];
                int rank = order.indexOf(r.sourceId());
                if (value != null && !value.isBlank() && rank < fromSource.getOrDefault(person, Integer.MAX_VALUE)) {
                    valueOf.put(person, spelling.computeIfAbsent(TextFold.fold(value), k -> value.trim()));
                    fromSource.put(person, rank);
                }
            }
            out.put(stratum, valueOf);
        }
        return out;
    }

    /** The two people of a pair the matcher left for review, kept apart in this run (perhaps one person); else {@code null}. */
    private static String[] uncertainPeople(ScoredPair p, Linkage linkage, String[] personOfCluster) {
        if (p.outcome() != Outcome.REVIEW) {
            return null;
        }
        String[] ids = {personOfCluster[linkage.clusterOf()[p.a()]], personOfCluster[linkage.clusterOf()[p.b()]]};
        return ids[0].equals(ids[1]) ? null : ids;
    }

    private static String title(JobDefinition def) {
        return def.report().title() != null ? def.report().title() : def.description() != null ? def.description() : def.name();
    }
}
