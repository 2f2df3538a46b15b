package org.rollcall.ingest;

import java.util.Map;
import java.util.TreeMap;

/**
 * What became of every row or line of one source file: the accounting identity
 * {@code read = records + rejected + ignored} holds for every file read, and a file for which it
 * does not, or that yields nothing, is a file-level problem.
 *
 * @param sourceId the source's id
 * @param file the file, as reports show it
 * @param read rows (xlsx: up to the sheet's last row; csv: records of the CSV grammar, and lines
 *     skipped to resynchronise; txt/html/pdf: lines; json: entries of the mapped list)
 * @param records rows kept as records
 * @param rejected rows rejected, each with its reason among the rejected rows
 * @param ignored rows left out by kind ({@link Ignored#key()}) → how many
 * @param problem what is wrong with the file as a whole, or {@code null}
 */
public record SourceAccount(String sourceId, String file, int read, int records, int rejected, Map<String, Integer> ignored,
        String problem) {

    public SourceAccount {
        ignored = ignored == null ? Map.of() : new TreeMap<>(ignored);
    }

    /** The rows left out for a kind that holds no person. */
    public int ignoredTotal() {
        return ignored.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** True when every row read is a record, a rejected row or an ignored one. */
    public boolean balanced() {
        return read == records + rejected + ignoredTotal();
    }
}
