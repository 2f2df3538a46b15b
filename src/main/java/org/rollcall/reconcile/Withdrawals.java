package org.rollcall.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rollcall.domain.Field;
import org.rollcall.domain.SourceKind;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.text.Messages;
import org.rollcall.text.TextFold;

/**
 * What a correction communiqué does to the announcements' lists, applied to the linked records.
 *
 * <ul>
 * <li>A {@link SourceKind#WITHDRAWAL} (a person the correction takes off the list) withdraws one
 *     entry of an announcement of its own person (the usual matching found it, by name and cédula),
 *     read from another file and dated on or before the correction: that entry becomes
 *     {@link SourceKind#WITHDRAWN}, no longer listed, still in the person's timeline. Another entry
 *     of the person still lists them.</li>
 * <li>A {@link SourceKind#CORRECTION} ("donde dice X, debe decir Y": Y) linked to a person with an
 *     entry changes no figure: the entry stays listed (of its own source, at its own line), written
 *     as Y, with a note naming the correction and X.
 *     Linked to a person without one, Y takes the place of the entry written X (its name as written,
 *     case and accents aside): X is withdrawn and Y listed, so X never counts as a second person.</li>
 * </ul>
 * A withdrawal or correction that finds no entry is {@linkplain #unmatched unmatched}: a field
 * problem, never silently dropped, never a new listed person.
 */
public final class Withdrawals {

    /** The kinds of record a correction leaves or makes, which put nobody on a list. */
    public static final Set<SourceKind> OFF_LIST = Set.of(SourceKind.WITHDRAWN, SourceKind.WITHDRAWAL, SourceKind.CORRECTION);

    private Withdrawals() {
    }

    /** The records with the corrections applied, and the withdrawals and corrections that found no entry (their indexes). */
    record Applied(List<PersonRecord> records, List<Integer> unmatched) {
    }

