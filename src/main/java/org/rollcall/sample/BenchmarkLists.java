package org.rollcall.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.rollcall.sample.NameStyle.Form;

/**
 * The three lists of the nightly job at any size, for the job benchmark: an NGO list (CSV, about
 * 40 % of the records, one row in eight a second row for a person), a government communiqué (the
 * announced figure and a numbered list, about 22 %, three quarters of them on the NGO list) and
 * court rulings (CSV, about 38 %, some people ruled twice; a third known to no other list).
 *
 * <p>The name vocabulary grows with the population, as it does in a real country's lists: the
 * sample's common names come first and are drawn most, and made-up rarer surnames and given names
 * (about 4.5 × the square root of the population, and half that) fill the tail. Also writes
 * {@code truth.csv} (source, record_id, person) for scoring.
 */
public final class BenchmarkLists {

    private static final String[] SYLLABLES = {"ca", "ro", "me", "lo", "ba", "ri", "to", "sa", "ve", "ga", "ña", "qui", "llo",
        "da", "mi", "ne", "pa", "za", "le", "gu", "fe", "ti", "cho", "va", "mo", "ce", "bu", "ya", "ji", "ru"};
    private static final String[] SURNAME_ENDS = {"ez", "ano", "ero", "illa", "ón", "ales", "ira", "ado", "eda", "ín", "uz", "ar"};
    private static final String[] GIVEN_ENDS = {"o", "a", "el", "ón", "ia", "er", "is", "ando", "ina", "y"};
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** What was written: the file counts by source. */
    public record Written(int ngoRows, int announced, int rulings, int people) {
        public int records() {
            return ngoRows + announced + rulings;
        }
    }

    private final Random rnd;
    private final List<String> surnames;
    private final List<String> male;
    private final List<String> female;

    private BenchmarkLists(Random rnd, int people) {
        this.rnd = rnd;
        double scale = Math.sqrt(Math.max(people, 1));
        this.surnames = grow(SampleNames.SURNAMES, (int) (4.5 * scale), SURNAME_ENDS);
        this.male = grow(SampleNames.MALE, (int) (1.2 * scale), GIVEN_ENDS);
        this.female = grow(SampleNames.FEMALE, (int) (1.2 * scale), GIVEN_ENDS);
    }

    /** Writes about {@code n} records' lists and truth under {@code dir} (ngo.csv, comunicado.txt, decisiones.csv, truth.csv). */
    public static Written write(Path dir, int n, long seed) throws IOException {
        Files.createDirectories(dir);
        Random rnd = new Random(seed);
        int ngoRows = (int) Math.round(n * 0.40);
        int announced = (int) Math.round(n * 0.22);
        int rulings = n - ngoRows - announced;
        int ngoPeople = (int) Math.round(ngoRows / 1.125);
        int unknownListed = announced / 4;
        int courtOnly = rulings / 3;
        int population = ngoPeople + unknownListed + courtOnly;
        BenchmarkLists g = new BenchmarkLists(rnd, population);
        List<SamplePerson> people = new ArrayList<>(population);
        Set<Integer> ids = new HashSet<>();
        for (int i = 1; i <= population; i++) {
            people.add(g.person(i, ids));
        }
        try (BufferedWriter truth = Files.newBufferedWriter(dir.resolve("truth.csv"), StandardCharsets.UTF_8)) {
            truth.write("source,record_id,person\n");
            g.writeNgo(dir.resolve("ngo.csv"), people.subList(0, ngoPeople), ngoRows, truth);
            List<SamplePerson> listed = new ArrayList<>(g.draw(people.subList(0, ngoPeople), announced - unknownListed));
            listed.addAll(people.subList(ngoPeople, ngoPeople + unknownListed));
            g.writeCommunique(dir.resolve("comunicado.txt"), listed, truth);
            List<SamplePerson> ruledPeople = new ArrayList<>(g.draw(people.subList(0, ngoPeople + unknownListed), rulings - courtOnly));
            ruledPeople.addAll(people.subList(ngoPeople + unknownListed, population));
            g.writeRulings(dir.resolve("decisiones.csv"), ruledPeople, truth);
        }
        return new Written(ngoRows, announced, rulings, population);
    }

