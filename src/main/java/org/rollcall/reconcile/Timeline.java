package org.rollcall.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.rollcall.domain.SourceKind;
import org.rollcall.domain.Status;
import org.rollcall.normalize.NoteEvent;
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
                    for (NoteEvent n : r.events()) {
                        if (n.readable()) {
                            events.add(new Event(n.date(), n.what(), ref + ", notes: '" + n.text() + "'"));
                        }
                    }
                }
                case ANNOUNCEMENT -> events.add(new Event(r.snapshotDate(), "amnesty-announced", ref));
                case COURT_RULINGS -> events.add(new Event(r.decisionDate(), "court: " + r.decision().key()
                        + (r.caseNumber().isEmpty() ? "" : " (case " + r.caseNumber() + ")"), ref));
            }
        }
        events.addAll(laterDetentions(p));
        events.sort(Comparator.comparing(Event::date, Comparator.nullsLast(Comparator.naturalOrder())));
        return events;
    }

    /**
     * A person's NGO rows with different detention dates: each detention after the first is a
     * re-arrest (the NGO wrote the person again with the new detention and centre).
     */
    static List<Event> laterDetentions(Person p) {
        List<PersonRecord> dated = p.recordsOf(SourceKind.NGO_LIST).stream().filter(r -> r.detentionDate() != null)
                .sorted(Comparator.comparing(PersonRecord::detentionDate)).toList();
        List<Event> out = new ArrayList<>();
        for (int i = 1; i < dated.size(); i++) {
            PersonRecord r = dated.get(i);
            if (r.detentionDate().isAfter(dated.get(0).detentionDate())) {
                out.add(new Event(r.detentionDate(), "re-arrested", Reconciler.ref(r) + ", a second row with another detention date ("
                        + dated.get(0).detentionDate() + " in " + Reconciler.ref(dated.get(0)) + ")"));
            }
        }
        return out;
    }

    /** The timeline with where each event was read: "2025-01-23 released (ngo #12 (…), notes: '…')". */
    public static String textWithSources(List<Event> events) {
        return events.stream().map(e -> (e.date() == null ? "(undated)" : e.date().toString()) + " " + e.what() + " [" + e.source() + "]")
                .collect(Collectors.joining("; "));
    }

    /** Notes that name an event whose date cannot be read, one row each. */
    public static List<ListRow> unreadable(Person p) {
        List<ListRow> out = new ArrayList<>();
        for (PersonRecord r : p.records()) {
            for (NoteEvent n : r.events()) {
                if (!n.readable()) {
                    out.add(new ListRow(p.entityId(), r.name().display(), p.idText(), Reconciler.ref(r), n.problem() + ": '" + n.text() + "'"));
                }
            }
        }
        return out;
    }

    /**
     * True when the person was released and then detained again: by a list's own dates and status,
     * by a re-arrest its notes state, or by a second NGO row with a later detention date.
     */
    public static boolean rearrested(Person p) {
        return p.records().stream().anyMatch(Timeline::rearrested)
                || p.records().stream().flatMap(r -> r.events().stream()).anyMatch(n -> n.readable() && n.what().equals("re-arrested"))
                || !laterDetentions(p).isEmpty();
    }

    /** The timeline in one line: "2025-08-03 detained; 2026-10-02 court: denied (case …)". */
    public static String text(List<Event> events) {
        return events.stream().map(e -> (e.date() == null ? "(undated)" : e.date().toString()) + " " + e.what()).distinct()
                .collect(Collectors.joining("; "));
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
