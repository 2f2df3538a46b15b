package org.rollcall.job;

import java.util.List;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** The steps of a reconciliation run, in the order data flows through them. */
@Component
public class RunSteps {

    private final List<Step> steps;

    public RunSteps(JobRepository repository, PlatformTransactionManager tx, IngestStep ingest, NormalizeStep normalize,
            ReviewStep review, MatchStep match, RegisterStep register, ReconcileStep reconcile, ReportStep report) {
        this.steps = List.of(ingest, normalize, review, match, register, reconcile, report).stream()
                .map(s -> (Step) new StepBuilder(s.name(), repository).tasklet(s, tx).listener(s).build()).toList();
    }

    /** ingest → normalize → review → match → register → reconcile → report. */
    public List<Step> steps() {
        return steps;
    }
}
