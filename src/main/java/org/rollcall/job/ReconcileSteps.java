package org.rollcall.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rollcall.config.SourceDefinition;
import org.rollcall.ingest.Claim;
import org.rollcall.ingest.IngestSink;
import org.rollcall.ingest.Ingester;
import org.rollcall.ingest.RejectedRow;
import org.rollcall.ingest.SourceRecord;
import org.rollcall.match.Linkage;
import org.rollcall.match.MatchConfigs;
import org.rollcall.match.Matcher;
import org.rollcall.match.ModelReport;
import org.rollcall.match.ScoredPair;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.normalize.RecordNormalizer;
import org.rollcall.reconcile.Changes;
import org.rollcall.reconcile.ListRow;
import org.rollcall.review.DecisionsInForce;
import org.rollcall.review.ReviewImporter;
import org.rollcall.review.ReviewPair;
import org.rollcall.review.ReviewWorkbook;
import org.rollcall.reconcile.PersonState;
import org.rollcall.reconcile.Reconciler;
import org.rollcall.register.IdAssigner;
import org.rollcall.register.RecordKeys;
import org.rollcall.reconcile.Reconciliation;
import org.rollcall.report.ReportWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The five steps of a reconciliation run. Each reads what the step before it stored for the run
 * and stores its own output in one transaction, replacing any earlier attempt's: a restarted run
 * skips the steps that completed and does the failed one again from its stored input.
 */
@Configuration
public class ReconcileSteps {

    static final String RECORDS = "source-records";
    static final String REJECTED = "rejected-rows";
    static final String CLAIMS = "claims";
    static final String PERSONS = "person-records";
    static final String LINKAGE = "linkage";
    static final String PAIRS = "pairs";
    static final String RECONCILIATION = "reconciliation";
    static final String MODEL = "model";
    static final String PERSON_IDS = "person-ids";
    static final String REVIEW_FILES = "review-files";
    static final String DECISIONS_APPLIED = "decisions-applied";
    static final String DECISIONS_NOT_APPLIED = "decisions-not-applied";

    private static final Logger LOG = LoggerFactory.getLogger(ReconcileSteps.class);

    private final JobRepository repository;
    private final PlatformTransactionManager tx;
    private final StageStore store;
    private final RegisterStore register;
    private final DecisionStore decisions;
    private final String redactKey;

    public ReconcileSteps(JobRepository repository, PlatformTransactionManager tx, StageStore store, RegisterStore register,
            DecisionStore decisions, @org.springframework.beans.factory.annotation.Value("${rollcall.redact-key:}") String redactKey) {
        this.redactKey = redactKey;
        this.repository = repository;
        this.tx = tx;
        this.store = store;
        this.register = register;
        this.decisions = decisions;
    }

    /**
     * Reads reviewed workbooks (the job's {@code reviews} path): each file is applied whole, once
     * (by content), or rejected whole with every problem named; decisions are stored with who,
     * the file and the row.
     */
    @Bean
    public Step reviewStep() {
        return new StepBuilder("review", repository).tasklet((contribution, chunk) -> {
            RunContext run = RunContext.of(chunk);
            String job = run.definition().name();
            List<ListRow> files = new ArrayList<>();
            if (run.definition().reviews() != null) {
                for (java.nio.file.Path file : org.rollcall.ingest.SourceFiles.resolve(run.definition().baseDir(), run.definition().reviews())) {
                    String shown = org.rollcall.ingest.SourceFiles.display(run.definition().baseDir(), file);
                    String sha = sha(file);
                    if (decisions.applied(job, sha)) {
                        files.add(new ListRow("", "", "", shown, "already applied in an earlier run: nothing changed"));
                        continue;
                    }
                    try {
                        List<ReviewImporter.Decision> read = ReviewImporter.read(file, shown, job);
                        decisions.save(job, sha, shown, run.run(), read);
                        files.add(new ListRow("", "", "", shown, "applied: " + read.size() + " decisions"));
                    } catch (ReviewImporter.RejectedFile e) {
                        files.add(new ListRow("", "", "", shown, "rejected: " + e.getMessage()));
                        LOG.warn("review file {} rejected", shown);
                    }
                }
            }
            store.save(run.run(), REVIEW_FILES, files);
            return RepeatStatus.FINISHED;
        }, tx).build();
    }

