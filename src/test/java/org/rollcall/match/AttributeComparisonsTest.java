package org.rollcall.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.config.JobDefinition;
import org.rollcall.config.JobDefinitionException;
import org.rollcall.job.JobFiles;

/**
 * Attribute columns in the matcher: compared by default when their name says sex or detention
 * centre, compared by any method the job file names, and every mistake named with its key and fix.
 */
class AttributeComparisonsTest {

    @TempDir
    Path dir;

    private static final String JOB = """
            name: attributes
            sources:
              - id: ngo
                kind: ngo-list
                path: ngo.csv
                format: csv
                columns:
                  full-name: Nombre
                  id-number: Cédula
                attributes:
            ATTRIBUTES
            MATCHING""";

    private JobDefinition load(String attributes, String matching) throws Exception {
        Path file = dir.resolve("job.yaml");
        Files.writeString(file, JOB.replace("ATTRIBUTES", attributes).replace("MATCHING", matching));
        return JobFiles.load(file, dir);
    }

    private MatchConfig config(String attributes, String matching) throws Exception {
        JobDefinition def = load(attributes, matching);
        return MatchConfigs.from(def.matching(), def.sources());
    }

    @Test
    void aSexAndACentreColumnAreComparedWithoutFurtherConfiguration() throws Exception {
        MatchConfig c = config("      sexo: Sexo\n      centro-de-reclusion: \"Centro de reclusión\"\n      occupation: Oficio\n", "");
        assertThat(c.comparisons()).extracting(Comparison::name).containsExactly("name", "id-number", "sexo", "centro-de-reclusion");
        assertThat(c.comparisons().get(2)).isInstanceOf(SexComparison.class);
        assertThat(c.comparisons().get(3)).isInstanceOf(PlaceComparison.class);
    }

    @Test
    void anAttributeIsComparedByTheMethodTheJobFileNames() throws Exception {
        MatchConfig c = config("      military: \"Civil/Militar\"\n      centre: Centro\n", """
                matching:
                  comparisons:
                    - {name: name, method: person-name}
                    - {method: code, attribute: military}
                    - {method: place, attribute: centre, term-frequency: true, variants: [["La Tumba", "SEBIN Plaza Venezuela"]]}
                """);
        assertThat(c.comparisons()).extracting(Comparison::name).containsExactly("name", "military", "centre");
        assertThat(c.comparisons().get(1)).isInstanceOf(CodeComparison.class);
        assertThat(c.comparisons().get(2).blockingFields()).containsExactly("centre");
    }

    @Test
    void anAttributeNoSourceDeclaresIsNamedWithTheDeclaredOnes() {
        assertThatThrownBy(() -> load("      sex: Sexo\n", """
                matching:
                  comparisons:
                    - {method: text, attribute: occupation}
                """)).isInstanceOfSatisfying(JobDefinitionException.class, e -> assertThat(e.getMessage())
                .contains("matching.comparisons.occupation.attribute", "no source declares attribute 'occupation'", "[sex]"));
    }

    @Test
    void everyMisuseOfAttributeAndVariantsIsOneProblem() {
        assertThatThrownBy(() -> load("      sex: Sexo\n      centre: Centro\n", """
                matching:
                  comparisons:
                    - {name: a, method: sex}
                    - {name: b, method: text, field: place, attribute: centre}
                    - {name: c, method: person-name, attribute: sex}
                    - {name: d, method: text, attribute: centre, variants: [["Yare", "Yare I"]]}
                """)).isInstanceOfSatisfying(JobDefinitionException.class, e -> {
                    assertThat(e.problems()).hasSize(4);
                    assertThat(e.getMessage()).contains("method 'sex' reads an attribute column", "both field 'place' and attribute 'centre'",
                            "compares names or cédulas, not an attribute", "method 'text' takes no variants");
                });
    }
}
