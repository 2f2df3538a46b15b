package org.rollcall.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileTest {

    @TempDir
    Path dir;

    @Test
    void writesTheBytesACsvPrinterWrites() throws Exception {
        // given rows with commas, quotes, new lines, accents, an emoji, empty and missing cells
        String[] header = {"entity_id", "name", "detail"};
        List<String[]> rows = List.of(
                new String[] {"P0001", "José Pérez", "plain"},
                new String[] {"P0002", "Pérez, María de los Ángeles", "dijo \"libre\"\nluego no"},
                new String[] {"", null, "🙂 y más"},
                new String[] {" lead", "trail ", "#hash"});

        // when the same rows are written by CsvFile and by a CSVPrinter
        Path ours = dir.resolve("ours.csv");
        try (CsvFile csv = new CsvFile(ours, header)) {
            for (String[] r : rows) {
                csv.print(r);
            }
        }
        Path theirs = dir.resolve("theirs.csv");
        try (Writer w = Files.newBufferedWriter(theirs, StandardCharsets.UTF_8);
             CSVPrinter csv = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setHeader(header).get().print(w)) {
            for (String[] r : rows) {
                csv.printRecord((Object[]) r);
            }
        }

        // then the files are the same, byte for byte
        assertThat(Files.readAllBytes(ours)).isEqualTo(Files.readAllBytes(theirs));
    }

    @Test
    void aLoneSurrogateIsWrittenAsAQuestionMarkNotAFailedRun() throws Exception {
        // given a cell with half a surrogate pair (a Files.newBufferedWriter stopped the whole report on it)
        Path file = dir.resolve("lists.csv");

        // when
        try (CsvFile csv = new CsvFile(file, "detail")) {
            csv.print("a\uD800b");
        }

        // then
        assertThat(Files.readString(file)).isEqualTo("detail\na?b\n");
    }
}
