package org.rollcall.report;

import java.nio.file.FileSystems;
import java.nio.file.attribute.PosixFilePermissions;
import org.rollcall.match.Contribution;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.rollcall.RollcallException;
import org.rollcall.config.ReportSettings;
import org.rollcall.domain.ProgressListener;
import org.rollcall.match.ModelReport;
import org.rollcall.reconcile.EntityRow;
import org.rollcall.reconcile.Figure;
import org.rollcall.reconcile.ListRow;
import org.rollcall.reconcile.Reconciliation;
import org.rollcall.text.CellText;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a run's reports into {@code <output>/<job>/<run>/} and mirrors them in
 * {@code <output>/<job>/latest/}: reconciliation.xlsx, summary.json, entities.csv.
 */
public final class ReportWriter {

    /** The header of entities.csv: a contract other tools read. */
    public static final String[] ENTITIES_HEADER = {"entity_id", "source", "record_id"};

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ReportWriter() {
    }

    /**
     * @param jobDir {@code <output>/<job>}
     * @param runName the run's folder name (its timestamp)
     * @return the run's folder
     */
    public static Path write(Path jobDir, String runName, String jobName, Reconciliation reconciliation, Map<String, Object> runInfo,
            Object model, List<PairRow> pairs, String language, String title, RunHeader header) {
        return write(jobDir, runName, jobName, reconciliation, runInfo, model, pairs, language, title, header,
                ReportSettings.DEFAULT_SHEET_ROWS, ProgressListener.NONE);
    }

    /**
     * As above, telling {@code progress} each file written (a phase named after it) with its rows.
     *
     * @param sheetRows the most rows a list's sheet of reconciliation.xlsx shows ({@link ReportSettings#sheetRows()})
     */
    public static Path write(Path jobDir, String runName, String jobName, Reconciliation reconciliation, Map<String, Object> runInfo,
            Object model, List<PairRow> pairs, String language, String title, RunHeader header, int sheetRows, ProgressListener progress) {
        return write(jobDir, runName, jobName, reconciliation, runInfo, model, pairs, language, title, header, sheetRows, progress, null);
    }

    /**
     * A file of the run's folder that another thread writes while these are written (the review
     * workbook): waited for before latest/ mirrors the folder, as a phase named after the file.
     *
     * @param count what the file holds, in {@code unit}s (the phase's count)
     */
    public record Meanwhile(String file, String unit, long count, Beside writing) {
    }

    /** As above, waiting for {@code meanwhile} (when not {@code null}) before latest/ mirrors the run's folder. */
    public static Path write(Path jobDir, String runName, String jobName, Reconciliation reconciliation, Map<String, Object> runInfo,
            Object model, List<PairRow> pairs, String language, String title, RunHeader header, int sheetRows, ProgressListener progress,
            Meanwhile meanwhile) {
        Path runDir = jobDir.resolve(runName);
        Reconciliation rec = CoverageReasons.fill(reconciliation, new Labels(language));
        long listRows = rec.lists().values().stream().mapToLong(List::size).sum();
        try {
            ownerOnly(jobDir);
            Files.createDirectories(runDir);
            long sheetRowsShown = rec.lists().values().stream().mapToLong(rows -> Math.min(rows.size(), sheetRows)).sum();
            // the workbook, the longest to write, on a thread of its own beside the other files (it reads the lists on its own)
            try (Beside workbook = new Beside("reconciliation.xlsx", () -> new WorkbookReport(rec, new Labels(language), title, header)
                    .withSheetRows(sheetRows).withAccounting(AccountingTable.from(runInfo)).withEstimates(estimates(runInfo))
                    .write(runDir.resolve("reconciliation.xlsx")))) {
                timed(progress, "entities.csv", "rows", rec.entities().size(), () -> writeEntities(runDir.resolve("entities.csv"), rec.entities()));
                timed(progress, "summary.json", "figures", rec.figures().size(), () -> writeSummary(runDir.resolve("summary.json"), jobName, runName, rec, runInfo));
                timed(progress, "model.json", "comparisons", model instanceof ModelReport m ? m.comparisons().size() : 0, () -> {
                    try (OutputStream out = Files.newOutputStream(runDir.resolve("model.json"))) {
                        JSON.writeValue(out, model);
                    }
                });
                timed(progress, "pairs.csv", "pairs", pairs.size(), () -> writePairs(runDir.resolve("pairs.csv"), pairs));
                timed(progress, "report.html", "rows", listRows, () -> new HtmlReport(rec, new Labels(language), title, header)
                        .withAccounting(AccountingTable.from(runInfo)).withEstimates(estimates(runInfo))
                        .withEvidence(pairs, model instanceof ModelReport r ? r : null).write(runDir.resolve("report.html")));
                timed(progress, "lists/*.csv", "rows", listRows, () -> writeLists(runDir.resolve("lists"), rec));
                // written on its own thread: the phase is the wait for what is left of it once the files above are written
                progress.begin("reconciliation.xlsx", "rows", sheetRowsShown);
                workbook.join();
                progress.end(sheetRowsShown);
            }
            if (meanwhile != null) {
                progress.begin(meanwhile.file(), meanwhile.unit(), meanwhile.count());
                meanwhile.writing().join();
                progress.end(meanwhile.count());
            }
            progress.begin("latest/", "files", 0);
            progress.end(mirror(runDir, jobDir.resolve("latest")));
        } catch (IOException e) {
            throw new RollcallException("cannot write the reports under " + runDir + ": " + e.getMessage()
                    + "; check that the folder is writable and the disk has space", e);
        }
        return runDir;
    }