    private static String sha(java.nio.file.Path file) throws java.io.IOException, java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(java.nio.file.Files.readAllBytes(file)));
    }

    /**
     * Gives this run's people the register's stable ids: a person keeps an id across runs as
     * long as their records do (see {@link IdAssigner} for merges and splits).
     */
    @Bean
    public Step registerStep() {
        return new StepBuilder("register", repository).tasklet((contribution, chunk) -> {
            RunContext run = RunContext.of(chunk);
            String job = run.definition().name();
            List<PersonRecord> persons = store.load(run.run(), PERSONS, PersonRecord.class);
            Linkage linkage = store.loadOne(run.run(), LINKAGE, Linkage.class);
            List<String> keys = RecordKeys.of(persons);
            long[] next = {register.lastNumber(job)};
            IdAssigner.Assignment a = IdAssigner.assign(linkage.clusterOf(), linkage.clusters(), keys, register.previous(job),
                    () -> String.format("P%06d", ++next[0]));
            register.save(job, run.run(), keys, linkage.clusterOf(), a);
            store.save(run.run(), PERSON_IDS, java.util.Collections.singletonList(a.personOfCluster()));
            LOG.info("register: {} people, {} new, {} merges, {} splits", a.personOfCluster().length, a.created().size(),
                    a.merges().size(), a.splits().size());
            return RepeatStatus.FINISHED;
        }, tx).build();
    }

    /** Reads every source: records with provenance, rejected rows with reasons, stated figures. */
    @Bean
    public Step ingestStep() {
        return new StepBuilder("ingest", repository).tasklet((contribution, chunk) -> {
            RunContext run = RunContext.of(chunk);
            Ingester ingester = new Ingester(run.definition().baseDir());
            List<SourceRecord> records = new ArrayList<>();
            List<RejectedRow> rejected = new ArrayList<>();
            List<Claim> claims = new ArrayList<>();
            for (SourceDefinition source : run.definition().sources()) {
                Progress progress = new Progress(LOG, "ingest " + source.id(), 0);
                IngestSink sink = ingester.read(source, progress::tick);
                records.addAll(sink.records());
                rejected.addAll(sink.rejected());
                claims.addAll(sink.claims());
                LOG.info("ingest: {} — {} records, {} rejected rows, {} stated figures", source.id(), sink.records().size(),
                        sink.rejected().size(), sink.claims().size());
            }
            store.save(run.run(), RECORDS, records);
            store.save(run.run(), REJECTED, rejected);
            store.save(run.run(), CLAIMS, claims);
            contribution.incrementWriteCount(records.size());
            return RepeatStatus.FINISHED;
        }, tx).build();
    }

    /** Parses names, cédulas, dates and decisions. */
    @Bean
    public Step normalizeStep() {
        return new StepBuilder("normalize", repository).tasklet((contribution, chunk) -> {
            RunContext run = RunContext.of(chunk);
            Map<String, RecordNormalizer> normalizers = new LinkedHashMap<>();
            run.definition().sources().forEach(s -> normalizers.put(s.id(), new RecordNormalizer(s)));
            List<SourceRecord> raw = store.load(run.run(), RECORDS, SourceRecord.class);
            Progress progress = new Progress(LOG, "normalize", raw.size());
            List<PersonRecord> persons = new ArrayList<>(raw.size());
            for (SourceRecord r : raw) {
                persons.add(normalizers.get(r.sourceId()).normalize(r));
                progress.tick(persons.size());
            }
            progress.done(persons.size());
            store.save(run.run(), PERSONS, persons);
            contribution.incrementWriteCount(persons.size());
            return RepeatStatus.FINISHED;
        }, tx).build();
    }

    /** Blocks, scores and clusters the records into people. */
    @Bean
    public Step matchStep() {
        return new StepBuilder("match", repository).tasklet((contribution, chunk) -> {
            RunContext run = RunContext.of(chunk);
            List<PersonRecord> persons = store.load(run.run(), PERSONS, PersonRecord.class);
            DecisionsInForce.Result decided = DecisionsInForce.resolve(decisions.all(run.definition().name()), RecordKeys.of(persons));
            Matcher.Result result = new Matcher(MatchConfigs.from(run.definition().matching(), run.definition().sources()))
                    .match(persons, null, decided.decisions());
            store.save(run.run(), DECISIONS_APPLIED, decided.applied().stream().map(d -> new ListRow(d.pairId(), d.verdict().label("en"),
                    d.reviewer(), d.file() + ", row " + d.row(), d.comment() + (d.comment().isEmpty() ? "" : "; ") + "imported in run "
                    + d.importedRun())).toList());
            store.save(run.run(), DECISIONS_NOT_APPLIED, decided.notApplied().stream().map(e -> new ListRow(e.getKey().pairId(),
                    e.getKey().verdict().label("en"), e.getKey().reviewer(), e.getKey().file() + ", row " + e.getKey().row(), e.getValue())).toList());
            store.save(run.run(), LINKAGE, List.of(result.linkage()));
            store.save(run.run(), MODEL, List.of(ModelReport.of(result.model())));
            store.save(run.run(), PAIRS, result.pairs());
            LOG.info("match: {} records → {} people; {} candidate pairs {}; ms by phase {}", persons.size(), result.linkage().clusters(),
                    result.linkage().candidatePairs(), result.linkage().pairsByRule(), result.linkage().millis());
            return RepeatStatus.FINISHED;
        }, tx).build();
    }

    /** Computes the figures and the lists behind them. */
    @Bean
    public Step reconcileStep() {
        return new StepBuilder("reconcile", repository).tasklet((contribution, chunk) -> {
            RunContext run = RunContext.of(chunk);
            Reconciliation rec = Reconciler.reconcile(store.load(run.run(), PERSONS, PersonRecord.class),
                    store.loadOne(run.run(), LINKAGE, Linkage.class), store.load(run.run(), PAIRS, ScoredPair.class),
                    store.load(run.run(), CLAIMS, Claim.class), store.load(run.run(), REJECTED, RejectedRow.class),
                    run.definition().reconcile(), store.loadOne(run.run(), PERSON_IDS, String[].class));
            String job = run.definition().name();
            List<PersonState> previous = register.previousStates(job, run.run());
            register.saveStates(job, run.run(), rec.states());
            rec = rec.withChanges(Changes.between(previous, rec.states()), previous.isEmpty());
            java.util.Map<String, List<ListRow>> review = new java.util.LinkedHashMap<>();
            review.put("review-decisions-applied", store.load(run.run(), DECISIONS_APPLIED, ListRow.class));
            review.put("review-decisions-not-applied", store.load(run.run(), DECISIONS_NOT_APPLIED, ListRow.class));
            review.put("review-files-rejected", store.load(run.run(), REVIEW_FILES, ListRow.class).stream()
                    .filter(r -> r.detail().startsWith("rejected")).toList());
            rec = rec.withCounted(java.util.Map.of("review-decisions-applied", "analysts' decisions in force, with who decided and where",
                    "review-decisions-not-applied", "analysts' decisions not applied, each with the reason",
                    "review-files-rejected", "review files not applied, with every problem"), review);
            store.save(run.run(), RECONCILIATION, List.of(rec));
            store.saveEntities(run.run(), rec.entities());
            store.saveFigures(run.run(), rec.figures());
            return RepeatStatus.FINISHED;
        }, tx).build();
    }

    /**
     * Pairs for a person to decide: the model's review pairs and links made at a risk (cédulas one
     * typo apart), minus pairs already decided; those that change the amnesty figures first.
     */
    private static List<ReviewPair> reviewPairs(List<PersonRecord> persons, List<ScoredPair> pairs, Reconciliation rec) {
        List<String> keys = RecordKeys.of(persons);
        java.util.Set<String> decided = new java.util.HashSet<>();
        rec.lists().getOrDefault("review-decisions-applied", List.of()).forEach(r -> decided.add(r.entityId()));
        List<ReviewPair> out = new ArrayList<>();
        for (ScoredPair p : pairs) {
            boolean risky = p.outcome() == org.rollcall.match.Outcome.MATCH
                    && p.contributions().stream().anyMatch(c -> c.field().equals("id-number") && c.level().equals("one typo"));
            if (p.outcome() != org.rollcall.match.Outcome.REVIEW && !risky) {
                continue;
            }
            String id = ReviewPair.idOf(keys.get(p.a()), keys.get(p.b()));
            if (decided.contains(id)) {
                continue;
            }
            PersonRecord a = persons.get(p.a());
            PersonRecord b = persons.get(p.b());
            java.util.Set<org.rollcall.domain.SourceKind> kinds = java.util.EnumSet.of(a.kind(), b.kind());
            int priority = kinds.contains(org.rollcall.domain.SourceKind.ANNOUNCEMENT) ? 1
                    : kinds.contains(org.rollcall.domain.SourceKind.NGO_LIST) ? 2 : 3;
            String why = (risky ? "linked, with cédulas one typo apart; " : "") + p.contributions().stream()
                    .map(c -> c.field() + " " + c.level() + " " + String.format(java.util.Locale.ROOT, "%+.1f", c.weight()))
                    .collect(java.util.stream.Collectors.joining(", ")) + (p.note() == null ? "" : "; " + p.note());
            out.add(new ReviewPair(id, keys.get(p.a()), keys.get(p.b()), priority, p.probability(), side(a), side(b), why));
        }
        out.sort(java.util.Comparator.comparingInt(ReviewPair::priority).thenComparing(ReviewPair::probability, java.util.Comparator.reverseOrder()));
        return out;
    }

    private static ReviewPair.Side side(PersonRecord r) {
        return new ReviewPair.Side(r.sourceId(), r.recordRef(), r.name().display(), r.id() != null ? r.id().toString() : r.rawId(),
                r.provenance(), r.offence());
    }

    private static List<List<String>> auditRows(Reconciliation rec) {
        return rec.lists().getOrDefault("review-decisions-applied", List.of()).stream()
                .map(r -> List.of(r.entityId(), r.name(), r.idNumber(), r.detail(), r.sourceRows(), "", "")).toList();
    }

    private static String title(org.rollcall.config.JobDefinition def) {
        String base = def.report().title() != null ? def.report().title() : def.description() != null ? def.description() : def.name();
        return base;
    }

    /** Writes the reports into the run's folder and mirrors them in latest/. */
    @Bean
    public Step reportStep() {
        return new StepBuilder("report", repository).tasklet((contribution, chunk) -> {
            RunContext run = RunContext.of(chunk);
            Reconciliation rec = store.loadOne(run.run(), RECONCILIATION, Reconciliation.class);
            Linkage linkage = store.loadOne(run.run(), LINKAGE, Linkage.class);
            Map<String, Object> info = new LinkedHashMap<>();
            Map<String, Object> blocking = new LinkedHashMap<>(); // in the documented order, the same in every run
            blocking.put("candidate_pairs", linkage.candidatePairs());
            blocking.put("pairs_by_rule", linkage.pairsByRule());
            blocking.put("skipped_blocks", linkage.skippedBlocks());
            info.put("blocking", blocking);
            info.put("match_millis", linkage.millis());
            List<PersonRecord> persons = store.load(run.run(), PERSONS, PersonRecord.class);
            List<ReportWriter.PairRow> pairs = store.load(run.run(), PAIRS, ScoredPair.class).stream().map(p -> {
                PersonRecord a = persons.get(p.a());
                PersonRecord b = persons.get(p.b());
                return new ReportWriter.PairRow(a.sourceId(), a.recordRef(), b.sourceId(), b.recordRef(), p.outcome().name().toLowerCase(),
                        p.probability(), p.weight(), p.note(), p.contributions());
            }).toList();
            java.nio.file.Path runDir = run.definition().outputRoot().resolve(run.definition().name()).resolve(run.runName());
            java.nio.file.Files.createDirectories(runDir);
            if (redactKey.isEmpty()) {
                ReviewWorkbook.write(runDir.resolve("review.xlsx"), run.definition().name(), run.runName(), run.definition().report().language(),
                        reviewPairs(persons, store.load(run.run(), PAIRS, ScoredPair.class), rec), auditRows(rec));
            } else {
                rec = new org.rollcall.report.Redactor(redactKey).redact(rec);
            }
            ReportWriter.write(run.definition().outputRoot().resolve(run.definition().name()), run.runName(),
                    run.definition().name(), rec, info, store.loadOne(run.run(), MODEL, ModelReport.class), pairs,
                    run.definition().report().language(), title(run.definition()));
            store.forget(run.run());
            return RepeatStatus.FINISHED;
        }, tx).build();
    }
}
