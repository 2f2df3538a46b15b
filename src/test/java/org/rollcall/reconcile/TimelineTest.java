package org.rollcall.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rollcall.domain.RulingDecision;
import org.rollcall.domain.Status;
import org.rollcall.normalize.NoteEvent;

/** Each event of a person's timeline, and when a person counts as released and re-arrested. */
class TimelineTest {

    private static final LocalDate LIST_DATE = LocalDate.parse("2026-11-15");

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static List<String> whats(Person p) {
        return Timeline.of(p).stream().map(e -> e.date() + " " + e.what()).toList();
    }

    @Test
    void detentionAndReleaseDatesAreEvents() {
        Person p = People.person().ngoRow(d("2024-08-03"), Status.RELEASED, d("2025-01-23"), LIST_DATE, List.of()).build();
        assertThat(whats(p)).containsExactly("2024-08-03 detained", "2025-01-23 released", "2026-11-15 released");
        assertThat(Timeline.rearrested(p)).isFalse();
    }

    @Test
    void aDetentionAfterTheReleaseIsAReArrest() {
        Person p = People.person().ngoRow(d("2025-04-09"), Status.DETAINED, d("2025-01-23"), LIST_DATE, List.of()).build();
        assertThat(whats(p)).containsExactly("2025-01-23 released", "2025-04-09 re-arrested");
        assertThat(Timeline.rearrested(p)).isTrue();
    }

    @Test
    void aListThatStillShowsDetainedSomeoneReleasedBeforeItsDateIsAReArrest() {
        Person p = People.person().ngoRow(null, Status.DETAINED, d("2025-01-23"), LIST_DATE, List.of()).build();
        assertThat(whats(p)).containsExactly("2025-01-23 released", "2026-11-15 re-arrested");
        assertThat(Timeline.rearrested(p)).isTrue();
    }

    @Test
    void houseArrestOnTheListsDateIsAnEvent() {
        Person p = People.person().ngoRow(d("2024-08-03"), Status.HOUSE_ARREST, null, LIST_DATE, List.of()).build();
        assertThat(whats(p)).containsExactly("2024-08-03 detained", "2026-11-15 house-arrest");
    }

    @Test
    void announcementsAndRulingsAreEventsOnTheirDates() {
        Person p = People.person().listed().ruling(RulingDecision.GRANTED, "2026-10-02", "").build();
        assertThat(whats(p)).containsExactly("2026-10-02 court: granted (case C-2026-10-02)", "null amnesty-announced");
    }

    @Test
    void notesEventsAreEventsAndAReArrestInTheNotesCounts() {
        Person p = People.person().ngoRow(d("2024-08-03"), Status.HOUSE_ARREST, null, LIST_DATE, List.of(
                new NoteEvent(d("2025-01-23"), "released", "Excarcelado el 23/01/2025", null),
                new NoteEvent(d("2025-04-09"), "re-arrested", "detenido nuevamente el 09/04/2025", null))).build();
        assertThat(whats(p)).containsExactly("2024-08-03 detained", "2025-01-23 released", "2025-04-09 re-arrested", "2026-11-15 house-arrest");
        assertThat(Timeline.rearrested(p)).isTrue();
        assertThat(Timeline.textWithSources(Timeline.of(p))).contains("2025-04-09 re-arrested [ngo #", "notes: 'detenido nuevamente el 09/04/2025'");
    }

    @Test
    void aPersonReleasedThenDetainedAgainAndWrittenTwiceIsHeldNowWhicheverRowComesFirst() {
        // given the old row still saying released (detained 2024-03-10, released 2024-09-01) and a new row detained 2025-02-15
        People twoRows = People.person().ngoRow(d("2024-03-10"), Status.RELEASED, d("2024-09-01"), LIST_DATE, List.of())
                .ngoRow(d("2025-02-15"), Status.DETAINED, null, LIST_DATE, List.of());
        for (Person p : List.of(twoRows.build(), twoRows.reversed())) {
            // then the person is held now: not released, still detained, and the timeline ends with the re-arrest
            assertThat(Timeline.out(p)).isFalse();
            assertThat(Timeline.stillDetained(p, null)).isNotNull();
            assertThat(Timeline.current(p).detentionDate()).isEqualTo(d("2025-02-15"));
            assertThat(whats(p)).contains("2024-09-01 released", "2025-02-15 re-arrested").doesNotContain("2026-11-15 released");
            assertThat(whats(p).get(whats(p).size() - 1)).startsWith("2025-02-15");
        }
    }

