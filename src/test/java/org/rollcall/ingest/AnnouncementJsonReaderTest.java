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
import org.rollcall.domain.SourceKind;
import org.rollcall.text.Messages;

/**
 * A publisher's own JSON layout, unlike the sample's: the list nested under {@code data.personas},
 * surnames and given names apart, the cédula inside an object. Every count below is worked out by
 * hand from the five entries.
 */
class AnnouncementJsonReaderTest {

    @TempDir
    Path dir;

    private static final String JSON = """
            {"fecha": "2026-11-02", "data": {"personas": [
              {"id_registro": "A-01", "apellidos": ["PÉREZ", "GÓMEZ"], "nombres": "Ana Luisa",
               "documento": {"tipo": "V", "numero": 14222333}, "estado": "Lara", "observacion": "x"},
              {"id_registro": "A-02", "apellidos": "RUIZ", "nombres": 1234, "documento": {"numero": "V-9.876.543"},
               "estado": {"nombre": "Zulia"}},
              {"id_registro": "A-03", "apellidos": [1, 2], "nombres": true, "documento": {"numero": null}},
              "SOTO, LUIS V-12.345.678",
              {"id_registro": 5, "nombres": "Pedro", "apellidos": "Lara Mora", "documento": {"tipo": "E", "numero": "E-81.234.567"},
               "observacion": "trasladado", "foto": null}
            ]}}
            """;

    private IngestSink read(String language) throws Exception {
        Path file = dir.resolve("personas.json");
        Files.writeString(file, JSON);
        SourceDefinition source = new SourceDefinition("gob", SourceKind.ANNOUNCEMENT, "personas.json", SourceFormat.JSON, null, null, null,
                null, Map.of(Field.RECORD_REF, "id_registro", Field.SURNAMES, "apellidos", Field.GIVEN_NAMES, "nombres",
                        Field.ID_NUMBER, "documento.numero", Field.REGION, "estado"),
                List.of(), null, Map.of(), Map.of(), "data.personas", null);
        IngestSink sink = new IngestSink(source).inLanguage(Messages.of(language));
        new AnnouncementJsonReader().read(source, file, "personas.json", sink);
        return sink;
    }

    @Test
    void aListOfTextsForANamePartIsThePartsJoined() throws Exception {
        IngestSink sink = read("en");
        assertThat(sink.records().get(0).value(Field.SURNAMES)).isEqualTo("PÉREZ GÓMEZ");
        assertThat(sink.records().get(0).value(Field.ID_NUMBER)).as("a number is a fair cédula").isEqualTo("14222333");
        assertThat(sink.records().get(0).value(Field.REGION)).isEqualTo("Lara");
    }

    @Test
    void everyEntryIsARecordOrARejectedRowAndTheCountsAddUp() throws Exception {
        IngestSink sink = read("en");
        assertThat(sink.records()).extracting(SourceRecord::recordRef).containsExactly("A-01", "A-02", "5");
        assertThat(sink.rejected()).extracting(RejectedRow::row).containsExactly(3, 4);
        SourceAccount a = sink.account("personas.json");
        assertThat(List.of(a.read(), a.records(), a.rejected(), a.ignoredTotal())).containsExactly(5, 3, 2, 0);
    }

    @Test
    void aNumberOrAnObjectWhereATextIsExpectedIsAFieldProblemNamingTheEntryAndTheKey() throws Exception {
        IngestSink sink = read("en");
        assertThat(sink.records().get(1).values()).doesNotContainKeys(Field.GIVEN_NAMES, Field.REGION);
        List<Problem> second = sink.fieldProblems().stream().filter(p -> p.location().contains("entry 2")).toList();
        assertThat(second).extracting(Problem::location).containsOnly("personas.json, entry 2 (data.personas[1])");
        assertThat(second).extracting(Problem::message).satisfiesExactlyInAnyOrder(
                m -> assertThat(m).contains("'nombres'", "given-names", "a number", "1234"),
                m -> assertThat(m).contains("'estado'", "region", "an object with the keys [nombre]", "'estado.<key>'"));
    }

