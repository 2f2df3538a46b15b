package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rollcall.domain.Field;

/** Lists as governments publish them: numbering styles, HTML tables, and a list that cannot be read. */
class CommuniqueListStylesTest {

    @TempDir
    Path dir;

    private IngestSink readText(String text) throws Exception {
        Path file = dir.resolve("c.txt");
        Files.writeString(file, text);
        IngestSink sink = new IngestSink(Sources.communique());
        new CommuniqueReader().read(sink.source(), file, "c.txt", sink);
        return sink;
    }

    private IngestSink readHtml(String html) throws Exception {
        Path file = dir.resolve("c.html");
        Files.writeString(file, html);
        IngestSink sink = new IngestSink(Sources.communique());
        new CommuniqueReader().read(sink.source(), DocumentText.html(file), "c.html", sink);
        return sink;
    }

    private static void assertBalanced(IngestSink sink, String file) {
        SourceAccount a = sink.account(file);
        assertThat(a.read()).as("every line accounted for").isEqualTo(a.records() + a.rejected() + a.ignoredTotal());
    }

    @ParameterizedTest(name = "entries numbered \"{0}\"")
    @ValueSource(strings = {"%d.- ", "%d .- ", "%d - ", "%d– ", "%d) ", "%d. ", "%d.", "%d ", "%dº ", "%d: ", "N° %d - ", "Nº %d. ",
        "Nro. %d - ", "No. %d) ", "#%d "})
    void everyUsualNumberingStyleIsAList(String style) throws Exception {
        StringBuilder text = new StringBuilder("Se acordó la libertad plena de 3 ciudadanos:\n\n");
        String[] names = {"JOSÉ LUIS PÉREZ GÓMEZ, C.I. V-12.345.678", "MARÍA ROSA DÍAZ, C.I. V-8.765.432", "PEDRO SALAS, S/C"};
        for (int i = 0; i < names.length; i++) {
            text.append(style.formatted(i + 1)).append(names[i]).append('\n');
        }
        IngestSink sink = readText(text.toString());
        assertThat(sink.records()).extracting(SourceRecord::recordRef).containsExactly("1", "2", "3");
        assertThat(sink.records()).extracting(r -> r.value(Field.FULL_NAME))
                .containsExactly("JOSÉ LUIS PÉREZ GÓMEZ", "MARÍA ROSA DÍAZ", "PEDRO SALAS");
        assertThat(sink.records().get(1).value(Field.ID_NUMBER)).isEqualTo("V-8.765.432");
        assertBalanced(sink, "c.txt");
    }

    @Test
    void proseThatBeginsWithANumberIsNotAPerson() throws Exception {
        IngestSink sink = readText("""
                El Gobierno anunció la liberación de 120 presos políticos.
                1 de enero de 2026: se instala la comisión.
                5 personas fueron trasladadas.
                1-2-2026 fecha de la publicación.
                """);
        assertThat(sink.records()).isEmpty();
        assertThat(sink.rejected()).isEmpty();
        assertThat(sink.claims()).extracting(Claim::value).contains(120L);
        assertBalanced(sink, "c.txt");
    }

    @Test
    void cedulaWrittenBeforeTheNameLeavesTheNameAfterIt() throws Exception {
        IngestSink sink = readText("Lista:\n1. V-12.345.678 JOSÉ PÉREZ\n2. V-7.654.321, ANA MORA\n");
        assertThat(sink.records()).extracting(r -> r.value(Field.FULL_NAME)).containsExactly("JOSÉ PÉREZ", "ANA MORA");
        assertThat(sink.records()).extracting(r -> r.value(Field.ID_NUMBER)).containsExactly("V-12.345.678", "V-7.654.321");
    }

