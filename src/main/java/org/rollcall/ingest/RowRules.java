package org.rollcall.ingest;

import java.util.List;
import java.util.Map;
import org.rollcall.domain.Field;
import org.rollcall.domain.Problem;
import org.rollcall.domain.IdFormat;
import org.rollcall.text.NationalId;
import org.rollcall.text.TextFold;

/**
 * What every tabular reader does with a data row once it is mapped: skip blank rows, turn a
 * totals row into a claim, ignore a section heading ({@link SectionHeadings}), reject a row with no name and no ID number, or whose name cell holds a
 * note, a date or digits ({@link NameCell}), keep the rest.
 */
final class RowRules {

    /** Longest cell text a row may hold; longer ones are pasted documents, not data. */
    static final int MAX_CELL = 10_000;

    private RowRules() {
    }

    static void apply(IngestSink sink, ColumnMap map, String file, String sheet, int row, int dataRow, List<String> cells) {
        apply(sink, map, file, sheet, row, dataRow, cells, Map.of());
    }

    /**
     * @param cellProblems column index → why the cell holds no text (an error, a boolean, a formula
     *     never computed): a mapped one is a field-level problem of the row, and the reason when the
     *     row is rejected for want of a name
     */
    static void apply(IngestSink sink, ColumnMap map, String file, String sheet, int row, int dataRow, List<String> cells,
            Map<Integer, String> cellProblems) {
        if (ColumnMap.isBlank(cells) && cellProblems.isEmpty()) {
            sink.ignore(file, Ignored.BLANK);
            return;
        }
        Long total = ColumnMap.totalOf(cells);
        if (total != null) {
            sink.claim(new Claim(sink.source().id(), file, row, "stated-total", total, ColumnMap.raw(cells),
                    total < 0 ? "totals row without a figure" : null).onSheet(sheet));
            sink.ignore(file, Ignored.TOTALS);
            return;
        }
        if (SectionHeadings.isHeading(cells)) {
            sink.ignore(file, Ignored.HEADING);
            return;
        }
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i) != null && cells.get(i).length() > MAX_CELL) {
                sink.reject(file, sheet, row, sink.messages().format("ingest.long-cell", String.valueOf(i + 1),
                        String.valueOf(cells.get(i).length())), ColumnMap.raw(cells));
                return;
            }
        }
        Map<Field, String> values = map.values(cells);
        boolean named = !TextFold.isBlank(values.get(Field.FULL_NAME)) || !TextFold.isBlank(values.get(Field.GIVEN_NAMES))
                || !TextFold.isBlank(values.get(Field.SURNAMES));
        String id = values.get(Field.ID_NUMBER);
        List<String> mappedProblems = map.mappedColumns().stream().filter(cellProblems::containsKey).map(cellProblems::get).toList();
        if (!named && NationalId.parse(id, sink.source().idFormat()).isEmpty()) {
            String reason = TextFold.isBlank(id) ? sink.messages().get("reject.no-name-no-id")
                    : sink.source().idFormat() == IdFormat.ANY ? sink.messages().format("reject.no-name-bad-document", id)
                    : sink.messages().format("reject.no-name-bad-id", id);
            if (!mappedProblems.isEmpty()) {
                reason = reason + " (" + String.join("; ", mappedProblems) + ")";
            }
            sink.reject(file, sheet, row, reason, ColumnMap.raw(cells));
            return;
        }
        String notAName = named ? notAName(values, sink) : null;
        if (notAName != null) {
            sink.reject(file, sheet, row, notAName, ColumnMap.raw(cells));
            return;
        }
        if (!sink.acceptRow(file, sheet, row, values.get(Field.RECORD_REF), String.valueOf(dataRow), values, map.attributes(cells),
                ColumnMap.raw(cells))) {
            return;
        }
        String location = file + (sheet == null ? "" : ", sheet '" + sheet + "'") + ", row " + row;
        mappedProblems.forEach(p -> sink.fieldProblem(new Problem(location, p, "", Problem.Kind.FIELD)));
    }

    /** Why the row's name cells hold no name ({@link NameCell}), or {@code null}. */
    private static String notAName(Map<Field, String> values, IngestSink sink) {
        for (Field f : List.of(Field.FULL_NAME, Field.SURNAMES, Field.GIVEN_NAMES)) {
            String why = NameCell.notAName(values.get(f), sink.messages());
            if (why != null) {
                return why;
            }
        }
        return null;
    }
}
