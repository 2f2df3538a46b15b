package org.rollcall.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Status events read from an NGO's notes column. */
class NoteEventsTest {

    private final NoteEvents defaults = new NoteEvents(Map.of(), List.of(), null);

    @Test
    void theIssuesHistoryReadsAsThreeDatedEvents() {
        List<NoteEvent> events = defaults.read("Excarcelado el 23/01/2025; detenido nuevamente el 09/04/2025; arresto domiciliario desde 12/06/2025");
        assertThat(events).extracting(NoteEvent::what).containsExactly("released", "re-arrested", "house-arrest");
        assertThat(events).extracting(NoteEvent::date).containsExactly(LocalDate.parse("2025-01-23"), LocalDate.parse("2025-04-09"),
                LocalDate.parse("2025-06-12"));
    }

    @Test
    void aReleaseWithItsConditionsAfterTheDateIsOneDatedEvent() {
        // given the trial's note: the conditions come after the release's date, then a re-arrest
        List<NoteEvent> events = defaults.read("excarcelada el 3 de mayo de 2025 con régimen de presentación; detenida nuevamente el 20/08/2025");
        // then two dated events, the release named by its conditions, and nothing unreadable
        assertThat(events).extracting(e -> e.date() + " " + e.what()).containsExactly("2025-05-03 conditional-release", "2025-08-20 re-arrested");
        assertThat(events).allMatch(NoteEvent::readable);
        assertThat(defaults.read("liberado el 05/08/2024 con arresto domiciliario")).extracting(e -> e.date() + " " + e.what())
                .containsExactly("2024-08-05 house-arrest");
        // while a re-arrest after a dated release, with no date of its own, stays a second, undated event
        assertThat(defaults.read("le dieron libertad el 05-08-2024 y lo agarraron otra vez")).extracting(NoteEvent::what)
                .containsExactly("released", "re-arrested");
    }

