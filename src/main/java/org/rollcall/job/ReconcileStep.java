package org.rollcall.job;

import org.rollcall.text.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.rollcall.match.Linkage;
import org.rollcall.match.ScoredPair;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.register.RecordKeys;
import org.rollcall.review.ReviewSelection;
import org.rollcall.review.Verdict;
import org.rollcall.review.VerdictsInForce.StoredVerdict;
import java.util.Map;
import org.rollcall.domain.Problem;
import org.rollcall.ingest.Claim;
import org.rollcall.ingest.RejectedRow;
import org.rollcall.reconcile.Changes;
import org.rollcall.reconcile.CoverageRules;
import org.rollcall.reconcile.DetentionDates;
import org.rollcall.reconcile.FieldProblems;
import org.rollcall.reconcile.ListRow;
import org.rollcall.reconcile.PersonState;
import org.rollcall.reconcile.Reconciler;
import org.rollcall.reconcile.Reconciliation;
import org.rollcall.reconcile.RuleConflicts;
import org.rollcall.reconcile.RuleValues;
import org.rollcall.reconcile.SharedIds;
import org.rollcall.reconcile.SourceDrops;
import org.rollcall.reconcile.Withdrawals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Computes the figures and the lists behind them, and what changed since the job's previous run. */
@Component
class ReconcileStep extends RunStep {

    private static final Logger LOG = LoggerFactory.getLogger(ReconcileStep.class);
    /** Rows of a kind said as WARN lines before the rest is left to the list. */
    private static final int WARN_LINES = 20;

    private final RegisterStore register;
    private final JobRepository jobs;

    /** True when the user says a source that fell sharply really shrank: this run is then its baseline as any other. */
    private final boolean acceptDrop;

    ReconcileStep(StageStore store, RunDefinitions definitions, RegisterStore register, JobRepository jobs,
            @Value("${rollcall.accept-drop:false}") boolean acceptDrop) {
        super(store, definitions);
        this.register = register;
        this.jobs = jobs;
        this.acceptDrop = acceptDrop;
    }

    @Override
    String name() {
        return "reconcile";
    }

    /**
     * The scored pairs the review list may take ({@link ReviewSelection#candidate}), read one by one from the stage:
     * at a million records the pairs and their explanations do not fit beside the records in 2 GiB.
     */
    private List<ScoredPair> reviewCandidates(long key) {
        List<ScoredPair> out = new ArrayList<>();
        store.each(key, Stages.PAIRS, p -> {
            if (ReviewSelection.candidate(p)) {
                out.add(p);
            }
        });
        return out;
    }

