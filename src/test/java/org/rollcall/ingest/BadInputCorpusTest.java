package org.rollcall.ingest;

import java.util.Arrays;
import java.util.Collections;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.domain.Field;
import org.rollcall.config.SourceDefinition;
import org.rollcall.config.SourceFormat;
import org.rollcall.domain.SourceKind;

/**
 * The bad-input corpus: each file a volunteer or a court export can produce, with the message it
 * must give. Fixtures are made at test time (nothing binary is committed). Other cases of the
 * corpus live beside their readers: Latin-1/Windows-1252 with and without a BOM and the wrong
 * separator (CsvReaderTest), a missing or renamed column (JobDefinitionLoaderTest), a file that is
 * not a workbook (XlsxReaderTest), a PDF without a text layer (ClaimGoldenTest).
 */
class BadInputCorpusTest {

    @TempDir
    Path dir;

    private static SourceDefinition xlsx(String file) {
        return new SourceDefinition("ngo", SourceKind.NGO_LIST, file, SourceFormat.XLSX, null, null, null, null,
                Map.of(Field.FULL_NAME, "Nombre", Field.ID_NUMBER, "Cédula"), List.of(), null, Map.of(), Map.of());
    }

    private static SourceDefinition csv(String file) {
        return new SourceDefinition("courts", SourceKind.COURT_RULINGS, file, SourceFormat.CSV, null, null, null, null,
                Map.of(Field.FULL_NAME, "Nombre", Field.ID_NUMBER, "Cédula"), List.of(), null, Map.of(), Map.of());
    }

    private IngestSink read(SourceDefinition s) {
        return new Ingester(dir).read(s);
    }

    private Path workbook(String name, Consumer<Sheet> fill) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Hoja1");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("Nombre");
            h.createCell(1).setCellValue("Cédula");
            fill.accept(s);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    @Test
    void zipBombIsRefusedWithTheFix() throws Exception {
        // a real workbook whose sheet is padded with 60 MB of spaces: it compresses a thousandfold
        Path good = workbook("small.xlsx", s -> s.createRow(1).createCell(0).setCellValue("José Pérez"));
        try (ZipFile in = new ZipFile(good.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(dir.resolve("bomb.xlsx")))) {
            for (ZipEntry e : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                byte[] body = in.getInputStream(e).readAllBytes();
                if (e.getName().endsWith("sheet1.xml")) {
                    String xml = new String(body, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData>") + "<sheetData>".length();
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 60; i++) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(body);
                }
                out.closeEntry();
            }
        }
        IngestSink sink = read(xlsx("bomb.xlsx"));
        assertThat(sink.records()).isEmpty();
        assertThat(sink.rejected()).singleElement().satisfies(r -> {
            assertThat(r.row()).isZero();
            assertThat(r.reason()).contains("bomb.xlsx").contains("zip bomb");
        });
    }

    @Test
    void aMillionEmptyRowsAreSkippedAndTheRowAfterThemIsRead() throws Exception {
        Path file = dir.resolve("empty-rows.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Sheet s = wb.createSheet("Hoja1");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("Nombre");
            h.createCell(1).setCellValue("Cédula");
            for (int i = 1; i <= 1_000_000; i++) {
                s.createRow(i).createCell(0).setCellValue("");
            }
            Row last = s.createRow(1_000_001);
            last.createCell(0).setCellValue("José Pérez");
            last.createCell(1).setCellValue("V-12345678");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        IngestSink sink = read(xlsx("empty-rows.xlsx"));
        assertThat(sink.rejected()).isEmpty();
        assertThat(sink.records()).singleElement().satisfies(r -> assertThat(r.row()).isEqualTo(1_000_002));
    }

    @Test
    void passwordProtectedWorkbookSaysHowToRemoveThePassword() throws Exception {
        Path plain = workbook("plain.xlsx", s -> s.createRow(1).createCell(0).setCellValue("José Pérez"));
        Path locked = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secreto");
            OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
            try (OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            } finally {
                opc.revert();
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        IngestSink sink = read(xlsx("locked.xlsx"));
        assertThat(sink.rejected()).singleElement().satisfies(r -> assertThat(r.reason()).contains("password-protected").contains("without a password"));
    }

    @Test
    void formulasAreReadByTheirComputedValue() throws Exception {
        workbook("formulas.xlsx", s -> {
            Row r = s.createRow(1);
            Cell c = r.createCell(0);
            c.setCellFormula("UPPER(\"José Pérez\")");
            r.createCell(1).setCellValue("V-12345678");
            s.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
        IngestSink sink = read(xlsx("formulas.xlsx"));
        assertThat(sink.records()).singleElement().satisfies(r -> assertThat(r.value(Field.FULL_NAME)).isEqualTo("JOSÉ PÉREZ"));
    }

    @Test
    void emptyFileSaysSo() throws Exception {
        Files.write(dir.resolve("empty.csv"), new byte[0]);
        IngestSink sink = read(csv("empty.csv"));
        assertThat(sink.rejected()).singleElement().satisfies(r -> assertThat(r.reason()).contains("the file is empty"));
    }

    @Test
    void tenMegabyteCellCostsItsRowOnly() throws Exception {
        String big = "x".repeat(10 * 1024 * 1024);
        Files.writeString(dir.resolve("big.csv"), "Nombre,Cédula\n\"" + big + "\",V-1234567\nAna Salas,V-7654321\n", StandardCharsets.UTF_8);
        IngestSink sink = read(csv("big.csv"));
        assertThat(sink.rejected()).singleElement().satisfies(r -> {
            assertThat(r.row()).isEqualTo(2);
            assertThat(r.reason()).contains("10485760 characters");
            assertThat(r.raw().length()).isLessThan(1000);
        });
        assertThat(sink.records()).singleElement().satisfies(r -> assertThat(r.value(Field.FULL_NAME)).isEqualTo("Ana Salas"));
    }

    @Test
    void corruptWorkbookDoesNotStopTheOtherFilesOfItsSource() throws Exception {
        Files.createDirectories(dir.resolve("lists"));
        Files.write(dir.resolve("lists/a-corrupt.xlsx"), "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1));
        Files.move(workbook("b-good.xlsx", s -> {
            Row r = s.createRow(1);
            r.createCell(0).setCellValue("José Pérez");
            r.createCell(1).setCellValue("V-12345678");
        }), dir.resolve("lists/b-good.xlsx"));
        IngestSink sink = read(xlsx("lists/*.xlsx"));
        assertThat(sink.records()).hasSize(1);
        assertThat(sink.rejected()).singleElement().satisfies(r -> assertThat(r.file()).isEqualTo("lists/a-corrupt.xlsx"));
    }
}
