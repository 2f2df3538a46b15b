package org.rollcall.job;

import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * One step of a run: reads the stages of the steps before it, writes its own, in one transaction
 * (replacing any earlier attempt's), so a resumed run does the failed step again from its stored input.
 */
abstract class RunStep implements Tasklet {

    protected final StageStore store;
    private final RunDefinitions definitions;

    RunStep(StageStore store, RunDefinitions definitions) {
        this.store = store;
        this.definitions = definitions;
    }

    /** The step's name in the job repository; stable, since a resumed run finds its steps by name. */
    abstract String name();

    /** Does the step's work for the run, telling {@code progress} its phases. */
    abstract void run(RunContext run, StepContribution contribution, Progress progress) throws Exception;

    /** Runs the step; on a terminal a progress line every ~2 s while it runs, and its closing line with its time. */
    @Override
    public final RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        try (Progress progress = new Progress(LoggerFactory.getLogger(getClass()), name())) {
            run(definitions.of(chunk), contribution, progress);
        }
        return RepeatStatus.FINISHED;
    }
}
