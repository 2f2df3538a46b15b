package org.rollcall.job;

import org.rollcall.text.Messages;
import java.util.List;
import java.util.stream.Collectors;
import org.rollcall.match.MatchConfigs;
import org.rollcall.match.Linker;
import org.rollcall.match.ModelReport;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.reconcile.ListRow;
import org.rollcall.register.RecordKeys;
import org.rollcall.review.VerdictsInForce;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.stereotype.Component;

/** Blocks, scores and clusters the records into people, analysts' verdicts overriding the model. */
@Component
class MatchStep extends RunStep {

    private static final Logger LOG = LoggerFactory.getLogger(MatchStep.class);

    private final VerdictStore verdicts;

    MatchStep(StageStore store, RunDefinitions definitions, VerdictStore verdicts) {
        super(store, definitions);
        this.verdicts = verdicts;
    }

    @Override
    String name() {
        return "match";
    }

    @Override
    void run(RunContext run, StepContribution contribution, Progress progress) {
        List<PersonRecord> persons = store.load(run.run(), Stages.PERSON_RECORDS);
        VerdictsInForce.Result decided = VerdictsInForce.resolve(verdicts.all(run.definition().name()), RecordKeys.of(persons),
                Messages.of(run.definition().report().language()));
        Linker.Result result = new Linker(MatchConfigs.from(run.definition().matching(), run.definition().sources()))
                .withProgress(progress).match(persons, null, decided.decisions());
        // columns of these two lists: pair_id, decision, reviewer, decided_in (file, row), comment / reason (ReportWriter.HEADERS)
        String language = run.definition().report().language();
        Messages m = Messages.of(language);
        store.save(run.run(), Stages.VERDICTS_APPLIED, decided.applied().stream().map(d -> new ListRow(d.pairId(), d.verdict().label(language),
                d.reviewer(), m.format("review.decided-in", d.file(), String.valueOf(d.row()), String.valueOf(d.importedRun())), d.comment()))
                .toList());
        store.save(run.run(), Stages.VERDICTS_NOT_APPLIED, decided.notApplied().stream().map(e -> new ListRow(e.getKey().pairId(),
                e.getKey().verdict().label(language), e.getKey().reviewer(), e.getKey().file() + m.format("where.row", String.valueOf(e.getKey().row())),
                e.getValue())).toList());
        store.save(run.run(), Stages.VERDICTS_IN_FORCE, decided.applied());
        if (!decided.applied().isEmpty() || !decided.notApplied().isEmpty()) {
            // the reasons name records (a name, a cédula): they go to the report's review-decisions-not-applied list, never to the log
            LOG.info("review: {} analysts' decisions applied, {} not applied{}", decided.applied().size(), decided.notApplied().size(),
                    decided.notApplied().stream().map(e -> "\n  " + e.getKey().pairId() + " (" + e.getKey().file() + ", row " + e.getKey().row()
                            + "): see review-decisions-not-applied in the report").collect(Collectors.joining()));
        }
        store.saveOne(run.run(), Stages.LINKAGE, result.linkage());
        store.saveOne(run.run(), Stages.MODEL, ModelReport.of(result.model()));
        store.save(run.run(), Stages.PAIRS, result.pairs());
        LOG.info("match: {} records → {} people; {} candidate pairs {}; ms by phase {}", persons.size(), result.linkage().clusters(),
                result.linkage().candidatePairs(), result.linkage().pairsByRule(), result.linkage().millis());
    }
}
