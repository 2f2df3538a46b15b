package org.rollcall.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rollcall.config.SourceDefinition;
import org.rollcall.text.TextFold;

/**
 * Finds a tabular source's header when it stands on one row or spans two: a group title merged
 * over some columns above the real names ("Datos personales" over "Apellidos | Nombres | C.I.",
 * with "N°" merged down over both rows), or names broken over two rows ("Fecha de" above
 * "detención"). Two adjacent rows are read together only when neither alone holds every mapped
 * column and together they do; column by column, the lower cell, the upper one or both joined
 * is the name, whichever is a mapped column's.
 */
final class HeaderRows {

    private final SourceDefinition source;
    private final Set<String> names = new HashSet<>();

    HeaderRows(SourceDefinition source) {
        this.source = source;
        source.columns().values().forEach(c -> ColumnMap.parts(c).forEach(part -> names.add(ColumnMap.headerKey(part))));
        source.attributes().values().forEach(c -> names.add(ColumnMap.headerKey(c)));
    }

    /**
     * The header found at a row.
     *
     * @param cells the column names, two rows read together when {@code first < last}
     * @param first the header's first row (1-based)
     * @param last its last row: the data starts below it
     */
    record Found(List<String> cells, int first, int last) {

        /** The rows the header takes. */
        int rows() {
            return last - first + 1;
        }
    }

    /** True when the row holds every mapped field's column name: a header (a missing attribute column is then named). */
    boolean complete(List<String> cells) {
        return cells != null && ColumnMap.looksLikeHeader(source.columns(), cells);
    }

    /** True when the row holds every mapped column name, attributes' included. */
    private boolean full(List<String> cells) {
        return complete(cells) && ColumnMap.missingColumns(source, cells).isEmpty();
    }

    /**
     * The header ending at {@code row}: the row alone when it holds every mapped column, else the
     * row read together with the one above it ({@code above}, or {@code null} when that row is not
     * there) when they hold every one together; {@code null} when neither. A row holding every
     * field's column but not every attribute's is the header when the two rows do no better.
     */
    Found at(int row, List<String> above, List<String> cells) {
        if (cells == null) {
            return null;
        }
        List<String> joined = above == null || ColumnMap.isBlank(above) || ColumnMap.isBlank(cells) ? null : join(above, cells);
        if (full(cells) || complete(cells) && (joined == null || !full(joined))) {
            return new Found(cells, row, row);
        }
        return joined != null && complete(joined) ? new Found(joined, row - 1, row) : null;
    }

    /** The names of two header rows read together, column by column (see the class comment). */
    List<String> join(List<String> upper, List<String> lower) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.max(upper.size(), lower.size()); i++) {
            String top = i < upper.size() && upper.get(i) != null ? upper.get(i).trim() : "";
            String bottom = i < lower.size() && lower.get(i) != null ? lower.get(i).trim() : "";
            String both = (top + " " + bottom).trim();
            if (names.contains(ColumnMap.headerKey(bottom))) {
                out.add(bottom);
            } else if (names.contains(ColumnMap.headerKey(top))) {
                out.add(top);
            } else if (names.contains(ColumnMap.headerKey(both))) {
                out.add(both);
            } else {
                out.add(TextFold.isBlank(bottom) ? top : bottom);
            }
        }
        return out;
    }
}
