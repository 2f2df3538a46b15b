package org.rollcall.reconcile;

import java.util.Comparator;
import java.util.List;
import org.rollcall.domain.RulingDecision;
import org.rollcall.config.ReconcileSettings.Exclusion;
import org.rollcall.domain.SourceKind;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.text.Messages;
import org.rollcall.text.TextFold;

/**
 * Why a person is not covered by the amnesty list, from their rulings and offences. When a person
 * has several rulings, the latest (by decision date, then by position in its file) decides; the
 * reasons are tried in this order: sent to military jurisdiction, an excluded offence, denied by a
 * court, under review, granted by a court (yet not on the list), no ruling yet, unknown.
 */
public final class Coverage {

    /** A reason for not being covered; its key names the list in the reports. */
    public enum Reason {
        MILITARY_JURISDICTION("military-jurisdiction", "sent to military jurisdiction"),
        EXCLUDED_OFFENCE("excluded-offence", "charged with an offence the amnesty excludes"),
        DENIED("denied", "amnesty denied by a court"),
        UNDER_REVIEW("under-review", "amnesty request under review"),
        GRANTED_NOT_LISTED("granted-by-court", "amnesty granted by a court, yet not on the list"),
        NO_RULING("no-ruling", "no court ruling yet"),
        UNKNOWN("unknown", "a ruling whose decision is not known");

        private final String key;
        private final String label;

        Reason(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }
    }

    /**
     * @param reason the reason
     * @param why the evidence in words: which ruling decided and why, or which offence matched
     * @param deciding the deciding ruling, or {@code null}
     */
    public record Verdict(Reason reason, String why, PersonRecord deciding) {
    }

    private Coverage() {
    }

    /** The ruling that decides: the latest by decision date, then the later in its file. {@code null} without rulings. */
    public static PersonRecord decidingRuling(Person p) {
        return p.decidingRuling(Coverage::latestRuling);
    }

    private static PersonRecord latestRuling(Person p) {
        return p.recordsOf(SourceKind.COURT_RULINGS).stream()
                .max(Comparator.comparing(PersonRecord::decisionDate, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(PersonRecord::sourceId).thenComparingInt(PersonRecord::seq))
                .orElse(null);
    }

    public static Verdict classify(Person p, List<Exclusion> exclusions) {
        return classify(p, exclusions, Reconciler.ENGLISH);
    }

    /** {@link #classify(Person, List)} with the evidence in a report's language. */
    public static Verdict classify(Person p, List<Exclusion> exclusions, Messages m) {
        PersonRecord ruling = decidingRuling(p);
        String rulingText = ruling == null ? "" : describe(p, ruling, m);
        if (ruling != null && ruling.decision() == RulingDecision.MILITARY_JURISDICTION) {
            return new Verdict(Reason.MILITARY_JURISDICTION, rulingText, ruling);
        }
        Exclusion excluded = excludedOffence(p, exclusions);
        if (excluded != null) {
            return new Verdict(Reason.EXCLUDED_OFFENCE, m.format("coverage.excluded", excluded.name())
                    + (ruling == null ? "" : "; " + rulingText), ruling);
        }
        if (ruling == null) {
            return new Verdict(Reason.NO_RULING, m.get("coverage.no-ruling"), null);
        }
        Reason reason = switch (ruling.decision()) {
            case DENIED -> Reason.DENIED;
            case UNDER_REVIEW -> Reason.UNDER_REVIEW;
            case GRANTED -> Reason.GRANTED_NOT_LISTED;
            default -> Reason.UNKNOWN;
        };
        return new Verdict(reason, rulingText, ruling);
    }

    static Exclusion excludedOffence(Person p, List<Exclusion> exclusions) {
        for (Exclusion x : exclusions) {
            for (PersonRecord r : p.records()) {
                String offence = TextFold.fold(r.offence());
                if (!offence.isEmpty() && (x.offences().stream().anyMatch(o -> offence.contains(TextFold.fold(o)))
                        || Words.nearIn(r.offence(), x.offences()) != null)) {
                    return x;
                }
            }
        }
        return null;
    }

    private static String describe(Person p, PersonRecord ruling, Messages m) {
        int n = p.recordsOf(SourceKind.COURT_RULINGS).size();
        return m.format("ruling.describe", n == 1 ? m.get("ruling.only") : m.format("ruling.latest-of", String.valueOf(n)),
                m.format("ruling.text", Reconciler.decision(m, ruling.decision()), ruling.rawDecision()))
                + m.format("ruling.case", ruling.caseNumber()) + (ruling.court().isEmpty() ? "" : ", " + ruling.court())
                + (ruling.decisionDate() == null ? "" : ", " + ruling.decisionDate());
    }
}
