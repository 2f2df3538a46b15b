package org.rollcall.reconcile;

import org.rollcall.text.Messages;
import java.util.ArrayList;
import java.util.List;
import org.rollcall.domain.Problem;
import org.rollcall.normalize.PersonRecord;

/**
 * The {@code field-problems} list: every value of a kept record that could not be read (a date in
 * no declared format, an ID number that is not a cédula, an error cell, a list entry's numbering
 * typo), one row per value with the record's row, so that no unreadable value is only a detail.
 */
public final class FieldProblems {

    /** The figure's key in summary.json and the list's name. */
    public static final String KEY = "field-problems";
    public static final String LABEL = "values that could not be read, each with its row (the row itself is kept)";

    private FieldProblems() {
    }

    /**
     * @param read problems found while reading the sources
     * @param records the normalised records, whose own problems are listed after them
     */
    public static List<ListRow> rows(List<Problem> read, List<PersonRecord> records) {
        return rows(read, records, null, Reconciler.ENGLISH);
    }

    /**
     * {@link #rows(List, List)} with where each was read in a report's language, and each record's
     * problems under the person the record belongs to.
     *
     * @param personIds the person id of each record, in the records' order, or {@code null}
     */
    public static List<ListRow> rows(List<Problem> read, List<PersonRecord> records, String[] personIds, Messages m) {
        List<ListRow> out = new ArrayList<>();
        for (Problem p : read) {
            out.add(new ListRow("", "", "", p.location(), p.message() + (p.fix().isEmpty() ? "" : "; " + p.fix()), null));
        }
        for (int i = 0; i < records.size(); i++) {
            PersonRecord r = records.get(i);
            String person = personIds != null && i < personIds.length && personIds[i] != null ? personIds[i] : "";
            for (String problem : r.problems()) {
                out.add(new ListRow(person, r.name() == null ? "" : r.name().display(), r.rawId(), r.sourceId() + " (" + r.provenance(m) + ")",
                        problem, null));
            }
        }
        return out;
    }
}
