package org.rollcall.review;

import org.rollcall.text.Messages;
import org.rollcall.RollcallException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rollcall.ingest.OdsWorkbook;
import org.rollcall.text.TextFold;

/**
 * Reads a reviewed review.xlsx. A file is taken whole or not at all: any problem (renamed or
 * missing columns, a workbook from another job, an unknown pair id, an edited record field, a
 * decision that is not one of the dropdown's) rejects the whole file, with every problem named by
 * file and row, so that no decision of it is half-applied.
 */
public final class ReviewImporter {

    /**
     * A decision read from a row.
     *
     * @param pairId the pair
     * @param keyA first record's register key
     * @param keyB second record's register key
     * @param verdict the decision
     * @param reviewer who decided (may be blank)
     * @param comment why (may be blank)
     * @param row the 1-based row of the review sheet
     */
    public record ReviewedRow(String pairId, String keyA, String keyB, Verdict verdict, String reviewer, String comment, int row) {
    }

    /** A review file that cannot be applied; its message lists every problem. */
    public static class RejectedFile extends RollcallException {
        public RejectedFile(String message) {
            super(message);
        }
    }

    private ReviewImporter() {
    }

    /** The decisions of the file (rows without a decision are skipped). @throws RejectedFile listing every problem */
    public static List<ReviewedRow> read(Path file, String shown, String job) {
        return read(file, shown, job, Messages.of("en"));
    }

    /** As above, the problems told in the language of {@code words}. */
    public static List<ReviewedRow> read(Path file, String shown, String job, Messages words) {
        List<String> problems = new ArrayList<>();
        List<ReviewedRow> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook wb = OdsWorkbook.isOds(file) ? OdsWorkbook.read(file) : new XSSFWorkbook(in)) {
            Sheet sheet = ReviewWorkbook.sheetNames().stream().map(wb::getSheet).filter(Objects::nonNull).findFirst().orElse(null);
            Sheet meta = wb.getSheet(ReviewWorkbook.META);
            if (sheet == null || meta == null) {
                throw new RejectedFile(words.format("review.reject.not-review", shown, String.join("' / '", ReviewWorkbook.sheetNames())));
            }
            DataFormatter fmt = new DataFormatter();
            String fileJob = text(fmt, meta.getRow(0), 1);
            if (!job.equals(fileJob)) {
                throw new RejectedFile(words.format("review.reject.other-job", shown, fileJob, job));
            }
            Map<String, String[]> known = new HashMap<>();
            for (Row m : meta) {
                if (m.getRowNum() >= 3) {
                    known.put(text(fmt, m, 0), new String[] {text(fmt, m, 1), text(fmt, m, 2), text(fmt, m, 3)});
                }
            }
            Row header = sheet.getRow(0);
            Map<String, Integer> col = new HashMap<>();
            Map<String, String> keys = ReviewWorkbook.headerKeys();
            for (int i = 0; header != null && i < header.getLastCellNum(); i++) {
                String key = keys.get(TextFold.fold(text(fmt, header, i)).replace(' ', '_'));
                if (key != null) {
                    col.putIfAbsent(key, i);
                }
            }
            List<String> missing = ReviewWorkbook.REQUIRED.stream().filter(c -> !col.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new RejectedFile(words.format("review.reject.columns", shown, sheet.getSheetName(), missing));
            }
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                int n = row.getRowNum() + 1;
                String pairId = text(fmt, row, col.get("pair_id"));
                String decision = text(fmt, row, col.get("decision"));
                if (pairId.isBlank() && decision.isBlank()) {
                    continue;
                }
                String[] k = known.get(pairId);
                if (k == null) {
                    problems.add(words.format("review.reject.pair", String.valueOf(n), pairId));
                    continue;
                }
                String check = ReviewPair.hash(text(fmt, row, col.get("name_a")) + "|" + text(fmt, row, col.get("id_a")) + "|"
                        + text(fmt, row, col.get("name_b")) + "|" + text(fmt, row, col.get("id_b"))).substring(0, 16);
                if (!check.equals(k[2])) {
                    problems.add(words.format("review.reject.edited", String.valueOf(n)));
                    continue;
                }
                if (decision.isBlank()) {
                    continue;
                }
                Verdict v = Verdict.parse(decision);
                if (v == null) {
                    problems.add(words.format("review.reject.decision", String.valueOf(n), decision, Verdict.labels("en"), Verdict.labels("es")));
                    continue;
                }
                out.add(new ReviewedRow(pairId, k[0], k[1], v, text(fmt, row, col.get("reviewer")), text(fmt, row, col.get("comment")), n));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RejectedFile rf) {
                throw rf;
            }
            throw new RejectedFile(words.format("review.reject.unreadable", shown, e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new RejectedFile(words.format("review.reject.problems", shown, "\n    " + String.join("\n    ", problems)));
        }
        return out;
    }

    private static String text(DataFormatter fmt, Row row, int i) {
        if (row == null) {
            return "";
        }
        Cell c = row.getCell(i);
        return c == null ? "" : fmt.formatCellValue(c).trim();
    }
}
