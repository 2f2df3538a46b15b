package org.rollcall.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.rollcall.domain.SourceKind;
import org.rollcall.domain.Status;
import org.rollcall.normalize.NoteEvent;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.text.Messages;

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
        return of(p, Reconciler.ENGLISH);
    }

    /** The timeline with its words (events, where each was read) in a report's language. */
    public static List<Event> of(Person p, Messages m) {
        return events(p, m, true);
    }

    /**
     * The date of the timeline's latest dated event, or {@code null}: {@link #of}'s dates without
     * its words (every list row of a person carries it; at a million records writing each event's
     * words to find one date was a fifth of the reconciliation's time).
     */
    static LocalDate latest(Person p) {
        return events(p, Reconciler.ENGLISH, false).stream().map(Event::date).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(null);
    }

    /** The events, with their words and sources, or with {@code ""} for both when {@code words} is false (the same dates). */
    private static List<Event> events(Person p, Messages m, boolean words) {
        List<Event> events = new ArrayList<>();
        PersonRecord current = current(p);
        for (PersonRecord r : p.records()) {
            String ref = words ? Reconciler.ref(r, m) : "";
            switch (r.kind()) {
                case NGO_LIST, PERSON_LIST -> {
                    boolean rearrest = rearrested(r);
                    if (r.releaseDate() != null) {
                        events.add(new Event(r.releaseDate(), word(m, "released", words), ref));
                    }
                    if (r.detentionDate() != null) {
                        events.add(new Event(r.detentionDate(), word(m, rearrest ? "re-arrested" : "detained", words), ref));
                    }
                    // the list's status on its date is the person's now only on the row that says where the person is now
                    if (r.status() != null && r.snapshotDate() != null && (r.kind() != SourceKind.NGO_LIST || r == current
                            || current.snapshotDate() != null && r.snapshotDate().isBefore(current.snapshotDate())) // an older list's word
                            && (r.status() != Status.DETAINED || rearrest && r.detentionDate() == null)) {
                        events.add(new Event(r.snapshotDate(), word(m, rearrest && r.status() == Status.DETAINED ? "re-arrested" : r.status().key(),
                                words), ref));
                    }
                    for (NoteEvent n : r.events()) {
                        if (n.readable()) {
                            events.add(new Event(n.date(), word(m, n.what(), words), words ? ref + m.format("event.notes", n.text()) : ""));
                        }
                    }
                }
                case ANNOUNCEMENT, WITHDRAWN -> events.add(new Event(r.snapshotDate(), word(m, "amnesty-announced", words), ref));
                // a withdrawal that found no entry of the person withdrew nothing: said as such (and a field problem)
                case WITHDRAWAL -> events.add(new Event(r.snapshotDate(), word(m, p.on(SourceKind.WITHDRAWN) ? "withdrawn" : "withdrawal-unmatched", words), ref));
                case CORRECTION -> events.add(new Event(r.snapshotDate(), word(m, "corrected", words), ref));
                case OTHER_MEASURE -> events.add(new Event(r.snapshotDate(), word(m, "other-measure-announced", words), ref));
                case COURT_RULINGS -> events.add(new Event(r.decisionDate(), !words ? "" : m.format("event.court", Reconciler.decision(m, r.decision()))
                        + (r.caseNumber().isEmpty() ? "" : " (" + m.format("ruling.case", r.caseNumber()).substring(2) + ")"), ref));
            }
        }
        events.addAll(laterDetentions(p, m, words));
        events.sort(Comparator.comparing(Event::date, Comparator.nullsLast(Comparator.naturalOrder())));
        return events;
    }

    private static String word(Messages m, String what, boolean words) {
        return words ? event(m, what) : "";
    }

    /**
     * A person's NGO rows with different detention dates, where the lists say the person was out
     * before the later one: each such detention after the first is a re-arrest (the NGO wrote the
     * person again with the new detention and centre). Two rows whose detention dates differ with no
     * release before the later one (no release date, no release or re-arrest in the notes, no
     * earlier row showing the person out) are not a re-arrest: one date is mistyped as often as
     * not (a volunteer copying a row to the next month's sheet), and {@link #unexplainedDetentions}
     * lists them for someone to check.
     */
    static List<Event> laterDetentions(Person p, Messages m) {
        return laterDetentions(p, m, true);
    }

    private static List<Event> laterDetentions(Person p, Messages m, boolean words) {
        List<PersonRecord> dated = datedNgoRows(p);
        List<Event> out = new ArrayList<>();
        for (int i = 1; i < dated.size(); i++) {
            PersonRecord r = dated.get(i);
            if (r.detentionDate().isAfter(dated.get(0).detentionDate()) && outBefore(p, r.detentionDate())) {
                out.add(new Event(r.detentionDate(), word(m, "re-arrested", words), !words ? "" : Reconciler.ref(r, m)
                        + m.format("event.second-row", dated.get(0).detentionDate().toString(), Reconciler.ref(dated.get(0), m))));
            }
        }
        return out;
    }

    /**
     * The person's NGO rows whose detention date follows the first one's with nothing in the lists
     * saying the person was out in between ({@link #laterDetentions} does not count them), each
     * beside the first row; empty for most people.
     */
    static List<PersonRecord> unexplainedDetentions(Person p) {
        List<PersonRecord> dated = datedNgoRows(p);
        List<PersonRecord> out = new ArrayList<>();
        for (int i = 1; i < dated.size(); i++) {
            PersonRecord r = dated.get(i);
            if (r.detentionDate().isAfter(dated.get(0).detentionDate()) && !outBefore(p, r.detentionDate())) {
                out.add(r);
            }
        }
        return out;
    }

    private static List<PersonRecord> datedNgoRows(Person p) {
        return p.recordsOf(SourceKind.NGO_LIST).stream().filter(r -> r.detentionDate() != null)
                .sorted(Comparator.comparing(PersonRecord::detentionDate)).toList();
    }

    /**
     * True when a list says the person was out of prison before {@code detained}: a release date on
     * or before it, a release (or house arrest, a conditional release) its notes date on or before
     * it, a re-arrest its notes state (which says a release came first, dated or not), or a row of an
     * earlier detention whose status is out.
     */
    private static boolean outBefore(Person p, LocalDate detained) {
        for (PersonRecord r : p.recordsOf(SourceKind.NGO_LIST)) {
            if (r.releaseDate() != null && !r.releaseDate().isAfter(detained)
                    || r.detentionDate() != null && r.detentionDate().isBefore(detained) && isOut(r.status())) {
                return true;
            }
            for (NoteEvent n : r.events()) {
                if (n.what().equals("re-arrested") || n.date() != null && !n.date().isAfter(detained) && OUT_EVENTS.contains(n.what())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The notes' events of someone out of prison. */
    private static final Set<String> OUT_EVENTS = Set.of("released", "house-arrest", "conditional-release");

    /** The timeline with where each event was read: "2025-01-23 released (ngo #12 (…), notes: '…')". */
    public static String textWithSources(List<Event> events) {
        return textWithSources(events, Reconciler.ENGLISH);
    }

    /** {@link #textWithSources(List)} in a report's language. */
    public static String textWithSources(List<Event> events, Messages m) {
        return events.stream().map(e -> (e.date() == null ? m.get("event.undated") : e.date().toString()) + " " + e.what() + " [" + e.source() + "]")
                .collect(Collectors.joining("; "));
    }

    /** Notes that name an event whose date cannot be read, one row each. */
    public static List<ListRow> unreadable(Person p) {
        return unreadable(p, Reconciler.ENGLISH);
    }

    /** {@link #unreadable(Person)} with where each note was read in a report's language. */
    public static List<ListRow> unreadable(Person p, Messages m) {
        List<ListRow> out = new ArrayList<>();
        for (PersonRecord r : p.records()) {
            for (NoteEvent n : r.events()) {
                if (!n.readable()) {
                    out.add(new ListRow(p.entityId(), r.name().display(), p.idText(), Reconciler.ref(r, m), n.problem() + ": '" + n.text() + "'"));
                }
            }
        }
        return out;
    }

    /**
     * True when the person was released and then detained again: by a list's own dates and status,
     * by a re-arrest its notes state (also one whose date cannot be read: "excarcelado el
     * 03-10-2026; volvió a prisión"), or by a second NGO row with a later detention date after a
     * release the lists state ({@link #laterDetentions}).
     */
    public static boolean rearrested(Person p) {
        return p.records().stream().anyMatch(Timeline::rearrested)
                || p.records().stream().flatMap(r -> r.events().stream()).anyMatch(n -> n.what().equals("re-arrested"))
                || !laterDetentions(p, Reconciler.ENGLISH).isEmpty() || outThenHeld(p);
    }

    /** An older list shows the person out (released, conditionally, at home) and a later list detained. */
    private static boolean outThenHeld(Person p) {
        List<PersonRecord> ngo = p.recordsOf(SourceKind.NGO_LIST);
        for (PersonRecord before : ngo) {
            boolean out = isOut(before.status());
            for (PersonRecord after : ngo) {
                if (out && after.status() == Status.DETAINED && before.snapshotDate() != null && after.snapshotDate() != null
                        && after.snapshotDate().isAfter(before.snapshotDate())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The timeline in one line: "2025-08-03 detained; 2026-10-02 court: denied (case …)". */
    public static String text(List<Event> events) {
        return text(events, Reconciler.ENGLISH);
    }

    /** {@link #text(List)} in a report's language. */
    public static String text(List<Event> events, Messages m) {
        return events.stream().map(e -> (e.date() == null ? m.get("event.undated") : e.date().toString()) + " " + e.what()).distinct()
                .collect(Collectors.joining("; "));
    }

    private static String event(Messages m, String what) {
        return m.has("event." + what) ? m.get("event." + what) : what;
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

    /**
     * The NGO record that still lists the person as detained on or after {@code since}, or {@code null}:
     * the row that says where the person is now ({@link #current}) when its status is detained, or,
     * without a status, its notes do not end with a release.
     */
    public static PersonRecord stillDetained(Person p, LocalDate since) {
        PersonRecord r = current(p);
        boolean held = r != null && (r.status() == Status.DETAINED || r.status() == null && !releasedByNotes(r));
        return held && (since == null || r.snapshotDate() == null || !r.snapshotDate().isBefore(since)) ? r : null;
    }

    /**
     * True when the row that says where the person is now ({@link #current}) shows the person out of
     * prison: released, conditionally or under house arrest, by its status or by its notes.
     */
    public static boolean out(Person p) {
        PersonRecord r = current(p);
        return r != null && (isOut(r.status()) || releasedByNotes(r));
    }

    /**
     * True for a status of someone out of prison: released, with or without conditions, under house
     * arrest, or free (in full freedom, "libertad plena": released without any measure).
     */
    public static boolean isOut(Status s) {
        return s == Status.RELEASED || s == Status.CONDITIONAL_RELEASE || s == Status.HOUSE_ARREST || s == Status.FREE;
    }

    /**
     * Where the NGO says the person is now, as a status key (detained, released, house-arrest,
     * conditional-release, unknown), from the row that says so ({@link #current}): its status
     * column, else the last event its notes name; {@code null} when it says nothing.
     */
    public static String ngoStatus(Person p) {
        PersonRecord r = current(p);
        if (r == null) {
            return null;
        }
        if (r.status() != null) {
            return r.status().key();
        }
        List<NoteEvent> notes = r.events().stream().filter(NoteEvent::readable).toList();
        return notes.isEmpty() ? null : notes.get(notes.size() - 1).what().equals("re-arrested") ? Status.DETAINED.key()
                : notes.get(notes.size() - 1).what();
    }

    /**
     * The NGO row that says where the person is now, or {@code null} for a person on no NGO list.
     * A person released and detained again is often written twice, the old row still saying
     * "released": of several rows, those of the latest list (its snapshot date); of these, the one
     * naming the latest date (its detention, its release, a dated event of its notes) when every one
     * names a date, else the lower row (a list grows at the bottom) — never the row that happens to
     * come first.
     */
    public static PersonRecord current(Person p) {
        return p.current(Timeline::findCurrent);
    }

    private static PersonRecord findCurrent(Person p) {
        List<PersonRecord> ngo = p.recordsOf(SourceKind.NGO_LIST);
        if (ngo.isEmpty()) {
            return null;
        }
        LocalDate list = ngo.stream().map(PersonRecord::snapshotDate).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        List<PersonRecord> latest = ngo.stream().filter(r -> Objects.equals(r.snapshotDate(), list)).toList();
        Comparator<PersonRecord> lower = PersonRecord.READING_ORDER; // a later sheet of one workbook is lower
        // dates decide only when every row names one: a newer row written without dates is not beaten by an older dated one
        return latest.stream().allMatch(r -> lastDate(r) != null)
                ? latest.stream().max(Comparator.comparing(Timeline::lastDate).thenComparing(lower)).orElseThrow()
                : latest.stream().max(lower).orElseThrow();
    }


    /** The latest date a row names: its detention, its release, a dated event of its notes; {@code null} when none. */
    private static LocalDate lastDate(PersonRecord r) {
        LocalDate last = r.detentionDate();
        if (r.releaseDate() != null && (last == null || r.releaseDate().isAfter(last))) {
            last = r.releaseDate();
        }
        for (NoteEvent n : r.events()) {
            if (n.readable() && n.date() != null && (last == null || n.date().isAfter(last))) {
                last = n.date();
            }
        }
        return last;
    }

    /** Events after which a person is out of prison (with or without conditions). */
    private static final Set<String> OUT = Set.of("released", "conditional-release", "house-arrest");

    /**
     * True when a row without a status says, by the last event its notes name, that the person is out
     * (released, conditionally or under house arrest): "excarcelado el 03-10-2026". A re-arrest
     * named after it ("…; volvió a prisión") keeps the person detained.
     */
    public static boolean releasedByNotes(PersonRecord r) {
        return r.status() == null && !r.events().isEmpty() && OUT.contains(r.events().get(r.events().size() - 1).what());
    }
}