    @Test
    void htmlTableWithNamedColumnsGivesOneEntryPerRowFromItsNameAndCedulaCells() throws Exception {
        IngestSink sink = readHtml("""
                <html><body><h1>Comunicado</h1>
                <p>Se acordó la libertad plena de 3 ciudadanos.</p>
                <table>
                  <thead><tr><th>Nº</th><th>Apellidos</th><th>Nombres</th><th>Cédula</th><th>Estado</th></tr></thead>
                  <tbody>
                    <tr><td>1</td><td>PÉREZ GÓMEZ</td><td>JOSÉ LUIS</td><td>V-12.345.678</td><td>Zulia</td></tr>
                    <tr><td>2</td><td>DÍAZ</td><td>MARÍA ROSA</td><td>S/C</td><td>Lara</td></tr>
                    <tr><td>3</td><td>SALAS</td><td>PEDRO</td><td>8765432</td><td>Miranda</td></tr>
                  </tbody>
                </table></body></html>
                """);
        assertThat(sink.records()).extracting(SourceRecord::recordRef).containsExactly("1", "2", "3");
        assertThat(sink.records()).extracting(r -> r.value(Field.FULL_NAME)).containsExactly("PÉREZ GÓMEZ, JOSÉ LUIS", "DÍAZ, MARÍA ROSA", "SALAS, PEDRO");
        assertThat(sink.records()).extracting(r -> r.value(Field.ID_NUMBER)).containsExactly("V-12.345.678", "", "8765432");
        assertThat(sink.claims()).extracting(Claim::value).contains(3L);
        assertThat(sink.fieldProblems()).as("the state column is not read as text after the cédula").isEmpty();
        assertBalanced(sink, "c.html");
    }

    @Test
    void aNewsPagesSidebarListOfHeadlinesIsNoListOfPeople() throws Exception {
        IngestSink sink = readHtml("""
                <html><body><nav><ul><li>Inicio</li><li>Política</li></ul></nav>
                <article><h1>Gobierno otorga amnistía a 2 ciudadanos</h1>
                <p>Se otorga el beneficio de amnistía a DOS (2) ciudadanos:</p>
                <ol><li>GÓMEZ DE LA ROSA, MARÍA FERNANDA, C.I. V-12.345.678</li><li>TOVAR MIJARES, LUIS ALBERTO, C.I. V-15.432.101</li></ol></article>
                <aside><h3>Lo más leído</h3><ol><li>Precio del dólar oficial cierra la semana estable</li><li>Selección Nacional Convoca A Nuevos Jugadores</li></ol></aside>
                <footer><ol><li>Contacto</li></ol> © 2026 Noticias del Estado</footer></body></html>
                """);
        assertThat(sink.records()).extracting(r -> r.value(Field.FULL_NAME)).containsExactly("GÓMEZ DE LA ROSA, MARÍA FERNANDA", "TOVAR MIJARES, LUIS ALBERTO");
        assertBalanced(sink, "c.html");
    }

    @Test
    void aSidebarWrittenAsAClassIsNoListOfPeople() throws Exception {
        // given trial 19's page: the sidebar is a <div class="sidebar">, headlines under "Lo más leído"
        IngestSink sink = readHtml("""
                <html><body><div class="page content-with-sidebar"><div class="contenido"><h1>El Gobierno excarcelará a 2 personas</h1>
                <p>Serán excarceladas las siguientes 2 personas:</p>
                <ol><li>YOANDRI PÉREZ RODRÍGUEZ</li><li>ODALYS FERRER CUESTA</li></ol></div>
                <div class="sidebar"><h3>Lo más leído</h3><ol>
                <li><a href="/a2">Industriales Gana El Clásico Ante Santiago De Cuba</a></li>
                <li><a href="/a5">Díaz Canel Bermúdez recibe a delegación vietnamita</a></li></ol></div>
                <div class="footer">© 2026 Diario Nacional · <a href="/c">Contacto</a></div></div></body></html>
                """);
        assertThat(sink.records()).extracting(r -> r.value(Field.FULL_NAME)).containsExactly("YOANDRI PÉREZ RODRÍGUEZ", "ODALYS FERRER CUESTA");
        assertBalanced(sink, "c.html");
    }

    @ParameterizedTest
    @ValueSource(strings = {"entry-content post-tags", "content-footer-list", "nav-tabs-custom", "pie-de-pagina", "share-list",
        "lista-beneficiarios related-list", "widget Blog", "content-with-sidebar", "sidebar"})
    void aListOfPeopleInsideAContainerOfAnyClassIsRead(String classes) throws Exception {
        // given the reviewer's pages: the figure outside, the list inside a container whose class looks like furniture; in a "sidebar"
        // too, for a list with cédulas is a list of people wherever the page puts it
        IngestSink sink = readHtml("""
                <html><body><p>Se otorga el beneficio de amnistía a DOS (2) ciudadanos:</p>
                <div class="%s"><ol><li>GÓMEZ DE LA ROSA, MARÍA FERNANDA, C.I. V-12.345.678</li>
                <li>TOVAR MIJARES, LUIS ALBERTO, C.I. V-15.432.101</li></ol></div></body></html>
                """.formatted(classes));
        assertThat(sink.records()).hasSize(2);
        assertBalanced(sink, "c.html");
    }

