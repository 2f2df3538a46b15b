package org.rollcall.job;

import java.util.Map;
import org.rollcall.ingest.Claim;
import org.rollcall.ingest.RejectedRow;
import org.rollcall.ingest.SourceAccount;
import org.rollcall.ingest.SourceRecord;
import org.rollcall.domain.Problem;
import org.rollcall.match.Linkage;
import org.rollcall.match.ModelReport;
import org.rollcall.match.ScoredPair;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.reconcile.ListRow;
import org.rollcall.reconcile.Reconciliation;
import org.rollcall.review.ReviewPair;
import org.rollcall.review.VerdictsInForce.StoredVerdict;

/** Every stage of a run, in the order the steps write them; the step that writes each is named. */
public final class Stages {

    /** The job file's text as the run began; every step reads the definition from it (the run's start). */
    public static final Stage<String> JOB_FILE = new Stage<>("job-file", String.class);
    /** ingest: every usable row or entry, with its provenance. */
    public static final Stage<SourceRecord> SOURCE_RECORDS = new Stage<>("source-records", SourceRecord.class);
    /** ingest: rows that could not be used, each with its reason. */
    public static final Stage<RejectedRow> REJECTED_ROWS = new Stage<>("rejected-rows", RejectedRow.class);
    /** ingest: what became of every row of every source file (the accounting identity). */
    public static final Stage<SourceAccount> SOURCE_ACCOUNTS = new Stage<>("source-accounts", SourceAccount.class);
    /** ingest: values of kept records that could not be read, each with its row and column. */
    public static final Stage<Problem> FIELD_PROBLEMS = new Stage<>("field-problems", Problem.class);
    /** ingest: figures the sources state (announced, listed …). */
    public static final Stage<Claim> CLAIMS = new Stage<>("claims", Claim.class);
    /** normalize: what a report's opening must say of a source (texts of its status or decision column the job file does not map). */
    public static final Stage<Problem> SOURCE_WARNINGS = new Stage<>("source-warnings", Problem.class);
    /** normalize: one parsed record per source record, in the same order. */
    public static final Stage<PersonRecord> PERSON_RECORDS = new Stage<>("person-records", PersonRecord.class, 1 << 16);
    /** review: the review files read this run and what became of each. */
    public static final Stage<ListRow> REVIEW_FILES = new Stage<>("review-files", ListRow.class);
    /** review: the review files rejected whole this run, each with every problem. */
    public static final Stage<ListRow> REVIEW_FILES_REJECTED = new Stage<>("review-files-rejected", ListRow.class);
    /** match: analysts' verdicts in force this run. */
    public static final Stage<ListRow> VERDICTS_APPLIED = new Stage<>("decisions-applied", ListRow.class);
    /** match: analysts' verdicts that could not be applied, each with the reason. */
    public static final Stage<ListRow> VERDICTS_NOT_APPLIED = new Stage<>("decisions-not-applied", ListRow.class);
    /** match: the analysts' verdicts in force, as stored (for the audit sheet of review.xlsx). */
    public static final Stage<StoredVerdict> VERDICTS_IN_FORCE = new Stage<>("verdicts-in-force", StoredVerdict.class);
    /** match: the records' clusters (one item). */
    public static final Stage<Linkage> LINKAGE = new Stage<>("linkage", Linkage.class);
    /**
     * match: every linked or review pair with its explanation. Read back sharing its texts: each of the ten or so
     * contributions of each pair names a field and a level, a few dozen texts in all (at a million records, 7 million
     * contributions read as two new texts each did not fit in the report step's 2 GiB).
     */
    public static final Stage<ScoredPair> PAIRS = new Stage<>("pairs", ScoredPair.class, 1 << 16);
    /** match: the fitted model (one item). */
    public static final Stage<ModelReport> MODEL = new Stage<>("model", ModelReport.class);
    /** register: the register id of each cluster (one item). */
    public static final Stage<String[]> PERSON_IDS = new Stage<>("person-ids", String[].class);
    /** register: each person id merged into another in this run → the id it was merged into (one item). */
    @SuppressWarnings("unchecked")
    public static final Stage<Map<String, String>> MERGED_INTO = new Stage<>("merged-into", (Class<Map<String, String>>) (Class<?>) Map.class);
    /** register: each person id created in this run for a part split off an earlier person → that person's id (one item). */
    @SuppressWarnings("unchecked")
    public static final Stage<Map<String, String>> SPLIT_FROM = new Stage<>("split-from", (Class<Map<String, String>>) (Class<?>) Map.class);
    /** register: each id a corrected record kept (a would-be new person who is a vanished one corrected) → the earlier record's key (one item). */
    @SuppressWarnings("unchecked")
    public static final Stage<Map<String, String>> CORRECTED = new Stage<>("corrected", (Class<Map<String, String>>) (Class<?>) Map.class);
    /** reconcile: the pairs a person is asked to decide, in review order (the pairs-to-review figure and review.xlsx). */
    public static final Stage<ReviewPair> REVIEW_PAIRS = new Stage<>("review-pairs", ReviewPair.class);
    /** reconcile: the figures and the lists' keys (one item); each list's rows are a stage of their own ({@link StagedLists}). */
    /** reconcile: the run the changes are measured against, whether it read the very same files, sources that fell sharply (one item). */
    public static final Stage<ChangesBaseline> CHANGES_BASELINE = new Stage<>("changes-baseline", ChangesBaseline.class);
    public static final Stage<Reconciliation> RECONCILIATION = new Stage<>("reconciliation", Reconciliation.class, Integer.MAX_VALUE);

    private Stages() {
    }
}
