package org.rollcall.ingest;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.rollcall.domain.Problem;

/**
 * The record references of one source as its records are added: each unique within the source,
 * a file's, a sheet's or a row's name added where two would be the same (see README, record_id).
 */
final class RecordRefs {

    /** Record reference → the file, row and sheet (or {@code null}) of its record. */
    private final Map<String, String[]> refs = new HashMap<>();
    private final IngestSink sink;

    RecordRefs(IngestSink sink) {
        this.sink = sink;
    }

    /**
     * A list entry's position as its reference, with the file's name when another file of the source
     * holds it already ("3@comunicado-2026-11-21.txt": two communiqués each number their entries from 1),
     * as {@link #unique} does for rows; a position repeated within one file is the list's own typo,
     * said by its reader, and kept as written.
     */
    String ofOtherFile(String ref, String file, int row) {
        if (ref == null) {
            return null;
        }
        String[] first = refs.get(ref);
        String out = first != null && !first[0].equals(file) ? ref + "@" + Path.of(file).getFileName() : ref;
        refs.putIfAbsent(out, new String[] {file, String.valueOf(row), null});
        return out;
    }

    /**
     * The reference itself when no record of the source has it yet; a reference another file of the
     * source holds, with the file's name ("1@detenidos-2026-11-22.xlsx": each file numbers its own
     * rows); one another sheet of the same workbook holds, with the sheet's name ("1@Febrero": each
     * sheet of a workbook read with {@code sheet: "*"} numbers its own rows; after another file's
     * name, "1@detenidos-2026-11-22.xlsx!Febrero"); one its own sheet or file holds already, at the
     * row ("2@row 19"), and a field problem naming the repeat when it is the row's own reference.
     */
    String unique(String ref, String file, String sheet, int row, String refColumn) {
        String out = ref;
        String[] clash = null;
        String[] first = refs.get(ref);
        if (first != null) {
            String fileName = Path.of(file).getFileName().toString();
            boolean otherFile = !first[0].equals(file);
            if (otherFile) {
                out = ref + "@" + fileName; // each file of a glob numbers its own rows (two dated snapshots of one list): not a repeat
                first = refs.get(out);
            }
            if (first != null && first[0].equals(file) && sheet != null && !sheet.equals(first[2])) {
                out = (otherFile ? out + "!" : ref + "@") + sheet; // each sheet of a workbook numbers its own rows: not a repeat
                first = refs.get(out);
            }
            if (first != null) {
                clash = first; // the same number twice in one sheet or file
                out = ref + "@row " + row;
                if (refs.containsKey(out) && sheet != null) {
                    out = ref + "@" + sheet + " row " + row;
                }
                if (refs.containsKey(out)) {
                    out = ref + "@" + file + " row " + row;
                }
            }
        }
        if (clash != null && refColumn != null) {
            String at = sink.messages().format("ingest.at-row", clash[1]);
            sink.fieldProblem(new Problem(file + (sheet == null ? "" : ", sheet '" + sheet + "'") + ", row " + row,
                    sink.messages().format("ingest.ref-repeated", refColumn, ref, at, out), "", Problem.Kind.FIELD));
        }
        refs.put(out, new String[] {file, String.valueOf(row), sheet});
        return out;
    }
}
