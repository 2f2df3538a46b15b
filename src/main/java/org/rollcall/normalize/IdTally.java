package org.rollcall.normalize;

import java.util.ArrayList;
import java.util.List;
import org.rollcall.config.SourceDefinition;
import org.rollcall.domain.Field;
import org.rollcall.domain.IdFormat;
import org.rollcall.domain.Problem;
import org.rollcall.text.Messages;
import org.rollcall.text.NationalId;

/**
 * How many of a source's ID numbers were written and how many read: when most do not read (a
 * list of another country's documents read as Venezuelan cédulas), every person would be matched
 * on the name alone and namesakes merged, so the run says so — a console warning and a warning at
 * the top of the report naming the source, the column, the counts, two of the values and the fix.
 */
final class IdTally {

    /** Values written before a share of unread ones is taken for the wrong format rather than typos. */
    static final int MIN_WRITTEN = 5;

    private static final int EXAMPLES = 2;

    private int written;
    private int read;
    private final List<String> examples = new ArrayList<>(EXAMPLES);

    /** Counts one record's ID cell: {@code id} what was read of it ({@code null} when nothing). */
    void count(String raw, NationalId id) {
        if (raw == null || raw.isBlank() || id == null && NationalId.saysNone(raw)) {
            return;
        }
        written++;
        if (id != null) {
            read++;
        } else if (examples.size() < EXAMPLES && !examples.contains(raw.trim())) {
            examples.add(raw.trim());
        }
    }

    /** Takes in the counts of a tally of the same source's later records. */
    void absorb(IdTally later) {
        written += later.written;
        read += later.read;
        for (String e : later.examples) {
            if (examples.size() < EXAMPLES && !examples.contains(e)) {
                examples.add(e);
            }
        }
    }

    /** True when {@value #MIN_WRITTEN} values or more were written and fewer than half of them read. */
    boolean mostUnread() {
        return written >= MIN_WRITTEN && 2 * read < written;
    }

    /** The warning in {@code m}'s language, or {@code null} when most values read. */
    Problem problem(SourceDefinition source, Messages m) {
        if (!mostUnread()) {
            return null;
        }
        String column = source.columns().containsKey(Field.ID_NUMBER) ? m.format("normalize.id-column", source.columns().get(Field.ID_NUMBER))
                : m.get("normalize.id-entries");
        String shown = "'" + String.join("', '", examples) + "'";
        String unread = String.valueOf(written - read);
        if (source.idFormat() == IdFormat.ANY) {
            return new Problem(source.id(), m.format("normalize.unread-ids-any", unread, String.valueOf(written), column, shown),
                    m.get("normalize.unread-ids-any-fix"), Problem.Kind.FIELD);
        }
        return new Problem(source.id(), m.format("normalize.unread-ids-venezuelan", unread, String.valueOf(written), column, shown),
                m.get("normalize.unread-ids-venezuelan-fix"), Problem.Kind.FIELD);
    }
}