    @Override
    void run(RunContext run, StepContribution contribution, Progress progress) {
        long key = run.run();
        List<PersonRecord> persons = store.load(key, Stages.PERSON_RECORDS);
        Linkage linkage = store.loadOne(key, Stages.LINKAGE);
        String[] personOfCluster = store.loadOne(key, Stages.PERSON_IDS);
        Messages words = Messages.of(run.definition().report().language());
        List<StoredVerdict> verdicts = store.load(key, Stages.VERDICTS_IN_FORCE);
        Set<String> decided = verdicts.stream().filter(v -> v.verdict() != Verdict.UNSURE).map(StoredVerdict::pairId).collect(Collectors.toSet());
        Set<String> apart = verdicts.stream().filter(v -> v.verdict() == Verdict.DIFFERENT).map(StoredVerdict::pairId).collect(Collectors.toSet());
        progress.begin("pairs to review", "pairs", 0);
        List<ReviewSelection.Selected> toReview = ReviewSelection.select(persons, reviewCandidates(key), RecordKeys.of(persons),
                linkage.clusterOf(), decided, apart, run.definition().matching().reviewThreshold(), words);
        progress.end(toReview.size());
        progress.begin("figures", "people", 0);
        StagedLists lists = StagedLists.writingBeside(store, key);
        String job = run.definition().name();
        // the baseline run's states (the previous run, unless it could not read a source): where the NGO said each person
        // was then (a release then, a detention now: a re-arrest), and the changes
        Set<String> unreadNow = store.load(key, Stages.REJECTED_ROWS).stream().filter(RejectedRow::isWholeFile).map(RejectedRow::sourceId)
                .collect(Collectors.toCollection(TreeSet::new));
        RegisterStore.Baseline baseline = register.baseline(job, key);
        unreadNow.addAll(fellSharply(run, key, baseline, unreadNow, words));
        List<PersonState> previous = baseline == null ? List.of() : register.states(job, baseline.runKey());
        Reconciliation rec = Reconciler.reconcile(persons, linkage, toReview.stream().map(ReviewSelection.Selected::pair).toList(),
                store.load(key, Stages.CLAIMS), store.load(key, Stages.REJECTED_ROWS), run.definition().reconcile(),
                personOfCluster, words, lists, Changes.ngoStatuses(previous));
        progress.end(rec.states().size());
        // an announced figure the communiqué itself puts in doubt ("VEINTIDÓS (24)"): said on the console as at the top of the report
        rec.claims().stream().filter(c -> c.problem() != null && Claim.ANNOUNCING.contains(c.subject()))
                .forEach(c -> LOG.warn("{} ({}, {}): {}", c.sourceId(), c.file(), c.line(), c.problem()));
        store.save(key, Stages.REVIEW_PAIRS, toReview.stream().map(ReviewSelection.Selected::shown).toList());
        progress.begin("changes since the last run", "people", rec.states().size());
        register.saveStates(job, key, rec.states());
        register.saveUnread(job, key, unreadNow);
        Set<String> unread = new TreeSet<>(unreadNow);
        if (baseline != null) {
            unread.addAll(baseline.unread());
        }
        Changes.Result changes = Changes.between(previous, rec.states(), Objects.requireNonNullElse(store.loadOne(key, Stages.MERGED_INTO), Map.of()),
                Objects.requireNonNullElse(store.loadOne(key, Stages.CORRECTED), Map.of()),
                Objects.requireNonNullElse(store.loadOne(key, Stages.SPLIT_FROM), Map.of()), unread, words);
        rec = rec.withChanges(changes, previous.isEmpty());
        sayBaseline(baseline, changes, unread, words);
        progress.end(rec.states().size());
        Map<String, List<ListRow>> review = new LinkedHashMap<>();
        review.put("review-decisions-applied", store.load(key, Stages.VERDICTS_APPLIED));
        review.put("review-decisions-not-applied", store.load(key, Stages.VERDICTS_NOT_APPLIED));
        review.put("review-files-rejected", store.load(key, Stages.REVIEW_FILES_REJECTED));
        rec = rec.withCounted(Map.of("review-decisions-applied", "analysts' decisions in force, with who decided and where",
                "review-decisions-not-applied", "analysts' decisions not applied, each with the reason",
                "review-files-rejected", "review files not applied, with every problem"), review);
        List<Problem> problems = new ArrayList<>(store.load(key, Stages.FIELD_PROBLEMS));
        // a rule value the data never holds, a typo away from one it does ("Militr"), moves people to another reason in silence
        CoverageRules coverage = CoverageRules.from(run.definition().reconcile(), words);
        List<Problem> rules = RuleValues.problems(coverage, persons, words);
        rules.forEach(p -> LOG.warn("{}: {}", p.location(), p.message()));
        problems.addAll(rules);
        List<ListRow> fieldProblems = new ArrayList<>(FieldProblems.rows(problems, persons, personOfRecord(linkage, personOfCluster), words));
        fieldProblems.addAll(conflicts(coverage, persons, linkage, personOfCluster, words));
        fieldProblems.addAll(sharedIds(persons, linkage, personOfCluster, words));
        // two detention dates of one person and no release between them: not a re-arrest, but not silence either
        fieldProblems.addAll(DetentionDates.rows(persons, linkage.clusterOf(), personOfCluster, words));
        // a correction's withdrawal that matches no listed entry changes no figure: said, never dropped in silence
        List<ListRow> unmatched = Withdrawals.unmatched(persons, linkage.clusterOf(), personOfRecord(linkage, personOfCluster), words);
        unmatched.forEach(r -> LOG.warn("{} {}: {}", r.sourceRows(), r.name(), r.detail()));
        fieldProblems.addAll(unmatched);
        undetermined(rec, words);
        rec = rec.withCounted(Map.of(FieldProblems.KEY, FieldProblems.LABEL), Map.of(FieldProblems.KEY, fieldProblems));
        progress.begin("store", "records", rec.entities().size());
        rec = rec.withRows(lists::keep);
        lists.finish();
        store.saveOne(key, Stages.RECONCILIATION, StagedLists.withoutRows(rec));
        // the record → person rows are entities.csv's, written from this stage by the report step; no table holds them a
        // second time (a million rows a night, never read back: 3 % of a million-record run's time and ~40 MiB of database)
        store.saveFigures(key, rec.figures());
        progress.end(rec.entities().size());
    }

    /**
     * A person's records that disagree on a value a rule tests (ages 37 and 73), or a value a number
     * or date test cannot read: field problems, each a WARN line (the first few; the list holds all).
     * Only when the rules test such values.
     */
    private static List<ListRow> conflicts(CoverageRules coverage, List<PersonRecord> persons, Linkage linkage, String[] personOfCluster,
            Messages words) {
        if (!coverage.testsValues()) {
            return List.of();
        }
        List<ListRow> rows = RuleConflicts.rows(coverage, persons, linkage.clusterOf(), personOfCluster, words);
        rows.stream().limit(WARN_LINES).forEach(r -> LOG.warn("{} {}: {}", r.entityId(), r.name(), r.detail()));
        if (rows.size() > WARN_LINES) {
            LOG.warn(words.format("warn.more-rows", rows.size() - WARN_LINES));
        }
        return rows;
    }

