package org.rollcall.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.domain.Field;
import org.rollcall.job.JobFiles;

/** Conditions on dates, numbers and ages in a job file: a real law loads; each mistake names its reason and the fix. */
class DateAndNumberRulesCheckTest {

    @TempDir
    Path dir;

    private static final String SOURCES = """
            name: law
            sources:
              - id: ngo
                kind: ngo-list
                path: ngo.csv
                format: csv
                columns: {full-name: Nombre, detention-date: Detención, birth-date: Nacimiento}
                attributes: {age: Edad, sentence: Pena, facts: "Fecha de los hechos"}
            """;

    private JobDefinition load(String reconcile) throws Exception {
        Files.writeString(dir.resolve("ngo.csv"), "Nombre,Detención,Nacimiento,Edad,Pena,Fecha de los hechos\nJosé Pérez,2024-08-01,1950-01-01,75,3,\n");
        Path file = dir.resolve("job.yaml");
        Files.writeString(file, SOURCES + reconcile);
        return JobFiles.load(file, dir);
    }

    @Test
    void aLawWithAPeriodAnAgeAndASentenceLoads() throws Exception {
        JobDefinition def = load("""
                reconcile:
                  amnestied:
                    all-of:
                      - date: {field: detention-date, from: 2024-07-28, to: 2025-01-31}
                      - any-of:
                          - age: {at-least: 70, on: 2025-01-31}
                          - attribute: {name: sentence, less-than: 8}
                  reasons:
                    - id: outside-period
                      when: {not: {date: {field: detention-date, from: 2024-07-28, to: 2025-01-31}}}
                    - id: facts-before-1999
                      when: {date: {attribute: facts, to: 1998-12-31}}
                    - id: long-sentence
                      when: {attribute: {name: sentence, at-least: "8"}}
                    - id: rest
                      otherwise: true
                """);
        ReconcileSettings.Condition period = def.reconcile().amnestied().allOf().get(0);
        assertThat(period.date().field()).isEqualTo(Field.DETENTION_DATE);
        assertThat(period.date().from()).isEqualTo("2024-07-28");
        assertThat(def.reconcile().amnestied().allOf().get(1).anyOf().get(0).age().atLeast()).isEqualTo("70");
        assertThat(def.reconcile().reasons().get(2).when().attribute().numeric()).isTrue();
    }

    @Test
    void aBoundThatIsNoDateOrAPeriodBackwardsIsNamedWithItsReason() {
        assertThatThrownBy(() -> load("""
                reconcile:
                  reasons:
                    - id: period
                      when: {date: {field: detention-date, from: 2025-01-31, to: 2024-07-28}}
                    - id: typo
                      when: {date: {field: detention-date, from: 2025-02-30}}
                    - id: open
                      when: {date: {field: detention-date}}
                """)).hasMessageContaining("reconcile.reasons[0] (period).when.date: from 2025-01-31 is after to 2024-07-28")
                .hasMessageContaining("reconcile.reasons[1] (typo).when.date.from: '2025-02-30' is not a date (or no such day); write it yyyy-MM-dd")
                .hasMessageContaining("reconcile.reasons[2] (open).when.date: no from and no to");
    }

    @Test
    void aFieldThatIsNoDateOrThatNoSourceMapsIsNamed() {
        assertThatThrownBy(() -> load("""
                reconcile:
                  reasons:
                    - {id: a, when: {date: {field: offence, from: 2024-01-01}}}
                    - {id: b, when: {date: {field: release-date, from: 2024-01-01}}}
                    - {id: c, when: {date: {field: birth-date, attribute: facts, from: 2024-01-01}}}
                    - {id: d, when: {date: {attribute: fecha, from: 2024-01-01}}}
                    - {id: e, when: {date: {field: arrest-date, from: 2024-01-01}}}
                """)).hasMessageContaining("(a).when.date.field: 'offence' is not a date field; use one of birth-date, detention-date")
                .hasMessageContaining("(b).when.date.field: no source maps the column release-date")
                .hasMessageContaining("(c).when.date: both of field and attribute")
                .hasMessageContaining("(d).when.date.attribute: 'fecha' is not an attribute of any source; use one of [age, facts, sentence]")
                .hasMessageContaining("'arrest-date' is not valid").hasMessageContaining("detention-date");
    }

    @Test
    void boundsThatAreNoNumberOrLeaveNoRoomAreNamed() {
        assertThatThrownBy(() -> load("""
                reconcile:
                  reasons:
                    - {id: a, when: {attribute: {name: age, at-least: "70 años"}}}
                    - {id: b, when: {attribute: {name: age, at-least: 80, at-most: 70}}}
                    - {id: c, when: {attribute: {name: age, at-least: 70, greater-than: 69}}}
                    - {id: d, when: {attribute: {name: age, is: ["70"], at-least: 70}}}
                    - {id: e, when: {age: {at-least: 70}}}
                    - {id: f, when: {attribute: {name: age, greater-than: 8, less-than: 8}}}
                    - {id: g, when: {attribute: {name: sentence, less-than: "1.500"}}}
                    - id: undetermined
                      otherwise: true
                """)).hasMessageContaining("(a).when.attribute.at-least: '70 años' is not a number")
                .hasMessageContaining("(b).when.attribute: the bounds leave no number between them (at-least 80, at-most 70)")
                .hasMessageContaining("(c).when.attribute: both at-least and greater-than")
                .hasMessageContaining("(d).when.attribute: more than one of is, contains and a numeric bound")
                .hasMessageContaining("(e).when.age.on: missing")
                .hasMessageContaining("(f).when.attribute: the bounds leave no number between them")
                .hasMessageContaining("(g).when.attribute.less-than: '1.500' may be one and a half or fifteen hundred")
                .hasMessageContaining("'undetermined' is kept for people");
    }
}