    @Test
    void aListOfHeadlinesUnderANewsTitleIsRejectedEntryByEntry() throws Exception {
        // given a headline list outside any sidebar: capitalised names in it, but "a", "el", "ante" and verbs in lower case
        IngestSink sink = readText("""
                Lo más leído
                1. Nueva tarifa eléctrica entra en vigor en diciembre
                2. Industriales gana el clásico ante Santiago de Cuba
                3. Llegan donativos de arroz a Holguín
                4. Díaz Canel Bermúdez recibe a delegación vietnamita
                """);
        assertThat(sink.records()).isEmpty();
        assertThat(sink.rejected()).hasSize(4);
        assertBalanced(sink, "c.txt");
    }

    @Test
    void namesWithNotesOfTheirDetentionAreStillPeople() throws Exception {
        // the reviewer's list: most entries a name and a note without a comma; one entry reading as text among names, too
        IngestSink sink = readText("""
                Se otorga el beneficio de amnistía a los siguientes ciudadanos:
                1. José Pérez detenido en El Rodeo I
                2. María Gómez recluida en el INOF
                3. Pedro Díaz a. el Gocho
                4. Luis Rivas Torres
                5. Luis Mora excarcelado el 3 de mayo
                6. Carmen Elena Díaz de Rojas
                """);
        assertThat(sink.records()).hasSize(6);
        assertBalanced(sink, "c.txt");
    }

    @Test
    void anEntryWithoutCedulaThatReadsAsASentenceIsRejectedNotAPerson() throws Exception {
        IngestSink sink = readText("""
                Se otorga el beneficio de amnistía a los siguientes ciudadanos:
                1. Ana María Pérez Rojas
                2. Precio del dólar oficial cierra la semana estable
                3. Luis Mora, excarcelado el 3 de mayo
                4. ana lucía de la cruz
                5. Bravo castro luis enrique
                """);
        assertThat(sink.records()).extracting(r -> r.value(Field.FULL_NAME))
                .containsExactly("Ana María Pérez Rojas", "Luis Mora, excarcelado el 3 de mayo", "ana lucía de la cruz", "Bravo castro luis enrique");
        assertThat(sink.rejected()).hasSize(1);
        assertBalanced(sink, "c.txt");
    }

    @Test
    void htmlTableWithoutANumberColumnIsNumberedByItsRows() throws Exception {
        IngestSink sink = readHtml("""
                <table><tr><td>Nombre y apellido</td><td>C.I.</td></tr>
                <tr><td>José Luis Pérez</td><td>V-12.345.678</td></tr>
                <tr><td>Ana Mora</td><td></td></tr>
                <tr><td>Nombre y apellido</td><td>C.I.</td></tr>
                <tr><td>Luis Gil</td><td>V-9.876.543</td></tr></table>
                """);
        assertThat(sink.records()).extracting(r -> r.value(Field.FULL_NAME)).containsExactly("José Luis Pérez", "Ana Mora", "Luis Gil");
        assertThat(sink.records()).extracting(SourceRecord::recordRef).containsExactly("1", "2", "3");
        assertBalanced(sink, "c.html");
    }

    @Test
    void linesWithCedulasButNoListToReadAreAFileProblemNotASilentZero() throws Exception {
        StringBuilder text = new StringBuilder("Se acordó la libertad plena de 6 ciudadanos:\n");
        for (String line : List.of("JOSÉ PÉREZ V-12.345.678", "ANA MORA V-7.654.321", "LUIS GIL V-9.876.543", "ROSA DÍAZ V-8.765.432",
                "PEDRO SALAS V-6.543.210", "JUAN RÍOS V-5.432.109")) {
            text.append("• ").append(line).append('\n');
        }
        IngestSink sink = readText(text.toString());
        assertThat(sink.records()).isEmpty();
        assertThat(sink.account("c.txt").problem()).as("the file is lost, said so").contains("6").containsIgnoringCase("number");
    }

