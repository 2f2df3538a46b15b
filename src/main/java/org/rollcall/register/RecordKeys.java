package org.rollcall.register;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.text.TextFold;

/**
 * A record's identity from one run to the next: its source, its folded name, its cédula and its
 * case number (the <b>base</b>: {@code ngo|jose luis perez gonzalez|}). Row numbers are left out on
 * purpose: a volunteer who inserts a row renumbers every row below it, yet those are the same records.
 *
 * <p>Records of one source that share a base (two namesakes without cédula) are told apart by what
 * they carry that a re-sort does not change, never by their order: the base followed by
 * {@code #b} and the birth date; when that does not tell a record from the others of its base,
 * {@code #b… d} and the detention date too; then {@code #b… d… p} and the place and offence
 * ({@code ngo|jose luis perez gonzalez|#b1970-03-04}). Only records alike in all of these are
 * numbered, in input order ({@code …#2}): nothing tells them apart, so which is which changes
 * nothing. A record alone with its base keeps the base as its key. How a key of an earlier run is
 * found again when a base gains or loses a record is {@link EarlierKeys}'s part.
 */
public final class RecordKeys {

    private RecordKeys() {
    }

    public static List<String> of(List<PersonRecord> records) {
        List<String> keys = new ArrayList<>(records.size());
        // the first record of each base, and the records of each base several share (few: a list per record would cost a
        // million lists on a large run, and the keys are made at every step that needs them)
        Map<String, Integer> first = new HashMap<>();
        Map<String, List<Integer>> shared = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            PersonRecord r = records.get(i);
            String base = r.sourceId() + "|" + TextFold.fold(r.name().display()) + "|" + (r.id() == null ? "" : r.id().digits())
                    + (r.caseNumber().isEmpty() ? "" : "|" + TextFold.fold(r.caseNumber()));
            keys.add(base);
            Integer before = first.putIfAbsent(base, i);
            if (before != null) {
                shared.computeIfAbsent(base, k -> new ArrayList<>(List.of(before))).add(i);
            }
        }
        shared.forEach((base, members) -> tellApart(base, members, records, keys));
        return keys;
    }

    /** Gives each record of a base shared by several its key (see the class comment). */
    private static void tellApart(String base, List<Integer> members, List<PersonRecord> records, List<String> keys) {
        Map<String, Integer> counts = new HashMap<>();
        List<String[]> levels = new ArrayList<>(members.size());
        for (int i : members) {
            String[] l = levels(records.get(i));
            levels.add(l);
            for (String prefix : l) {
                counts.merge(prefix, 1, Integer::sum);
            }
        }
        Map<String, Integer> repeats = new HashMap<>();
        for (int m = 0; m < members.size(); m++) {
            String[] l = levels.get(m);
            String key = null;
            for (String prefix : l) {
                if (counts.get(prefix) == 1) {
                    key = base + "#" + prefix;
                    break;
                }
            }
            if (key == null) {
                int n = repeats.merge(l[l.length - 1], 1, Integer::sum);
                key = base + "#" + l[l.length - 1] + (n == 1 ? "" : "#" + n);
            }
            keys.set(members.get(m), key);
        }
    }

    /** A record's discriminators, each holding the one before: birth date; and detention date; and place and offence. */
    private static String[] levels(PersonRecord r) {
        String born = "b" + (r.birthDate() == null ? "" : r.birthDate());
        String held = born + " d" + (r.detentionDate() == null ? "" : r.detentionDate());
        return new String[] {born, held, held + " p" + TextFold.fold(r.place()) + "/" + TextFold.fold(r.offence())};
    }

    /** A key's base: the key without what tells it from the other records of its base. */
    public static String base(String key) {
        int source = key.indexOf('|');
        int mark = key.indexOf('#', Math.max(source, 0));
        return mark < 0 ? key : key.substring(0, mark);
    }

    /**
     * A key's parts: source, folded name, cédula digits ({@code ""} when none), case number
     * ({@code ""} when none); what tells it from the other records of its base left out. {@code null}
     * for a key that does not split so (a name holding a '|').
     */
    public static String[] parts(String key) {
        String[] p = base(key).split("\\|", -1);
        if (p.length == 3) {
            return new String[] {p[0], p[1], p[2], ""};
        }
        return p.length == 4 ? p : null;
    }
}
