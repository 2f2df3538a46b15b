package org.rollcall.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.rollcall.normalize.Detention;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.text.TextFold;

/**
 * Two entries of one list that are one person listed twice, not two namesakes: a communiqué that
 * names "María de Jesús Ponce Romero" twice, once with her cédula and once without, while nobody
 * else in any of the lists could bear that name.
 *
 * <p>Two records of one list are taken for one person listed twice when the list is known to
 * name some people twice (its prior within the list, estimated from its records with ID numbers,
 * times its pairs of records, expects at least one repeat: a communiqué of 360 entries that named
 * five people twice; not a list whose records with cédulas never repeat), their names are equal
 * word for word (three words or more: two-word names are too common to tell), at most one of them
 * has an ID number, nothing rules them out as one person ({@link Constraints}), and the lists show
 * no second person of that name: among every record whose name agrees with theirs
 * ({@link NameIndex}, short forms such as "María Ponce" included), no two conflict (two
 * different ID numbers, two birth dates apart), and the two rows do not tell two detentions apart
 * ({@link #toldApart}). Where the lists do show two people of the name,
 * which entry is which nothing says, and the entries stay namesakes.
 */
public final class ListedTwice {

    private final List<PersonRecord> records;
    private final String[] birth;
    private final Constraints constraints;
    private final NameIndex names;
    private final Map<Long, Boolean> known = new HashMap<>();
    private final Map<String, Boolean> repeats = new HashMap<>();

    /**
     * @param birth each record's birth date as yyyyMMdd, or null
     * @param names every record's name, indexed by its words
     */
    ListedTwice(List<PersonRecord> records, String[] birth, NameIndex names, Constraints constraints, ListPriors priors) {
        this.records = records;
        Map<String, Long> sizes = new HashMap<>();
        records.forEach(r -> sizes.merge(r.sourceId(), 1L, Long::sum));
        sizes.forEach((list, size) -> {
            Double within = priors.byLists().get(ListPriors.key(list, list));
            repeats.put(list, within != null && within * size * (size - 1) / 2 >= 1);
        });
        this.birth = birth;
        this.constraints = constraints;
        this.names = names;
    }

    /** True when records {@code x} and {@code y}, of one list, are one person listed twice (see the class comment). */
    boolean of(int x, int y) {
        long key = (long) Math.min(x, y) * records.size() + Math.max(x, y);
        return known.computeIfAbsent(key, k -> decide(x, y));
    }

    private boolean decide(int x, int y) {
        PersonRecord a = records.get(x);
        PersonRecord b = records.get(y);
        if (!names.applies() || !a.sourceId().equals(b.sourceId()) || !repeats.get(a.sourceId()) || a.id() != null && b.id() != null
                || names.level(x, y) != PersonNameComparison.ALL_EQUAL
                || constraints.conflict(a, b, birth[x], birth[y]) || toldApart(a, b)) {
            return false;
        }
        TreeSet<Integer> bearing = new TreeSet<>(names.agreeingWith(x));
        bearing.addAll(names.agreeingWith(y));
        bearing.add(x);
        bearing.add(y);
        List<Integer> all = new ArrayList<>(bearing);
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                int p = all.get(i);
                int q = all.get(j);
                if (constraints.conflict(records.get(p), records.get(q), birth[p], birth[q])) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * True when two of what the rows say of the detention differ: the date, the place, the offence
     * (no word in common). An NGO's two rows of "Yaneisy Batista Pérez", one without ID number, one
     * arrested in Mayabeque on 1 September for "instigación", the other in Santiago on 13 July for
     * "sedición", are two namesakes as likely as one person; one slip (a mistyped date) is not.
     */
    static boolean toldApart(PersonRecord a, PersonRecord b) {
        return toldApart(a.detention(), b.detention());
    }

    /** As {@link #toldApart(PersonRecord, PersonRecord)}, of two detentions (the register's earlier record's, say). */
    public static boolean toldApart(Detention p, Detention q) {
        int differ = 0;
        if (p.detentionDate() != null && q.detentionDate() != null && !p.detentionDate().equals(q.detentionDate())) {
            differ++;
        }
        if (differentTexts(p.place(), q.place())) {
            differ++;
        }
        if (differentTexts(p.offence(), q.offence()) && Collections.disjoint(words(p.offence()), words(q.offence()))) {
            differ++;
        }
        return differ >= 2;
    }

    private static boolean differentTexts(String a, String b) {
        String x = TextFold.fold(a == null ? "" : a).trim();
        String y = TextFold.fold(b == null ? "" : b).trim();
        return !x.isEmpty() && !y.isEmpty() && !x.contains(y) && !y.contains(x);
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : TextFold.fold(text).split("[^a-z0-9]+")) {
            if (w.length() > 3) {
                out.add(w);
            }
        }
        return out;
    }
}