    private void writeNgo(Path file, List<SamplePerson> people, int rows, BufferedWriter truth) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("N°,Nombre,Cédula,Nacimiento,Detención,Estado,Delito\n");
            for (int row = 1; row <= rows; row++) {
                SamplePerson p = row <= people.size() ? people.get(row - 1) : people.get(rnd.nextInt(people.size()));
                String born = rnd.nextInt(100) < 70 ? DMY.format(p.detained().minusYears(20 + p.number() % 40)) : "";
                w.write(row + ",\"" + name(p) + "\"," + id(p, 90) + "," + born + "," + DMY.format(p.detained()) + "," + p.state()
                        + "," + p.offence() + "\n");
                truth.write("ngo," + row + "," + p.number() + "\n");
            }
        }
    }

    private void writeCommunique(Path file, List<SamplePerson> listed, BufferedWriter truth) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("MINISTERIO DE JUSTICIA Y PAZ (FICTICIO)\nCOMUNICADO OFICIAL\n\nSe otorga el beneficio de amnistía a " + listed.size()
                    + " ciudadanos privados de libertad.\n\nLista de beneficiarios:\n\n");
            for (int i = 1; i <= listed.size(); i++) {
                SamplePerson p = listed.get(i - 1);
                String id = id(p, 85);
                w.write(i + ". " + NameStyle.plainCaps(p.givenText() + " " + p.surnameText()) + (id.isEmpty() ? "" : ", C.I. " + id) + "\n");
                truth.write("amnistia," + i + "," + p.number() + "\n");
            }
            w.write("\nLos demás serán notificados.\n");
        }
    }

    private void writeRulings(Path file, List<SamplePerson> ruled, BufferedWriter truth) throws IOException {
        String[] decisions = {"Amnistía otorgada", "Amnistía negada", "Remitido a jurisdicción militar", "En revisión"};
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("Expediente,Tribunal,Imputado,Cédula,Delito,Decisión,Fecha\n");
            int k = 0;
            for (SamplePerson p : ruled) {
                int times = rnd.nextInt(100) < 12 ? 2 : 1;
                for (int t = 0; t < times; t++) {
                    k++;
                    String caseNo = "AP01-P-" + (1_000_000 + k);
                    w.write(caseNo + "," + SampleNames.COURTS.get(rnd.nextInt(SampleNames.COURTS.size())) + ",\"" + name(p) + "\"," + id(p, 92)
                            + "," + p.offence() + "," + decisions[rnd.nextInt(decisions.length)] + "," + DMY.format(p.detained().plusDays(30 + rnd.nextInt(200)))
                            + "\n");
                    truth.write("tribunales," + caseNo + "#1," + p.number() + "\n"); // record id: case number, ruling 1 of the case
                }
            }
        }
    }

    private String name(SamplePerson p) {
        Form[] forms = Form.values();
        int slip = rnd.nextInt(100);
        return NameStyle.render(p, forms[rnd.nextInt(forms.length)], slip >= 85 && slip < 91, slip >= 91 && slip < 95, slip >= 95, rnd);
    }

    private String id(SamplePerson p, int percent) {
        return rnd.nextInt(100) < percent ? p.letter() + "-" + p.digits() : "";
    }

    /** {@code k} distinct people of the list, in a random order. */
    private List<SamplePerson> draw(List<SamplePerson> from, int k) {
        Set<Integer> picked = new LinkedHashSet<>();
        while (picked.size() < Math.min(k, from.size())) {
            picked.add(rnd.nextInt(from.size()));
        }
        return picked.stream().map(from::get).toList();
    }

    private SamplePerson person(int n, Set<Integer> taken) {
        boolean isFemale = rnd.nextInt(100) < 18;
        List<String> pool = isFemale ? female : male;
        List<String> given = new ArrayList<>();
        given.add(skewed(pool));
        if (rnd.nextInt(100) < 70) {
            String second;
            do {
                second = skewed(pool);
            } while (second.equals(given.get(0)));
            given.add(second);
        }
        String paternal = skewed(surnames);
        String maternal = rnd.nextInt(100) < 96 ? skewed(surnames) : null;
        char letter = rnd.nextInt(100) < 4 ? 'E' : 'V';
        int digits;
        do {
            digits = letter == 'E' ? 800_000 + rnd.nextInt(9_000_000) : 4_000_000 + rnd.nextInt(28_000_000);
        } while (!taken.add(digits));
        return new SamplePerson(n, given, paternal, maternal, letter, String.valueOf(digits),
                LocalDate.of(2024, 7, 29).plusDays(rnd.nextInt(800)),
                SampleNames.STATES.get(rnd.nextInt(SampleNames.STATES.size())), SampleNames.OFFENCES.get(rnd.nextInt(SampleNames.OFFENCES.size())));
    }

    /** Earlier entries are drawn more often (a Zipf-like skew), so the common names stay common. */
    private String skewed(List<String> list) {
        int i = (int) Math.floor(Math.pow(rnd.nextDouble(), 2.2) * list.size());
        return list.get(Math.min(i, list.size() - 1));
    }

    /** The base names, then made-up ones up to {@code size} (fictional, Spanish-sounding, distinct). */
    private List<String> grow(List<String> base, int size, String[] ends) {
        Set<String> names = new LinkedHashSet<>(base);
        Set<String> plain = new HashSet<>();
        base.forEach(b -> plain.add(NameStyle.plainCaps(b)));
        while (names.size() < size) {
            String s = SYLLABLES[rnd.nextInt(SYLLABLES.length)] + SYLLABLES[rnd.nextInt(SYLLABLES.length)]
                    + (rnd.nextBoolean() ? SYLLABLES[rnd.nextInt(SYLLABLES.length)] : "") + ends[rnd.nextInt(ends.length)];
            String cap = Character.toUpperCase(s.charAt(0)) + s.substring(1);
            if (plain.add(NameStyle.plainCaps(cap))) {
                names.add(cap);
            }
        }
        return List.copyOf(names);
    }
}
