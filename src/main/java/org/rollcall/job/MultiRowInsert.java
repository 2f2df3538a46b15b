package org.rollcall.job;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts many rows with statements of many rows each ({@code INSERT … VALUES (…), (…), …}), in
 * batches: a database executes one statement per 200 rows instead of one per row (the same SQL on
 * H2 and PostgreSQL; 1,000 parameters a statement, far below either's limit).
 */
final class MultiRowInsert {

    /** Rows per statement. */
    static final int ROWS = 200;

    private final JdbcTemplate jdbc;
    private final String head;
    private final int columns;

    /**
     * @param table the table
     * @param columns its columns, in the order of each row's values
     */
    MultiRowInsert(JdbcTemplate jdbc, String table, String... columns) {
        this.jdbc = jdbc;
        this.head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        this.columns = columns.length;
    }

    /**
     * Statements per JDBC batch: the driver holds a batch's parameters until it runs (H2 a value object each), so a
     * million rows sent as one batch held five million values at once; 50 statements (10,000 rows) a batch hold a hundredth.
     */
    static final int STATEMENTS = 50;

    /** Inserts the rows (each one value per column), in order. */
    void insert(List<Object[]> rows) {
        int whole = rows.size() / ROWS * ROWS;
        String full = whole > 0 ? sql(ROWS) : null;
        for (int batch = 0; batch < whole; batch += ROWS * STATEMENTS) {
            int end = Math.min(whole, batch + ROWS * STATEMENTS);
            List<Object[]> statements = new ArrayList<>(STATEMENTS);
            for (int from = batch; from < end; from += ROWS) {
                statements.add(flatten(rows.subList(from, from + ROWS)));
            }
            jdbc.batchUpdate(full, statements);
        }
        if (whole < rows.size()) {
            jdbc.update(sql(rows.size() - whole), flatten(rows.subList(whole, rows.size())));
        }
    }

    private Object[] flatten(List<Object[]> rows) {
        Object[] values = new Object[rows.size() * columns];
        int v = 0;
        for (Object[] row : rows) {
            if (row.length != columns) {
                throw new IllegalArgumentException("a row of " + row.length + " values for " + columns + " columns: " + head);
            }
            System.arraycopy(row, 0, values, v, columns);
            v += columns;
        }
        return values;
    }

    private String sql(int rows) {
        String one = "(" + "?, ".repeat(columns - 1) + "?)";
        StringBuilder sql = new StringBuilder(head.length() + rows * (one.length() + 2)).append(head);
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "" : ", ").append(one);
        }
        return sql.toString();
    }
}