    /** Writing one file. */
    private interface Writing {
        void run() throws IOException;
    }

    /** One file written as a phase of {@code progress}, with what it holds. */
    private static void timed(ProgressListener progress, String file, String unit, long count, Writing writing) throws IOException {
        progress.begin(file, unit, count);
        writing.run();
        progress.end(count);
    }

    /** A job's output folder is readable by its owner only: reports name detainees. */
    static void ownerOnly(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    static void writeEntities(Path file, List<EntityRow> rows) throws IOException {
        try (CsvFile csv = new CsvFile(file, ENTITIES_HEADER)) {
            for (EntityRow r : rows) {
                csv.print(safe(r.entityId()), safe(r.source()), safe(r.recordId()));
            }
        }
    }

    /** The header of pairs.csv: one row per field contribution of each linked or review pair. */
    public static final String[] PAIRS_HEADER = {"pair", "source_a", "record_id_a", "source_b", "record_id_b", "outcome",
        "probability", "weight", "field", "level", "contribution"};

    /**
     * One linked or review pair with its explanation.
     *
     * @param contributions field, level, weight: the numbers behind a waterfall chart
     * @param asked true when the pair is asked of a person (a row of review.xlsx and of pairs-to-review)
     */
    public record PairRow(String sourceA, String recordA, String sourceB, String recordB, String outcome, double probability,
            double weight, String note, List<Contribution> contributions, boolean asked) {
    }

    static void writePairs(Path file, List<PairRow> pairs) throws IOException {
        PairsCsv.write(file, pairs);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> estimates(Map<String, Object> runInfo) {
        return runInfo.get("estimates") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static void writeSummary(Path file, String jobName, String runName, Reconciliation rec, Map<String, Object> runInfo) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("job", jobName);
        root.put("run", runName);
        Map<String, Object> figures = new LinkedHashMap<>();
        for (Figure f : rec.figures()) {
            figures.put(f.key(), f.value());
        }
        root.put("figures", figures);
        root.put("figure_labels", rec.figures().stream().collect(LinkedHashMap::new, (m, f) -> m.put(f.key(), f.label()), Map::putAll));
        root.put("claims", rec.claims());
        root.putAll(runInfo);
        try (OutputStream out = Files.newOutputStream(file)) {
            JSON.writeValue(out, root);
        }
    }

    /** One CSV per list, spreadsheet-safe: a cell that would start a formula gets a leading apostrophe. */
    static void writeLists(Path dir, Reconciliation rec) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, List<ListRow>> e : rec.lists().entrySet()) {
            try (CsvFile csv = new CsvFile(dir.resolve(e.getKey() + ".csv"), header(e.getKey()))) {
                for (ListRow r : e.getValue()) {
                    csv.print(safe(r.entityId()), safe(r.name()), safe(r.idNumber()), safe(r.sourceRows()), safe(r.detail()),
                            r.date() == null ? "" : r.date().toString());
                }
            }
        }
    }

    /** The columns of every list but those of {@link #OWN_HEADERS}. */
    public static final String[] LIST_HEADER = {"entity_id", "name", "id_number", "source_rows", "detail", "date"};

    /** Lists whose rows are not people: their columns say what they hold (same six positions). */
    static final Map<String, String[]> OWN_HEADERS = Map.of(
            "pairs-to-review", new String[] {"person_ids", "names", "id_numbers", "source_rows", "why", "date"},
            "review-decisions-applied", new String[] {"pair_id", "decision", "reviewer", "decided_in", "comment", "date"},
            "review-decisions-not-applied", new String[] {"pair_id", "decision", "reviewer", "decided_in", "reason", "date"},
            "review-files-rejected", new String[] {"entity_id", "name", "id_number", "file", "problems", "date"});

    /** The CSV header of a list. */
    static String[] header(String list) {
        return OWN_HEADERS.getOrDefault(list, LIST_HEADER);
    }

    /** Neutralises spreadsheet formula injection in every CSV export ({@link CellText#forCsv}). */
    static String safe(String v) {
        return CellText.forCsv(v);
    }

    /**
     * Replaces {@code latest} with the run's files: hard links to them where the file system has
     * them (no second copy of a million-record run's reports to write), else copies. Either way
     * {@code latest} is a folder of its own, and a run's files are never written again.
     *
     * @return the files linked or copied
     */
    static int mirror(Path runDir, Path latest) throws IOException {
        int copied = 0;
        Path staging = latest.resolveSibling(".latest-" + runDir.getFileName());
        deleteTree(staging);
        Files.createDirectories(staging);
        try (Stream<Path> files = Files.walk(runDir)) {
            for (Path f : files.toList()) {
                Path target = staging.resolve(runDir.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    linkOrCopy(f, target);
                    copied++;
                }
            }
        }
        deleteTree(latest);
        Files.move(staging, latest);
        return copied;
    }

    private static void linkOrCopy(Path file, Path target) throws IOException {
        try {
            Files.createLink(target, file);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
