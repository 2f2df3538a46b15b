package org.rollcall.job;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.rollcall.domain.ProgressListener;
import org.slf4j.Logger;

/**
 * Progress of one step, phase by phase, so that a long run is never silent. On a terminal a line
 * every {@link #EVERY_NANOS} ns while the step runs (the phase, done so far of its total, rate and
 * time left; or only the time spent when a phase cannot count), written by a heartbeat thread, so
 * that a phase that ticks rarely still shows it is alive. Whatever the output, one closing line per
 * phase ({@code "match · compare: 1,234 pairs in 3.1 s (398/s)"}) and one per step in the log.
 *
 * <p>{@value #MODE_VARIABLE}{@code =always} prints the periodic lines also when the output is not a
 * terminal (a log followed with {@code tail -f}), {@code =never} never; unset, they are printed
 * when the JVM has a console.
 */
final class Progress implements ProgressListener, AutoCloseable {

    static final long EVERY_NANOS = 2_000_000_000L;

    /** Environment variable: always | never | auto (the default). */
    static final String MODE_VARIABLE = "ROLLCALL_PROGRESS";

    private static final ScheduledExecutorService HEARTBEAT = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rollcall-progress");
        t.setDaemon(true);
        return t;
    });

    private final Consumer<String> log;
    private final String step;
    private final boolean periodic;
    private final long start = System.nanoTime();
    private final AtomicLong lastLine = new AtomicLong(start);
    private final ScheduledFuture<?> beat;
    private volatile Phase phase;
    private final AtomicBoolean open = new AtomicBoolean(true);

    private record Phase(String name, String unit, AtomicLong total, long start, AtomicLong done) {
    }

    /** Progress of the step named {@code step}, with periodic lines when {@link #periodic(Map)} says so. */
    Progress(Logger log, String step) {
        this(log::info, step, periodic(System.getenv()));
    }

    /** @param log where the lines go (a logger's info, a command's output) */
    Progress(Consumer<String> log, String step, boolean periodic) {
        this.log = log;
        this.step = step;
        this.periodic = periodic;
        this.beat = periodic ? HEARTBEAT.scheduleAtFixedRate(this::beat, 250, 250, TimeUnit.MILLISECONDS) : null;
    }

    /** Whether periodic lines are wanted: {@value #MODE_VARIABLE} always / never, else when the JVM has a console. */
    static boolean periodic(Map<String, String> env) {
        String mode = env.getOrDefault(MODE_VARIABLE, "auto").trim().toLowerCase(Locale.ROOT);
        return switch (mode) {
            case "always" -> true;
            case "never" -> false;
            default -> System.console() != null;
        };
    }

    @Override
    public void begin(String name, String unit, long total) {
        phase = new Phase(name, unit, new AtomicLong(Math.max(0, total)), System.nanoTime(), new AtomicLong());
    }

    @Override
    public void expect(long total) {
        Phase p = phase;
        if (p != null) {
            p.total().set(Math.max(0, total));
        }
    }

    @Override
    public void tick(long done) {
        Phase p = phase;
        if (p != null) {
            p.done().accumulateAndGet(done, Math::max);
        }
    }

    @Override
    public void end(long count) {
        Phase p = phase;
        if (p == null) {
            return;
        }
        phase = null;
        ended(p.name(), p.unit(), count, (System.nanoTime() - p.start()) / 1e9);
    }

    /**
     * The closing line of a phase done inside the current one, beside others (a source read on a
     * thread of its own while another is read): its count and its own time.
     */
    void ended(String name, String unit, long count, double secs) {
        String rate = secs >= 0.5 && count >= 100 ? String.format(Locale.ROOT, " (%,.0f/s)", count / secs) : "";
        log.accept(String.format(Locale.ROOT, "%s · %s: %,d %s in %.1f s%s", step, name, count, unit, secs, rate));
        lastLine.set(System.nanoTime());
    }

    /** Ends the step: stops the periodic lines and logs the step's closing line with its time (once: later calls do nothing). */
    @Override
    public void close() {
        if (!stop()) {
            return;
        }
        log.accept(String.format(Locale.ROOT, "%s: done in %.1f s", step, (System.nanoTime() - start) / 1e9));
    }

    /** Stops the periodic lines without a closing line (a command that ends early); true when this call stopped them. */
    boolean stop() {
        if (!open.compareAndSet(true, false)) {
            return false;
        }
        if (beat != null) {
            beat.cancel(false);
        }
        return true;
    }

    /** The line the heartbeat prints now, or null when the last line is recent. */
    String line(long now) {
        long last = lastLine.get();
        if (now - last < EVERY_NANOS || !lastLine.compareAndSet(last, now)) {
            return null;
        }
        Phase p = phase;
        if (p == null) {
            return String.format(Locale.ROOT, "%s: working, %.0f s so far", step, (now - start) / 1e9);
        }
        double secs = Math.max(1e-9, (now - p.start()) / 1e9);
        long done = p.done().get();
        long total = p.total().get();
        if (done == 0) {
            return String.format(Locale.ROOT, "%s · %s: %.0f s so far%s", step, p.name(), secs,
                    total > 0 ? String.format(Locale.ROOT, " (%,d %s to do)", total, p.unit()) : "");
        }
        double rate = done / secs;
        String of = total > 0 ? String.format(Locale.ROOT, " of %,d", total) : "";
        String left = total > done ? String.format(Locale.ROOT, ", about %.0f s left", (total - done) / rate) : "";
        return String.format(Locale.ROOT, "%s · %s: %,d%s %s, %,.0f/s%s", step, p.name(), done, of, p.unit(), rate, left);
    }

    private void beat() {
        String line = line(System.nanoTime());
        if (line != null) {
            log.accept(line);
        }
    }
}
