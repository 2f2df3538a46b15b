package org.rollcall.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.rollcall.domain.SourceKind;
import org.rollcall.normalize.NoteEvent;
import org.rollcall.normalize.PersonRecord;

/**
 * A person's NGO rows with different detention dates: each detention after the first is a re-arrest
 * (the NGO wrote the person again with the new detention and centre) when a list says the person
 * was out of prison before it — a release date on or before it, a release (or house arrest, a
 * conditional release) its notes name, dated on or before it or undated on a row of an earlier
 * detention ("Excarcelada", "excarcelada en marzo"), a re-arrest its notes state (which says a
 * release came first, dated or not), or a row of an earlier detention whose status is out. Without
 * any of these the later date is unexplained, not a re-arrest: one date is mistyped as often as not
 * (a volunteer copying a row to the next month's sheet two days off), and {@link DetentionDates}
 * lists it for someone to check.
 *
 * @param first the row of the first detention, or {@code null} when no row has a detention date
 * @param rearrests the rows of later detentions the lists explain, by date
 * @param unexplained the rows of later detentions nothing explains, by date
 */
record SecondDetentions(PersonRecord first, List<PersonRecord> rearrests, List<PersonRecord> unexplained) {

    /** The notes' events of someone out of prison. */
    private static final Set<String> OUT_EVENTS = Set.of("released", "house-arrest", "conditional-release");

    static SecondDetentions of(Person p) {
        List<PersonRecord> dated = p.recordsOf(SourceKind.NGO_LIST).stream().filter(r -> r.detentionDate() != null)
                .sorted(Comparator.comparing(PersonRecord::detentionDate)).toList();
        if (dated.size() < 2) {
            return new SecondDetentions(dated.isEmpty() ? null : dated.get(0), List.of(), List.of());
        }
        List<PersonRecord> rearrests = new ArrayList<>();
        List<PersonRecord> unexplained = new ArrayList<>();
        for (PersonRecord r : dated.subList(1, dated.size())) {
            if (r.detentionDate().isAfter(dated.get(0).detentionDate())) {
                (outBefore(p, r.detentionDate()) ? rearrests : unexplained).add(r);
            }
        }
        return new SecondDetentions(dated.get(0), rearrests, unexplained);
    }

    /** True when a list says the person was out of prison before {@code detained} (see the class). */
    private static boolean outBefore(Person p, LocalDate detained) {
        for (PersonRecord r : p.recordsOf(SourceKind.NGO_LIST)) {
            boolean earlier = r.detentionDate() != null && r.detentionDate().isBefore(detained);
            if (r.releaseDate() != null && !r.releaseDate().isAfter(detained) || earlier && Timeline.isOut(r.status())) {
                return true;
            }
            for (NoteEvent n : r.events()) {
                boolean out = OUT_EVENTS.contains(n.what());
                if (n.what().equals("re-arrested") || out && (n.date() != null ? !n.date().isAfter(detained) : earlier)) {
                    return true;
                }
            }
        }
        return false;
    }
}
