package org.rollcall.match;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rollcall.normalize.PersonRecord;

/**
 * The conflicts analysts have overruled: when an analyst decides that two records whose cédulas
 * (or birth dates) differ are one person, that person bears both values, so no other record is
 * kept out of the person for bearing one of them. Without this, "same person" on a duplicate NGO
 * row with another cédula would split the person's communiqué entry (same name, the first
 * cédula) off as a new person: the analyst's decision would move a third record in silence.
 *
 * @param ids unordered pairs of cédula digits an analyst has put in one person ({@code "a|b"}, a before b)
 * @param births unordered pairs of birth dates (yyyyMMdd) an analyst has put in one person
 */
public record AcceptedConflicts(Set<String> ids, Set<String> births) {

    public static final AcceptedConflicts NONE = new AcceptedConflicts(Set.of(), Set.of());

    public AcceptedConflicts {
        ids = Set.copyOf(ids);
        births = Set.copyOf(births);
    }

    /**
     * The conflicts of the analysts' "same person" pairs.
     *
     * @param birth each record's birth date as yyyyMMdd, or {@code null}
     */
    static AcceptedConflicts of(List<PersonRecord> records, String[] birth, AnalystLinks links) {
        Set<String> ids = new HashSet<>();
        Set<String> births = new HashSet<>();
        for (int[] same : links.mustLink()) {
            PersonRecord a = records.get(same[0]);
            PersonRecord b = records.get(same[1]);
            if (Constraints.idsConflict(a.id(), b.id())) {
                ids.add(key(a.id().digits(), b.id().digits()));
            }
            String x = birth[same[0]];
            String y = birth[same[1]];
            if (x != null && y != null && !x.equals(y)) {
                births.add(key(x, y));
            }
        }
        return ids.isEmpty() && births.isEmpty() ? NONE : new AcceptedConflicts(ids, births);
    }

    boolean idsAccepted(String a, String b) {
        return ids.contains(key(a, b));
    }

    boolean birthsAccepted(String a, String b) {
        return births.contains(key(a, b));
    }

    private static String key(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }
}
