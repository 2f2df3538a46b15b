package org.rollcall.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.job.JobFiles;

/** The reconcile rules and attribute mappings of a job file: what loads, and every mistake named with its fix. */
class ReconcileRulesCheckTest {

    @TempDir
    Path dir;

    private static final String SOURCES = """
            name: law
            sources:
              - id: ngo
                kind: ngo-list
                path: ngo.csv
                format: csv
                columns: {surnames: Apellidos, given-names: Nombres}
                attributes: {military: "Civil/Militar"}
                events: {re-arrested: ["volvió a prisión"]}
              - id: courts
                kind: court-rulings
                path: courts.csv
                format: csv
                columns: {full-name: Imputado, decision: Decisión, ruling-reason: Motivo}
                decisions: {granted: [Otorgada], denied: [Negada]}
            """;

    private JobDefinition load(String reconcile) throws Exception {
        Files.writeString(dir.resolve("ngo.csv"), "Apellidos,Nombres,Civil/Militar\nPérez,José,Civil\n");
        Files.writeString(dir.resolve("courts.csv"), "Imputado,Decisión,Motivo\nJosé Pérez,Negada,art. 9.2\n");
        Path file = dir.resolve("job.yaml");
        Files.writeString(file, SOURCES + reconcile);
        return JobFiles.load(file, dir);
    }

    @Test
    void theIssuesLawLoads() throws Exception {
        JobDefinition def = load("""
                reconcile:
                  amnestied:
                    any-of:
                      - on-list: [ngo]
                      - ruling: {rulings: any, decision: [granted]}
                  reasons:
                    - id: military
                      when: {attribute: {name: military, is: [Militar]}}
                    - id: security-forces-terrorism
                      when: {ruling: {rulings: any, decision: [denied], reason: ["9.2", "art. 9, num. 2"]}}
                    - id: other-denial
                      when: {ruling: {rulings: latest, decision: [denied]}}
                    - id: pending
                      otherwise: true
                """);
        assertThat(def.reconcile().reasons()).extracting(ReconcileSettings.Reason::id)
                .containsExactly("military", "security-forces-terrorism", "other-denial", "pending");
        assertThat(def.reconcile().reasons().get(1).when().ruling().rulings()).isEqualTo(ReconcileSettings.Quantifier.ANY);
        assertThat(def.sources().get(0).attributes()).containsEntry("military", "Civil/Militar");
    }

    @Test
    void everyMistakeIsNamedWithItsFix() {
        assertThatThrownBy(() -> load("""
                reconcile:
                  exclusions: [{name: terrorism, offences: [terrorismo]}]
                  reasons:
                    - id: Military
                      when: {attribute: {name: militar, is: [Militar]}}
                    - id: rest
                      otherwise: true
                    - id: late
                      when: {on-list: [gobierno], no-ruling: true}
                    - id: empty
                """)).hasMessageContaining("give either exclusions or reasons")
                .hasMessageContaining("reconcile.reasons[0] (Military).id: 'Military' must be lower-case")
                .hasMessageContaining("'militar' is not an attribute of any source; use one of [military]")
                .hasMessageContaining("only the last reason can be 'otherwise'")
                .hasMessageContaining("a condition has exactly one of")
                .hasMessageContaining("reconcile.reasons[3] (empty).when: missing");
    }

    @Test
    void anUnknownDecisionOrQuantifierNamesTheAllowedValues() {
        assertThatThrownBy(() -> load("""
                reconcile:
                  reasons:
                    - {id: x, when: {ruling: {decision: [refused]}}}
                """)).hasMessageContaining("'refused' is not valid").hasMessageContaining("denied")
                .hasMessageNotContaining("Cannot construct").hasMessageNotContaining("NullPointerException");
        assertThatThrownBy(() -> load("""
                reconcile:
                  reasons:
                    - {id: x, when: {ruling: {rulings: first, decision: [denied]}}}
                """)).hasMessageContaining("'first' is not valid").hasMessageContaining("latest");
    }

    @Test
    void anUnknownSourceOrEventIsNamed() {
        assertThatThrownBy(() -> load("""
                reconcile:
                  amnestied: {on-list: [gobierno]}
                """)).hasMessageContaining("'gobierno' is not a source of this job; use one of [courts, ngo]");
    }
}
