package org.rollcall.ingest;

import java.util.ArrayList;
import java.util.List;
import org.rollcall.domain.Field;
import org.rollcall.domain.IdFormat;
import org.rollcall.text.NationalId;

/**
 * An ID column of which no value reads (a list of Nicaraguan cédulas or passports read as
 * Venezuelan cédulas, id-number mapped to the wrong column): value by value each would only be a
 * field problem, the run would exit 0, and every person of the file would be matched on the name
 * alone. When a file's records write {@value #MIN_VALUES} ID numbers or more and none of them reads,
 * the file has a file-level problem (exit 10) naming the column, two of its values and the fix; its
 * records are kept, without an ID number.
 */
final class UnreadIds {

    /** Written values a column needs before none of them reading is taken for the wrong format or column, not for typos. */
    static final int MIN_VALUES = 5;

    private static final int SAMPLES = 2;

    private UnreadIds() {
    }

    /** Adds the file's problem when its records write ID numbers and none reads. */
    static void check(IngestSink sink, String display) {
        IdFormat format = sink.source().idFormat();
        int written = 0;
        List<String> samples = new ArrayList<>();
        for (SourceRecord r : sink.records()) {
            if (!r.file().equals(display)) {
                continue;
            }
            String text = r.value(Field.ID_NUMBER);
            if (text.isBlank() || NationalId.saysNone(text)) {
                continue;
            }
            if (NationalId.parse(text, format).isPresent()) {
                return;
            }
            written++;
            if (samples.size() < SAMPLES && !samples.contains("'" + text.trim() + "'")) {
                samples.add("'" + text.trim() + "'");
            }
        }
        if (written < MIN_VALUES) {
            return;
        }
        String column = sink.source().columns().containsKey(Field.ID_NUMBER)
                ? sink.messages().format("normalize.id-column", sink.source().columns().get(Field.ID_NUMBER))
                : sink.messages().get("normalize.id-entries");
        String reason = format == IdFormat.ANY
                ? sink.messages().format("ingest.no-document-read", column, String.valueOf(written), String.join(", ", samples))
                        + "; " + sink.messages().get("normalize.unread-ids-any-fix")
                : sink.messages().format("ingest.no-cedula-read", column, String.valueOf(written), String.join(", ", samples))
                        + "; " + sink.messages().get("normalize.unread-ids-venezuelan-fix");
        sink.rejectFile(display, sink.source().sheet(), reason, "");
    }
}
