package org.rollcall.job;

import java.util.Locale;
import org.slf4j.Logger;

/**
 * Progress of a long step: records done, rate and, when the total is known, the time left. On a
 * terminal a line every {@link #EVERY_NANOS} ns; when not on a terminal (cron), only the closing
 * line, so that nightly logs stay short.
 */
final class Progress {

    static final long EVERY_NANOS = 2_000_000_000L;

    private final Logger log;
    private final String what;
    private final long total;
    private final boolean terminal = System.console() != null;
    private final long start = System.nanoTime();
    private long last = start;

    /** @param total records expected, or 0 when not known */
    Progress(Logger log, String what, long total) {
        this.log = log;
        this.what = what;
        this.total = total;
    }

    void tick(long done) {
        long now = System.nanoTime();
        if (now - last < EVERY_NANOS) {
            return;
        }
        last = now;
        double rate = done / Math.max(1e-9, (now - start) / 1e9);
        String left = total > 0 && rate > 0 ? String.format(Locale.ROOT, ", about %.0f s left", (total - done) / rate) : "";
        String line = String.format(Locale.ROOT, "%s: %,d%s records, %,.0f/s%s", what, done, total > 0 ? String.format(Locale.ROOT, " of %,d", total) : "",
                rate, left);
        if (terminal) {
            log.info(line);
        } else {
            log.debug(line);
        }
    }

    void done(long n) {
        double secs = (System.nanoTime() - start) / 1e9;
        log.info(String.format(Locale.ROOT, "%s: %,d records in %.1f s (%,.0f/s)", what, n, secs, n / Math.max(secs, 1e-9)));
    }
}
