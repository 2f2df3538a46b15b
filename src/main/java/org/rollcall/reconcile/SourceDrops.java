package org.rollcall.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A source whose records fell sharply since the baseline run. A list cut short at a line end (a
 * download or copy interrupted), a filter left on in Excel before saving, a sheet missing: each
 * reads without a single rejected row, and every figure of the night then shrinks in silence. A
 * source has fallen sharply when it lost more than {@value #SHARE_PERCENT} % of the baseline's
 * records and at least {@value #MIN_LOST} of them: a list of 300 that loses 75 people in one night
 * is almost never the news, and a list of 40 losing 11 is too small to tell.
 *
 * <p>Such a run is not a baseline of a later run's changes for that source (see docs/summary-json.md,
 * "What the changes are measured against"): were it one, the night after would compare a whole list
 * with half of it and count half the people as new, and the re-arrests of people released meanwhile
 * would be lost for good.
 */
public final class SourceDrops {

    /** Share of the baseline's records a source must lose, in percent (more than this). */
    public static final int SHARE_PERCENT = 25;

    /** Records a source must lose at least. */
    public static final int MIN_LOST = 20;

    /**
     * What a run read of one source.
     *
     * @param sourceId the source's id in the job file
     * @param records the records read from its files (rejected rows and ignored lines not counted)
     * @param statedTotal the total its totals row states ("TOTAL DE PRESOS 305"), {@code null} without one
     * @param files a fingerprint of its files (names, sizes, modification times)
     */
    public record Read(String sourceId, long records, Long statedTotal, String files) {
    }

    /**
     * A source that fell sharply.
     *
     * @param sourceId the source
     * @param before its records in the baseline run
     * @param now its records tonight
     * @param totalBefore the total the baseline's totals row stated, {@code null} without one
     * @param totalGone true when the baseline's file had a totals row and tonight's has none
     */
    public record Drop(String sourceId, long before, long now, Long totalBefore, boolean totalGone) {
    }

    private SourceDrops() {
    }

    /**
     * The sources that fell sharply from {@code baseline} to {@code now}, in {@code now}'s order;
     * sources tonight could not read ({@code unread}: already a file-level problem) and sources the
     * baseline did not record are left out.
     */
    public static List<Drop> between(Map<String, Read> baseline, List<Read> now, Set<String> unread) {
        List<Drop> out = new ArrayList<>();
        for (Read r : now) {
            Read before = baseline.get(r.sourceId());
            if (before == null || unread.contains(r.sourceId())) {
                continue;
            }
            if (fellSharply(before.records(), r.records())) {
                out.add(new Drop(r.sourceId(), before.records(), r.records(), before.statedTotal(),
                        before.statedTotal() != null && r.statedTotal() == null));
            }
        }
        return out;
    }

    /** True when {@code now} is below {@code before} by more than {@value #SHARE_PERCENT} % and by {@value #MIN_LOST} or more. */
    static boolean fellSharply(long before, long now) {
        long lost = before - now;
        return lost >= MIN_LOST && lost * 100 > before * SHARE_PERCENT;
    }

    /**
     * True when a fall is the list's size, not a file cut short: the night passed over just before this
     * one ({@code previous}, which fell too) read as many records of the source, within a tenth (five
     * at least) — a list that shrank (a mass release, people taken off it) and stays shrunk, which
     * this night's changes then measure, instead of never comparing the source again.
     */
    public static boolean kept(Read previous, Drop drop) {
        if (previous == null || !fellSharply(drop.before(), previous.records())) {
            return false;
        }
        return Math.abs(previous.records() - drop.now()) <= Math.max(5, previous.records() / 10);
    }

    /** True when every source of {@code now} read the very same files as in {@code baseline} (and the baseline recorded them all). */
    public static boolean sameFiles(Map<String, Read> baseline, List<Read> now) {
        return !now.isEmpty() && now.stream().allMatch(r -> baseline.containsKey(r.sourceId())
                && baseline.get(r.sourceId()).files().equals(r.files()));
    }
}
