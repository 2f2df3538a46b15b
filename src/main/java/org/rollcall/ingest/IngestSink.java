package org.rollcall.ingest;

import org.rollcall.domain.ProgressListener;
import org.rollcall.text.Messages;
import org.rollcall.text.NationalId;
import org.rollcall.text.TextFold;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rollcall.domain.Field;
import org.rollcall.domain.SourceKind;
import org.rollcall.domain.Problem;
import org.rollcall.config.SourceDefinition;

/**
 * Collects what the readers find for one source, numbering its records in reading order.
 */
public final class IngestSink {

    private final SourceDefinition source;
    private final List<SourceRecord> records = new ArrayList<>();
    private final List<RejectedRow> rejected = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    /** Claims of the announcement sources read before this one (see {@link #withPrior}). */
    private List<Claim> prior = List.of();
    /** Of {@link #prior}, those dated no later than the file being read. */
    private List<Claim> priorOfFile = List.of();
    private final List<Problem> fieldProblems = new ArrayList<>();
    private final Map<String, Integer> defendantLines = new HashMap<>();
    /** The source's record references so far: unique within a source. */
    private final RecordRefs refs = new RecordRefs(this);
    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private ProgressListener progress = ProgressListener.NONE;
    private long expected;
    private long handled;
    private Messages messages = Messages.of("en");

    public IngestSink(SourceDefinition source) {
        this.source = source;
    }

    /** Adds a usable record; its seq is its position among the source's records. */
    public void accept(String file, String sheet, int row, String recordRef, Map<Field, String> values) {
        accept(file, sheet, row, recordRef, values, Map.of());
    }

    /** Adds a usable record with its mapped attribute columns (attribute name → text). */
    public void accept(String file, String sheet, int row, String recordRef, Map<Field, String> values, Map<String, String> attributes) {
        accept(source.kind(), file, sheet, row, recordRef, values, attributes);
    }

    /**
     * Adds an entry of an announcement's list that the announcement says is not an amnesty: a record
     * of kind {@link SourceKind#OTHER_MEASURE} (its person counted among the people, not as listed).
     */
    public void acceptOtherMeasure(String file, int row, String recordRef, Map<Field, String> values) {
        accept(SourceKind.OTHER_MEASURE, file, null, row, recordRef, values, Map.of());
    }

    /**
     * Adds a record of a communiqué's line as a kind of its own: {@link SourceKind#OTHER_MEASURE},
     * {@link SourceKind#WITHDRAWAL}, {@link SourceKind#CORRECTION} (or the source's kind).
     *
     * @param sharesLine the line gave a record already (a sentence naming two people): the account counts it as a record sharing a row
     */
    public void acceptAs(SourceKind kind, String file, int row, String recordRef, Map<Field, String> values, boolean sharesLine) {
        int before = records.size();
        accept(kind, file, null, row, recordRef, values, Map.of());
        if (sharesLine && records.size() > before) {
            tally(file).sharedRowRecords++;
            handled--; // one line, already told to the progress
        }
    }

    private void accept(SourceKind kind, String file, String sheet, int row, String recordRef, Map<Field, String> values,
            Map<String, String> attributes) {
        List<NationalId> several = NationalId.several(values.get(Field.ID_NUMBER));
        if (!several.isEmpty()) {
            // one row naming several people ("JUAN PÉREZ y PEDRO GÓMEZ", two cédulas): read as one, it would be a person who does not exist
            reject(file, sheet, row, messages().format("ingest.several-ids", String.valueOf(several.size()), values.get(Field.ID_NUMBER)),
                    String.join(" | ", values.values()));
            return;
        }
        records.add(new SourceRecord(source.id(), kind, records.size() + 1, file, sheet, row, refs.ofOtherFile(recordRef, file, row), values,
                attributes));
        tally(file).records++;
        progress.tick(++handled);
    }

    /**
     * Adds the people one row or entry names: one record each (see {@link SeveralPeople}: a row naming
     * two people is two records citing the same row), or the row rejected with the reason.
     *
     * @param ownRef the row's own reference (its record-ref cell), or {@code null}
     * @param placeRef the reference by the row's place, used when it has neither its own nor a case number
     * @param raw the row as read, for a rejection
     * @return true when the row gave records
     */
    public boolean acceptRow(String file, String sheet, int row, String ownRef, String placeRef, Map<Field, String> values,
            Map<String, String> attributes, String raw) {
        SeveralPeople.Split split = SeveralPeople.of(values, messages(), source.idFormat());
        if (split.rejection() != null) {
            reject(file, sheet, row, split.rejection(), raw);
            return false;
        }
        int n = split.people().size();
        String caseNumber = values.get(Field.CASE_NUMBER);
        String refColumn = source.columns().get(Field.RECORD_REF);
        for (int i = 0; i < n; i++) {
            String ref;
            if (ownRef == null && !TextFold.isBlank(caseNumber)) {
                ref = caseNumber + "#" + nextDefendantLine(caseNumber);
            } else if (ownRef == null && refColumn != null) {
                // a blank record-ref cell: the row's number in its file cannot be taken for another row's own number
                ref = refs.unique("row " + row + (n > 1 ? "/" + (i + 1) : ""), file, sheet, row, null);
            } else {
                String own = (ownRef != null ? ownRef : placeRef) + (n > 1 ? "/" + (i + 1) : "");
                ref = refs.unique(own, file, sheet, row, ownRef != null ? refColumn : null);
            }
            records.add(new SourceRecord(source.id(), source.kind(), records.size() + 1, file, sheet, row, ref, split.people().get(i),
                    attributes));
            tally(file).records++;
        }
        tally(file).sharedRowRecords += n - 1;
        progress.tick(++handled);
        return true;
    }

