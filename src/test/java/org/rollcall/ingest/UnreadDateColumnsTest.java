package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.config.SourceDefinition;
import org.rollcall.config.SourceFormat;
import org.rollcall.domain.Field;
import org.rollcall.domain.Problem;
import org.rollcall.domain.RulingDecision;
import org.rollcall.domain.SourceKind;

/** A date column mapped to a column of something else is a problem of the file, not one field problem per row and exit 0. */
class UnreadDateColumnsTest {

    @TempDir
    Path dir;

    private IngestSink read(String dateColumn, int rows, String dateText) throws Exception {
        StringBuilder csv = new StringBuilder("Expediente,Juzgado,Imputado,Cédula,Decisión,Fecha\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("EX-").append(i).append(",Juzgado ").append(i).append("° de Juicio,\"MORA, Ana ").append((char) ('A' + i))
                    .append("\",,Amnistía otorgada,").append(dateText).append('\n');
        }
        Files.writeString(dir.resolve("fallos.csv"), csv.toString());
        SourceDefinition source = new SourceDefinition("fallos", SourceKind.COURT_RULINGS, "fallos.csv", SourceFormat.CSV, null, null, null,
                null, Map.of(Field.CASE_NUMBER, "Expediente", Field.FULL_NAME, "Imputado", Field.DECISION, "Decisión",
                        Field.DECISION_DATE, dateColumn),
                List.of("dd/MM/yyyy"), null, Map.of(RulingDecision.GRANTED, List.of("Amnistía otorgada")), Map.of());
        return new Ingester(dir).read(source);
    }

    @Test
    void aDecisionDateMappedToTheCourtsColumnIsAFileProblemNamingTheColumnAndItsValues() throws Exception {
        IngestSink sink = read("Juzgado", 6, "02/03/2026");
        assertThat(sink.rejected()).singleElement().satisfies(r -> {
            assertThat(r.problem().kind()).isEqualTo(Problem.Kind.SOURCE_FILE);
            assertThat(r.reason()).contains("'Juzgado'", "decision-date", "6 values", "'Juzgado 1° de Juicio'", "dd/MM/yyyy");
        });
        assertThat(sink.records()).as("the rows are kept").hasSize(6);
    }

    @Test
    void theRightColumnOrAFewRowsOrAnEmptyColumnIsNoFileProblem() throws Exception {
        assertThat(read("Fecha", 6, "02/03/2026").rejected()).isEmpty();
        assertThat(read("Juzgado", 4, "02/03/2026").rejected()).as("four values: field problems only").isEmpty();
        assertThat(read("Fecha", 6, "").rejected()).as("no date written at all").isEmpty();
        // the review's case: a release-date column saying "N/A" for people still held is a normal list
        assertThat(read("Fecha", 6, "N/A").rejected()).as("a placeholder, not a date").isEmpty();
        assertThat(read("Fecha", 6, "no aplica").rejected()).isEmpty();
    }
}
