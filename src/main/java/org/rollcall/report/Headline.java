package org.rollcall.report;

import java.util.ArrayList;
import java.util.List;
import org.rollcall.reconcile.ListRow;
import java.util.HashSet;
import java.util.Arrays;
import org.rollcall.ingest.Claim;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rollcall.reconcile.Figure;
import org.rollcall.reconcile.Reconciliation;

/**
 * The answer first: the sentences at the top of report.html and of the workbook's first sheet,
 * built from the figures in the report's language, then the run, each source's files and snapshot
 * date, and what changed since the previous run ("first run" when it is).
 */
final class Headline {

    /** The reasons for not being covered, in the order the reconciliation tries them. */
    static final List<String> REASONS = List.of("military-jurisdiction", "excluded-offence", "denied", "under-review", "granted-by-court",
            "no-ruling", "unknown");

    private Headline() {
    }

    /**
     * The answer: who of the NGO's people is on the amnesty list, who is not and why, and how the
     * announcement compares. A sentence whose figures are missing is left out. When a file of a
     * source could not be read, a warning naming it comes first.
     */
    static List<String> answer(Reconciliation rec, Labels labels, RunHeader header) {
        Map<String, Long> v = rec.figures().stream().collect(Collectors.toMap(Figure::key, Figure::value, (a, b) -> a));
        List<String> out = new ArrayList<>();
        List<String> unread = header == null ? List.of() : header.unread();
        if (!unread.isEmpty()) {
            // before any figure: the figures below were made without these files, and a reader quoting them must know
            out.add(labels.format("headline.unread", unread.size(), String.join("; ", unread)));
        }
        // a source that fell sharply since the baseline (a file cut short at a line end, a filter left on): every figure below shrank with it
        (header == null ? List.<String>of() : header.alerts()).forEach(a -> out.add(labels.format("headline.warning", a)));
        doubtedFigures(rec, labels, out);
        long undetermined = v.getOrDefault("not-amnestied-undetermined", 0L);
        if (undetermined > 0) {
            // a person whose date or age the law tests is unknown is neither covered nor excluded: never one reason among the others
            out.add(labels.format("headline.undetermined", undetermined));
        }
        Long people = v.get("ngo-people");
        Long amnestied = v.get("amnestied");
        if (people != null && amnestied != null && v.get("not-amnestied") != null) {
            out.addAll(amnestied(rec, v, people, amnestied, labels));
            announcement(rec, v, labels, out);
            sourceWarnings(header, labels, out);
            return out;
        }
        Long on = v.get("listed-on-ngo-list");
        Long off = v.get("ngo-not-listed");
        if (people != null && on != null && off != null) {
            long percent = people == 0 ? 0 : Math.round(100.0 * on / people);
            out.add(labels.format("headline.answer", people, on, percent, off));
            String why = REASONS.stream().filter(r -> v.getOrDefault("not-covered-" + r, 0L) > 0)
                    .sorted((a, b) -> Long.compare(v.get("not-covered-" + b), v.get("not-covered-" + a)))
                    .map(r -> labels.format("headline.reason", labels.get("reason." + r), v.get("not-covered-" + r)))
                    .collect(Collectors.joining(", "));
            if (!why.isEmpty()) {
                out.add(labels.format("headline.reasons", why));
            }
        }
        announcement(rec, v, labels, out);
        sourceWarnings(header, labels, out);
        return out;
    }

    /**
     * Right after the answer, what a reader quoting it must know of the sources: dated copies of one
     * list read together, rows rejected, status or decision texts the job file does not map (the
     * figures were made without those rows, or counted those people as unknown).
     */
    private static void sourceWarnings(RunHeader header, Labels labels, List<String> out) {
        (header == null ? List.<String>of() : header.warnings()).forEach(w -> out.add(labels.format("headline.warning", w)));
    }

    /**
     * An announced figure the communiqué itself puts in doubt (its words and digits disagree,
     * "VEINTIDÓS (24)"; it states a second, different figure): said before any figure, since the
     * {@code announced} figure is one of the two and a reader quoting it must know. Each is also a
     * row of {@code claims-disagreeing}.
     */
    private static void doubtedFigures(Reconciliation rec, Labels labels, List<String> out) {
        rec.claims().stream().filter(c -> c.problem() != null && Claim.ANNOUNCING.contains(c.subject()))
                .forEach(c -> out.add(labels.format("headline.doubted-figure", c.problem(), c.sourceId(), c.file(), c.line())));
    }

    /** Pairs of people still to review can move the answer's figures: said with the run, with their number. */
    private static void pending(Reconciliation rec, Labels labels, List<String> out) {
        long pairs = rec.figures().stream().filter(f -> f.key().equals("pairs-to-review")).mapToLong(Figure::value).sum();
        if (pairs > 0) {
            out.add(labels.format("headline.pending", pairs));
        }
    }

