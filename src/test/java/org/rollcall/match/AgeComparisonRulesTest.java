package org.rollcall.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.config.JobDefinition;
import org.rollcall.domain.SourceKind;
import org.rollcall.job.JobFiles;
import org.rollcall.normalize.Detention;
import org.rollcall.normalize.Origin;
import org.rollcall.normalize.PersonName;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.normalize.Ruling;

/**
 * The {@code age} comparison: ages anchored at their lists' dates, each rule asserted in both
 * argument orders; an "Edad" column compared without configuration.
 */
class AgeComparisonRulesTest {

    private static final AgeComparison AGE = new AgeComparison("edad", RecordValue.attribute("edad"));

    @TempDir
    Path dir;

    private static PersonRecord aged(String age, LocalDate listDate) {
        return new PersonRecord(new Origin("ngo", SourceKind.NGO_LIST, 1, "1", "ngo.xlsx", "Hoja", 1, listDate), PersonName.parse("José Pérez"),
                null, "", null, Detention.NONE, Ruling.NONE, List.of(), Map.of(), Map.of("edad", age), null);
    }

    private static String level(PersonRecord x, PersonRecord y) {
        Object a = AGE.prepare(x);
        Object b = AGE.prepare(y);
        if (a == null || b == null) {
            return "missing";
        }
        int ab = AGE.compare(a, b);
        assertThat(AGE.compare(b, a)).as("in the other order").isEqualTo(ab);
        return AGE.labels().get(ab);
    }

    private static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 15);

    @Test
    void oneAgeOnListsOfOneDateIsTheSameAge() {
        assertThat(level(aged("45", JAN_2025), aged("45 años", JAN_2025))).isEqualTo("same age");
    }

    @Test
    void anAgeOneYearOnOnAListAYearLaterIsTheSameAge() {
        assertThat(level(aged("45", JAN_2025), aged("46", LocalDate.of(2026, 1, 10)))).isEqualTo("same age");
    }

    @Test
    void agesTwoYearsApartOnOneDateAreClose() {
        assertThat(level(aged("45", JAN_2025), aged("47", JAN_2025))).isEqualTo("within two years");
    }

    @Test
    void aFatherAndASonAreDifferent() {
        assertThat(level(aged("62", JAN_2025), aged("31", JAN_2025))).isEqualTo("different");
        assertThat(level(aged("45", JAN_2025), aged("49", JAN_2025))).isEqualTo("different");
    }

    @Test
    void anAgeThatIsNotOneNumberOfYearsOrHasNoListDateIsMissingNeverADisagreement() {
        assertThat(level(aged("45-50", JAN_2025), aged("20", JAN_2025))).isEqualTo("missing");
        assertThat(level(aged("setenta", JAN_2025), aged("20", JAN_2025))).isEqualTo("missing");
        assertThat(level(aged("18 meses", JAN_2025), aged("20", JAN_2025))).isEqualTo("missing");
        assertThat(level(aged("45", null), aged("20", JAN_2025))).isEqualTo("missing");
        assertThat(level(aged("", JAN_2025), aged("20", JAN_2025))).isEqualTo("missing");
        assertThat(level(aged("450", JAN_2025), aged("20", JAN_2025))).isEqualTo("missing");
    }

    @Test
    void aRecordWithABirthDateHasNoAgeHereItsBirthDateIsWeighedOnce() {
        PersonRecord a = aged("45", JAN_2025);
        PersonRecord born = new PersonRecord(a.origin(), a.name(), null, "", LocalDate.of(1980, 1, 1), a.detention(), a.ruling(), List.of(), Map.of(),
                Map.of("edad", "45"), null);
        assertThat(level(born, aged("45", JAN_2025))).isEqualTo("missing");
    }

    @Test
    void anEdadColumnIsComparedWithoutConfigurationAndAMistakeIsNamed() throws Exception {
        Path file = dir.resolve("job.yaml");
        Files.writeString(file, """
                name: ages
                sources:
                  - id: ngo
                    kind: ngo-list
                    path: ngo.csv
                    format: csv
                    columns:
                      full-name: Nombre
                    attributes:
                      edad: Edad
                """);
        JobDefinition def = JobFiles.load(file, dir);
        MatchConfig c = MatchConfigs.from(def.matching(), def.sources());
        assertThat(c.comparisons()).extracting(Comparison::name).containsExactly("name", "edad");
        assertThat(c.comparisons().get(1)).isInstanceOf(AgeComparison.class);
    }
}
