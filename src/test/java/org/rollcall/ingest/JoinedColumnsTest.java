package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.config.JobDefinition;
import org.rollcall.config.JobDefinitionException;
import org.rollcall.domain.Field;
import org.rollcall.domain.ProgressListener;
import org.rollcall.job.JobFiles;
import org.rollcall.text.Messages;

/**
 * A list that keeps each name part in its own column (Primer Apellido, Segundo Apellido, Primer
 * Nombre, Segundo Nombre) and the nationality letter apart from the number, mapped as lists of
 * columns whose texts are joined.
 */
class JoinedColumnsTest {

    @TempDir
    Path dir;

    private static final String TSV = String.join("\n",
            "LISTADO DE PRESOS POLÍTICOS",
            "Primer Apellido\tSegundo Apellido\tPrimer Nombre\tSegundo Nombre\tNac.\tCédula",
            "GOITÍA\tESCALONA\tJESÚS\tGREGORIO\tV\t14754930",
            "ESCALONA\tVILLEGAS\tJESÚS\tRAFAEL\tV\t9876543",
            "DE LA CRUZ\t\tMARÍA\tDE LOS ÁNGELES\tE\t81234567",
            "") + "\n";

    private JobDefinition load(String columns) throws Exception {
        Files.writeString(dir.resolve("ong.tsv"), TSV, StandardCharsets.ISO_8859_1);
        Path job = dir.resolve("job.yaml");
        Files.writeString(job, """
                name: ong
                sources:
                  - id: ong
                    kind: ngo-list
                    path: ong.tsv
                    format: csv
                    delimiter: "\\t"
                    encoding: ISO-8859-1
                    columns:
                """ + columns);
        return JobFiles.load(job, dir);
    }

    @Test
    void eachNameIsItsPartsJoinedInTheOrderMapped() throws Exception {
        JobDefinition def = load("""
                      surnames: ["Primer Apellido", "Segundo Apellido"]
                      given-names: ["Primer Nombre", "Segundo Nombre"]
                      id-number: ["Nac.", "Cédula"]
                """);

        IngestSink read = new Ingester(dir).read(def.sources().get(0), ProgressListener.NONE, Messages.of("es"));

        assertThat(read.records()).extracting(r -> r.value(Field.SURNAMES) + " | " + r.value(Field.GIVEN_NAMES) + " | " + r.value(Field.ID_NUMBER))
                .containsExactly("GOITÍA ESCALONA | JESÚS GREGORIO | V 14754930", "ESCALONA VILLEGAS | JESÚS RAFAEL | V 9876543",
                        "DE LA CRUZ | MARÍA DE LOS ÁNGELES | E 81234567");
        assertThat(read.rejected()).isEmpty();
    }

    @Test
    void aJoinedColumnTheHeaderLacksIsNamedAlone() throws Exception {
        JobDefinition def = load("""
                      surnames: ["Primer Apellido", "Segundo Apelido"]
                      given-names: ["Primer Nombre", "Segundo Nombre"]
                """);

        assertThatThrownBy(() -> SourceCheck.check(def)).isInstanceOfSatisfying(JobDefinitionException.class, e -> assertThat(e.getMessage())
                        .contains("'Segundo Apelido' is not in the header", "did you mean 'Segundo Apellido'"));
    }

    @Test
    void aListOfSomethingOtherThanColumnNamesIsAProblemWithTheFix() {
        assertThatThrownBy(() -> load("""
                      full-name: ["Primer Apellido", 3]
                """)).isInstanceOfSatisfying(JobDefinitionException.class, e -> assertThat(e.getMessage())
                        .contains("columns.full-name is a list with something other than column names", "Primer Apellido"));
    }

    @Test
    void aHeaderNameWithAPlusIsReadAsThatOneColumn() {
        assertThat(ColumnMap.resolve(Map.of(Field.FULL_NAME, "Nombre + Apellido"), List.of("Nombre + Apellido", "Nombre", "Apellido"))
                .values(List.of("Ana Pérez", "Ana", "Pérez"))).containsEntry(Field.FULL_NAME, "Ana Pérez");
    }

    @Test
    void aMisspeltColumnUnderATitleIsNamedAloneNotEveryColumn() throws Exception {
        JobDefinition def = load("""
                      surnames: ["Primer Apellido", "Segundo Apellido"]
                      given-names: ["Primer Nombre", "Segundo Nombre"]
                      id-number: "Cedla"
                """);

        assertThatThrownBy(() -> SourceCheck.check(def)).isInstanceOfSatisfying(JobDefinitionException.class, e -> assertThat(e.getMessage())
                .contains("columns.id-number: column 'Cedla' is not in the header", "did you mean 'Cédula'")
                .doesNotContain("columns.surnames", "columns.given-names"));
    }

    @Test
    void aPartOfJoinedColumnsThatTheHeaderHoldsTwiceIsNamed() {
        assertThat(ColumnMap.duplicates(Map.of(Field.ID_NUMBER, "Nac. + Cédula"), List.of("Nombre", "Nac.", "Cédula", "Cédula")))
                .contains("column 'Cédula' (id-number) appears 2 times");
    }
}