    /**
     * The answer under the job's coverage rules: amnestied (via the list, via a court only), not
     * amnestied, and why, one reason per rule of the job file, largest first.
     */
    private static List<String> amnestied(Reconciliation rec, Map<String, Long> v, long people, long amnestied, Labels labels) {
        List<String> out = new ArrayList<>();
        long percent = people == 0 ? 0 : Math.round(100.0 * amnestied / people);
        long other = v.getOrDefault("amnestied-via-other-conditions", 0L);
        out.add(labels.format(other > 0 ? "headline.amnestied-other" : "headline.amnestied", people, amnestied, percent,
                v.getOrDefault("amnestied-via-list", 0L), v.getOrDefault("amnestied-via-court-only", 0L), v.get("not-amnestied"), other));
        String prefix = "not-amnestied-";
        String why = rec.figures().stream().filter(f -> f.key().startsWith(prefix) && f.value() > 0)
                .sorted((a, b) -> Long.compare(b.value(), a.value()))
                .map(f -> labels.format("headline.reason", reasonOf(labels.figure(f.key(), f.label())), f.value()))
                .collect(Collectors.joining(", "));
        if (!why.isEmpty()) {
            out.add(labels.format("headline.reasons", why));
        }
        return out;
    }

    /** A reason's words from its figure's label: the part after "not amnestied:" when the label has one. */
    private static String reasonOf(String label) {
        int colon = label.indexOf(':');
        String reason = colon < 0 ? label : label.substring(colon + 1).trim();
        return reason.replaceAll("\\s*\\([^)]*\\)\\s*$", ""); // "(latest ruling)" and the like: the figure's sheet says it
    }

    private static void announcement(Reconciliation rec, Map<String, Long> v, Labels labels, List<String> out) {
        Long announced = v.get("announced");
        Long listed = v.get("listed");
        Long unknown = v.get("listed-unknown-to-ngo");
        if (announced != null && listed != null && unknown != null) {
            long pending = unknownInReview(rec);
            out.add(pending == 0 ? labels.format("headline.unknown", announced, listed, unknown)
                    : labels.format("headline.unknown-pending", announced, listed, unknown, pending));
        }
    }

    /**
     * Of the listed people unknown to the NGO, those a pair to review joins to a person of the NGO list: the figure is not
     * final for them until an analyst decides (trial 19: 42 "unknown", 12 of them waiting for review beside an NGO namesake).
     */
    private static long unknownInReview(Reconciliation rec) {
        Set<String> unknown = ids(rec.lists().get("listed-unknown-to-ngo"));
        Set<String> ngo = ids(rec.lists().get("listed-on-ngo-list"));
        ngo.addAll(ids(rec.lists().get("ngo-not-listed")));
        Set<String> pending = new HashSet<>();
        for (ListRow pair : rec.lists().getOrDefault("pairs-to-review", List.of())) {
            String[] people = pair.entityId() == null ? new String[0] : pair.entityId().split("\\s*/\\s*");
            for (String p : people) {
                if (unknown.contains(p) && Arrays.stream(people).anyMatch(ngo::contains)) {
                    pending.add(p);
                }
            }
        }
        return pending.size();
    }

    private static Set<String> ids(List<ListRow> rows) {
        Set<String> out = new HashSet<>();
        if (rows != null) {
            rows.forEach(r -> out.add(r.entityId()));
        }
        return out;
    }

    /**
     * The run and its sources, then what changed.
     *
     * @param header the run, its job and its sources
     */
    static List<String> context(Reconciliation rec, Labels labels, RunHeader header) {
        List<String> out = new ArrayList<>();
        pending(rec, labels, out);
        out.add(labels.format("report.run", header.run(), header.job(), runDate(header.run())));
        for (RunHeader.Source s : header.sources()) {
            String files = s.files().isEmpty() ? labels.get("report.no-file-read") : String.join(", ", s.files());
            if (s.severalDates()) {
                // two communiqués of 18 and 21 November: one date would say the source is of one day
                List<String> each = new ArrayList<>();
                for (int i = 0; i < s.files().size(); i++) {
                    each.add(s.dates().get(i) == null ? s.files().get(i) : labels.format("report.file-dated", s.files().get(i), s.dates().get(i).toString()));
                }
                out.add(labels.format("report.source-each-dated", s.id(), String.join(", ", each)) + rejected(s, labels));
            } else {
                out.add((s.snapshot() == null ? labels.format("report.source-undated", s.id(), files)
                        : labels.format("report.source", s.id(), files, s.snapshot().toString())) + rejected(s, labels));
            }
        }
        if (header.firstRun()) {
            out.add(labels.get("report.first-run"));
        } else {
            Function<String, Long> f = k -> rec.figures().stream().filter(x -> x.key().equals(k)).map(Figure::value).findFirst().orElse(0L);
            long total = f.apply("changes-new-people") + f.apply("changes-vanished") + f.apply("changes-status");
            String none = header.baselineRun() == null ? labels.get("report.no-changes")
                    : labels.format(header.sameFiles() ? "report.no-changes-same-files" : "report.no-changes-since", header.baselineRun(),
                            runDate(header.baselineRun()));
            out.add(total == 0 ? none
                    : labels.format("report.changes-since", f.apply("changes-new-people"), f.apply("changes-vanished"), f.apply("changes-status")));
        }
        return out;
    }

    /** " Warning: 8 rows rejected …" after a source's line when some of its rows were rejected, else nothing. */
    private static String rejected(RunHeader.Source s, Labels labels) {
        return s.rejected() == 0 ? "" : " " + labels.format("report.source-rejected", s.rejected());
    }

    /** "2026-11-24 15:07 UTC" from a run name; the name itself when it is not one. */
    static String runDate(String run) {
        if (run != null && run.matches("\\d{4}-\\d{2}-\\d{2}T\\d{6}Z")) {
            return run.substring(0, 10) + " " + run.substring(11, 13) + ":" + run.substring(13, 15) + " UTC";
        }
        return Objects.toString(run, "");
    }
}
