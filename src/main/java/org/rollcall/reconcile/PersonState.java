package org.rollcall.reconcile;

/**
 * A person as one run sees them, kept to tell what changed by the next run.
 *
 * @param personId the register's stable id
 * @param name the name as first written
 * @param sources the ids of the sources the person is on, comma-separated, in job order
 * @param status what the reconciliation says of them: "on the amnesty list", "not covered: denied", …
 * @param sourceRows the source rows behind them in this run, for reports ({@code ""} when read back from an earlier run)
 * @param idText their cédula(s) as the reports show them ({@code ""} when read back from an earlier run)
 */
public record PersonState(String personId, String name, String sources, String status, String sourceRows, String idText) {

    public PersonState(String personId, String name, String sources, String status, String sourceRows) {
        this(personId, name, sources, status, sourceRows, "");
    }
}
