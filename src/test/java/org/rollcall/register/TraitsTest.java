package org.rollcall.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TraitsTest {

    private static final Traits DANIEL = new Traits(LocalDate.of(1968, 2, 3), "M", LocalDate.of(2024, 8, 20), "zulia", "terrorismo");

    @Test
    void birthDatesOfAnotherYearTellTwoRecordsApartEvenWithOneCedula() {
        Traits other = new Traits(LocalDate.of(2001, 2, 3), "M", LocalDate.of(2024, 8, 20), "zulia", "terrorismo");
        assertThat(DANIEL.toldApart(other, true)).isTrue();
        assertThat(other.toldApart(DANIEL, true)).isTrue();
    }

    @Test
    void aBirthDateOneSlipAwayDoesNotTellThemApart() {
        Traits slip = new Traits(LocalDate.of(1968, 2, 13), "M", LocalDate.of(2024, 8, 20), "zulia", "terrorismo");
        assertThat(DANIEL.toldApart(slip, false)).isFalse();
        assertThat(slip.toldApart(DANIEL, false)).isFalse();
    }

    @Test
    void aKnownSexThatDiffersTellsThemApartUnlessTheyShareACedula() {
        Traits woman = new Traits(LocalDate.of(1968, 2, 3), "F", LocalDate.of(2024, 8, 20), "zulia", "terrorismo");
        Traits unknown = new Traits(LocalDate.of(1968, 2, 3), "", LocalDate.of(2024, 8, 20), "zulia", "terrorismo");
        assertThat(DANIEL.toldApart(woman, false)).isTrue();
        assertThat(woman.toldApart(DANIEL, false)).isTrue();
        assertThat(DANIEL.toldApart(woman, true)).isFalse();
        assertThat(woman.toldApart(unknown, false)).isFalse();
        assertThat(unknown.toldApart(woman, false)).isFalse();
    }

    @Test
    void aDetentionThatDiffersInTwoWaysTellsThemApartOneWayDoesNot() {
        Traits twoWays = new Traits(null, "", LocalDate.of(2025, 9, 30), "lara", "terrorismo");
        Traits oneWay = new Traits(null, "", LocalDate.of(2025, 9, 30), "zulia", "terrorismo");
        assertThat(DANIEL.toldApart(twoWays, false)).isTrue();
        assertThat(twoWays.toldApart(DANIEL, false)).isTrue();
        assertThat(DANIEL.toldApart(oneWay, false)).isFalse();
        assertThat(oneWay.toldApart(DANIEL, false)).isFalse();
    }

    @Test
    void nothingKnownTellsNothingApart() {
        assertThat(Traits.NONE.toldApart(DANIEL, false)).isFalse();
        assertThat(DANIEL.toldApart(Traits.NONE, false)).isFalse();
    }

    @Test
    void theStoredFormReadsBack() {
        assertThat(Traits.decode(DANIEL.encode())).isEqualTo(DANIEL);
        assertThat(Traits.decode(Traits.NONE.encode())).isEqualTo(Traits.NONE);
        assertThat(Traits.decode(null)).isEqualTo(Traits.NONE);
        assertThat(Traits.decode("garbage")).isEqualTo(Traits.NONE);
    }
}
