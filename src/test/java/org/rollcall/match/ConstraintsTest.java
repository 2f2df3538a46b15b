package org.rollcall.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rollcall.normalize.PersonRecord;

/** The hard rules of clustering, each asserted in both argument orders. */
class ConstraintsTest {

    private static boolean conflict(Constraints c, PersonRecord a, PersonRecord b) {
        String ba = a.birthDate() == null ? null : a.birthDate().toString().replace("-", "");
        String bb = b.birthDate() == null ? null : b.birthDate().toString().replace("-", "");
        boolean ab = c.conflict(a, b, ba, bb);
        assertThat(c.conflict(b, a, bb, ba)).as("the same answer in the other order").isEqualTo(ab);
        return ab;
    }

    @Test
    void twoDifferentCedulasCannotBeOnePerson() {
        assertThat(conflict(Constraints.DEFAULTS, Records.person("José Pérez", "V-12345678"), Records.person("José Pérez", "V-20987654"))).isTrue();
    }

    @Test
    void cedulasOneTypoApartMayBeOnePerson() {
        assertThat(conflict(Constraints.DEFAULTS, Records.person("José Pérez", "V-12345678"), Records.person("José Pérez", "V-12345679"))).isFalse();
    }

    @Test
    void aRecordWithoutCedulaConflictsWithNoOne() {
        assertThat(conflict(Constraints.DEFAULTS, Records.person("José Pérez", "V-12345678"), Records.person("José Pérez", null))).isFalse();
    }

    @Test
    void differentCedulasAreAllowedWhenTheJobSaysIdsAreErrorProne() {
        Constraints lax = new Constraints(false, true, Set.of());
        assertThat(conflict(lax, Records.person("José Pérez", "V-12345678"), Records.person("José Pérez", "V-20987654"))).isFalse();
    }

    @Test
    void birthDatesInDifferentYearsCannotBeOnePerson() {
        assertThat(conflict(Constraints.DEFAULTS, Records.person("Ana Ríos", null, LocalDate.of(1980, 3, 4)),
                Records.person("Ana Ríos", null, LocalDate.of(1987, 9, 21)))).isTrue();
    }

    @Test
    void twinsWithSameSurnamesAndBirthDateAreNotSplitByTheBirthDateRule() {
        assertThat(conflict(Constraints.DEFAULTS, Records.person("Ana Ríos Mora", null, LocalDate.of(1980, 3, 4)),
                Records.person("Luisa Ríos Mora", null, LocalDate.of(1980, 3, 4)))).isFalse();
    }

    @Test
    void aSlipInTheBirthDateIsNoConflict() {
        assertThat(conflict(Constraints.DEFAULTS, Records.person("Ana Ríos", null, LocalDate.of(1980, 3, 4)),
                Records.person("Ana Ríos", null, LocalDate.of(1980, 3, 14)))).isFalse();
    }

    @Test
    void twoRecordsOfAListWithoutDuplicatesCannotBeOnePerson() {
        Constraints oneEach = new Constraints(true, true, Set.of("amnistia"));
        assertThat(conflict(oneEach, Records.inList("amnistia", "José Pérez", null), Records.inList("amnistia", "José Pérez", null))).isTrue();
        assertThat(conflict(oneEach, Records.inList("ngo", "José Pérez", null), Records.inList("ngo", "José Pérez", null))).isFalse();
    }
}
