package org.rollcall.sample.other;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.rollcall.sample.other.World.Entry;
import org.rollcall.sample.other.World.Look;
import org.rollcall.sample.other.World.NgoRow;
import org.rollcall.sample.other.World.Ruling;

/**
 * Decides who is on which list and how each record writes its person. The NGO knows
 * {@code people} persons; the announcement lists about half of them, some persons the NGO does not
 * know and two entries twice; courts rule on a third of them in one to three cases each, on some
 * listed strangers, and on a few persons on no other list. Missing cédulas run at a rate of 3 to
 * 8 % that differs per list.
 */
final class WorldBuilder {

    static final LocalDate SNAPSHOT = LocalDate.of(2026, 11, 15);

    private final Random rnd;
    private final NameSource source;
    private final Set<String> homonymNames = new HashSet<>();

    WorldBuilder(Random rnd, NameSource source) {
        this.rnd = rnd;
        this.source = source;
    }

    World build(int people) {
        int strangers = Math.max(2, people * 6 / 100);
        int ruledOnly = Math.max(2, people * 25 / 1000);
        PeopleMaker maker = new PeopleMaker(rnd, new Names(source, people + strangers + ruledOnly, rnd));
        List<Detainee> all = new ArrayList<>(maker.make(1, people));
        List<Detainee> listedStrangers = maker.make(people + 1, strangers);
        List<Detainee> ruledStrangers = maker.make(people + strangers + 1, ruledOnly);
        all.addAll(listedStrangers);
        all.addAll(ruledStrangers);
        List<Detainee> ngo = all.subList(0, people);
        Map<String, Long> byName = all.stream().collect(Collectors.groupingBy(WorldBuilder::nameKey,
                Collectors.counting()));
        byName.forEach((name, n) -> {
            if (n > 1) {
                homonymNames.add(name);
            }
        });

        int ngoMissing = 3 + rnd.nextInt(6);
        List<NgoRow> rows = new ArrayList<>();
        for (Detainee d : ngo) {
            boolean secondRow = d.releasedAndRearrested() && rnd.nextInt(100) < 50;
            rows.add(new NgoRow(d, d.detained(), d.centre(), false, look(d, ngoMissing)));
            if (secondRow) {
                List<String> others = Places.CENTRES.keySet().stream().filter(c -> !c.equals(d.centre())).sorted().toList();
                String centre = others.get(rnd.nextInt(others.size()));
                rows.add(new NgoRow(d, d.rearrested(), centre, true, look(d, ngoMissing)));
            } else if (rnd.nextInt(100) < 3) {
                rows.add(new NgoRow(d, d.detained(), d.centre(), false, look(d, ngoMissing)));
            }
        }
        for (int i = 0; i < 4; i++) {
            rows.add(new NgoRow(null, null, null, false, null));
        }
        Collections.shuffle(rows, rnd);

        int listMissing = 3 + rnd.nextInt(6);
        List<Entry> entries = new ArrayList<>();
        for (Detainee d : ngo) {
            if (rnd.nextInt(100) < (d.military() ? 22 : 50)) {
                entries.add(new Entry(d, look(d, listMissing)));
            }
        }
        listedStrangers.forEach(d -> entries.add(new Entry(d, look(d, listMissing))));
        Collections.shuffle(entries, rnd);
        for (int i = 0; i < 2; i++) {
            Detainee twice = entries.get(rnd.nextInt(entries.size())).person();
            entries.add(rnd.nextInt(entries.size()), new Entry(twice, look(twice, listMissing)));
        }
        long unique = entries.stream().map(Entry::person).distinct().count();
        int announced = (int) Math.round(unique * 1.11);

        List<Detainee> listed = entries.stream().map(Entry::person).distinct().toList();
        int rulingMissing = 3 + rnd.nextInt(6);
        List<Ruling> rulings = new ArrayList<>();
        for (Detainee d : all) {
            boolean isListed = listed.contains(d);
            int chance = d.number() > people + strangers ? 100 : d.number() > people ? 25 : 38;
            if (rnd.nextInt(100) < chance) {
                int n = 1 + (rnd.nextInt(100) < 30 ? 1 : 0) + (rnd.nextInt(100) < 8 ? 1 : 0);
                for (int k = 0; k < n; k++) {
                    rulings.add(ruling(d, isListed, rulingMissing));
                }
            }
        }
        Collections.shuffle(rulings, rnd);
        return new World(List.copyOf(all), List.copyOf(rows), List.copyOf(entries), coDefendants(rulings), announced, SNAPSHOT);
    }

