package org.rollcall.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rollcall.config.SourceDefinition;
import org.rollcall.config.SourceFormat;
import org.rollcall.domain.Field;
import org.rollcall.domain.RulingDecision;
import org.rollcall.domain.SourceKind;
import org.rollcall.domain.Status;
import org.rollcall.ingest.SourceRecord;
import org.rollcall.text.Messages;

/** What the normalizer makes of a status or decision text, mapped on purpose or not mapped at all. */
class RecordNormalizerTest {

    private static PersonRecord normalize(SourceKind kind, Map<RulingDecision, List<String>> decisions,
            Map<Status, List<String>> statuses, Map<Field, String> values) {
        Map<Field, String> columns = new EnumMap<>(Field.class);
        values.keySet().forEach(f -> columns.put(f, f.name()));
        SourceDefinition source = new SourceDefinition("s", kind, "s.csv", SourceFormat.CSV, null, null, null, null,
                columns, List.of(), null, decisions, statuses);
        return new RecordNormalizer(source).normalize(new SourceRecord("s", kind, 1, "s.csv", null, 2, "1", values));
    }

    @Test
    void aStatusTheJobFileMapsToUnknownIsUnknownWithoutAProblem() {
        PersonRecord r = normalize(SourceKind.NGO_LIST, Map.of(),
                Map.of(Status.DETAINED, List.of("Detenido"), Status.UNKNOWN, List.of("Fallecido", "Desaparecido")),
                Map.of(Field.FULL_NAME, "Ana Pérez", Field.STATUS, "FALLECIDO"));

        assertThat(r.detention().status()).isEqualTo(Status.UNKNOWN);
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void aStatusTextMappedToNothingIsUnknownAndNamedAsAProblem() {
        PersonRecord r = normalize(SourceKind.NGO_LIST, Map.of(),
                Map.of(Status.DETAINED, List.of("Detenido"), Status.UNKNOWN, List.of("Fallecido")),
                Map.of(Field.FULL_NAME, "Ana Pérez", Field.STATUS, "Trasladado"));

        assertThat(r.detention().status()).isEqualTo(Status.UNKNOWN);
        assertThat(r.problems()).singleElement().asString().contains("'Trasladado'", "statuses");
    }

    @Test
    void aDecisionTheJobFileMapsToUnknownIsUnknownWithoutAProblem() {
        PersonRecord r = normalize(SourceKind.COURT_RULINGS,
                Map.of(RulingDecision.GRANTED, List.of("Otorgada"), RulingDecision.UNKNOWN, List.of("Diferida")),
                Map.of(), Map.of(Field.FULL_NAME, "Ana Pérez", Field.DECISION, "diferida"));

        assertThat(r.ruling().decision()).isEqualTo(RulingDecision.UNKNOWN);
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void aDecisionTextMappedToNothingIsUnknownAndNamedAsAProblem() {
        PersonRecord r = normalize(SourceKind.COURT_RULINGS, Map.of(RulingDecision.GRANTED, List.of("Otorgada")),
                Map.of(), Map.of(Field.FULL_NAME, "Ana Pérez", Field.DECISION, "Anulada"));

        assertThat(r.ruling().decision()).isEqualTo(RulingDecision.UNKNOWN);
        assertThat(r.problems()).singleElement().asString().contains("Anulada");
    }

    /** An NGO list with a name and a detention date written dd/MM/yyyy. */
    private static RecordNormalizer ngoWithDetentionDates() {
        Map<Field, String> columns = new EnumMap<>(Field.class);
        columns.put(Field.FULL_NAME, "Nombre");
        columns.put(Field.DETENTION_DATE, "Fecha");
        return new RecordNormalizer(new SourceDefinition("ong", SourceKind.NGO_LIST, "ong.csv", SourceFormat.CSV, null, null, null, null,
                columns, List.of("dd/MM/yyyy"), null, Map.of(), Map.of()));
    }

    @Test
    void recordsOfOneSourceWithTheSameGivenNamesOrSurnamesShareOneListOfThem() {
        // given one source's records of two people with the same given names, and two with the same surnames
        RecordNormalizer normalizer = ngoWithDetentionDates();
        PersonRecord[] r = new PersonRecord[3];
        String[] names = {"José Gregorio Pérez González", "José Gregorio Rondón Mora", "Ana María Pérez González"};
        for (int i = 0; i < names.length; i++) {
            r[i] = normalizer.normalize(new SourceRecord("ong", SourceKind.NGO_LIST, i + 1, "ong.csv", null, i + 2, String.valueOf(i + 1),
                    Map.of(Field.FULL_NAME, names[i])));
        }

        // then equal lists are one list, and each name keeps its own words in order
        assertThat(r[0].name().given()).isSameAs(r[1].name().given()).containsExactly("jose", "gregorio");
        assertThat(r[0].name().surnames()).isSameAs(r[2].name().surnames()).containsExactly("perez", "gonzalez");
        assertThat(r[1].name().surnames()).containsExactly("rondon", "mora");
        assertThat(r[2].name().tokens()).containsExactly("ana", "maria", "perez", "gonzalez");
        assertThat(r[0].fields()).containsEntry(Field.FULL_NAME, names[0]).hasSize(1);
    }

    @Test
    void aDateColumnNoDeclaredFormatReadsIsOneWarningNamingTheFirstValue() {
        RecordNormalizer normalizer = ngoWithDetentionDates();
        String[] written = {"12 de marzo de 2025", "3 de abril de 2025", "01/02/2025", "9 de mayo de 2025", "1 de junio de 2025",
            "2 de julio de 2025", "7 de julio de 2025"};
        for (int i = 0; i < written.length; i++) {
            normalizer.normalize(new SourceRecord("ong", SourceKind.NGO_LIST, i + 1, "ong.csv", null, i + 2, String.valueOf(i + 1),
                    Map.of(Field.FULL_NAME, "Persona " + i, Field.DETENTION_DATE, written[i])));
        }

        assertThat(normalizer.warnings()).singleElement().asString()
                .contains("ong: 6 of 7 detention-date values", "'12 de marzo de 2025'", "date-formats").doesNotContain("Persona");
    }

    @Test
    void aFewUnreadDatesAreFieldProblemsWithoutAWarning() {
        RecordNormalizer normalizer = ngoWithDetentionDates();
        for (int i = 0; i < 20; i++) {
            normalizer.normalize(new SourceRecord("ong", SourceKind.NGO_LIST, i + 1, "ong.csv", null, i + 2, String.valueOf(i + 1),
                    Map.of(Field.FULL_NAME, "Persona " + i, Field.DETENTION_DATE, i < 3 ? "ayer" : "01/02/2025")));
        }

        assertThat(normalizer.warnings()).isEmpty();
    }

    @Test
    void decisionTextsMappedToNothingAreOneWarningWithTheirCountsAndTheFix() {
        // given the tester's court file: 2 rows "SIN LUGAR", 1 "PROCEDENTE LA SOLICITUD DE AMNISTÍA", 1 mapped "PROCEDENTE", 1 mapped-to-unknown
        Map<Field, String> columns = new EnumMap<>(Field.class);
        columns.put(Field.FULL_NAME, "Nombre");
        columns.put(Field.DECISION, "Dispositiva");
        RecordNormalizer normalizer = new RecordNormalizer(new SourceDefinition("tribunales", SourceKind.COURT_RULINGS, "t.csv", SourceFormat.CSV,
                null, null, null, null, columns, List.of(), null,
                Map.of(RulingDecision.GRANTED, List.of("PROCEDENTE"), RulingDecision.UNKNOWN, List.of("DIFERIDA")), Map.of()),
                GivenNames.standard(), Messages.of("es"));
        String[] decisions = {"SIN LUGAR", "PROCEDENTE LA SOLICITUD DE AMNISTÍA", "PROCEDENTE", "Sin lugar ", "DIFERIDA"};
        for (int i = 0; i < decisions.length; i++) {
            normalizer.normalize(new SourceRecord("tribunales", SourceKind.COURT_RULINGS, i + 1, "t.csv", null, i + 2, String.valueOf(i + 1),
                    Map.of(Field.FULL_NAME, "Persona " + i, Field.DECISION, decisions[i])));
        }

        // then one console line: 3 decisions, most frequent first, and the fix; and one problem for the report's opening, in Spanish
        assertThat(normalizer.warnings()).singleElement().asString().contains("tribunales: 3 court decisions", "'SIN LUGAR' (1)",
                "'PROCEDENTE LA SOLICITUD DE AMNISTÍA' (1)", "'Sin lugar' (1)", "Add each to decisions").doesNotContain("DIFERIDA");
        assertThat(normalizer.unmapped()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("tribunales");
            assertThat(p.message()).startsWith("3 decisiones judiciales").contains("'SIN LUGAR' (1)");
            assertThat(p.fix()).contains("decisions");
        });
    }

    @Test
    void everyDecisionMappedGivesNoWarning() {
        Map<Field, String> columns = new EnumMap<>(Field.class);
        columns.put(Field.DECISION, "Dispositiva");
        RecordNormalizer normalizer = new RecordNormalizer(new SourceDefinition("t", SourceKind.COURT_RULINGS, "t.csv", SourceFormat.CSV,
                null, null, null, null, columns, List.of(), null, Map.of(RulingDecision.GRANTED, List.of("PROCEDENTE")), Map.of()));
        normalizer.normalize(new SourceRecord("t", SourceKind.COURT_RULINGS, 1, "t.csv", null, 2, "1", Map.of(Field.DECISION, "Procedente")));
        assertThat(normalizer.warnings()).isEmpty();
        assertThat(normalizer.unmapped()).isEmpty();
    }

    @Test
    void recordsReadInTwoPartsByTwoNormalizersGiveTheRecordsWarningsAndUnmappedTextsOfOne() {
        // given an NGO list whose statuses and dates are partly unreadable, in both halves, and a court file with unmapped decisions
        Map<Field, String> ngoColumns = new EnumMap<>(Field.class);
        ngoColumns.put(Field.FULL_NAME, "Nombre");
        ngoColumns.put(Field.DETENTION_DATE, "Fecha");
        ngoColumns.put(Field.STATUS, "Situación");
        SourceDefinition ngo = new SourceDefinition("ong", SourceKind.NGO_LIST, "ong.csv", SourceFormat.CSV, null, null, null, null,
                ngoColumns, List.of("dd/MM/yyyy"), null, Map.of(), Map.of(Status.DETAINED, List.of("Detenido")));
        Map<Field, String> courtColumns = new EnumMap<>(Field.class);
        courtColumns.put(Field.FULL_NAME, "Nombre");
        courtColumns.put(Field.DECISION, "Dispositiva");
        SourceDefinition court = new SourceDefinition("t", SourceKind.COURT_RULINGS, "t.csv", SourceFormat.CSV, null, null, null, null,
                courtColumns, List.of(), null, Map.of(RulingDecision.GRANTED, List.of("PROCEDENTE")), Map.of());
        String[] statuses = {"Detenido", "Preso", "Detenida", "En casa", "Preso", "Desaparecido"};
        String[] dates = {"01/02/2025", "ayer", "3 de abril", "05/06/2025", "pronto", "ayer"};
        String[] decisions = {"PROCEDENTE", "SIN LUGAR", "DIFERIDA", "SIN LUGAR", "NULA"};
        List<SourceRecord> ngoRecords = new ArrayList<>();
        List<SourceRecord> courtRecords = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            ngoRecords.add(new SourceRecord("ong", SourceKind.NGO_LIST, i + 1, "ong.csv", null, i + 2, String.valueOf(i + 1),
                    Map.of(Field.FULL_NAME, "José Pérez " + i, Field.DETENTION_DATE, dates[(i * 7) % dates.length],
                            Field.STATUS, statuses[(i * 5) % statuses.length])));
            courtRecords.add(new SourceRecord("t", SourceKind.COURT_RULINGS, i + 1, "t.csv", null, i + 2, String.valueOf(i + 1),
                    Map.of(Field.FULL_NAME, "Ana Gómez " + i, Field.DECISION, decisions[(i * 3) % decisions.length])));
        }

        for (int cut : new int[] {0, 1, 17, 30, 59}) {
            for (SourceDefinition source : List.of(ngo, court)) {
                List<SourceRecord> records = source == ngo ? ngoRecords : courtRecords;
                // when read by one normalizer, and by two (the records before the cut, then the rest) whose tallies are then put together
                RecordNormalizer one = new RecordNormalizer(source);
                List<PersonRecord> byOne = records.stream().map(one::normalize).toList();
                RecordNormalizer first = new RecordNormalizer(source);
                RecordNormalizer second = new RecordNormalizer(source);
                List<PersonRecord> byTwo = new ArrayList<>(records.subList(0, cut).stream().map(first::normalize).toList());
                byTwo.addAll(records.subList(cut, records.size()).stream().map(second::normalize).toList());
                first.absorb(second);

                // then the same records, the same warnings and the same unmapped texts, in the same order
                assertThat(byTwo).as("cut %d", cut).isEqualTo(byOne);
                assertThat(first.warnings()).as("cut %d", cut).isEqualTo(one.warnings()).isNotEmpty();
                assertThat(first.unmapped()).as("cut %d", cut).isEqualTo(one.unmapped()).isNotEmpty();
            }
        }
    }
}
