package org.rollcall.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rollcall.domain.Field;
import org.rollcall.text.DateReader;

/**
 * A date column mapped to a column that holds no date (decision-date mapped to the court's
 * name): read value by value, each would only be a field problem and the run would exit 0 with
 * every date of the file lost. When a mapped date column of a file holds {@value #MIN_VALUES}
 * values or more and none of them reads as a date, the file has a file-level problem (exit 10)
 * naming the column and a few of its values; its records are kept.
 */
final class UnreadDateColumns {

    /** Written values a column needs before none of them reading is taken for a wrong column, not for a few typos. */
    static final int MIN_VALUES = 5;

    private static final int SAMPLES = 3;

    private UnreadDateColumns() {
    }

    /** Adds the file's problem, when one of its mapped date columns reads no date at all. */
    static void check(IngestSink sink, String display) {
        Map<Field, String> columns = sink.source().columns();
        if (columns.keySet().stream().noneMatch(Field::isDate)) {
            return;
        }
        DateReader dates;
        try {
            dates = new DateReader(sink.source().dateFormats(), sink.source().twoDigitYearBase());
        } catch (IllegalArgumentException e) {
            return; // the job check names a format it cannot read
        }
        List<SourceRecord> records = sink.records().stream().filter(r -> r.file().equals(display)).toList();
        for (Map.Entry<Field, String> column : columns.entrySet()) {
            if (!column.getKey().isDate()) {
                continue;
            }
            int written = 0;
            Set<String> distinct = new HashSet<>();
            List<String> samples = new ArrayList<>();
            boolean anyRead = false;
            for (SourceRecord r : records) {
                String text = r.value(column.getKey());
                if (text.isBlank() || text.chars().noneMatch(Character::isDigit)) {
                    continue; // "N/A", "no aplica", "-": a column without a date for this row, not a date that cannot be read
                }
                written++;
                distinct.add(text.strip());
                if (dates.read(text).isPresent()) {
                    anyRead = true;
                    break;
                }
                if (samples.size() < SAMPLES && !samples.contains("'" + text + "'")) {
                    samples.add("'" + text + "'");
                }
            }
            if (!anyRead && written >= MIN_VALUES && distinct.size() >= SAMPLES) {
                sink.rejectFile(display, sink.source().sheet(), sink.messages().format("ingest.no-date-in-column", column.getValue(),
                        column.getKey().key(), String.valueOf(written), String.join(", ", samples), sink.source().dateFormats().toString()), "");
            }
        }
    }
}
