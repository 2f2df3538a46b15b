package org.rollcall.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rollcall.reconcile.ListRow;

/** A person's place among the people's rows, found by the id's number or, for any other id, by the id itself. */
class PersonPlacesTest {

    private static ListRow row(String id) {
        return new ListRow(id, "", "", "", "");
    }

    @Test
    void registerIdsAreFoundByTheirNumberInAnyOrder() {
        // given
        PersonPlaces places = new PersonPlaces();
        places.index(List.of(row("P000007"), row("P000002"), row("P000031")));
        // then
        assertThat(places.placeOf("P000002")).isEqualTo(1);
        assertThat(places.placeOf("P000031")).isEqualTo(2);
        assertThat(places.placeOf("P000007")).isZero();
        assertThat(places.placeOf("P000003")).isEqualTo(-1);
        assertThat(places.placeOf("P999999")).isEqualTo(-1);
    }

    @Test
    void theSameNumberWrittenTwoWaysIsTwoPeople() {
        // given
        PersonPlaces places = new PersonPlaces();
        places.index(List.of(row("P0001"), row("P000001")));
        // then
        assertThat(places.placeOf("P0001")).isZero();
        assertThat(places.placeOf("P000001")).isEqualTo(1);
        assertThat(places.placeOf("P01")).isEqualTo(-1);
    }

    @Test
    void otherIdsHugeNumbersAndBlanksAreFoundByTheIdItself() {
        // given
        PersonPlaces places = new PersonPlaces();
        places.index(List.of(row("A-1"), row("P99999999"), row(""), row("P000001"), row("A-1")));
        // then
        assertThat(places.placeOf("A-1")).isZero();
        assertThat(places.placeOf("P99999999")).isEqualTo(1);
        assertThat(places.placeOf("")).isEqualTo(2);
        assertThat(places.placeOf("P000001")).isEqualTo(3);
        assertThat(places.placeOf(null)).isEqualTo(-1);
    }
}
