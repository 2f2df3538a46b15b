package org.rollcall.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What became of every row or line of one source file: the accounting identity
 * {@code read = records - sharedRowRecords + rejected + ignored} holds for every file read (a row
 * naming two people is one row read and two records), and a file for which it does not, or that
 * yields nothing, is a file-level problem.
 *
 * @param sourceId the source's id
 * @param file the file, as reports show it
 * @param read rows (xlsx: up to the sheet's last row; csv: records of the CSV grammar, and lines
 *     skipped to resynchronise; txt/html/pdf: lines; json: entries of the mapped list)
 * @param records rows kept as records
 * @param rejected rows rejected, each with its reason among the rejected rows
 * @param ignored rows left out by kind ({@link Ignored#key()}) → how many
 * @param problem what is wrong with the file as a whole, or {@code null}
 * @param sharedRowRecords records beyond the first of the rows that name several people (a row
 *     naming two people adds 1); written in summary.json only when not 0
 * @param sheets of a workbook read with a wildcard {@code sheet} ({@code "*"}): each sheet it matched,
 *     read as a list or ignored, with the rows it adds to {@code read}; empty (not written) otherwise
 */
public record SourceAccount(String sourceId, String file, int read, int records, int rejected, Map<String, Integer> ignored,
        String problem, @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Zero.class) Integer sharedRowRecords,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SheetAccount> sheets) {

    public SourceAccount {
        ignored = ignored == null ? Map.of() : new TreeMap<>(ignored);
        sharedRowRecords = sharedRowRecords == null ? 0 : sharedRowRecords; // absent when 0 (summary.json, a stage read back)
        sheets = sheets == null ? List.of() : List.copyOf(sheets);
    }

    /** An account without the sheets of a workbook read with a wildcard {@code sheet}. */
    public SourceAccount(String sourceId, String file, int read, int records, int rejected, Map<String, Integer> ignored, String problem,
            Integer sharedRowRecords) {
        this(sourceId, file, read, records, rejected, ignored, problem, sharedRowRecords, List.of());
    }

    /** Tells Jackson to leave out a count of 0: {@code equals} is true for the values not written. */
    public static final class Zero {
        @Override
        public boolean equals(Object value) {
            return value == null || Integer.valueOf(0).equals(value);
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    /** An account of a file whose rows each name one person at most. */
    public SourceAccount(String sourceId, String file, int read, int records, int rejected, Map<String, Integer> ignored, String problem) {
        this(sourceId, file, read, records, rejected, ignored, problem, 0);
    }

    /** The rows kept: each gives one record, or several when it names several people. */
    public int rowsKept() {
        return records - sharedRowRecords;
    }

    /** The rows left out for a kind that holds no person. */
    public int ignoredTotal() {
        return ignored.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** True when every row read is kept (as one record or several), rejected or ignored. */
    public boolean balanced() {
        return read == rowsKept() + rejected + ignoredTotal();
    }
}
