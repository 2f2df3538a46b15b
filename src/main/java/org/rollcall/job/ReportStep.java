package org.rollcall.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.rollcall.config.JobDefinition;
import org.rollcall.domain.SourceKind;
import org.rollcall.match.Linkage;
import org.rollcall.match.Outcome;
import org.rollcall.match.ScoredPair;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.reconcile.Reconciliation;
import org.rollcall.register.RecordKeys;
import org.rollcall.report.Redactor;
import org.rollcall.report.ReportWriter;
import org.rollcall.review.ReviewPair;
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
                    reviewPairs(persons, scored, rec), auditRows(rec));
        } else {
            rec = new Redactor(redactKey, def.report().redactedDates()).redact(rec);
        }
        ReportWriter.write(def.outputRoot().resolve(def.name()), run.runName(), def.name(), rec, info,
                store.loadOne(run.run(), Stages.MODEL), redactKey.isEmpty() ? pairs : new Redactor(redactKey).redactPairs(pairs), def.report().language(), title(def));
        store.forget(run.run());
    }

    /**
     * Pairs for a person to decide: the model's review pairs and links made at a risk (cédulas one
     * typo apart), minus pairs already decided; those that change the amnesty figures first.
     */
    private static List<ReviewPair> reviewPairs(List<PersonRecord> persons, List<ScoredPair> pairs, Reconciliation rec) {
        List<String> keys = RecordKeys.of(persons);
        Set<String> decided = new HashSet<>();
        rec.lists().getOrDefault("review-decisions-applied", List.of()).forEach(r -> decided.add(r.entityId()));
        List<ReviewPair> out = new ArrayList<>();
        for (ScoredPair p : pairs) {
            boolean risky = p.outcome() == Outcome.MATCH
                    && p.contributions().stream().anyMatch(c -> c.field().equals("id-number") && c.level().equals("one typo"));
            if (p.outcome() != Outcome.REVIEW && !risky) {
                continue;
            }
            String id = ReviewPair.idOf(keys.get(p.a()), keys.get(p.b()));
            if (decided.contains(id)) {
                continue;
            }
            PersonRecord a = persons.get(p.a());
            PersonRecord b = persons.get(p.b());
            Set<SourceKind> kinds = EnumSet.of(a.kind(), b.kind());
            int priority = kinds.contains(SourceKind.ANNOUNCEMENT) ? 1 : kinds.contains(SourceKind.NGO_LIST) ? 2 : 3;
            String why = (risky ? "linked, with cédulas one typo apart; " : "") + p.contributions().stream()
                    .map(c -> c.field() + " " + c.level() + " " + String.format(Locale.ROOT, "%+.1f", c.weight()))
                    .collect(Collectors.joining(", ")) + (p.note() == null ? "" : "; " + p.note());
            out.add(new ReviewPair(id, keys.get(p.a()), keys.get(p.b()), priority, p.probability(), side(a), side(b), why));
        }
        out.sort(Comparator.comparingInt(ReviewPair::priority).thenComparing(ReviewPair::probability, Comparator.reverseOrder()));
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

    private static String title(JobDefinition def) {
        return def.report().title() != null ? def.report().title() : def.description() != null ? def.description() : def.name();
    }
}