    /** A row or line (1-based) of the file that cannot be used, with the reason and the row as read. */
    public void reject(String file, String sheet, int row, String reason, String raw) {
        rejected.add(RejectedRow.row(source.id(), file, sheet, row, reason, raw));
        tally(file).rejected++;
        progress.tick(++handled);
    }

    /** The whole file cannot be used (the run goes on with the other files and exits 10); the first reason is its account's problem. */
    public void rejectFile(String file, String sheet, String reason, String raw) {
        rejected.add(RejectedRow.wholeFile(source.id(), file, sheet, reason, raw));
        if (tally(file).problem == null) {
            tally(file).problem = reason;
        }
    }

    /** A value of a kept record that cannot be read (the record keeps the field empty). */
    public void fieldProblem(Problem problem) {
        fieldProblems.add(problem);
    }

    /** Values of kept records that could not be read, each with its row and column. */
    public List<Problem> fieldProblems() {
        return fieldProblems;
    }

    /** A row or line that holds no person by its nature (a title, a blank line …), counted by kind. */
    public void ignore(String file, Ignored kind) {
        tally(file).ignored.merge(kind.key(), 1, Integer::sum);
        progress.tick(++handled);
    }

    /**
     * A file about to be read holds about {@code rows} rows or lines (known after opening it: a
     * sheet's dimension, a text file's line count), for the progress's total; rows already told
     * for earlier files of the source add up.
     */
    public void expect(long rows) {
        if (rows > 0) {
            expected = handled + rows;
            progress.expect(expected);
        }
    }

    /** The number of rows or lines the file holds, counted by its reader apart from what became of each. */
    public void rowsRead(String file, int rows) {
        tally(file).read = rows;
    }

    /** What became of every row of the file so far. */
    public SourceAccount account(String file) {
        Tally t = tally(file);
        return new SourceAccount(source.id(), file, t.read, t.records, t.rejected, t.ignored, t.problem, t.sharedRowRecords, t.sheets);
    }

    /** One account per file read, in reading order. */
    public List<SourceAccount> accounts() {
        return tallies.keySet().stream().map(this::account).toList();
    }

    private Tally tally(String file) {
        return tallies.computeIfAbsent(file, f -> new Tally());
    }

    private static final class Tally {
        int read;
        int records;
        int rejected;
        int sharedRowRecords;
        String problem;
        final Map<String, Integer> ignored = new LinkedHashMap<>();
        final List<SheetAccount> sheets = new ArrayList<>();
    }

    /** What became of one sheet of a workbook read with a wildcard {@code sheet}, in reading order. */
    public void sheet(String file, SheetAccount sheet) {
        tally(file).sheets.add(sheet);
    }

    /**
     * Something the console must say of a file that is read all the same (a header found on another
     * row than the job file's header-row), with where and what to do; {@code IngestStep} logs each as a WARN.
     */
    public void warn(String message) {
        warnings.add(message);
    }

    /** The warnings of {@link #warn}, in reading order. */
    public List<String> warnings() {
        return warnings;
    }

    /** Writes the reasons of rejected rows in a report's language (English unless told). */
    public IngestSink inLanguage(Messages words) {
        this.messages = words;
        return this;
    }

    /** The words of rejection reasons. */
    public Messages messages() {
        return messages;
    }

    /** Told the number of rows handled so far (records, rejected and ignored rows) after every row, and the total when known. */
    public IngestSink onProgress(ProgressListener listener) {
        this.progress = listener;
        return this;
    }

    public void claim(Claim claim) {
        claims.add(claim);
    }

    /** The 1-based line of the next defendant of a case: "case#1", "case#2", … */
    int nextDefendantLine(String caseNumber) {
        return defendantLines.merge(caseNumber, 1, Integer::sum);
    }

    public SourceDefinition source() {
        return source;
    }

    public List<SourceRecord> records() {
        return records;
    }

    public List<RejectedRow> rejected() {
        return rejected;
    }

    /**
     * The claims of other announcement sources read before this one (a news page announcing 553, then a note of another
     * format listing 200 of them): a communiqué's figures are read against them as against its own source's earlier files.
     */
    public IngestSink withPrior(List<Claim> claims) {
        this.prior = List.copyOf(claims);
        this.priorOfFile = this.prior;
        return this;
    }

    /**
     * The file about to be read is dated {@code when}: of the prior claims, only those dated before it are earlier (of an
     * undated file, or a claim of the same day, which came first nothing says: none).
     */
    void readingFileOf(LocalDate when) {
        priorOfFile = when == null ? List.of() : prior.stream().filter(c -> c.date() != null && c.date().isBefore(when)).toList();
    }

    /** The claims a communiqué's figures are read against: other sources' earlier ones, then this source's so far, in reading order. */
    public List<Claim> earlierClaims() {
        List<Claim> out = new ArrayList<>(priorOfFile);
        out.addAll(claims);
        return out;
    }

    public List<Claim> claims() {
        return claims;
    }
}
