package org.rollcall.job;

import java.util.List;
import org.rollcall.review.VerdictsInForce;
import org.rollcall.review.ReviewImporter;
import org.rollcall.review.Verdict;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Analysts' decisions and the review files they came from, in the database. */
@Component
public class VerdictStore {

    private final JdbcTemplate jdbc;

    public VerdictStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True when a file with this content was applied before: the same workbook twice changes nothing. */
    public boolean applied(String job, String sha) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM rc_review_file WHERE job = ? AND file_sha = ?", Integer.class, job, sha);
        return n != null && n > 0;
    }

    public void save(String job, String sha, String file, long run, List<ReviewImporter.ReviewedRow> decisions) {
        Long max = jdbc.queryForObject("SELECT MAX(seq) FROM rc_decision WHERE job = ?", Long.class, job);
        long seq = max == null ? 0 : max;
        for (ReviewImporter.ReviewedRow d : decisions) {
            jdbc.update("INSERT INTO rc_decision (job, seq, pair_id, key_a, key_b, verdict, reviewer, note, file, row_no, imported_run) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", job, ++seq, d.pairId(), d.keyA(), d.keyB(), d.verdict().name(),
                    d.reviewer(), d.comment(), file, d.row(), run);
        }
        jdbc.update("INSERT INTO rc_review_file (job, file_sha, file, imported_run) VALUES (?, ?, ?, ?)", job, sha, file, run);
    }

    public List<VerdictsInForce.StoredVerdict> all(String job) {
        return jdbc.query("SELECT seq, pair_id, key_a, key_b, verdict, reviewer, note, file, row_no, imported_run FROM rc_decision "
                + "WHERE job = ? ORDER BY seq", (rs, i) -> new VerdictsInForce.StoredVerdict(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), Verdict.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9),
                rs.getLong(10)), job);
    }
}
