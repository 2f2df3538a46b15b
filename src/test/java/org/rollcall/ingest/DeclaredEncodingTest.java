package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file read in another encoding than its own is told apart from its bytes, both ways, and only then. */
class DeclaredEncodingTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String CSV = "N°;Nombres y Apellidos;Cédula;Fecha de detención\n1;José Núñez Peña;V-7.654.321;3-nov-2025\n";

    @TempDir
    Path dir;

    private Path file(String text, Charset charset) throws IOException {
        Path f = dir.resolve("lista.csv");
        Files.write(f, text.getBytes(charset));
        return f;
    }

    @Test
    void aUtf8FileDeclaredWindows1252IsUtf8AndShowsAWordBothWays() throws IOException {
        DeclaredEncoding.Mismatch m = DeclaredEncoding.of(file(CSV, StandardCharsets.UTF_8), CP1252);
        assertThat(m.actual()).isEqualTo("UTF-8");
        assertThat(m.asActual()).isEqualTo("N°");
        assertThat(m.asDeclared()).isEqualTo("NÂ°");
    }

    @Test
    void aWindows1252FileDeclaredUtf8IsWindows1252() throws IOException {
        DeclaredEncoding.Mismatch m = DeclaredEncoding.of(file(CSV, CP1252), StandardCharsets.UTF_8);
        assertThat(m.actual()).isEqualTo("windows-1252");
        assertThat(m.asActual()).isEqualTo("N°");
    }

    @Test
    void aFileInTheDeclaredEncodingOrAllAsciiOrMixedIsNoMismatch() throws IOException {
        assertThat(DeclaredEncoding.of(file(CSV, StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isNull();
        assertThat(DeclaredEncoding.of(file(CSV, CP1252), CP1252)).isNull();
        assertThat(DeclaredEncoding.of(file("N;Nombre\n1;Ana Rosa Paz\n", StandardCharsets.UTF_8), CP1252)).isNull();
        // a UTF-8 file with one pasted windows-1252 line: that line is rejected by itself, the file is not refused
        byte[] utf8 = CSV.getBytes(StandardCharsets.UTF_8);
        byte[] pasted = "2;Inés Peña;V-8.111.222;1-ene-2025\n".getBytes(CP1252);
        byte[] both = new byte[utf8.length + pasted.length];
        System.arraycopy(utf8, 0, both, 0, utf8.length);
        System.arraycopy(pasted, 0, both, utf8.length, pasted.length);
        Path f = dir.resolve("mixed.csv");
        Files.write(f, both);
        assertThat(DeclaredEncoding.of(f, StandardCharsets.UTF_8)).isNull();
    }

    @Test
    void columnNamesCopiedGarbledFromAnEarlierMessageAreNamedWithTheirRightSpelling() throws IOException {
        DeclaredEncoding.Mismatch m = DeclaredEncoding.of(file(CSV, StandardCharsets.UTF_8), CP1252);
        assertThat(DeclaredEncoding.garbledColumns(List.of("Fecha de detenciÃ³n", "Nombres y Apellidos"), CP1252, m))
                .containsExactly("'Fecha de detenciÃ³n' → 'Fecha de detención'");
    }
}
