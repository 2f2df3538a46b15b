package org.rollcall.register;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which key of an earlier run each record of this run continues. Mostly its own: a key the register
 * holds is the same record. Where a base (see {@link RecordKeys}) is or was shared by namesakes, a
 * record's key changes when the base gains or loses a record (the lone {@code ngo|jose perez|}
 * becomes {@code ngo|jose perez|#b1970-03-04} beside a newcomer, and back again), or when a date
 * that told it apart is corrected; such a record continues the earlier key of its base whose stored
 * {@link Traits} fit it (not {@linkplain Traits#toldApart told apart}) best, one to one, so that:
 * <ul>
 * <li>a namesake added keeps the one who was there their key, and is new;</li>
 * <li>a namesake removed leaves the other their key, whatever the two keys were;</li>
 * <li>a key the register holds is not taken by a namesake its stored traits tell apart (the lone
 * key of one who left, taken by the other who stayed);</li>
 * <li>an earlier key whose person a record of this run already holds is not taken again.</li>
 * </ul>
 * Keys stored before traits were kept ({@code base}, {@code base#2}, numbered in input order) are
 * continued as they were written: the base's first record in input order continues {@code base},
 * the second {@code base#2}. That is the old rule, once: the run then stores every key with its
 * traits, and learns the traits of the old keys it continued.
 */
public final class EarlierKeys {

    private EarlierKeys() {
    }

    /**
     * @param keys this run's record keys
     * @param traits each record's traits
     * @param register the register of earlier runs
     * @return for each record the earlier key it continues, or {@code null} when none
     */
    public static String[] resolve(List<String> keys, List<Traits> traits, RegisterRecords register) {
        Map<String, String> previous = register.personOf();
        String[] earlier = new String[keys.size()];
        if (previous.isEmpty()) {
            return earlier;
        }
        // the bases the register knows namesakes of: each earlier key of such a base, by base
        Map<String, List<String>> shared = new HashMap<>();
        for (String key : previous.keySet()) {
            String base = RecordKeys.base(key);
            if (base.length() != key.length()) {
                shared.computeIfAbsent(base, k -> new ArrayList<>()).add(key);
            }
        }
        Set<String> claimed = new HashSet<>();
        Set<String> held = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            String id = previous.get(key);
            if (id != null && !(shared.containsKey(RecordKeys.base(key)) && apart(traits.get(i), register.traits(key), key))) {
                earlier[i] = key;
                claimed.add(key);
                held.add(id);
            }
        }
        if (shared.isEmpty() && keys.stream().noneMatch(k -> k.length() != RecordKeys.base(k).length())) {
            return earlier; // no namesakes, then or now
        }
        Map<String, List<Integer>> open = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        int[] occurrence = new int[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            String base = RecordKeys.base(keys.get(i));
            occurrence[i] = seen.merge(base, 1, Integer::sum);
            if (earlier[i] == null && (shared.containsKey(base) || base.length() != keys.get(i).length())) {
                open.computeIfAbsent(base, k -> new ArrayList<>()).add(i);
            }
        }
        open.forEach((base, records) -> {
            List<String> candidates = new ArrayList<>(shared.getOrDefault(base, List.of()));
            if (previous.containsKey(base) && !candidates.contains(base)) {
                candidates.add(base);
            }
            candidates.removeIf(k -> claimed.contains(k) || held.contains(previous.get(k)));
            candidates.sort(Comparator.naturalOrder());
            byTraits(records, candidates, keys, traits, register, earlier);
            byOrder(records, candidates, occurrence, base, register, earlier);
        });
        return earlier;
    }

    /** Pairs records with the candidates whose stored traits fit them, most agreements first, one to one. */
    private static void byTraits(List<Integer> records, List<String> candidates, List<String> keys, List<Traits> traits,
            RegisterRecords register, String[] earlier) {
        List<int[]> fits = new ArrayList<>(); // {record, candidate, agreements}
        for (int r : records) {
            for (int c = 0; c < candidates.size(); c++) {
                Traits stored = register.traits(candidates.get(c));
                if (register.hasTraits(candidates.get(c)) && !apart(traits.get(r), stored, keys.get(r))) {
                    fits.add(new int[] {r, c, traits.get(r).agreements(stored)});
                }
            }
        }
        fits.sort(Comparator.<int[]>comparingInt(f -> -f[2]).thenComparingInt(f -> f[0]).thenComparingInt(f -> f[1]));
        Set<String> taken = new HashSet<>();
        for (int[] f : fits) {
            String candidate = candidates.get(f[1]);
            if (earlier[f[0]] == null && !taken.contains(candidate)) {
                earlier[f[0]] = candidate;
                taken.add(candidate);
            }
        }
        candidates.removeAll(taken);
    }

    /** Pairs the records left with the keys the register stored without traits, as those were numbered: in input order. */
    private static void byOrder(List<Integer> records, List<String> candidates, int[] occurrence, String base, RegisterRecords register,
            String[] earlier) {
        for (int r : records) {
            String old = occurrence[r] == 1 ? base : base + "#" + occurrence[r];
            if (earlier[r] == null && candidates.contains(old) && !register.hasTraits(old)) {
                earlier[r] = old;
                candidates.remove(old);
            }
        }
    }

    /** True when a record and an earlier record of one base cannot be one person (the base holding a cédula: one both carry). */
    private static boolean apart(Traits now, Traits before, String key) {
        String[] parts = RecordKeys.parts(key);
        return now.toldApart(before, parts != null && !parts[2].isEmpty());
    }
}