    @Test
    void aPersonWhoseNewestRowSaysReleasedIsOutWhicheverRowComesFirst() {
        // given an old row never updated (detained 2024-03-10) and the newer row of the same detention, released 2025-05-20
        People twoRows = People.person().ngoRow(d("2024-03-10"), Status.DETAINED, null, LIST_DATE, List.of())
                .ngoRow(d("2024-03-10"), Status.RELEASED, d("2025-05-20"), LIST_DATE, List.of());
        for (Person p : List.of(twoRows.build(), twoRows.reversed())) {
            assertThat(Timeline.out(p)).isTrue();
            assertThat(Timeline.stillDetained(p, null)).isNull();
        }
    }

    @Test
    void aLowerRowWithoutDatesSaysWhereThePersonIsNowOverAnUpperDatedOneWhicheverIsReadFirst() {
        // given (the review's case) an upper row released 2025-05-03 and a lower row "detained", its re-arrest undated
        People held = People.person().ngoRow(null, Status.RELEASED, d("2025-05-03"), LIST_DATE, List.of())
                .ngoRow(null, Status.DETAINED, null, LIST_DATE, List.of(new NoteEvent(null, "re-arrested", "detenido nuevamente", "no date")));
        // and an upper row detained 2024-06-01 and a lower row "released", undated
        People out = People.person().ngoRow(d("2024-06-01"), Status.DETAINED, null, LIST_DATE, List.of())
                .ngoRow(null, Status.RELEASED, null, LIST_DATE, List.of());
        for (Person p : List.of(held.build(), held.reversed())) {
            assertThat(Timeline.out(p)).isFalse();
            assertThat(whats(p)).doesNotContain("2026-11-15 released");
        }
        for (Person p : List.of(out.build(), out.reversed())) {
            assertThat(Timeline.out(p)).isTrue();
        }
    }

    @Test
    void releasedOnAnOlderListAndDetainedOnANewerOneIsAReArrestWithBothListsWords() {
        People twoLists = People.person().ngoRow(null, Status.RELEASED, null, d("2026-11-14"), List.of())
                .ngoRow(null, Status.DETAINED, null, d("2026-11-22"), List.of());
        for (Person p : List.of(twoLists.build(), twoLists.reversed())) {
            assertThat(Timeline.out(p)).isFalse();
            assertThat(Timeline.rearrested(p)).isTrue();
            assertThat(whats(p)).contains("2026-11-14 released");
        }
    }

    @Test
    void aSecondNgoRowWithALaterDetentionAfterAStatedReleaseIsAReArrestInEitherOrder() {
        // the first row says the person was released before the second row's detention
        People twoRows = People.person().ngoRow(d("2024-08-03"), Status.RELEASED, d("2025-01-23"), LIST_DATE, List.of())
                .ngoRow(d("2025-04-09"), Status.DETAINED, null, LIST_DATE, List.of());
        for (Person p : List.of(twoRows.build(), twoRows.reversed())) {
            assertThat(Timeline.rearrested(p)).isTrue();
            assertThat(whats(p)).contains("2025-04-09 re-arrested");
            assertThat(Timeline.unexplainedDetentions(p)).isEmpty();
        }
        // or the notes state a re-arrest, dated or not
        People noted = People.person().ngoRow(d("2024-08-03"), Status.DETAINED, null, LIST_DATE, List.of())
                .ngoRow(d("2025-04-09"), Status.DETAINED, null, LIST_DATE, List.of(new NoteEvent(null, "re-arrested", "segunda detención", null)));
        for (Person p : List.of(noted.build(), noted.reversed())) {
            assertThat(Timeline.rearrested(p)).isTrue();
        }
        People sameDate = People.person().ngoRow(d("2024-08-03"), Status.DETAINED, null, LIST_DATE, List.of())
                .ngoRow(d("2024-08-03"), Status.DETAINED, null, LIST_DATE, List.of());
        assertThat(Timeline.rearrested(sameDate.build())).isFalse();
    }