    @Test
    void numberedDecreeArticlesAreNotTheListWhenTheNamesStandUnnumberedBelowThem() throws Exception {
        IngestSink sink = readText("""
                El Ejecutivo Nacional acordó la libertad plena de 120 ciudadanos, conforme a lo siguiente:
                1. Se otorga el beneficio de amnistía a los ciudadanos privados de libertad por hechos políticos.
                2. El Ministerio Público remitirá a los tribunales la lista de beneficiarios.
                3. La presente medida entra en vigencia a partir de su publicación.
                JOSÉ PÉREZ V-12.345.678
                ANA MORA V-7.654.321
                LUIS GIL V-9.876.543
                ROSA DÍAZ V-8.765.432
                PEDRO SALAS V-6.543.210
                """);
        assertThat(sink.records()).as("no article read as a person").isEmpty();
        assertThat(sink.account("c.txt").problem()).contains("5");
        assertThat(sink.claims()).extracting(Claim::value).contains(120L);
    }

    @Test
    void aListPrintedInTwoColumnsGivesEveryEntry() throws Exception {
        IngestSink sink = readText("""
                Se otorga amnistía a CUATRO (4) ciudadanos, a saber:
                1. ARAUJO MENDOZA, CARLOS EDUARDO C.I. V-10.111.222      2. BRICEÑO TORRES, ANA LUCÍA C.I. V-11.222.333
                3. CASTILLO, JOSÉ GREGORIO	4. DÍAZ PARRA, MARÍA ELENA
                """);
        assertThat(sink.records()).extracting(SourceRecord::recordRef).containsExactly("1", "2", "3", "4");
        assertThat(sink.records()).extracting(r -> r.value(Field.FULL_NAME)).containsExactly("ARAUJO MENDOZA, CARLOS EDUARDO",
                "BRICEÑO TORRES, ANA LUCÍA", "CASTILLO, JOSÉ GREGORIO", "DÍAZ PARRA, MARÍA ELENA");
        assertThat(sink.records().get(1).value(Field.ID_NUMBER)).isEqualTo("V-11.222.333");
        assertThat(sink.fieldProblems()).isEmpty();
        assertThat(sink.claims()).as("no number skipped").noneMatch(c -> c.subject().equals("list-numbering"));
        assertBalanced(sink, "c.txt");
    }

    @Test
    void aListPrintedDownTwoColumnsGivesEveryEntryInItsNumberOrder() throws Exception {
        // given: 1–5 down the left column, 6–9 down the right; the fifth line holds the left column's last entry alone
        IngestSink sink = readText("""
                Se otorga amnistía a NUEVE (9) ciudadanos:
                1. Ana María Pérez Gómez, C.I. V-10.000.001           6. Daniela Valentina Rivas, C.I. V-12.000.006
                2. José Luis Díaz López, C.I. V-10.000.002            7. Óscar Eduardo Fuentes, C.I. V-12.000.007
                3. Carmen Rosa Villalobos, C.I. V-10.000.003          8. Maribel Josefina Ochoa, C.I. V-12.000.008
                4. Pedro Pablo Rangel Mora, C.I. V-10.000.004         9. Héctor Rafael Zambrano, C.I. V-12.000.009
                5. Luisa Fernanda Ortega, C.I. V-10.000.005
                Dado en Caracas.
                """);
        // then: nine entries numbered 1–9, each with its own cédula and the line of the file it stands on
        assertThat(sink.records()).extracting(SourceRecord::recordRef).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
        assertThat(sink.records()).extracting(r -> r.value(Field.ID_NUMBER)).containsExactly("V-10.000.001", "V-10.000.002",
                "V-10.000.003", "V-10.000.004", "V-10.000.005", "V-12.000.006", "V-12.000.007", "V-12.000.008", "V-12.000.009");
        assertThat(sink.records()).extracting(SourceRecord::row).containsExactly(2, 3, 4, 5, 6, 2, 3, 4, 5);
        assertThat(sink.claims()).as("no number skipped").noneMatch(c -> c.subject().equals("list-numbering"));
        assertThat(sink.claims()).extracting(Claim::value).contains(9L);
        assertBalanced(sink, "c.txt");
    }

