package org.rollcall.sample.other;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.rollcall.sample.other.World.Ruling;

/**
 * The figures of issue 10 computed from the world the files were written from, under the law of
 * that issue: amnestied = on the announced list OR granted by ANY court ruling; every other NGO
 * person takes the first reason that holds, in this order: a ruling declines to military
 * jurisdiction ({@code military-jurisdiction}) → a denial citing art. 9, num. 2, security forces
 * convicted of terrorism ({@code denied-security-forces-terrorism}) → a denial citing art. 9,
 * num. 4, armed actions with foreign involvement ({@code denied-armed-actions}) → any other denial
 * ({@code denied-other}) → a ruling under review ({@code pending}) → no ruling ({@code no-ruling}).
 * Each condition holds when ANY of the person's rulings meets it.
 *
 * <p>Beside them, the figures today's rules give ({@link TodaysRules}), under today's keys.
 *
 * <p>Nothing here reads a file or calls rollcall's pipeline: the figures come from who was put on
 * which list, not from how the lists were parsed.
 */
final class TruthFigures {

    /** Reason ids, in the order the law tries them. */
    static final List<String> REASONS = List.of("military-jurisdiction", "denied-security-forces-terrorism", "denied-armed-actions",
            "denied-other", "pending", "no-ruling");

    private final Map<String, Long> figures = new LinkedHashMap<>();
    private final Map<String, List<Integer>> lists = new LinkedHashMap<>();

    Map<String, Long> figures() {
        return figures;
    }

    /** Figure key → the person numbers it counts, one per row for row counts. */
    Map<String, List<Integer>> lists() {
        return lists;
    }

    static TruthFigures of(World w) {
        TruthFigures t = new TruthFigures();
        List<Integer> rowPeople = w.ngoRows().stream().map(World.NgoRow::person).filter(Objects::nonNull).map(Detainee::number).toList();
        Set<Integer> ngo = new TreeSet<>(rowPeople);
        List<Integer> entryPeople = w.entries().stream().map(e -> e.person().number()).toList();
        Set<Integer> listed = new TreeSet<>(entryPeople);
        List<Integer> rulingPeople = w.rulings().stream().map(r -> r.person().number()).toList();
        Set<Integer> ruled = new TreeSet<>(rulingPeople);
        Map<Integer, List<Ruling>> rulings = new LinkedHashMap<>();
        w.rulings().forEach(r -> rulings.computeIfAbsent(r.person().number(), k -> new ArrayList<>()).add(r));
        Predicate<Integer> granted = p -> any(rulings, p, r -> r.decision().equals("granted"));

        t.put("ngo-rows", rowPeople);
        t.put("ngo-people", ngo);
        t.put("ngo-duplicate-rows", duplicates(rowPeople));
        t.figures.put("announced", (long) w.announced());
        t.put("listed", entryPeople);
        t.put("listed-people", listed);
        t.put("listed-duplicate-entries", duplicates(entryPeople));
        t.put("listed-on-ngo-list", filter(listed, ngo::contains));
        t.put("listed-unknown-to-ngo", filter(listed, p -> !ngo.contains(p)));
        t.put("ngo-not-listed", filter(ngo, p -> !listed.contains(p)));
        t.put("amnestied", filter(ngo, p -> listed.contains(p) || granted.test(p)));
        t.put("amnestied-via-list", filter(ngo, listed::contains));
        t.put("amnestied-via-court-only", filter(ngo, p -> !listed.contains(p) && granted.test(p)));
        List<Integer> notAmnestied = filter(ngo, p -> !listed.contains(p) && !granted.test(p));
        t.put("not-amnestied", notAmnestied);
        for (String reason : REASONS) {
            t.put("not-amnestied-" + reason, filter(notAmnestied, p -> reason(rulings.getOrDefault(p, List.of())).equals(reason)));
        }
        t.put("rulings", rulingPeople);
        t.put("ruled-people", ruled);
        for (String d : List.of("granted", "denied", "military-jurisdiction", "under-review")) {
            t.put("rulings-" + d, w.rulings().stream().filter(r -> r.decision().equals(d)).map(r -> r.person().number()).toList());
        }
        t.put("granted-not-listed", filter(ruled, p -> granted.test(p) && !listed.contains(p)));
        t.put("granted-not-listed-known-to-ngo", filter(ruled, p -> granted.test(p) && !listed.contains(p) && ngo.contains(p)));
        t.put("granted-not-listed-unknown-to-ngo", filter(ruled, p -> granted.test(p) && !listed.contains(p) && !ngo.contains(p)));
        TodaysRules.of(w, ngo, listed).forEach(t::put);
        t.put("ruled-not-on-any-list", filter(ruled, p -> !ngo.contains(p) && !listed.contains(p)));
        t.put("released-and-rearrested", w.people().stream().filter(d -> ngo.contains(d.number()) && d.releasedAndRearrested())
                .map(Detainee::number).toList());
        Set<Integer> everyone = new TreeSet<>(ngo);
        everyone.addAll(listed);
        everyone.addAll(ruled);
        t.put("people", everyone);
        t.figures.put("rejected-rows", w.ngoRows().stream().filter(r -> r.person() == null).count());
        return t;
    }

    /** The first reason of {@link #REASONS} that holds for a person who is not amnestied. */
    static String reason(List<Ruling> rulings) {
        if (rulings.stream().anyMatch(r -> r.decision().equals("military-jurisdiction"))) {
            return "military-jurisdiction";
        }
        if (rulings.stream().anyMatch(r -> "9.2".equals(r.motiveKind()))) {
            return "denied-security-forces-terrorism";
        }
        if (rulings.stream().anyMatch(r -> "9.4".equals(r.motiveKind()))) {
            return "denied-armed-actions";
        }
        if (rulings.stream().anyMatch(r -> r.decision().equals("denied"))) {
            return "denied-other";
        }
        if (rulings.stream().anyMatch(r -> r.decision().equals("under-review"))) {
            return "pending";
        }
        return "no-ruling";
    }

    private void put(String key, Collection<Integer> people) {
        List<Integer> list = new ArrayList<>(people);
        Collections.sort(list);
        lists.put(key, List.copyOf(list));
        figures.put(key, (long) list.size());
    }

    private static boolean any(Map<Integer, List<Ruling>> rulings, int person, Predicate<Ruling> test) {
        return rulings.getOrDefault(person, List.of()).stream().anyMatch(test);
    }

    private static List<Integer> filter(Set<Integer> people, Predicate<Integer> keep) {
        return people.stream().filter(keep).toList();
    }

    private static List<Integer> filter(List<Integer> people, Predicate<Integer> keep) {
        return people.stream().filter(keep).toList();
    }

    /** One entry per row beyond a person's first. */
    private static List<Integer> duplicates(List<Integer> rows) {
        Set<Integer> seen = new HashSet<>();
        return rows.stream().filter(p -> !seen.add(p)).toList();
    }
}
