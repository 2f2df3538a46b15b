package org.rollcall.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rollcall.normalize.Origin;
import org.rollcall.normalize.PersonRecord;

/** The hard rules of clustering, each asserted in both argument orders. */
class ConstraintsTest {

    private static boolean conflict(Constraints c, PersonRecord a, PersonRecord b) {
        String ba = a.birthDate() == null ? AgeComparison.birthSpanKey(a) : a.birthDate().toString().replace("-", "");
        String bb = b.birthDate() == null ? AgeComparison.birthSpanKey(b) : b.birthDate().toString().replace("-", "");
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

    /** A record of a list dated 15 January 2025 whose "Edad" column says {@code age}. */
    private static PersonRecord aged(String name, String age) {
        PersonRecord r = Records.person(name, null);
        return new PersonRecord(new Origin(r.sourceId(), r.kind(), r.seq(), r.recordRef(), r.file(), r.sheet(), r.row(), LocalDate.of(2025, 1, 15)),
                r.name(), r.id(), r.rawId(), r.birthDate(), r.detention(), r.ruling(), r.problems(), r.fields(), Map.of("Edad", age), r.events());
    }

    @Test
    void aFatherAndASonOfOneNameWhoseAgesAreDecadesApartCannotBeOnePerson() {
        assertThat(conflict(Constraints.DEFAULTS, aged("Bayardo Rugama", "62"), aged("Bayardo Rugama", "34"))).isTrue();
    }

    @Test
    void agesAFewYearsApartAreAVolunteersRoundingNoConflict() {
        assertThat(conflict(Constraints.DEFAULTS, aged("Ana Ríos", "45"), aged("Ana Ríos", "49"))).isFalse();
        assertThat(conflict(Constraints.DEFAULTS, aged("Ana Ríos", "45"), aged("Ana Ríos", "cuarenta"))).isFalse();
    }

    @Test
    void anAgeFarFromABirthDateCannotBeOnePerson() {
        assertThat(conflict(Constraints.DEFAULTS, aged("Ana Ríos", "23"), Records.person("Ana Ríos", null, LocalDate.of(1980, 3, 4)))).isTrue();
        assertThat(conflict(Constraints.DEFAULTS, aged("Ana Ríos", "44"), Records.person("Ana Ríos", null, LocalDate.of(1980, 3, 4)))).isFalse();
    }

    @Test
    void agesAreNoConstraintWhenTheJobTurnsBirthDatesOff() {
        assertThat(conflict(new Constraints(true, false, Set.of()), aged("Bayardo Rugama", "62"), aged("Bayardo Rugama", "34"))).isFalse();
    }
}
