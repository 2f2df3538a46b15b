package org.rollcall.job;

import org.rollcall.text.Messages;
import java.util.List;
import java.util.stream.Collectors;
import org.rollcall.match.MatchConfigs;
import org.rollcall.match.Linker;
import org.rollcall.match.ModelReport;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.reconcile.ListRow;
import org.rollcall.register.EarlierKeys;
import org.rollcall.register.RecordKeys;
import org.rollcall.register.Traits;
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
    private final RegisterStore register;

    MatchStep(StageStore store, RunDefinitions definitions, VerdictStore verdicts, RegisterStore register) {
        super(store, definitions);
        this.verdicts = verdicts;
        this.register = register;
    }

    @Override
    String name() {
        return "match";
    }

    @Override
    void run(RunContext run, StepContribution contribution, Progress progress) {
        List<PersonRecord> persons = store.load(run.run(), Stages.PERSON_RECORDS);
        List<VerdictsInForce.StoredVerdict> stored = verdicts.all(run.definition().name());
        List<String> keys = RecordKeys.of(persons);
        // a decision on a record whose key changed since (a namesake joined or left its base) follows the record
        String[] earlier = stored.isEmpty() ? new String[keys.size()]
                : EarlierKeys.resolve(keys, persons.stream().map(Traits::of).toList(), register.register(run.definition().name()));
        VerdictsInForce.Result decided = VerdictsInForce.resolve(stored, keys, earlier, Messages.of(run.definition().report().language()));
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
        store.saveOne(run.run(), Stages.MODEL, ModelReport.of(result.model(), result.listPriors()));
        store.save(run.run(), Stages.PAIRS, result.pairs());
        LOG.info("match: {} records → {} people; {} candidate pairs {}; ms by phase {}", persons.size(), result.linkage().clusters(),
                result.linkage().candidatePairs(), result.linkage().pairsByRule(), result.linkage().millis());
    }
}
