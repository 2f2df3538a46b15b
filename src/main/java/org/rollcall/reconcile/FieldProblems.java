package org.rollcall.reconcile;

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
        List<ListRow> out = new ArrayList<>();
        for (Problem p : read) {
            out.add(new ListRow("", "", "", p.location(), p.message() + (p.fix().isEmpty() ? "" : "; " + p.fix()), null));
        }
        for (PersonRecord r : records) {
            for (String problem : r.problems()) {
                out.add(new ListRow("", r.name() == null ? "" : r.name().display(), r.rawId(), r.sourceId() + " (" + r.provenance() + ")",
                        problem, null));
            }
        }
        return out;
    }
}
