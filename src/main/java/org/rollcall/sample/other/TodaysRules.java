package org.rollcall.sample.other;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rollcall.sample.other.World.Ruling;

/**
 * The figures that today's rules give, computed from the world as README states those rules, so
 * that the baseline can tell matching errors from the law that today's keys cannot express: the
 * latest ruling (by date, then the later in its file) decides; reasons for an NGO person not
 * listed, in order: military jurisdiction, an excluded offence (the today job files' exclusions:
 * an offence containing "terrorismo" or "acciones armadas contra la soberanía", accents and case
 * ignored), denied, under review, granted by a court, no ruling. Keys {@code not-covered-*} and
 * {@code granted-not-on-government-list}, as today's summary.json writes them.
 */
final class TodaysRules {

    /** Folded texts the today job files exclude. */
    static final List<String> EXCLUDED = List.of("terrorismo", "acciones armadas contra la soberania");
    static final List<String> REASONS = List.of("military-jurisdiction", "excluded-offence", "denied", "under-review", "granted-by-court",
            "no-ruling", "unknown");

    private TodaysRules() {
    }

    /** Figure key → person numbers. */
    static Map<String, List<Integer>> of(World w, Set<Integer> ngo, Set<Integer> listed) {
        Map<Integer, Ruling> deciding = new LinkedHashMap<>();
        for (Ruling r : w.rulings()) {
            Ruling before = deciding.get(r.person().number());
            if (before == null || !r.date().isBefore(before.date())) {
                deciding.put(r.person().number(), r);
            }
        }
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        REASONS.forEach(r -> out.put("not-covered-" + r, new ArrayList<>()));
        for (Detainee d : w.people()) {
            if (ngo.contains(d.number()) && !listed.contains(d.number())) {
                out.get("not-covered-" + reason(d, deciding.get(d.number()))).add(d.number());
            }
        }
        List<Integer> granted = new ArrayList<>();
        deciding.forEach((person, r) -> {
            if (r.decision().equals("granted") && !listed.contains(person)) {
                granted.add(person);
            }
        });
        granted.sort(null);
        out.put("granted-not-on-government-list", granted);
        return out;
    }

    private static String reason(Detainee d, Ruling latest) {
        if (latest != null && latest.decision().equals("military-jurisdiction")) {
            return "military-jurisdiction";
        }
        if (d.offences().stream().map(NameSource::fold).anyMatch(o -> EXCLUDED.stream().anyMatch(o::contains))) {
            return "excluded-offence";
        }
        if (latest == null) {
            return "no-ruling";
        }
        return switch (latest.decision()) {
            case "denied" -> "denied";
            case "under-review" -> "under-review";
            case "granted" -> "granted-by-court";
            default -> "unknown";
        };
    }
}
