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
import org.rollcall.domain.IdFormat;
import org.rollcall.domain.SourceKind;

/** An NGO list's rows whose ID numbers are not cédulas, read with either id-format. */
class DocumentIdRowsTest {

    @TempDir
    Path dir;

    private IngestSink read(IdFormat format, String csv) throws Exception {
        Files.writeString(dir.resolve("ngo.csv"), csv);
        SourceDefinition source = new SourceDefinition("ngo", SourceKind.NGO_LIST, "ngo.csv", SourceFormat.CSV, null, null, null, null,
                Map.of(Field.RECORD_REF, "No.", Field.FULL_NAME, "Nombre", Field.ID_NUMBER, "No. Identidad"), List.of(), null, Map.of(), Map.of(),
                null, null, null, null, format);
        return new Ingester(dir).read(source);
    }

    @Test
    void aRowWithOnlyADocumentNumberIsAPersonUnderAnyAndARejectedRowSayingWhyUnderVenezuelan() throws Exception {
        String csv = "No.,Nombre,No. Identidad\n1,Ruth Tzul Caal,401-161190-8811L\n2,,001-230481-4373B\n";
        assertThat(read(IdFormat.ANY, csv).records()).hasSize(2);
        IngestSink venezuelan = read(IdFormat.VENEZUELAN, csv);
        assertThat(venezuelan.records()).hasSize(1);
        assertThat(venezuelan.rejected()).singleElement().satisfies(r -> assertThat(r.reason()).contains("'001-230481-4373B'", "not a cédula"));
    }

    @Test
    void twoNamesWithOneDocumentNumberAreARejectedRowUnderAnyAsWithOneCedula() throws Exception {
        String csv = "No.,Nombre,No. Identidad\n1,\"TZUL CAAL, Ruth y OBANDO CRUZ, Yader\",401-161190-8811L\n2,Kenia Mairena,001-020290-0002B\n"
                + "3,Elvin Zamora,281-231202-2376Z\n";
        IngestSink sink = read(IdFormat.ANY, csv);
        assertThat(sink.records()).hasSize(2);
        assertThat(sink.rejected()).singleElement().satisfies(r -> assertThat(r.reason()).contains("401-161190-8811L"));
    }
}
