package org.rollcall.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rollcall.domain.Field;
import org.rollcall.normalize.PersonRecord;

class NameBearersTest {

    private final NameBearers bearers = new NameBearers(Rules.CONFIG.comparisons());

    private boolean agree(String a, String b) {
        List<PersonRecord> rs = List.of(Records.person(a, null), Records.person(b, null));
        Object[][] prepared = new Object[2][];
        for (int i = 0; i < 2; i++) {
            PersonRecord r = rs.get(i);
            prepared[i] = Rules.CONFIG.comparisons().stream().map(c -> c.prepare(r)).toArray();
        }
        boolean forward = bearers.agree(prepared, List.of(0), List.of(1));
        assertThat(bearers.agree(prepared, List.of(1), List.of(0))).as("the same in the other order").isEqualTo(forward);
        return forward;
    }

    @Test
    void givenAShortNameWhoseEveryWordIsInTheFullNameWhenComparedThenItAgreesInBothOrders() {
        assertThat(agree("Daniel Espinoza", "Espinoza Rojas, Daniel José")).isTrue();
        assertThat(agree("H. ALEJANDRO VÁZQUEZ HERNÁNDEZ", "Vázquez Hernández, Humberto Alejandro")).isTrue();
    }

    @Test
    void givenAnotherGivenNameWhenComparedThenItDoesNotAgreeInEitherOrder() {
        assertThat(agree("Daniel Espinoza", "David Espinoza Rojas")).isFalse();
    }

    @Test
    void givenAJobThatComparesNoWholeNamesWhenAskedThenTheTestDoesNotApply() {
        NameBearers none = new NameBearers(List.of(new DateComparison("birth-date", Field.BIRTH_DATE)));
        assertThat(none.applies()).isFalse();
        assertThat(bearers.applies()).isTrue();
    }
}
