package org.rollcall.ingest;

import java.util.List;
import java.util.Map;
import org.rollcall.domain.Field;
import org.rollcall.text.NationalId;
import org.rollcall.text.TextFold;

/**
 * What every tabular reader does with a data row once it is mapped: skip blank rows, turn a
 * totals row into a claim, reject a row with no name and no ID number, keep the rest.
 */
final class RowRules {

    /** Longest cell text a row may hold; longer ones are pasted documents, not data. */
    static final int MAX_CELL = 10_000;

    private RowRules() {
    }

    static void apply(IngestSink sink, ColumnMap map, String file, String sheet, int row, int dataRow, List<String> cells) {
        if (ColumnMap.isBlank(cells)) {
            return;
        }
        Long total = ColumnMap.totalOf(cells);
        if (total != null) {
            sink.claim(new Claim(sink.source().id(), file, row, "stated-total", total, ColumnMap.raw(cells),
                    total < 0 ? "totals row without a figure" : null));
            return;
        }
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i) != null && cells.get(i).length() > MAX_CELL) {
                sink.reject(file, sheet, row, "column " + (i + 1) + " holds " + cells.get(i).length() + " characters; no name, number or date"
                        + " is that long (a pasted document?), so the row is not used; fix the cell", ColumnMap.raw(cells));
                return;
            }
        }
        Map<Field, String> values = map.values(cells);
        boolean named = !TextFold.isBlank(values.get(Field.FULL_NAME)) || !TextFold.isBlank(values.get(Field.GIVEN_NAMES))
                || !TextFold.isBlank(values.get(Field.SURNAMES));
        String id = values.get(Field.ID_NUMBER);
        if (!named && NationalId.parse(id).isEmpty()) {
            String reason = TextFold.isBlank(id) ? "no name and no ID number: nothing identifies a person in this row"
                    : "no name, and ID number '" + id + "' is not a cédula: nothing identifies a person in this row";
            sink.reject(file, sheet, row, reason, ColumnMap.raw(cells));
            return;
        }
        String ref = values.get(Field.RECORD_REF);
        if (ref == null && values.containsKey(Field.CASE_NUMBER)) {
            ref = values.get(Field.CASE_NUMBER) + "#" + sink.nextDefendantLine(values.get(Field.CASE_NUMBER));
        }
        if (ref == null) {
            ref = String.valueOf(dataRow);
        }
        sink.accept(file, sheet, row, ref, values, map.attributes(cells));
    }
}