    @Test
    void twoDetentionDatesWithNoReleaseBetweenThemAreNoReArrestButAreListedInEitherOrder() {
        // a volunteer copied the person to the next month's sheet two days off; nothing says the person was out
        People twoRows = People.person().ngoRow(d("2026-01-16"), Status.DETAINED, null, LIST_DATE, List.of())
                .ngoRow(d("2026-01-18"), Status.DETAINED, null, LIST_DATE, List.of());
        for (Person p : List.of(twoRows.build(), twoRows.reversed())) {
            assertThat(Timeline.rearrested(p)).isFalse();
            assertThat(whats(p)).doesNotContain("2026-01-18 re-arrested").contains("2026-01-18 detained");
            assertThat(Timeline.unexplainedDetentions(p)).singleElement()
                    .satisfies(r -> assertThat(r.detentionDate()).isEqualTo(d("2026-01-18")));
        }
        // a release dated after the later detention does not explain it
        People releasedLater = People.person().ngoRow(d("2026-01-16"), Status.DETAINED, null, LIST_DATE, List.of())
                .ngoRow(d("2026-01-18"), Status.RELEASED, d("2026-03-01"), LIST_DATE, List.of());
        for (Person p : List.of(releasedLater.build(), releasedLater.reversed())) {
            assertThat(Timeline.rearrested(p)).isFalse();
            assertThat(Timeline.unexplainedDetentions(p)).hasSize(1);
        }
    }

    @Test
    void unreadableNotesAreListedNotDropped() {
        Person p = People.person().ngoRow(null, Status.DETAINED, null, LIST_DATE, List.of(
                new NoteEvent(null, "", "excarcelado el 31/02/2025", "names a released event but its date '31/02/2025' fits no date format"))).build();
        assertThat(Timeline.rearrested(p)).isFalse();
        assertThat(Timeline.unreadable(p)).singleElement().satisfies(r -> assertThat(r.detail()).contains("31/02/2025"));
    }

    @Test
    void aReArrestWhoseDateCannotBeReadStillCounts() {
        // "Excarcelado el 03-10-2026; volvió a prisión": released on a date, re-arrested on none
        Person p = People.person().ngoRow(d("2024-08-03"), null, null, LIST_DATE, List.of(
                new NoteEvent(d("2026-10-03"), "released", "Excarcelado el 03-10-2026", null),
                new NoteEvent(null, "re-arrested", "volvió a prisión", "names a re-arrested event but gives no date"))).build();
        assertThat(Timeline.rearrested(p)).isTrue();
        assertThat(Timeline.unreadable(p)).singleElement().satisfies(r -> assertThat(r.detail()).contains("volvió a prisión"));
    }

    @Test
    void withoutAStatusTheNotesLastEventSaysWhetherThePersonIsStillDetained() {
        List<NoteEvent> released = List.of(new NoteEvent(d("2026-10-03"), "released", "Excarcelado el 03-10-2026", null));
        List<NoteEvent> releasedThenBack = List.of(released.get(0),
                new NoteEvent(null, "re-arrested", "volvió a prisión", "names a re-arrested event but gives no date"));
        Person out = People.person().ngoRow(d("2024-08-03"), null, null, LIST_DATE, released).build();
        Person back = People.person().ngoRow(d("2024-08-03"), null, null, LIST_DATE, releasedThenBack).build();
        Person noNotes = People.person().ngoRow(d("2024-08-03"), null, null, LIST_DATE, List.of()).build();
        assertThat(Timeline.stillDetained(out, d("2026-01-01"))).isNull();
        assertThat(Timeline.stillDetained(back, d("2026-01-01"))).isNotNull();
        assertThat(Timeline.stillDetained(noNotes, d("2026-01-01"))).isNotNull();
        // a status column is the list's own word: notes do not override it
        Person listedDetained = People.person().ngoRow(d("2024-08-03"), Status.DETAINED, null, LIST_DATE, released).build();
        assertThat(Timeline.stillDetained(listedDetained, d("2026-01-01"))).isNotNull();
    }

    @Test
    void someoneInFullFreedomIsOutOfPrisonAsSomeoneReleasedIs() {
        // given "En libertad plena" mapped to free (trial 10: 3 of 7 released people were left out of listed-released)
        Person p = People.person().ngoRow(d("2024-08-03"), Status.FREE, null, LIST_DATE, List.of()).listed().build();
        assertThat(Timeline.out(p)).isTrue();
        assertThat(Timeline.isOut(Status.FREE)).isTrue();
        assertThat(Timeline.isOut(Status.DETAINED)).isFalse();
        assertThat(Timeline.isOut(Status.UNKNOWN)).isFalse();
    }

    @Test
    void freeOnAnOlderListAndDetainedOnALaterOneIsAReArrest() {
        Person p = People.person().ngoRow(d("2024-08-03"), Status.FREE, null, d("2025-06-01"), List.of())
                .ngoRow(d("2024-08-03"), Status.DETAINED, null, d("2025-09-01"), List.of()).build();
        assertThat(Timeline.rearrested(p)).isTrue();
    }
}
