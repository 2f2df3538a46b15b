package org.rollcall.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rollcall.domain.SourceKind;
import org.rollcall.ingest.Claim;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.text.Messages;

/**
 * The claims that make {@code announced}, once corrections are applied. Each communiqué states its
 * own figure (the first "amnestied" of each file, or its "released" when it states only a release);
 * a correction's total ("el número de beneficiarios queda en DOS (2)", subject
 * {@value #CORRECTED}) replaces the figure of the communiqué it corrects: the earlier file whose
 * figure is the one the correction recalls ("mediante el cual se otorgó … a TRES (3)"), or all the
 * earlier files when it recalls their sum or recalls none. The replaced claim's subject becomes
 * {@value #REPLACED}, so it is shown, not summed.
 *
 * <p>A correction's total must be the replaced figure less the people it withdraws plus those it
 * adds: otherwise its claim carries a problem (listed in {@code claims-disagreeing}, and the
 * report's opening says the announced figure is uncertain). So does a total whose recalled figure
 * no earlier communiqué states (it replaces nothing and is not summed), and a correction that
 * withdraws people without restating the total (a claim {@value #WITHDRAWN}: the announced figure
 * still counts them).
 */
final class CorrectedFigures {

    static final String CORRECTED = "amnestied-corrected";
    static final String REPLACED = "amnestied-replaced";
    static final String RECALLED = "amnestied-before";
    static final String WITHDRAWN = "withdrawn";

    /**
     * @param claims every claim, settled: a replaced figure's subject is {@value #REPLACED}, problems said
     * @param making the claims summed into {@code announced}, in reading order
     * @param replacedBy each replaced claim (as in {@code claims}) → the correction's total that replaces it
     */
    record Result(List<Claim> claims, List<Claim> making, Map<Claim, Claim> replacedBy) {

        /** The claim as the {@code announced} list shows it: "3: text", a replaced one naming its correction. */
        String shown(Claim c, Messages m) {
            Claim by = replacedBy.get(c);
            return c.value() + ": " + c.text() + (c.problem() == null ? "" : " [" + c.problem() + "]")
                    + (by == null ? "" : " [" + m.format("claim.replaced", by.sourceId(), by.file(), String.valueOf(by.line()), String.valueOf(by.value())) + "]");
        }
    }

    private CorrectedFigures() {
    }

    /**
     * @param records the run's records, corrections applied ({@link Withdrawals#apply}): the withdrawals and additions of each correction file are counted there
     */
    static Result of(List<Claim> claims, List<PersonRecord> records, Messages m) {
        List<Claim> out = new ArrayList<>(claims);
        Map<String, Integer> firstOfFile = new LinkedHashMap<>();
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).subject().equals("amnestied")) {
                firstOfFile.putIfAbsent(fileKey(out.get(i)), i);
            }
        }
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).subject().equals("released")) {
                firstOfFile.putIfAbsent(fileKey(out.get(i)), i);
            }
        }
        List<Integer> making = new ArrayList<>(firstOfFile.values());
        Map<Integer, Integer> replacing = new LinkedHashMap<>();
        for (int i = 0; i < out.size(); i++) {
            Claim c = out.get(i);
            if (!c.subject().equals(CORRECTED) || firstOfFile.containsKey(fileKey(c))) {
                continue; // a file's second corrected total is only said, as a file's second figure is
            }
            firstOfFile.put(fileKey(c), i);
            final int at = i;
            Claim recalled = out.stream().filter(r -> r.subject().equals(RECALLED) && fileKey(r).equals(fileKey(c))).findFirst().orElse(null);
            List<Integer> earlier = making.stream().filter(k -> before(out.get(k), k, c, at)).toList();
            long sum = earlier.stream().mapToLong(k -> out.get(k).value()).sum();
            List<Integer> replaced;
            if (recalled == null || recalled.value() == sum) {
                replaced = earlier;
            } else {
                replaced = earlier.stream().filter(k -> out.get(k).value() == recalled.value()).limit(1).toList();
            }
            long withdrawn = count(records, c, SourceKind.WITHDRAWAL);
            long added = count(records, c, SourceKind.ANNOUNCEMENT);
            String problem = c.problem();
            if (replaced.isEmpty()) {
                problem = m.format("claim.corrected-nothing", String.valueOf(c.value()), recalled == null ? "" : String.valueOf(recalled.value()));
            } else {
                long before = replaced.stream().mapToLong(k -> out.get(k).value()).sum();
                if (before - withdrawn + added != c.value() && problem == null) {
                    problem = m.format("claim.corrected-disagrees", String.valueOf(c.value()), String.valueOf(before), String.valueOf(withdrawn),
                            String.valueOf(added), String.valueOf(before - withdrawn + added));
                }
                for (int k : replaced) {
                    Claim r = out.get(k);
                    out.set(k, new Claim(r.sourceId(), r.file(), r.line(), REPLACED, r.value(), r.text(), r.problem(), r.date(), r.sheet()));
                    replacing.put(k, i);
                    making.remove(Integer.valueOf(k));
                }
                making.add(i);
            }
            out.set(i, new Claim(c.sourceId(), c.file(), c.line(), c.subject(), c.value(), c.text(), problem, c.date(), c.sheet()));
        }
        Map<Claim, Claim> replacedBy = new HashMap<>();
        replacing.forEach((k, by) -> replacedBy.put(out.get(k), out.get(by)));
        withdrawnWithoutTotal(out, records, firstOfFile, m);
        making.sort(Integer::compare);
        return new Result(out, making.stream().map(out::get).toList(), replacedBy);
    }

    /** A correction file that withdraws people and states no total: a claim with a problem, the announced figure still counting them. */
    private static void withdrawnWithoutTotal(List<Claim> out, List<PersonRecord> records, Map<String, Integer> firstOfFile, Messages m) {
        Map<String, List<PersonRecord>> byFile = new LinkedHashMap<>();
        records.stream().filter(r -> r.kind() == SourceKind.WITHDRAWAL)
                .forEach(r -> byFile.computeIfAbsent(r.sourceId() + "\u0000" + r.file(), k -> new ArrayList<>()).add(r));
        byFile.forEach((key, withdrawals) -> {
            if (!firstOfFile.containsKey(key)) {
                PersonRecord first = withdrawals.get(0);
                out.add(new Claim(first.sourceId(), first.file(), first.row(), WITHDRAWN, withdrawals.size(),
                        m.format("claim.withdrawn-text", String.valueOf(withdrawals.size())),
                        m.format("claim.withdrawn-no-total", String.valueOf(withdrawals.size())), first.snapshotDate()));
            }
        });
    }

    private static long count(List<PersonRecord> records, Claim c, SourceKind kind) {
        return records.stream().filter(r -> r.sourceId().equals(c.sourceId()) && r.file().equals(c.file())
                && r.kind() == kind).count();
    }

    /** A figure stated on or before the correction (read before it when either has no date), by another file. */
    private static boolean before(Claim figure, int figureAt, Claim correction, int correctionAt) {
        if (fileKey(figure).equals(fileKey(correction))) {
            return false;
        }
        LocalDate a = figure.date();
        LocalDate b = correction.date();
        return a != null && b != null ? !a.isAfter(b) : figureAt < correctionAt;
    }

    private static String fileKey(Claim c) {
        return c.sourceId() + "\u0000" + c.file();
    }
}
