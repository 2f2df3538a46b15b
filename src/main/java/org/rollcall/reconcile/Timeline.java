package org.rollcall.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.rollcall.domain.SourceKind;
import org.rollcall.domain.Status;
import org.rollcall.normalize.PersonRecord;

/**
 * A person's dated status timeline, from every source: detained and released (NGO lists, with a
 * detention after a release read as a re-arrest), the list's own status on its date, amnesty
 * announced (the announcement's date), and each court decision on its date.
 */
public final class Timeline {

    /**
     * @param date when, or {@code null} when the source gives no date
     * @param what the status from then on: detained, re-arrested, released, house-arrest, amnesty-announced, court: granted, …
     * @param source the source row behind it
     */
    public record Event(LocalDate date, String what, String source) {
    }

    private Timeline() {
    }

    public static List<Event> of(Person p) {
        List<Event> events = new ArrayList<>();
        for (PersonRecord r : p.records()) {
            String ref = Reconciler.ref(r);
            switch (r.kind()) {
                case NGO_LIST, PERSON_LIST -> {
                    boolean rearrest = rearrested(r);
                    if (r.releaseDate() != null) {
                        events.add(new Event(r.releaseDate(), "released", ref));
                    }
                    if (r.detentionDate() != null) {
                        events.add(new Event(r.detentionDate(), rearrest ? "re-arrested" : "detained", ref));
                    }
                    if (r.status() != null && r.snapshotDate() != null && (r.status() != Status.DETAINED || rearrest && r.detentionDate() == null)) {
                        events.add(new Event(r.snapshotDate(), rearrest && r.status() == Status.DETAINED ? "re-arrested" : r.status().key(), ref));
                    }
                }
                case ANNOUNCEMENT -> events.add(new Event(r.snapshotDate(), "amnesty-announced", ref));
                case COURT_RULINGS -> events.add(new Event(r.decisionDate(), "court: " + r.decision().key()
                        + (r.caseNumber().isEmpty() ? "" : " (case " + r.caseNumber() + ")"), ref));
            }
        }
        events.sort(Comparator.comparing(Event::date, Comparator.nullsLast(Comparator.naturalOrder())));
        return events;
    }

    /** The timeline in one line: "2025-08-03 detained; 2026-10-02 court: denied (case …)". */
    public static String text(List<Event> events) {
        return events.stream().map(e -> (e.date() == null ? "(undated)" : e.date().toString()) + " " + e.what()).distinct()
                .collect(Collectors.joining("; "));
    }

    /** True when the person was released and then detained again, by any list. */
    public static boolean rearrested(Person p) {
        return p.records().stream().anyMatch(Timeline::rearrested);
    }

    /**
     * A record says re-arrested when its detention date follows its release date, or, without a
     * detention date, when it lists as detained someone it says was released before the list's date.
     */
    static boolean rearrested(PersonRecord r) {
        if (r.releaseDate() == null) {
            return false;
        }
        if (r.detentionDate() != null) {
            return r.detentionDate().isAfter(r.releaseDate());
        }
        return r.status() == Status.DETAINED && (r.snapshotDate() == null || r.releaseDate().isBefore(r.snapshotDate()));
    }

    /** The NGO record that still lists the person as detained on or after {@code since}, or {@code null}. */
    public static PersonRecord stillDetained(Person p, LocalDate since) {
        return p.recordsOf(SourceKind.NGO_LIST).stream()
                .filter(r -> r.status() == null || r.status() == Status.DETAINED)
                .filter(r -> since == null || r.snapshotDate() == null || !r.snapshotDate().isBefore(since))
                .findFirst().orElse(null);
    }
}
