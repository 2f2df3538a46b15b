package org.rollcall.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Notes that deny a release, and notes whose re-arrest is dated before the release. */
class NoteEventsOrderTest {

    private final NoteEvents defaults = new NoteEvents(Map.of(), List.of("dd/MM/yyyy"), null);

    @Test
    void noHaSidoExcarceladoIsNoRelease() {
        assertThat(defaults.read("no ha sido excarcelado")).isEmpty();
        assertThat(defaults.read("aún no ha sido liberada")).isEmpty();
        assertThat(defaults.read("has not been released")).isEmpty();
    }

    @Test
    void aReArrestDatedBeforeTheReleaseIsAnUnreadableEventNamingBothDates() {
        List<NoteEvent> events = defaults.read("excarcelada el 3/2/2025; recapturada el 10/01/2025");
        assertThat(events).extracting(NoteEvent::what).containsExactly("released", "re-arrested");
        assertThat(events.get(0).readable()).isTrue();
        assertThat(events.get(1).date()).isNull();
        assertThat(events.get(1).problem()).contains("2025-01-10", "2025-02-03");
    }

    @Test
    void aReArrestAfterTheReleaseIsKept() {
        List<NoteEvent> events = defaults.read("excarcelada el 3/2/2025; recapturada el 10/05/2025");
        assertThat(events).allMatch(NoteEvent::readable);
        // a re-arrest with no release in the notes is kept whatever its date
        assertThat(defaults.read("recapturada el 10/01/2025")).allMatch(NoteEvent::readable);
    }
}
