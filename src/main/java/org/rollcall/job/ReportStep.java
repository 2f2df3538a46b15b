package org.rollcall.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rollcall.config.JobDefinition;
import org.rollcall.match.Linkage;
import org.rollcall.match.ScoredPair;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.reconcile.Reconciliation;
import org.rollcall.register.RecordKeys;
import org.rollcall.report.Redactor;
import org.rollcall.report.ReportWriter;
import org.rollcall.review.ReviewPair;
import org.rollcall.review.ReviewSelection;
import org.rollcall.review.ReviewWorkbook;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Writes the reports into the run's folder and mirrors them in latest/. */
@Component
class ReportStep extends RunStep {

    private final String redactKey;

    ReportStep(StageStore store, RunDefinitions definitions, @Value("${rollcall.redact-key:}") String redactKey) {
        super(store, definitions);
        this.redactKey = redactKey;
    }

    @Override
    String name() {
        return "report";
    }

    @Override
    void run(RunContext run, StepContribution contribution) throws Exception {
        JobDefinition def = run.definition();
        Reconciliation rec = store.loadOne(run.run(), Stages.RECONCILIATION);
        Linkage linkage = store.loadOne(run.run(), Stages.LINKAGE);
        Map<String, Object> info = new LinkedHashMap<>();
        Map<String, Object> blocking = new LinkedHashMap<>();
        blocking.put("candidate_pairs", linkage.candidatePairs());
        blocking.put("pairs_by_rule", linkage.pairsByRule());
        blocking.put("skipped_blocks", linkage.skippedBlocks());
        info.put("blocking", blocking);
        info.put("match_millis", linkage.millis());
        List<PersonRecord> persons = store.load(run.run(), Stages.PERSON_RECORDS);
        List<ScoredPair> scored = store.load(run.run(), Stages.PAIRS);
        List<ReportWriter.PairRow> pairs = scored.stream().map(p -> {
            PersonRecord a = persons.get(p.a());
            PersonRecord b = persons.get(p.b());
            return new ReportWriter.PairRow(a.sourceId(), a.recordRef(), b.sourceId(), b.recordRef(), p.outcome().name().toLowerCase(),
                    p.probability(), p.weight(), p.note(), p.contributions());
        }).toList();
        Path runDir = def.outputRoot().resolve(def.name()).resolve(run.runName());
        Files.createDirectories(runDir);
        if (redactKey.isEmpty()) {
            ReviewWorkbook.write(runDir.resolve("review.xlsx"), def.name(), run.runName(), def.report().language(),
                    reviewPairs(persons, scored, rec, linkage, def.matching().reviewThreshold()), auditRows(rec));
        } else {
            rec = new Redactor(redactKey).redact(rec);
        }
        ReportWriter.write(def.outputRoot().resolve(def.name()), run.runName(), def.name(), rec, info,
                store.loadOne(run.run(), Stages.MODEL), pairs, def.report().language(), title(def));
        store.forget(run.run());
    }

    /** Pairs for a person to decide, minus pairs already decided (see {@link ReviewSelection}). */
    private static List<ReviewPair> reviewPairs(List<PersonRecord> persons, List<ScoredPair> pairs, Reconciliation rec, Linkage linkage,
            double reviewThreshold) {
        Set<String> decided = new HashSet<>();
        rec.lists().getOrDefault("review-decisions-applied", List.of()).forEach(r -> decided.add(r.entityId()));
        return ReviewSelection.select(persons, RecordKeys.of(persons), pairs, linkage.clusterOf(), decided, reviewThreshold);
    }

    private static List<List<String>> auditRows(Reconciliation rec) {
        return rec.lists().getOrDefault("review-decisions-applied", List.of()).stream()
                .map(r -> List.of(r.entityId(), r.name(), r.idNumber(), r.detail(), r.sourceRows(), "", "")).toList();
    }

    private static String title(JobDefinition def) {
        return def.report().title() != null ? def.report().title() : def.description() != null ? def.description() : def.name();
    }
}
