package org.rollcall.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.rollcall.match.Contribution;
import org.rollcall.report.ReportWriter.PairRow;
import org.rollcall.text.FixedDecimal;
import org.rollcall.text.Utf8Writer;

/**
 * Writes pairs.csv: one row per field contribution of each linked or review pair, the pair's own
 * columns repeated on each of its rows. A million records give some four million rows, so what
 * repeats is rendered once: the pair's columns once per pair, a field's or a level's cell once per
 * run, a contribution's weight once per distinct value (most are a level's weight, shared by every
 * pair at that level). Every cell is still rendered as Commons CSV's format prints it ({@link CsvCells}) and every number as
 * {@link String#format} writes it ({@link FixedDecimal}), so the bytes are those a {@code CSVPrinter} printing each row writes.
 */
final class PairsCsv {

    /** Distinct weights kept rendered; past this the cache starts again (rarity weights vary pair by pair). */
    private static final int MAX_CACHED = 1 << 16;

    private final Map<String, String> texts = new HashMap<>();
    private final Map<Long, String> weights = new HashMap<>();
    private final StringBuilder cell = new StringBuilder();

    private PairsCsv() {
    }

    /** Writes the pairs, numbered from 1 in list order, under {@link ReportWriter#PAIRS_HEADER}. */
    static void write(Path file, List<PairRow> pairs) throws IOException {
        new PairsCsv().writeAll(file, pairs);
    }

    private void writeAll(Path file, List<PairRow> pairs) throws IOException {
        try (Writer w = new Utf8Writer(Files.newOutputStream(file))) {
            StringBuilder header = new StringBuilder();
            CsvCells.record(header, ReportWriter.PAIRS_HEADER);
            w.write(header.toString());
            StringBuilder prefix = new StringBuilder(256);
            StringBuilder row = new StringBuilder(512);
            int n = 0;
            for (PairRow p : pairs) {
                n++;
                prefix.setLength(0);
                CsvCells.append(prefix, Integer.toString(n), true);
                // sources and outcomes are a few texts, rendered once; record ids and numbers vary pair by pair
                prefix.append(text(ReportWriter.safe(p.sourceA())));
                CsvCells.append(prefix, ReportWriter.safe(p.recordA()), false);
                prefix.append(text(ReportWriter.safe(p.sourceB())));
                CsvCells.append(prefix, ReportWriter.safe(p.recordB()), false);
                prefix.append(text(p.outcome()));
                CsvCells.append(prefix, FixedDecimal.format(p.probability(), 6), false);
                CsvCells.append(prefix, FixedDecimal.format(p.weight(), 3), false);
                row.setLength(0);
                for (Contribution c : p.contributions()) {
                    row.append(prefix).append(text(ReportWriter.safe(c.field()))).append(text(ReportWriter.safe(c.level())))
                            .append(weight(c.weight())).append('\n');
                }
                w.write(row.toString());
            }
        }
    }

    /** A text cell (not first in its row) that recurs (a source, an outcome, a field, a level) as the format renders it, its delimiter first. */
    private String text(String value) {
        String done = texts.get(value);
        if (done == null) {
            done = render(value);
            texts.put(value, done);
        }
        return done;
    }

    /** A weight cell, {@code %.3f}, as the format renders it, its delimiter first. */
    private String weight(double value) {
        long bits = Double.doubleToRawLongBits(value);
        String done = weights.get(bits);
        if (done == null) {
            if (weights.size() >= MAX_CACHED) {
                weights.clear();
            }
            done = render(FixedDecimal.format(value, 3));
            weights.put(bits, done);
        }
        return done;
    }

    private String render(String value) {
        cell.setLength(0);
        CsvCells.append(cell, value, false);
        return cell.toString();
    }
}
