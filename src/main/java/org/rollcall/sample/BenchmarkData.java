package org.rollcall.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.rollcall.sample.NameStyle.Form;

/**
 * Writes N fictional records in the style of the NGO sample for the speed benchmark: about one
 * in five a duplicate of another person's row (written differently, sometimes without cédula),
 * and namesakes wherever the skewed name draw repeats a full name.
 */
public final class BenchmarkData {

    private BenchmarkData() {
    }

    /** Writes {@code n} records as CSV (N°, name, cédula, date of birth, and the true person, which is not mapped) and returns the file. */
    public static Path write(Path file, int n, long seed) throws IOException {
        Random rnd = new Random(seed);
        int people = (int) Math.round(n / 1.25);
        List<SamplePerson> persons = new ArrayList<>(people);
        Set<Integer> ids = new HashSet<>();
        for (int i = 0; i < people; i++) {
            persons.add(SampleGenerator.randomPerson(rnd, i + 1, ids));
        }
        Form[] forms = Form.values();
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("N°,Nombre,Cédula,Nacimiento,persona\n");
            for (int row = 1; row <= n; row++) {
                SamplePerson p = row <= people ? persons.get(row - 1) : persons.get(rnd.nextInt(people));
                int slip = rnd.nextInt(100);
                String name = NameStyle.render(p, forms[rnd.nextInt(forms.length)], slip >= 85 && slip < 91, slip >= 91 && slip < 95,
                        slip >= 95, rnd);
                String id = rnd.nextInt(100) < 90 ? p.letter() + "-" + p.digits() : "";
                String born = rnd.nextInt(100) < 70 ? p.detained().minusYears(20 + p.number() % 40).toString() : "";
                w.write(row + ",\"" + name + "\"," + id + "," + born + "," + p.number() + "\n");
            }
        }
        return file;
    }
}
