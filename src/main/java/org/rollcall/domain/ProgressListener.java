package org.rollcall.domain;

/**
 * Where a long computation says how far it is, phase by phase, so that a run on big lists is never
 * silent: {@link #begin} a phase, {@link #tick} as often as convenient, {@link #end} it with its
 * count. The receiver decides what to print and how often (the job prints a line every ~2 s on a
 * terminal and one closing line per phase in the log), so ticks must be cheap to receive.
 *
 * <p>Calls for one phase come in order begin, tick…, end; {@link #tick} may come from several
 * threads at once (a parallel loop) with counts that are only roughly increasing.
 */
public interface ProgressListener {

    /** Hears nothing: for tests and tools that print their own figures. */
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void begin(String phase, String unit, long total) {
        }

        @Override
        public void tick(long done) {
        }

        @Override
        public void end(long count) {
        }
    };

    /**
     * A phase starts.
     *
     * @param phase its name, e.g. {@code compare}
     * @param unit what it counts, plural, e.g. {@code pairs}
     * @param total how many it will do, or 0 when not known
     */
    void begin(String phase, String unit, long total);

    /** The current phase's total became known (a file opened): how many it will do in all. */
    default void expect(long total) {
    }

    /** How many the current phase has done so far. */
    void tick(long done);

    /** The current phase ended, having done {@code count}. */
    void end(long count);
}