    /** People kept apart who bear one cédula: one of the numbers is wrong, or two are one person; said on the console too. */
    private static List<ListRow> sharedIds(List<PersonRecord> persons, Linkage linkage, String[] personOfCluster, Messages words) {
        List<ListRow> rows = SharedIds.rows(persons, linkage.clusterOf(), personOfCluster, words);
        rows.stream().limit(WARN_LINES).forEach(r -> LOG.warn("{} {}: {}", r.entityId(), r.name(), r.detail()));
        if (rows.size() > WARN_LINES) {
            LOG.warn(words.format("warn.more-rows", rows.size() - WARN_LINES));
        }
        return rows;
    }

    /**
     * Says which run the changes are measured against when it is not the previous one (runs that could not read a
     * source are passed over), and how many people of it were not compared because their source could not be read.
     */
    private void sayBaseline(RegisterStore.Baseline baseline, Changes.Result changes, Set<String> unread, Messages words) {
        if (baseline == null) {
            return;
        }
        if (!baseline.skipped().isEmpty()) {
            LOG.warn(words.format("warn.changes-baseline", runName(baseline.runKey()),
                    baseline.skipped().stream().map(this::runName).collect(Collectors.joining(", "))));
        }
        if (changes.notCompared() > 0) {
            LOG.warn(words.format("warn.changes-not-compared", changes.notCompared(), runName(baseline.runKey()), String.join(", ", unread)));
        }
    }

    /**
     * Records what this run read of each source and warns of each source that fell sharply since the
     * baseline ({@link SourceDrops}): such a source is not compared tonight and this run is not its
     * baseline later, as for a source that could not be read, unless {@code rollcall.accept-drop} says
     * the list really shrank.
     *
     * @return the sources that fell sharply and count as not read for the changes
     */
    private Set<String> fellSharply(RunContext run, long key, RegisterStore.Baseline baseline, Set<String> unreadNow, Messages words) {
        String job = run.definition().name();
        List<SourceDrops.Read> reads = SourceReads.of(run.definition(), store.load(key, Stages.SOURCE_ACCOUNTS), store.load(key, Stages.CLAIMS));
        register.saveSources(job, key, reads);
        if (baseline == null) {
            return Set.of();
        }
        Set<String> out = new TreeSet<>();
        Map<String, SourceDrops.Read> before = register.sources(job, baseline.runKey());
        String name = runName(baseline.runKey());
        List<String> alerts = new ArrayList<>();
        // the night passed over just before this one: a fall it showed too, to the same size, is the list's size now
        Map<String, SourceDrops.Read> previous = baseline.skipped().isEmpty() ? Map.of()
                : register.sources(job, baseline.skipped().get(baseline.skipped().size() - 1));
        for (SourceDrops.Drop d : SourceDrops.between(before, reads, unreadNow)) {
            boolean kept = SourceDrops.kept(previous.get(d.sourceId()), d);
            alerts.add(SourceReads.dropWarning(d, name, words) + (kept ? " " + words.format("warn.source-drop-kept", d.now()) : ""));
            LOG.warn(alerts.get(alerts.size() - 1));
            if (!acceptDrop && !kept) {
                out.add(d.sourceId());
            }
        }
        boolean same = SourceDrops.sameFiles(before, reads);
        store.saveOne(key, Stages.CHANGES_BASELINE, new ChangesBaseline(name, same, alerts));
        LOG.info(words.format(same ? "info.baseline-same-files" : "info.baseline", name));
        return out;
    }

    /** A run's name (its UTC start, "2026-11-21T020000Z"), or its number when the job repository no longer has it. */
    private String runName(long runKey) {
        JobInstance instance = jobs.getJobInstance(runKey);
        JobExecution last = instance == null ? null : jobs.getLastJobExecution(instance);
        String name = last == null ? null : last.getJobParameters().getString(RunContext.RUN);
        return name == null ? "#" + runKey : name;
    }

    /** The NGO people the rules cannot decide, said on the console: their figure would otherwise read as one reason among others. */
    private static void undetermined(Reconciliation rec, Messages words) {
        rec.figures().stream().filter(f -> f.key().equals("not-amnestied-" + CoverageRules.UNDETERMINED) && f.value() > 0)
                .forEach(f -> LOG.warn(words.format("warn.undetermined", f.value())));
    }

    /** The person id of each record, in the records' order. */
    private static String[] personOfRecord(Linkage linkage, String[] personOfCluster) {
        int[] clusterOf = linkage.clusterOf();
        String[] out = new String[clusterOf.length];
        for (int i = 0; i < clusterOf.length; i++) {
            out[i] = personOfCluster[clusterOf[i]];
        }
        return out;
    }
}