    /**
     * @param records every record of the run
     * @param clusterOf the person (cluster) of each record
     */
    static Applied apply(List<PersonRecord> records, int[] clusterOf, Messages m) {
        if (records.stream().noneMatch(r -> r.kind() == SourceKind.WITHDRAWAL || r.kind() == SourceKind.CORRECTION)) {
            return new Applied(records, List.of());
        }
        List<PersonRecord> out = new ArrayList<>(records);
        Map<Integer, List<Integer>> entries = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).kind() == SourceKind.ANNOUNCEMENT) {
                entries.computeIfAbsent(clusterOf[i], k -> new ArrayList<>()).add(i);
            }
        }
        List<Integer> unmatched = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            PersonRecord w = records.get(i);
            if (w.kind() != SourceKind.WITHDRAWAL) {
                continue;
            }
            Integer entry = entryBefore(out, entries.getOrDefault(clusterOf[i], List.of()), w, i);
            if (entry == null) {
                unmatched.add(i);
            } else {
                out.set(entry, out.get(entry).asKind(SourceKind.WITHDRAWN));
            }
        }
        for (int i = 0; i < records.size(); i++) {
            PersonRecord y = records.get(i);
            if (y.kind() != SourceKind.CORRECTION) {
                continue;
            }
            Integer own = entryBefore(out, entries.getOrDefault(clusterOf[i], List.of()), y, i);
            if (own != null) {
                // the entry is the person's: it stays listed, as the correction now writes it
                out.set(own, out.get(own).writtenAs(y, m.format("detail.corrected", Reconciler.ref(y, m), y.fields().getOrDefault(Field.NOTES, ""))));
                continue;
            }
            String wrong = TextFold.fold(y.fields().getOrDefault(Field.NOTES, ""));
            final int at = i;
            List<Integer> all = entries.values().stream().flatMap(List::stream).sorted().toList();
            Integer x = wrong.isBlank() ? null : all.stream().filter(e -> out.get(e).kind() == SourceKind.ANNOUNCEMENT && before(out.get(e), y, e, at)
                    && writtenAs(out.get(e), wrong)).findFirst().orElse(null);
            if (x == null) {
                unmatched.add(i);
            } else {
                out.set(x, out.get(x).asKind(SourceKind.WITHDRAWN));
                out.set(i, y.asKind(SourceKind.ANNOUNCEMENT));
            }
        }
        return new Applied(out, unmatched);
    }

    /**
     * True when the entry is the one written {@code wrong} (folded): its name as written, or, when
     * {@code wrong} holds a cédula ("donde dice C.I. V-12.345.678"), its cédula's digits.
     */
    private static boolean writtenAs(PersonRecord entry, String wrong) {
        String digits = wrong.replaceAll("\\D", "");
        if (digits.length() >= 6) {
            String id = entry.fields().getOrDefault(Field.ID_NUMBER, "").replaceAll("\\D", "");
            return digits.equals(id) && (wrong.replaceAll("[^\\p{L}]", "").length() <= 3 || nameIn(entry, wrong));
        }
        return TextFold.fold(entry.fields().getOrDefault(Field.FULL_NAME, "")).equals(wrong);
    }

    /** The entry's name stands in the text (folded, punctuation aside). */
    private static boolean nameIn(PersonRecord entry, String wrong) {
        String name = TextFold.fold(entry.fields().getOrDefault(Field.FULL_NAME, "")).replaceAll("[^\\p{L} ]", "").trim();
        return !name.isEmpty() && wrong.replaceAll("[^\\p{L} ]", "").contains(name);
    }

    /** The first entry still listed, of another file, read before the correction, or {@code null}. */
    private static Integer entryBefore(List<PersonRecord> records, List<Integer> entries, PersonRecord correction, int at) {
        return entries.stream().filter(e -> records.get(e).kind() == SourceKind.ANNOUNCEMENT && before(records.get(e), correction, e, at))
                .findFirst().orElse(null);
    }

    /** An entry dated on or before the correction (read before it when either has no date), from another file. */
    private static boolean before(PersonRecord entry, PersonRecord correction, int entryAt, int correctionAt) {
        if (entry.file().equals(correction.file()) && entry.sourceId().equals(correction.sourceId())) {
            return false;
        }
        LocalDate a = entry.snapshotDate();
        LocalDate b = correction.snapshotDate();
        return a != null && b != null ? !a.isAfter(b) : entryAt < correctionAt;
    }

    /**
     * The withdrawals and corrections that found no entry to withdraw or correct: one field problem each,
     * naming the record and what to check.
     *
     * @param personIds the person id of each record
     */
    public static List<ListRow> unmatched(List<PersonRecord> records, int[] clusterOf, String[] personIds, Messages m) {
        List<ListRow> out = new ArrayList<>();
        Applied applied = apply(records, clusterOf, m);
        for (int i : applied.unmatched()) {
            PersonRecord r = records.get(i);
            String what = r.kind() == SourceKind.WITHDRAWAL ? m.format("withdrawal.unmatched", r.name().display())
                    : m.format("correction.unmatched", r.fields().getOrDefault(Field.NOTES, ""), r.name().display());
            out.add(new ListRow(personIds == null ? "" : personIds[i], r.name().display(), r.id() != null ? r.id().toString() : r.rawId(),
                    Reconciler.ref(r, m), what, r.snapshotDate()));
        }
        return out;
    }

    /**
     * The {@code listed-withdrawn} list: one row per announcement entry a correction withdrew, naming the
     * withdrawal, and whether another entry still lists the person.
     */
    static List<ListRow> rows(List<Person> people, Messages m) {
        List<ListRow> out = new ArrayList<>();
        for (Person p : people) {
            List<PersonRecord> withdrawn = p.recordsOf(SourceKind.WITHDRAWN);
            List<PersonRecord> by = new ArrayList<>(p.recordsOf(SourceKind.WITHDRAWAL));
            by.addAll(p.recordsOf(SourceKind.CORRECTION));
            for (int k = 0; k < withdrawn.size(); k++) {
                PersonRecord w = k < by.size() ? by.get(k) : null;
                // an entry written anew as another person ("donde dice X, debe decir Y") has Y's record on Y's person
                String detail = (w == null ? m.get("detail.replaced") : m.format("detail.withdrawn", Reconciler.ref(w, m),
                        w.snapshotDate() == null ? "" : m.format("date.on", w.snapshotDate().toString())))
                        + (p.on(SourceKind.ANNOUNCEMENT) ? "; " + m.get("detail.still-listed") : "");
                out.add(Reconciler.recordRow(p, withdrawn.get(k), detail, m));
            }
        }
        return out;
    }
}
