package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.config.SourceDefinition;
import org.rollcall.config.SourceFormat;
import org.rollcall.domain.Field;
import org.rollcall.domain.ProgressListener;
import org.rollcall.domain.SourceKind;
import org.rollcall.text.Messages;

/** Problems of files and rows that the sample never triggers are told in the report's language, English unchanged. */
class ProblemLanguageTest {

    @TempDir
    Path dir;

    private static SourceDefinition csv(String file) {
        return new SourceDefinition("courts", SourceKind.COURT_RULINGS, file, SourceFormat.CSV, null, null, null, null,
                Map.of(Field.FULL_NAME, "Nombre", Field.ID_NUMBER, "Cédula"), List.of(), null, Map.of(), Map.of());
    }

    private static SourceDefinition txt(String file) {
        return new SourceDefinition("gov", SourceKind.ANNOUNCEMENT, file, SourceFormat.TXT, null, null, null, null, Map.of(), List.of(), null,
                Map.of(), Map.of());
    }

    private List<String> reasons(SourceDefinition source, String language) {
        return new Ingester(dir).read(source, ProgressListener.NONE, Messages.of(language)).rejected().stream().map(RejectedRow::reason).toList();
    }

    @Test
    void emptyFileAndMissingFileAreToldInSpanishAndInEnglish() throws Exception {
        Files.writeString(dir.resolve("vacio.csv"), "");
        assertThat(reasons(csv("vacio.csv"), "es")).containsExactly("el archivo está vacío (0 bytes); ponga la lista en él o quítelo de la carpeta");
        assertThat(reasons(csv("vacio.csv"), "en")).containsExactly("the file is empty (0 bytes); put the list in it, or remove it from the folder");
        assertThat(reasons(csv("nada-*.csv"), "es")).containsExactly("ningún archivo coincide con 'nada-*.csv'; ponga el archivo ahí o corrija 'path'");
    }

    @Test
    void csvLayoutProblemsAreToldInSpanish() throws Exception {
        Files.writeString(dir.resolve("comillas.csv"), "Nombre,Cédula\n\"Ana Pérez,V-1234567\nLuis Mora,V-7654321\n", StandardCharsets.UTF_8);
        List<String> es = reasons(csv("comillas.csv"), "es");
        assertThat(es).isNotEmpty().allMatch(r -> !r.contains("the ") && !r.contains(" line"));
        assertThat(es.get(0)).startsWith("una comilla (\") se abre en esta línea");
        Files.writeString(dir.resolve("columnas.csv"), "Name;ID\nAna;1\n", StandardCharsets.UTF_8);
        assertThat(reasons(csv("columnas.csv"), "es")).singleElement().asString()
                .contains("columnas.csv, línea 1: las columnas asignadas", "no están en el encabezado");
        assertThat(reasons(csv("columnas.csv"), "en")).singleElement().asString().contains("columnas.csv, line 1: mapped columns", "are not in the header");
    }

    @Test
    void communiqueWithoutAFigureSaysSoInSpanish() throws Exception {
        Files.writeString(dir.resolve("lista.txt"), "Lista de beneficiarios:\n1. HUGO TORO LUNA, C.I. V-8.111.222\n", StandardCharsets.UTF_8);
        IngestSink sink = new Ingester(dir).read(txt("lista.txt"), ProgressListener.NONE, Messages.of("es"));
        assertThat(sink.claims()).anySatisfy(c -> assertThat(c.problem())
                .isEqualTo("el anuncio no declara ninguna cifra de personas amnistiadas, así que 'announced' no cuenta nada por él; lista 1 nombres"
                        + " (vea 'listed')"));
    }

    @Test
    void fileOfKnownLengthTellsItsTotalBeforeItsRows() throws Exception {
        Files.writeString(dir.resolve("tres.csv"), "Nombre,Cédula\nAna Pérez,V-1234567\nLuis Mora,V-7654321\n", StandardCharsets.UTF_8);
        long[] total = {0};
        long[] lastTick = {0};
        new Ingester(dir).read(csv("tres.csv"), new ProgressListener() {
            @Override
            public void begin(String phase, String unit, long t) {
            }

            @Override
            public void expect(long t) {
                total[0] = t;
            }

            @Override
            public void tick(long done) {
                assertThat(total[0]).as("the total comes first").isEqualTo(3);
                lastTick[0] = done;
            }

            @Override
            public void end(long count) {
            }
        }, Messages.of("en"));
        assertThat(lastTick[0]).as("header and two rows, each accounted for").isEqualTo(3);
    }

    @Test
    void aLineInAnotherEncodingAndAnUnmappedJsonListAreToldInSpanish() throws Exception {
        // a UTF-8 file (its header says so) with lines pasted from a Latin-1 one
        byte[] head = "Nombre,Cédula\nLuis Gómez,V-1111111\nRosa Díaz,V-2222222\nEva Núñez,V-3333333\n".getBytes("UTF-8");
        byte[] rows = "Ana Pérez,V-1234567\nJosé Muñoz,V-7654321\n".getBytes("ISO-8859-1");
        byte[] both = new byte[head.length + rows.length];
        System.arraycopy(head, 0, both, 0, head.length);
        System.arraycopy(rows, 0, both, head.length, rows.length);
        Files.write(dir.resolve("latin.csv"), both);
        assertThat(reasons(csv("latin.csv"), "es")).isNotEmpty().allSatisfy(r -> assertThat(r).contains("no es UTF-8 válido").doesNotContain("the "));
        assertThat(reasons(csv("latin.csv"), "en")).isNotEmpty().allSatisfy(r -> assertThat(r).contains("is not valid UTF-8"));
        Files.writeString(dir.resolve("lista.json"), "{\"beneficiarios\": [{\"nombre\": \"Ana\"}]}");
        SourceDefinition json = new SourceDefinition("gov", SourceKind.ANNOUNCEMENT, "lista.json", SourceFormat.JSON, null, null, null, null,
                Map.of(), List.of(), null, Map.of(), Map.of());
        assertThat(reasons(json, "es")).singleElement().asString().contains("la lista 'beneficiarios' (1 entradas) no tiene la forma incorporada");
        assertThat(reasons(json, "en")).singleElement().asString().contains("the list 'beneficiarios' (1 entries) is not in the built-in layout");
    }
}
