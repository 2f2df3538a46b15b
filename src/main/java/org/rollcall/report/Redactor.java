package org.rollcall.report;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.rollcall.text.TextFold;
import org.rollcall.reconcile.ListRow;
import org.rollcall.reconcile.Reconciliation;

/**
 * Replaces names and ID numbers in exports with stable pseudonyms, for sharing with partners.
 * Pseudonyms are keyed (HMAC-SHA256 with a key kept in the environment), so nobody can find a
 * person by hashing a known cédula; the same key gives the same pseudonyms in every run. A name
 * becomes "N-" and ten hex digits of its person's id (one pseudonym per person, however they were
 * written), an ID number "C-" and ten of its digits' HMAC. The raw content of rejected rows is
 * left out.
 */
public final class Redactor {

    private final SecretKeySpec key;

    public Redactor(String key) {
        if (key == null || key.length() < 8) {
            throw new IllegalArgumentException("a redaction key of at least 8 characters is needed");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
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
            return new ListRow(r.entityId(), r.name(), r.idNumber().isEmpty() ? "" : pseudonym("R-", r.idNumber()), r.sourceRows(), "", r.date());
        }
        return new ListRow(r.entityId(), name, id, r.sourceRows(), detail, r.date());
    }

    private String redactIds(String ids) {
        StringBuilder out = new StringBuilder();
        for (String part : ids.split(" / ", -1)) {
            String digits = part.replaceAll("[^0-9]", "");
            out.append(out.length() == 0 ? "" : " / ").append(part.isBlank() ? "" : pseudonym("C-", digits.isEmpty() ? part : digits));
        }
        return out.toString();
    }

    public Reconciliation redact(Reconciliation rec) {
        Map<String, List<ListRow>> lists = new LinkedHashMap<>();
        rec.lists().forEach((k, rows) -> lists.put(k, rows.stream().map(r -> redact(r, k)).toList()));
        return new Reconciliation(rec.figures(), lists, rec.claims(), rec.entities(), List.of());
    }
}