    @Test
    void aListDownTwoColumnsWithABlankLineInsideGivesEveryEntry() throws Exception {
        // given 1–5 down the left column and 6–10 down the right, a blank line after the third row (the review's case)
        IngestSink sink = readText("""
                1. ARAUJO, CARLOS  C.I. V-10.111.221            6. FARIAS, PEDRO  C.I. V-16.777.886
                2. BRICEÑO, ANA  C.I. V-11.222.332              7. GIL, MARTA  C.I. V-15.666.777

                3. CASTRO, LUIS  C.I. V-12.333.443              8. HERRERA, ROSA  C.I. V-17.888.998
                4. DUQUE, JUAN  C.I. V-13.444.554               9. IBARRA, INÉS  C.I. V-18.999.009
                5. ESPINOZA, EVA  C.I. V-14.555.665             10. JAIMES, JOSÉ  C.I. V-19.000.110
                """);
        assertThat(sink.records()).extracting(SourceRecord::recordRef).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(sink.records()).extracting(SourceRecord::row).containsExactly(1, 2, 4, 5, 6, 1, 2, 4, 5, 6);
        assertThat(sink.claims()).as("no number skipped").noneMatch(c -> c.subject().equals("list-numbering"));
        assertBalanced(sink, "c.txt");
    }

    @Test
    void aListDownTwoColumnsWhoseRightColumnEndsLowerKeepsTheIndentedLastEntry() throws Exception {
        // given: 1–3 left, 4–7 right; the right column's last entry stands alone on the fourth line, indented
        IngestSink sink = readText("""
                1. ARAUJO, CARLOS  C.I. V-10.111.222            4. DUQUE, PEDRO  C.I. V-16.777.888
                2. BRICEÑO, ANA  C.I. V-11.222.333              5. ESPINOZA, JUAN  C.I. V-14.555.666
                3. CASTRO, LUIS  C.I. V-12.333.444              6. GIL, MARTA  C.I. V-15.666.777
                                                                7. HERNÁNDEZ, ROSA  C.I. V-17.888.999
                """);
        assertThat(sink.records()).extracting(SourceRecord::recordRef).containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(sink.records()).extracting(r -> r.value(Field.FULL_NAME)).containsExactly("ARAUJO, CARLOS", "BRICEÑO, ANA",
                "CASTRO, LUIS", "DUQUE, PEDRO", "ESPINOZA, JUAN", "GIL, MARTA", "HERNÁNDEZ, ROSA");
        assertThat(sink.claims()).as("no number skipped").noneMatch(c -> c.subject().equals("list-numbering"));
        assertBalanced(sink, "c.txt");
    }

    @Test
    void theLastEntrysCedulaOnTheLineBelowItBelongsToTheList() throws Exception {
        IngestSink sink = readText("""
                ZULIA:
                1. ARAUJO MENDOZA, CARLOS EDUARDO
                C.I. V-10.111.222
                2. BRICEÑO TORRES, ANA LUCÍA
                C.I. V-11.222.333

                LARA:
                1. CASTILLO, JOSÉ GREGORIO
                C.I. V-12.333.444
                Dado en Caracas.
                """);
        assertThat(sink.records()).extracting(r -> r.value(Field.ID_NUMBER)).containsExactly("V-10.111.222", "V-11.222.333", "V-12.333.444");
        assertBalanced(sink, "c.txt");
    }

    @Test
    void entriesNumberedAfterNDegreeWithTheCedulaAfterADashReadWhole() throws Exception {
        IngestSink sink = readText("""
                Se otorgó la amnistía a DOSCIENTOS DIEZ (210) ciudadanos:
                N° 1 - YORMAN JOSÉ ARAUJO BRICEÑO - CI: 12.345.678
                N° 2 - ANA DE LA CRUZ - CI: no indicada
                N° 3 - DEIVIS SALAS - CI: S/N
                N° 4 - LUISA RONDÓN
                """);
        assertThat(sink.records()).extracting(r -> r.recordRef() + " " + r.value(Field.FULL_NAME) + " " + r.value(Field.ID_NUMBER))
                .containsExactly("1 YORMAN JOSÉ ARAUJO BRICEÑO 12.345.678", "2 ANA DE LA CRUZ ", "3 DEIVIS SALAS ", "4 LUISA RONDÓN ");
        assertBalanced(sink, "c.txt");
    }
}
