package org.rollcall.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.match.Contribution;
import org.rollcall.report.ReportWriter.PairRow;

/** pairs.csv renders what repeats once, and writes the bytes a CSVPrinter printing every row writes. */
class PairsCsvTest {

    @TempDir
    Path dir;

    private static final String[] TEXTS = {"ngo", "amnistia", "12", "AP01-P-2026-001338#1", "=SUM(A1)", "-3", "+x", "@a", "a,b", "say \"hi\"",
        "two\nlines", " padded ", "", "#7", "José Pérez; sheet 'Detenidos'", "\ttab"};
    private static final String[] FIELDS = {"prior", "lists", "name", "name rarity", "id-number", "birth-date", "a,field", ""};
    private static final String[] LEVELS = {"candidate pair", "exact", "missing", "rarer than average", "commoner than average",
        "one-digit-off", "ngo × amnistia", "\"quoted\""};

    @Test
    void givenManyPairsWithAwkwardTextsAndWeightsWhenWrittenThenTheBytesAreThoseOfOneCsvPrinterRowPerContribution() throws IOException {
        // given: pairs whose texts need quoting or a formula guard, and weights with every sign, zero and rounding edge
        Random random = new Random(15);
        double[] levelWeights = {0, -0.0, 0.0005, -0.0005, 1.0005, 2.4995, 13.287712379549449, -4.321928094887363, 0.0015, 1e-9, -1e-9, 12345.6785};
        List<PairRow> pairs = new ArrayList<>();
        for (int p = 0; p < 5_000; p++) {
            List<Contribution> parts = new ArrayList<>();
            for (int c = 0, k = 1 + random.nextInt(8); c < k; c++) {
                double w = random.nextBoolean() ? levelWeights[random.nextInt(levelWeights.length)] : (random.nextDouble() - 0.5) * 40;
                parts.add(new Contribution(pick(random, FIELDS), pick(random, LEVELS), w, random.nextBoolean()));
            }
            double probability = random.nextInt(10) == 0 ? 0.9999995 : random.nextDouble();
            pairs.add(new PairRow(pick(random, TEXTS), pick(random, TEXTS), pick(random, TEXTS), pick(random, TEXTS),
                    random.nextBoolean() ? "match" : "review", probability, (random.nextDouble() - 0.5) * 60, null, parts, false));
        }
        pairs.add(new PairRow("ngo", "1", "ngo", "2", "match", 1.0, 20, null, List.of(), false));

        // when
        Path fast = dir.resolve("pairs.csv");
        PairsCsv.write(fast, pairs);

        // then
        Path reference = dir.resolve("reference.csv");
        writeRowByRow(reference, pairs);
        assertThat(Files.readString(fast, StandardCharsets.UTF_8)).isEqualTo(Files.readString(reference, StandardCharsets.UTF_8));
        assertThat(Files.readAllBytes(fast)).isEqualTo(Files.readAllBytes(reference));
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** The writer pairs.csv had before: one CSVPrinter record per contribution, every number formatted on every row. */
    private static void writeRowByRow(Path file, List<PairRow> pairs) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setHeader(ReportWriter.PAIRS_HEADER).get().print(w)) {
            int n = 0;
            for (PairRow p : pairs) {
                n++;
                for (Contribution c : p.contributions()) {
                    csv.printRecord(n, ReportWriter.safe(p.sourceA()), ReportWriter.safe(p.recordA()), ReportWriter.safe(p.sourceB()),
                            ReportWriter.safe(p.recordB()), p.outcome(), String.format(Locale.ROOT, "%.6f", p.probability()),
                            String.format(Locale.ROOT, "%.3f", p.weight()), ReportWriter.safe(c.field()), ReportWriter.safe(c.level()),
                            String.format(Locale.ROOT, "%.3f", c.weight()));
                }
            }
        }
    }
}
