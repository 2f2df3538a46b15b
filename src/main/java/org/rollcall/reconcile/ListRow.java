package org.rollcall.reconcile;

import java.time.LocalDate;

/**
 * One row of a list behind a figure: a person, or one source row, with where it came from.
 *
 * @param entityId the person's id in this run ({@code ""} for rows that are not people)
 * @param name the name as first written
 * @param idNumber the cédula, canonical when well formed, else as written
 * @param sourceRows every source row behind the row: "ngo row 12 (input/ngo.xlsx, sheet 'Detenidos', row 15)"
 * @param detail what else the row says (a decision, a reason)
 * @param date the row's date, or {@code null}: a ruling's date, a detention, the latest event of a person's timeline
 */
public record ListRow(String entityId, String name, String idNumber, String sourceRows, String detail, LocalDate date) {

    /** A row without a date. */
    public ListRow(String entityId, String name, String idNumber, String sourceRows, String detail) {
        this(entityId, name, idNumber, sourceRows, detail, null);
    }
}