    @Test
    void anEntryWhoseNameAndCedulaCannotBeReadIsRejectedWithTheReasonsAndATextEntrySaysWhatItIs() throws Exception {
        IngestSink sink = read("es");
        assertThat(sink.rejected().get(0).reason()).contains("data.personas[2] no tiene nombre ni cédula", "'apellidos'", "una lista", "'nombres'",
                "verdadero o falso", ") (claves allí: [id_registro, apellidos, nombres, documento]");
        assertThat(sink.rejected().get(1).reason()).contains("data.personas[3]", "un texto", "no un objeto");
    }

    @Test
    void aStatementWrittenAsParagraphsIsReadAndOneOfAnotherTypeIsAProblemOfTheFile() throws Exception {
        Path file = dir.resolve("built-in.json");
        Files.writeString(file, """
                {"statement": ["Comunicado oficial.", "Se otorga amnistía a CINCO (5) ciudadanos."],
                 "people": [{"ref": "1", "name": "ROSA DÍAZ", "id": "V-8.765.432"}]}
                """);
        SourceDefinition builtIn = new SourceDefinition("gob", SourceKind.ANNOUNCEMENT, "built-in.json", SourceFormat.JSON, null, null, null,
                null, Map.of(), List.of(), null, Map.of(), Map.of());
        IngestSink sink = new IngestSink(builtIn);
        new AnnouncementJsonReader().read(builtIn, file, "built-in.json", sink);
        assertThat(sink.claims()).extracting(Claim::value).containsExactly(5L);

        Files.writeString(file, """
                {"statement": {"texto": "Se otorga amnistía a 5 ciudadanos."}, "people": [{"ref": "1", "name": "ROSA DÍAZ"}]}
                """);
        IngestSink other = new IngestSink(builtIn);
        new AnnouncementJsonReader().read(builtIn, file, "built-in.json", other);
        assertThat(other.fieldProblems()).singleElement().extracting(Problem::message).asString().contains("'statement'", "an object");
    }

    @Test
    void keysMappedToNoFieldAreNamedOncePerFileWithTheNumberOfEntriesHoldingEach() throws Exception {
        IngestSink sink = read("en");
        List<Problem> file = sink.fieldProblems().stream().filter(p -> p.location().equals("personas.json")).toList();
        assertThat(file).singleElement().extracting(Problem::message).asString()
                .contains("'documento.tipo' in 2 entries, 'observacion' in 2 entries, 'foto' in 1 entry", "source 'gob'")
                .doesNotContain("'fecha'", "'estado'", "'documento'");
        assertThat(sink.fieldProblems()).as("two values of entry 2, and the unread keys").hasSize(3);
    }

    @Test
    void rulingsAsJsonAreReferencedByCaseNumberAndDefendantLineAsInASpreadsheet() throws Exception {
        Path file = dir.resolve("fallos.json");
        Files.writeString(file, """
                [{"expediente": "CJ-11", "nombre": "PÉREZ, ANA", "decision": "Otorgada"},
                 {"expediente": "CJ-11", "nombre": "GIL, LUIS", "decision": "Otorgada"},
                 {"expediente": "CJ-12", "nombre": "MORA, EVA", "decision": "Negada"}]
                """);
        SourceDefinition source = new SourceDefinition("tribunales", SourceKind.COURT_RULINGS, "fallos.json", SourceFormat.JSON, null, null,
                null, null, Map.of(Field.CASE_NUMBER, "expediente", Field.FULL_NAME, "nombre", Field.DECISION, "decision"),
                List.of(), null, Map.of(), Map.of(), ".", null);
        IngestSink sink = new IngestSink(source);

        new AnnouncementJsonReader().read(source, file, "fallos.json", sink);

        assertThat(sink.records()).extracting(SourceRecord::recordRef).containsExactly("CJ-11#1", "CJ-11#2", "CJ-12#1");
    }
}
