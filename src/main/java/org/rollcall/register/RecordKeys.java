package org.rollcall.register;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.text.TextFold;

/**
 * A record's identity from one run to the next: its source, its folded name and its cédula, and
 * which occurrence of that it is within the source. Row numbers are left out on purpose: a
 * volunteer who inserts a row renumbers every row below it, yet those are the same records.
 */
public final class RecordKeys {

    private RecordKeys() {
    }

    public static List<String> of(List<PersonRecord> records) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> keys = new ArrayList<>(records.size());
        for (PersonRecord r : records) {
            String base = r.sourceId() + "|" + TextFold.fold(r.name().display()) + "|" + (r.id() == null ? "" : r.id().digits())
                    + (r.caseNumber().isEmpty() ? "" : "|" + TextFold.fold(r.caseNumber()));
            int n = seen.merge(base, 1, Integer::sum);
            keys.add(n == 1 ? base : base + "#" + n);
        }
        return keys;
    }

    /**
     * A key's parts: source, folded name, cédula digits ({@code ""} when none), case number
     * ({@code ""} when none); the occurrence suffix left out. {@code null} for a key that does not
     * split so (a name holding a '|').
     */
    public static String[] parts(String key) {
        String base = key.replaceFirst("#\\d+$", "");
        String[] p = base.split("\\|", -1);
        if (p.length == 3) {
            return new String[] {p[0], p[1], p[2], ""};
        }
        return p.length == 4 ? p : null;
    }
}