    /** About one case in twelve has a second defendant: that ruling takes the previous one's case number. */
    private List<Ruling> coDefendants(List<Ruling> rulings) {
        List<Ruling> out = new ArrayList<>();
        for (int i = 0; i < rulings.size(); i++) {
            Ruling r = rulings.get(i);
            if (i > 0 && rnd.nextInt(12) == 0 && out.get(i - 1).person() != r.person()) {
                Ruling before = out.get(i - 1);
                r = new Ruling(r.person(), before.caseNumber(), before.court(), r.decision(), r.motive(), r.motiveKind(), r.date(), r.look());
            }
            out.add(r);
        }
        return List.copyOf(out);
    }

    private Ruling ruling(Detainee d, boolean listed, int missing) {
        int x = rnd.nextInt(100);
        String decision;
        if (listed) {
            decision = x < 65 ? "granted" : x < 85 ? "under-review" : x < 95 ? "denied" : "military-jurisdiction";
        } else if (d.military() && d.offences().contains(Places.TERRORISM) || d.offences().contains(Places.ARMED_ACTIONS)) {
            decision = x < 20 ? "military-jurisdiction" : x < 70 ? "denied" : x < 85 ? "under-review" : "granted";
        } else if (d.military()) {
            decision = x < 40 ? "military-jurisdiction" : x < 65 ? "denied" : x < 85 ? "under-review" : "granted";
        } else {
            decision = x < 35 ? "granted" : x < 60 ? "denied" : x < 90 ? "under-review" : "military-jurisdiction";
        }
        String kind = null;
        String motive = "";
        if (decision.equals("denied")) {
            boolean terror = d.offences().contains(Places.TERRORISM) || d.offences().contains("Financiamiento al terrorismo");
            if (d.military() && terror && rnd.nextInt(100) < 85) {
                kind = "9.2";
                motive = pick(Places.MOTIVES_9_2);
            } else if (d.offences().contains(Places.ARMED_ACTIONS) && rnd.nextInt(100) < 85) {
                kind = "9.4";
                motive = pick(Places.MOTIVES_9_4);
            } else {
                kind = "other";
                motive = pick(Places.MOTIVES_OTHER);
            }
        } else if (decision.equals("military-jurisdiction")) {
            motive = "Condición de militar activo";
        }
        String caseNumber = String.format("%s-P-2026-%06d", pick(List.of("AP01", "AP02", "MP21", "CP01")), 1000 + rnd.nextInt(900_000));
        LocalDate date = LocalDate.of(2026, 1, 15).plusDays(rnd.nextInt(300));
        return new Ruling(d, caseNumber, pick(Places.COURTS), decision, motive, kind, date, look(d, missing));
    }

    private Look look(Detainee d, int missingPercent) {
        boolean noCedula = rnd.nextInt(100) < (homonymNames.contains(nameKey(d)) ? 35 : missingPercent);
        boolean married = d.husband() != null && rnd.nextBoolean();
        boolean alias = Names.aliasesOf(d.given().split(" ")[0]).size() > 1 && rnd.nextInt(100) < 40;
        int slip = rnd.nextInt(1000);
        return new Look(noCedula, slip < 15, slip >= 15 && slip < 45, slip >= 45 && slip < 70 && d.given().contains(" "),
                slip >= 70 && slip < 110, alias, married, slip >= 110 && slip < 170, rnd.nextInt(1_000_000));
    }

    private static String nameKey(Detainee d) {
        return d.given() + "|" + d.paternal() + "|" + d.maternal();
    }

    private String pick(List<String> options) {
        return options.get(rnd.nextInt(options.size()));
    }
}
