package org.rollcall.report;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.rollcall.reconcile.ListRow;

/**
 * A list's rows, each changed as it is read (a reason filled in, a name redacted), without a
 * second copy of the list: a list may be read from its stage file row by row and hold
 * hundreds of thousands of rows.
 */
final class MappedRows extends AbstractList<ListRow> {

    private final List<ListRow> rows;
    private final UnaryOperator<ListRow> change;

    MappedRows(List<ListRow> rows, UnaryOperator<ListRow> change) {
        this.rows = rows;
        this.change = change;
    }

    @Override
    public Iterator<ListRow> iterator() {
        Iterator<ListRow> in = rows.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return in.hasNext();
            }

            @Override
            public ListRow next() {
                return change.apply(in.next());
            }
        };
    }

    @Override
    public ListRow get(int index) {
        return change.apply(rows.get(index));
    }

    @Override
    public int size() {
        return rows.size();
    }

    @Override
    public List<ListRow> subList(int from, int to) {
        return new MappedRows(rows.subList(from, to), change);
    }
}
