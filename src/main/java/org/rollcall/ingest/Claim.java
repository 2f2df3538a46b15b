package org.rollcall.ingest;

import java.time.LocalDate;
import java.util.Set;

/**
 * A figure a source states about itself or the world ("se otorga amnistía a 379 ciudadanos", a
 * totals row). Claims are data: the reconciliation sets them against the lists.
 *
 * @param sourceId the source's id
 * @param file the file
 * @param line the 1-based line (txt) or row (xlsx) it was read from
 * @param subject what is counted: {@code amnestied}, {@code released}, {@code detained},
 *     {@code people}, or {@code stated-total} for a totals row
 * @param value the figure
 * @param text the sentence or row it was read from
 * @param problem a disagreement found while reading (words ≠ digits), or {@code null}
 * @param date when the source states it: its snapshot date (job file, or the file's name), or {@code null}
 * @param sheet the workbook sheet it was read from, or {@code null}
 */
public record Claim(String sourceId, String file, int line, String subject, long value, String text, String problem,
        LocalDate date, String sheet) {

    /**
     * The subjects of the claims that make (or should make) the {@code announced} figure: a problem with one of them puts that
     * figure in doubt, at the top of the report and on the console (a communiqué stating no figure, a running total beside its
     * own figure that does not add up, a correction's total, included).
     */
    public static final Set<String> ANNOUNCING = Set.of("amnestied", "released", "no-figure", "amnestied-total", "released-total",
            "amnestied-corrected", "withdrawn");

    /** A claim whose date is not known yet (the reader sets it from the source). */
    public Claim(String sourceId, String file, int line, String subject, long value, String text, String problem) {
        this(sourceId, file, line, subject, value, text, problem, null, null);
    }

    /** A claim of a file without sheets. */
    public Claim(String sourceId, String file, int line, String subject, long value, String text, String problem, LocalDate date) {
        this(sourceId, file, line, subject, value, text, problem, date, null);
    }

    public Claim withDate(LocalDate when) {
        return new Claim(sourceId, file, line, subject, value, text, problem, when, sheet);
    }

    /** The same claim, read from this sheet of a workbook. */
    public Claim onSheet(String name) {
        return new Claim(sourceId, file, line, subject, value, text, problem, date, name);
    }
}
