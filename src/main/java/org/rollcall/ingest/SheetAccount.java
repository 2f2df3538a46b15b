package org.rollcall.ingest;

/**
 * What became of one sheet of a workbook read with a wildcard {@code sheet} ({@code "*"}): the
 * file's {@code read} is the sum of its sheets' {@code read}, so the account adds up sheet by sheet.
 *
 * @param sheet the sheet's name
 * @param outcome {@code read} (a list: its rows are records, rejected or ignored rows),
 *     {@code ignored} (no list: notes, a legend; its rows are ignored rows of kind
 *     {@link Ignored#NOT_A_LIST}), or {@code problem} (a list that could not be read: a file-level
 *     problem names it, and its rows are not counted)
 * @param headerRow the row its header was found on, or {@code null} when none
 * @param declaredHeaderRow the job file's {@code header-row} when the header was found elsewhere (a
 *     warning says so), else {@code null}
 * @param read the rows of the sheet counted in the file's {@code read}
 */
public record SheetAccount(String sheet, String outcome, Integer headerRow, Integer declaredHeaderRow, int read) {

    public static final String READ = "read";
    public static final String IGNORED = "ignored";
    public static final String PROBLEM = "problem";
}
