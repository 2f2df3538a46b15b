package org.rollcall.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.rollcall.RollcallException;

/**
 * Makes the fictional sample inputs, deterministically (a fixed seed): an NGO workbook of about
 * 650 rows kept by volunteers, a government communiqué announcing amnesty for 379 people with a
 * shorter numbered list, and a CSV of court rulings. It also returns, and writes, the truth: who
 * each row really is and every headline figure a correct run must report.
 *
 * <p>Homonyms (different people with the same full name) always carry their cédula in the sample:
 * without it no one, person or program, could tell them apart, and the truth would be a guess.
 */
public final class SampleGenerator {

    public static final long SEED = 20_261_123L;

    static final int NGO_PEOPLE = 612;
    static final int NGO_DOUBLED = 28;
    static final int NGO_TRIPLED = 1;
    static final int NGO_BAD_ROWS = 8;
    static final int ANNOUNCED = 379;
    static final int LISTED_FROM_NGO = 298;
    static final int LISTED_UNKNOWN = 43;
    static final int RULED_FROM_NGO = 200;
    static final int RULED_FROM_LISTED_UNKNOWN = 15;
    static final int RULED_ONLY = 15;
    static final int HOMONYM_PAIRS = 5;

    private final Random rnd;
    private final List<SamplePerson> people = new ArrayList<>();
    private final Set<Integer> homonyms = new HashSet<>();

    private SampleGenerator() {
        this(new Random(SEED));
    }

    private SampleGenerator(Random rnd) {
        this.rnd = rnd;
    }

    /** Writes the three sample files and sample-truth.json under {@code dir}; returns the truth. */
    public static SampleTruth write(Path dir) {
        SampleGenerator g = new SampleGenerator();
        g.makePeople();
        SampleFiles files = new SampleFiles(g.rnd, g.homonyms);
        List<SamplePerson> ngo = g.people.subList(0, NGO_PEOPLE);
        List<SamplePerson> unknown = g.people.subList(NGO_PEOPLE, NGO_PEOPLE + LISTED_UNKNOWN);
        List<SamplePerson> courtOnly = g.people.subList(NGO_PEOPLE + LISTED_UNKNOWN, g.people.size());

        List<SamplePerson> listed = new ArrayList<>(g.pick(ngo, LISTED_FROM_NGO));
        listed.addAll(unknown);
        Collections.shuffle(listed, g.rnd);

        List<SamplePerson> ruled = new ArrayList<>(g.pick(ngo, RULED_FROM_NGO));
        ruled.addAll(g.pick(unknown, RULED_FROM_LISTED_UNKNOWN));
        ruled.addAll(courtOnly);
        Collections.shuffle(ruled, g.rnd);

        try {
            SampleTruth.Builder truth = new SampleTruth.Builder(ANNOUNCED);
            files.writeNgoWorkbook(dir.resolve("ngo/detenidos-2026-11-15.xlsx"), ngo, NGO_DOUBLED, NGO_TRIPLED, NGO_BAD_ROWS, truth);
            files.writeCommunique(dir.resolve("gobierno/comunicado-amnistia-2026-11-20.txt"), ANNOUNCED, listed, truth);
            files.writeRulings(dir.resolve("tribunales/decisiones-2026-11-21.csv"), ruled, truth);
            SampleTruth result = truth.build();
            result.write(dir.resolve("sample-truth.json"));
            return result;
        } catch (IOException e) {
            throw new RollcallException("cannot write the sample under " + dir + ": " + e.getMessage(), e);
        }
    }

    private void makePeople() {
        int total = NGO_PEOPLE + LISTED_UNKNOWN + RULED_ONLY;
        Set<String> names = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (int n = 1; n <= total; n++) {
            SamplePerson p;
            do {
                p = person(n);
            } while (!names.add(nameKey(p)) || !ids.add(p.digits()));
            people.add(p);
        }
        // Homonyms: four pairs inside the NGO list, one NGO person whose namesake only the government lists.
        for (int h = 0; h < HOMONYM_PAIRS; h++) {
            int first = 10 + h * 97;
            int second = h < HOMONYM_PAIRS - 1 ? first + 1 : NGO_PEOPLE + 3;
            SamplePerson a = people.get(first);
            SamplePerson b = people.get(second);
            homonyms.add(a.number());
            homonyms.add(b.number());
            people.set(second, new SamplePerson(b.number(), a.given(), a.paternal(), a.maternal(), b.letter(), b.digits(),
                    b.detained(), b.state(), b.offence()));
        }
    }

    /** A random person with a cédula not in {@code taken} (which it joins). */
    static SamplePerson randomPerson(Random rnd, int n, Set<Integer> taken) {
        SampleGenerator g = new SampleGenerator(rnd);
        SamplePerson p;
        do {
            p = g.person(n);
        } while (!taken.add(Integer.parseInt(p.digits())));
        return p;
    }

    private SamplePerson person(int n) {
        boolean female = rnd.nextInt(100) < 18;
        List<String> pool = female ? SampleNames.FEMALE : SampleNames.MALE;
        List<String> given = new ArrayList<>();
        given.add(skewed(pool));
        if (rnd.nextInt(100) < 70) {
            String second;
            do {
                second = skewed(pool);
            } while (second.equals(given.get(0)));
            given.add(second);
        }
        String paternal = skewed(SampleNames.SURNAMES);
        String maternal = rnd.nextInt(100) < 96 ? skewed(SampleNames.SURNAMES) : null;
        char letter = rnd.nextInt(100) < 4 ? 'E' : 'V';
        String digits = String.valueOf(letter == 'E' ? 800_000 + rnd.nextInt(9_000_000) : 4_000_000 + rnd.nextInt(28_000_000));
        LocalDate detained = LocalDate.of(2024, 7, 29).plusDays(rnd.nextInt(800));
        return new SamplePerson(n, given, paternal, maternal, letter, digits, detained,
                SampleNames.STATES.get(rnd.nextInt(SampleNames.STATES.size())),
                SampleNames.OFFENCES.get(rnd.nextInt(SampleNames.OFFENCES.size())));
    }

    /** Earlier entries of the list are drawn more often (a Zipf-like skew). */
    private String skewed(List<String> list) {
        double u = rnd.nextDouble();
        int i = (int) Math.floor(Math.pow(u, 2.2) * list.size());
        return list.get(Math.min(i, list.size() - 1));
    }

    private static String nameKey(SamplePerson p) {
        return NameStyle.plainCaps(p.given().get(0) + " " + p.paternal() + " " + p.maternal());
    }

    private List<SamplePerson> pick(List<SamplePerson> from, int n) {
        List<SamplePerson> copy = new ArrayList<>(from);
        Collections.shuffle(copy, rnd);
        return copy.subList(0, n);
    }
}
