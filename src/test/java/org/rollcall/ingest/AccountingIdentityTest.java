package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.config.JobDefinition;
import org.rollcall.config.SourceDefinition;
import org.rollcall.config.SourceFormat;
import org.rollcall.domain.Field;
import org.rollcall.domain.SourceKind;
import org.rollcall.job.JobFiles;

/**
 * The accounting identity, rows read = records + rejected + ignored, on every fixture: the sample
 * job's inputs, the claim golden files and damaged files; the rows read are counted here apart
 * from the readers (lines of the text, the workbook's last row).
 */
class AccountingIdentityTest {

    @TempDir
    Path dir;

    @Test
    void everySampleInputAddsUpAndItsRowsAreCountedIndependently() throws Exception {
        JobDefinition def = JobFiles.load(Path.of("jobs/nightly.yaml"), Path.of(""));
        for (SourceDefinition s : def.sources()) {
            IngestSink sink = new Ingester(def.baseDir()).read(s);
            assertThat(sink.accounts()).isNotEmpty().allSatisfy(a -> {
                assertThat(a.balanced()).as(a.toString()).isTrue();
                assertThat(a.problem()).as(a.file()).isNull();
                assertThat(a.read()).as(a.file()).isEqualTo(independentRows(def.baseDir().resolve(a.file()), s));
            });
            assertThat(sink.accounts().stream().mapToInt(SourceAccount::records).sum()).isEqualTo(sink.records().size());
        }
    }

    private static int independentRows(Path file, SourceDefinition s) throws Exception {
        if (s.format() == SourceFormat.XLSX) {
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                return (s.sheet() == null ? wb.getSheetAt(0) : wb.getSheet(s.sheet())).getLastRowNum() + 1;
            }
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).size();
    }

    @Test
    void everyClaimFixtureAddsUp() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/claims"))) {
            for (Path f : files.filter(p -> !p.toString().endsWith(".expected") && !p.toString().endsWith(".md")).toList()) {
                String ext = f.getFileName().toString().replaceAll(".*\\.", "");
                SourceDefinition s = new SourceDefinition("gov", SourceKind.ANNOUNCEMENT, f.toAbsolutePath().toString(),
                        SourceFormat.valueOf(ext.toUpperCase()), null, null, null, null, Map.of(), List.of(), null, Map.of(), Map.of());
                IngestSink sink = new Ingester(dir).read(s);
                assertThat(sink.accounts()).singleElement().satisfies(a -> {
                    assertThat(a.balanced()).as(a.toString()).isTrue();
                    assertThat(a.problem()).as(a.toString()).isNull();
                    if (ext.equals("txt")) {
                        assertThat(a.read()).isEqualTo(Files.readAllLines(f).size());
                    }
                });
            }
        }
    }

    @Test
    void aDamagedCsvAddsUpLineByLine() throws Exception {
        // given 12 lines: a title, the header, a blank line, 7 good rows (one with a trailing separator), a row opening
        // a quote it never closes (which would swallow the rest), a totals row
        Files.writeString(dir.resolve("d.csv"), """
                Listado de decisiones (ficticio)
                Nombre,Cédula
                
                Pérez José,V-12345678
                Salas Ana,V-7654321
                "Mora, Luis,V-8765432
                Rivas Pedro,V-9876543
                Díaz Rosa,V-11222333,
                "Paz, Elena",V-12333444
                León Hugo,V-13444555
                Toro Inés,V-14555666
                TOTAL,7
                """);
        SourceDefinition s = new SourceDefinition("courts", SourceKind.NGO_LIST, "d.csv", SourceFormat.CSV, null, 2, null, null,
                Map.of(Field.FULL_NAME, "Nombre", Field.ID_NUMBER, "Cédula"), List.of(), null, Map.of(), Map.of());
        IngestSink sink = new Ingester(dir).read(s);
        assertThat(sink.accounts()).singleElement().satisfies(a -> {
            assertThat(a.read()).isEqualTo(12);
            assertThat(a.records()).isEqualTo(7);
            assertThat(a.rejected()).isEqualTo(1);
            assertThat(a.ignored()).containsEntry("title", 1).containsEntry("header", 1).containsEntry("blank", 1).containsEntry("totals", 1);
            assertThat(a.balanced()).isTrue();
        });
        assertThat(sink.rejected()).singleElement().satisfies(r -> assertThat(r.row()).isEqualTo(6));
    }
}