    @Test
    void phrasesAreFoundWhateverTheCaseAndAccentsAndDatesInTheCommonFormats() {
        assertThat(defaults.read("RECAPTURADO el 3 de marzo de 2025.")).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.parse("2025-03-03")));
        assertThat(defaults.read("Casa por cárcel desde 2025-02-01")).singleElement().satisfies(e -> assertThat(e.what()).isEqualTo("house-arrest"));
        assertThat(defaults.read("Libertad con medidas cautelares, 5-7-2025")).singleElement()
                .satisfies(e -> assertThat(e.what()).isEqualTo("conditional-release"));
    }

    @Test
    void aSourceWrittenMonthFirstHasItsNotesReadMonthFirstNeverDayFirst() {
        NoteEvents us = new NoteEvents(Map.of(), List.of("MM/dd/yyyy", "M/d/yyyy"), null);
        // "2/1/2025" in a source whose dates are month first is 1 February, not 2 January
        assertThat(us.read("Released on 2/1/2025")).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.parse("2025-02-01")));
        // a date the source's formats cannot read is unreadable, never read the other way round
        assertThat(us.read("Released on 25/01/2025")).singleElement().satisfies(e -> assertThat(e.readable()).isFalse());
        // an ISO source is no month-first list: its notes' 12/05/2025 is read day first, as before
        NoteEvents iso = new NoteEvents(Map.of(), List.of("yyyy-MM-dd"), null);
        assertThat(iso.read("Excarcelado el 12/05/2025")).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.parse("2025-05-12")));
        // while a day-first source keeps reading its own way
        assertThat(defaults.read("Excarcelado el 2/1/2025")).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.parse("2025-01-02")));
    }

    @Test
    void englishNotesWithTheMonthInWordsAreReadWhateverTheSourcesFormats() {
        NoteEvents us = new NoteEvents(Map.of(), List.of("MM/dd/yyyy"), null);
        assertThat(us.read("Released on May 19, 2025")).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.parse("2025-05-19")));
        assertThat(defaults.read("Freed on 3 March 2025; re-detained Sept 9, 2025")).extracting(e -> e.date() + " " + e.what())
                .containsExactly("2025-03-03 released", "2025-09-09 re-arrested");
    }

    @Test
    void anEventWithoutAReadableDateIsKeptWithItsProblem() {
        List<NoteEvent> events = defaults.read("Excarcelado en enero; detenido nuevamente el 31/02/2025");
        assertThat(events).hasSize(2).noneMatch(NoteEvent::readable);
        assertThat(events.get(0).problem()).contains("no date");
        assertThat(events.get(1).problem()).contains("31/02/2025");
    }

    @Test
    void textWithoutAnEventPhraseIsNoEvent() {
        assertThat(defaults.read("Padre de dos hijos; visita el 02/02/2025")).isEmpty();
    }

    @Test
    void aSourcesOwnPhrasesReplaceTheDefaultsOfThatEvent() {
        NoteEvents own = new NoteEvents(Map.of("re-arrested", List.of("volvió a prisión")), List.of("dd/MM/yy"), 1940);
        assertThat(own.read("volvio a prision el 09/04/25")).singleElement().satisfies(e -> {
            assertThat(e.what()).isEqualTo("re-arrested");
            assertThat(e.date()).isEqualTo(LocalDate.parse("2025-04-09"));
        });
        assertThat(own.read("recapturado el 09/04/2025")).isEmpty();
    }

    @Test
    void commonWaysOfSayingBackInPrisonAreReArrestsAndAnUndatedOneKeepsItsEvent() {
        List<NoteEvent> events = defaults.read("Excarcelado el 03-10-2026; volvió a prisión");
        assertThat(events).extracting(NoteEvent::what).containsExactly("released", "re-arrested");
        assertThat(events.get(1).readable()).isFalse();
        assertThat(events.get(1).date()).isNull();
        assertThat(defaults.read("Redetenida el 12/05/2025")).singleElement().satisfies(e -> assertThat(e.what()).isEqualTo("re-arrested"));
        assertThat(defaults.read("Nuevamente privado de libertad el 2/2/2025")).singleElement()
                .satisfies(e -> assertThat(e.what()).isEqualTo("re-arrested"));
        assertThat(defaults.read("Boleta de excarcelación del 15/01/2025")).singleElement()
                .satisfies(e -> assertThat(e.what()).isEqualTo("released"));
        assertThat(defaults.read("Detención domiciliaria desde 01/03/2025")).singleElement()
                .satisfies(e -> assertThat(e.what()).isEqualTo("house-arrest"));
    }

    @Test
    void twoEventsInOneClauseEachKeepTheirOwnDate() {
        List<NoteEvent> events = defaults.read("liberado el 03/10/2024 y aprehendido de nuevo el 05/01/2025");
        assertThat(events).extracting(NoteEvent::what).containsExactly("released", "re-arrested");
        assertThat(events).extracting(NoteEvent::date).containsExactly(LocalDate.parse("2024-10-03"), LocalDate.parse("2025-01-05"));
        List<NoteEvent> comma = defaults.read("Liberado 02/11/2025, recapturado 13/12/2025");
        assertThat(comma).extracting(NoteEvent::what).containsExactly("released", "re-arrested");
        assertThat(comma).extracting(NoteEvent::date).containsExactly(LocalDate.parse("2025-11-02"), LocalDate.parse("2025-12-13"));
    }

    @Test
    void aDateBeforeTheOnlyEventPhraseIsNotTakenWhenOneFollowsIt() {
        assertThat(defaults.read("Detenido el 01/02/2024, liberado el 03/05/2025")).singleElement().satisfies(e -> {
            assertThat(e.what()).isEqualTo("released");
            assertThat(e.date()).isEqualTo(LocalDate.parse("2025-05-03"));
        });
        assertThat(defaults.read("23/01/2025: excarcelado con medidas cautelares")).singleElement().satisfies(e -> {
            assertThat(e.what()).as("phrases sharing one date are one event, the longest naming it").isEqualTo("conditional-release");
            assertThat(e.date()).isEqualTo(LocalDate.parse("2025-01-23"));
        });
    }

    @Test
    void aReArrestReadsHoweverTheNoteWordsIt() {
        for (String note : List.of("Lo aprehendieron otra vez el 03/03/2025",
                "nuevamente fue capturada el 03/03/2025", "lo volvieron a detener el 03/03/2025", "Re-capturado 03/03/2025",
                "detained again on 03/03/2025", "la detuvieron de nuevo el 3 de marzo de 2025")) {
            assertThat(defaults.read(note)).as(note).singleElement().satisfies(e -> {
                assertThat(e.what()).isEqualTo("re-arrested");
                assertThat(e.date()).isEqualTo(LocalDate.parse("2025-03-03"));
            });
        }
    }

    @Test
    void aReArrestWithoutADateIsUnreadableNotLost() {
        assertThat(defaults.read("lo volvieron a agarrar en julio")).singleElement().satisfies(e -> {
            assertThat(e.what()).isEqualTo("re-arrested");
            assertThat(e.readable()).isFalse();
        });
    }

    @Test
    void anArrestWordAndAnAgainWordApartAreNoReArrest() {
        assertThat(defaults.read("detenido desde 2024, nuevamente trasladado el 03/03/2025")).isEmpty();
        assertThat(defaults.read("Excarcelado el 23/01/2025; nuevamente en casa por cárcel desde 12/06/2025"))
                .extracting(NoteEvent::what).containsExactly("released", "house-arrest");
    }

    @Test
    void aJobFilesOwnReArrestPhrasesReplaceTheGeneralReading() {
        NoteEvents own = new NoteEvents(Map.of("re-arrested", List.of("reingreso")), List.of(), null);

        assertThat(own.read("lo aprehendieron otra vez el 03/03/2025")).isEmpty();
        assertThat(own.read("reingreso 03/03/2025")).singleElement().satisfies(e -> assertThat(e.what()).isEqualTo("re-arrested"));
    }

    @Test
    void aReleaseInOtherCommonWordsReads() {
        for (String note : List.of("Salió de prisión el 03/03/2025", "la excarcelaron el 03/03/2025", "obtuvo su libertad el 03/03/2025",
                "quedó en libertad 03/03/2025", "en libertad desde el 03/03/2025")) {
            assertThat(defaults.read(note)).as(note).singleElement().satisfies(e -> assertThat(e.what()).isEqualTo("released"));
        }
        assertThat(defaults.read("privado de libertad desde el 03/03/2025")).isEmpty();
    }

    @Test
    void anArrestWordAndAnAgainWordThatSayAnythingElseAreNoReArrest() {
        for (String note : List.of("Detenida, de nuevo trasladada a El Helicoide el 03/03/2025",
                "Privado de libertad, nuevamente aislado el 03/03/2025", "su detención fue nuevamente diferida el 03/03/2025",
                "reingresó al penal tras su hospitalización el 03/03/2025")) {
            assertThat(defaults.read(note)).as(note).isEmpty();
        }
    }

    @Test
    void aNegatedReleaseIsNoRelease() {
        assertThat(defaults.read("no lo liberaron el 03/03/2025 pese a la boleta")).isEmpty();
        assertThat(defaults.read("nunca fue excarcelado; 03/03/2025")).isEmpty();
    }

    @Test
    void aReleaseAndAReArrestSharingOneDateAreNamedByTheLongerWords() {
        assertThat(defaults.read("lo liberaron y lo volvieron a detener el 03/03/2025")).extracting(NoteEvent::what)
                .containsExactly("re-arrested");
    }

    @Test
    void aReArrestWrittenAfterADatedReleaseWithoutADateOfItsOwnIsUndatedNotTheReleasesDate() {
        List<NoteEvent> events = defaults.read("Le dieron libertad el 05-08-2024 y lo agarraron otra vez");

        assertThat(events).extracting(NoteEvent::what).containsExactly("released", "re-arrested");
        assertThat(events).filteredOn(e -> e.what().equals("released")).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.parse("2024-08-05")));
        assertThat(events).filteredOn(e -> e.what().equals("re-arrested")).singleElement()
                .satisfies(e -> assertThat(e.date()).isNull());
    }

    @org.junit.jupiter.api.Test
    void anUndatedSecondDetentionOnARowIsThatRowsDetentionUnlessTheNotesNameARelease() {
        java.time.LocalDate detained = java.time.LocalDate.parse("2025-05-20");
        // "Segunda detención" on the row written for the new arrest: the row's own detention date
        assertThat(defaults.read("Segunda detención", detained)).singleElement().satisfies(e -> {
            assertThat(e.what()).isEqualTo("re-arrested");
            assertThat(e.date()).isEqualTo(detained);
            assertThat(e.readable()).isTrue();
        });
        // with a release in the notes the re-arrest came after this row's detention: its date stays unknown
        assertThat(defaults.read("Excarcelado el 03/10/2025; volvió a prisión", detained))
                .anySatisfy(e -> assertThat(e.what().equals("re-arrested") && !e.readable()).isTrue());
        // without a detention date nothing is guessed
        assertThat(defaults.read("Segunda detención")).singleElement().satisfies(e -> assertThat(e.readable()).isFalse());
    }
}
