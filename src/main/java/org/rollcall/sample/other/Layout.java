package org.rollcall.sample.other;

/** The conventions an independent set of lists is written in. */
public enum Layout {
    /**
     * An NGO workbook with separate surname and given-name columns and a notes column holding each
     * person's history; a text communiqué with a numbered list; court rulings as a semicolon CSV
     * with a {@code motivo} column.
     */
    B,
    /**
     * An NGO CSV (Windows-1252, semicolons) with one "Nombre completo" column written surnames first
     * without a comma, bare cédula digits and two-digit years; the announcement as the government's
     * JSON ({@code beneficiarios}); court rulings as a workbook.
     */
    C
}
