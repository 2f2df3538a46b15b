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

    private static final Logger LOG = LoggerFactory.getLogger(ReconcileSteps.class);

    private final JobRepository repository;
    private final PlatformTransactionManager tx;
    private final StageStore store;
    private final RegisterStore register;

    public ReconcileSteps(JobRepository repository, PlatformTransactionManager tx, StageStore store, RegisterStore register) {
        this.repository = repository;
        this.tx = tx;
        this.store = store;
        this.register = register;
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
                IngestSink sink = ingester.read(source);
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
            List<PersonRecord> persons = store.load(run.run(), RECORDS, SourceRecord.class).stream()
                    .map(r -> normalizers.get(r.sourceId()).normalize(r)).toList();
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
            Matcher.Result result = new Matcher(MatchConfigs.from(run.definition().matching(), run.definition().sources())).match(persons);
            store.save(run.run(), LINKAGE, List.of(result.linkage()));
            store.save(run.run(), MODEL, List.of(ModelReport.of(result.model())));
            store.save(run.run(), PAIRS, result.pairs());
            LOG.info("match: {} records → {} people; {} candidate pairs {}", persons.size(), result.linkage().clusters(),
                    result.linkage().candidatePairs(), result.linkage().pairsByRule());
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
            store.save(run.run(), RECONCILIATION, List.of(rec));
            store.saveEntities(run.run(), rec.entities());
            store.saveFigures(run.run(), rec.figures());
            return RepeatStatus.FINISHED;
        }, tx).build();
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
            info.put("blocking", Map.of("candidate_pairs", linkage.candidatePairs(), "pairs_by_rule", linkage.pairsByRule(),
                    "skipped_blocks", linkage.skippedBlocks()));
            info.put("match_millis", linkage.millis());
            List<PersonRecord> persons = store.load(run.run(), PERSONS, PersonRecord.class);
            List<ReportWriter.PairRow> pairs = store.load(run.run(), PAIRS, ScoredPair.class).stream().map(p -> {
                PersonRecord a = persons.get(p.a());
                PersonRecord b = persons.get(p.b());
                return new ReportWriter.PairRow(a.sourceId(), a.recordRef(), b.sourceId(), b.recordRef(), p.outcome().name().toLowerCase(),
                        p.probability(), p.weight(), p.note(), p.contributions());
            }).toList();
            ReportWriter.write(run.definition().outputRoot().resolve(run.definition().name()), run.runName(),
                    run.definition().name(), rec, info, store.loadOne(run.run(), MODEL, ModelReport.class), pairs,
                    run.definition().report().language(), title(run.definition()));
            store.forget(run.run());
            return RepeatStatus.FINISHED;
        }, tx).build();
    }
}
