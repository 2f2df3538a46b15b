package org.rollcall.report;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.rollcall.text.TextFold;
import org.rollcall.reconcile.EntityRow;
import org.rollcall.reconcile.ListRow;
import org.rollcall.reconcile.Reconciliation;

/**
 * Makes exports fit to share with partners without letting them re-identify people. Names and ID
 * numbers become keyed pseudonyms (HMAC-SHA256 with a key kept in the environment), so nobody can
 * find a person by hashing a known cédula; the same key gives the same pseudonyms in every run. A
 * name becomes "N-" and ten hex digits of its person's id (one pseudonym per person, however they
 * were written), an ID number "C-" and ten of its digits' HMAC.
 *
 * <p>Everything a partner could join against public documents goes too: a record's reference in
 * its source (list position, row or line, court case number) becomes "R-" and its HMAC in
 * entities.csv and pairs.csv, and only the source's id is left of each source row in the lists;
 * case numbers, row and line numbers in details are replaced by "(redacted)"; each person's dates
 * are left out unless the job file allows months or days ({@code report.redacted-dates}). The raw
 * content of rejected rows is left out. What stays: person ids (P000123, meaningful only within
 * these exports), source ids, decisions and reasons, figures, claims (the communiqué's own text).
 */
public final class Redactor {

    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    private final SecretKeySpec key;
    private final String dates;

    public Redactor(String key) {
        this(key, "none");
    }

    /**
     * @param dates {@code none}, {@code month} or {@code day}: what is kept of each person's dates
     */
    public Redactor(String key, String dates) {
        if (key == null || key.length() < 8) {
            throw new IllegalArgumentException("a redaction key of at least 8 characters is needed");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.dates = dates;
    }

    String pseudonym(String prefix, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return prefix + HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8))).substring(0, 10);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    ListRow redact(ListRow r, String list) {
        String name = r.name().isEmpty() ? "" : pseudonym("N-", r.entityId().isEmpty() ? TextFold.fold(r.name()) : r.entityId());
        if (list.equals("pairs-to-review") && r.name().contains(" / ")) {
            String[] ids = r.entityId().split(" / ");
            name = pseudonym("N-", ids[0]) + " / " + pseudonym("N-", ids.length > 1 ? ids[1] : ids[0]);
        }
        String id = r.idNumber().isEmpty() ? "" : redactIds(r.idNumber());
        String detail = list.equals("rejected-rows") && r.detail().contains(" — ") ? r.detail().substring(0, r.detail().indexOf(" — ")) : r.detail();
        detail = detail.replaceAll("ID number '[^']*'", "ID number (redacted)").replaceAll("no name, and ID number", "no name, and an ID number");
        if (list.startsWith("review-decisions")) {
            return new ListRow(r.entityId(), r.name(), r.idNumber().isEmpty() ? "" : pseudonym("R-", r.idNumber()), sources(r.sourceRows()), "",
                    date(r.date()));
        }
        boolean claim = r.entityId().isEmpty() && r.name().isEmpty() && !list.equals("rejected-rows");
        return new ListRow(r.entityId(), name, id, sources(r.sourceRows()), claim ? detail : references(detail), date(r.date()));
    }

    /** Only the source ids of "ngo #12 (input/ngo.xlsx, sheet 'Detenidos', row 15); tribunales #AP-1#1 (…, line 4)". */
    static String sources(String sourceRows) {
        Set<String> ids = new LinkedHashSet<>();
        for (String part : sourceRows.split("; ")) {
            String p = part.strip();
            int cut = p.length();
            for (String stop : new String[] {" #", " ("}) {
                int at = p.indexOf(stop);
                cut = at >= 0 ? Math.min(cut, at) : cut;
            }
            if (cut > 0) {
                ids.add(p.substring(0, cut));
            }
        }
        return String.join("; ", ids);
    }

    /** A detail without references to source rows, case numbers, row or line numbers, and dates as allowed. */
    String references(String detail) {
        String d = detail.replaceAll("(\\S+) #\\S+ \\([^)]*\\)", "$1 (redacted)")
                .replaceAll("(\\S+) \\([^()]*\\b(?:row|line) \\d+\\)", "$1 (redacted)")
                .replaceAll("\\bcase [^,;)]+", "case (redacted)")
                .replaceAll("\\b(row|line) \\d+", "$1 (redacted)");
        Matcher m = ISO_DATE.matcher(d);
        return switch (dates) {
            case "day" -> d;
            case "month" -> m.replaceAll("$1-$2");
            default -> m.replaceAll("(date)");
        };
    }

    private LocalDate date(LocalDate date) {
        return dates.equals("day") ? date : null;
    }

    private String redactIds(String ids) {
        StringBuilder out = new StringBuilder();
        for (String part : ids.split(" / ", -1)) {
            String digits = part.replaceAll("[^0-9]", "");
            out.append(out.length() == 0 ? "" : " / ").append(part.isBlank() ? "" : pseudonym("C-", digits.isEmpty() ? part : digits));
        }
        return out.toString();
    }

    /** A record's reference in its source, as a keyed pseudonym: joins across these exports, never to the source. */
    String recordRef(String source, String recordId) {
        return recordId == null || recordId.isEmpty() ? "" : pseudonym("R-", source + "|" + recordId);
    }

    public Reconciliation redact(Reconciliation rec) {
        Map<String, List<ListRow>> lists = new LinkedHashMap<>();
        rec.lists().forEach((k, rows) -> lists.put(k, new MappedRows(rows, r -> redact(r, k))));
        List<EntityRow> entities = rec.entities().stream()
                .map(e -> new EntityRow(e.entityId(), e.source(), recordRef(e.source(), e.recordId()))).toList();
        return new Reconciliation(rec.figures(), lists, rec.claims(), entities, List.of());
    }

    /** pairs.csv rows with each record's reference as in the redacted entities.csv. */
    public List<ReportWriter.PairRow> redactPairs(List<ReportWriter.PairRow> pairs) {
        return pairs.stream().map(p -> new ReportWriter.PairRow(p.sourceA(), recordRef(p.sourceA(), p.recordA()), p.sourceB(),
                recordRef(p.sourceB(), p.recordB()), p.outcome(), p.probability(), p.weight(), "", p.contributions(), p.asked())).toList();
    }
}
