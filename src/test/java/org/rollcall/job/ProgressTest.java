package org.rollcall.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a step's progress prints: periodic lines only when asked, one closing line per phase and per step. */
class ProgressTest {

    private final List<String> lines = new ArrayList<>();

    @Test
    void eachPhaseEndsInOneClosingLineWithItsCountUnitAndSeconds() {
        // given a step's progress without periodic lines (cron)
        try (Progress progress = new Progress(lines::add, "match", false)) {
            // when two phases run, ticking as they go
            progress.begin("compare", "pairs", 10_000);
            for (int i = 1; i <= 10_000; i++) {
                progress.tick(i);
            }
            progress.end(10_000);
            progress.begin("cluster", "people", 0);
            progress.end(612);
        }
        // then one closing line per phase, then the step's own, and nothing else
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).matches("match · compare: 10,000 pairs in \\d+\\.\\d s.*");
        assertThat(lines.get(1)).matches("match · cluster: 612 people in \\d+\\.\\d s.*");
        assertThat(lines.get(2)).matches("match: done in \\d+\\.\\d s");
    }

    @Test
    void periodicLineSaysDoneOfTotalRateAndTimeLeftAndComesAtMostEveryTwoSeconds() {
        // given a phase with a known total, half done
        try (Progress progress = new Progress(lines::add, "ingest", false)) {
            progress.begin("ngo", "rows", 0);
            progress.expect(1_000);
            progress.tick(500);
            long now = System.nanoTime() + Progress.EVERY_NANOS;
            // when the heartbeat asks for a line now, and again at once
            String line = progress.line(now);
            String again = progress.line(now + 1);
            // then the first says how far and how long is left; the second is not due
            assertThat(line).matches("ingest · ngo: 500 of 1,000 rows, [\\d,]+/s, about \\d+ s left");
            assertThat(again).isNull();
        }
    }

    @Test
    void phaseThatCannotCountStillSaysItIsAliveAndOutsideAPhaseTheStepDoes() {
        try (Progress progress = new Progress(lines::add, "match", false)) {
            // given a phase without ticks (fitting the model)
            progress.begin("fit", "EM sessions", 0);
            // then a due line gives the time spent in it
            assertThat(progress.line(System.nanoTime() + Progress.EVERY_NANOS)).matches("match · fit: \\d+ s so far");
            progress.end(3);
            // and between phases the step says it is working
            assertThat(progress.line(System.nanoTime() + 2 * Progress.EVERY_NANOS)).matches("match: working, \\d+ s so far");
        }
    }

    @Test
    void ticksFromSeveralThreadsKeepTheLargestCount() throws Exception {
        try (Progress progress = new Progress(lines::add, "match", false)) {
            progress.begin("compare", "pairs", 2_000);
            Thread a = new Thread(() -> progress.tick(1_500));
            Thread b = new Thread(() -> progress.tick(700));
            a.start();
            b.start();
            a.join();
            b.join();
            assertThat(progress.line(System.nanoTime() + Progress.EVERY_NANOS)).startsWith("match · compare: 1,500 of 2,000 pairs");
        }
    }

    @Test
    void closedTwiceOrStoppedFirstItClosesOnceOrNotAtAll() {
        Progress closed = new Progress(lines::add, "start", true);
        closed.close();
        closed.close();
        Progress stopped = new Progress(lines::add, "start", true);
        stopped.stop();
        stopped.close();
        assertThat(lines).singleElement().asString().startsWith("start: done in ");
    }

    @Test
    void environmentVariableForcesOrSilencesThePeriodicLines() {
        assertThat(Progress.periodic(Map.of(Progress.MODE_VARIABLE, "always"))).isTrue();
        assertThat(Progress.periodic(Map.of(Progress.MODE_VARIABLE, "ALWAYS "))).isTrue();
        assertThat(Progress.periodic(Map.of(Progress.MODE_VARIABLE, "never"))).isFalse();
        assertThat(Progress.periodic(Map.of())).as("a test's JVM has no console").isEqualTo(System.console() != null);
    }

    @Test
    void periodicProgressPrintsWhileAPhaseRunsWithoutTicks() throws Exception {
        // given periodic lines on, and a phase that never ticks
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        try (Progress progress = new Progress(seen::add, "report", true)) {
            progress.begin("reconciliation.xlsx", "rows", 100);
            // when it runs for a little more than the interval
            Thread.sleep(Progress.EVERY_NANOS / 1_000_000 + 700);
            progress.end(100);
        }
        // then the heartbeat printed a line in between
        assertThat(seen).anyMatch(l -> l.startsWith("report · reconciliation.xlsx: ") && l.contains("so far"));
    }
}
