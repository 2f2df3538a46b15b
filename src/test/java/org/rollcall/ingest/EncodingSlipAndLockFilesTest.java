package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.config.JobDefinition;
import org.rollcall.config.JobDefinitionException;
import org.rollcall.domain.ProgressListener;
import org.rollcall.job.JobFiles;
import org.rollcall.text.Messages;

/**
 * The job file's check and the run before files as an NGO's computer leaves them: a header in
 * another encoding than the one declared (never advice to write a garbled column name), and the
 * lock file Excel or LibreOffice writes beside a workbook it has open.
 */
class EncodingSlipAndLockFilesTest {

    @TempDir
    Path dir;

    private static final String LIST = String.join("\r", "N°;Nombre;Cédula;Situación", "1;Peña Núñez, Inés;V-12345678;Detenida",
            "2;Gómez Ávila, Tomás;V-23456789;Excarcelado", "3;Pérez León, José;V-34567890;Detenido") + "\r";

    private JobDefinition job(String encoding, String idColumn, String path) throws Exception {
        Path job = dir.resolve("job.yaml");
        Files.writeString(job, """
                name: ong
                sources:
                  - id: ong
                    kind: ngo-list
                    path: "%s"
                    format: csv
                    delimiter: ";"
                %s    columns:
                      record-ref: "N°"
                      full-name: "Nombre"
                      id-number: "%s"
                """.formatted(path, encoding == null ? "" : "    encoding: " + encoding + "\n", idColumn));
        return JobFiles.load(job, dir);
    }

    @Test
    void aMacRomanHeaderDeclaredWindows1252IsAskedForItsEncodingNeverForAGarbledColumn() throws Exception {
        // given Excel for Mac's "CSV (Macintosh)" and a job file that declares windows-1252
        Files.write(dir.resolve("ong.csv"), LIST.getBytes(Charset.forName("x-MacRoman")));
        JobDefinition def = job("windows-1252", "Cédula", "ong.csv");
        // then the check names the file's own encoding, and never suggests 'CŽdula'
        assertThatThrownBy(() -> SourceCheck.check(def)).isInstanceOfSatisfying(JobDefinitionException.class, e -> assertThat(e.getMessage())
                .contains("x-MacRoman", "encoding").doesNotContain("did you mean", "'CŽdula'"));
    }

    @Test
    void aMacRomanFileWithoutEncodingPassesTheCheckAndReadsItsAccents() throws Exception {
        Files.write(dir.resolve("ong.csv"), LIST.getBytes(Charset.forName("x-MacRoman")));
        JobDefinition def = job(null, "Cédula", "ong.csv");
        SourceCheck.check(def);
        IngestSink sink = new Ingester(dir).read(def.sources().get(0), ProgressListener.NONE, Messages.of("en"));
        assertThat(sink.records()).hasSize(3);
        assertThat(sink.records().get(0).value(org.rollcall.domain.Field.FULL_NAME)).isEqualTo("Peña Núñez, Inés");
        assertThat(sink.warnings()).singleElement().satisfies(n -> assertThat(n).contains("ong.csv", "x-MacRoman"));
    }

    @Test
    void aJobFileColumnWrittenGarbledAfterEarlierAdviceIsSetRight() throws Exception {
        // given the job file's column written as a wrong reading once showed it ('CŽdula'), and the file read right now
        Files.write(dir.resolve("ong.csv"), LIST.getBytes(Charset.forName("x-MacRoman")));
        JobDefinition def = job(null, "CŽdula", "ong.csv");
        // then the check asks for the file's own name, never keeps the garbled one
        assertThatThrownBy(() -> SourceCheck.check(def)).isInstanceOfSatisfying(JobDefinitionException.class, e -> assertThat(e.getMessage())
                .contains("'CŽdula' is the header's 'Cédula' garbled", "write the column name as the file has it: 'Cédula'")
                .doesNotContain("did you mean"));
    }

    @Test
    void excelsLockFileMatchedByAGlobIsLeftOutAndSaidOpen() throws Exception {
        // given the list and Excel's owner file beside it (the workbook is open), and a glob matching both
        Files.write(dir.resolve("ong.csv"), LIST.getBytes(Charset.forName("x-MacRoman")));
        Files.write(dir.resolve("~$ong.csv"), new byte[] {14, 'V', 'o', 'l', 'u', 'n', 't', 'a', 'r', 'i', 'a'});
        Files.write(dir.resolve(".~lock.ong.csv#"), ",Voluntaria,pc,25.11.2026 02:00,file:///home/v/.config/libreoffice/4;".getBytes());
        JobDefinition def = job(null, "Cédula", "*.csv*");
        // then the check passes, the lists read are the list only, and the run says each lock file means an open workbook
        SourceCheck.check(def);
        assertThat(SourceFiles.resolve(dir, "*.csv*")).extracting(p -> p.getFileName().toString()).containsExactly("ong.csv");
        IngestSink sink = new Ingester(dir).read(def.sources().get(0), ProgressListener.NONE, Messages.of("en"));
        assertThat(sink.records()).hasSize(3);
        assertThat(sink.accounts()).extracting(SourceAccount::file).containsExactly("ong.csv");
        assertThat(sink.warnings()).filteredOn(n -> n.contains("lock file")).hasSize(2)
                .allSatisfy(n -> assertThat(n).contains("open", "close"));
        assertThat(sink.warnings()).anySatisfy(n -> assertThat(n).contains("~$ong.csv", "ong.csv"));
        assertThat(sink.warnings()).anySatisfy(n -> assertThat(n).contains(".~lock.ong.csv#"));
    }

    @Test
    void aPathNamingALockFileIsAFileProblemSayingTheWorkbookIsOpen() throws Exception {
        Files.write(dir.resolve("~$rulings.xlsx"), new byte[165]);
        JobDefinition def = job(null, "Cédula", "~$rulings.xlsx");
        SourceCheck.check(def); // not the job file's problem: the run reports the file
        IngestSink sink = new Ingester(dir).read(def.sources().get(0), ProgressListener.NONE, Messages.of("en"));
        assertThat(sink.account("~$rulings.xlsx").problem()).contains("lock file", "rulings.xlsx", "close");
        assertThat(sink.records()).isEmpty();
    }

    @Test
    void ownerFilesAreToldByTheirNames() {
        assertThat(SourceFiles.ownerFile(Path.of("in/~$rulings.xlsx"))).isTrue();
        assertThat(SourceFiles.ownerFile(Path.of("in/.~lock.rulings.xlsx#"))).isTrue();
        assertThat(SourceFiles.ownerFile(Path.of("in/rulings.xlsx"))).isFalse();
        assertThat(SourceFiles.ownerFile(Path.of("in/~rulings.xlsx"))).isFalse();
        assertThat(SourceFiles.lockedDocument(Path.of("~$rulings.xlsx"))).isEqualTo("rulings.xlsx");
        assertThat(SourceFiles.lockedDocument(Path.of(".~lock.rulings.xlsx#"))).isEqualTo("rulings.xlsx");
    }
}
