package org.rollcall.job;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * One step of a run: reads the stages of the steps before it, writes its own, in one transaction
 * (replacing any earlier attempt's), so a resumed run does the failed step again from its stored input.
 *
 * <p>Its progress lives from before the step to after it ({@link StepExecutionListener}), so that
 * the commit of the step's transaction, which can take seconds on big lists, is not silent either.
 */
abstract class RunStep implements Tasklet, StepExecutionListener {

    protected final StageStore store;
    private final RunDefinitions definitions;
    /** Progress by step execution: steps are shared by the jobs a schedule runs at the same time. */
    private final Map<Long, Progress> progress = new ConcurrentHashMap<>();

    RunStep(StageStore store, RunDefinitions definitions) {
        this.store = store;
        this.definitions = definitions;
    }

    /** The step's name in the job repository; stable, since a resumed run finds its steps by name. */
    abstract String name();

    /** Does the step's work for the run, telling {@code progress} its phases. */
    abstract void run(RunContext run, StepContribution contribution, Progress progress) throws Exception;

    @Override
    public void beforeStep(StepExecution step) {
        // idempotent: a tasklet that is a listener may be registered twice (by the builder and explicitly)
        progress.computeIfAbsent(step.getId(), id -> new Progress(LoggerFactory.getLogger(getClass()), name()));
    }

    /** Runs the step; on a terminal a progress line every ~2 s while it runs and commits. */
    @Override
    public final RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        Progress p = progress.get(chunk.getStepContext().getStepExecution().getId());
        run(definitions.of(chunk), contribution, p != null ? p : new Progress(LoggerFactory.getLogger(getClass())::info, name(), false));
        return RepeatStatus.FINISHED;
    }

    /** Logs the step's closing line with its time, its commit included. */
    @Override
    public ExitStatus afterStep(StepExecution step) {
        Progress p = progress.remove(step.getId());
        if (p != null) {
            p.close();
        }
        return null;
    }
}
